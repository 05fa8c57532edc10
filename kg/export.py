"""Exports of a built graph for other tools.

| format   | for                                  | how |
|----------|--------------------------------------|-----|
| nt       | any RDF store (bulk loaders)         | Oxigraph's N-Triples writer (the merged graph) |
| trig     | RDF stores with named graphs         | the whole store: merged default graph + one named graph per article |
| nq       | RDF stores with named graphs         | the same dataset as N-Quads |
| jsonld   | JSON tools, web apps                 | rdflib JSON-LD with ``ontology/context.jsonld`` |
| graphml  | Gephi, Cytoscape, igraph, networkx   | the networkx projection (scalar attributes only) |
| gexf     | Gephi                                | the networkx projection |
| csv      | pandas, spreadsheets                 | node and edge tables (``analytics/``) |
| parquet  | pandas, DuckDB, Spark, Polars        | the same tables as Parquet (``analytics/*.parquet``) |

Every file is written atomically.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.config import ONTOLOGY_DIR
from kg.fsutil import atomic_write

__all__ = ["export", "FORMATS", "CONTEXT_FILE"]

FORMATS = ("nt", "trig", "nq", "jsonld", "graphml", "gexf", "csv", "parquet")
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose node and edge attributes are all scalars (GraphML/GEXF need that)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, label=d["label"], type=d["type"], event=bool(d.get("event")),
                   pagerank=float(d.get("pagerank", 0.0)), degree=int(d.get("degree", 0)))
    for s, o, k, d in g.edges(keys=True, data=True):
        h.add_edge(s, o, key=k, label=d["predicate"], predicate=d["predicate"],
                   confidence=float(d["confidence"]), sources=int(d["sources"]),
                   evidence=" | ".join(sentence for sentence, _ in d["evidence"][:3]))
    return h


def _parquet(tables: dict[str, list[dict]], folder: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())})
        atomic_write(folder / f"{name}.parquet", lambda tmp, t=table: pq.write_table(t, tmp))
    return folder


def _dataset(out_dir: Path, fmt: str, target: Path, store: Path | None) -> Path:
    import pyoxigraph as ox

    from kg.store import GraphStore
    from kg.vocab import PREFIXES

    gstore = GraphStore(Path(store) if store else out_dir / "store")
    if not gstore.exists():
        raise FileNotFoundError(f"{gstore.path}: no store here; run 'kg build INPUT --out {out_dir}' first")
    db = gstore.open_read()
    rdf_format = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
    kwargs = {"prefixes": dict(PREFIXES)} if fmt == "trig" else {}
    return atomic_write(target, lambda tmp: db.dump(str(tmp), rdf_format, **kwargs))


def export(out_dir: Path, fmt: str, dest: Path | None = None, store: Path | None = None) -> Path:
    """Export the graph built in ``out_dir`` as ``fmt``; return the file (or folder) written.

    ``trig`` and ``nq`` dump the store (``store`` or ``out_dir/store``) with its per-article
    named graphs; the other formats read ``graph.ttl``.
    """
    from kg.analyze import analytics_tables, project, rank, write_analytics
    from kg.rdf import new_graph

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    names = {"nt": "graph.nt", "trig": "graph.trig", "nq": "graph.nq", "jsonld": "graph.jsonld",
             "graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "analytics", "parquet": "analytics"}
    target = Path(dest) if dest else out_dir / names[fmt]
    if fmt in ("trig", "nq"):
        return _dataset(out_dir, fmt, target, store)
    graph_file = out_dir / "graph.ttl"
    if not graph_file.is_file():
        raise FileNotFoundError(f"{graph_file}: no graph here; run 'kg build INPUT --out {out_dir}' first")
    graph = new_graph()
    graph.parse(graph_file, format="ox-turtle")
    if fmt == "nt":
        return atomic_write(target, lambda tmp: graph.serialize(destination=tmp, format="ox-nt"))
    if fmt == "jsonld":
        context = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))["@context"]
        return atomic_write(target, lambda tmp: graph.serialize(destination=tmp, format="json-ld", context=context,
                                                           auto_compact=True))
    g = project(graph)
    rank(g)
    if fmt == "csv":
        write_analytics(g, graph, target)
        return target
    if fmt == "parquet":
        return _parquet(analytics_tables(g, graph), target)
    flat = _flat(g)
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    return atomic_write(target, lambda tmp: writer(flat, tmp))
