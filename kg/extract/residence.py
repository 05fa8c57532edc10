"""Where people live or come from: livesIn.

"born in Philadelphia", "a native of Fort Worth, Texas", "a resident of Chicago",
"lives in Kyiv", "Ann Smith of Chicago", "a Texas resident", "Ann Smith, 31, from Ohio".
Also memberOf from "<Person> at <Institution>" ("Shi Liming at the Institute of Zoology").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.model import RawFact

__all__ = ["extract_residence"]

PLACE_KINDS = frozenset({"place", "country"})
RESIDENT_NOUNS = frozenset({"native", "resident", "citizen", "inhabitant", "son", "daughter"})
LIVE_VERBS = {"live": ("in",), "reside": ("in",), "grow": ("in",), "raise": ("in",), "bear": ("in",),
              "hail": ("from",), "come": ("from",), "settle": ("in",)}


def _places_under(ctx: DocContext, tok: Token, preps: tuple[str, ...]) -> list:
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += ctx.np_refs(pobj, kinds=PLACE_KINDS)
    return out


def extract_residence(ctx: DocContext) -> list[RawFact]:
    """Residence and affiliation-by-place facts of one article."""
    doc, out = ctx.doc, []
    for pm in ctx.mentions:
        if pm.mention.kind != "person":
            continue
        person = ctx.ref(pm)
        root = doc[pm.start:pm.end].root
        sent = root.sent
        # "<Person> of <Place>", "<Person>, from <Place>"
        for place in _places_under(ctx, root, ("of", "from")):
            out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, "person-of-place", 0.7)))
        # "<Person> at <Institution>"
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "at":
                for pobj in prep.children:
                    for inst in ctx.np_refs(pobj, kinds={"institution"}):
                        out.append(RawFact(person, "memberOf", inst, ctx.evidence(sent, "person-at-institution", 0.6)))
        # "<Person>, a native/resident of <Place>" and "<Person>, a <Place> resident"
        for noun in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            if noun.lemma_.lower() in RESIDENT_NOUNS:
                places = _places_under(ctx, noun, ("of", "from"))
                places += [r for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                           for r in ctx.np_refs(c, kinds=PLACE_KINDS)]
                for place in places:
                    out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, "resident-apposition", 0.85)))
        # "<Person> was born / lives / grew up in <Place>"
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None and verb.lemma_.lower() in LIVE_VERBS:
            for tok in (verb, *[c for c in verb.children if c.dep_ == "prt"]):
                for place in _places_under(ctx, tok, LIVE_VERBS[verb.lemma_.lower()]):
                    out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, f"verb-{verb.lemma_.lower()}", 0.85)))
    return out
