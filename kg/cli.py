"""The ``kg`` command: thin argument handling around the library functions.

Exit codes: 0 all good; 1 the build finished but some input failed (see the messages);
2 bad usage or nothing could be done (no article read, no model, a locked store).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main"]


def _build(args: argparse.Namespace) -> int:
    from kg.config import Settings
    from kg.nlp.pipeline import ModelNotFound
    from kg.pipeline import ExecutorUnavailable, build
    from kg.progress import wanted as progress_wanted
    from kg.store import StoreLocked

    kwargs = {}
    if args.model:
        kwargs["model"] = args.model
    if args.base_iri:
        kwargs["base_iri"] = args.base_iri
    if args.node_budget:
        kwargs["node_budget"] = args.node_budget
    if args.parse:
        kwargs["parse"] = args.parse
    settings = Settings(**kwargs)
    try:
        report = build([Path(p) for p in args.inputs], Path(args.out), settings,
                       progress=lambda m: print(m, file=sys.stderr) if args.verbose else None,
                       workers=args.workers, store=Path(args.store) if args.store else None,
                       add=args.add, reparse=args.reparse, executor=args.executor, scheduler=args.scheduler,
                       show_progress=progress_wanted())
    except (ModelNotFound, StoreLocked, ExecutorUnavailable) as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kg build: cannot write output: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"kg build: {problem}", file=sys.stderr)
    if report.articles == 0:
        print("kg build: no article was read; the previous output, if any, is left as it was", file=sys.stderr)
        return 2
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) or "none"
    print(f"articles read: {report.articles}")
    print(f"entities: {sum(report.entities_by_type.values())} ({fmt(report.entities_by_type)})")
    print(f"facts: {sum(report.facts_by_predicate.values())} ({fmt(report.facts_by_predicate)})")
    print(f"events: {sum(report.events_by_type.values())} ({fmt(report.events_by_type)})")
    print(f"triples: {report.triples}")
    print(f"articles parsed: {report.parsed}, reused from the store: {report.reused}"
          + (f", kept from the store: {report.kept}" if report.kept else ""))
    print(f"seconds: {report.seconds:.1f}")
    if args.verbose:
        print("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in report.timings.items()), file=sys.stderr)
        print("peak RSS after: " + ", ".join(f"{k} {v:.0f} MB" for k, v in report.peaks.items()), file=sys.stderr)
    print(f"graph: {report.outputs['graph.ttl']}")
    print(f"page: {report.outputs['graph.html']}")
    print(f"store: {report.outputs['store']}")
    failed = [p for p in report.problems if not p.is_warning]
    if failed:
        print(f"kg build: {len(failed)} input problem(s); the other inputs were built", file=sys.stderr)
        return 1
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, example_queries, open_graph, parse_binding, read_query_arg, run_query

    if args.list or args.query is None:
        for name, what in example_queries().items():
            print(f"{name:24} {what}")
        return 0 if args.list else 2

    try:
        text = read_query_arg(args.query)
        bindings = dict(parse_binding(b) for b in args.bind or ())
        store = open_graph(Path(args.out), Path(args.store) if args.store else None,
                           Path(args.graph) if args.graph else None)
        sys.stdout.write(run_query(store, text, args.format, bindings))
    except QueryError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    except (SyntaxError, OSError) as exc:
        print(f"kg query: cannot load the graph: {exc}", file=sys.stderr)
        return 2
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from kg.analyze import (collapse_events, ego, evidence_path, find_node, metrics, project, rank, timeline,
                            without_events, write_analytics)
    from kg.query import _table
    from kg.rdf import new_graph

    graph_file = Path(args.out) / "graph.ttl"
    if not graph_file.is_file():
        print(f"kg analyze: {graph_file}: no graph here; run 'kg build INPUT --out {args.out}' first", file=sys.stderr)
        return 2
    graph: Graph = new_graph()
    graph.parse(graph_file, format="ox-turtle")
    g = project(graph)
    if args.events == "drop":
        g = without_events(g)
    elif args.events == "collapse":
        g = collapse_events(g)
    rank(g)
    try:
        if args.path:
            steps = evidence_path(g, *args.path)
            for i, (s, p, o, ev) in enumerate(steps, 1):
                print(f"{i}. {s} --{p}--> {o}")
                for sentence, title in ev[:2]:
                    print(f"     \u201c{sentence}\u201d \u2014 {title}")
            return 0
        if args.focus:
            g = ego(g, args.focus, args.hops)
            print(f"neighbourhood of {g.nodes[find_node(g, args.focus)]['label']} within {args.hops} hop(s): "
                  f"{g.number_of_nodes()} nodes, {g.number_of_edges()} facts")
    except KeyError as exc:
        print(f"kg analyze: {exc.args[0]}", file=sys.stderr)
        return 2
    except Exception as exc:  # networkx raises NetworkXNoPath / NodeNotFound
        if type(exc).__name__ in ("NetworkXNoPath", "NodeNotFound"):
            print(f"kg analyze: no chain of facts links {args.path[0]!r} and {args.path[1]!r}", file=sys.stderr)
            return 1
        raise
    rows = metrics(g)
    if not args.focus:
        write_analytics(g, graph, Path(args.out) / "analytics")
    for kind, plural in (("Person", "people"), ("Country", "countries"), ("Institution", "institutions"),
                         ("Place", "places")):
        top = [r for r in rows if r["type"] == kind][: args.top]
        if top:
            _show(f"Top {plural} by PageRank", ["label", "pagerank", "degree", "betweenness", "community", "bridges"],
                  [[r["label"], f"{r['pagerank']:.4f}", str(r["degree"]), f"{r['betweenness']:.3f}",
                    str(r["community"]), str(r.get("bridges", 0))] for r in top])
    brokers = sorted((r for r in rows if r.get("bridges", 0) >= 2 and not r["event"]),
                     key=lambda r: (-r["bridges"], -r["pagerank"]))[: args.top]
    if brokers:
        _show("Bridges between communities", ["label", "type", "communities reached", "community"],
              [[r["label"], r["type"], str(r["bridges"]), str(r["community"])] for r in brokers])
    events = timeline(graph)
    if events and not args.focus:
        _show("Timeline", ["date", "type", "place", "participants", "articles"],
              [[e["date"], e["type"], e["place"], e["participants"], str(e["articles"])]
               for e in events[: args.top * 3]])
    return 0


def _show(title: str, heads: list[str], rows: list[list[str]]) -> None:
    """A table on the terminal: rich on an interactive terminal, plain text in pipes and logs."""
    from kg.query import _table

    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for h in heads:
            table.add_column(h, overflow="fold")
        for r in rows:
            table.add_row(*r)
        Console().print(table)
        return
    print(f"\n{title}")
    print(_table(heads, rows), end="")


def _export(args: argparse.Namespace) -> int:
    from kg.export import export

    try:
        for fmt in args.format:
            print(export(Path(args.out), fmt, Path(args.dest) if args.dest and len(args.format) == 1 else None,
                         Path(args.store) if args.store else None))
    except (FileNotFoundError, ValueError) as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import ServerConfig, serve
    from kg.store import GraphStore

    store = Path(args.store) if args.store else Path(args.out) / "store"
    if not GraphStore(store).exists():
        print(f"kg serve: {store}: no store here; run 'kg build INPUT --out {args.out}' first", file=sys.stderr)
        return 2
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: listening on {args.host}: anyone who can reach this address can query the graph",
              file=sys.stderr)
    config = ServerConfig(store=store, pages=Path(args.out), host=args.host, port=args.port,
                          timeout=args.timeout, max_rows=args.max_rows, workers=args.workers)
    try:
        serve(config, verbose=args.verbose)
    except OSError as exc:
        print(f"kg serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 2
    return 0


def _push(args: argparse.Namespace) -> int:
    from kg.push import PushError, push

    store = Path(args.store) if args.store else Path(args.out) / "store"
    try:
        report = push(store, args.endpoint, named_graphs=not args.default_only, replace=not args.append,
                      timeout=args.timeout, auth=args.auth)
    except (PushError, FileNotFoundError) as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return 2
    print(f"pushed {report.triples} triples in {report.graphs} graph(s) to {args.endpoint} "
          f"in {report.seconds:.1f} s")
    return 0


def parser() -> argparse.ArgumentParser:
    from kg import __version__
    from kg.query import QUERY_FORMATS

    p = argparse.ArgumentParser(prog="kg", description="Build and query a knowledge graph of news articles.")
    p.add_argument("--version", action="version", version=f"newskg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the graph and the page from articles",
                       description="Read .txt files, .jsonl files and folders of them; write graph.ttl and graph.html.")
    b.add_argument("inputs", nargs="+", help="files (.txt, .jsonl) and folders")
    b.add_argument("--out", default="out", help="output folder (default: out/)")
    b.add_argument("--model", help="spaCy pipeline (default: en_core_web_sm, or NEWSKG_MODEL)")
    b.add_argument("--base-iri", help="namespace for entities, events and evidence (res:)")
    b.add_argument("--parse", choices=["full", "selective"], default=None,
                   help="full: spaCy's whole pipeline on every sentence (default, or $NEWSKG_PARSE); "
                        "selective: NER everywhere, the tagger and parser only on sentences that can "
                        "yield a fact (no reliable speed gain measured yet: docs/benchmarks.md)")
    b.add_argument("--node-budget", type=int, metavar="N",
                   help="nodes the page draws at first, the top by PageRank (default 2000)")
    b.add_argument("--workers", type=int, default=1, help="processes for parsing and extraction (default 1)")
    b.add_argument("--executor", choices=("local", "dask"), default="local",
                   help="where parsing runs: local processes (default) or a Dask cluster")
    b.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="the Dask scheduler to use with --executor dask (default: a local cluster of --workers)")
    b.add_argument("--store", help="the persistent store (default: OUT/store)")
    b.add_argument("--add", action="store_true",
                   help="keep the stored articles not given here (add to a growing corpus)")
    b.add_argument("--reparse", action="store_true", help="parse every article again, ignoring stored extractions")
    b.add_argument("-v", "--verbose", action="store_true", help="print progress")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run SPARQL against a built graph",
                       description="Run a SPARQL query (text or a .rq file). Prefixes nkg, res, rdf, rdfs, "
                                   "skos, owl, xsd, dcterms, prov and schema are predeclared.")
    q.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or an example's name (see --list)")
    q.add_argument("--list", action="store_true", help="list the example queries shipped with newskg")
    q.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    q.add_argument("--store", help="the store to query (default: OUT/store, else OUT/graph.ttl)")
    q.add_argument("--graph", help="a Turtle file to query instead of the store")
    q.add_argument("--bind", action="append", metavar="NAME=VALUE",
                   help="bind ?NAME to VALUE (<iri>, prefix:local, or a string); repeatable")
    q.add_argument("--format", default="table", choices=QUERY_FORMATS, help="output format (default: table)")
    q.set_defaults(func=_query)

    a = sub.add_parser("analyze", help="rankings, communities, timeline, neighbourhoods and paths",
                       description="Analyse a built graph; writes OUT/analytics/*.csv and *.json.")
    a.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    a.add_argument("--focus", metavar="NAME", help="only the neighbourhood of this entity")
    a.add_argument("--hops", type=int, default=2, help="neighbourhood radius for --focus (default 2)")
    a.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="the shortest evidence-backed chain of facts")
    a.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    a.add_argument("--events", choices=("keep", "drop", "collapse"), default="keep",
                   help="event nodes: keep them, drop them, or collapse them into actor-actor edges "
                        "(co:Meeting, …)")
    a.set_defaults(func=_analyze)

    s = sub.add_parser("serve", help="a read-only SPARQL endpoint (and the pages) over the store",
                       description="Serve the store over the SPARQL 1.1 Protocol at /sparql, with a query page at / "
                                   "and the graph page at /graph. Read-only; SERVICE is disabled.")
    s.add_argument("--out", default="out", help="folder of the build (default: out/)")
    s.add_argument("--store", help="the store to serve (default: OUT/store)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, loopback only)")
    s.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    s.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default 10)")
    s.add_argument("--max-rows", type=int, default=10_000, help="rows or triples per answer (default 10000)")
    s.add_argument("--workers", type=int, default=2, help="query processes (default 2)")
    s.add_argument("-v", "--verbose", action="store_true", help="log every request")
    s.set_defaults(func=_serve)

    u = sub.add_parser("push", help="send the graph to a SPARQL store (Graph Store HTTP Protocol)",
                       description="PUT the merged graph (default graph) and every article's named graph to a "
                                   "SPARQL 1.1 Graph Store endpoint: Oxigraph (/store), Fuseki (/DATASET/data), "
                                   "GraphDB, Virtuoso, QLever.")
    u.add_argument("--endpoint", required=True, help="the Graph Store endpoint URL, e.g. http://localhost:7878/store")
    u.add_argument("--out", default="out", help="folder of the build (default: out/)")
    u.add_argument("--store", help="the store to push (default: OUT/store)")
    u.add_argument("--default-only", action="store_true", help="push only the merged graph, no named graphs")
    u.add_argument("--append", action="store_true", help="POST (add to) graphs instead of PUT (replace)")
    u.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default 60)")
    u.add_argument("--auth", metavar="USER:PASSWORD", help="HTTP basic authentication")
    u.set_defaults(func=_push)

    from kg.export import FORMATS
    e = sub.add_parser("export", help="write the graph for other tools (RDF stores, Gephi, pandas)",
                       description="Export the graph as N-Triples, TriG or N-Quads (with one named graph per "
                                   "article), JSON-LD, GraphML, GEXF, or CSV/Parquet node and edge tables.")
    e.add_argument("format", nargs="+", choices=FORMATS, help="one or more formats")
    e.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    e.add_argument("--dest", help="file to write (one format only; default OUT/graph.FORMAT)")
    e.add_argument("--store", help="the store to dump for trig/nq (default: OUT/store)")
    e.set_defaults(func=_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
