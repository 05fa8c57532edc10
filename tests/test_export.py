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
