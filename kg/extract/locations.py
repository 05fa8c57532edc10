"""Containment: locatedIn from the gazetteer and from the text.

"the Tajik capital Dushanbe", "the International Criminal Court in The Hague",
"PERUGIA, Italy", "the eastern Ukrainian town of Bakhmut".
"""
from __future__ import annotations

from kg.extract.context import DocContext
from kg.model import EntityRef, RawFact

__all__ = ["extract_locations"]

PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "port", "state",
                         "district", "county", "island", "oblast", "seaport"})


def _gazetteer(ctx: DocContext) -> list[RawFact]:
    """Containment the gazetteer knows ("Moscow" in Russia), stated only when the article also
    names the container (the country, by name or demonym; the place), so the graph says what
    the article is about rather than everything the data files know."""
    named = {tm.mention.gazetteer for tm in ctx.mentions if tm.mention.gazetteer}
    named |= {ref.label for ref in (ctx.demonym_ref(t) for t in ctx.doc) if ref is not None}
    out, seen = [], set()
    for tm in ctx.mentions:
        m = tm.mention
        if m.gazetteer is None or m.gazetteer in seen:
            continue
        country = place = None
        if m.kind == "place":
            country = ctx.gaz.place_country.get(m.gazetteer)
        elif m.kind == "institution":
            place = ctx.gaz.institution_place.get(m.gazetteer)
        if (country or place) not in named:
            continue
        seen.add(m.gazetteer)
        obj = EntityRef("country", country) if country else EntityRef("place", place)
        out.append(RawFact(ctx.ref(tm), "locatedIn", obj,
                           ctx.evidence(ctx.doc[tm.start].sent, "gazetteer", 0.95)))
    return out


def _text(ctx: DocContext) -> list[RawFact]:
    doc, out = ctx.doc, []
    for tm in ctx.mentions:
        m = tm.mention
        if m.kind not in ("place", "institution"):
            continue
        sent = doc[tm.start].sent
        # "<the> <demonym|Country's> <capital|town of> <Place>"
        if m.kind == "place":
            j = tm.start - 1
            if j > 0 and doc[j].lower_ == "of":
                j -= 1
            if j > 0 and doc[j].lower_ in PLACE_NOUNS:
                k = j - 1
                while k >= 0 and doc[k].pos_ == "ADJ" and not ctx.demonym_ref(doc[k]):
                    k -= 1
                if k >= 0 and doc[k].lower_ in ("'s", "\u2019s"):
                    k -= 1
                country = ctx.token_ref(doc[k], kinds={"country"}, demonyms=True) if k >= 0 else None
                if country is not None:
                    out.append(RawFact(ctx.ref(tm), "locatedIn", country,
                                       ctx.evidence(sent, "place-noun-apposition", 0.9)))
            # "PERUGIA, Italy" (a dateline or address), not a list of places
            nxt = tm.end
            if nxt + 1 < len(doc) and doc[nxt].text == ",":
                other = ctx.by_token.get(nxt + 1)
                after = doc[other.end] if other is not None and other.end < len(doc) else None
                if (other is not None and other.start == nxt + 1 and other.mention.kind == "country"
                        and (after is None or after.lower_ not in (",", "and", "or"))
                        and not (tm.start > 0 and doc[tm.start - 1].text == ",")):
                    out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(other),
                                       ctx.evidence(sent, "place-comma-country", 0.75)))
        # "<Place|Institution> in <Place|Country>"
        root = doc[tm.start:tm.end].root
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for pobj in prep.children:
                    target = ctx.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if target is not None and target.mention.kind in ("place", "country") and target is not tm:
                        out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target),
                                           ctx.evidence(sent, "prep-in", 0.8)))
    return out


def extract_locations(ctx: DocContext) -> list[RawFact]:
    """Containment facts of one article."""
    return _gazetteer(ctx) + _text(ctx)
