"""The persistent store: named graphs per article, incremental builds, atomic switches."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.config import Settings
from kg.pipeline import build
from kg.query import with_prefixes
from kg.record import from_json, to_json
from kg.store import GraphStore, StoreLocked

from conftest import ROOT, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(with_prefixes(query))))[0].value)


def test_store_layout_default_graph_is_graph_ttl(seed_build):
    report, out = seed_build
    gstore = GraphStore(out / "store")
    assert (out / "store" / "current").is_symlink()
    db = gstore.open_read()
    assert len(list(db.named_graphs())) == report.articles == 5
    default = Graph()
    default.parse(data=db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode(), format="nt")
    assert isomorphic(default, Graph().parse(out / "graph.ttl"))
    # every evidence node in an article's graph derives from that article
    assert _count(db, """SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g nkgm:article ?a .
        ?ev <http://www.w3.org/ns/prov#wasDerivedFrom> ?other . FILTER(?other != ?a) } }""") == 0
    assert _count(db, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?ev a rdf:Statement } }") == \
        _count(db, "SELECT (COUNT(*) AS ?n) WHERE { ?ev a rdf:Statement }")


def test_records_round_trip(seed_build):
    _, out = seed_build
    for rec in GraphStore(out / "store").records().values():
        assert to_json(from_json(rec.record)) == rec.record


def test_incremental_add_equals_full_build(seed_build, tmp_path):
    _, full = seed_build
    out = tmp_path / "out"
    first = build(SEED_FILES[:2], out, Settings())
    assert (first.parsed, first.reused) == (2, 0)
    second = build(SEED_FILES[2:], out, Settings(), add=True)
    assert (second.parsed, second.reused, second.kept, second.articles) == (3, 0, 2, 5)
    assert (out / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    # the whole folder again: nothing to parse, the same bytes
    again = build([SEEDS], out, Settings())
    assert (again.parsed, again.reused) == (0, 5)
    assert (out / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()
    assert [p.name for p in (out / "store").iterdir() if p.name.startswith("gen-")] == \
        [GraphStore(out / "store").current().name]


def test_changed_article_replaces_its_facts_and_removed_article_goes(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for f in SEED_FILES[:3]:
        shutil.copy(f, corpus / f.name)
    out = tmp_path / "out"
    build([corpus], out, Settings())
    old_keys = set(GraphStore(out / "store").records())
    changed = corpus / SEED_FILES[0].name
    title, _, body = changed.read_text(encoding="utf-8").partition("\n")
    changed.write_text(title + "\nOn Tuesday, Chancellor Olaf Scholz met President Emmanuel Macron in Paris.\n"
                       + body, encoding="utf-8")
    (corpus / SEED_FILES[2].name).unlink()
    report = build([corpus], out, Settings())
    assert (report.parsed, report.reused, report.articles) == (1, 1, 2)
    records = GraphStore(out / "store").records()
    assert len(records) == 2 and len(set(records) & old_keys) == 1
    db = GraphStore(out / "store").open_read()
    assert _count(db, 'SELECT (COUNT(*) AS ?n) WHERE { ?p rdfs:label "Olaf Scholz" { ?p nkg:met ?o } UNION '
                      '{ ?o nkg:met ?p } }') == 1
    gone = SEED_FILES[2].stem
    assert _count(db, f'SELECT (COUNT(*) AS ?n) WHERE {{ ?a dcterms:identifier "{gone}" }}') == 0


def test_a_new_extractor_parses_again(tmp_path, monkeypatch):
    out = tmp_path / "out"
    build(SEED_FILES[:1], out, Settings())
    assert build(SEED_FILES[:1], out, Settings()).parsed == 0
    assert build(SEED_FILES[:1], out, Settings(), reparse=True).parsed == 1
    import kg.record
    monkeypatch.setattr(kg.record, "fingerprint", lambda *a: "another-version")
    assert build(SEED_FILES[:1], out, Settings()).parsed == 1


def test_locked_store_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    with GraphStore(out / "store").lock():
        with pytest.raises(StoreLocked):
            build(SEED_FILES[:1], out, Settings())
        assert main(["build", str(SEED_FILES[0]), "--out", str(out)]) == 2
    assert "another kg build" in capsys.readouterr().err


def test_query_uses_the_store_and_binds_values(seed_build, capsys):
    _, out = seed_build
    q = "SELECT ?name ?who WHERE { ?p rdfs:label ?name ; nkg:met ?o . ?o rdfs:label ?who }"
    assert main(["query", q, "--out", str(out), "--bind", "name=Xi Jinping", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] in ([], ["Xi Jinping,Vladimir Putin"])
    hostile = 'x" } ?p ?q ?r . { "'
    assert main(["query", q, "--out", str(out), "--bind", f"name={hostile}", "--format", "csv"]) == 0
    assert capsys.readouterr().out.strip() == "name,who"
    assert main(["query", "SELECT ?s WHERE { ?s nkg:met ?x }", "--out", str(out), "--bind", "x=1"]) == 2
    assert "SELECT" in capsys.readouterr().err


def _kill_during_build(out: Path, after: float) -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "--reparse"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_sigkill_leaves_the_previous_build_usable(seed_build, tmp_path):
    """Kill `kg build` at several points: the previous store and graph.ttl stay whole."""
    _, built = seed_build
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    expected = (built / "graph.ttl").read_bytes()
    for after in (0.8, 2.0, 3.2, 4.4):
        _kill_during_build(out, after)
        assert (out / "graph.ttl").read_bytes() == expected
        db = GraphStore(out / "store").open_read()
        assert len(list(db.named_graphs())) == 5
        assert _count(db, "SELECT (COUNT(*) AS ?n) WHERE { ?s nkg:met ?o }") >= 1
        del db
    report = build([SEEDS], out, Settings())
    assert report.reused == 5 and (out / "graph.ttl").read_bytes() == expected
    assert len([p for p in (out / "store").iterdir() if p.name.startswith("gen-")]) == 1


def test_dask_local_cluster_gives_the_same_graph(seed_build, tmp_path):
    """Per-article extraction as tasks on a dask.distributed LocalCluster of two workers."""
    pytest.importorskip("dask.distributed")
    _, built = seed_build
    report = build([SEEDS], tmp_path / "out", Settings(), workers=2, executor="dask")
    assert report.parsed == 5
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_unreachable_scheduler_is_a_message(tmp_path, capsys):
    assert main(["build", str(SEED_FILES[0]), "--out", str(tmp_path / "o"), "--executor", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "Dask scheduler" in capsys.readouterr().err


def test_a_record_over_oxigraphs_literal_limit_is_stored_in_parts(tmp_path):
    """Oxigraph's parser refuses a literal over 16 MiB; a long article's record must still round-trip."""
    from rdflib import Literal, URIRef
    from kg.rdf import new_graph
    from kg.store import record_parts
    from kg.vocab import NKGM
    graph = new_graph()
    graph.add((URIRef("urn:a"), URIRef("urn:b"), Literal("x")))
    record = '{"v":1,"x":"' + "\u00e9" * 9_000_000 + '"}'               # 18 MB in UTF-8
    g, art = URIRef("urn:g"), URIRef("urn:art")
    triples = [(g, NKGM.contentKey, Literal("k")), (g, NKGM.extractor, Literal("f")), (g, NKGM.article, art),
               (art, URIRef("http://purl.org/dc/terms/identifier"), Literal("art"))]
    triples += [(g, NKGM.extraction, Literal(p)) for p in record_parts(record)]
    GraphStore(tmp_path / "store").write(graph, [(g, triples)])
    assert GraphStore(tmp_path / "store").records()["k"].record == record


def test_a_literal_over_two_lines_is_valid_n_triples():
    import pyoxigraph as ox
    from rdflib import Literal, URIRef
    from kg.rdf import nt_line
    line = nt_line(URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal('a "quote"\nover two lines\\'))
    [quad] = list(ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES))
    assert quad.object.value == 'a "quote"\nover two lines\\'


def test_triple_count_is_len_without_the_distinct_hash_set():
    from rdflib import Literal, URIRef
    from kg.rdf import new_graph, triple_count
    g = new_graph()
    for i in range(5):
        g.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
    g.add((URIRef("http://example.org/s0"), URIRef("http://example.org/p"), Literal(0)))   # a duplicate
    assert triple_count(g) == len(g) == 5


def test_triple_count_of_a_stores_default_graph_leaves_the_article_graphs_out(tmp_path):
    from rdflib import Literal, URIRef
    from kg.rdf import new_graph, triple_count
    from kg.store import GraphStore
    g = new_graph()
    for i in range(3):
        g.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
    extra = [(URIRef("http://example.org/x"), URIRef("http://example.org/p"), Literal("only in a named graph"))]
    store = GraphStore(tmp_path / "store")
    with store.lock():
        store.write(g, [(URIRef("http://example.org/graph/a"), extra)])
        assert triple_count(store.default_graph()) == 3
