"""Containment: locatedIn from the gazetteer and from the text.

"the Tajik capital Dushanbe", "the International Criminal Court in The Hague",
"PERUGIA, Italy", "the eastern Ukrainian town of Bakhmut".
"""
from __future__ import annotations


from kg.extract.context import PLACE_NOUNS, DocContext
from kg.mentions import BUILDING_NOUNS, generic_body
from kg.model import EntityRef, MentionRef, RawFact

__all__ = ["extract_locations", "through_containers"]



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
        if m.kind == "place" and m.gazetteer not in ctx.gaz.subdivisions:
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
        # "PERUGIA, Italy", "Livingston, Texas", "U.S. Coast Guard Training Center, Petaluma, Calif."
        out += _comma_container(ctx, tm, sent)
        # "<Place|Institution> in <Place|Country>"
        root = doc[tm.start:tm.end].root
        out += _based_in(ctx, tm, root, sent)
        # (a known body's seat is known, and an international one is "in" wherever it acts:
        # "a trade deal with the EU in Nairobi")
        known = m.kind == "institution" and m.gazetteer is not None and (
            m.gazetteer in ctx.gaz.institution_place or m.gazetteer not in ctx.gaz.institution_country)
        for prep in () if known else root.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and not any(
                    (other := ctx.by_token.get(i)) is not None and other is not tm for i in range(tm.end, prep.i)) \
                    and not any(c.dep_ == "neg" for c in prep.children):   # ("in St Petersburg, not in Belarus")
                # ("Bordeaux in France and Oporto in Portugal": the second "in" belongs to Oporto,
                # whatever the parser says)
                for pobj in prep.children:
                    target = ctx.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                    if target is not None and target.mention.kind in ("place", "country") and target is not tm:
                        out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target),
                                           ctx.evidence(sent, "prep-in", 0.8)))
        out += _copular_in(ctx, tm, root, sent)
        out += _place_apposition(ctx, tm, root, sent)
        out += _possessive_place(ctx, tm, sent)
        out += _in_region(ctx, tm, sent)
        out += _place_in_name(ctx, tm, sent)
        out += _institution_of_place(ctx, tm, sent)
    return out


def _institution_of_place(ctx: DocContext, tm, sent) -> list[RawFact]:
    """"the Supreme Court of Canada", "Pacific Marine Inc. of Houston", "the Federal Home Loan
    Bank of San Francisco": an institution name the model ended before "of <place>"."""
    doc, m = ctx.doc, tm.mention
    if m.kind != "institution" or tm.end + 1 >= len(doc) or doc[tm.end].lower_ != "of":
        return []
    j = tm.end + 1 + (doc[tm.end + 1].lower_ == "the")
    target = ctx.by_token.get(j)
    if target is None or target.start != j or target.mention.kind not in ("place", "country"):
        return []
    if target.mention.kind == "country":
        return [RawFact(ctx.ref(tm), "institutionOf", ctx.ref(target), ctx.evidence(sent, "institution-of-place", 0.85))]
    return [RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target), ctx.evidence(sent, "institution-of-place", 0.85))]


def _place_in_name(ctx: DocContext, tm, sent) -> list[RawFact]:
    """"the American University of Beirut", "Boston Globe", "Moscow State University": an
    institution (or a building: "the Nairobi Serena Hotel") whose name starts with a place or
    ends with "of <place>" is based there (:meth:`kg.gazetteer.Gazetteer.place_in_name`; a
    country at the front is institutionOf, see :mod:`kg.extract.roles`)."""
    m = tm.mention
    building = m.kind == "place" and m.text.split()[-1].lower() in BUILDING_NOUNS   # "the Nairobi Serena Hotel"
    if m.kind != "institution" and not building or m.gazetteer is not None:
        return []
    place = ctx.gaz.place_in_name(m.text)
    if place is None:
        return []
    return [RawFact(ctx.ref(tm), "locatedIn", EntityRef("place", place), ctx.evidence(sent, "place-in-name", 0.8))]


#: Words between "in" and a place that keep the containment reading: "in eastern Sudan",
#: "in the southeastern part of Rwanda", "in central Massachusetts".
_REGION_WORDS = frozenset({"the", "northern", "southern", "eastern", "western", "central", "north", "south",
                           "east", "west", "northeastern", "northwestern", "southeastern", "southwestern",
                           "northeast", "northwest", "southeast", "southwest", "upper", "lower", "coastal",
                           "rural", "suburban", "part", "region", "area", "province", "state", "of", "far",
                           "mid", "downtown", "neighbouring", "neighboring"})


def _in_region(ctx: DocContext, tm, sent) -> list[RawFact]:
    """"Kassala in eastern Sudan", "Bugesera in the southeastern part of Rwanda": a place
    followed by "in", region words and a place or country, whatever the parser attached the
    "in" phrase to."""
    doc, m = ctx.doc, tm.mention
    if m.kind != "place" or tm.end >= len(doc) or doc[tm.end].lower_ != "in":
        return []
    j = tm.end + 1
    while j < len(doc) and j - tm.end <= 6 and doc[j].lower_ in _REGION_WORDS:
        j += 1
    target = ctx.by_token.get(j)
    if target is None or target.start != j or target.mention.kind not in ("place", "country") \
            or target.mention.gazetteer == m.gazetteer and m.gazetteer is not None:
        return []
    if ctx.gaz.lookup(m.text) and ctx.gaz.lookup(m.text)[0] == "country":
        return []
    return [RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target), ctx.evidence(sent, "place-in-region", 0.8))]


def _possessive_place(ctx: DocContext, tm, sent) -> list[RawFact]:
    """"Beijing's Tiananmen Square", "Louisiana's Cameron Parish": a place's place.
    "Moscow's Bolshoi Theatre", "Giessen's Bezirksparkasse bank": a city's institution, when
    the possessive belongs to the institution's name ("Kyiv's NATO allies" is not NATO's). A
    country's institution is ``institutionOf`` it (:mod:`kg.extract.roles`)."""
    doc = ctx.doc
    if tm.mention.kind not in ("place", "institution") or tm.start < 2 \
            or doc[tm.start - 1].lower_ not in ("'s", "\u2019s"):
        return []
    owner = ctx.by_end.get(tm.start - 1)
    if owner is None or owner.mention.kind not in ("place", "country") or owner.mention.gazetteer == tm.mention.gazetteer:
        return []
    if tm.mention.kind == "institution":
        possessor = doc[tm.start - 1].head
        if owner.mention.kind != "place" or owner.mention.gazetteer in ctx.gaz.regions \
                or possessor.dep_ != "poss" or not tm.start <= possessor.head.i < tm.end:
            return []   # (a continent's company is a figure of speech: "Ahold, Europe's Enron")
        if generic_body([t.lower_ for t in doc[tm.start:tm.end] if t.is_alpha or t.text == "-"], ctx.gaz) \
                and tm.mention.text == doc[tm.start:tm.end].text:
            return []   # "Beijing's Foreign Ministry", "Moscow's city council": a body every country or
            #             city has, one node for all of them, so placed nowhere
    if tm.mention.gazetteer in ctx.gaz.regions:
        return []   # "Britain's Europe Director": a continent is in no country, here it is a beat
    return [RawFact(ctx.ref(tm), "locatedIn", ctx.ref(owner), ctx.evidence(sent, "possessive-place", 0.85))]


def _place_apposition(ctx: DocContext, tm, root, sent) -> list[RawFact]:
    """"Sun Hung Kai Properties, a Hong Kong construction firm": an institution whose
    apposition is modified by a place or country is located there."""
    if tm.mention.kind != "institution":
        return []
    out = []
    for noun in [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]:
        mods = [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod")]
        mods += [g for c in mods for g in c.lefts if g.dep_ in ("compound", "nmod", "amod")]   # "a Leeds steel company"
        for c in mods:
            target = ctx.by_token.get(c.i)
            if target is not None and target.mention.kind in ("place", "country") and target is not tm:
                out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target),
                                   ctx.evidence(sent, "apposition-place", 0.8)))
    return out


def _copular_in(ctx: DocContext, tm, root, sent) -> list[RawFact]:
    """"Rome is in Lazio province", "the plant, which lies in Texas": a place that *is* or
    *lies* in another place."""
    if root.dep_ not in ("nsubj",) or root.head.lemma_ not in ("be", "lie", "sit") or tm.mention.kind != "place":
        return []
    if any(c.dep_ == "neg" for c in root.head.children):
        return []
    out = []
    for prep in root.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for pobj in prep.children:
                target = ctx.by_token.get(pobj.i)
                if target is None:   # "in Lazio province": the name is a compound of the noun
                    target = next((ctx.by_token.get(c.i) for c in pobj.children if c.dep_ == "compound"
                                   and ctx.by_token.get(c.i) is not None), None)
                if target is not None and target.mention.kind in ("place", "country") and target is not tm:
                    out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(target),
                                       ctx.evidence(sent, "copular-in", 0.8)))
    return out


def _comma_container(ctx: DocContext, tm, sent) -> list[RawFact]:
    """"<Place or Institution>, <Place or Country>": a dateline or an address. The second name
    must be a country or a place the gazetteer puts in a country (a state, a region), and the
    pair must not sit inside a list ("Moscow, Beijing and Paris")."""
    doc, nxt = ctx.doc, tm.end
    if not (nxt + 1 < len(doc) and doc[nxt].text == ","):
        return []
    other = ctx.by_token.get(nxt + 1)
    if other is None or other.start != nxt + 1 or other is tm:
        return []
    m, o = tm.mention, other.mention
    container = o.kind == "country" or (o.kind == "place" and o.gazetteer in ctx.gaz.place_country
                                        and o.gazetteer not in ctx.gaz.capitals)
    if not container and o.kind == "place" and o.gazetteer is None:
        # an address: "GSA Depot, Davisville, R.I.": a town the gazetteer does not know is a
        # container when a known state or country follows it
        k = other.end
        third = ctx.by_token.get(k + 1) if k + 1 < len(doc) and doc[k].text == "," else None
        container = third is not None and third.start == k + 1 and (
            third.mention.kind == "country" or third.mention.gazetteer in ctx.gaz.subdivisions)
    if not container or m.kind not in ("place", "institution") or (m.gazetteer is not None and m.gazetteer == o.gazetteer):
        return []
    if m.kind == "place" and m.gazetteer and ctx.gaz.lookup(m.text) and ctx.gaz.lookup(m.text)[0] == "country":
        return []
    after = doc[other.end] if other.end < len(doc) else None
    before = doc[tm.start - 1] if tm.start > 0 else None
    if after is not None and after.lower_ in ("'s", "\u2019s", "'") and after.i + 1 < len(doc) \
            and (after.i + 1 in ctx.by_token or doc[after.i + 1].pos_ == "PROPN"):
        return []   # "France's Dassault, Sweden's Saab": the country owns the next name (but
        #             "Leninakan, Armenia's second-largest city" is an address)
    if after is not None and after.lower_ in ("and", "or") or (before is not None and before.lower_ in ("and", "or")):
        return []
    last = doc[other.end - 1]
    if o.kind == "country" and last.dep_ in ("compound", "amod", "nmod") and last.head.i >= other.end \
            and last.head.pos_ == "NOUN":   # (a state's "Evendale, Ohio, General Electric plant" is an address)
        return []   # "... in the Red Sea, U.S. officials said": the country names the officials
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.i >= other.end and last.head.pos_ in ("VERB", "AUX"):
        return []   # "after an attack New Delhi blamed on Islamabad, India struck": a clause's subject
    if after is not None and after.text == "," and ctx.by_token.get(other.end + 1) is not None \
            and ctx.by_token[other.end + 1].mention.kind in ("place", "country"):
        nxt2 = ctx.by_token[other.end + 1]
        if not (nxt2.mention.kind == "place" and nxt2.mention.gazetteer in ctx.gaz.place_country
                or nxt2.mention.kind == "country" and o.gazetteer is not None
                and ctx.gaz.place_country.get(o.gazetteer) == nxt2.mention.gazetteer):
            return []     # a list of places ("Evansville, Indiana, United States" is an address)
    return [RawFact(ctx.ref(tm), "locatedIn", ctx.ref(other), ctx.evidence(sent, "comma-container", 0.75))]


BASED = frozenset({"base", "headquarter", "headquartered", "based"})


def _based_in(ctx: DocContext, tm, root, sent) -> list[RawFact]:
    """"Pepperell, based in West Point", "Church's is headquartered in San Antonio",
    "The Pentagon, which is based in Arlington", "New Orleans-based Popeyes"."""
    if tm.mention.kind != "institution":
        return []
    doc, out = ctx.doc, []
    verbs = [c for c in root.children if c.dep_ in ("acl", "amod", "appos", "relcl") and c.lemma_.lower() in BASED]
    if root.dep_ in ("nsubjpass", "nsubj") and root.head.lemma_.lower() in BASED:
        verbs.append(root.head)
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for pobj in prep.children:
                    place = ctx.by_token.get(pobj.i)
                    if place is not None and place.mention.kind in ("place", "country"):
                        out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(place),
                                           ctx.evidence(sent, "based-in", 0.85)))
    # "<Place>-based <Institution>"
    for i in range(max(tm.start - 4, 1), tm.start):
        if doc[i].lower_ == "based" and doc[i - 1].text == "-":
            if any(t.is_punct or t.lower_ in ("and", "or") or t.i in ctx.by_token for t in doc[i + 1:tm.start]):
                continue   # "the Frankfurt-based Commerzbank and Giessen's bank": not this name's
            place = ctx.by_token.get(i - 2)
            if place is not None and place.mention.kind in ("place", "country"):
                out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(place), ctx.evidence(sent, "place-based", 0.85)))
    return out


#: Nouns for the seat of a body: "NRC headquarters in Rockville", "Acme's HQ in Leeds".
SEAT_NOUNS = frozenset({"headquarters", "headquarter", "hq", "seat"})


def _headquarters(ctx: DocContext) -> list[RawFact]:
    """"at NRC headquarters in nearby Rockville", "Acme's headquarters in Leeds", "the
    headquarters of the agency in Vienna": the body is located in the place."""
    out = []
    for tok in ctx.doc:
        if tok.lemma_.lower() not in SEAT_NOUNS and tok.lower_ not in SEAT_NOUNS:
            continue
        bodies = [r for c in tok.children if c.dep_ in ("compound", "poss", "nmod")
                  for r in [ctx.token_ref(c, kinds={"institution"})] if r is not None]
        bodies += [r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj" for r in [ctx.token_ref(g, kinds={"institution"})] if r is not None]
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not preps and nxt is not None and nxt.lower_ == "in" and nxt.dep_ == "prep":
            preps = [nxt]   # the parser hung "in Rockville" on the noun before ("a briefing at NRC headquarters in ...")
        places = [r for c in preps for g in c.children if g.dep_ == "pobj"
                  for r in ctx.np_refs(g, kinds={"place", "country"})]
        for body in bodies[:1]:
            for place in places[:1]:
                out.append(RawFact(body, "locatedIn", place, ctx.evidence(tok.sent, "headquarters-in", 0.85)))
    return out


def extract_locations(ctx: DocContext) -> list[RawFact]:
    """Containment facts of one article. Where the text puts a place in a narrower place
    ("Arlington, Virginia"), the gazetteer's country for it is left out: locatedIn is direct
    containment, and the chain goes on from the narrower place."""
    written = _text(ctx) + _headquarters(ctx)
    narrower = {ctx.gazetteer_label(f.subject) for f in written
                if f.predicate == "locatedIn" and ctx.kind(f.object) == "place"} - {None}
    known = [f for f in _gazetteer(ctx)
             if not (ctx.kind(f.object) == "country" and ctx.gazetteer_label(f.subject) in narrower)]
    return known + written + _buildings_at_dateline(ctx, known + written)


def _buildings_at_dateline(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """"SINGAPORE (CNN) - ... shook hands at the Capella Hotel": a building the story names
    with no place of its own is in the place the story was filed from. Only buildings: a town
    or a region in such a story may lie anywhere; and not a building whose sentence names
    another town ("will travel to Dresden ... and hold talks at the Meseberg palace")."""
    line = ctx.dateline()
    if line is None:
        return []
    seen = {ctx.mention_text(f.subject) for f in facts   # (placed by the text, under any of its mentions)
            if f.predicate == "locatedIn" and isinstance(f.subject, MentionRef)}
    out = []
    for tm in ctx.mentions:
        m = tm.mention
        if m.kind != "place" or m.gazetteer is not None or m.text.split()[-1].lower() not in BUILDING_NOUNS \
                or m.text in seen or tm is line:
            continue
        sent = ctx.doc[tm.start].sent
        if any(o.mention.kind == "place" and o is not tm and o.mention.text.lower() != line.mention.text.lower()
               and sent.start <= o.start < sent.end for o in ctx.mentions):
            continue
        seen.add(m.text)
        out.append(RawFact(ctx.ref(tm), "locatedIn", ctx.ref(line),
                           ctx.evidence(ctx.doc[line.start].sent, "dateline-building", 0.6)))
    return out


def through_containers(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """"Ann Smith of Bethany, Conn.": whoever lives in a place the text gives with its
    container after a comma also lives in the container. Only that written chain counts, not
    the gazetteer's containment, so the graph does not fill up with every country's
    residents. ``locatedIn`` stays direct containment (the contract), so an institution in
    "Houston, Texas" is only in Houston."""
    container = {f.subject: f.object for f in facts
                 if f.evidence.rule == "comma-container" and isinstance(f.subject, MentionRef)}
    out = []
    for f in facts:
        if f.predicate != "livesIn":
            continue
        seen, place = {f.object}, container.get(f.object)
        while place is not None and place not in seen:   # "Ames, Story County, Iowa"
            seen.add(place)
            out.append(RawFact(f.subject, f.predicate, place,
                               ctx.evidence_as(f.evidence, "via-container", f.evidence.confidence * 0.95)))
            place = container.get(place)
    return out
