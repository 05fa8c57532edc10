"""Who heads or belongs to which body, from verbs: leaderOf and memberOf.

"Ann Smith, who heads the Ocean Institute", "Smith has led the party since 2019",
"Derwinski, who served 24 years in Congress", "she works for Acme", "he joined the Army",
"Nelson covers the White House for the AP". The verbs come from the trigger lexicon (frames
``lead``, ``work``, ``join`` and ``workat``). Heading is stated
only in the present or the present perfect ("who led the party in the 1990s" says that the
person belonged to it, not that they lead it now). Negated, modal and hoped-for verbs give
nothing, as for events.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import PARTY_HEADS, DocContext
from kg.extract.events import AFFILIATION_FRAMES, irrealis, prep_objects, trigger_entries, verb_objects, verb_subjects
from kg.model import RawFact

__all__ = ["extract_affiliations"]

BODY_KINDS = frozenset({"institution"})
LEAD_KINDS = frozenset({"institution", "country"})
WORK_PREPS = ("for", "at", "in", "on", "with")


def _current(verb: Token) -> bool:
    """Present tense, or a perfect ("has led"): the role still holds."""
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return not any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _from_verb(ctx: DocContext, verb: Token) -> list[RawFact]:
    frames = [(produces, frame) for produces, frame in trigger_entries(ctx, verb)
              if frame in AFFILIATION_FRAMES]
    if not frames or irrealis(verb):
        return []
    subjects, passive = verb_subjects(ctx, verb)
    people = [s for s in subjects if ctx.kind(s) == "person"]
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):   # "who is a major ... and works at"
        clause = clause.head
    if not people and clause.dep_ == "relcl":   # "Smith, who heads the institute"
        people = ctx.np_refs(clause.head, kinds={"person"})
    if any(f == "lead" for _, f in frames) and (passive or verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return _led_by(ctx, verb)
    if passive or not people:
        return []
    out, sent = [], verb.sent
    for _, frame in frames:
        if frame == "lead":
            bodies = verb_objects(ctx, verb, kinds=LEAD_KINDS, possessors=False)
            current = _current(verb)
            predicate = "leaderOf" if current else "memberOf"
            bodies = [b for b in bodies if current or ctx.kind(b) == "institution"]
            rule = "verb-lead" if current else "verb-led"
        elif frame == "workat":   # "covers the White House for the AP", "teaches at Vanderbilt"
            bodies = prep_objects(ctx, verb, ("for", "at"), kinds=BODY_KINDS)
            for obj in (c for c in verb.children if c.dep_ == "dobj"):   # "covers the White House for the AP"
                bodies += prep_objects(ctx, obj, ("for",), kinds=BODY_KINDS)
            predicate, rule = "memberOf", "verb-work"
        elif frame == "join":   # "joined the Army"
            bodies = verb_objects(ctx, verb, kinds=BODY_KINDS, possessors=False)
            predicate, rule = "memberOf", "verb-work"
        else:
            bodies = verb_objects(ctx, verb, kinds=BODY_KINDS, possessors=False) + \
                prep_objects(ctx, verb, WORK_PREPS, kinds=BODY_KINDS)
            for span in (c for c in verb.children if c.dep_ in ("npadvmod", "dobj") and c.pos_ == "NOUN"):
                bodies += prep_objects(ctx, span, WORK_PREPS, kinds=BODY_KINDS)   # "served 24 years in Congress"
            predicate, rule = "memberOf", "verb-work"
        for person in people:
            for body in bodies:
                out.append(RawFact(person, predicate, body, ctx.evidence(sent, rule, 0.75)))
    return out


#: Verbs whose passive names a body's leader ("led by", "headed by", "chaired by", "commanded by").
LED_BY_VERBS = frozenset({"lead", "head", "chair", "command"})
#: Words on a body that put its leadership in the past ("the previous government, led by ...").
PAST_BODY_WORDS = frozenset({"previous", "former", "last", "old", "then", "outgoing", "ex", "late"})


def _led_by(ctx: DocContext, verb: Token) -> list[RawFact]:
    """"The RSF, commanded by Mohamed Dagalo", "Hamas, which is led by Yahya Sinwar", "Acme is
    headed by John Smith": the person after "by" leads the body. "was led by" says no more
    than that the person belonged to it."""
    if verb.lemma_.lower() not in LED_BY_VERBS:
        return []   # "House of Flying Daggers, directed by Yimou Zhang" is a film
    people = prep_objects(ctx, verb, ("by",), kinds={"person"})
    if not people:
        return []
    body_noun = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ == "nsubjpass"), verb)
    if any(c.lower_ in PAST_BODY_WORDS for c in body_noun.children):
        return []   # "Indonesia's previous government, led by ...": someone who led it then
    bodies = ctx.np_refs(body_noun, kinds=LEAD_KINDS) if body_noun is not verb else []
    if not bodies and body_noun.dep_ == "appos" and body_noun.pos_ == "NOUN":
        bodies = ctx.np_refs(body_noun.head, kinds=LEAD_KINDS)   # "HTS, an Islamist group headed by X"
    past = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    predicate, rule = ("memberOf", "verb-led") if past else ("leaderOf", "verb-lead")
    return [RawFact(person, predicate, body, ctx.evidence(verb.sent, rule, 0.75))
            for person in people for body in bodies if not past or ctx.kind(body) == "institution"]


def _possessive(ctx: DocContext) -> list[RawFact]:
    """"Hernandez Galicia's Oil Workers Union", "the prime minister's Conservative Party", "the
    centrist D66 party of Rob Jetten": a person's institution is one the person belongs to."""
    doc, out = ctx.doc, []
    for tm in ctx.mentions:
        label = tm.mention.gazetteer
        if tm.mention.kind != "institution" or label is not None and label.split()[-1].lower() not in PARTY_HEADS:
            continue   # ("Putin's Kremlin"; but "his African National Congress" is his party)
        root = doc[tm.start:tm.end].root
        if doc[tm.end - 1].lower_ in ctx.gaz.org_heads:
            head = root
        elif tm.end < len(doc) and doc[tm.end].lower_ == "party" and root.head.i == tm.end:
            head = doc[tm.end]   # "the D66 party": the name before the noun
        else:
            continue   # "Alice Sebold's The Lovely Bones" is a book, not a body she belongs to
        owners = [c for c in head.children if c.dep_ == "poss"]
        if head.lower_ in ("party", "movement", "alliance", "bloc"):   # ("Anshuman Magazine ... of CB Richard Ellis")
            owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
        for c in owners:
            for person in ctx.np_refs(c, kinds={"person"}):
                out.append(RawFact(person, "memberOf", ctx.ref(tm),
                                   ctx.evidence(head.sent, "possessive-institution", 0.6)))
    return out


def extract_affiliations(ctx: DocContext) -> list[RawFact]:
    """All verb and possessive affiliation facts of one article."""
    out = []
    for tok in ctx.doc:
        if tok.pos_ in ("VERB", "AUX"):
            out += _from_verb(ctx, tok)
    return out + _possessive(ctx) + _members_in_apposition(ctx)


def _members_in_apposition(ctx: DocContext) -> list[RawFact]:
    """"Joe Manchin, a Democrat from West Virginia": a person in apposition to one of a body
    (only a party is named so) belongs to it."""
    out = []
    for pm in ctx.mentions:
        if pm.mention.kind != "person":
            continue
        root = ctx.doc[pm.start:pm.end].root
        for c in root.children:
            body = ctx.token_ref(c, kinds=BODY_KINDS) if c.dep_ == "appos" and c.i > root.i else None
            if body is not None and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                out.append(RawFact(ctx.ref(pm), "memberOf", body, ctx.evidence(root.sent, "apposition-member", 0.7)))
    return out
