"""Each export read back by the library its users would use."""
import csv
import shutil

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main


def test_every_format_reads_back(seed_build, tmp_path, capsys):
    _, built = seed_build
    out = tmp_path / "out"
    shutil.copytree(built, out)
    assert main(["export", "nt", "jsonld", "graphml", "gexf", "csv", "--out", str(out)]) == 0
    turtle = Graph().parse(out / "graph.ttl")
    store = ox.Store()
    store.load(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    assert len(store) == len(turtle)
    assert isomorphic(Graph().parse(out / "graph.jsonld", format="json-ld"), turtle)
    for name, reader in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        g = reader(out / name)
        labels = {d["label"] for _, d in g.nodes(data=True)}
        assert {"Vladimir Putin", "Xi Jinping", "Moscow"} <= labels
        preds = {d.get("predicate") for *_, d in g.edges(data=True)}
        assert {"leaderOf", "met", "participant"} <= preds
    with open(out / "analytics" / "edges.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["predicate"] == "met" and {r["source_label"], r["target_label"]} == {"Vladimir Putin", "Xi Jinping"}
               for r in rows)
    assert (out / "graph.ttl").stat().st_mode & 0o044        # readable by others, not mkstemp's 0600


def test_export_without_a_build_is_a_message(tmp_path, capsys):
    assert main(["export", "nt", "--out", str(tmp_path)]) == 2
    assert "kg build" in capsys.readouterr().err


def test_datasets_and_parquet_read_back(seed_build, tmp_path):
    """TriG and N-Quads keep the per-article named graphs; Parquet opens in pandas."""
    import pandas as pd
    from rdflib import Dataset, URIRef

    _, built = seed_build
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    assert main(["export", "trig", "nq", "parquet", "--out", str(out)]) == 0
    merged = Graph().parse(out / "graph.ttl")
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    named = [g for g in ds.graphs() if g.identifier != URIRef("urn:x-rdflib:default")]
    assert len(named) == 5
    assert isomorphic(ds.default_graph, merged)
    store = ox.Store()
    store.load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(list(store.named_graphs())) == 5
    assert len(store) == sum(len(g) for g in ds.graphs())
    nodes = pd.read_parquet(out / "analytics" / "nodes.parquet")
    edges = pd.read_parquet(out / "analytics" / "edges.parquet")
    assert {"Vladimir Putin", "Xi Jinping"} <= set(nodes["label"])
    assert edges["confidence"].between(0, 1).all() and (edges["sources"] >= 1).all()
    assert len(edges) == len(pd.read_csv(out / "analytics" / "edges.csv"))


def test_reported_speech_is_in_the_rdf_but_no_node_of_the_network(gaz):
    from kg.analyze import project
    from kg.model import Article, DocResult, Evidence, Mention, MentionRef, RawEvent
    from kg.rdf import build_graph
    from kg.resolve import resolve
    from kg.vocab import NKG
    m = Mention("a", 0, 9, "Ann Smith", "person")
    ev = Evidence("a", "Ann Smith said it rained.", 0, 25, "rule", 0.7)
    said = RawEvent("Statement", "said", (MentionRef(m.id),), (), (MentionRef(m.id),), None, None, ev,
                    quote="it rained", reported=True)
    quoted = RawEvent("Statement", "said", (MentionRef(m.id),), (), (MentionRef(m.id),), None, None, ev,
                      quote="It is raining today", reported=False)
    resolved = resolve([DocResult(Article("a", "t", ""), (m,), (), (said, quoted))], gaz)
    graph = build_graph([Article("a", "t", "")], resolved, "https://example.org/")
    assert len(list(graph.subjects(NKG.reportedSpeech, None))) == 1
    events = [d["label"] for _, d in project(graph).nodes(data=True) if d.get("event")]
    assert events == ["Statement: Ann Smith: \u201cIt is raining today\u201d"]
