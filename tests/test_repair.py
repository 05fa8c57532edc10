"""Parse repairs (kg.nlp.repair) on hand-built Docs carrying the small model's misparses."""
from kg.nlp.repair import repair_amod_verbs, repair_second_subjects

from conftest import make_doc


def tree(doc):
    return [(t.text, t.dep_, t.head.text) for t in doc]


def test_a_verb_read_as_an_adjective_between_two_names_heads_its_clause_again():
    # as en_core_web_sm parses it: "Trump" a common noun at the root, "praised" an adjective of "Starmer"
    words = ["Trump", "praised", "Starmer", "for", "his", "leadership", "."]
    doc = make_doc(words, [0, 2, 0, 0, 5, 3, 0], ["ROOT", "amod", "dobj", "prep", "poss", "pobj", "punct"],
                   ["NOUN", "VERB", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"],
                   tags=["NN", "VBN", "NNP", "IN", "PRP$", "NN", "."])
    repair_amod_verbs(doc)
    assert tree(doc) == [("Trump", "nsubj", "praised"), ("praised", "ROOT", "praised"), ("Starmer", "dobj", "praised"),
                         ("for", "prep", "praised"), ("his", "poss", "leadership"), ("leadership", "pobj", "for"),
                         (".", "punct", "praised")]
    assert doc[1].tag_ == "VBD"


def test_after_a_fronted_phrase_the_object_was_the_root():
    words = ["On", "Monday", ",", "President", "Trump", "praised", "Keir", "Starmer", "."]
    doc = make_doc(words, [7, 0, 7, 4, 5, 7, 7, 7, 7],
                   ["prep", "pobj", "punct", "compound", "nsubj", "amod", "compound", "ROOT", "punct"],
                   ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"],
                   tags=["IN", "NNP", ",", "NNP", "NNP", "VBD", "NNP", "NNP", "."])
    repair_amod_verbs(doc)
    assert tree(doc) == [("On", "prep", "praised"), ("Monday", "pobj", "On"), (",", "punct", "praised"),
                         ("President", "compound", "Trump"), ("Trump", "nsubj", "praised"),
                         ("praised", "ROOT", "praised"), ("Keir", "compound", "Starmer"),
                         ("Starmer", "dobj", "praised"), (".", "punct", "praised")]


def test_real_adjectives_and_clauses_with_another_root_are_left_alone():
    # "the Kremlin backed candidate": the noun after the participle is no name
    words = ["Voters", "chose", "the", "Kremlin", "backed", "candidate", "."]
    heads, deps = [1, 1, 5, 4, 5, 1, 1], ["nsubj", "ROOT", "det", "npadvmod", "amod", "dobj", "punct"]
    doc = make_doc(words, heads, deps, ["NOUN", "VERB", "DET", "PROPN", "VERB", "NOUN", "PUNCT"],
                   tags=["NNS", "VBD", "DT", "NNP", "VBN", "NN", "."])
    repair_amod_verbs(doc)
    assert [t.head.i for t in doc] == heads and [t.dep_ for t in doc] == deps
    # "Paris said Trump praised Starmer" with "said" the root: another clause's business
    words = ["Paris", "said", "Trump", "praised", "Starmer", "."]
    heads, deps = [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "nmod", "amod", "ccomp", "punct"]
    doc = make_doc(words, heads, deps, ["PROPN", "VERB", "NOUN", "VERB", "PROPN", "PUNCT"],
                   tags=["NNP", "VBD", "NN", "VBN", "NNP", "."])
    repair_amod_verbs(doc)
    assert [t.head.i for t in doc] == heads and [t.dep_ for t in doc] == deps


def test_a_second_subject_after_the_verb_is_its_object():
    # "Svyrydenko, who served, replaces Denys Shmyhal." as en_core_web_sm parses it: two subjects of "replaces"
    words = ["Svyrydenko", ",", "who", "served", ",", "replaces", "Denys", "Shmyhal", "."]
    doc = make_doc(words, [5, 0, 3, 0, 0, 5, 7, 5, 5],
                   ["nsubj", "punct", "nsubj", "relcl", "punct", "ROOT", "compound", "nsubj", "punct"],
                   ["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
                   tags=["NNP", ",", "WP", "VBD", ",", "VBZ", "NNP", "NNP", "."])
    repair_second_subjects(doc)
    assert [t.dep_ for t in doc][7] == "dobj" and doc[0].dep_ == "nsubj"


def test_a_subject_after_a_verb_of_saying_stays_one():
    # "Russia, said Peskov, ...": the subject follows the verb in quoting
    words = ["Moscow", "insisted", "Peskov", "."]
    doc = make_doc(words, [1, 1, 1, 1], ["nsubj", "ROOT", "nsubj", "punct"],
                   ["PROPN", "VERB", "PROPN", "PUNCT"], tags=["NNP", "VBD", "NNP", "."])
    repair_second_subjects(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "nsubj", "punct"]


def test_a_verb_tagged_an_adjective_outright_and_a_title_before_the_object():
    # "Orban congratulated Nawrocki": the model tags "congratulated" JJ, not a participle
    words = ["Viktor", "Orban", "congratulated", "Nawrocki", "."]
    doc = make_doc(words, [1, 3, 3, 3, 3], ["compound", "compound", "amod", "ROOT", "punct"],
                   ["PROPN", "PROPN", "ADJ", "PROPN", "PUNCT"], tags=["NNP", "NNP", "JJ", "NNP", "."])
    repair_amod_verbs(doc)
    assert tree(doc)[1:4] == [("Orban", "nsubj", "congratulated"), ("congratulated", "ROOT", "congratulated"),
                              ("Nawrocki", "dobj", "congratulated")]
    assert doc[2].tag_ == "VBD"
    # "Trump fired FBI Director James Comey": a title and a body's name between verb and object
    words = ["Trump", "fired", "FBI", "Director", "James", "Comey", "."]
    doc = make_doc(words, [5, 5, 3, 5, 5, 5, 5], ["compound", "amod", "compound", "compound", "compound", "ROOT",
                                                  "punct"],
                   ["PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"],
                   tags=["NN", "VBD", "NNP", "NNP", "NNP", "NNP", "."])
    repair_amod_verbs(doc)
    assert tree(doc)[:2] == [("Trump", "nsubj", "fired"), ("fired", "ROOT", "fired")]
    assert tree(doc)[5] == ("Comey", "dobj", "fired")
    # an adjective that does not end in -ed stays one: "Trump happy Starmer" is no clause
    words = ["Trump", "happy", "Starmer", "."]
    doc = make_doc(words, [0, 2, 0, 0], ["ROOT", "amod", "dobj", "punct"], ["PROPN", "ADJ", "PROPN", "PUNCT"],
                   tags=["NN", "JJ", "NNP", "."])
    repair_amod_verbs(doc)
    assert doc[1].dep_ == "amod"
