"""Exports of a built graph for other tools.

| format   | for                                  | how |
|----------|--------------------------------------|-----|
| nt       | any RDF store (bulk loaders)         | Oxigraph's N-Triples writer |
| jsonld   | JSON tools, web apps                 | rdflib JSON-LD with ``ontology/context.jsonld`` |
| graphml  | Gephi, Cytoscape, igraph, networkx   | the networkx projection (scalar attributes only) |
| gexf     | Gephi                                | the networkx projection |
| csv      | pandas, spreadsheets                 | node and edge tables (``analytics/``) |

Every file is written atomically.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.config import ONTOLOGY_DIR
from kg.fsutil import atomic_write

__all__ = ["export", "FORMATS", "CONTEXT_FILE"]

FORMATS = ("nt", "jsonld", "graphml", "gexf", "csv")
CONTEXT_FILE = ONTOLOGY_DIR / "context.jsonld"


def _flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose node and edge attributes are all scalars (GraphML/GEXF need that)."""
    h = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        h.add_node(n, label=d["label"], type=d["type"], event=bool(d.get("event")),
                   pagerank=float(d.get("pagerank", 0.0)), degree=int(d.get("degree", 0)))
    for s, o, k, d in g.edges(keys=True, data=True):
        h.add_edge(s, o, key=k, label=d["predicate"], predicate=d["predicate"],
                   confidence=float(d["confidence"]), sources=len({t for _, t in d["evidence"]}),
                   evidence=" | ".join(sentence for sentence, _ in d["evidence"][:3]))
    return h


def export(out_dir: Path, fmt: str, dest: Path | None = None) -> Path:
    """Export the graph built in ``out_dir`` as ``fmt``; return the file written."""
    from kg.analyze import project, rank, write_analytics
    from kg.rdf import new_graph

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    graph_file = out_dir / "graph.ttl"
    if not graph_file.is_file():
        raise FileNotFoundError(f"{graph_file}: no graph here; run 'kg build INPUT --out {out_dir}' first")
    graph = new_graph()
    graph.parse(graph_file, format="ox-turtle")
    names = {"nt": "graph.nt", "jsonld": "graph.jsonld", "graphml": "graph.graphml", "gexf": "graph.gexf",
             "csv": "analytics"}
    target = Path(dest) if dest else out_dir / names[fmt]
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
    flat = _flat(g)
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    return atomic_write(target, lambda tmp: writer(flat, tmp))
