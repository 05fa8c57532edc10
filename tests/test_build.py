"""The seed build end to end: competency questions, SHACL, an independent parser, evidence."""
import subprocess
import sys

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.vocab import NKG

from conftest import ROOT, SHARED


def test_summary_counts(seed_build):
    report, out = seed_build
    assert report.articles == 5 and report.ok
    assert report.entities_by_type["person"] >= 5
    assert report.events_by_type.get("Meeting", 0) >= 1
    assert (out / "graph.ttl").stat().st_size > 0 and (out / "graph.html").stat().st_size > 0


@pytest.mark.skipif(not (SHARED / "eval" / "cq.py").exists(), reason="../shared/eval is not beside the repo")
def test_public_competency_questions_pass(seed_build):
    _, out = seed_build
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "cq.py"), str(out / "graph.ttl")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().endswith("0 failed")


def test_conforms_to_shapes(seed_build):
    import pyshacl
    _, out = seed_build
    data = Graph().parse(out / "graph.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    assert conforms, text


def test_ontology_declares_every_term_used(seed_build):
    _, out = seed_build
    onto = Graph().parse(ROOT / "ontology" / "newskg.ttl")
    declared = {str(s) for s in onto.subjects()}
    data = Graph().parse(out / "graph.ttl")
    used = {str(t) for triple in data for t in triple if str(t).startswith(("https://w3id.org/newskg/ontology#", "https://w3id.org/newskg/meta#"))}
    assert used and used <= declared, used - declared


def test_parses_with_pyoxigraph(seed_build):
    _, out = seed_build
    store = ox.Store()
    store.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(store) == seed_build[0].triples


def test_every_fact_has_evidence_that_points_into_the_article(seed_build):
    _, out = seed_build
    g = Graph().parse(out / "graph.ttl")
    missing = list(g.query("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o WHERE {
          ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(nkg:)) && ?p != nkg:mentionedIn)
          FILTER NOT EXISTS { ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
          FILTER NOT EXISTS { ?s a rdf:Statement }
        }"""))
    assert missing == []
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    rows = g.query("""
        PREFIX nkg: <https://w3id.org/newskg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?id ?sentence ?start ?end WHERE {
          ?ev nkg:sentence ?sentence ; nkg:charStart ?start ; nkg:charEnd ?end ; prov:wasDerivedFrom ?a .
          ?a dcterms:identifier ?id }""")
    checked = 0
    for row in rows:
        assert texts[str(row.id)][int(row.start):int(row.end)] == str(row.sentence)
        checked += 1
    assert checked > 50


def test_labels_one_per_node_and_demonyms_are_not_labels(seed_build):
    _, out = seed_build
    g = Graph().parse(out / "graph.ttl")
    counts = g.query("""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?n (COUNT(?l) AS ?c) WHERE { ?n rdfs:label ?l } GROUP BY ?n HAVING (COUNT(?l) != 1)""")
    assert list(counts) == []
    labels = {str(o) for o in g.objects(None, None) if str(o) in ("Russian", "Chinese", "Ukrainian")}
    assert labels == set()


def test_same_input_same_graph(seed_build, tmp_path):
    from rdflib.compare import isomorphic
    from kg.config import Settings
    from kg.pipeline import build
    build([ROOT / "seeds"], tmp_path, Settings())
    first = Graph().parse(seed_build[1] / "graph.ttl")
    second = Graph().parse(tmp_path / "graph.ttl")
    assert isomorphic(first, second)


def test_two_workers_give_the_same_graph(seed_build, tmp_path):
    from kg.config import Settings
    from kg.pipeline import build
    build([ROOT / "seeds"], tmp_path, Settings(), workers=2)
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build[1] / "graph.ttl").read_bytes()


def test_parse_batches_count_the_padding():
    from kg.pipeline import BATCH_CHARS, _batches
    long, short = "x" * (BATCH_CHARS // 2 + 1), "y" * 100
    pieces = [(t, None) for t in (short, short, long, short, short, short)]
    sizes = [[len(t) for t, _ in b] for b in _batches(pieces, 16)]
    # the long piece pads every piece of its batch to its own length: it goes with one at most
    assert all(len(b) * max(b) <= BATCH_CHARS or len(b) == 1 for b in sizes)
    assert sum(len(b) for b in sizes) == 6 and [len(b) for b in _batches(pieces[:2], 1)] == [1, 1]


def test_a_portfolio_word_the_title_repeats_is_no_part_of_it(seed_build):
    """The seed text says "United States State Secretary of State Antony Blinken"."""
    _, out = seed_build
    g = Graph().parse(out / "graph.ttl")
    titles = {str(o) for o in g.objects(None, NKG.title)}
    assert "Secretary of State" in titles and "State Secretary of State" not in titles
