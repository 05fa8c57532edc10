"""Events and actor-to-actor facts from trigger words and the dependency parse.

The lexicon (``ontology/data/triggers.tsv``) maps verb and noun lemmas to event classes
(Meeting, Visit, LegalAction, MilitaryAction, Aid, Agreement, Election) and to contract facts (met, invaded,
accused, criticized, praised, supports, opposes). Arguments come from the parse:
subjects with their conjuncts ("Putin and Xi met"), passive agents ("was accused by"),
objects, ``with``/``to``/``for``/``of``/``into`` phrases, possessors of nouns ("Xi's visit"),
and the subject of a light verb governing a noun trigger ("the ICC issued an arrest warrant").
A trigger that is negated, modal ("may arm") or reported as a fear or plan is skipped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date
from itertools import combinations

from spacy.tokens import Token

from kg.extract.context import (ACTOR_KINDS, COLLECTIVE_NOUNS, PLACE_NOUNS, PLACE_PART_NOUNS, DocContext, future_tense,
                                same_time_head)
from kg.model import EntityRef, Evidence, MentionRef, RawEvent, RawFact, Ref, TimeValue

__all__ = ["event_place", "extract_events", "irrealis", "lexicon", "trigger_entries", "prep_objects", "verb_objects",
           "verb_subjects", "visits_abroad"]

#: Verbs whose subject is the actor of the noun trigger they govern.
#: Verbs that make "troops" an action: "sent troops into", "deployed soldiers to".
#: Verbs with which weapons are used on someone: "launched drones at Israel", "fired rockets into Gaza".
FIRE_VERBS = frozenset({"launch", "fire", "shoot", "lob", "rain"})
#: Verbs whose "with" names the act they answer with: "Israel responded with air strikes".
RESPOND_VERBS = frozenset({"respond", "retaliate", "reply", "hit"})
#: Verbs that make "war" an act: "declared war on Hamas", "waged war against Ukraine".
DECLARE_WAR_VERBS = frozenset({"declare", "wage"})


def _declares_war(verb: Token) -> bool:
    """Whether a verb is one of DECLARE_WAR_VERBS, by lemma or by form (the model lemmatises
    "waged" as "wag")."""
    return verb.lemma_.lower() in DECLARE_WAR_VERBS or verb.lower_ in ("wages", "waged", "waging")
FIRE_PREPS = ("at", "on", "towards", "toward", "against", "into")
#: Nouns of quantity that stand for what they count: "hundreds of drones", "a barrage of rockets".
QUANTITY_NOUNS = frozenset({"hundred", "dozen", "thousand", "score", "barrage", "salvo", "volley", "wave",
                            "swarm", "number", "lot", "series", "couple", "package", "shipment", "consignment",
                            "batch", "tranche", "delivery",
                            # "held seven hours of talks", "a second round of talks"
                            "hour", "round"})
#: Nouns of a bundle of things given: "a weapons package for Ukraine" is given when announced.
BUNDLE_NOUNS = frozenset({"package", "shipment", "consignment", "batch", "tranche"})
#: Adverbs that make what they modify a possibility, not a report.
HEDGES = frozenset({"potentially", "possibly", "perhaps", "maybe", "hypothetically", "conceivably"})
DEPLOY_VERBS = frozenset({"send", "deploy", "dispatch", "move", "order", "mass", "station"})
#: Verbs with which arms are given: "sent tanks to Ukraine", "supplied Kyiv with missiles".
SUPPLY_VERBS = frozenset({"send", "supply", "deliver", "provide", "give", "ship", "transfer", "pledge", "donate"})

LIGHT_VERBS = frozenset({
    "deploy", "dispatch", "exchange", "mass", "station", "attend", "hold", "host", "have", "join", "convene", "chair",
    "begin", "open", "start", "conclude", "launch", "fire", "shoot", "issue", "announce", "authorize",
    "authorise", "order", "conduct", "unveil", "approve", "provide", "send", "give", "pledge", "supply",
    "ship", "transfer", "donate", "make", "stage", "carry", "seek", "request", "file", "bring", "continue",
    "pay", "deliver", "offer", "grant", "publish", "sign", "lead", "mount", "step", "win", "lose", "contest",
    "increase", "boost", "expand", "double", "approve", "impose", "slap", "extend", "tighten", "voice",
    "express", "reaffirm", "reiterate", "signal", "arrive", "travel", "fly", "head", "come", "go", "gather",
    "sit", "return", "strike", "reach", "seal", "clinch", "adopt", "receive", "obtain", "accept",
})
#: Verbs whose subject event happens where and when they say: "the meeting took place in
#: Berlin on Monday", "the invasion began in February 2022".
HAPPEN_VERBS = frozenset({"take", "happen", "occur", "begin", "start", "resume", "open", "end", "conclude",
                          "collapse", "last", "close", "finish", "wrap", "stall", "continue"})
#: Verbs of beating someone in a contest: "defeated Odinga in a disputed election", "beat him in
#: the runoff". The subject is the contest's winner, the object the loser.
CONTEST_VERBS = frozenset({"defeat", "beat", "trounce", "edge", "unseat", "oust"})
#: Verbs of winning in a contest named with "in": "securing 89.6% of the vote in an election".
WIN_VERBS = frozenset({"win", "secure"})
#: Verbs of harm done by an attack: "killed a commander in an air strike" (the killer struck).
HARM_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "eliminate", "assassinate", "hit", "pound"})
#: Nouns of what someone did, whose doer a stance on them is about: "condemned the visit of
#: Pelosi to Taiwan" is about Pelosi.
ACT_NOUNS = frozenset({"visit", "trip", "decision", "remarks", "comments", "statement", "actions", "conduct",
                       "behaviour", "behavior", "policy", "policies", "invasion", "attack", "annexation"})
#: Verbs of taking ground: "seized the region of Nagorno-Karabakh in a lightning offensive".
CAPTURE_VERBS = frozenset({"capture", "recapture", "seize", "retake"})
#: Verbs of going somewhere for an event: "arrived in Moscow for talks", "flew to Beijing to meet".
MOTION_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "stop", "return", "visit", "land"})
#: Governing verbs that make an event reported rather than real.
HYPOTHETICAL = frozenset({"desire", "intention", "willingness", "readiness", "proposal", "bid", "offer",
                          "consider", "warn", "fear", "deny", "threaten", "hope", "want", "urge",
                          "propose", "call", "ask", "suggest", "rule", "refuse", "decline", "wish",
                          "demand", "request", "invite", "encourage", "press", "expect", "accuse", "claim",
                          "discuss", "try", "attempt", "plan", "intend", "aim", "ban", "bar", "prevent",
                          "block", "forbid", "prohibit", "fail", "avoid",   # ("failed to agree on a ceasefire")
                          "oblige", "obligate", "require",   # ("are obliged to arrest him if he enters")
                          # what is vetoed, cancelled or put off did not happen
                          "veto", "cancel", "postpone", "scrap", "shelve", "halt", "suspend", "freeze",
                          "delay"})
# ("decided to invade" and "stopped in Moscow to meet" report what happened: not listed)
MODALS = frozenset({"may", "might", "could", "would", "should", "must"})
PLACE_KINDS = frozenset({"place", "country"})
#: Nouns after "election" that report one held: "Labour's election victory" (not "election campaign").
ELECTION_HAPPENED = frozenset({"victory", "win", "result", "defeat", "loss", "outcome", "landslide", "day"})
#: Lexicon frames read by :mod:`kg.extract.affiliation`, not here.
AFFILIATION_FRAMES = frozenset({"lead", "work", "workat", "join"})


def lexicon(ctx: DocContext) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(word, part of speech) -> (produces, frame, lemma) entries of the trigger lexicon, indexed
    once per gazetteer."""
    lex = getattr(ctx.gaz, "_trigger_index", None)
    if lex is None:
        lex = defaultdict(list)
        for trig in ctx.gaz.triggers:
            words = trig.lemma.split()
            # a phrasal verb is found by its verb ("hit out at"), a compound noun by its head ("air defence")
            key = words[0] if trig.pos == "VERB" else words[-1]
            lex[(key, trig.pos)].append((trig.produces, trig.frame, trig.lemma))
        ctx.gaz._trigger_index = lex
    return lex


def trigger_entries(ctx: DocContext, tok: Token) -> list[tuple[str, str]]:
    """(produces, frame) lexicon entries of a token, by lemma and part of speech."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
    if pos is None:
        return []
    lex = lexicon(ctx)
    out = []
    for key in {tok.lemma_.lower(), tok.lower_}:
        for produces, frame, lemma in lex.get((key, pos), []):
            words = lemma.split()
            if len(words) > 1 and pos == "VERB":
                if _phrasal_prep(tok, words) is None:
                    continue
            elif len(words) > 1:
                prev = tok.doc[tok.i - 1] if tok.i > 0 else None
                if prev is None or prev.lemma_.lower() != words[-2]:
                    continue
            if (produces, frame) not in out:
                out.append((produces, frame))
    return out


def _phrasal_prep(verb: Token, words: list[str]) -> Token | None:
    """The preposition that ends a phrasal verb of the lexicon on this verb ("hit out at": the
    "at" of "hit out at Orban"), if the verb has its particles and preposition."""
    kids = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and c.i > verb.i]
    if [c.lower_ for c in kids[:len(words) - 1]] != words[1:]:
        return None
    return kids[len(words) - 2] if kids[len(words) - 2].dep_ == "prep" else None


def phrasal_objects(ctx: DocContext, verb: Token) -> list[Ref]:
    """The objects of a phrasal trigger verb: "Zelensky hit out at Orban" -> Orban."""
    out = []
    for _, _, lemma in lexicon(ctx).get((verb.lemma_.lower(), "VERB"), []):
        words = lemma.split()
        prep = _phrasal_prep(verb, words) if len(words) > 1 else None
        if prep is not None:
            out += [r for g in prep.children if g.dep_ == "pobj" for r in ctx.np_refs(g, demonyms=True)]
    return out


#: Nouns for a formal agreement: what "sign" must have signed to be an Agreement.
AGREEMENT_NOUNS = frozenset({"agreement", "treaty", "accord", "deal", "contract", "memorandum", "pact", "charter",
                             "declaration", "protocol", "ceasefire", "truce", "settlement", "partnership",
                             "convention", "communique", "compact"})
#: Verbs that conclude an agreement noun: "signed a treaty", "reached a deal".
CONCLUDE_VERBS = frozenset({"sign", "reach", "strike", "conclude", "seal", "agree", "ink", "finalise", "finalize",
                            "clinch", "broker"})


def _agreement_frame(tok: Token, verb: Token | None, is_verb: bool, parties: int) -> bool:
    """Whether an Agreement trigger really reports one: "sign" needs a signed agreement noun or a
    "with" party ("signed a motion" is none); an agreement noun with a single party needs a
    verb that concludes it ("Acme sealed a deal", not "Acme's deal was criticised")."""
    if not is_verb and tok.lemma_.lower() in DEAL_NOUNS and (
            tok.dep_ == "compound" or tok.tag_ == "NNS"
            or any(c.dep_ in ("amod", "compound") and c.lower_ in _UNDONE_DEAL_WORDS for c in tok.children)):
        return False   # "merger talks", "making acquisitions", "its contemplated acquisition of the LSE"
    if is_verb:
        if tok.lemma_ == "sign":
            return any(c.dep_ == "dobj" and (c.lemma_.lower() in AGREEMENT_NOUNS or c.lemma_.lower() == "statement"
                                             and any(a.lower_ == "joint" for a in c.children))   # "a joint statement"
                       for c in tok.children) or \
                any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        return True
    return parties >= 2 or (verb is not None and verb.lemma_.lower() in CONCLUDE_VERBS)


def _agrees_to_something(verb: Token) -> bool:
    """"agreed to buy", "agreed a deal", "agreed on a ceasefire": an agreement; "agree that"
    and "agree with her" are opinions."""
    return any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.lower_ in ("on", "to", "upon"))
               for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)


def headline_plan(verb: Token) -> bool:
    """Whether a verb is a headline's infinitive of what is to come: "Zelenskiy to visit
    Washington", "Boeing chief to step down"."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                            for c in verb.children)


#: Verbs of saying whose content clause the parser may wrongly give a "during" phrase of theirs.
TOLD_VERBS = frozenset({"say", "tell", "add", "warn", "insist", "stress"})


def irrealis(tok: Token) -> bool:
    """Whether a trigger is negated, modal, or governed by a verb of fearing, wanting or
    claiming ("warned it may attack", "denied meeting"). A verb coordinated with another
    ("accused Moscow and thanked Paris") is judged by its own words and its first conjunct's
    governors, not by that conjunct's meaning."""
    if tok.tag_ == "VBG" and tok.dep_ in ("ROOT", "csubj", "csubjpass") \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True   # "China arming Russia might lead to war": a gerund spoken of, not a report
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following", "during"):
        # "agreed to back Sweden's bid to join the alliance after talks with X": talks that came
        # before something are reported as held, whatever noun the parser hangs them under, unless
        # a verb above is negated or modal ("would decide after talks"); so is a visit during which
        # something happened ("signed a pact that includes aid if either is attacked, during
        # Putin's visit to Pyongyang": the parser hung "during" on the "if" clause)
        # (not the "not" of an infinitive agreed to: "agreed not to use force after talks")
        verbs = [v for v in tok.ancestors if v.pos_ in ("VERB", "AUX")]
        if tok.head.lower_ == "during" and verbs and verbs[0].dep_ == "ccomp" and verbs[0].head.tag_ == "VBD" \
                and verbs[0].head.lemma_.lower() in TOLD_VERBS:
            # "told Trump that Canada would never be for sale, during their first meeting": the
            # meeting is when it was said, not part of what was said
            verbs = verbs[1:]
        return any(c.dep_ == "neg" and not (v.dep_ == "xcomp" and v.tag_ == "VB" and v.head.tag_ == "VBD")
                   or c.dep_ == "aux" and c.lower_ in MODALS
                   for v in verbs for c in v.children)
    if tok.dep_ == "advcl" and tok.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                                         for c in tok.children):
        # "Scholz urged Xi to use his influence ..., as the two leaders met in Beijing": a clause
        # of time in the past is told as fact, whatever it hangs on; only its own words judge it
        return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in tok.children)
    if _brought(tok) or tok.dep_ == "acl" and tok.tag_ == "VBG" and _brought(tok.head):
        # "ordered Israel to halt its assault, in a case brought by South Africa accusing Israel of
        # genocide": a case someone brought is there, whatever verb the parser hangs it on
        return False
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if headline_plan(first):
        return True
    if first.dep_ in ("acl", "relcl") and first.tag_ == "VB" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return True   # "a platform to attack Russia", "a plan to invade": a purpose, not a report
    # a relative clause or a participle on a noun ("Hamas, which is led by X, denied ...", "the
    # RSF, commanded by Y") is taken as given: the verbs above it do not judge it
    given = first.dep_ == "relcl" or first.dep_ == "acl" and first.tag_ == "VBN"
    chain = [tok, *([first] if first is not tok else []), *([] if given else list(first.ancestors)[:2])]
    for t in chain:
        if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in t.children):
            return True   # negated, or asked about ("decide whether to begin talks")
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(p.dep_ == "preconj" and p.lower_ == "neither"
                                                       for p in c.children) for c in t.children):
            return True   # "Neither Israel nor Hamas attended the summit"
        if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "advmod" and c.lower_ in HEDGES
               for c in t.children):
            return True   # "may attack", "China potentially supplying Russia with aid"
    if given:
        return False
    # a noun is judged from the verb that governs it: "accused Beijing of supplying Moscow with
    # weapons" (accuse is three words above "weapons", one above "supplying")
    base = first if first.pos_ in ("VERB", "AUX") else next(
        (a for a in first.ancestors if a.pos_ in ("VERB", "AUX")), first)
    if base is not first and base.dep_ == "relcl" and not any(c.dep_ == "aux" and c.lower_ in MODALS
                                                             or c.dep_ == "neg" for c in base.children):
        return False   # "Zelenskyy, who was in Poland for talks with Tusk, called for ...": given, as above
    # (the subject of such a verb is not what is claimed: "the case accuses Israel of genocide")
    own = base is not first and not (first.dep_ == "nsubj" and first.head.i == base.i)
    if first.dep_ == "pobj" and first.head.lower_ == "for" and first.head.head.lemma_.lower() == "responsibility":
        own = False   # "claimed responsibility for the attack": owning up to it, which happened
    return any(t.lemma_ in HYPOTHETICAL for t in [*([base] if own else []), *list(base.ancestors)[:3]])


#: Words that open a clause of time: "as the two leaders met", "after talks ended".
TIME_MARKS = frozenset({"as", "when", "after", "while", "before", "since"})


def _brought(noun: Token) -> bool:
    """Whether a noun is said to have been brought or filed by someone ("a case brought by South
    Africa", "the lawsuit filed by Epic")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CASE_VERBS
                                       and any(g.dep_ == "agent" for g in c.children) for c in noun.children)


#: Words that open a relative clause as its subject: they stand for the noun the clause is on.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def verb_subjects(ctx: DocContext, verb: Token, depth: int = 0) -> tuple[list[Ref], bool]:
    """Actor refs of a verb's subject, and whether the verb is passive."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _bare_passive(ctx, verb)
    if verb.dep_ == "relcl" and subj and all(s.lower_ in RELATIVE_PRONOUNS for s in subj):
        subj = []   # "Zelensky, who arrived in Britain": the relative pronoun stands for the noun
    if subj:
        return [r for s in subj for r in ctx.np_refs(s, demonyms=True) or _author_of(ctx, s)], passive
    if depth < 3 and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        refs, head_passive = verb_subjects(ctx, verb.head, depth + 1)
        if not refs and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "Pressure on Trudeau grew after Freeland quit, accusing him": a participle after a
            # clause of time whose main subject is no actor is that clause's subject's deed
            timed = [c for c in verb.head.children if c.dep_ == "advcl" and c.i < verb.i and c is not verb
                     and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)]
            if timed:
                refs, head_passive = verb_subjects(ctx, timed[-1], depth + 1)
        # "Faye was arrested and charged with contempt": a participle sharing a passive subject is passive
        # (and a regular one the tagger took for a past tense: "was sentenced ... and fined $500,000")
        return refs, passive or (verb.dep_ == "conj" and head_passive and (
            verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lower_.endswith("ed") and not any(
                c.dep_ == "dobj" and ctx.np_refs(c) for c in verb.children)))
    if verb.dep_ == "relcl":
        rel = next((c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS), None)
        if rel is not None and rel.i > 0 and not verb.doc[rel.i - 1].is_punct:
            # no comma: the clause is about the nearest name ("Culture, Media and Sport Secretary
            # Tessa Jowell who said"), not the whole list the parser hangs it on
            near = ctx.token_ref(verb.doc[rel.i - 1])
            if near is not None:
                return [near], passive
        if verb.head.dep_ == "appos":   # "Stephen Smith, a UK banker who has held talks with ...": Smith
            named = ctx.token_ref(verb.head.head, kinds={"person"})
            if named is not None:
                return [named], passive
        if verb.head.dep_ == "conj":   # "included Han Zheng and Anthony Albanese, who met Prabowo": the last
            named = ctx.token_ref(verb.head)
            if named is not None:
                return [named], passive
        return ctx.np_refs(verb.head), passive
    paid = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "for" else None
    if paid is not None and paid.dep_ == "dobj" and paid.lemma_.lower() in ("price", "cost") \
            and paid.head.lemma_.lower() in ANSWER_VERBS:
        paid = paid.head   # "would pay a heavy price for firing": the parser hangs "for" on the price
    if depth < 3 and verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of") \
            and (verb.head.head.pos_ in ("VERB", "AUX") or paid is not None and paid.pos_ in ("VERB", "AUX")):
        # "condemned Iran for supplying drones", "Iran was condemned for supplying drones": who
        # is judged for a deed did it (the object, or a passive subject)
        judge = verb.head.head if verb.head.head.pos_ in ("VERB", "AUX") else paid
        refs = [r for c in judge.children if c.dep_ == "dobj" for r in ctx.np_refs(c, demonyms=True)]
        if not refs and (any(c.dep_ == "nsubjpass" for c in judge.children)
                         or judge.lemma_.lower() in ANSWER_VERBS):
            # ("the Houthis would pay a heavy price for firing missiles": who pays did it)
            refs = verb_subjects(ctx, judge, depth + 1)[0]
        return refs, passive
    if depth < 3 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
            and verb.head.lower_ in ("after", "before", "since", "while", "when") \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        # "met Putin on Friday, days after visiting Kyiv": the clause's subject did it
        head = verb.head.head
        if head.dep_ == "acl" and head.tag_ == "VBN":
            # "paid tribute to children killed in the war before holding talks": the parser hangs
            # the clause on a participle of a noun; the deed is the clause's verb's
            head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl"), head)
        refs, head_passive = verb_subjects(ctx, head, depth + 1)
        return ([] if head_passive else refs), passive
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":   # "the ICC's decision to charge"
        return [r for c in verb.head.children if c.dep_ == "poss" for r in ctx.np_refs(c)], passive
    return [], passive


#: Verbs whose subject answers for a deed named with "for": "would pay a heavy price for firing".
ANSWER_VERBS = frozenset({"pay", "apologise", "apologize", "answer"})

#: Participles whose agent made the thing they modify: "the indictment, brought by X".
AUTHOR_VERBS = frozenset({"bring", "file", "issue", "write", "draft", "author", "lodge", "submit", "prepare",
                          "publish", "release", "sign", "launch", "table", "sponsor"})


def _author_of(ctx: DocContext, noun: Token) -> list[Ref]:
    """Who made a subject that names no actor: "The indictment, brought by District Attorney
    Fani Willis, charges Trump" is the attorney's charge; "the lawsuit, filed by Texas" Texas's."""
    if noun.pos_ != "NOUN":
        return []
    return [r for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in AUTHOR_VERBS
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
            for r in ctx.np_refs(g, demonyms=True)]


def _bare_passive(ctx: DocContext, verb: Token) -> bool:
    """"Sarkozy Convicted in Libyan Financing Case", "Trump Indicted": a headline drops the
    auxiliary of a passive, so a participle there with no object and no auxiliary of its own is
    passive ("Xi Met Putin" has an object; "Putin Visits" is present). So is a past participle
    with a subject and no auxiliary anywhere: "Five Americans detained in Iran for years
    arrived", which the parser reads as "Americans detained"."""
    if any(c.dep_ in ("dobj", "obj", "dative", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return False
    return verb.tag_ in ("VBN", "VBD") and ctx.in_headline(verb) \
        or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("npadvmod", "attr", "oprd") for c in verb.children)   # ("The 74-year-old met X")


def prep_objects(ctx: DocContext, tok: Token, preps: tuple[str, ...], kinds=ACTOR_KINDS,
                 before: int | None = None) -> list[Ref]:
    """The refs of the objects of ``tok``'s prepositions ``preps`` (those before token ``before``)."""
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps \
                and (before is None or prep.i < before):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += [r for r in ctx.np_refs(pobj, kinds) if r not in out]
    return out


#: Verbs whose "on" phrase names who is held responsible: "blamed the attack on Islamabad".
BLAME_ON_VERBS = frozenset({"blame", "pin"})


def _blamed_on(verb: Token) -> list[Token]:
    """The "on" phrases of "New Delhi blamed the attack on Islamabad", "the bombing, which Kyiv
    blamed on Moscow": on the verb or, as the parser often hangs them, on its object."""
    if verb.lemma_.lower() not in BLAME_ON_VERBS:
        return []
    return [p for t in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            for p in t.children if p.dep_ == "prep" and p.lower_ == "on"
            and not any(g.ent_type_ in ("DATE", "TIME") for g in p.children)]   # (not "on Monday")


def adjectival_participle(tok: Token) -> bool:
    """Whether a past participle the parser made a verb of its own is an adjective on the noun
    after it: "had met detained Myanmar leader Aung San Suu Kyi" (a participle with an object,
    no subject or auxiliary, right after a verb that has no object)."""
    if tok.tag_ != "VBN" or tok.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark")
                                              for c in tok.children):
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ == "VERB" and not any(c.dep_ in ("dobj", "obj", "dative") for c in before.children) \
        and any(c.dep_ == "dobj" for c in tok.children)


def _members_bodies(ctx: DocContext, verb: Token) -> list[Ref]:
    """Bodies and countries named before a common noun of people that a verb takes as its
    object: the Wall Street Journal in "detained a Wall Street Journal reporter" (one of its
    people, not the body itself, is acted on)."""
    return [r for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and ctx.agentive(c)
            and ctx.token_ref(c) is None for m in c.children if m.dep_ in ("compound", "nmod", "amod") and m.i < c.i
            for r in ctx.np_refs(m, kinds={"institution", "country"}, demonyms=True)]


def _participle_after(verb: Token) -> list[Token]:
    """The adjectival participle after a verb, where the parser hangs the verb's object, place
    and date: "met detained leader X in Naypyitaw on Sunday"."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return [nxt] if nxt is not None and verb.pos_ == "VERB" and adjectival_participle(nxt) else []


def verb_objects(ctx: DocContext, verb: Token, kinds=ACTOR_KINDS, possessors: bool = True) -> list[Ref]:
    out = []
    for participle in _participle_after(verb):   # "met detained leader X": X
        out += verb_objects(ctx, participle, kinds, possessors)
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "dative") or (
                child.dep_ in ("npadvmod", "dep") and child.pos_ in ("NOUN", "PROPN") and child.i > verb.i):
            refs = ctx.np_refs(child, kinds)
            if not refs and possessors and child.pos_ == "NOUN":   # "blasted Xi's visit" -> Xi
                refs = [r for c in child.children if c.dep_ == "poss" for r in ctx.np_refs(c, kinds)]
                if not refs and child.lemma_.lower() in ACT_NOUNS:   # "condemned the visit of Pelosi"
                    refs = prep_objects(ctx, child, ("of", "by"), kinds)
            out += refs
    return out


#: Nouns for a gathering or a journey whose own place is the place of what happens at it: "met
#: on the sidelines of the G20 summit in Bali", "during his visit to Beijing, Macron met Xi".
GATHERING_NOUNS = frozenset({"sideline", "sidelines", "summit", "conference", "forum", "meeting", "gathering",
                             "ceremony", "session", "assembly", "margins", "margin", "visit", "trip", "tour"})


#: Nouns of land one is "on": "talks on the island of St Vincent".
ISLAND_NOUNS = frozenset({"island", "islands", "peninsula", "archipelago"})


def event_place(ctx: DocContext, toks: list[Token], preps=("in", "at", "to"), depth: int = 0,
                objects: bool = True, topics: bool = False) -> Ref | None:
    """The place an event happened: a place or country after in/at/to (on the trigger, or on its
    object unless ``objects`` is false), or a seat of government whose place the gazetteer
    knows ("met at the Kremlin" -> Moscow); also the place of a gathering it happened at ("on
    the sidelines of the G20 summit in Bali", "the Munich Security Conference"), the place a
    "where" clause hangs on ("flying from the United States, where he met Bush"), and the place
    of the clause such a clause hangs on ("a visit to Kyiv on Tuesday, where he met ..."), and
    of the clause a clause of the same time hangs on ("met Xi in Beijing, as they signed ...").
    With ``topics``, a place after what a meeting was about is that topic's (see `_topic_start`)."""
    for tok in toks:
        # ... and "talks between Putin and Erdogan in Sochi", where the parser hangs the place on a name
        parties = [w for p in tok.children if p.dep_ == "prep" and p.lower_ in ("between", "with")
                   for g in p.children if g.dep_ == "pobj" for w in (g, *g.conjuncts)
                   if w.i in ctx.by_token] if depth == 0 else []
        # ... and "met Scholz on 3 March in Paris", where the parser hangs the place on the date
        dated = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "in")
                 for g in p.children if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")]
        kids = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod", "dep") and (objects or c.dep_ != "dobj")]
        # ("met Meloni and President Mattarella in Rome": the place hung on the last conjunct)
        # (but not a conjunct after the topic: "held talks on energy supplies and a planned gas
        # pipeline to China", which the parser coordinates with the talks)
        for c in [c for c in kids if c.dep_ == "dobj"]:
            topic = _topic_start(c) if topics else None
            kids += [j for j in c.conjuncts if topic is None or j.i < topic]
        for kid in [tok, *kids, *parties, *dated]:
            refs = prep_objects(ctx, kid, preps, kinds=PLACE_KINDS | {"institution"},
                                before=_topic_start(kid) if topics else None)
            for ref in refs:
                if ctx.kind(ref) != "institution":
                    return ref
                seat = ctx.seat(ref) or _gathering_place(ctx, ref)
                if seat is not None:
                    return seat
            for g in (g for p in kid.children if p.dep_ == "prep" and p.lower_ == "at"
                      for g in p.children if g.dep_ == "pobj" and (g.i in ctx.by_token or g.pos_ in ("NOUN", "PROPN"))):
                inside = prep_objects(ctx, g, ("in",), kinds=PLACE_KINDS)
                if inside:   # "met Albanese at Parliament House in Canberra", "at the company's factory in Austin"
                    return inside[0]
            for g in (g for p in kid.children if p.dep_ == "prep" and p.lower_ == "on"
                      for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ISLAND_NOUNS):
                named = prep_objects(ctx, g, ("of",), kinds=PLACE_KINDS)
                if named:   # "talks on the Caribbean island of St Vincent"
                    return named[0]
        if depth < 2:
            gatherings = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "at", "of", "during")
                          for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in GATHERING_NOUNS]
            found = event_place(ctx, gatherings, ("in", "at", "of", "to"), depth + 1) if gatherings else None
            if found is not None:
                return found
        if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            # ("travelled to Serbia and Hungary, where he was hosted by Orban": the nearest place)
            place = max((tok.head, *[c for c in tok.head.conjuncts if c.i < tok.i]), key=lambda t: t.i)
            named = ctx.token_ref(place, kinds=PLACE_KINDS)
            if named is not None:   # "flying from the United States, where he met Bush"
                return named
        if depth == 0 and tok.pos_ == "VERB":
            # "met Store, who arrived in Kyiv on an unannounced visit": where a party has just come
            for party in (c for c in tok.children if c.dep_ in ("nsubj", "dobj")):
                for rel in (r for r in party.children if r.dep_ == "relcl" and r.lemma_.lower() in ("arrive", "land")):
                    came = prep_objects(ctx, rel, ("in", "at"), kinds=PLACE_KINDS)
                    if came:
                        return came[0]
        if depth == 0 and (same := same_time_head(tok)) is not None:
            found = event_place(ctx, [same], preps, depth + 1)
            if found is not None:   # "met Xi in Beijing, as the two leaders signed 15 agreements"
                return found
        if depth == 0 and tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.tag_ == "VBD" \
                and tok.head.lemma_.lower() in MOTION_VERBS and not any(c.dep_ == "nsubj" for c in tok.children):
            found = next(iter(prep_objects(ctx, tok.head, ("in", "to"), kinds=PLACE_KINDS)), None)
            if found is not None:   # "arrived in Tokyo on Friday ... and held talks with Ishiba": there
                return found
        host = _where_host(tok)
        if host is not None and depth == 0:
            found = event_place(ctx, host, preps, depth + 1)
            if found is not None:
                return found
    return None


def _topic_start(tok: Token) -> int | None:
    """Where the topic of a meeting begins among its word's phrases: "held talks in the Oval
    Office on trade and security in Haiti", where the parser hangs "in Haiti" on the talks. A
    place after the topic is the topic's; a date ("on Tuesday") or a gathering ("on the
    sidelines") is no topic."""
    return min((p.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "about", "over")
                and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_
                        and g.lemma_.lower() not in _NO_TOPIC_NOUNS for g in p.children)), default=None)


def _gathering_place(ctx: DocContext, ref: Ref) -> Ref | None:
    """The city a gathering is named after: "on the sidelines of the Munich Security
    Conference" -> Munich. Only a name ending in a gathering's noun (a body named after a city
    need not be there: "the Paris Club met in Madrid")."""
    if not isinstance(ref, MentionRef):
        return None
    words = ctx.mention_text(ref).split()
    if len(words) < 2 or words[-1].lower() not in GATHERING_NOUNS | {"dialogue", "talks", "games", "congress"}:
        return None
    place = ctx.gaz.place_in_name(" ".join(words))
    return EntityRef("place", place) if place else None


#: Verbs of leaving a place: "left Russia after a six-day visit" names the place visited.
DEPART_VERBS = frozenset({"leave", "depart", "quit"})
#: Verbs of receiving a guest: their object came to the place where they were received.
HOST_VERBS = frozenset({"welcome", "host", "receive"})
#: Verbs of holding or facing someone that are meetings only between persons: "Modi embraced
#: Putin", "Trump confronted Ramaphosa in the Oval Office" (not "confronted China over trade").
EMBRACE_VERBS = frozenset({"embrace", "hug", "confront"})
#: Verbs of conversing that are a meeting only with someone: "spoke with Putin", "sat down with Xi".
CONVERSE_VERBS = frozenset({"speak", "sit", "discuss", "raise", "confer"})
#: Nouns of the time and place around a larger gathering where two can talk apart: "spoke on
#: the sidelines of the summit".
SIDELINE_NOUNS = frozenset({"sideline", "sidelines", "margin", "margins"})
#: Verbs whose object is a topic: a place in it is what was talked about ("discussed the war in
#: Ukraine"), not where.
TOPIC_VERBS = frozenset({"discuss", "raise"})
#: Nouns of a conversation held at a distance: "by phone", "in a video call", "via video link".
REMOTE_NOUNS = frozenset({"phone", "telephone", "video", "videoconference", "videolink", "link", "call",
                          "teleconference", "zoom", "hotline"})
#: Nouns after "on" that say where a meeting was, not what it was about.
#: Meals over which one meets: "met over dinner at the White House" (no topic).
MEAL_NOUNS = frozenset({"dinner", "lunch", "breakfast", "supper", "tea", "coffee", "banquet", "meal", "drinks"})
_NO_TOPIC_NOUNS = GATHERING_NOUNS | ISLAND_NOUNS | SIDELINE_NOUNS | REMOTE_NOUNS | MEAL_NOUNS


def _remote(tok: Token) -> bool:
    """Whether a meeting word is said to have happened at a distance ("spoke by phone", "held
    talks via video link"): its parties then need not have met."""
    doc = tok.doc
    return any(t.lemma_.lower() in REMOTE_NOUNS and (
        t.dep_ == "pobj" and t.head.lower_ in ("by", "on", "over", "via", "in")
        or t.i > 0 and doc[t.i - 1].lower_ in ("by", "via", "over"))   # (however parsed: "by phone and ...")
        for t in tok.subtree)   # anywhere in its phrase: "spoke with X by phone"


def _visitor_around(ctx: DocContext, noun: Token) -> list[Ref]:
    """Who makes a visit named in a phrase beside them: "Macron, on a state visit to China,
    met Xi" (the name the phrase hangs on), "During his visit to Beijing, Macron met Xi" (the
    subject of the clause), "Macron receives Xi on his first trip" (the guest of a host)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "during", "after", "before"):
        return []
    host = noun.head.head
    if host.pos_ in ("VERB", "AUX") and host.lemma_.lower() in HOST_VERBS:
        # "Macron receives Xi in Paris on first European trip": the guest is on the trip
        return [r for r in verb_objects(ctx, host, kinds={"person"}, possessors=False)]
    if host.pos_ in ("VERB", "AUX"):
        return [r for r in verb_subjects(ctx, host)[0] if ctx.kind(r) == "person"]
    return [r for r in ctx.np_refs(host, kinds={"person"})]


def _where_host(tok: Token) -> list[Token] | None:
    """The clause a "where"/"when" relative clause hangs on: in "made a visit to Kyiv on Tuesday,
    where he met Zelensky", the verb "made" and its object "visit"."""
    if tok.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children):
        return None
    up = tok.head
    if up.dep_ == "pobj" and up.head.dep_ == "prep":
        up = up.head.head
    if up.pos_ not in ("VERB", "AUX"):
        return None
    return [up, *[c for c in up.children if c.dep_ == "dobj"]]


def _where_day(tok: Token) -> list[Token]:
    """The verb whose day a "where"/"when" clause shares (see :func:`_where_host`); none for a
    place one came from: "arrived in Belgrade on Tuesday from Paris, where he held talks" held
    them before Tuesday."""
    host = _where_host(tok)
    if not host or tok.head.dep_ == "pobj" and tok.head.head.lower_ == "from":
        return []
    return host[:1]


def _purpose_head(tok: Token) -> list[Token]:
    """The verb a "to meet" clause is the purpose of ("travelled to Beijing to meet Wang",
    "stopped in Moscow to meet Putin"): where it went is where the meeting was."""
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and tok.head.lemma_.lower() in MOTION_VERBS:
        return [tok.head]
    return []


def _onward_legs(ctx: DocContext, verb: Token) -> list[tuple[Token, Ref]]:
    """The further places of a journey the parser hangs as a conjunct "to" of its first purpose
    clause: "will travel to Paris to meet Macron and then to Warsaw to meet Tusk" -> ("to",
    Warsaw). Only under a verb of motion."""
    if verb.lemma_.lower() not in MOTION_VERBS:
        return []
    return [(leg, ref) for purpose in verb.children if purpose.dep_ in ("advcl", "xcomp")
            for leg in purpose.children if leg.dep_ == "conj" and leg.lower_ == "to" and leg.pos_ == "ADP"
            for g in leg.children if g.dep_ == "pobj" for ref in ctx.np_refs(g, kinds=PLACE_KINDS)]


def _leg_place(ctx: DocContext, tok: Token) -> Ref | None:
    """The place of the leg of a journey a "to meet" clause follows: Warsaw for "meet Tusk" in
    "travel to Paris to meet Macron and then to Warsaw to meet Tusk"."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    legs = [(leg, ref) for leg, ref in _onward_legs(ctx, tok.head.head) if leg.head.i == tok.head.i and leg.i < tok.i]
    return legs[-1][1] if legs else None


def _noun_args(ctx: DocContext, noun: Token):
    """(governing verb, its subjects, possessor refs, modifier refs) of a noun trigger."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    if head.dep_ == "conj" and head.head.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in head.children):
        head = head.head   # "drones and missiles": as the first (not "its actions against the
        #                    Philippines and its support for Russia": a possessor starts a phrase of its own)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in QUANTITY_NOUNS:
        head = head.head.head   # "launched hundreds of drones": the quantity stands in the clause
    verb = None
    if head.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
    elif head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") \
            and head.head.lemma_.lower() in HAPPEN_VERBS | HARM_VERBS:
        verb = head.head   # "the meeting took place in Berlin on Monday": where and when it happened
        #                    ("a missile strike killed dozens on Monday": when it struck)
    elif head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX") \
            and (head.head.lower_ in ("for", "to", "into", "at")
                 or head.head.lower_ == "with" and head.head.head.lemma_.lower() in SUPPLY_VERBS):
        verb = head.head.head   # ("supplied Kyiv with missiles")
    elif head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.pos_ == "VERB" \
            and head.head.head.lemma_.lower() in RESPOND_VERBS:
        verb = head.head.head   # "Israel responded with artillery fire into southern Lebanon"
    elif head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB" \
            and head.head.head.lemma_.lower() in CONTEST_VERBS | WIN_VERBS | HARM_VERBS | CAPTURE_VERBS | {"lose"}:
        verb = head.head.head   # "defeated Odinga in a disputed election", "killed him in an air strike"
        #                         ("lost its majority in Sunday's election": the loser is no agent)
    elif (head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.lemma_.lower() == "responsibility"
          and head.head.head.dep_ == "dobj" and head.head.head.head.lemma_.lower() in ("claim", "accept", "admit")):
        verb = head.head.head.head   # "Islamic State claimed responsibility for the attack": who did it
    elif (head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.dep_ == "dobj"
          and head.head.head.head.pos_ == "VERB"):   # "pledged $500 million in aid to Ukraine"
        verb = head.head.head.head
    elif (head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB"
          and any(c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or c.like_num)
                  for c in head.head.head.children)):
        verb = head.head.head   # "announced £2.5bn in military aid", the amount parsed as the object
    subjects = []
    if verb is not None and head.dep_ == "dobj" and (verb.lemma_.lower() == "intercept" or any(
            c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)):
        verb = None   # "Poland shot down Russian drones": who brings the weapons down did not send them
    if verb is not None and head.dep_ != "nsubj" and (verb.lemma_ in LIGHT_VERBS
                                                      or verb.lemma_ in ("apply", "be") and head.head.lower_ == "for"
                                                      or verb.lemma_.lower() in CONTEST_VERBS | WIN_VERBS | HARM_VERBS
                                                      | CAPTURE_VERBS | RESPOND_VERBS or _declares_war(verb)
                                                      or head.head.head.lemma_.lower() == "responsibility"):
        if head.dep_ == "nsubjpass":   # "the summit was attended by Biden and Putin"
            subjects = prep_objects(ctx, verb, ("by",))
        else:
            subjects, passive = verb_subjects(ctx, verb)
            if passive and verb.lemma_.lower() in HARM_VERBS | CAPTURE_VERBS:
                subjects = prep_objects(ctx, verb, ("by",))   # "X was killed in an air strike": X was hit
            elif passive:   # "he was joined by Xi for an informal meeting": both take part
                subjects = subjects + [r for r in prep_objects(ctx, verb, ("by",)) if r not in subjects]
            elif verb.lemma_.lower() == "join" and head.dep_ == "pobj":   # "joined Biden and Marcos for a summit"
                subjects = subjects + [r for r in verb_objects(ctx, verb, kinds={"person", "country", "institution"})
                                       if r not in subjects]
    poss = [r for t in (noun, head) for c in t.children if c.dep_ == "poss" for r in ctx.np_refs(c)]
    mods = [r for t in (noun, head) for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c is not noun
            for r in ctx.np_refs(c, demonyms=True)]
    # "the UK-France summit", "US-China talks": both names of a hyphenated pair
    mods += [r for t in (noun, head) for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c is not noun
             for g in c.children if g.dep_ in ("amod", "compound", "nmod") and g.i == c.i - 2
             and c.doc[c.i - 1].text == "-" and not g.whitespace_ and not c.doc[c.i - 1].whitespace_
             for r in ctx.np_refs(g, demonyms=True) if r not in mods]
    # "the US-led invasion of Iraq": who led it is who did it
    mods += [r for t in (noun, head) for c in t.children if c.dep_ == "amod" and c.lower_ == "led"
             for r in ctx.led_by(c) if r not in mods]
    return head, verb, subjects, poss, mods


#: Nouns for people whose demonym is only where they are from: "charged four Indian nationals"
#: accuses them, not India (but "thanked the American people" thanks the nation).
NATIONAL_NOUNS = frozenset({"national", "citizen", "man", "woman", "person", "resident", "tourist",
                            "student", "worker", "migrant", "refugee", "journalist", "businessman", "child",
                            "civilian", "passenger", "sailor", "fisherman", "suspect"})


def _modifier_countries(ctx: DocContext, verb: Token) -> list[Ref]:
    """The country whose act or thing a stance verb's object names by a modifier: "criticised
    the US response" -> the United States, "praised the Chinese proposal" -> China. Only a
    common-noun object, only countries (an institution before a noun is often a topic: "the
    NATO summit")."""
    return [r for obj in verb.children if obj.dep_ == "dobj" and obj.pos_ == "NOUN"
            and obj.lemma_.lower() not in NATIONAL_NOUNS
            for c in obj.children if c.dep_ in ("compound", "amod", "nmod") and c.i < obj.i
            for r in [ctx.token_ref(c, kinds={"country"}, demonyms=True)] if r is not None]


def _doing(noun: Token) -> list[Token]:
    """The present participles that describe a noun ("a school sheltering displaced
    Palestinians in Gaza City on Saturday"), where the parser hangs the place and day of the
    clause the noun is in."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]


def _attacked_place(ctx: DocContext, verb: Token) -> Ref | None:
    """The place a military verb acts on: "shelled Kherson", "attacked the southern city of
    Kherson", or where the thing it hit stands ("destroyed the consular section of Iran's
    embassy in Damascus"). It is where the action happened."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        refs = ctx.np_refs(obj, kinds=PLACE_KINDS) or prep_objects(ctx, obj, ("of",), kinds=PLACE_KINDS) \
            or ([r for c in obj.children if c.dep_ in ("compound", "nmod")   # "retook the Nagorno-Karabakh region"
                 for r in [ctx.token_ref(c, kinds=PLACE_KINDS)] if r is not None]
                if obj.lemma_.lower() in PLACE_NOUNS else []) \
            or (prep_objects(ctx, obj, ("in", "on", *NEAR_PREPS), kinds=PLACE_KINDS)
                or [r for c in _doing(obj) for r in prep_objects(ctx, c, ("in",), kinds=PLACE_KINDS)]
                if _armed_object(obj, verb) else [])
        if refs:   # ("struck targets near Damascus": about there; "a plant on the outskirts of Kharkiv": there)
            return refs[0]
    if verb.lemma_.lower() in HARM_VERBS:
        inside = [r for t in _harmed(verb) for r in prep_objects(ctx, t, ("in", "at"), kinds=PLACE_KINDS)]
        if inside:
            return inside[0]
    return None


#: Verbs of a deal between companies that "agreed to" takes: "agreed to buy U.S. Steel".
DEAL_VERBS = frozenset({"buy", "acquire", "purchase", "merge", "sell", "take"})

#: Nouns of a deal between companies whose "of" names the other party: "the acquisition of X".
DEAL_NOUNS = frozenset({"acquisition", "merger"})

#: Words that make a company deal one not (yet) made: "a proposed merger", "a hostile acquisition".
_UNDONE_DEAL_WORDS = frozenset({"proposed", "planned", "possible", "potential", "contemplated", "hostile",
                                "rumoured", "rumored", "mooted", "failed", "abandoned", "blocked"})

#: Prepositions that place what an armed act hit about a place: "targets near Damascus".
NEAR_PREPS = ("near", "around", "outside")


def _armed_owners(ctx: DocContext, nouns: list[Token], verb: Token | None,
                  preps: tuple[str, ...] = ("against", "on")) -> list[Ref]:
    """The countries and bodies whose sites, troops or ships an armed act hit, named before them:
    "strikes against Houthi targets", "struck Russian positions", "fired rockets at Israeli
    positions" (``preps`` on ``nouns``) -> the Houthis, Russia, Israel."""
    hit = [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ in preps
           for g in p.children if g.dep_ == "pobj"]
    if verb is not None:
        hit += [c for c in verb.children if c.dep_ == "dobj"]
    return [r for g in hit if _armed_object(g, verb if verb is not None and g.head is verb else g.head.head)
            for c in g.children
            if c.dep_ in ("compound", "amod", "nmod") and c.i < g.i
            for r in [ctx.token_ref(c, kinds={"country", "institution"}, demonyms=True)] if r is not None]


def _harmed(verb: Token) -> list[Token]:
    """The object of a verb of harm and the nouns it is part of: "destroyed the consular section
    of Iran's embassy" -> section, embassy."""
    out = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        out.append(obj)
        out += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                if g.dep_ == "pobj"]
    return out


def _unique(refs) -> tuple[Ref, ...]:
    out = []
    for r in refs:
        if r not in out:
            out.append(r)
    return tuple(out)


def _event(ctx, type_, tok, agents, targets, extra, location, anchors, rule, conf) -> RawEvent:
    sent = tok.sent
    participants = _unique([*agents, *targets, *extra])
    # a noun coordinated with an earlier one has none of the dates said of that one: "talks with
    # Qin on Sunday and a meeting with Wang earlier on Monday" -- the meeting is not on Sunday
    first = tok.head if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN" else None
    skip = range(first.left_edge.i, tok.left_edge.i) if first is not None else range(0)
    # ("will travel to Beijing", "is due to visit": a plan; a noun by the verb it is the object of)
    planned = any(future_tense(t) for t in (tok, *anchors) if t.pos_ in ("VERB", "AUX"))
    return RawEvent(type_, tok.text, _unique(agents), _unique(targets), participants, location,
                    ctx.date_for(anchors, sent, skip), ctx.evidence(sent, rule, conf), planned=planned)


#: Objects that an armed attack or strike can have besides a named place or actor.
ARMED_OBJECTS = frozenset({"base", "site", "position", "convoy", "target", "camp", "facility", "plant", "port",
                           "airport", "airfield", "embassy", "ship", "vessel", "tank", "troop", "soldier",
                           "force", "army", "outpost", "checkpoint", "station", "depot", "infrastructure",
                           "building", "hospital", "school", "bridge", "village", "neighbourhood",
                           "neighborhood", "area", "region", "territory", "border", "capital", "headquarters",
                           "compound", "hall", "residence", "home", "house", "apartment", "consulate"})
#: People that only an act of arms strikes: "Israel struck Hamas leaders in Doha" (words "attack"
#: leaders too, so only for "strike" and "bomb").
ARMED_PEOPLE = frozenset({"leader", "commander", "militant", "fighter", "operative", "official"})
STRIKE_WORDS = frozenset({"strike", "bomb"})


def _armed_object(noun: Token, act: Token) -> bool:
    """Whether ``noun`` is something the act ``act`` hits by arms (see :data:`ARMED_PEOPLE`)."""
    lemma = "base" if noun.lower_ == "bases" else noun.lemma_.lower()   # (the lemmatizer makes it "basis")
    return lemma in ARMED_OBJECTS or lemma in ARMED_PEOPLE and act.lemma_.lower() in STRIKE_WORDS


#: Verbs that bring a case before a court ("filed a case against", "brought a lawsuit").
CASE_VERBS = frozenset({"file", "bring", "lodge", "launch", "submit", "open", "initiate"})

#: Words that name a body of arms: "the Rapid Support Forces", "the Sudanese Army".
ARMED_BODY_WORDS = frozenset({"army", "forces", "force", "militia", "military", "guard", "brigade", "brigades", "navy"})
#: Those who sit in judgement: "a judge ordered him held".
BENCH_NOUNS = frozenset({"judge", "magistrate", "justice", "jury"})
#: Words of the names of courts.
COURT_WORDS = frozenset({"court", "tribunal"})

#: Acts whose object is a territory: a country's name before them is the target ("the Ukraine invasion").
TERRITORY_ACTS = frozenset({"invasion", "occupation", "annexation"})


#: Modifiers that make an "attack" one of arms even as a predicate ("it was a missile attack").
ARMED_MODIFIERS = frozenset({"missile", "rocket", "drone", "air", "artillery", "military", "armed", "terrorist",
                             "terror", "suicide", "bomb", "gun", "ground", "naval", "nuclear", "chemical"})
#: Words that make a clash one of arms: "border clashes", "deadly clashes" (ARMED_MODIFIERS too).
CLASH_MODIFIERS = frozenset({"border", "deadly", "heavy", "fierce", "violent"}) | ARMED_MODIFIERS


#: Verbs of an intention to do something, not a schedule: "agreed to meet", "plans to meet".
_INTENDING = frozenset({"agree", "promise", "pledge", "vow", "plan", "intend", "hope", "want", "seek", "offer"})

#: Forces of nature that strike, hit and batter places: their blows are no act of arms.
#: (Not "fire" or "wave": "artillery fire struck", "a wave of missiles hit" are.)
NATURAL_FORCES = frozenset({"earthquake", "quake", "tremor", "aftershock", "storm", "hurricane", "typhoon", "cyclone",
                            "tornado", "flood", "flooding", "tsunami", "wildfire", "landslide", "mudslide",
                            "avalanche", "drought", "heatwave", "lightning", "eruption", "volcano", "outbreak",
                            "epidemic", "pandemic", "virus", "disease", "snowstorm", "blizzard"})


def _armed(ctx: DocContext, tok: Token, is_verb: bool, loc) -> bool:
    """Whether an "attack", "strike" or "offensive" is one of arms: a common-noun object must be
    something one attacks with arms (not "pledges" or "a deal"), and a country or place must
    be one of the arguments themselves, a modifier of the noun ("a Russian offensive") or the
    location ("an offensive in Gaza"). "the Asian assault on the US market" names the US
    only inside "market". A noun counted ("a wave of air strikes on Iran") stands in its
    clause through the count."""
    unit = tok.head.head if not is_verb and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
        and tok.head.head.lemma_.lower() in QUANTITY_NOUNS else tok
    if not is_verb and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.lemma_.lower() == "responsibility":
        return True   # "claimed responsibility for the attack": no one claims a charm offensive
    if not is_verb and unit.dep_ == "attr" and not any(
            c.dep_ in ("compound", "amod") and (c.lemma_.lower() in ARMED_MODIFIERS or c.i in ctx.by_token)
            for c in tok.children):
        return False   # "it was an attack on Israel": what someone calls a move, not an act of arms
    if not is_verb and tok.lemma_.lower() == "strike" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "by") \
            and tok.head.head.lemma_.lower() in HARM_VERBS:
        return True   # "Haniyeh was killed in an Israeli strike on his residence": no labour strike kills
    if not is_verb and tok.lemma_.lower() == "strike" and not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_MODIFIERS for c in tok.children):
        on = [r for t in (tok, unit, unit.head if unit.dep_ == "dobj" else None) if t is not None for p in t.children
              if p.dep_ == "prep" and p.lower_ in ("on", "against") for g in p.children if g.dep_ == "pobj"
              for r in [ctx.token_ref(g, kinds=PLACE_KINDS | {"institution"})] if r is not None]
        by = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")
              and ctx.token_ref(c, kinds={"country", "institution"}, demonyms=True) is not None]
        by += [c for c in (unit.head.children if unit.dep_ == "dobj" else ()) if c.dep_ == "nsubj"
               and ctx.np_refs(c, kinds={"country", "institution"}, demonyms=True)]
        if not on or not by:
            return False   # "a strike by teachers", "a strike on the Buenos Aires underground": labour
    if is_verb and any(c.dep_ == "nsubj" and c.lemma_.lower() in NATURAL_FORCES for c in tok.children):
        return False   # "A powerful earthquake struck eastern Afghanistan": no one's arms
    args = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "amod", "compound", "nmod")]
    args += [g for t in ((tok,) if unit is tok else (tok, unit)) for c in t.children if c.dep_ in ("prep", "agent")
             for g in c.children if g.dep_ == "pobj"]
    if not is_verb and unit.dep_ in ("dobj", "pobj") and unit.head.pos_ in ("VERB", "ADP"):
        verb = unit.head if unit.dep_ == "dobj" else unit.head.head
        args += [c for c in verb.children if c.dep_ == "nsubj"]
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.i not in ctx.by_token and obj.pos_ == "NOUN" and not _armed_object(obj, tok) \
                and obj.lemma_.lower() not in PLACE_NOUNS and ctx.token_ref(obj, kinds=PLACE_KINDS, demonyms=True) is None:
            return False
    if loc is not None:
        return True
    return any(ctx.token_ref(a, kinds=PLACE_KINDS, demonyms=True) is not None
               or a.lemma_.lower() in COLLECTIVE_NOUNS and any(
                   ctx.token_ref(m, kinds={"country"}, demonyms=True) for m in a.children)
               for a in args)


def _run_on_object(verb: Token) -> Token | None:
    """The name right after a verb without an object that the parser made the first of the
    subjects of the next verb of the same word: "Ramaphosa" in "Starmer met Ramaphosa and
    Macron met Modi". It is the first verb's object."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("dobj", "prep") for c in verb.children if c.i > verb.i):
        return None
    k = verb.i + 1
    doc = verb.doc
    while k < len(doc) and doc[k].dep_ == "compound" and doc[k].head.i > k:
        k = doc[k].head.i   # (to the name's last word)
    if k >= len(doc):
        return None
    name = doc[k]
    return name if (name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.i > name.i
                    and name.head.lemma_ == verb.lemma_ and any(c.dep_ == "conj" for c in name.children)) else None


def _taken_subject(verb: Token) -> Token | None:
    """The name the parser made the last object of the verb a subjectless conjunct verb of the
    same word hangs on, written right before it: "Macron" in "Starmer met Ramaphosa and Macron
    met Modi". It is the conjunct verb's subject."""
    if verb.dep_ != "conj" or verb.head.lemma_ != verb.lemma_ or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for d in verb.head.children if d.dep_ == "dobj" for c in d.conjuncts
                 if c.pos_ == "PROPN" and c.i == verb.i - 1), None)


def _lent_subject(verb: Token) -> Token | None:
    """The first of a verb's subjects that is the object of the same verb before it (see
    :func:`_run_on_object`)."""
    first = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if first is None or first.i == 0:
        return None
    before = next((t for t in reversed(verb.doc[verb.sent.start:first.left_edge.i]) if t.pos_ == "VERB"), None)
    lent = _run_on_object(before) if before is not None else None
    return first if lent is not None and lent.i == first.i else None


#: What follows the object of "call" when it names or asks, not rings: "called X a dictator",
#: "called X's decision outrageous", "called on X to", "called for talks", "called X as a witness".
_NOT_A_CALL_DEPS = frozenset({"oprd", "attr", "ccomp", "acomp", "prt"})


def _phoned(ctx: DocContext, verb: Token) -> list[Ref]:
    """Whom one person telephoned, where "call" says so: a person calls a person and nothing
    says what the called one is ("Blinken called Ruto on Tuesday and urged restraint"; the
    parser may make the called one a predicate: "Biden called Israeli Prime Minister Benjamin
    Netanyahu on Sunday"). Empty for "called X a dictator", "called on X", "called for talks"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "call" or any(
            c.dep_ == "prep" and (c.lower_ in ("as", "for") or c.lower_ == "on" and c.i == verb.i + 1)
            for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    said = [c for c in verb.children if c.dep_ in _NOT_A_CALL_DEPS]
    if not objects and len(said) == 1 and said[0].dep_ == "oprd" and said[0].pos_ == "PROPN":
        objects, said = said, []
    if len(objects) != 1 or said or any(c.dep_ == "appos" for c in objects[0].children):
        return []
    called = ctx.np_refs(objects[0], kinds={"person"})
    callers, passive = verb_subjects(ctx, verb)
    return called if not passive and any(ctx.kind(r) == "person" for r in callers) else []


#: Penalties, and the verbs whose subject bears one: "Apple paid a fine", "Google faces a fine".
PAID_NOUNS = frozenset({"fine"})
PAYING_VERBS = frozenset({"pay", "face", "receive", "get", "incur", "appeal", "challenge", "contest", "settle"})
def _appeal(tok: Token) -> Token | None:
    """The appeal an "against" phrase hangs on: the noun itself, or the object of the verb the
    parser hung the phrase on ("lost its final appeal on Tuesday against a fine")."""
    words = ("appeal", "challenge")
    if tok.lemma_.lower() in words:
        return tok
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words), None)


#: Verbs by which one gets a term of office by a vote: "won a fourth term", "secured a second term".
TERM_VERBS = frozenset({"win", "secure", "clinch"})


#: Legal acts whose possessor is who takes them: "the SEC's probe", "Apple's lawsuit".
INQUIRY_NOUNS = frozenset({"investigation", "probe", "lawsuit"})


def _from_trigger(ctx: DocContext, tok: Token) -> tuple[list[RawEvent], list[RawFact]]:
    events, facts = [], []
    entries = [e for e in trigger_entries(ctx, tok) if e[1] not in AFFILIATION_FRAMES]
    if tok.dep_ == "compound" and tok.head.lemma_ == "warrant" or (
            tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_ == "warrant"):
        return events, facts   # "an arrest warrant", "a warrant for his arrest": the warrant is the trigger
    if tok.dep_ == "acl" and tok.head.lemma_ == "warrant":
        return events, facts   # "an arrest warrant charging Putin with war crimes": what the warrant says
    if tok.lemma_ == "agree" and tok.pos_ == "VERB" and not _agrees_to_something(tok):
        entries = [e for e in entries if e[0] != "Event:Agreement"]   # "analysts agree that ..."
    phoned = _phoned(ctx, tok) if any(f == "phone" for _, f in entries) else []
    if any(f == "phone" for _, f in entries):   # "Blinken called Ruto on Tuesday": a call between them
        entries = [(p, "sym") for p, f in entries if f != "phone" or phoned]
    if not entries or irrealis(tok) or adjectival_participle(tok):
        return events, facts
    is_verb = tok.pos_ in ("VERB", "AUX")
    if not is_verb and tok.i in ctx.by_token:   # "Band Aid", "Christian Aid": a word of a name
        entries = [e for e in entries if e[0] == "Event:Meeting"]   # ("the Munich Security Conference" is one)
        if not entries:
            return events, facts
    if not is_verb and tok.dep_ == "dobj" and any(p.head == tok for p in _blamed_on(tok.head)):
        return events, facts   # "blamed the attack on Islamabad": who is blamed, not what was attacked
    if is_verb:
        subjects, passive = verb_subjects(ctx, tok)
        objects = verb_objects(ctx, tok, possessors=not any(f == "sym" for _, f in entries)) + phrasal_objects(ctx, tok)
        if blamed := [r for p in _blamed_on(tok) for g in p.children if g.dep_ == "pobj" for r in ctx.np_refs(g)]:
            objects = blamed   # "blamed the attack on Islamabad": Islamabad is accused, not the attack
        # "Starmer met Ramaphosa and Macron met Modi", parsed with both names the second verb's subject
        objects += [r for k in [_run_on_object(tok)] if k is not None
                    for r in [ctx.token_ref(k)] if r is not None and r not in objects]
        objects += [r for r in phoned if r not in objects]
        lent = _lent_subject(tok)
        if lent is not None:
            subjects = [r for r in subjects if r != ctx.token_ref(lent)]
        # ... or with both names the first verb's objects: the last is the second verb's subject
        taken = _taken_subject(tok)
        if taken is not None and (own := ctx.token_ref(taken)) is not None:
            subjects = [own]
        objects = [r for r in objects if not any(r == ctx.token_ref(k) for c in tok.children if c.dep_ == "conj"
                                                 for k in [_taken_subject(c)] if k is not None)]
        by = prep_objects(ctx, tok, ("by",))
        if passive:   # "Putin was accused by the ICC": subject is the target
            # ("Castillo jailed for 18 months": a headline's passive keeps its subject as nsubj)
            bare = _bare_passive(ctx, tok)
            agents, targets = by, [r for c in tok.children if c.dep_ == "nsubjpass" or bare and c.dep_ == "nsubj"
                                   for r in ctx.np_refs(c)]
            if not targets and tok.dep_ == "relcl":
                targets = subjects   # "Nawrocki, who was backed by the Law and Justice party": the noun the clause is on
        else:
            agents, targets = subjects, objects
            if not objects:   # "fined Apple 1.8 billion euros": the parser hangs the name on the amount
                targets = [r for c in tok.children if c.dep_ == "dobj" and (c.ent_type_ in ("MONEY", "QUANTITY") or any(
                               k.dep_ == "nummod" for k in c.children))
                           for g in c.children if g.dep_ in ("nmod", "compound") and not g.like_num
                           for r in [ctx.token_ref(g)] if r is not None]
        anchors = [tok] + _where_day(tok) + _participle_after(tok)   # "on Tuesday, where he met": Tuesday
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in ("VERB", "AUX"):
            anchors.append(tok.head)   # "upheld the impeachment on Friday, removing him from office": then
        verb = tok
    else:
        head, verb, subjects, poss, mods = _noun_args(ctx, tok)
        anchors = [tok, head] + ([verb, *_where_day(verb)] if verb is not None else [])
        if verb is not None and head.dep_ == "nsubj" and verb.lemma_.lower() in HARM_VERBS:
            anchors += [c for o in verb.children if o.dep_ == "dobj" for c in _doing(o)]
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PHASE_NOUNS:
            # "at the start of their summit in Johannesburg on Saturday" (and what was done then)
            phase = head.head.head
            anchors.append(phase)
            if phase.dep_ == "pobj" and phase.head.lower_ == "at" and phase.head.head.pos_ == "VERB":
                anchors.append(phase.head.head)
        if verb is None and head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "during") \
                and head.head.head.pos_ == "VERB":   # "agreed on Wednesday ..., in their first meeting": then
            anchors.append(head.head.head)
        # "Xi's state visit to Russia, which began on Monday": when it began
        # (or on the place after it, where the parser hangs it: what begins is the visit, not Russia)
        near = [head, *[g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]]
        anchors += [c for t in near for c in t.children if c.dep_ in ("relcl", "acl")
                    and c.lemma_.lower() in HAPPEN_VERBS]
    sent = tok.sent
    for produces, frame in entries:
        kind, _, name = produces.partition(":")
        seats: list[Ref] = []   # seats of government named before a meeting noun
        courts: list[Ref] = []   # the court a case is brought before
        struck: list[Ref] = []   # who an armed act named by a noun killed or hurt
        if frame == "court":   # "South Africa took Israel to the International Court of Justice"
            courts = _courts(ctx, [tok], ("to", "before"))
            if not is_verb or not courts and not any(
                    g.lemma_.lower() == "court" for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children if g.dep_ == "pobj"):
                continue
        if frame == "clash":   # "fighting erupted between Sudan's army and the RSF", "Indian and Chinese troops clashed"
            gov = tok if is_verb else verb if verb is not None else head.head if head.dep_ == "nsubj" else None
            if tok.lemma_.lower() == "fire" and not (gov is not None and gov.lemma_.lower() == "exchange"):
                continue   # "came under fire", "opened fire": only fire exchanged is fighting between sides
            sides = list(subjects) + (prep_objects(ctx, tok, ("with",)) if is_verb else
                                      prep_objects(ctx, head, ("between",)))
            if gov is not None and gov.i != tok.i:
                sides += prep_objects(ctx, gov, ("between",))
            sides = [r for r in _unique(sides) if ctx.kind(r) in ("country", "institution")]
            armed = any(_name_words(ctx, r) & ARMED_BODY_WORDS for r in sides) or any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in CLASH_MODIFIERS
                                               for c in tok.children)
            if len(sides) >= 2 and (armed or tok.lemma_.lower() != "clash"):   # ("the US and China clashed over trade")
                where = [tok] + ([gov] if gov is not None and gov.i != tok.i else [])
                events.append(_event(ctx, name, tok, [], [], sides, event_place(ctx, where, ("in", "at")),
                                     [*anchors, *where[1:]], f"{'verb' if is_verb else 'noun'}-clash", 0.7))
            continue
        if frame == "bench":   # "the ICJ ordered Israel to prevent genocide", "a judge ordered Castillo held"
            judges = [c for c in tok.children if c.dep_ == "nsubj" and _is_court(ctx, c)] if is_verb else []
            if is_verb and not judges and (tok.dep_ == "advcl" and tok.tag_ == "VBG" or tok.dep_ == "conj"
                                           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
                # "the Constitutional Court upheld the impeachment, removing him from office", "a Paris
                # court found Le Pen guilty and barred her from office"
                judges = [c for c in tok.head.children if c.dep_ == "nsubj" and _is_court(ctx, c)]
            if not judges or passive:
                continue
            agents = [r for j in judges for r in ctx.np_refs(j, kinds={"institution", "person"})]
            # (what a court "ruled that ..." may be for or against its subject: only an order's)
            targets = objects + prep_objects(ctx, tok, ("against",)) + [
                r for c in tok.children if c.dep_ == "ccomp" and tok.lemma_.lower() == "order"
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for r in ctx.np_refs(s)]
            if not targets:
                continue   # "the court ruled that the law stands": no one acted against
        if not is_verb:
            if frame == "warrant":
                agents, targets = subjects + prep_objects(ctx, head, ("by",)), \
                    poss + prep_objects(ctx, head, ("for", "against"))
                if verb is not None and verb.i != head.i:   # "issued warrants on Thursday for X"
                    targets += prep_objects(ctx, verb, ("for", "against"), kinds={"person", "institution"})
                targets += [r for c in head.children if c.dep_ == "acl" and c.tag_ == "VBG"   # "a warrant charging X"
                            for r in verb_objects(ctx, c, kinds={"person", "institution"}) if r not in targets]
                for arrest in (g for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                               for g in p.children if g.dep_ == "pobj" and g.i not in ctx.by_token
                               # (not "a red notice for Toledo's brother-in-law")
                               and any(e[0] == "Event:LegalAction" for e in trigger_entries(ctx, g))):
                    # "a warrant for Netanyahu's arrest", "... for the arrest of Putin"
                    targets += [r for c in arrest.children if c.dep_ == "poss" for r in ctx.np_refs(c)]
                    targets += prep_objects(ctx, arrest, ("of",))
            elif frame == "case":   # "filed a case at the ICJ accusing Israel", "brought a suit against Apple"
                filed = next((c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                              and c.lemma_.lower() in CASE_VERBS), None)
                if (verb is None or verb.lemma_.lower() not in CASE_VERBS) and filed is None:
                    continue
                agents = subjects
                if filed is not None:   # "a case brought by South Africa in December, accusing Israel"
                    verb, agents, anchors = filed, prep_objects(ctx, filed, ("by",)), [*anchors, filed]
                if head.dep_ == "nsubj" and head.head.lemma_.lower() in ("accuse", "charge"):
                    targets_of = [head.head]   # "The case, filed by South Africa, accuses Israel of genocide"
                else:
                    targets_of = []
                targets = prep_objects(ctx, head, ("against",)) + prep_objects(ctx, verb, ("against",)) + [
                    r for t in (head, verb) for c in t.children if c.dep_ in ("acl", "advcl", "relcl")
                    and c.lemma_.lower() in ("accuse", "charge") for r in verb_objects(ctx, c)] + [
                    r for t in targets_of for r in verb_objects(ctx, t)]
                courts = _courts(ctx, [head, verb], ("at", "before", "with", "in", "to"))
            elif frame == "delegation":   # "Ramaphosa led a delegation to Kyiv": its leader went there
                if verb is None or verb.lemma_.lower() not in ("lead", "head"):
                    continue
                agents, targets = subjects, []
            elif frame == "visit":
                # ("received Maduro ..., the first visit by Maduro to Brazil": the host did not visit)
                hosting = verb is not None and verb.lemma_.lower() in HOST_VERBS | RECEIVE_VERBS
                agents, targets = poss + ([] if hosting else subjects) + mods + prep_objects(ctx, head, ("by",)), []
                if not agents:
                    agents = _visitor_around(ctx, head)
            elif frame == "deploy":   # "Turkey sent troops into Syria": only with a verb of sending
                if verb is None or verb.lemma_.lower() not in DEPLOY_VERBS:
                    continue
                agents = subjects + [m for m in mods if ctx.kind(m) == "country"]
                targets = prep_objects(ctx, head, ("into", "to", "against")) + \
                    prep_objects(ctx, verb, ("into", "to", "against"), kinds={"country", "institution"})
            elif frame == "supply":   # "Germany sent tanks to Ukraine", "supplied Kyiv with missiles"
                if verb is None or verb.lemma_.lower() not in SUPPLY_VERBS and not (
                        head.lemma_.lower() in BUNDLE_NOUNS and verb.lemma_.lower() in ("announce", "approve", "unveil")):
                    continue
                agents = subjects + [m for m in mods if ctx.kind(m) == "country"]
                targets = prep_objects(ctx, verb, ("to", "for"), kinds={"country", "institution"}) + \
                    prep_objects(ctx, head, ("to", "for"), kinds={"country", "institution"}) + \
                    (prep_objects(ctx, tok, ("to", "for"), kinds={"country", "institution"}) if tok is not head else [])
                if head.dep_ == "pobj" and head.head.lower_ == "with":
                    targets += verb_objects(ctx, verb, kinds={"country", "institution"})
            elif frame == "declare":   # "Israel declared war on Hamas", "waged war against Ukraine"
                if verb is None or not _declares_war(verb) or irrealis(verb):
                    continue
                agents = subjects + [m for m in mods if ctx.kind(m) == "country"]
                targets = prep_objects(ctx, head, ("on", "against"), kinds={"country", "institution"}) + \
                    prep_objects(ctx, verb, ("on", "against"), kinds={"country", "institution"})
            elif frame == "fire":   # "Iran launched drones at Israel", "fired rockets into Gaza"
                if verb is None or verb.lemma_.lower() not in FIRE_VERBS:
                    continue
                agents = subjects + [m for m in mods if ctx.kind(m) == "country"]
                targets = prep_objects(ctx, verb, FIRE_PREPS, kinds={"country", "institution"}) + \
                    prep_objects(ctx, head, FIRE_PREPS, kinds={"country", "institution"})
                if not targets:   # "fired rockets and shells at Israeli positions"
                    targets = [r for r in _armed_owners(ctx, [verb, head], None, FIRE_PREPS) if r not in agents]
                hit = [] if targets else \
                    prep_objects(ctx, verb, FIRE_PREPS, kinds={"place"}) + prep_objects(ctx, head, FIRE_PREPS,
                                                                                          kinds={"place"})
                if hit:   # "launched dozens of missiles and drones at Lviv": there, at its country
                    own = {ctx.country_of(a) for a in agents}
                    targets = [EntityRef("country", c) for c in [ctx.country_of(hit[0])]
                               if c is not None and c not in own]
                if not targets and not (tok.i == head.i and head.dep_ == "dobj" and head.head.i == verb.i and any(
                        ctx.kind(a) == "country" for a in agents)):
                    # "launched a new missile programme": nothing fired at anyone; but "North Korea
                    # fired a ballistic missile into the sea" is a country's act of arms
                    continue
            elif frame == "aid":
                if verb is not None and verb.lemma_.lower() in WITHHOLD_VERBS | {"seek", "request"} \
                        or any(c.lower_ == "mutual" for t in (tok, head) for c in t.children):
                    continue   # "Ukraine requested more aid": none given yet; "a pact of mutual assistance": a
                    #            pledge; "Trump has cut aid to South Africa": aid taken away
                agents = subjects + poss + [m for m in mods if ctx.kind(m) != "person"]
                targets = prep_objects(ctx, head, ("to", "for")) + \
                    (prep_objects(ctx, verb, ("to", "for")) if verb is not None else []) + \
                    (prep_objects(ctx, tok, ("to", "for")) if tok is not head else [])   # "a package of aid for Ukraine"
                if verb is not None and verb.lemma_.lower() in RECEIVE_VERBS:
                    # "Zelenskiy won a $325 million aid package": he was given it (by one named "from")
                    agents = [m for m in mods if ctx.kind(m) != "person"] + prep_objects(ctx, verb, ("from",)) \
                        + prep_objects(ctx, head, ("from",))
                    targets = subjects + targets
                if tok.lemma_.lower() in ("loan", "bailout") and not any(ctx.kind(t) == "country" for t in targets):
                    continue   # a loan to a country is aid; a bank's loan to a company is business
            elif frame == "sym":
                agents, targets = [], []
                # "White House talks", "Kremlin talks": a seat before the noun is where, not who
                # (an international body's seat is not where its gatherings are: "the NATO summit")
                seated = [m for m in mods if ctx.kind(m) == "institution" and ctx.seat(m) is not None
                          and ctx.gazetteer_label(m) in ctx.gaz.institution_country]
                seats = [ctx.seat(m) for m in seated]
                # "BUSAN, South Korea - ... at South Korea meeting": the country the story is filed
                # from, named before a meeting of others, is where it is held
                filed = ctx.dateline_country()
                named = set(mods)
                seated += [m for m in named if len(named) == 1 and isinstance(m, MentionRef) and filed is not None
                           and ctx.kind(m) == "country" and ctx.gazetteer_label(m) == filed.label]
                seats += [m for m in seated if m not in seats and ctx.kind(m) == "country"]
                subjects_all = subjects + poss + [m for m in mods if m not in seated] \
                    + prep_objects(ctx, head, ("between", "with", "among")) \
                    + (prep_objects(ctx, tok, ("between", "with", "among")) if tok.i != head.i else []) \
                    + (prep_objects(ctx, verb, ("with",)) if verb is not None and head.dep_ == "dobj"
                       and verb.lemma_ in ("hold", "have", "conduct") else [])   # "held talks in Moscow with X"
                subjects_all += _joined_by(ctx, [head] + ([verb] if verb is not None else []))
                if not subjects_all:   # "Leaders of the Group of 20 adopted ... at their summit": the body's
                    subjects_all = _members_of_clause(ctx, head)
                if head.lemma_.lower() in DEAL_NOUNS:   # "its acquisition of Activision": the one bought too
                    subjects_all += prep_objects(ctx, head, ("of",), kinds={"institution"}) + [
                        r for c in head.children if c.dep_ == "appos"   # (the parser hangs "games maker Zento
                        for r in ctx.np_refs(c, kinds={"institution"})]   # Corp" on the acquisition)
                if head.dep_ == "nsubj" and head.head.lemma_.lower() in ("include", "involve"):
                    # "the talks also included Barnea and Al Thani"
                    subjects_all += verb_objects(ctx, head.head, kinds={"person", "country", "institution"})
                host, around_word = None, None
                if head.dep_ == "pobj" and head.head.lower_ in ("during", "after", "following", "at") \
                        and head.head.head.pos_ in ("VERB", "AUX"):
                    host, around_word = head.head.head, head.head.lower_
                elif head.dep_ == "pobj" and head.head.lower_ == "at" and head.head.head.dep_ == "dobj" \
                        and head.head.head.head.pos_ in ("VERB", "AUX"):
                    # "made a surprise appearance at an Arab League summit on Friday": who made it
                    # took part, and when is when
                    host, around_word = head.head.head.head, "at"
                    anchors = [*anchors, host]
                elif head.dep_ == "nsubj" and head.head.dep_ == "advcl" and head.head.head.pos_ in ("VERB", "AUX"):
                    # "agreed to restore ties after talks in Beijing mediated by China", parsed as a clause
                    around_word = next((c.lower_ for c in head.head.children if c.dep_ == "mark"
                                        and c.lower_ in ("during", "after", "following")), None)
                    host = head.head.head if around_word else None
                # (the parties a noun names in full: "the Trump-Putin meeting", "talks between X and Y")
                named = sum(ctx.kind(r) == "person" for r in _unique(
                    poss + mods + prep_objects(ctx, head, ("between",)) + prep_objects(ctx, tok, ("between",))))
                if host is not None and name == "Meeting" and not headline_plan(host) and named < 2:
                    # "Putin presenting Xi with ice cream during a 2019 meeting", "Erdogan made the
                    # announcement after talks with Niinisto": who acts around the meeting took part
                    # (not who plans something after it, nor around a meeting of two others named:
                    # "Zelenskiy to visit Washington after Trump-Putin meeting")
                    around = verb_subjects(ctx, host)[0]
                    up = host
                    while not any(ctx.kind(r) == "person" for r in around) and up.dep_ in ("acl", "xcomp") \
                            and up.i != up.head.i:
                        # "agreed to back Sweden's bid to join the alliance after talks with X":
                        # who agreed, up the clauses the parser hung "after" under
                        up = up.head if up.head.pos_ in ("VERB", "AUX") else up.head.head
                        if up.pos_ not in ("VERB", "AUX"):
                            break
                        around = verb_subjects(ctx, up)[0]
                    if around_word == "during":
                        around = around + verb_objects(ctx, host, possessors=False)
                    # ("Iran and Saudi Arabia agreed to restore ties after talks in Beijing": countries
                    # too, unless the meeting's own people are named: "during a meeting between X and Y")
                    kinds = ("person",) if any(ctx.kind(r) == "person" for r in subjects_all) else ("person", "country")
                    subjects_all += [r for r in around if ctx.kind(r) in kinds]
                agents = subjects_all
            elif frame == "term":   # "Ouattara won a fourth term": an election won, and only that
                named = any(t.i != tok.i and any(e[0] == "Event:Election" for e in trigger_entries(ctx, t))
                            for t in tok.sent)   # ("won a third term ..., in an election in which": that one's)
                if verb is None or head.dep_ != "dobj" or verb.lemma_.lower() not in TERM_VERBS or named:
                    continue
                agents, targets = subjects, []
            else:  # svo nouns: "Russia's invasion of Ukraine", "the invasion of Ukraine by Russia"
                # ("a fine imposed by the European Commission": who imposed it)
                agents = poss + mods + prep_objects(ctx, head, ("by",)) + subjects + [
                    r for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN" for r in prep_objects(ctx, c, ("by",))]
                if verb is not None and head.dep_ == "dobj" and head.lemma_.lower() in PAID_NOUNS \
                        and verb.lemma_.lower() in PAYING_VERBS:   # "Apple paid a fine": who was fined
                    agents = [a for a in agents if a not in subjects]
                    targets_paid = subjects
                elif head.lemma_.lower() in PAID_NOUNS and head.dep_ == "pobj" and head.head.lower_ == "against" \
                        and (appeal := _appeal(head.head.head)) is not None:
                    # "Google lost its appeal against a fine imposed by the Commission": the appellant's
                    targets_paid = [r for c in appeal.children if c.dep_ == "poss" for r in ctx.np_refs(c)] or (
                        verb_subjects(ctx, appeal.head)[0] if appeal.head.pos_ in ("VERB", "AUX") else [])
                else:
                    targets_paid = []
                # ("attacks in Riyadh" happened there: "in" names a military action's place, not its target)
                targets = targets_paid + prep_objects(ctx, head, ("of", "into", "against", "on"),
                                                      kinds={"country", "institution", "person"})
                if name != "MilitaryAction":   # ("under house arrest in Brasilia": a place, not who was hit)
                    targets += prep_objects(ctx, head, ("in",), kinds={"institution", "person"})
                if tok.i != head.i and head.lemma_.lower() in QUANTITY_NOUNS:   # "a package of sanctions on Moscow"
                    targets += [r for r in prep_objects(ctx, tok, ("against", "on"),
                                                        kinds={"country", "institution", "person"}) if r not in targets]
                if not targets and head.lemma_.lower() in TERRITORY_ACTS:
                    # "since the Ukraine invasion": a country named before an act on a territory
                    # is the territory ("the Russian invasion", a demonym, is who did it)
                    named = [r for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                             for r in ctx.np_refs(c, kinds={"country"})]
                    agents, targets = [a for a in agents if a not in named], named
                if verb is not None and verb is not head:   # "a lawsuit was filed against Apple"
                    targets += prep_objects(ctx, verb, ("against",), kinds={"country", "institution", "person"})
                    if produces == "Event:LegalAction" and head.dep_ == "dobj":   # "launched a probe into Meta"
                        targets += prep_objects(ctx, verb, ("into",), kinds={"country", "institution", "person"})
                    if name == "MilitaryAction" and (head.dep_ == "dobj" or verb.lemma_.lower() in RESPOND_VERBS):
                        # "launched a ground offensive into Lebanon", "responded with fire into Lebanon"
                        targets += prep_objects(ctx, verb, ("into", "on"), kinds={"country", "institution"})
                if name == "MilitaryAction" and verb is not None and head.dep_ == "nsubj" \
                        and verb.lemma_.lower() in HARM_VERBS:
                    # "an Israeli air strike destroyed the consular section of Iran's embassy"
                    targets += [r for t in _harmed(verb) for c in t.children if c.dep_ == "poss"
                                for r in ctx.np_refs(c, kinds={"country", "institution"})]
                if verb is not None and head.dep_ == "pobj" and verb.lemma_.lower() in HARM_VERBS | CAPTURE_VERBS:
                    hit, passive_hit = verb_subjects(ctx, verb)
                    if passive_hit:   # "Nasrallah was killed in an Israeli airstrike": whom it hit
                        struck = [r for r in hit if ctx.kind(r) in ("person", "institution", "country")]
                        targets += struck
                if produces == "nkg:supports":   # "voiced support for Ukraine"
                    actors = {"country", "institution", "person"}
                    targets += prep_objects(ctx, head, ("for",), kinds=actors) or [   # "support for Russia's industry"
                        r for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
                        if g.dep_ == "pobj" and g.pos_ == "NOUN" for c in g.children if c.dep_ == "poss"
                        for r in ctx.np_refs(c, kinds=actors)]
                if produces == "Event:LegalAction" and head.lemma_.lower() not in INQUIRY_NOUNS:
                    # "Toledo's arrest", "his extradition": the possessor is the target (but "the
                    # SEC's probe into Columbia", "Apple's lawsuit against Epic": who acts)
                    agents = [a for a in agents if a not in poss]
                    targets = poss + targets + [   # "the arrest in absentia of X", the parser hanging "of" on "absentia"
                        r for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                        if g.dep_ == "pobj" for r in prep_objects(ctx, g, ("of",), kinds={"person", "institution"})]
                if name == "Election":
                    agents += [r for r in _winner_of(ctx, head) if r not in agents]
        if kind == "Event":
            if frame == "sym":
                extra = []
                receiving = is_verb and tok.lemma_.lower() in HOST_VERBS | {"greet"}
                if receiving and not targets:
                    continue   # "welcomed the report", "hosted a dinner": no guest, no meeting
                if receiving and tok.lemma_.lower() == "receive" and not any(ctx.kind(a) == "person" for a in agents):
                    continue   # "Russia received Krasikov" in a prisoner swap: a person receives guests
                if is_verb:   # (a host receives no one "with": "greeted by crowds, with X among them")
                    extra = prep_objects(ctx, tok, ("alongside", "by") if receiving else ("with", "alongside", "by"))
                    extra += _joined_by(ctx, [tok]) + _hosts_of_setting(ctx, tok)
                if is_verb and name == "Agreement":   # "Nippon Steel agreed to buy U.S. Steel": the other party
                    extra += [r for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in DEAL_VERBS
                              for r in verb_objects(ctx, c, kinds={"institution"}, possessors=False)
                              + prep_objects(ctx, c, ("with",), kinds={"institution"})]
                if is_verb and tok.lemma_.lower() == "shake":   # "Trump and Kim shook hands": only hands
                    if not any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in tok.children):
                        continue
                    targets = prep_objects(ctx, tok, ("with",))
                if is_verb and name == "Meeting":   # "Leaders of the Group of Seven met in Hiroshima"
                    # (and "Leaders of the Group of Seven wealthy democracies", the body named before a noun)
                    kinds = {"institution", "country"}
                    extra += [r for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in MEMBER_NOUNS
                              for r in prep_objects(ctx, c, ("of",), kinds=kinds) or [
                                  r for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for g in p.children if g.dep_ == "pobj" for x in g.children
                                  if x.dep_ in ("nmod", "compound") for r in [ctx.token_ref(x, kinds=kinds)]
                                  if r is not None]]
                people = _unique([*agents, *targets, *extra])
                if is_verb and tok.lemma_.lower() in EMBRACE_VERBS and not (
                        targets and all(ctx.kind(r) == "person" for r in people)):
                    continue   # "Modi embraced Putin" met him; "embraced the plan", "Germany embraced" no one
                if is_verb and tok.lemma_.lower() in CONVERSE_VERBS:
                    # "Scholz spoke with Putin", "Biden sat down with Xi": only persons and
                    # countries, only through "with" ("spoke to reporters", "spoke with CNN" are not
                    # meetings), and "sit" only with "down"
                    if tok.lemma_.lower() == "sit" and not any(c.dep_ == "prt" and c.lower_ == "down"
                                                               for c in tok.children):
                        continue
                    remote = [g for c in tok.children if c.dep_ == "prep" for g in c.children
                              if g.dep_ == "pobj" and g.lemma_.lower() in REMOTE_NOUNS]   # "by phone with X"
                    partners = [*prep_objects(ctx, tok, ("with",)),
                                *[r for g in remote for r in prep_objects(ctx, g, ("with",))]]
                    aside = remote or any(g.dep_ == "pobj" and g.lemma_.lower() in SIDELINE_NOUNS
                                          for c in tok.children if c.dep_ == "prep" for g in c.children)
                    if not partners and not aside and any(c.dep_ == "nsubj" and c.pos_ == "PROPN"
                                                          for c in tok.children):
                        continue   # "McConnell and Campbell spoke" (each to the press); "the two spoke" is a
                        #            talk, and so is "Xi and Modi spoke on the sidelines of the summit"
                    people = _unique([*subjects, *partners])
                    if any(ctx.kind(r) not in ("person", "country") for r in people):
                        continue
                if name == "Agreement" and not _agreement_frame(tok, verb, is_verb, len(people)):
                    continue
                hosted = not is_verb and _hosted_gathering(ctx, tok, head, verb, people)
                if len(people) < (1 if name == "Agreement" or _members_gathering(ctx, tok, is_verb, people)
                                  or hosted else 2):
                    continue   # "Acme signed a deal" is one; "the NATO summit in Vilnius" one body's
                loc = event_place(ctx, [tok] + ([verb] if verb is not None and verb is not tok else [])
                                + _purpose_head(tok) + _participle_after(tok),
                                objects=tok.lemma_.lower() not in TOPIC_VERBS, topics=True)
                if loc is None and not is_verb and seats:
                    loc = seats[0]
                if is_verb and (leg := _leg_place(ctx, tok)) is not None:
                    loc = leg   # (the journey's first place is the first meeting's)
                if loc is None and is_verb and tok.dep_ == "conj" and tok.head.pos_ == "VERB" \
                        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                    # "met the returning Russians at Vnukovo airport in Moscow and embraced
                    # Krasikov": the same subject, there and then
                    loc = event_place(ctx, [tok.head], topics=True)
                for people in _separate_meetings(ctx, tok, head if not is_verb else tok, people) if name == "Meeting" \
                        else [people]:
                    ev = _event(ctx, name, tok, [], [], people, loc, anchors, "hosted-summit" if hosted else
                                f"{'verb' if is_verb else 'noun'}-{name.lower()}", 0.7 if hosted else
                                0.85 if is_verb else 0.75)
                    events.append(ev)
                    if not is_verb and name == "Meeting" and loc is not None and verb is not None \
                            and verb.lemma_ == "be" and head.dep_ == "pobj" and head.head.lower_ == "for":
                        # "Zelenskyy, who was in Poland for talks with Tusk": he came there for them
                        present = [r for r in subjects if ctx.kind(r) == "person"]
                        if present:
                            events.append(_event(ctx, "Visit", tok, present, [], [], loc, anchors, "present-for", 0.7))
                    if is_verb and name == "Meeting" and loc is not None and tok.lemma_.lower() in HOST_VERBS:
                        # "Putin welcomed Xi to the Kremlin on Monday": the guest came there
                        # ("Kishida was welcomed by Biden at the White House": the passive's subject)
                        guests = [r for r in targets if ctx.kind(r) == "person" and r not in agents]
                        if guests:
                            events.append(_event(ctx, "Visit", tok, guests, [], [], loc, anchors, "hosted-visit", 0.75))
                    signers = [r for r in subjects if ctx.kind(r) == "person"] if is_verb and name == "Agreement" else []
                    if len(signers) >= 2 and loc is not None:
                        # "Sunak and Biden signed a partnership in Washington": signing together, in
                        # one place, is meeting
                        hosts = [r for r in _hosts_of_setting(ctx, tok) if ctx.kind(r) == "person" and r not in signers]
                        ev = _event(ctx, "Meeting", tok, [], [], signers + hosts, loc, anchors, "joint-signing", 0.8)
                        events.append(ev)
                    if ev.type == "Meeting" and tok.lemma_.lower() not in ("call", "conversation") \
                            and not (ev.planned and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENDING) \
                            and not _remote(tok) and not (verb is not None and _remote(verb)):
                        # parties to an agreement, or to a phone call, need not have met; nor those
                        # who only agreed or plan to meet ("had agreed to meet in Budapest"), unlike
                        # those the story says will meet
                        facts += _met_facts(ctx, ev.participants, ctx.evidence(sent, "meeting-participants", 0.85),
                                            hosts=agents if receiving else ())
            elif frame in ("visit", "delegation"):
                if not is_verb:   # "a three-day trip that also took him to Chongqing and Shanghai"
                    for carry in (c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in ("take", "bring")):
                        carried = verb_objects(ctx, carry, kinds={"person"}, possessors=False)
                        for place in prep_objects(ctx, carry, ("to",), kinds=PLACE_KINDS) if carried else []:
                            events.append(_event(ctx, name, tok, carried, [], [], place, [carry], "noun-visit", 0.7))
                visitors = [a for a in agents if ctx.kind(a) == "person"]
                if is_verb and tok.lemma_.lower() == "fly" and any(ctx.kind(r) == "person" for r in objects):
                    visitors = [r for r in objects if ctx.kind(r) == "person"]   # "Macron had flown him to Japan"
                if is_verb and tok.lemma_.lower() == "leave":   # "left Pyongyang for Vietnam": the place
                    places = prep_objects(ctx, tok, ("for",), kinds=PLACE_KINDS)   # left for, not the one left
                    if not places or not visitors:
                        continue
                    events.append(_event(ctx, name, tok, visitors, [], [], places[0], anchors, "verb-visit", 0.75))
                    continue
                loc = event_place(ctx, [tok] + ([verb] if verb is not None and verb is not tok else []),
                                ("to", "in", "at"))
                if loc is None and is_verb:
                    places = verb_objects(ctx, tok, kinds=PLACE_KINDS)
                    things = [c for c in tok.children if c.dep_ == "dobj"]
                    if things and all(c.pos_ == "NOUN" and c.lemma_.lower() not in PLACE_NOUNS | PLACE_PART_NOUNS
                                      and not any(g.dep_ == "poss" for g in c.children) for c in things):
                        # "visited the U.S. aircraft carrier George Washington": a thing seen (but
                        # "visited Kenya's biggest shantytown" is in Kenya)
                        places = []
                    loc = places[0] if places else None
                elif loc is None and head.dep_ == "pobj" and head.head.lower_ in ("after", "following") \
                        and head.head.head.lemma_.lower() in DEPART_VERBS:
                    # "Kim has left Russia after a six-day visit": the place left is the place visited
                    places = verb_objects(ctx, head.head.head, kinds=PLACE_KINDS)
                    loc = places[0] if places else None
                if not visitors:
                    continue
                if loc is None and is_verb and tok.lemma_.lower() in MOTION_VERBS - {"visit"}:
                    continue   # "had flown in from Azerbaijan": a journey to nowhere named is no visit
                if is_verb and tok.lemma_.lower() == "head" and not prep_objects(ctx, tok, ("to", "for"),
                                                                                 kinds=PLACE_KINDS):
                    continue   # "headed to Beijing" is a journey, "heads the team in Geneva" none
                # "travelled to Serbia and Hungary": a visit to each ("to Paris ... and then to Warsaw" too)
                places = prep_objects(ctx, tok, ("to",), kinds=PLACE_KINDS) if is_verb else []
                legs = {ref: leg for leg, ref in _onward_legs(ctx, tok) if ref not in places} \
                    if is_verb and loc in places else {}
                places += list(legs)
                for place in places if loc in places and len(places) > 1 else [loc]:
                    # (a later leg of the journey is on a day of its own: "and then to Warsaw")
                    events.append(_event(ctx, name, tok, visitors, [], [], place,
                                         [legs[place]] if place in legs else anchors,
                                         f"{'verb' if is_verb else 'noun'}-visit", 0.8 if is_verb else 0.7))
            else:
                # ("launched a drone attack on Sunday against Russian air bases": the parser hangs
                # "against" on the verb that launched it)
                launched = [verb] if not is_verb and verb is not None and verb.lemma_ in LIGHT_VERBS \
                    and head.dep_ == "dobj" else []
                owners = _armed_owners(ctx, [head, *launched] if not is_verb else [], tok if is_verb else None) \
                    if name == "MilitaryAction" else []   # "launched strikes against Houthi targets", "hit Russian positions"
                targets = [*targets, *owners]
                agents_ = [a for a in agents if ctx.kind(a) in ACTOR_KINDS]
                targets_ = [t for t in targets if t not in agents_]
                if name == "LegalAction" and is_verb:   # "Russia detains Wall Street Journal reporter":
                    targets_ = [t for t in targets_ if t not in _members_bodies(ctx, tok)]   # the reporter
                lost_to = verb is not None and verb.lemma_.lower() == "lose"
                if name == "Election" and not is_verb and (lost_to or tok.dep_ == "compound"
                                                           and tok.head.lemma_.lower() in ("defeat", "loss")):
                    # "his 2022 election defeat", "The Conservatives lost dozens of seats in Thursday's
                    # election": who lost is no winner; "lost the 2022 election to Lula": the one lost to is
                    winners = [r for r in prep_objects(ctx, verb, ("to",), kinds={"person", "institution"})
                               if r not in agents_] if lost_to else []
                    agents_, targets_ = winners, [*agents_, *(t for t in targets_ if t not in agents_ + winners)]
                if name == "Election" and not agents_ and not targets_ and verb is not None \
                        and verb.lemma_.lower() in ("win", "lose", "sweep"):
                    # "Moldova's ruling party won a majority in Sunday's parliamentary election": a
                    # winner named by its country only tells where the vote was held
                    # ("Argentine President Javier Milei's party won": the country of the party's owner)
                    targets_ = [r for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                                for g in c.subtree if g.i < c.i
                                for r in [ctx.token_ref(g, kinds={"country"}, demonyms=True)] if r is not None][:1]
                if not agents_ and not targets_:
                    continue
                if name == "MilitaryAction" and targets_ and all(ctx.kind(t) == "person" for t in targets_) \
                        and not struck:
                    continue   # "Bush attacked Kerry": words, not arms (the lexicon's criticized covers it)
                if name == "LegalAction" and tok.lemma_.lower() == "investigate" and not targets_:
                    continue   # "Royal Mail says it is investigating the situation": no one acted against
                if not is_verb and frame in ("svo", "armed") and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" \
                        and name != "Election" and not trigger_entries(ctx, tok.head):
                    continue   # "the Cuba detention camp", "an attack helicopter": a kind of thing, no act
                loc = event_place(ctx, [tok] + ([verb] if verb is not None and verb is not tok else []),
                                  ("in", "at", "across", *NEAR_PREPS) if name == "MilitaryAction" else ("in", "at"))
                if loc is None and name == "LegalAction":   # "a Moscow court sentenced", "Paris prosecutors charged"
                    # (and "was sentenced ... after a Paris court found him guilty")
                    acts = [verb or tok] + [c for c in (verb or tok).children if c.dep_ == "advcl"]
                    if (verb or tok).dep_ == "conj":   # "A Paris court found Le Pen guilty and barred her"
                        acts.append((verb or tok).head)
                    loc = next((ref for a in acts for c in a.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                                for g in c.children if g.dep_ == "compound"
                                for ref in [ctx.token_ref(g, kinds={"place"})] if ref is not None), None)
                if loc is None and name == "MilitaryAction" and is_verb:   # "attacked the city of Kherson"
                    loc = _attacked_place(ctx, tok)
                elif loc is None and name == "MilitaryAction":   # "Russia's attack on Kyiv", "launched strikes on Gaza"
                    # ("Israel's ground invasion of Gaza": a place invaded is where)
                    # ("its largest missile attacks of the war on Kyiv": the parser hangs the place on the war)
                    wars = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                            if g.dep_ == "pobj" and g.lemma_.lower() in ("war", "conflict")]
                    loc = next(iter(prep_objects(ctx, tok, ("on", "against", "of", "into"), kinds={"place"})
                                    or [r for w in wars for r in prep_objects(ctx, w, ("on", "against"),
                                                                                kinds={"place"})]
                                    or (prep_objects(ctx, verb, ("on", "against"), kinds={"place"})
                                        if verb is not None and verb is not tok else [])
                                    # "a strike on a children's hospital in Kyiv", "the bombing of the
                                    # embassy in Belgrade": where the thing hit is
                                    or [r for t in (tok, verb) if t is not None for p in t.children
                                        if p.dep_ == "prep" and p.lower_ in ("on", "against", "of")
                                        and (p.lower_ != "of" or t is tok)
                                        for g in p.children if g.dep_ == "pobj" and _armed_object(g, tok)
                                        for r in prep_objects(ctx, g, ("in", *NEAR_PREPS),
                                                              kinds={"place", "country"})]),
                               None)   # ("air strikes on rebel positions around Hama")
                if loc is None and name == "MilitaryAction" and not is_verb and verb is not None \
                        and (head.dep_ == "nsubj" or verb.lemma_.lower() in CAPTURE_VERBS):
                    loc = _attacked_place(ctx, verb)   # "Russian air strikes hit Kyiv", "seized X in an offensive"
                if frame == "armed" and not owners and not _armed(ctx, tok, is_verb, loc):
                    continue   # "attacked Labour's pledges", "a charm offensive", "struck a deal" (but "air
                    #            strikes on RSF positions" hit a force's sites)
                if name == "Election" and tok.dep_ == "compound" and tok.head.lemma_.lower() not in ELECTION_HAPPENED:
                    continue   # "the election campaign", "an election issue": no election reported
                if name == "Election" and verb is not None:   # the loser: "defeated X in", "won ..., beating X"
                    beaten = [v for v in (verb, *verb.children) if v.lemma_.lower() in CONTEST_VERBS
                              and (v is verb or v.dep_ == "advcl" and v.tag_ == "VBG")]
                    targets_ += [r for v in beaten for r in verb_objects(ctx, v, kinds={"person", "institution"})
                                 if r not in targets_ and r not in agents_]
                if name == "Election" and is_verb and tok.lemma_.lower() in ("elect", "re-elect", "reelect"):
                    # "voters elected Novak", "Novak was elected president": who is elected won it
                    elected = [t for t in targets_ if ctx.kind(t) == "person"]
                    voters = [r for c in tok.children if c.dep_ == "nsubj"   # "voters in Taiwan elected Lai"
                              for r in prep_objects(ctx, c, ("in",), kinds={"country"})]
                    agents_, targets_ = elected, [a for a in agents_ + targets_ + voters if ctx.kind(a) == "country"]
                    if not agents_:
                        continue
                base = tok if is_verb else verb
                if name == "Election" and base is not None:   # "winning a landslide victory over X"
                    wins = [v for v in (base, *base.children) if v.lemma_.lower() in WIN_VERBS | {"claim"}
                            and (v is base or v.dep_ == "advcl")]
                    targets_ += [r for v in wins for o in v.children if o.dep_ == "dobj"
                                 and o.lemma_.lower() in ("victory", "win")
                                 for r in prep_objects(ctx, o, ("over",), kinds={"person", "institution"})
                                 if r not in targets_ and r not in agents_]
                if name == "Election":   # "Turkey's election": held in the country, not by it
                    held = [a for a in agents_ + targets_ if ctx.kind(a) == "country"]
                    if not held and (country := _party_country(ctx, verb if verb is not None else tok)) is not None:
                        held = [country]
                    loc = loc or (held[0] if held else None)
                    agents_ = [a for a in agents_ if a not in held]
                    targets_ = [t for t in targets_ if t not in held]
                ev = _event(ctx, name, tok, agents_, targets_, held if name == "Election" else courts, loc, anchors,
                            "noun-term" if frame == "term" else f"{'verb' if is_verb else 'noun'}-{name.lower()}",
                            0.8 if is_verb else 0.7)
                events.append(ev)
                if name == "Election" and not is_verb:
                    facts += _elected_leader(ctx, tok, ev)
        elif kind == "nkg":
            if is_verb and not targets and not passive:
                targets = _modifier_countries(ctx, tok)
            for a in agents:
                for t in targets:
                    if a == t:
                        continue
                    if name == "invaded" and not (ctx.kind(a) == "country" and ctx.kind(t) == "country"):
                        continue
                    if name == "criticized" and tok.lemma_ == "attack" and not (
                            ctx.kind(t) == "person" or ctx.kind(t) == "institution" and ctx.kind(a) == "person"):
                        continue   # attacking a country or a town is military, not criticism
                    facts.append(RawFact(a, name, t, ctx.evidence(
                        sent, f"{'verb' if is_verb else 'noun'}-{name}", 0.8 if is_verb else 0.7)))
    return events, facts


def _party_country(ctx: DocContext, verb: Token) -> Ref | None:
    """The country whose possessive stands before the body that is the subject of an election
    verb: "South Korea's Democratic Party won the election", "Greenland's opposition Democrats
    won the island's parliamentary election" were held there."""
    return next((r for c in verb.children if c.dep_ == "nsubj" and ctx.token_ref(c, kinds={"institution"})
                 for p in c.children if p.dep_ == "poss"
                 for r in [ctx.token_ref(p, kinds={"country"})] if r is not None), None)


#: Words that make talks with several partners several talks: "held bilateral talks with A, B and C".
SEPARATE_WORDS = frozenset({"bilateral", "separate", "separately", "individual", "one-on-one", "one-to-one"})


#: Verbs of a body's members coming together: "NATO leaders met", "ASEAN ministers gathered".
GATHER_VERBS = frozenset({"meet", "gather", "convene"})
#: Nouns for the people who speak for a body at its gatherings: "NATO leaders met in Vilnius".
MEMBER_NOUNS = frozenset({"leader", "minister", "head", "member", "delegate", "envoy", "representative"})


#: Verbs that take aid away or keep it back: "cut aid to South Africa", "froze military aid".
WITHHOLD_VERBS = frozenset({"cut", "suspend", "freeze", "halt", "withhold", "withdraw", "end", "stop", "block",
                            "pause", "slash", "reduce", "delay", "deny", "cancel", "scrap"})
#: Verbs whose subject is given what their object names: "won a new aid package".
RECEIVE_VERBS = frozenset({"win", "receive", "secure", "get", "obtain", "accept"})

#: Nouns of a part of an event's time: "the start of the summit on Saturday" is the summit's day.
PHASE_NOUNS = frozenset({"start", "beginning", "opening", "end", "close", "conclusion", "eve"})


def _members_of_clause(ctx: DocContext, noun: Token) -> list[Ref]:
    """The body whose members are the subject of the clause a noun's "their" points to:
    "Leaders of the Group of 20 adopted a declaration at the start of their summit" -> the G20."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    kinds = {"institution"}
    return [r for c in (verb.children if verb is not None else ()) if c.dep_ == "nsubj"
            and c.lemma_.lower() in MEMBER_NOUNS for r in prep_objects(ctx, c, ("of",), kinds=kinds)]


def _members_gathering(ctx: DocContext, tok: Token, is_verb: bool, people) -> bool:
    """Whether a meeting of one party is an international body's own gathering: "the NATO
    summit in Vilnius", "the EU held a summit", "NATO leaders met in Vilnius" (a company's
    summit, or a national body's, is not such a meeting)."""
    label = ctx.gazetteer_label(people[0]) if len(people) == 1 and ctx.kind(people[0]) == "institution" else None
    if label is None or label in ctx.gaz.institution_country:
        return False   # only international bodies the data knows (NATO, the G20, ASEAN)
    if not is_verb:
        return tok.lemma_.lower() == "summit"
    return tok.lemma_.lower() in GATHER_VERBS and any(c.dep_ == "nsubj" and c.lemma_.lower() in MEMBER_NOUNS
                                                for c in tok.children)


def _joined_by(ctx: DocContext, toks: list[Token]) -> list[Ref]:
    """Who a participle says joined a meeting: "held talks at the Elysee Palace, joined by
    Ursula von der Leyen"."""
    return [r for t in toks for c in t.children if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN"
            and c.lemma_.lower() == "join" for r in prep_objects(ctx, c, ("by",))]


def _hosts_of_setting(ctx: DocContext, verb: Token) -> list[Ref]:
    """Who hosted the occasion a meeting or signing was held at: "signed a peace agreement ...
    in a ceremony hosted by President Donald Trump", "met at a dinner hosted by Macron"."""
    return [r for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
            for g in p.children if g.dep_ == "pobj" for a in g.children
            if a.dep_ == "acl" and a.lemma_.lower() in HOST_VERBS
            for r in prep_objects(ctx, a, ("by",), kinds={"person", "country", "institution"})]


def _hosted_gathering(ctx: DocContext, tok: Token, head: Token, verb: Token | None, people) -> bool:
    """Whether a meeting of one party is a summit that party hosted: "Ramaphosa, who hosted the
    summit in Johannesburg" took part in it, whoever else came."""
    return len(people) == 1 and ctx.kind(people[0]) in ("person", "country") \
        and tok.lemma_.lower() == "summit" and head.dep_ == "dobj" and verb is not None \
        and verb.lemma_.lower() == "host"


def _separate_meetings(ctx: DocContext, tok: Token, head: Token, people: tuple[Ref, ...]) -> list[tuple[Ref, ...]]:
    """The groups who met: "Modi held bilateral talks with Biden, Sunak and Kishida" and "Blinken
    met separately with Lavrov and Wang" are one meeting of the host with each partner, not one
    of all of them; any other meeting is the one group ``people``."""
    if not any(c.lower_ in SEPARATE_WORDS and c.dep_ in ("amod", "advmod") for t in (tok, head) for c in t.children):
        return [people]
    partners = [r for r in prep_objects(ctx, head, ("with",)) if r in people]
    hosts = [r for r in people if r not in partners]
    if len(hosts) != 1 or len(partners) < 2:
        return [people]
    return [(hosts[0], p) for p in partners]


def _name_words(ctx: DocContext, ref: Ref) -> set[str]:
    """The lower-case words of what a ref is called (the data's name, else the text's)."""
    return set((ctx.gazetteer_label(ref) or ctx.mention_text(ref)).lower().split())


def _is_court(ctx: DocContext, tok: Token) -> bool:
    """Whether a subject is a court or a judge: "The International Court of Justice", "a
    Peruvian judge", "the tribunal"."""
    if tok.lemma_.lower() in COURT_WORDS | BENCH_NOUNS or any(
            t.dep_ == "compound" and t.lemma_.lower() in BENCH_NOUNS for t in tok.lefts):   # "Judge Juan Merchan"
        return True
    return any(COURT_WORDS & _name_words(ctx, r) for r in ctx.np_refs(tok, kinds={"institution"}))


def _courts(ctx: DocContext, tokens: list[Token], preps: tuple[str, ...]) -> list[Ref]:
    """Courts and tribunals named through ``preps`` on any of ``tokens``: "a case at the
    International Court of Justice", "took Israel to the ICJ"."""
    return [r for t in tokens for r in prep_objects(ctx, t, preps, kinds={"institution"})
            if COURT_WORDS & _name_words(ctx, r)]


def _winner_of(ctx: DocContext, election: Token) -> list[Ref]:
    """The person called the winner of an election: "declared Maduro the winner of Sunday's
    election", "Maduro, the winner of the election", "Maduro was the winner of the election"."""
    if not (election.dep_ == "pobj" and election.head.lower_ == "of"
            and election.head.head.lemma_.lower() in ("winner", "victor")):
        return []
    noun = election.head.head
    if noun.dep_ == "appos":
        named = [noun.head]
    elif noun.dep_ == "attr":
        named = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif noun.dep_ in ("oprd", "ccomp", "xcomp", "dobj"):   # "declared X the winner" (parsed in many ways)
        named = [c for c in noun.head.children if c.i < noun.i and c.dep_ in ("dobj", "ccomp", "nsubjpass")]
    else:
        named = []
    return [r for t in named for r in ctx.np_refs(t, kinds={"person", "institution"})]


#: Verbs whose subject is the winner of the election that is their object.
WIN_VERBS = frozenset({"win", "secure", "clinch"})


def _elected_leader(ctx: DocContext, tok: Token, ev: RawEvent) -> list[RawFact]:
    """"Lula won Brazil's presidential election": the winner of a country's presidential
    election leads it. Only a presidential election names the office, only the subject of
    "win" is the winner, and an election dated before the article's year gives nothing."""
    if not any(c.dep_ in ("amod", "compound") and c.lower_ == "presidential" for c in tok.children):
        return []
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in WIN_VERBS or ev.location is None \
            or ctx.kind(ev.location) != "country":
        return []
    year = ctx.article.date.year if ctx.article.date else None
    if ev.date is not None and year is not None and int(ev.date.value[:4]) < year:
        return []
    country = ev.location.label if isinstance(ev.location, EntityRef) else ctx.gazetteer_label(ev.location)
    if not ctx.gaz.leads_in("president", country):
        return []   # "won Portugal's presidential election": a parliamentary republic's president
    return [RawFact(a, "leaderOf", ev.location, ctx.evidence(tok.sent, "election-winner", 0.7))
            for a in ev.agents if ctx.kind(a) == "person" and a in verb_subjects(ctx, tok.head)[0]]


#: Participles of backing that join their backer with a hyphen: "the Iran-backed Houthis".
BACKING_PARTICIPLES = frozenset({"backed", "funded", "sponsored", "armed", "supported", "financed"})


def _hyphen_backers(ctx: DocContext) -> list[RawFact]:
    """"The Iran-backed Houthis", "U.S.-funded radio": the actor before the hyphen supports the
    one the participle describes."""
    out = []
    for tok in ctx.doc:
        if tok.lower_ not in BACKING_PARTICIPLES or tok.i < 2 or ctx.doc[tok.i - 1].text != "-" \
                or ctx.doc[tok.i - 1].whitespace_ or tok.dep_ not in ("amod", "compound"):
            continue
        backer = ctx.token_ref(ctx.doc[tok.i - 2], kinds={"country", "institution", "person"}, demonyms=True)
        backed = ctx.token_ref(tok.head, kinds={"country", "institution", "person"})
        if backer is not None and backed is not None and backer != backed:
            out.append(RawFact(backer, "supports", backed, ctx.evidence(tok.sent, "hyphen-backed", 0.75)))
    return out


def _partnerships(ctx: DocContext) -> list[RawFact]:
    """"the China-Russia strategic partnership", "Sino-Russian relations", "X and Y deepen ties"."""
    out = []
    nouns = {"partnership", "alliance", "partner", "ally", "ties", "relationship", "relations", "pact", "axis"}
    for tok in ctx.doc:
        if tok.lemma_.lower() not in nouns and tok.lower_ not in nouns:
            continue
        # "X and Y pledged to deepen their partnership": "their" says the partnership exists
        theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
        if irrealis(tok) and not theirs:
            continue
        refs = []
        for t in tok.subtree:
            if t.i < tok.i and t.i >= tok.left_edge.i:
                r = ctx.token_ref(t, kinds={"country"}, demonyms=True)
                if r is not None and r not in refs:
                    refs.append(r)
        _, verb, subjects, poss, _ = _noun_args(ctx, tok)
        refs += [r for r in subjects if ctx.kind(r) == "country" and r not in refs]
        if theirs and verb is not None:
            refs += [r for r in verb_subjects(ctx, verb)[0] if ctx.kind(r) == "country" and r not in refs]
        # "the partnership between India and the United States", "an alliance with Japan" (a
        # party named with "with" is a partner of the other side, not of its own conjuncts:
        # "Erdogan kept close ties with both Moscow and Kyiv")
        others = []
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("between", "with"):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = [r for r in ctx.np_refs(pobj, kinds={"country"}) if r not in refs]
                        if prep.lower_ == "between":
                            refs += found
                        else:
                            others += [r for r in found if r not in others]
        if others:
            side = [r for r in refs if r not in others]
            out += [RawFact(a, "partnerOf", b, ctx.evidence(tok.sent, "partnership-noun", 0.7))
                    for a in side for b in others]
            refs = side
        # "the United States is Britain's closest ally", "described the United States as Britain's closest ally"
        if tok.lemma_.lower() in ("ally", "partner") and any(ctx.kind(r) == "country" for r in poss):
            refs += [r for r in poss if ctx.kind(r) == "country" and r not in refs]
            if tok.dep_ == "attr" and tok.head.lemma_ == "be":
                subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
                subj = [c for c in tok.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            else:
                subj = []
            for c in subj:
                refs += [r for r in ctx.np_refs(c, kinds={"country"}) if r not in refs]
        if tok.lemma_.lower() in ("ally", "partner") and tok.tag_ == "NNS" and tok.dep_ == "attr" \
                and tok.head.lemma_ == "be" and tok.head.tag_ in ("VBP", "VBZ") \
                and not any(c.dep_ == "neg" for c in tok.head.children):
            # "The Philippines and the United States are treaty allies"
            refs += [r for c in tok.head.children if c.dep_ == "nsubj"
                     for r in ctx.np_refs(c, kinds={"country"}) if r not in refs]
        for a, b in combinations(refs, 2):
            out.append(RawFact(a, "partnerOf", b, ctx.evidence(tok.sent, "partnership-noun", 0.7)))
    return out


def extract_events(ctx: DocContext) -> tuple[list[RawEvent], list[RawFact]]:
    """All events and actor facts of one article."""
    events, facts = [], []
    for tok in ctx.doc:
        ev, fa = _from_trigger(ctx, tok)
        events += ev
        facts += fa
    facts += _partnerships(ctx) + _hyphen_backers(ctx)
    together = _together(ctx, events)
    events += together
    facts += [f for e in together for f in _met_facts(ctx, e.participants, e.evidence)]
    events = _at_gatherings(ctx, _hosted_summits(_meetings_at_dateline(ctx, _meetings_on_visits(ctx, events))))
    events = _meetings_dated_by_visits(ctx, _definite_meetings(ctx, events))
    joined, met = _joined_meetings(ctx, events)
    return events + joined, facts + met + _places_of_seats(ctx, events)


def _met_facts(ctx: DocContext, participants, evidence: Evidence, hosts=()) -> list[RawFact]:
    """``met`` between every two persons among the participants of a meeting, but not between
    two of its ``hosts`` ("Biden and first lady Jill Biden will host Modi": each met Modi)."""
    persons = [r for r in participants if ctx.kind(r) == "person"]
    return [RawFact(a, "met", b, evidence) for a, b in combinations(persons, 2) if not (a in hosts and b in hosts)]


def visits_abroad(ctx: DocContext, events: list[RawEvent], facts: list[RawFact],
                  titled: frozenset[str] = frozenset()) -> list[RawEvent]:
    """"German Chancellor Scholz held talks with Chinese President Xi in Beijing": one who
    meets, in a country not their own, someone of that country (or the country itself) came
    there. Only people the article gives one country, and only where the place's country is
    known. A leader with a bare title and no country (``titled``: "Netanyahu met President Joe
    Biden at the White House") counts as that country's too where the sentence names the seat
    of its government; the visit then has its own rule, ``meeting-titled-abroad``, on which no
    one's office is inferred."""
    country = ctx.country_of
    home: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.predicate in ("leaderOf", "nationality") and ctx.kind(f.object) == "country" \
                and ctx.kind(f.subject) == "person" and (c := country(f.object)) is not None:
            home[ctx.actor_key(f.subject)].add(c)
    # (a visit the article reports itself says it better: "hosted Macron and Tusk in Berlin")
    # (a country it names covers its places; a city, only itself: a trip to Chongqing is not the
    # visit to Beijing)
    # (but an undated one does not hide the date a meeting there gives: "hours before Yoon arrived
    # in Tokyo" ... "Yoon and Kishida agreed on Thursday")
    told: dict[tuple, bool] = {}   # (visitor, place) -> whether a visit told there is dated
    for e in events:
        if e.type == "Visit" and e.location is not None:
            place = country(e.location) if ctx.kind(e.location) == "country" else ctx.actor_key(e.location)
            for key in ((ctx.actor_key(a), place) for a in e.agents):
                told[key] = told.get(key, False) or e.date is not None

    def hidden(key: tuple, dated: bool) -> bool:
        return key in told and (told[key] or not dated)

    out = []
    for e in events:
        where = country(e.location) if e.type == "Meeting" and e.location is not None else None
        if where is None:
            continue
        ones = {p: next(iter(h)) for p in e.participants if ctx.kind(p) == "person"
                and len(h := home.get(ctx.actor_key(p), ())) == 1}
        rule = "meeting-abroad"
        if not any(ones.get(p) == where or ctx.kind(p) == "country" and country(p) == where for p in e.participants):
            if not any(ctx.actor_key(p) in titled for p in e.participants) or not _at_seat(ctx, e, where):
                continue   # no host of that country met them there
            rule = "meeting-titled-abroad"
        ev = ctx.evidence_as(e.evidence, rule, 0.7 if rule == "meeting-abroad" else 0.6)
        out += [RawEvent("Visit", e.trigger, (p,), (), (p,), e.location, e.date, ev)
                for p, c in ones.items() if c != where and not hidden((ctx.actor_key(p), where), e.date is not None)
                and not hidden((ctx.actor_key(p), ctx.actor_key(e.location)), e.date is not None)]
    return out


def _at_seat(ctx: DocContext, e: RawEvent, country: str) -> bool:
    """Whether the sentence of a meeting names the seat of that country's government where it
    was held ("met President Joe Biden at the White House"): its host is then that country's."""
    for tm in ctx.mentions:
        m = tm.mention
        if m.kind == "institution" and e.evidence.start <= m.start < e.evidence.end:
            seat, label = ctx.seat(ctx.ref(tm)), ctx.gazetteer_label(ctx.ref(tm))
            if seat is not None and ctx.gaz.institution_country.get(label) == country \
                    and seat.label == ctx.gazetteer_label(e.location):
                return True
    return False


def _definite_meetings(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """"The meeting on Thursday came hours after ...", "The talks, held at the Kremlin, ...": a
    meeting word with "the" and no party of its own is the meeting the article last reported,
    whose missing day and place it gives."""
    out = list(events)
    for tok in ctx.doc:
        if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in tok.children) \
                or prep_objects(ctx, tok, ("with", "between", "among", "of")) \
                or not any(e[0] == "Event:Meeting" for e in trigger_entries(ctx, tok)) or irrealis(tok):
            continue
        start = ctx.offset + tok.sent.start_char
        earlier = [k for k, e in enumerate(out) if e.type == "Meeting" and e.evidence.start < start]
        if not earlier:
            continue
        k = max(earlier, key=lambda k: out[k].evidence.start)
        last = out[k]
        held = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]   # "the talks, held at ..."
        day = ctx.date_for([tok, *held], tok.sent) if last.date is None else None
        place = event_place(ctx, [tok, *held]) if last.location is None else None
        if day is not None or place is not None:
            out[k] = replace(last, date=last.date or day, location=last.location or place)
    return out


#: "On the sidelines, X met Y": of a gathering the story has named before.
_BARE_SIDELINES = re.compile(r"\bsidelines\b(?!\s+of\b)", re.IGNORECASE)


def _at_gatherings(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """A meeting with no place, reported in the sentence that reports a body's gathering with a
    party of it, was held there and then: "Zelensky was welcomed by Mohammed bin Salman, who
    hosted the summit" (the Arab League summit in Jeddah on Friday). So was one held "on the
    sidelines", said alone, of the last gathering reported before it."""
    gatherings = [g for g in events if g.type == "Meeting" and g.location is not None
                  and any(ctx.kind(p) == "institution" for p in g.participants)]
    out = []
    for e in events:
        if e.type == "Meeting" and e.location is None:
            there = [g for g in gatherings
                     if g.evidence.start == e.evidence.start and set(g.participants) & set(e.participants)]
            if not there and _BARE_SIDELINES.search(e.evidence.sentence):
                last = max((g for g in gatherings if g.evidence.start < e.evidence.start),
                           key=lambda g: g.evidence.start, default=None)
                there = [last] if last is not None else []
            if there:
                e = replace(e, location=there[0].location, date=e.date or there[0].date)
        out.append(e)
    return out


def _hosted_summits(events: list[RawEvent]) -> list[RawEvent]:
    """"Mohammed bin Salman, who hosted the summit": the host took part in the summit the
    article reports, nearest first; its parties, place and date are the host's too. A hosted
    summit the article reports nothing else of stays the host's alone."""
    summits = [e for e in events if e.type == "Meeting" and e.trigger.lower().startswith("summit")
               and e.evidence.rule != "hosted-summit"]
    out = []
    for ev in events:
        others = [e for e in summits if ev.participants[0] not in e.participants] \
            if ev.evidence.rule == "hosted-summit" else []
        if not others:
            out.append(ev)
            continue
        # ("who hosted the summit": the one reported before, if any)
        before = [e for e in others if e.evidence.start <= ev.evidence.start]
        near = max(before, key=lambda e: e.evidence.start) if before else \
            min(others, key=lambda e: abs(e.evidence.start - ev.evidence.start))
        out.append(replace(ev, participants=(*near.participants, *ev.participants),
                           location=ev.location or near.location, date=near.date or ev.date))
    return out


def _joined_meetings(ctx: DocContext, events: list[RawEvent]) -> tuple[list[RawEvent], list[RawFact]]:
    """"Von der Leyen joined the talks", "Mohammed bin Salman hosted the meeting", "Modi and
    Starmer attended": the meeting the article last reported, with more parties (its place and
    date; one who joins or hosts met its people). Only "the talks", "the meeting": "joined talks
    on trade" may be other ones."""
    out, facts = [], []
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if lemma not in ("join", "host", "attend") or tok.pos_ != "VERB" or irrealis(tok):
            continue
        # ("Li Qiang, Modi and Starmer attended": the gathering just reported, said without an object)
        bare = lemma == "attend" and not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp") for c in tok.children)
        # (only a gathering named by its word alone: "attended the Group of Seven summit" is its own)
        if not bare and not any(
                c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in c.children)
                and not any(d.dep_ in ("compound", "amod", "nmod", "poss") for d in c.children)
                and any(e[0] == "Event:Meeting" for e in trigger_entries(ctx, c))
                and not (lemma == "host" and c.lemma_.lower() == "summit")   # (see _hosted_summits)
                for c in tok.children):
            continue
        sent = tok.sent
        start = ctx.offset + sent.start_char
        earlier = [e for e in events if e.type == "Meeting" and e.evidence.start < start]
        joiners = [r for r in verb_subjects(ctx, tok)[0] if ctx.kind(r) in ("person", "country", "institution")]
        if not earlier or not joiners:
            continue
        if bare:   # ("Assad also attended": a gathering, not the welcome reported beside it)
            earlier = [e for e in earlier if any(ctx.kind(p) == "institution" for p in e.participants)] or earlier
        last = max(earlier, key=lambda e: e.evidence.start)
        people = _unique([*last.participants, *joiners])
        if len(people) == len(last.participants):
            continue
        ev = ctx.evidence(sent, "hosted-meeting" if lemma == "host" else "joined-meeting", 0.7)
        out.append(RawEvent("Meeting", tok.text, (), (), people, _narrower(ctx, event_place(ctx, [tok]), last.location),
                            last.date, ev))
        if lemma != "attend":   # (those at one summit need not all have met)
            facts += [RawFact(j, "met", p, ev) for j in joiners
                      if ctx.kind(j) == "person" for p in last.participants if ctx.kind(p) == "person" and p != j]
    return out, facts


def _narrower(ctx: DocContext, place: Ref | None, known: Ref | None) -> Ref | None:
    """The place a later sentence gives a meeting when it is inside the one known before ("talks
    in Malaysia" ... "hosted the talks at his official residence in Putrajaya"), else the known."""
    if place is None or known is None:
        return known if place is None else place
    inside = ctx.kind(place) == "place" and ctx.kind(known) == "country" \
        and ctx.country_of(place) is not None and ctx.country_of(place) == ctx.country_of(known)
    return place if inside else known


def _meetings_at_dateline(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """A meeting the lead of a datelined story reports without a place happened where the
    story was filed: "WOODSIDE, California (AP) - Biden and Xi held talks on Wednesday". Only
    the dateline's sentence and the one after it, which report the news the dateline is for,
    and not a talk by phone or video. An election reported there without a place was held in
    the dateline's country."""
    tm = ctx.dateline()
    if tm is None:
        return events
    sents = list(ctx.doc.sents)
    at = next((i for i, s in enumerate(sents) if s.start <= tm.start < s.end), None)
    if at is None:
        return events
    lead = {s.start_char + ctx.offset for s in sents[at:at + 2]}
    place = ctx.ref(tm) if tm.mention.kind == "place" else \
        EntityRef("country", tm.mention.gazetteer or tm.mention.text)
    country = ctx.dateline_country()
    return [replace(e, location=place) if e.type == "Meeting" and e.location is None and e.evidence.start in lead
            and not REMOTE_NOUNS & set(e.evidence.sentence.lower().split())   # "spoke by phone"
            # "CARACAS - ... declared Maduro the winner of Sunday's election": the country's
            # (not a term won: "WASHINGTON - ... the declaration that Maduro won a third term")
            else replace(e, location=country) if e.type == "Election" and e.location is None and country is not None
            and e.evidence.start in lead and e.evidence.rule != "noun-term"
            else e for e in events]


def _places_of_seats(ctx: DocContext, events: list[RawEvent]) -> list[RawFact]:
    """The country of each known place an event happened at, which the text need not name:
    "hosted Zelenskyy at Chequers" puts the meeting in Buckinghamshire, and the graph should
    say where that is."""
    out, seen = [], set()
    for e in events:
        loc = e.location
        if isinstance(loc, EntityRef) and loc.kind == "place" and loc.label not in seen:
            country = ctx.gaz.place_country.get(loc.label)
            if country and country != loc.label:
                seen.add(loc.label)
                out.append(RawFact(loc, "locatedIn", EntityRef("country", country),
                                   replace(e.evidence, rule="gazetteer", confidence=0.95)))
    return out


#: Verbs done alongside others that say nothing of being in one place ("served alongside him
#: in the cabinet", "fought alongside Ukrainian forces").
_NOT_TOGETHER = frozenset({"serve", "fight", "work", "run", "compete", "play", "campaign", "rank", "sit", "vote"})


def _together(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """Persons who did something in one another's company met, when the text says where or
    when, or one of them is on a visit the article reports: "Xi celebrated his 66th birthday
    alongside Putin in Dushanbe in 2019", "Putin and Xi cooked pancakes together in Vladivostok
    in 2018", "Stoltenberg made a visit to Kyiv ... Stoltenberg, speaking alongside Zelenskiy,
    said"."""
    visiting = {ctx.actor_key(a) for e in events if e.type == "Visit" for a in e.agents}
    out = []
    verbs: dict[int, bool] = {}   # the verbs an "alongside" or a "together" hangs on (or on their object)
    for word in ctx.doc:
        if word.lower_ in ("alongside", "together"):
            verb = word.head.head if word.head.dep_ == "dobj" else word.head
            verbs[verb.i] = verbs.get(verb.i, False) or (word.lower_ == "together" and word.dep_ == "advmod")
    for i, together in verbs.items():
        verb = ctx.doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _NOT_TOGETHER or irrealis(verb):
            continue
        company = [r for t in (verb, *[c for c in verb.children if c.dep_ == "dobj"])   # (or on its object)
                   for r in prep_objects(ctx, t, ("alongside",), kinds={"person"})]
        if not company and not together:
            continue
        subjects = [r for r in verb_subjects(ctx, verb)[0] if ctx.kind(r) == "person"]
        if not subjects and verb.dep_ == "acl":   # "the two cooking pancakes together"
            subjects = [r for r in ctx.np_refs(verb.head, kinds={"person"})]
        people = _unique([*subjects, *company])
        if len({ctx.actor_key(r) for r in people}) < 2:
            continue
        place = event_place(ctx, [verb])
        anchors = [verb]
        when = ctx.date_for(anchors, verb.sent)
        if place is None and when is None and not any(ctx.actor_key(r) in visiting for r in people):
            continue
        out.append(_event(ctx, "Meeting", verb, [], [], people, place, anchors, "together", 0.7))
    return out


def _meetings_on_visits(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """A meeting with no place of its own, held by someone on the one visit the article reports
    them making, takes the visit's place ("Macron arrived in Beijing on Wednesday. The French
    leader will hold talks with Xi on Thursday."): when it is reported after the visit and,
    both dated to the day, within a week of its start."""
    places: dict[str, set] = {}
    for e in events:
        if e.type == "Visit" and e.location is not None:
            for ref in e.agents or e.participants:
                places.setdefault(ctx.actor_key(ref), set()).add((e.location, e.date, _position(e)))
    if not places:
        return events
    out = []
    for e in events:
        if e.type == "Meeting" and e.location is None:
            found = {v for ref in e.participants for v in places.get(ctx.actor_key(ref), ())}
            # ("arrived in Kyiv on Monday on his first visit to Ukraine": the city, in the country)
            cities = {v for v in found if ctx.kind(v[0]) != "country"}
            if cities and all(ctx.country_of(v[0]) in {ctx.country_of(c[0]) for c in cities} for v in found):
                found = cities
            where = {ctx.actor_key(loc) for loc, _, _ in found}
            if len(where) == 1:
                loc, day, start = min(found, key=lambda v: v[2])
                days = [d for _, d, _ in found if d is not None] or [None]   # any report of the visit may date it
                if start <= _position(e) and any(_within_week(d, e.date) for d in days):
                    e = replace(e, location=loc)
        out.append(e)
    return out


def _meetings_dated_by_visits(ctx: DocContext, events: list[RawEvent]) -> list[RawEvent]:
    """An undated meeting held by a visitor in the sentence of their visit or the two after it,
    where they went, takes the visit's day when that is the day of the article, the day whose
    news the lead tells: "KYIV (AP) - Modi arrived in Kyiv on Friday. Modi and Zelenskyy paid
    tribute ... before holding talks at the Mariinskyi Palace." (Of an arrival the day before,
    "He also held talks with Li Qiang" may be of either day.) The meeting must be at the
    visit's place, at no place, or at a building the gazetteer does not know; told of as done,
    not as still to come or as done before ("had met"); and between two persons at least ("was
    greeted by U.S. officials" is no meeting to date the talks by)."""
    day = ctx.article.date.isoformat() if ctx.article.date is not None else None
    visits = [e for e in events if e.type == "Visit" and not e.planned and e.location is not None
              and e.date is not None and e.date.value == day]
    if not visits:
        return events
    starts = [s.start_char + ctx.offset for s in ctx.doc.sents]
    index = {start: i for i, start in enumerate(starts)}
    out = []
    for e in events:
        if e.type == "Meeting" and e.date is None and not e.planned and e.evidence.start in index \
                and sum(ctx.kind(r) == "person" for r in e.participants) >= 2 \
                and "had" not in e.evidence.sentence.split() \
                and not REMOTE_NOUNS & set(e.evidence.sentence.lower().split()):
            keys = {ctx.actor_key(r) for r in e.participants}
            days = {v.date for v in visits if v.evidence.start in index
                    and 0 <= index[e.evidence.start] - index[v.evidence.start] <= 2
                    and keys & {ctx.actor_key(r) for r in v.agents or v.participants}
                    and (e.location is None or ctx.actor_key(e.location) == ctx.actor_key(v.location)
                         or ctx.kind(e.location) == "place" and ctx.gazetteer_label(e.location) is None)}
            if len(days) == 1:
                e = replace(e, date=days.pop())
        out.append(e)
    return out


def _position(event: RawEvent) -> tuple[int, int]:
    """Where an event is reported: its sentence, then its trigger's first place in it (so that
    "After meeting Biden, Macron flew to Ottawa" puts the meeting before the flight)."""
    return event.evidence.start, event.evidence.sentence.find(event.trigger)


def _within_week(visit: TimeValue | None, meeting: TimeValue | None) -> bool:
    """Whether a meeting's date fits a visit's: within a week after it when both are days; a
    month or year must hold the other ("September" is not a visit in March); no date fits."""
    if visit is None or meeting is None:
        return True
    if visit.datatype != "date" or meeting.datatype != "date":
        return visit.value.startswith(meeting.value) or meeting.value.startswith(visit.value)
    gap = (date.fromisoformat(meeting.value) - date.fromisoformat(visit.value)).days
    return 0 <= gap <= 7
