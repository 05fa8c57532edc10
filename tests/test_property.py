"""Property-based: random Unicode articles never crash extraction, and what comes out always
parses (pyoxigraph and rdflib) and conforms to the SHACL shapes."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.extract import analyze_doc
from kg.ingest import article_from_text
from kg.rdf import build_graph
from kg.resolve import resolve

from conftest import ROOT

# Names and words that make the rules fire, mixed with arbitrary Unicode (RTL marks, emoji,
# quotes, angle brackets, backslashes, newlines, control characters).
WORDS = st.sampled_from([
    "President", "Ann", "Smith", "met", "Russia", "China", "Moscow", "in", "on", "Monday", "said",
    "\u201c", "\u201d", "the", "Prime Minister", "visited", "accused", "Berlin", ",", ".", "\n",
    "Xi", "Kremlin", "ICC", "invaded", "Ukraine", "'s", "\"", "<script>", "\\", "\u200f", "\U0001F600",
])
TEXTS = st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=12)), min_size=1, max_size=60).map(" ".join)


@pytest.fixture(scope="module")
def shapes():
    return Graph().parse(ROOT / "ontology" / "shapes.ttl")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXTS, min_size=1, max_size=3))
@example(texts=["Berlin invaded"])     # found by hypothesis: a capital's country was no typed node
def test_random_articles_give_valid_rdf(nlp, gaz, shapes, texts):
    import pyshacl

    results = []
    for i, text in enumerate(texts):
        article = article_from_text(f"a{i}", "Title \u202e" + text[:20] + "\n\n" + text, gaz, title=None)
        results.append(analyze_doc(nlp(article.text), article, gaz))
    graph = build_graph([r.article for r in results], resolve(results, gaz), "https://w3id.org/newskg/id/")
    data = graph.serialize(format="ox-turtle", encoding="utf-8")
    store = ox.Store()
    store.bulk_load(data, ox.RdfFormat.TURTLE)
    parsed = Graph().parse(data=data.decode("utf-8"), format="turtle")
    assert len(parsed) == len(store) == len(graph)
    conforms, _, report = pyshacl.validate(parsed, shacl_graph=shapes, inference="none")
    assert conforms, report
