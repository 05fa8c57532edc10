"""The ``kg`` command: thin argument handling around the library functions.

Exit codes: 0 all good; 1 the build finished but some input failed (see the messages);
2 bad usage or nothing could be done.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main"]


def _build(args: argparse.Namespace) -> int:
    from kg.config import Settings
    from kg.nlp.pipeline import ModelNotFound
    from kg.pipeline import build

    kwargs = {}
    if args.model:
        kwargs["model"] = args.model
    if args.base_iri:
        kwargs["base_iri"] = args.base_iri
    settings = Settings(**kwargs)
    try:
        report = build([Path(p) for p in args.inputs], Path(args.out), settings,
                       progress=lambda m: print(m, file=sys.stderr) if args.verbose else None,
                       workers=args.workers)
    except ModelNotFound as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kg build: cannot write output: {exc}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(f"kg build: {problem}", file=sys.stderr)
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) or "none"
    print(f"articles read: {report.articles}")
    print(f"entities: {sum(report.entities_by_type.values())} ({fmt(report.entities_by_type)})")
    print(f"facts: {sum(report.facts_by_predicate.values())} ({fmt(report.facts_by_predicate)})")
    print(f"events: {sum(report.events_by_type.values())} ({fmt(report.events_by_type)})")
    print(f"triples: {report.triples}")
    print(f"seconds: {report.seconds:.1f}")
    print(f"graph: {report.outputs['graph.ttl']}")
    print(f"page: {report.outputs['graph.html']}")
    failed = [p for p in report.problems if not p.is_warning]
    if failed:
        print(f"kg build: {len(failed)} input problem(s); the other inputs were built", file=sys.stderr)
        return 1
    if report.articles == 0:
        print("kg build: no article was read", file=sys.stderr)
        return 1
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg.query import QueryError, example_queries, load_store, read_query_arg, run_query

    if args.list or args.query is None:
        for name, what in example_queries().items():
            print(f"{name:24} {what}")
        return 0 if args.list else 2

    graph = Path(args.graph) if args.graph else Path(args.out) / "graph.ttl"
    if not graph.is_file():
        print(f"kg query: {graph}: no graph here; run 'kg build INPUT --out {graph.parent}' first", file=sys.stderr)
        return 2
    try:
        text = read_query_arg(args.query)
        store = load_store(graph)
        sys.stdout.write(run_query(store, text, args.format))
    except QueryError as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return 2
    except (SyntaxError, OSError) as exc:
        print(f"kg query: {graph}: cannot load the graph: {exc}", file=sys.stderr)
        return 2
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from kg.analyze import evidence_path, find_node, metrics, project, rank, timeline, write_analytics, ego
    from kg.query import _table
    from kg.rdf import new_graph

    graph_file = Path(args.out) / "graph.ttl"
    if not graph_file.is_file():
        print(f"kg analyze: {graph_file}: no graph here; run 'kg build INPUT --out {args.out}' first", file=sys.stderr)
        return 2
    graph: Graph = new_graph()
    graph.parse(graph_file, format="ox-turtle")
    g = project(graph)
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
            print(f"\nTop {plural} by PageRank")
            print(_table(["label", "pagerank", "degree", "betweenness", "community"],
                         [[r["label"], f"{r['pagerank']:.4f}", str(r["degree"]), f"{r['betweenness']:.3f}",
                           str(r["community"])] for r in top]), end="")
    events = timeline(graph)
    if events and not args.focus:
        print("\nTimeline")
        print(_table(["date", "type", "place", "participants", "articles"],
                     [[e["date"], e["type"], e["place"], e["participants"], str(e["articles"])]
                      for e in events[: args.top * 3]]), end="")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.export import export

    try:
        for fmt in args.format:
            print(export(Path(args.out), fmt, Path(args.dest) if args.dest and len(args.format) == 1 else None))
    except (FileNotFoundError, ValueError) as exc:
        print(f"kg export: {exc}", file=sys.stderr)
        return 2
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
    b.add_argument("--workers", type=int, default=1, help="processes for parsing and extraction (default 1)")
    b.add_argument("-v", "--verbose", action="store_true", help="print progress")
    b.set_defaults(func=_build)

    q = sub.add_parser("query", help="run SPARQL against a built graph",
                       description="Run a SPARQL query (text or a .rq file). Prefixes nkg, res, rdf, rdfs, "
                                   "skos, owl, xsd, dcterms, prov and schema are predeclared.")
    q.add_argument("query", nargs="?", help="SPARQL text, a .rq file, or an example's name (see --list)")
    q.add_argument("--list", action="store_true", help="list the example queries shipped with newskg")
    q.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    q.add_argument("--graph", help="a Turtle file to query instead of OUT/graph.ttl")
    q.add_argument("--format", default="table", choices=QUERY_FORMATS, help="output format (default: table)")
    q.set_defaults(func=_query)

    a = sub.add_parser("analyze", help="rankings, communities, timeline, neighbourhoods and paths",
                       description="Analyse a built graph; writes OUT/analytics/*.csv and *.json.")
    a.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    a.add_argument("--focus", metavar="NAME", help="only the neighbourhood of this entity")
    a.add_argument("--hops", type=int, default=2, help="neighbourhood radius for --focus (default 2)")
    a.add_argument("--path", nargs=2, metavar=("FROM", "TO"), help="the shortest evidence-backed chain of facts")
    a.add_argument("--top", type=int, default=10, help="rows per table (default 10)")
    a.set_defaults(func=_analyze)

    from kg.export import FORMATS
    e = sub.add_parser("export", help="write the graph for other tools (RDF stores, Gephi, pandas)",
                       description="Export OUT/graph.ttl as N-Triples, JSON-LD, GraphML, GEXF or CSV tables.")
    e.add_argument("format", nargs="+", choices=FORMATS, help="one or more formats")
    e.add_argument("--out", default="out", help="folder of the built graph (default: out/)")
    e.add_argument("--dest", help="file to write (one format only; default OUT/graph.FORMAT)")
    e.set_defaults(func=_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
