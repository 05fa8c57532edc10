"""The memoised attribute ruler and lemmatizer give exactly what spaCy's two components give."""
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from kg.config import Settings
from kg.ingest import read_inputs
from kg.nlp.attributes import TokenAttributes
from kg.nlp.pipeline import model_name

from conftest import SEEDS

TEXTS = [
    "There is no sign of talks, and there were none last year.",
    "We're gon na win, y'all, and it ain't over, he said. I gotta go; let's see.",
    "The minister, who has been in office since 2019, said something nobody expected.",
    "Prices rose.\n\nShares in the company   fell 5% on Monday after it cut jobs.",
]


def _columns(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_output_as_the_attribute_ruler_and_lemmatizer(gaz):
    base = spacy.load(model_name(Settings()))
    ruler, lemmatizer = base.get_pipe("attribute_ruler"), base.get_pipe("lemmatizer")
    memo = TokenAttributes(base, ruler, lemmatizer)
    assert memo.enabled and memo.tests is not None
    articles, _ = read_inputs([SEEDS], gaz)
    texts = TEXTS + [a.text for a in articles]
    with base.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(base.pipe(texts))
    for _ in range(2):                      # the second round reads everything from the memo
        for doc in parsed:
            want = lemmatizer(ruler(doc.copy()))
            got = memo(doc.copy())
            assert _columns(got) == _columns(want)
            assert (got.to_array([TAG, POS, MORPH, LEMMA, DEP]) == want.to_array([TAG, POS, MORPH, LEMMA, DEP])).all()
    assert memo.rules and memo.lemmas


def test_a_doc_with_lemmas_already_set_goes_through_the_real_components():
    base = spacy.load(model_name(Settings()))
    memo = TokenAttributes(base, base.get_pipe("attribute_ruler"), base.get_pipe("lemmatizer"))
    with base.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        doc = base("She was running.")
    doc[2].lemma_ = "sprint"
    out = memo(doc)
    assert out[2].lemma_ == "sprint" and out[1].lemma_ == "be" and not memo.rules


def test_the_pipeline_uses_it_in_place_of_the_two_components(nlp):
    assert "newskg_token_attributes" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    doc = nlp("The leaders were meeting in Moscow.")
    assert [t.lemma_ for t in doc][:4] == ["the", "leader", "be", "meet"]
