"""Praise and blame said by calling someone something: criticized and praised.

"Biden called the ICC's decision outrageous", "Putin welcomed Modi, calling him a dear
friend", "China branded Lai a separatist", "Lavrov described the sanctions imposed by the EU
as illegal". The verb of calling is grammar (this module); the words of praise and blame are
general English and live in the trigger lexicon (part of speech ``PRED``, frame ``judge``).
Whom the words are said of is the verb's object, or the possessor of an act it names ("the
ICC's decision"). Negated, modal and passive verbs give nothing, and nor does a judgement
whose words both praise and blame.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import ACTOR_KINDS, DocContext
from kg.extract.events import irrealis, lexicon, verb_objects, verb_subjects
from kg.model import RawFact

__all__ = ["extract_judgements"]

#: Verbs that say what someone is: the word of praise or blame follows the object ("called X
#: a dictator", "branded X a traitor") or "as" ("described X as illegal", "hailed X as a hero").
CALLING_VERBS = frozenset({"call", "brand", "label", "dub", "term", "describe", "hail", "denounce", "condemn",
                           "portray", "characterise", "characterize", "deem"})
#: Dependencies of the phrase that says what the object is.
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr"})


def _judged(ctx: DocContext, word: str) -> str | None:
    """The contract property a word of praise or blame gives ("outrageous" -> criticized), from
    the trigger lexicon's index."""
    return next((produces.removeprefix("nkg:") for produces, frame, _ in lexicon(ctx).get((word, "PRED"), ())
                 if frame == "judge"), None)


def _predicates(verb: Token) -> list[Token]:
    """The phrases that say what the verb's object is: a predicate after the object, "as"
    and its phrase, or an apposition or adjective the parser hung on the object ("branded Lai a
    separatist")."""
    out = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS]
    out += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    out += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
    # ... or an adjective it hung on the object after it ("called Wilders's decision
    # \"irresponsible\"", parsed as if the decision were an irresponsible one)
    out += [a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "amod" and a.i > c.i]
    # ... or a second object ("called Raila Odinga \"a patriot par excellence\"", two objects)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    out += objects[1:]
    return out


def _stance(ctx: DocContext, phrases: list[Token]) -> str | None:
    """The one stance the words of the phrases take, if they take one and are not negated
    ("not a friend")."""
    found = set()
    for phrase in phrases:
        for t in phrase.subtree:
            if t.dep_ == "neg" or t.lower_ in ("not", "no", "never"):
                return None
            if t.pos_ in ("ADJ", "NOUN", "PROPN") or t.dep_ in ("amod", "oprd"):
                stance = _judged(ctx, t.lemma_.lower()) or _judged(ctx, t.lower_)
                if stance:
                    found.add(stance)
    return found.pop() if len(found) == 1 else None


def _from_verb(ctx: DocContext, verb: Token) -> list[RawFact]:
    if verb.lemma_.lower() not in CALLING_VERBS or irrealis(verb):
        return []
    phrases = _predicates(verb)
    if not phrases:
        return []
    stance = _stance(ctx, phrases)
    if stance is None:
        return []
    subjects, passive = verb_subjects(ctx, verb)
    if passive:
        return []
    targets = verb_objects(ctx, verb)
    if not targets and verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who")
                                                    for c in verb.children):
        targets = ctx.np_refs(verb.head)   # "Putin, whom he called \"a dear friend\"": the noun the clause is on
    named = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    if not targets and named and len([c for c in verb.children if c.dep_ in _PREDICATE_DEPS]) >= 2:
        # "Putin called Iranian President Ebrahim Raisi a true friend", parsed with two predicates
        targets = ctx.np_refs(named[0])
    ev = ctx.evidence(verb.sent, f"verb-judge-{stance}", 0.7)
    return [RawFact(a, stance, t, ev) for a in subjects if ctx.kind(a) in ACTOR_KINDS
            for t in targets if t != a and ctx.kind(t) in ACTOR_KINDS]


def extract_judgements(ctx: DocContext) -> list[RawFact]:
    """All criticized and praised facts said by a verb of calling in one article."""
    return [f for tok in ctx.doc if tok.pos_ == "VERB" for f in _from_verb(ctx, tok)]
