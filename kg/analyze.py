"""RDF -> networkx projection, with PageRank and degree.

Entities and events are nodes; every ``nkg:`` fact between two of them is an edge that
carries its predicate, its evidence (sentence, article title) and its best confidence.
No styling lives here: the page's look is :mod:`kg.viz`'s business.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Graph

from kg.vocab import NKG, PREFIXES

__all__ = ["project", "rank"]

_PREFIX = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

_NODES = _PREFIX + """
SELECT ?node ?type ?label WHERE {
  ?node a ?type ; rdfs:label ?label .
  VALUES ?type { nkg:Person nkg:Country nkg:Institution nkg:Place nkg:Event }
}"""

_EDGES = _PREFIX + """
SELECT ?s ?p ?o ?sentence ?title ?conf WHERE {
  ?s ?p ?o .
  FILTER(STRSTARTS(STR(?p), STR(nkg:)) && ?p != nkg:mentionedIn && isIRI(?o))
  ?ev a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      nkg:sentence ?sentence ; prov:wasDerivedFrom ?article ; nkg:confidence ?conf .
  ?article dcterms:title ?title .
}"""


def _local(iri) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def project(graph: Graph) -> nx.MultiDiGraph:
    """A networkx view of the knowledge graph.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by IRI with ``label`` and ``type`` (Person, Country, Institution,
        Place, or the event's class); one edge per (subject, predicate, object) with
        ``predicate``, ``evidence`` (list of (sentence, article title)) and ``confidence``.
    """
    g = nx.MultiDiGraph()
    for row in graph.query(_NODES):
        node = str(row.node)
        kind = _local(row.type)
        if kind == "Event" and node in g:
            continue
        g.add_node(node, label=str(row.label), type=kind)
    # events: keep the most specific class
    for row in graph.query(_PREFIX + "SELECT ?e ?t WHERE { ?e a nkg:Event, ?t . FILTER(?t != nkg:Event) }"):
        if str(row.e) in g:
            g.nodes[str(row.e)]["type"] = _local(row.t)
            g.nodes[str(row.e)]["event"] = True
    edges: dict[tuple[str, str, str], dict] = {}
    for row in graph.query(_EDGES):
        s, o = str(row.s), str(row.o)
        if s not in g or o not in g:
            continue
        key = (s, _local(row.p), o)
        data = edges.setdefault(key, {"predicate": key[1], "evidence": [], "confidence": 0.0})
        item = (str(row.sentence), str(row.title))
        if item not in data["evidence"]:
            data["evidence"].append(item)
        data["confidence"] = max(data["confidence"], float(row.conf))
    for (s, p, o), data in sorted(edges.items()):
        g.add_edge(s, o, key=p, **data)
    return g


def rank(g: nx.MultiDiGraph) -> None:
    """Add ``pagerank`` and ``degree`` to every node (undirected view, so a target of many
    facts and an agent of many facts both rank high)."""
    simple = nx.Graph(g.to_undirected(as_view=True))
    pr = nx.pagerank(simple) if simple.number_of_nodes() else {}
    for node in g.nodes:
        g.nodes[node]["pagerank"] = pr.get(node, 0.0)
        g.nodes[node]["degree"] = g.degree(node)
