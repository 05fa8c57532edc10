"""Repairs of parses the small English model gets wrong in a way the rules cannot read around.

``en_core_web_sm`` reads some sentences of the form "Name verbed Name" as one noun phrase:
"Trump praised Starmer for his leadership" comes out with "Trump" a common noun at the root
and "praised" an adjective on "Starmer" (as in "the praised Starmer"; "congratulated" is even
tagged one); after a fronted phrase ("On Monday, Trump praised Starmer") "Starmer" is the root
instead. No rule finds a deed in an adjective, so the sentence gave nothing. :func:`repair_amod_verbs` makes the verb the
clause's head again, with the name before it as its subject and the name after it as its
object.

It also reads some clauses with a long subject ("Svyrydenko, 39, who had served as economy
minister, replaces Denys Shmyhal") as having two subjects, one on each side of the verb; the
later one, a name with nothing of a clause about it, is the verb's object
(:func:`repair_second_subjects`).

The repairs run in the pipeline, after the parse and before any rule reads the tree.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Token

__all__ = ["repair_amod_verbs", "repair_second_subjects"]

#: Dependency labels that keep a word inside the subject's own name ("President Donald Trump").
_NAME_PARTS = frozenset({"compound", "det", "amod", "nmod", "poss", "case"})


def _name(tok: Token) -> bool:
    """A capitalised noun or name (the model tags "Trump" at a sentence's start a common noun)."""
    return tok.tag_ in ("NN", "NNP") and tok.text[:1].isupper() and tok.is_alpha


def _amod_verb(v: Token) -> tuple[Token, Token] | None:
    """(subject, object) when ``v`` is a past-tense verb the parser took for an adjective between
    two names, and the sentence's root is one of the two: "Trump praised Starmer"."""
    if v.dep_ != "amod" or not (v.tag_ in ("VBD", "VBN") or v.tag_ == "JJ" and v.lower_.endswith("ed")) \
            or not v.is_lower or v.i == 0:
        return None   # ("Orban congratulated Nawrocki", tagged an adjective outright)
    subj, obj = v.doc[v.i - 1], v.head
    if obj.i <= v.i or not _name(subj) or not _name(obj) or subj.sent != v.sent:
        return None
    if any(not (t.tag_ == "NNP" and v.i < t.head.i <= obj.i and t.dep_ == "compound") for t in v.doc[v.i + 1:obj.i]):
        return None   # only the object's own name between the verb and the object ("FBI Director James Comey")
    root = v.sent.root
    if root == subj and obj.head == subj:         # "Trump/ROOT praised/amod Starmer/dobj"
        return subj, obj
    if root == obj and subj.head in (v, obj):     # "On Monday, Trump/nsubj praised/amod Starmer/ROOT"
        return subj, obj
    return None


def repair_amod_verbs(doc: Doc) -> Doc:
    """Make "Name verbed Name" a clause again where the parser read the verb as an adjective
    (see the module docstring). Words the old root governed go to the verb, but the subject's
    own name parts stay with it."""
    amod = doc.vocab.strings["amod"]
    # (only the adjectives' tokens are made: this runs on every Doc)
    for v in [doc[int(i)] for i in numpy.flatnonzero(doc.to_array([DEP]).reshape(-1) == amod)]:
        pair = _amod_verb(v)
        if pair is None:
            continue
        subj, obj = pair
        old = v.sent.root
        start = v.i if old == obj else -1   # the root's own name parts stay: "President Trump", "Keir Starmer"
        moved = [t for t in old.children if t not in (v, subj, obj)
                 and not (start < t.i < old.i and t.dep_ in _NAME_PARTS)]
        v.head, v.dep_ = v, "ROOT"
        if v.tag_ in ("VBN", "JJ"):
            v.tag_ = "VBD"
            if v.has_morph():   # (before the attribute ruler there is none yet: it follows the tag)
                v.set_morph("Tense=Past|VerbForm=Fin")
                v.pos_ = "VERB"
        subj.head, subj.dep_ = v, "nsubj"
        obj.head, obj.dep_ = v, "dobj"
        for t in moved:
            t.head = v
    return doc


#: Verbs after which a subject may follow: quotations ("..., said Peskov", "insisted Mr Sener";
#: also noted, continued, declared, stated, argued) and copulas. Word forms, from stems and
#: endings: the repair runs before the lemmatizer.
_INVERTING_VERBS = frozenset(f"{stem}{end}" for stem in ("say", "tell", "add", "write", "ask", "repl", "insist", "warn",
                                                          "explain", "not", "continu", "declar", "stat", "argu")
                             for end in ("", "s", "ed", "d", "ied", "ies", "es")) | {
    "said", "told", "wrote", "is", "was", "are", "were", "'s", "’s"}


def repair_second_subjects(doc: Doc) -> Doc:
    """Make the later of two subjects of one finite verb, one before it and one after it, the
    verb's object where the parser gave it no object: "Svyrydenko, 39, who had served as
    economy minister, replaces Denys Shmyhal" (see the module docstring). Not after a verb of
    saying, where the subject follows the verb in quoting ("..., said Peskov")."""
    nsubj = doc.vocab.strings["nsubj"]
    for t in [doc[int(i)] for i in numpy.flatnonzero(doc.to_array([DEP]).reshape(-1) == nsubj)]:
        v = t.head
        if t.i < v.i or v.tag_ not in ("VBZ", "VBD", "VBP") or v.lower_ in _INVERTING_VERBS:
            continue
        if t.tag_ != "NNP" or any(c.dep_ in ("dobj", "expl", "aux") for c in v.children):
            continue
        if any(c.dep_ == "nsubj" and c.i < v.i for c in v.children) and v.is_lower:
            t.dep_ = "dobj"
    return doc
