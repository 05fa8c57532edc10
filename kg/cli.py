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
                       progress=lambda m: print(m, file=sys.stderr) if args.verbose else None)
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
    if report.problems:
        print(f"kg build: {len(report.problems)} input problem(s); the other inputs were built", file=sys.stderr)
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
