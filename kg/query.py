"""SPARQL over a built graph, with the common prefixes predeclared.

Queries run on Oxigraph (``pyoxigraph``), which also writes the W3C result formats
(SPARQL JSON, CSV, TSV, XML) and Turtle for CONSTRUCT/DESCRIBE.
"""
from __future__ import annotations

import re

import io
from pathlib import Path

import pyoxigraph as ox

from kg.vocab import PREFIXES

__all__ = ["load_store", "open_graph", "run_query", "parse_binding", "QUERY_FORMATS", "QueryError",
           "with_prefixes"]

QUERY_FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle")


class QueryError(ValueError):
    """The query could not be parsed or run; the message says why."""


def with_prefixes(query: str) -> str:
    """Prepend PREFIX lines for every common prefix the query does not declare itself."""
    declared = {line.split(":", 1)[0].split()[-1].lower() for line in query.splitlines()
                if line.strip().upper().startswith("PREFIX") and ":" in line}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return head + query


def load_store(graph_file: Path) -> ox.Store:
    """An in-memory Oxigraph store holding ``graph_file`` (Turtle)."""
    store = ox.Store()
    store.bulk_load(path=str(graph_file), format=ox.RdfFormat.TURTLE)
    return store


def open_graph(out_dir: Path, store: Path | None = None, graph_file: Path | None = None) -> ox.Store:
    """The graph to query: ``graph_file`` if given, else the persistent store (``store`` or
    ``out_dir/store``, opened read-only), else ``out_dir/graph.ttl`` loaded in memory.

    Raises ``FileNotFoundError`` with what to run when there is nothing to query.
    """
    if graph_file is not None:
        if not Path(graph_file).is_file():
            raise FileNotFoundError(f"{graph_file}: no such file")
        return load_store(Path(graph_file))
    from kg.store import GraphStore

    gstore = GraphStore(Path(store) if store else Path(out_dir) / "store")
    if gstore.exists():
        return gstore.open_read()
    if store is not None:
        raise FileNotFoundError(f"{store}: no store here; run 'kg build INPUT --store {store}' first")
    ttl = Path(out_dir) / "graph.ttl"
    if ttl.is_file():
        return load_store(ttl)
    raise FileNotFoundError(f"{out_dir}: no graph here; run 'kg build INPUT --out {out_dir}' first")


def parse_binding(text: str) -> tuple[ox.Variable, ox.NamedNode | ox.Literal]:
    """``NAME=VALUE`` -> a variable and the term it is bound to.

    VALUE ``<iri>`` is an IRI; ``prefix:local`` with a known prefix is that IRI; anything
    else is a plain string literal. Values are passed to Oxigraph as bound terms, never
    pasted into the query text, so no value can change the query.

    >>> parse_binding("name=Xi Jinping")[1]
    <Literal value=Xi Jinping datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    >>> parse_binding("p=nkg:met")[1]
    <NamedNode value=https://w3id.org/newskg/ontology#met>
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name.isidentifier():
        raise QueryError(f"--bind {text!r}: expected NAME=VALUE")
    if value.startswith("<") and value.endswith(">"):
        try:
            term = ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"--bind {text!r}: {exc}") from exc
    elif ":" in value and value.split(":", 1)[0] in PREFIXES and " " not in value:
        prefix, local = value.split(":", 1)
        term = ox.NamedNode(PREFIXES[prefix] + local)
    else:
        term = ox.Literal(value)
    return ox.Variable(name), term


def _compact(term) -> str:
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    if term is None:
        return ""
    return str(term)


def _table(names: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "(no results)\n"
    width = [max(len(n), *(len(r[i]) for r in rows)) for i, n in enumerate(names)]
    width = [min(w, 80) for w in width]
    cut = lambda s, w: s if len(s) <= w else s[: w - 1] + "\u2026"
    line = lambda cells: "  ".join(cut(c, w).ljust(w) for c, w in zip(cells, width)).rstrip()
    out = [line(names), "  ".join("-" * w for w in width)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run_query(store: ox.Store, query: str, fmt: str = "table", bindings: dict | None = None) -> str:
    """Run ``query`` and return its results in ``fmt`` (one of :data:`QUERY_FORMATS`).

    ``bindings`` maps variables to terms (see :func:`parse_binding`). Oxigraph substitutes
    them as terms (SPARQL SEP-0007), so a value can never change the query's shape; a bound
    variable must be one the query selects.
    """
    if fmt not in QUERY_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(QUERY_FORMATS)}")
    try:
        result = store.query(with_prefixes(query), substitutions=bindings or None)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except (OSError, RuntimeError) as exc:
        raise QueryError(f"query failed: {exc}") from exc
    if isinstance(result, bool) or isinstance(result, ox.QueryBoolean):
        value = bool(result)
        if fmt == "table":
            return f"{'yes' if value else 'no'}\n"
        fmts = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
        if fmt not in fmts:
            raise QueryError(f"an ASK query has no {fmt} form")
        return result.serialize(format=fmts[fmt]).decode("utf-8")
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        if fmt == "table":
            rows = [[_compact(sol[n]) for n in names] for sol in result]
            return _table(names, rows)
        fmts = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
        if fmt not in fmts:
            raise QueryError("a SELECT query has no turtle form; use table, json, csv, tsv or xml")
        return result.serialize(format=fmts[fmt]).decode("utf-8")
    # CONSTRUCT / DESCRIBE
    if fmt not in ("turtle", "table"):
        raise QueryError(f"a CONSTRUCT/DESCRIBE query gives triples; use --format turtle, not {fmt}")
    buf = io.BytesIO()
    ox.serialize(result, buf, format=ox.RdfFormat.TURTLE)
    return buf.getvalue().decode("utf-8")


EXAMPLES = Path(__file__).parent / "queries"


def example_queries() -> dict[str, str]:
    """Name -> first comment line of every example query shipped with newskg."""
    out = {}
    for path in sorted(EXAMPLES.glob("*.rq")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        out[path.stem] = first.lstrip("# ").strip()
    return out


def read_query_arg(arg: str) -> str:
    """A query given as text, the path of a ``.rq`` file, or the name of an example query."""
    # a name first: a long query text is no file name (is_file() raises "File name too long")
    if re.fullmatch(r"[\w.-]{1,100}", arg) and (EXAMPLES / f"{arg}.rq").is_file():
        return (EXAMPLES / f"{arg}.rq").read_text(encoding="utf-8")
    path = Path(arg)
    if len(arg) < 4096 and "\n" not in arg and path.suffix.lower() in (".rq", ".sparql") :
        if not path.is_file():
            raise QueryError(f"{arg}: no such query file")
        return path.read_text(encoding="utf-8")
    return arg
