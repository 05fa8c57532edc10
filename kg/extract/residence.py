"""Where people live or come from: livesIn.

"born in Philadelphia", "a native of Fort Worth, Texas", "a resident of Chicago",
"lives in Kyiv", "Ann Smith of Chicago", "a Texas resident", "Ann Smith, 31, from Ohio",
"Atlanta businessman Neil Estes", "Derwinski, a Republican from Chicago".
Also memberOf from "<Person> at/of <Institution>" ("Shi Liming at the Institute of Zoology",
"Roger Crouch of NASA").
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import DocContext
from kg.mentions import age_after
from kg.model import RawFact

__all__ = ["extract_residence"]

PLACE_KINDS = frozenset({"place", "country"})
RESIDENT_NOUNS = frozenset({"native", "resident", "citizen", "inhabitant", "son", "daughter"})
LIVE_VERBS = {"live": ("in",), "reside": ("in",), "grow": ("in",), "raise": ("in",), "bear": ("in",),
              "hail": ("from",), "come": ("from",), "settle": ("in",), "base": ("in",)}
#: Nouns for a person's home: "his Ciudad Madero home", "Sohn's New Jersey home", "his hometown of Russell".
HOME_NOUNS = frozenset({"home", "hometown", "house", "residence", "birthplace", "homeland"})


#: Parts of a body that a person "of" it belongs to through the body: "of the DEM's division".
UNIT_NOUNS = frozenset({"division", "department", "unit", "branch", "office", "arm", "wing", "bureau", "section"})


def _places_under(ctx: DocContext, tok: Token, preps: tuple[str, ...]) -> list:
    """The places in ``tok``'s prepositional phrases headed by one of ``preps``; also where the
    parser hung the phrase on a date before it ("born on Feb. 5, 1907, in Portland")."""
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += ctx.np_refs(pobj, kinds=PLACE_KINDS)
        elif prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "DATE":
                    out += _places_under(ctx, pobj, preps)
    return out


def _has_from(noun: Token) -> bool:
    """Whether a noun has a "from" phrase (a place after "from" is where one comes from)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


#: Nouns whose place is a brief, not a home: "Middle East envoy Steve Witkoff".
BRIEF_NOUNS = frozenset({"envoy", "negotiator", "czar", "tsar", "coordinator", "mediator"})


def _place_noun_person(ctx: DocContext, pm, person, sent) -> list[RawFact]:
    """"Atlanta businessman Neil Estes", "Soviet historian Roy Medvedev", "Illinois born Charlton
    Heston": a place (or a demonym), one to three common nouns or "born", then the name. A
    country there gives nationality."""
    doc, j = ctx.doc, pm.start
    k = j
    while k > 0 and j - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha and (
            doc[k - 1].pos_ == "NOUN" or doc[k - 1].lower_ == "born"):
        k -= 1
    if k > 1 and k < j and doc[k].lower_ == "born" and doc[k - 1].text == "-":   # "Illinois-born"
        k -= 1
    if k == j or k == 0 or doc[k - 1].sent != sent:
        return []
    tm = ctx.by_end.get(k)
    place = ctx.ref(tm) if tm is not None and tm.mention.kind in PLACE_KINDS else ctx.demonym_ref(doc[k - 1])
    if place is None:
        return []
    if ctx.kind(place) == "country":
        return [RawFact(person, "nationality", place, ctx.evidence(sent, "place-noun-person", 0.8))]
    if any(doc[i].lemma_.lower() in BRIEF_NOUNS for i in range(k, j)):
        return []
    return [RawFact(person, "livesIn", place, ctx.evidence(sent, "place-noun-person", 0.8))]


def _homes(ctx: DocContext) -> list[RawFact]:
    """"Sohn's New Jersey home", "a raid on his Ciudad Madero home", "his hometown of Russell",
    "his native South Carolina": a person's (or a resolved pronoun's) home is where they live."""
    out = []
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in HOME_NOUNS:
            continue
        owners = [r for c in tok.children if c.dep_ == "poss" for r in ctx.np_refs(c, kinds={"person"})]
        if not owners:
            continue
        places = [r for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
                  for r in ctx.np_refs(c, kinds=PLACE_KINDS)]
        places += _places_under(ctx, tok, ("of", "in"))
        for person in owners:
            for place in places:
                out.append(RawFact(person, "livesIn", place, ctx.evidence(tok.sent, "person-home", 0.8)))
    for tm in ctx.mentions:   # "in his native South Carolina"
        root = ctx.doc[tm.start:tm.end].root
        if tm.mention.kind not in PLACE_KINDS or not any(c.dep_ == "amod" and c.lower_ == "native"
                                                         for c in root.children):
            continue
        for person in [r for c in root.children if c.dep_ == "poss" for r in ctx.np_refs(c, kinds={"person"})]:
            out.append(RawFact(person, "livesIn", ctx.ref(tm), ctx.evidence(root.sent, "person-home", 0.8)))
    return out


def extract_residence(ctx: DocContext) -> list[RawFact]:
    """Residence and affiliation-by-place facts of one article."""
    doc, out = ctx.doc, _homes(ctx)
    for pm in ctx.mentions:
        if pm.mention.kind != "person":
            continue
        person = ctx.ref(pm)
        root = doc[pm.start:pm.end].root
        sent = root.sent
        # "<Person> of <Place>", "<Person>, from <Place>", "<Person>, 50, of <Place>"
        age = age_after(doc, pm.end)   # the parser often hangs "of Bethany" on the age
        heads = [root] + ([age] if age is not None else [])
        for tok in heads:
            for place in _places_under(ctx, tok, ("of", "from")):
                out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, "person-of-place", 0.7)))
        # "<Person> at <Institution>", "<Person> of <Institution>"; not an object's "at", which
        # the parser hangs on the object but belongs to the verb ("hosted Aliyev at the White House")
        object_of_verb = root.dep_ in ("dobj", "dative") and root.head.pos_ in ("VERB", "AUX")
        for tok in heads:
            for prep in tok.children:
                if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "at" and not object_of_verb):
                    for pobj in prep.children:
                        insts = ctx.np_refs(pobj, kinds={"institution"})
                        if not insts and pobj.lemma_.lower() in UNIT_NOUNS:   # "of the DEM's division of ..."
                            insts = [r for c in pobj.children if c.dep_ == "poss"
                                     for r in ctx.np_refs(c, kinds={"institution"})]
                        for inst in insts:
                            out.append(RawFact(person, "memberOf", inst, ctx.evidence(
                                sent, f"person-{prep.lower_}-institution", 0.6)))
        # "<Person>, a native/resident of <Place>", "<Person>, a <Place> resident",
        # "<Person>, a Republican from <Place>", "<Person>, a Netherlands businessman"
        for noun in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
            resident = noun.lemma_.lower() in RESIDENT_NOUNS
            places = _places_under(ctx, noun, ("of", "from") if resident else ("from",))
            places += [r for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                       for r in ctx.np_refs(c, kinds=PLACE_KINDS)]
            if noun.lemma_.lower() in ("citizen", "national"):   # "Nijjar, a Canadian citizen"
                places += [r for c in noun.children if c.dep_ == "amod" for r in [ctx.demonym_ref(c)]
                           if r is not None and r not in places]
            citizen = noun.lemma_.lower() in ("citizen", "national")
            for place in places:
                rule = "resident-apposition" if resident else "apposition-place"
                if ctx.kind(place) == "country" and citizen:   # "a U.S. citizen": of the country
                    out.append(RawFact(person, "nationality", place, ctx.evidence(sent, "citizen-apposition", 0.85)))
                elif ctx.kind(place) == "country" and not resident and not _has_from(noun):
                    out.append(RawFact(person, "nationality", place, ctx.evidence(sent, rule, 0.8)))
                else:
                    out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, rule, 0.85 if resident else 0.75)))
        out += _place_noun_person(ctx, pm, person, sent)
        # "<Person> was born / lives / grew up in <Place>", also when the subject is a title with
        # the name in apposition ("the 34th President, Dwight Eisenhower, was born in ...") and
        # as a participle ("Gordon Parks, 76, born in Fort Scott")
        subject = root.head if (root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN")
                                and root.head.i not in ctx.by_token) else root
        verbs = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [c for t in heads for c in t.children if c.dep_ in ("acl", "appos", "relcl") and c.tag_ == "VBN"]
        verbs += [c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in LIVE_VERBS
                  and c not in verbs]   # "Mary, who lives in Rock Hill"
        verbs += [c for a in root.children if a.dep_ == "appos" for c in a.children
                  if c.dep_ == "acl" and c.tag_ == "VBN"]   # "Berg, an engineer based in Denver"
        for verb in verbs:
            lemma = verb.lemma_.lower()
            if lemma in LIVE_VERBS:
                for tok in (verb, *[c for c in verb.children if c.dep_ == "prt"]):
                    for place in _places_under(ctx, tok, LIVE_VERBS[lemma]):
                        out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, f"verb-{lemma}", 0.85)))
            elif lemma == "be":   # "Thomas is a native of Chisholm", "Madonna is from Bay City"
                for attr in (c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in RESIDENT_NOUNS):
                    for place in _places_under(ctx, attr, ("of", "from")):
                        out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, "resident-apposition", 0.85)))
                if subject.dep_ == "nsubj":
                    for place in _places_under(ctx, verb, ("from",)):
                        out.append(RawFact(person, "livesIn", place, ctx.evidence(sent, "verb-come", 0.85)))
    return out
