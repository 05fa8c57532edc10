"""Titles and appositions: leaderOf, title, nationality, memberOf, institutionOf.

"Russian President Vladimir Putin", "US Secretary of State Antony Blinken",
"Ukrainian Foreign Ministry spokesman Oleg Nikolenko", "John Kirby, a spokesperson for
the White House", "Dmitry Chernyshenko, one of Russia's deputy prime ministers".
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.context import PARTY_HEADS, PLACE_NOUNS, DocContext
from kg.extract.events import HOST_VERBS, TIME_MARKS, irrealis
from kg.gazetteer import name_after_of
from kg.mentions import BODY_NOUNS, TokenMention, title_spans
from kg.model import EntityRef, MentionRef, RawFact, Ref

__all__ = ["extract_roles", "pretty_title"]

#: Markers (not words) for titles held among several ("one of the directors") and titles over a
#: part of a body ("director of Intel's photonics lab", "Senegal's opposition candidate").
ONE_OF, OF_PART = "one of", "of a part"
#: Marker for an office named with the holder's party ("Republican governor"): a member of it.
BY_PARTY = "by party"
#: Words before a title that stop it meaning "leads now", and the markers above.
NOT_CURRENT = frozenset({"former", "ex", "ex-", "deputy", "vice", "late", "then", "outgoing", "would-be",
                         "assistant", "acting-deputy", ONE_OF, OF_PART, BY_PARTY})
#: Words of a title not held in full now ("former", "acting"): no bare title tells a country.
NOT_HELD_NOW = NOT_CURRENT | {"acting", "interim"}
#: Of those, the words that say only when the office is held: "former President" held that office.
_BEFORE_OR_FOR_NOW = frozenset({"former", "ex", "ex-", "late", "then", "outgoing", "acting", "interim"})
#: Nouns before a title that make it an office of one side, not of the country or body named
#: before them: "opposition leader", "Kenya's rebel commander", "the union boss".
SIDE_WORDS = frozenset({"opposition", "rebel", "militia", "separatist", "insurgent", "guerrilla", "union",
                        "church", "business", "community", "student", "tribal", "faction", "protest"})
#: Titles that, after a party's name, lead the party ("Labour leader"); other offices after a
#: party's name ("Republican governor", "Democratic President") are held by a member of it.
PARTY_LEAD_TITLES = frozenset({"leader", "chairman", "chairwoman", "chair", "head", "party leader",
                               "general secretary", "secretary-general", "secretary general"})
_SMALL = frozenset({"of", "the", "for", "and", "to", "on", "in"})
#: Legislators' titles whose "for" phrase names their seat ("MP for Hornsey and Wood Green").
CONSTITUENCY_TITLES = frozenset({"mp", "mps", "msp", "msps", "mep", "meps", "mla", "mlas", "td", "mpp", "am",
                                 "congressman", "congresswoman", "senator", "representative", "deputy"})
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Modifiers that stay in the written title ("Deputy Leader", "Acting President").
_SHOWN_MODIFIERS = ("acting", "interim", "deputy", "vice", "assistant", "outgoing")


def pretty_title(text: str, gaz) -> str:
    """Canonical written form of a title: singular, title-cased ("deputy prime ministers" ->
    "Deputy Prime Minister")."""
    words = " ".join(text.split()).split(" ")
    if words and words[-1].lower().endswith("s") and gaz.title(" ".join(words)) \
            and not gaz.titles.get(" ".join(words).lower()):
        words[-1] = words[-1][:-1]
    return " ".join(w if w.lower() in _SMALL else "-".join(
        p.lower() if i and p.lower() in _SMALL | _STAGES else p[:1].upper() + p[1:]
        for i, p in enumerate(w.split("-")))
        for w in words)   # ("Secretary of State", "Secretary-General", "Editor-in-Chief", "President-elect")


#: Words after a hyphen for an office not yet taken: "President-elect", "Prime Minister-designate".
_STAGES = frozenset({"elect", "designate"})


def _facts(ctx: DocContext, person: Ref, title: str, affil: Ref | None, modifiers: set[str],
           sent, rule: str) -> list[RawFact]:
    gaz = ctx.gaz
    role, holds = gaz.title(title) or ("official", "any")
    shown = pretty_title(title, gaz)
    for word in _SHOWN_MODIFIERS[::-1]:
        if word in modifiers and not shown.lower().startswith(word):
            shown = word.capitalize() + " " + shown
    if modifiers & {"former", "ex", "ex-", "late"}:
        shown = "Former " + shown
    out = [RawFact(person, "title", shown, ctx.evidence(sent, rule, 0.9))]
    if affil is None:
        return out
    kind = ctx.kind(affil)
    current = not (modifiers & NOT_CURRENT)
    if kind == "country":
        out.append(RawFact(person, "nationality", affil, ctx.evidence(sent, rule, 0.85)))
        country = affil.label if isinstance(affil, EntityRef) else ctx.gazetteer_label(affil)
        if not gaz.leads_in(title, country):
            current = False   # "UK Chancellor", "Israeli President", "Chinese Premier": an office, not the leader
        if role == "leader" and holds in ("country", "any") and current:
            out.append(RawFact(person, "leaderOf", affil, ctx.evidence(sent, rule, 0.9)))
    elif kind == "institution":
        if role == "leader" and holds in ("institution", "any") and current:
            out.append(RawFact(person, "leaderOf", affil, ctx.evidence(sent, rule, 0.85)))
        else:
            out.append(RawFact(person, "memberOf", affil, ctx.evidence(sent, rule, 0.85)))
    elif kind == "place" and not (holds == "institution" and ctx.gazetteer_label(affil) is None) \
            and ctx.gazetteer_label(affil) not in ctx.gaz.regions:   # ("Africa's youngest president": a superlative's range)
        # "Illinois Gov. Ann Smith", "the mayor of Chicago": where the person lives ("chairman of
        # Alibaba", with Alibaba taken for a place no data file knows, is none)
        out.append(RawFact(person, "livesIn", affil, ctx.evidence(sent, "title-place", 0.75)))
    return out


def _prefix_title(ctx: DocContext, pm: TokenMention, ends: dict[int, tuple[int, str]],
                  at: int | None = None) -> list[RawFact]:
    """"<Affiliation> <modifier>* <Title> <Person>", the title ending at ``at`` (by default
    right before the name)."""
    doc = ctx.doc
    at = pm.start if at is None else at
    if at not in ends:
        return []
    start, title = ends[at]
    word = ctx.by_token.get(start - 1) if start > 0 else None
    if start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in ctx.gaz.org_heads \
            and doc[start - 1].lower_ not in ctx.gaz.portfolio_words \
            and (word is None or word.mention.kind == "institution" and word.end - word.start == 1) \
            and (start < 2 or doc[start - 2].is_sent_start or not doc[start - 2].is_title) \
            and (ctx.gaz.title(title) or ("", ""))[0] == "leader" and _holds(ctx, title) != "country":
        # "Court President Joan Donoghue": the body the article named in full ("the International
        # Court of Justice"); else a head of a body unnamed here, of no country ("Board chairman")
        body = ctx.body_by_word(doc[start - 1])
        if body is not None:
            return _facts(ctx, ctx.ref(pm), title, body, set(), doc[pm.start].sent, "title-prefix")
        if word is None:
            return _facts(ctx, ctx.ref(pm), f"{doc[start - 1].text} {title}", None, set(), doc[pm.start].sent,
                          "title-prefix")
    j = start
    modifiers = set()
    # a portfolio before the title: "US Energy Secretary", "Russian Health Minister",
    # "Trade and Industry Secretary", "Shadow Home Secretary"
    k = j
    while k > 0 and j - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].i not in ctx.by_token \
            and not ctx.demonym_ref(doc[k - 1]) and doc[k - 1].lower_ not in NOT_CURRENT \
            and doc[k - 1].pos_ in ("NOUN", "PROPN") and not doc[k - 1].is_sent_start \
            and _holds(ctx, title) != "institution":
        k -= 1
    p = j
    while p > 0 and j - p < 5 and doc[p - 1].i not in ctx.by_token and (
            (doc[p - 1].is_title or doc[start].is_lower) and doc[p - 1].lower_ in ctx.gaz.portfolio_words
            or doc[p - 1].lower_ == "and" and p > 1 and doc[p - 2].lower_ in ctx.gaz.portfolio_words):
        p -= 1
    body_before = p > 0 and ctx.token_ref(doc[p - 1], kinds={"institution"}) is not None
    # (not "United States State Secretary of State": a word the title already has)
    repeats = lambda a: {t.lower_ for t in doc[a:start]} <= set(title.lower().split())
    if p < j and doc[p].lower_ != "and" and (_holds(ctx, title) != "institution" or body_before) and not repeats(p):
        title, j = doc[p:start].text + " " + title, p   # ("EU foreign policy chief": of the EU)
    elif k < j and k > 0 and (doc[k - 1].i in ctx.by_token or ctx.demonym_ref(doc[k - 1])):
        if not repeats(k):
            title = doc[k:start].text + " " + title
        j = k
    if j > 1 and doc[j - 1].is_lower and doc[j - 1].lower_ in ctx.gaz.org_heads and doc[j - 2].lower_ in NOT_CURRENT:
        modifiers.add(doc[j - 2].lower_)   # "former board member Lip-Bu Tan"
    while j > 0 and doc[j - 1].lower_ in NOT_CURRENT | {"acting", "interim", "current"}:
        modifiers.add(doc[j - 1].lower_)
        j -= 1
    while j > 0 and doc[j - 1].lower_ in TRANSPARENT_ADJECTIVES:   # "Argentina's new president"
        j -= 1
    k = j   # "Senegal's opposition candidate", "the Russian ruling party leader": of the country, not its head
    # (a side word opening the sentence is capitalised: "Opposition leader Lee Jae-myung")
    while k > 0 and j - k < 2 and doc[k - 1].is_alpha and doc[k - 1].pos_ in ("ADJ", "NOUN", "PROPN") \
            and (doc[k - 1].is_lower and doc[k - 1].pos_ != "PROPN"
                 or doc[k - 1].is_sent_start and doc[k - 1].lower_ in SIDE_WORDS) \
            and doc[k - 1].i not in ctx.by_token and not ctx.gaz.title(doc[k - 1].text):
        k -= 1
    if k < j and k > 0 and (doc[k - 1].lower_ in ("'s", "\u2019s") or ctx.demonym_ref(doc[k - 1])):
        if doc[j - 1].lower_ in SIDE_WORDS:   # "Kenyan opposition leader"
            title = doc[j - 1].text.capitalize() + " " + title
        modifiers.add(OF_PART)
        j = k
    elif k < j and k > 0 and ctx.token_ref(doc[k - 1], kinds={"institution"}) is not None \
            and doc[j - 1].lower_ not in SIDE_WORDS:
        modifiers.add(OF_PART)   # "Hamas political leader X": a member of the body, of one part of it
        j = k
    elif k < j and doc[j - 1].lower_ in SIDE_WORDS:   # "opposition leader Raila Odinga"
        title = doc[j - 1].text.capitalize() + " " + title
        modifiers.add(OF_PART)
        j -= 1
    if j > 0 and doc[j - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        j -= 1
    affil, extra = None, []
    if j > 0 and doc[j - 1].sent == doc[pm.start].sent and not doc[j - 1].is_space:
        tm = ctx.by_end.get(j)
        owner = _mention_before(ctx, tm, {"institution"}) if tm is not None else None
        if tm is not None and tm.mention.kind == "institution" and owner is not None \
                and doc[tm.end - 1].lower_ not in ctx.gaz.org_heads:
            # "the SNP's Holyrood leader": the party is what the title leads, the chamber between
            # is where the person sits ("Acme's Research Department head" leads the department)
            extra.append(RawFact(ctx.ref(pm), "memberOf", ctx.ref(tm),
                                 ctx.evidence(doc[pm.start].sent, "title-prefix", 0.75)))
            affil, first = ctx.ref(owner), owner.start
        elif tm is not None and tm.mention.kind in ("country", "institution"):
            affil, first = ctx.ref(tm), tm.start
        elif tm is None and doc[j - 1].lower_ == "its" and _holds(ctx, title) == "institution" \
                and (its := [r for r in ctx.np_refs(doc[j - 1], kinds={"institution"})
                             if any(ctx.ref(b) == r and doc[j - 1].sent.start <= b.start < j for b in ctx.mentions)]):
            # "Unilever said its chief executive Hein Schumacher would step down" (the body named
            # before it in the sentence)
            affil, first = its[0], j - 1
        elif tm is not None and tm.mention.kind == "place" and tm.mention.gazetteer in ctx.gaz.regions:
            affil, first = None, tm.start   # "Europe Director", "Asia editor": a beat, not a home
        elif tm is not None and tm.mention.kind == "place":   # a capital before a national title is its country
            affil, first = ctx.token_ref(doc[j - 1], kinds={"country"}) if (_holds(ctx, title) == "country") \
                else ctx.ref(tm), tm.start
        else:
            two = _party_word(ctx, doc[j - 2:j]) if j > 1 else None   # "Liberal Democrat deputy leader"
            found = ctx.demonym_span(doc[j - 1])
            demonym = found[0] if found is not None else None
            affil, first = (two, j - 2) if two is not None else \
                (demonym, found[1]) if demonym is not None else (_party_word(ctx, doc[j - 1:j]), j - 1)
            if affil is not None and affil is not demonym and " ".join(title.lower().split()) not in PARTY_LEAD_TITLES:
                modifiers.add(BY_PARTY)
        if affil is not None and first > 0 and doc[first - 1].lower_ in NOT_HELD_NOW:   # "former Russian President"
            modifiers.add(doc[first - 1].lower_)
    if _ousted(doc[pm.start:pm.end].root):
        modifiers.add("former")
    sent = doc[pm.start].sent
    return _facts(ctx, ctx.ref(pm), title, affil, modifiers, sent, "title-prefix") + extra


#: Words before a title that say nothing of whose office it is: "Argentina's new president",
#: "the country's populist prime minister" are its head all the same.
TRANSPARENT_ADJECTIVES = frozenset({"new", "newly", "current", "sitting", "incumbent", "elected", "re-elected",
                                    "veteran", "longtime", "long-serving", "embattled", "populist",
                                    "nationalist", "hardline", "reformist", "powerful", "ailing", "beleaguered",
                                    "controversial", "young", "charismatic"})
#: Verbs that end their object's office: "soldiers ousted President X", "X was toppled".
OUST_VERBS = frozenset({"oust", "topple", "overthrow", "depose", "unseat"})
#: Verbs by which someone ends or takes over another's office: "Starmer sacked Peter Mandelson
#: as ambassador", "Prabowo replaced Finance Minister Sri Mulyani".
DISMISS_VERBS = frozenset({"sack", "fire", "dismiss", "remove", "replace", "succeed"})


def _ousted(tok: Token) -> bool:
    """Whether a name is said to have been removed from office: the object of "ousted",
    "replaced" or "sacked", or the subject of "was toppled" (reported as done, not threatened)."""
    verb = tok.head
    return (tok.dep_ == "dobj" or tok.dep_ == "nsubjpass") and verb.lemma_.lower() in OUST_VERBS | DISMISS_VERBS \
        and verb.tag_ in ("VBD", "VBN", "VBZ") and not irrealis(verb)


#: Words for people who deal with a body from outside: "Labour voter X", "Apple customer X".
_OUTSIDERS = frozenset({"voter", "supporter", "fan", "customer", "user", "critic", "opponent", "rival", "victim",
                        "client", "shareholder", "investor", "passenger", "viewer", "reader", "listener", "donor",
                        "ally", "admirer", "follower", "buyer", "bidder", "creditor", "holder", "subscriber",
                        "patient", "defector", "protester", "prisoner", "hostage", "detainee"})


def _occupation_before(ctx: DocContext, pm: TokenMention) -> list[RawFact]:
    """"Boeing engineer Tom Hale", "National Football League placekicker Mark Moseley": a body,
    then a word for someone's work, right before the name: the person works for the body."""
    doc, j = ctx.doc, pm.start - 1
    if j < 1 or not (doc[j].is_lower and doc[j].tag_ == "NN" and doc[j].dep_ == "compound") \
            or j in ctx.by_token or not ctx.agentive(doc[j]) or doc[j].lemma_ in _OUTSIDERS:
        return []
    sent = doc[pm.start].sent   # (a place or demonym there is residence.py's: "Atlanta businessman X")
    body = ctx.by_end.get(j)
    # ("Norfolk farmer Tony Martin": a place the model took for a body is none)
    if body is None or body.mention.kind != "institution" or doc[body.start].sent != sent \
            or ctx.gaz.city(body.mention.text):
        return []
    return [RawFact(ctx.ref(pm), "memberOf", ctx.ref(body), ctx.evidence(sent, "occupation-prefix", 0.7))]


def _title_of_before(ctx: DocContext, pm: TokenMention, ends: dict[int, tuple[int, str]]) -> list[RawFact]:
    """"Mayor of London Sadiq Khan", "Secretary-General of NATO Jens Stoltenberg": a title, "of",
    then the body or place it is of, right before the name."""
    doc = ctx.doc
    tm = ctx.by_end.get(pm.start)
    if tm is None or tm is pm or tm.mention.kind == "person" or tm.start < 2 or doc[tm.start - 1].lower_ != "of" \
            or tm.start - 1 not in ends or doc[tm.start - 1].sent != doc[pm.start].sent:
        return []
    _, title = ends[tm.start - 1]
    return _facts(ctx, ctx.ref(pm), title, ctx.ref(tm), set(), doc[pm.start].sent, "title-prefix")


def _party_word(ctx: DocContext, words) -> Ref | None:
    """"Labour MP Ann Clwyd", "Republican Senator Bo Li", "Liberal Democrat deputy leader": one
    or two capitalised words before a title that, with "Party" added, name a party the
    gazetteer knows. Only here, right before a title, are the bare words safe to read as the
    party ("Labour costs rose" is no party)."""
    if not all(t.text[:1].isupper() and t.is_alpha for t in words) or any(t.i in ctx.by_token for t in words):
        return None
    known = ctx.gaz.lookup(f"{words.text} Party")
    return EntityRef("institution", known[1]) if known and known[0] == "institution" else None


#: Words before a title that make it a kind of people, not an office: "world leaders",
#: "religious leaders", "a fellow minister" (not "business": "the BBC's business editor").
_CLASS_MODIFIERS = frozenset({"world", "religious", "community", "civic", "global", "fellow", "other"})


def _title_of_noun(ctx: DocContext, noun: Token, numbered_is_past: bool = True) -> tuple[str, set[str]] | None:
    """The title phrase a noun heads ("deputy prime ministers", "a spokesperson"), and the
    words that stop it being a current office. With ``numbered_is_past``, "the 31st president"
    is one (a description); "was sworn in as the fifth president" is not (an inauguration)."""
    tokens = [t for t in noun.subtree if t.i <= noun.i and t.i >= noun.left_edge.i]
    words = [t for t in tokens if t.dep_ not in ("det", "poss", "case", "nummod", "punct", "predet")
             and t.pos_ != "NUM" and not ctx.by_token.get(t.i) and not ctx.demonym_ref(t)]
    doc = noun.doc
    tail = ""   # "secretary-general", which the parser splits and hangs "general" on "secretary"
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ \
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].head.i == noun.i:
        tail = "-" + doc[noun.i + 2].text
    for k in range(len(words)):   # longest title first: "deputy prime ministers"
        text = " ".join(t.text for t in words[k:])
        suffix = tail if tail and ctx.gaz.title(text + tail) else ""
        text += suffix
        if ctx.gaz.title(text):
            if text.lower() == "leader" and k > 0 and words[k - 1].lower_ == "foreign":
                return None   # "the second foreign leader to visit": a guest from abroad, no office
            while k > 0 and words[k - 1].lower_ in ctx.gaz.portfolio_words:   # "Home Secretary"
                k -= 1
            if k > 0 and words[k - 1].lower_ in _CLASS_MODIFIERS:
                return None   # "the fourth world leader to visit": one of a kind of people, no office
            text = " ".join(t.text for t in words[k:]) + suffix
            modifiers = {t.lower_ for t in words[:k] if t.lower_ in NOT_CURRENT}
            if numbered_is_past and any(t.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(t.lower_) for t in tokens):
                # "the 31st president", "the seventh president": a place in history
                modifiers.add("then")
            return text, modifiers
    return None


#: Nouns for a country, which a body named on them only groups: "a European Union country".
_COUNTRY_NOUNS = frozenset({"country", "nation", "state"})


def _unnamed_body(ctx: DocContext, noun: Token) -> Ref | None:
    """The body a title's "of" phrase names when it is no mention itself: "the Montgomery
    County House delegation" (a name inside), or "the Ukrainian Popular Rukh", a run of
    capitalised proper nouns the model left untagged."""
    for c in noun.children:
        if c.dep_ == "compound" and not (noun.lemma_.lower() in _COUNTRY_NOUNS and noun.pos_ == "NOUN"):
            # (not "a European Union country": a country the body only groups)
            ref = ctx.token_ref(c, kinds={"country", "institution"})
            if ref is not None:
                return ref
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct", "poss", "case")]
    if (len(words) >= 2 and words[-1] is noun and all(t.text[:1].isupper() and t.is_alpha for t in words)
            and noun.pos_ == "PROPN" and not any(ctx.by_token.get(t.i) for t in words)):
        label = " ".join(t.text for t in words)
        if ctx.gaz.lookup(label) is None and not ctx.gaz.title(label):
            return EntityRef("institution", label)
    return None


def _holds(ctx: DocContext, title: str) -> str:
    """What a title holds for in the gazetteer: "country", "institution" or "any"."""
    return (ctx.gaz.title(title) or ("official", "any"))[1]


#: Nouns of people who report from a place: its capital does not stand for their country.
REPORTER_NOUNS = frozenset({"correspondent", "reporter", "journalist", "editor", "bureau", "chief", "stringer"})


#: Nouns of bodies that are part of another: "the head of Intel's chip unit" is not Intel's head.
PART_NOUNS = frozenset({"unit", "division", "subsidiary", "arm", "branch", "wing"})


def _title_affiliation(ctx: DocContext, noun: Token, preps: tuple[str, ...]) -> tuple[Ref | None, bool]:
    """The country or institution a title noun belongs to: a modifier ("Russia's", "Russian",
    "the ICC"), or the object of one of ``preps`` ("president of Brazil", "a spokesperson for
    the White House"), also one phrase further down ("a professor of law at Yale University").
    Failing those, a place ("the mayor of Chicago", "Atlanta lawyer"), which says where the
    person lives.

    The flag is true when the body was found one phrase down, through a part of it: "director
    of Intel's photonics lab" heads the lab, and only belongs to Intel."""
    places = []
    through_part = False
    if noun.lower_ in CONSTITUENCY_TITLES:   # "Labour MP for Hornsey": a seat, not a body
        preps = tuple(p for p in preps if p != "for")
    for child in noun.children:
        affil = None
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            affil = ctx.token_ref(child, kinds={"country", "institution"}, demonyms=True) \
                or (_party_word(ctx, ctx.doc[child.i - 1:child.i + 1]) if child.dep_ == "compound" and child.i > 0
                    else None) \
                or (_party_word(ctx, ctx.doc[child.i:child.i + 1]) if child.dep_ == "compound" else None) \
                or (ctx.nominal_institution(child, loose=False, word=True)   # "the bank's CEO, Ken Lewis"
                    # ("Sudan's Rapid Support Forces ... the group's leader, X": one named just before;
                    # not "the company's chief", which may be any of the firms a sentence names)
                    or (ctx.nominal_institution(child, sentence=True) if child.lemma_.lower() in _GROUP_NOUNS
                        else None)
                    or ctx.nominal_country(child)   # "declared himself the country's new leader"
                    if child.dep_ == "poss" and child.pos_ == "NOUN" else None) \
                or next((r for r in ctx.coref.get(child.i, ()) if ctx.kind(r) in ("country", "institution")), None)
            # ("Boeing named Kelly Ortberg as its chief executive": the body "its" stands for)
            if affil is not None and noun.lemma_.lower() in REPORTER_NOUNS \
                    and ctx.token_ref(child, kinds={"place"}) is not None:
                affil = None   # "Tokyo correspondent": where one reports from, not the country one is of
            if affil is None and child.dep_ == "compound":   # "a Yale University law professor"
                affil = next((r for g in child.children if g.dep_ == "compound"
                              for r in [ctx.token_ref(g, kinds={"institution"})] if r is not None), None)
            places += [r for r in [ctx.token_ref(child, kinds={"place"})] if r is not None]
        elif child.dep_ == "prep" and child.lower_ in preps:
            for g in child.children:
                if g.dep_ == "pobj":
                    affil = ctx.token_ref(g, kinds={"country", "institution"}) or _unnamed_body(ctx, g) \
                        or ctx.nominal_institution(g) or _standing_party(ctx, g)
                    if affil is None and child.lower_ == "of" and ctx.by_token.get(g.i) is None:
                        affil, _ = _title_affiliation(ctx, g, ("at", "for", "with"))   # "... of science at Yale"
                        # (not "head of the Wagner mercenary group": the group is the body named)
                        through_part = affil is not None and (g.lemma_.lower() not in BODY_NOUNS
                                                              or g.lemma_.lower() in PART_NOUNS)
                        if affil is not None and g.lemma_.lower() in _COUNTRY_NOUNS \
                                and ctx.kind(affil) == "institution":
                            affil = None   # "the first former leader of a European Union country": a country's
                    places += [r for r in [ctx.token_ref(g, kinds={"place"})] if r is not None]
        if affil is not None and ctx.kind(affil) != "place":
            if child.dep_ in ("poss", "amod", "compound", "nmod") and _of_portfolio(ctx, noun):
                through_part = True   # "Meta's president of global affairs": of one part of Meta
            return affil, through_part
    return (places[0] if places else None), False


#: Nouns for an armed or political group that "the group's leader" refers back to.
_GROUP_NOUNS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction"})


def _of_portfolio(ctx: DocContext, noun: Token) -> bool:
    """Whether a title's "of" names a field of work, not a body: "president of global affairs",
    "head of research" (not "president of the company")."""
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and g.is_lower and g.i not in ctx.by_token
               and g.lemma_.lower() not in BODY_NOUNS and g.lemma_.lower() not in PLACE_NOUNS
               and not any(d.dep_ in ("det", "poss") for d in g.children)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


#: Words of a party's standing that the parser takes for the object of "of": "leader of the
#: opposition Christian Democrats".
_STANDING_WORDS = frozenset({"opposition", "ruling", "governing"})


def _standing_party(ctx: DocContext, word: Token) -> Ref | None:
    """The institution named right after a party's standing word the parser made the object."""
    nxt = ctx.by_token.get(word.i + 1) if word.lower_ in _STANDING_WORDS else None
    return ctx.ref(nxt) if nxt is not None and nxt.start == word.i + 1 and nxt.mention.kind == "institution" else None


def _conjoined_bodies(ctx: DocContext, noun: Token, title: str, affil: Ref | None,
                      preps: tuple[str, ...]) -> list[Ref]:
    """The bodies coordinated with ``affil`` as the object of one of the title's ``preps``:
    "the boss of Tesla and SpaceX" heads both. Only a leader's title, and only institutions
    ("the member for Kensington and Chelsea" sits for one seat of two names)."""
    if affil is None or ctx.kind(affil) != "institution" or (ctx.gaz.title(title) or ("",))[0] != "leader":
        return []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps):
        for g in (x for x in prep.children if x.dep_ == "pobj"):
            if ctx.token_ref(g, kinds={"institution"}) == affil:
                return [r for c in g.conjuncts if c.i > g.i
                        for r in [ctx.token_ref(c, kinds={"institution"})] if r is not None and r != affil]
    return []


def _appositive(ctx: DocContext, pm: TokenMention) -> list[RawFact]:
    """"<Person>, a <title> for/of <Affiliation>" and "<Affiliation>'s <title>, <Person>"."""
    doc = ctx.doc
    root = doc[pm.start:pm.end].root
    # ("Iranian President Ebrahim Raisi, the country's foreign minister and others were found
    # dead": a list of the plural subject, the parser's apposition another person)
    # (not one after an "and" the name governs: "a close ally of President Trump and co-founder of
    # the group X", parsed with "co-founder" in apposition to Trump, is the ally's title)
    joined = [c.i for c in root.children if c.dep_ == "cc"]
    nouns = [c for c in root.children if c.dep_ == "appos" and not _listed_subject(root, c)
             and not any(root.i < j < c.i for j in joined)]
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not root and first.dep_ == "appos" and first.head.tag_ == "NNS":
        nouns.append(first.head)   # "two Hamas leaders, Mohammed Deif and Ismail Haniyeh": both
    # "Senegal's President Sall and Zambia's President Hichilema": a titled name the parser hung
    # on the first item of a list, whose title already has its own name, holds only its own title
    listed = any(c.dep_ == "compound" and c.i < root.i and c.i not in ctx.by_token and _title_noun(ctx, c)
                 for c in root.children) and any(c.i != root.i and c.dep_ == "appos"
                                                 and ctx.token_ref(c, kinds={"person"}) is not None
                                                 for c in root.head.children)
    # ... and so does a name hung on a title past another person's name: "his former defense
    # minister Yoav Gallant and Hamas's military chief Mohammed Deif" (Deif hung on "minister")
    listed = listed or root.dep_ == "appos" and any(
        (tm := ctx.by_token.get(i)) is not None and tm.mention.kind == "person"
        for i in range(root.head.i + 1, pm.start))
    hung = root.dep_ == "appos" and not listed
    if hung and _title_noun(ctx, root.head) and root.i > root.head.i:
        # "his former lawyer Rudy Giuliani and former chief of staff Mark Meadows": a name after
        # coordinated titles holds the nearest one before it, and only that one
        nouns.append(max((n for n in (root.head, *root.head.conjuncts) if n.i < root.i and _title_noun(ctx, n)),
                         key=lambda n: n.i))
    elif hung and _title_noun(ctx, root.head):
        nouns.append(root.head)
    elif hung and root.head.dep_ == "pobj" and root.head.head.dep_ == "prep" \
            and root.head.head.head.pos_ == "NOUN" and root.head.i in ctx.by_token:
        nouns.append(root.head.head.head)   # "the chief executive of Acme Corp, John Smith": the parser
        #                                     hangs the name on the body, it names the title's holder
    nouns += [c for n in nouns if n.i > root.i   # "X, leader of A and vice-president of B"
              for c in n.conjuncts if c.pos_ == "NOUN" and c not in nouns]
    out = []
    for noun in nouns:
        if noun.i in ctx.by_token and ctx.by_token[noun.i].mention.kind == "person" and noun.i not in range(
                pm.start, pm.end):
            continue   # "Ukrainian President X, Hungarian Prime Minister Viktor Orban and ...": a list the
            #            parser made an apposition; Orban's title is his own
        named = [ctx.by_token.get(c.i) for c in noun.children if c.dep_ == "appos"]
        if noun.i > root.i and any(tm is not None and tm.mention.kind == "person" and tm.end - tm.start > 1
                                   for tm in named):
            continue   # "Netanyahu, his former defence minister Yoav Gallant": the title names another
        if noun.lemma_ in ("one", "member", "part") :
            pobj = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]
            if pobj:
                noun = pobj[0]
        found = _title_of_noun(ctx, noun)
        if not found:   # "X, an ecologist at Cornell University": any occupation at a body
            if noun.pos_ == "NOUN" and noun.lemma_.lower() not in ("native", "resident", "citizen"):
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("at", "with", "for")):
                    for g in (x for x in prep.children if x.dep_ == "pobj"):
                        body = ctx.token_ref(g, kinds={"institution"}) or ctx.nominal_institution(g)
                        if body is not None:
                            out.append(RawFact(ctx.ref(pm), "memberOf", body,
                                               ctx.evidence(root.sent, "apposition-institution", 0.7)))
            continue
        title, modifiers = found
        preps = ("for", "of", "at", "in", "with")
        affil, part = _title_affiliation(ctx, noun, preps)
        modifiers = modifiers | ({OF_PART} if part else set())
        rule = "title-apposition"
        if affil is None:   # "Poland's Donald Tusk, the prime minister": the name's own possessor
            affil = _possessor_before(ctx, pm)
        if affil is None:   # "Jeri, a lawmaker from the center-right Somos Peru party": its member
            affil = next((body for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                          for g in p.children if g.dep_ == "pobj"
                          for t in (g, *(c for c in g.children if c.dep_ == "compound"))
                          for body in [ctx.token_ref(t, kinds={"institution"})] if body is not None), None)
        if affil is None and title.lower() != "speaker":   # (a speaker at an event speaks for no body)
            affil, rule = _speaker_body(ctx, root), "title-speaker-body"
        out += _facts(ctx, ctx.ref(pm), title, affil, modifiers, root.sent, rule)
        for body in _conjoined_bodies(ctx, noun, title, affil, preps):
            out += _facts(ctx, ctx.ref(pm), title, body, modifiers, root.sent, rule)[1:]
    return out


def _listed_subject(root: Token, noun: Token) -> bool:
    """Whether an apposition of a subject is an item of a list the subject heads: the noun
    takes a conjunct and the verb agrees with a plural ("X, the foreign minister and others
    were found dead"; not "X, leader of A and head of B, was")."""
    if root.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "conj" for c in noun.children):
        return False
    verb = root.head
    return any(t.tag_ == "VBP" or t.lower_ in ("were", "are") for t in (verb, *verb.children)
               if t is verb or t.dep_ in ("aux", "auxpass"))


def _title_noun(ctx: DocContext, tok: Token) -> bool:
    """Whether a token can head a title phrase: a common noun, or a capitalised title the model
    took for a proper noun ("Ukraine's Minister of Defence, X")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.i not in ctx.by_token
                                  and ctx.gaz.title(tok.text) is not None)


_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")


def _mention_before(ctx: DocContext, tm: TokenMention, kinds, possessive: bool = True) -> TokenMention | None:
    """The mention of one of ``kinds`` right before ``tm`` in its sentence, through a possessive
    ("Poland's Donald Tusk", "the SNP's Holyrood leader", "Algeria's Ettahadi party") or, with
    ``possessive=False``, also directly ("the U.S. Congress")."""
    doc, j = ctx.doc, tm.start
    if j > 0 and doc[j - 1].lower_ in _POSSESSIVES:
        j -= 1
    elif possessive:
        return None
    prev = ctx.by_end.get(j)
    if prev is None or prev.mention.kind not in kinds or doc[prev.start].sent != doc[tm.start].sent:
        return None
    return prev


def _possessor_before(ctx: DocContext, pm: TokenMention) -> Ref | None:
    """The country or institution whose possessive stands right before a person's name."""
    owner = _mention_before(ctx, pm, {"country", "institution"})
    return ctx.ref(owner) if owner is not None else None


#: Verbs of saying whose speaker may speak for the subject of what is said.
_SAY_VERBS = frozenset({"say", "tell", "add", "explain", "confirm", "announce", "declare", "state"})


def _speaker_body(ctx: DocContext, person: Token, kinds=frozenset({"institution"})) -> Ref | None:
    """"Acme will cut 500 jobs, said Ann Smith, a spokeswoman": a speaker whose title names no
    body speaks for the institution (or, with ``kinds``, the country) that is the subject of
    what they said."""
    verb = person.head if person.dep_ == "nsubj" else None
    if verb is None or verb.lemma_ not in _SAY_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            refs = ctx.np_refs(subj, kinds=kinds)
            if len(refs) == 1:
                return refs[0]
    return None


#: Verbs whose object is an assembly one speaks to: "Scholz told the Bundestag".
_ADDRESS_VERBS = frozenset({"tell", "address", "brief", "inform"})


def _seat_country(ctx: DocContext, person: Token) -> Ref | None:
    """The country of a seat of government where a person acts or which they address: "Biden
    welcomed him at the White House", "Scholz told the Bundestag"."""
    verb = person.head if person.dep_ == "nsubj" else None
    if person.dep_ == "pobj" and person.head.dep_ == "agent" and person.head.head.lemma_.lower() in HOST_VERBS:
        # "signed a peace agreement at the White House, in a ceremony hosted by President Trump"
        host = person.head.head
        verb = host.head.head.head if host.dep_ == "acl" and host.head.dep_ == "pobj" else host
    if verb is None:
        return None
    bodies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")
              for g in c.children if g.dep_ == "pobj"]
    if verb.lemma_ in _ADDRESS_VERBS:
        bodies += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for body in bodies:
        ref = ctx.token_ref(body, kinds={"institution"})
        country = ctx.gaz.institution_country.get(ctx.gazetteer_label(ref)) if ref is not None else None
        if country:
            return EntityRef("country", country)
    return None


def _bare_leader_title(ctx: DocContext, f: RawFact) -> bool:
    """Whether a fact is a current leader's title written before a name with no country
    ("President Joe Biden", not "former President" or "acting President")."""
    if f.predicate != "title" or f.evidence.rule != "title-prefix":
        return False
    words = f.object.lower().split()
    role, holds = ctx.gaz.title(" ".join(words)) or ("", "")
    return role == "leader" and holds in ("country", "any") and not set(words) & NOT_HELD_NOW \
        and not _owner_before_title(ctx, f.subject, leaning=words[-1] in ("leader", "head", "chief"))


#: Words of a political leaning before "leader": "far-right leader Marine Le Pen" leads a party
#: or a movement, not the dateline's country.
LEANING_WORDS = frozenset({"right", "left", "far-right", "far-left", "right-wing", "left-wing", "wing",
                           "centrist", "conservative", "liberal", "socialist", "communist", "nationalist",
                           "islamist", "green", "populist"})


def _owner_before_title(ctx: DocContext, person: Ref, leaning: bool = False) -> bool:
    """Whether a body's name, or a name no rule knows, stands right before the title the person
    is given: "AfD leader Alice Weidel" leads the party, not the dateline's country. (A
    country, a place or a demonym there is read by the title rules themselves.) With
    ``leaning``, so does a word of political leaning ("far-right leader")."""
    tm = next((tm for tm in ctx.mentions if tm.mention.id == getattr(person, "mention_id", None)), None)
    if tm is None:
        return False
    spans = title_spans(ctx.doc, ctx.gaz)
    start = next((s for s, e, _ in spans if e == tm.start), None)
    if not start or any(s < start <= e for s, e, _ in spans):
        return False   # (a title before the title: "Supreme Leader Ayatollah X")
    before = ctx.doc[start - 1]
    if leaning and before.lower_ in LEANING_WORDS:
        return True
    named = ctx.by_token.get(before.i)
    if named is not None:   # a body's name: its leader (the title rules may have said so already)
        return named.mention.kind == "institution"
    return before.is_alpha and (before.pos_ == "PROPN" or not before.text[1:].islower()) and before.text[:1].isupper() \
        and ctx.demonym_ref(before) is None and ctx.gaz.lookup(before.text) is None


def _person_keys(ctx: DocContext) -> dict[str, str]:
    """Mention id -> actor key (the surname) of every person mention of the article."""
    return {ctx.ref(pm).mention_id: ctx.actor_key(ctx.ref(pm)) for pm in ctx.mentions if pm.mention.kind == "person"}


def _story_dateline(ctx: DocContext) -> EntityRef | None:
    """The dateline's country, when the story names it again past the dateline (not one a
    story filed from Dubai about Iran and Qatar never names again), or names no country at all
    ("WASHINGTON - President Donald Trump fired the head of the Bureau of Labor Statistics")."""
    dateline = ctx.dateline_country()
    if dateline is None:
        return None
    counts = _country_counts(ctx, places=True, skip=ctx.dateline())
    return dateline if counts.get(dateline.label, 0) > 0 or not counts else None


def _context_leaders(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """A leader's title written without a country ("Chancellor Olaf Scholz", "President Joe
    Biden") is of the one country the article ties the person to, when the article gives them
    no nationality or office elsewhere:

    - a seat of government where they act or which they address ("at the White House");
    - the dateline ("BERLIN, January 25"), when the person acts or speaks in the article (the
      subject of a clause): a leader only named as someone's object or in a phrase ("an
      adviser to President X", "Sunak met President X") may be a foreign one.

    Two different countries among these give nothing, and so does a country that is the
    subject of what they say when it is another one ("KYIV - Russia will lose, President X
    said" may be said of a foe). A person the article gives one nationality and no office of
    leadership leads that country ("Venezuela's Maduro ... President Nicolas Maduro")."""
    surname = _person_keys(ctx)
    leading = {surname.get(getattr(f.subject, "mention_id", None)) for f in facts if f.predicate == "leaderOf"}
    # (a party's leader may still lead the country a title only a country has: "Prime Minister
    # Micheal Martin, the leader of Fianna Fail"; a president may be a company's)
    leading_country = {surname.get(getattr(f.subject, "mention_id", None)) for f in facts
                       if f.predicate == "leaderOf" and ctx.kind(f.object) == "country"}
    citizen: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.predicate == "nationality" and ctx.kind(f.object) == "country":
            citizen[surname.get(getattr(f.subject, "mention_id", None))].add(ctx.gazetteer_label(f.object))
    bare: dict[str, RawFact] = {}
    for f in facts:
        key = surname.get(getattr(f.subject, "mention_id", None))
        if key is not None and _bare_leader_title(ctx, f) and (key not in leading or key not in leading_country
                                                               and _holds(ctx, f.object.lower()) == "country"):
            bare.setdefault(key, f)
    if not bare:
        return []
    out = []
    for key in [k for k in bare if k in citizen]:
        # "Venezuela's Maduro ... President Nicolas Maduro": a bare title of a person of one
        # country leads that country
        title_fact = bare.pop(key)
        if len(citizen[key]) == 1:
            out += _context_leader(ctx, title_fact, EntityRef("country", next(iter(citizen[key]))), nationality=False)
    dateline = _story_dateline(ctx)
    # the dateline's country already has a leader the article names as such ("British Prime
    # Minister Rishi Sunak"): another bare "President X" there is likely a foreign one
    # (but "BRATISLAVA - ... Prime Minister Robert Fico ... President Zuzana Caputova": a
    # president who does not lead there is that country's head of state)
    led = {ctx.gazetteer_label(f.object) for f in facts if f.predicate == "leaderOf" and ctx.kind(f.object) == "country"}
    homes: dict = {}   # the story's one country and its country counts, once asked
    for key, title_fact in bare.items():
        found, spoken_of, acts = set(), set(), False
        words = " ".join(title_fact.object.lower().split())
        here = dateline if dateline is None or dateline.label not in led \
            or not ctx.gaz.leads_in(words, dateline.label) else None
        for pm in ctx.mentions:
            if surname.get(ctx.ref(pm).mention_id) != key:
                continue
            root = ctx.doc[pm.start:pm.end].root
            acts = acts or _acts(root)
            seat = _seat_country(ctx, root)
            if seat is not None:
                found.add(seat.label)
            elif root.dep_ == "dobj" and root.head.lemma_.lower() in _GUEST_VERBS:
                # "Zelenskiy met President Joe Biden at the White House": a foreign guest met the
                # seat's own leader there
                guests = [c for c in root.head.children if c.dep_ == "nsubj" and c.i in ctx.by_token]
                seat = _seat_country(ctx, guests[0]) if guests else None
                guest = surname.get(ctx.ref(ctx.by_token[guests[0].i]).mention_id) if guests else None
                if seat is not None and citizen.get(guest) and seat.label not in citizen[guest]:
                    found.add(seat.label)
            said = _speaker_body(ctx, root, kinds={"country"})
            if said is not None:
                spoken_of.add(ctx.gazetteer_label(said))
        if here is not None and acts and not _elsewhere(ctx, key, surname, here.label, led):
            # (not "an adviser to President X", "Sunak met President X")
            found.add(here.label)
        rule = "title-context"
        if not found and acts and here is None and _holds(ctx, title_fact.object.lower()) == "country":
            # (an office only a country has: a president may be a company's; counted once per article)
            if "home" not in homes:
                homes["home"] = _home_country(ctx)
            home = homes["home"]
            if home is not None:   # "Prime Minister Tony Blair" in a story all about Britain
                found.add(home)
                rule = "title-home"
        if not found and acts:
            # "Supreme Leader Ayatollah Ali Khamenei" in a story that names Iran and no other
            # country where that title leads
            only = ctx.gaz.held_only_in.get(words)
            if only and "counts" not in homes:
                homes["counts"] = _country_counts(ctx)
            named = [c for c in only or () if homes["counts"].get(c)]
            if len(named) == 1:
                found, rule = {named[0]}, "title-home"
        if len(found) != 1 or spoken_of - found:
            continue
        out += _context_leader(ctx, title_fact, EntityRef("country", found.pop()), rule=rule)
    return out


def _country_counts(ctx: DocContext, places: bool = False, skip=None, within=None) -> dict[str, int]:
    """How often the article names each country: by name, by a body of it (a seat of
    government), by its demonym, and with ``places`` by a place in it; not by the mention
    ``skip``; with ``within`` (a set of sentence starts) only in those sentences."""
    counts: dict[str, int] = defaultdict(int)
    for pm in ctx.mentions:
        if pm is skip or (within is not None and ctx.doc[pm.start].sent.start not in within):
            continue
        if pm.mention.kind == "country":
            label = ctx.gazetteer_label(ctx.ref(pm))
        elif pm.mention.kind == "institution":
            label = ctx.gaz.institution_country.get(ctx.gazetteer_label(ctx.ref(pm)) or "")
        elif pm.mention.kind == "place" and places:
            label = ctx.country_of(ctx.ref(pm))
        else:
            label = None
        if label:
            counts[label] += 1
    spans = set()
    for t in ctx.doc:
        if within is not None and t.sent.start not in within:
            continue
        found = ctx.demonym_span(t)
        if found is not None and found[1:] not in spans:
            spans.add(found[1:])
            counts[found[0].label] += 1
    return counts


#: Offices held abroad, which a dateline does not place: "Ambassador X" in Kyiv may be anyone's.
_POSTED_TITLES = frozenset({"ambassador", "diplomat", "envoy", "special envoy"})


def _context_officials(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """A minister's title written without a country ("Defence Minister Rustem Umerov",
    "Secretary of State Antony Blinken") gives the nationality of the story's country: the
    dateline's, when the story names that country again, or the one country a story without
    a dateline is all about (as for leaders, see `_context_leaders`). Only an office a country
    has (not an ambassador's, held abroad), of a person who acts in the article (the subject of
    a clause), whom the article gives no nationality or leadership, whose sentences name no
    other country more often, and who does not speak of another country."""
    surname = _person_keys(ctx)
    key_of = lambda f: surname.get(getattr(f.subject, "mention_id", None))
    tied = {key_of(f) for f in facts if f.predicate in ("nationality", "leaderOf")}
    bare: dict[str, RawFact] = {}
    for f in facts:
        words = " ".join(f.object.lower().split()) if f.predicate == "title" else ""
        if f.evidence.rule != "title-prefix" or key_of(f) in tied or words in _POSTED_TITLES:
            continue
        if set(words.split()) & NOT_HELD_NOW:
            # "former President Rodrigo Duterte": an office held before is still the country's
            # (but a "vice president" or "deputy" held another office, maybe a firm's)
            rest = [w for w in words.split() if w not in _BEFORE_OR_FOR_NOW]
            held = ctx.gaz.title(" ".join(rest)) if not set(rest) & NOT_HELD_NOW else None
            if held is not None and held[0] == "leader" and held[1] in ("country", "any"):   # (not a firm's)
                bare.setdefault(key_of(f), f)
        elif ctx.gaz.title(words) == ("official", "country"):
            bare.setdefault(key_of(f), f)
    if not bare:
        return []
    dateline = _story_dateline(ctx)
    country = dateline.label if dateline is not None else _home_country(ctx)
    if country is None:
        return []
    out = []
    for key, f in bare.items():
        roots = [ctx.doc[pm.start:pm.end].root for pm in ctx.mentions if surname.get(ctx.ref(pm).mention_id) == key]
        spoken = {ctx.gazetteer_label(r) for root in roots for r in [_speaker_body(ctx, root, kinds={"country"})] if r}
        if not any(_acts(root) for root in roots) or spoken - {country} or _elsewhere(ctx, key, surname, country):
            continue
        ev = replace(f.evidence, rule="title-context" if dateline is not None else "title-home", confidence=0.5)
        out.append(RawFact(f.subject, "nationality", EntityRef("country", country), ev))
    return out


def _context_companies(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """The head of a company written without the company ("Chief Executive Satya Nadella",
    "Chair Robyn Denholm") heads the one body the story is about: named by its headline or first
    sentence (not only as another party: "a bid from Rangers"), at least twice in all, and at
    least twice as often as any other (a news agency in a dateline's brackets does not count; a
    seat of government or a party is no company). Only for a person whom the article ties to no
    body otherwise, and who acts in a sentence that names that body again ("the company", "the
    board"); not where anything qualifies the title ("WMC chief executive X", "Arsenal
    vice-chairman Y")."""
    surname = _person_keys(ctx)
    key_of = lambda f: surname.get(getattr(f.subject, "mention_id", None))
    # (nor one the article says held an office before: "Nestle dismissed Chief Executive Laurent Freixe")
    tied = {key_of(f) for f in facts if f.predicate in ("leaderOf", "memberOf")
            or f.predicate == "title" and f.object.lower().startswith("former ")}
    bare = {}
    starts = {e: s for s, e, _ in title_spans(ctx.doc, ctx.gaz)}
    for f in facts:
        if f.predicate == "title" and f.evidence.rule == "title-prefix" and key_of(f) not in tied \
                and " ".join(f.object.lower().split()) in COMPANY_HEAD_TITLES and not _owner_before_title(ctx, f.subject):
            pm = next(pm for pm in ctx.mentions if ctx.ref(pm) == f.subject)
            start = starts.get(pm.start, pm.start)
            if start > 0 and (ctx.doc[start - 1].text == "-" or ctx.doc[start - 1].pos_ == "PROPN"):
                continue   # "Arsenal vice-chairman David Dein", "WMC chief executive Andrew Michelmore"
            bare.setdefault(key_of(f), (f, pm))
    if not bare:
        return []
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, TokenMention] = {}
    for tm in ctx.mentions:
        if tm.mention.kind != "institution" or tm.start > 0 and ctx.doc[tm.start - 1].text == "(":
            continue
        key = ctx.actor_key(ctx.ref(tm))
        counts[key] += 1
        first.setdefault(key, tm)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return []
    main = first[ranked[0][0]]
    lead = next((sent for sent in ctx.doc.sents if sent.start_char >= ctx.headline_chars
                 and any(t.pos_ in ("VERB", "AUX") for t in sent)), None)   # (past a dateline of its own)
    if lead is None or not any(ctx.actor_key(ctx.ref(tm)) == ranked[0][0] and tm.start < lead.end
                               and not _counterparty(ctx.doc[tm.start:tm.end].root) for tm in ctx.mentions):
        return []   # (the story is about a body its headline or first sentence names, not only as
        #            another party: "Blackburn have rejected a third bid from Rangers")
    label = main.mention.gazetteer
    if label is not None and (ctx.gaz.institution_place.get(label) or label.split()[-1].lower() in PARTY_HEADS):
        return []   # a seat of government, a broadcaster, a party: no company's board
    body = ctx.ref(main)
    out = []
    for key, (f, titled) in bare.items():
        # (who acts in a sentence that names the body, or "the company": "Chief Executive Satya
        # Nadella has said the company would invest")
        if not any(_acts(ctx.doc[pm.start:pm.end].root) and _names_body(ctx, ctx.doc[pm.start].sent, ranked[0][0])
                   for pm in ctx.mentions if surname.get(ctx.ref(pm).mention_id) == key):
            continue
        sent = ctx.doc[titled.start].sent
        out += [replace(g, evidence=replace(g.evidence, confidence=0.5))   # (a guess from whom the story is about)
                for g in _facts(ctx, f.subject, f.object, body, set(), sent, "title-company-context")[1:]]
    return out


#: Titles of the head of a company, which a story about one company may write bare.
COMPANY_HEAD_TITLES = frozenset({"chief executive", "chief executive officer", "ceo", "chairman", "chair",
                                 "chairwoman", "president and chief executive"})
#: Nouns by which a story names the company it is about again: "the company would invest".
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "board", "carmaker", "bank", "lender", "retailer", "airline",
                            "maker", "giant", "chipmaker", "insurer", "conglomerate"})


#: Prepositions that name another party to what a body's people do: "a bid from Rangers", "in
#: dialogue with Rangers" (but "revenues at Reuters" are its own).
_COUNTERPARTY_PREPS = frozenset({"from", "with", "against", "to", "for", "by", "over"})


def _counterparty(tok: Token) -> bool:
    """Whether a name stands as another party: the object of one of :data:`_COUNTERPARTY_PREPS`."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _COUNTERPARTY_PREPS


def _names_body(ctx: DocContext, sent, key: str) -> bool:
    """Whether a sentence names the body of actor ``key`` (not as another party: "the club are
    in dialogue with Rangers" is no word of Rangers' own), or "the company", "the board"."""
    return any(t.i in ctx.by_token and ctx.by_token[t.i].mention.kind == "institution"
               and ctx.actor_key(ctx.ref(ctx.by_token[t.i])) == key and not _counterparty(t)
               or t.lower_ in _COMPANY_NOUNS and t.pos_ == "NOUN" and any(c.lower_ in ("the", "its") for c in t.children)
               for t in sent)


def _acts(root: Token) -> bool:
    """Whether a name is the subject of a clause, or in apposition to one, or owns the
    government that is ("President William Ruto's government accused the organisers")."""
    return root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") \
        or root.dep_ == "poss" and root.head.lemma_.lower() in ("government", "administration") \
        and root.head.dep_ in ("nsubj", "nsubjpass")


def _elsewhere(ctx: DocContext, key: str, surname: dict, dateline: str, led=frozenset()) -> bool:
    """Whether the sentences that name a person name another country twice or more, and more
    often than the dateline's: "WASHINGTON - The United States recognised Venezuelan opposition
    candidate X ..., rejecting the declaration that President Y won ... Venezuela's electoral
    council declared Y the winner" is no story of a U.S. president ("met officials in Bucha,
    Ukraine", once, is a trip). A sentence that names the person only as a possessor says
    little of them: "The United States condemned the killing, and the FBI agreed to help at
    Lasso's request". A country in ``led`` has its leader in the article already, so its
    count says nothing of whose the person is ("JERUSALEM - Israel struck Iran ..., killing
    the chief of Iran's Revolutionary Guards, in an operation Prime Minister X said ...",
    where Iran's supreme leader is named)."""
    own = {ctx.doc[pm.start].sent.start for pm in ctx.mentions
           if surname.get(ctx.ref(pm).mention_id) == key and ctx.doc[pm.start:pm.end].root.dep_ != "poss"}
    counts = _country_counts(ctx, within=own)
    return any(n >= 2 and n > counts.get(dateline, 0) for c, n in counts.items() if c != dateline and c not in led)


def _home_country(ctx: DocContext) -> str | None:
    """The one country a story without a dateline is about: named (by name, demonym or seat of
    government) at least four times, and at least three times as often as all others together
    ("Tony Blair ... Britain ... the UK ... British ... Downing Street")."""
    counts = _country_counts(ctx)
    if not counts:
        return None
    home = max(counts, key=counts.get)
    rest = sum(counts.values()) - counts[home]
    return home if counts[home] >= 4 and counts[home] >= 3 * rest else None


#: Verbs of a guest meeting a host, who is the object: "met President X at the White House".
_GUEST_VERBS = frozenset({"meet", "visit", "call"})


def _context_leader(ctx: DocContext, title_fact: RawFact, country: EntityRef, nationality: bool = True,
                    rule: str = "title-context") -> list[RawFact]:
    """The facts of a bare leader's title held in ``country`` (none where the title leads only
    elsewhere: no king of France; only the nationality where it does not lead there)."""
    words = " ".join(title_fact.object.lower().split())
    only = ctx.gaz.leader_only_in.get(words)
    if only is not None and country.label not in only:
        return []
    ev = replace(title_fact.evidence, rule=rule, confidence=0.6 if rule == "title-context" else 0.5)
    nationality_facts = [RawFact(title_fact.subject, "nationality", country, ev)] if nationality else []
    if not ctx.gaz.leads_in(words, country.label):
        return nationality_facts   # "President Isaac Herzog" in Jerusalem: Israel's, not its leader
    return [RawFact(title_fact.subject, "leaderOf", country, ev)] + nationality_facts


def bare_leaders(ctx: DocContext, facts: list[RawFact]) -> dict[str, RawFact]:
    """Actor key -> bare leader's title fact of the persons whose office the article gives only
    as a title without a country ("President Joe Biden"), and who have no nationality or
    leadership in it."""
    key = ctx.actor_key
    tied = {key(f.subject) for f in facts if f.predicate in ("nationality", "leaderOf")}
    bare: dict[str, RawFact] = {}
    for f in facts:
        if key(f.subject) not in tied and _bare_leader_title(ctx, f):
            bare.setdefault(key(f.subject), f)
    return bare


def hosts_of_visits(ctx: DocContext, events, facts: list[RawFact]) -> list[RawFact]:
    """A leader's title written without a country is of the country a visitor from abroad came
    to, when the article reports the visit and a meeting of the two: "Kishida made a surprise
    visit to Ukraine ... held talks with President Volodymyr Zelensky" (rule ``title-host``).
    Only for a person the article gives no nationality and no leadership, whom visits to one
    country only tie to it, met by a visitor whom the article does not make that country's, in
    a meeting placed nowhere else."""
    key = ctx.actor_key
    bare = bare_leaders(ctx, facts)
    if not bare:
        return []
    of_country = defaultdict(set)   # person -> countries the article makes theirs
    for f in facts:
        if f.predicate in ("nationality", "leaderOf") and ctx.kind(f.object) == "country":
            of_country[key(f.subject)].add(ctx.country_of(f.object))
    visited = defaultdict(set)   # visitor -> countries visited
    for e in events:   # (not a visit inferred from a meeting with a bare-titled leader: circular)
        if e.type == "Visit" and e.location is not None and (country := ctx.country_of(e.location)) \
                and e.evidence.rule != "meeting-titled-abroad":
            for a in e.agents:
                visited[key(a)].add(country)
    hosts = defaultdict(set)
    for e in events:
        if e.type != "Meeting":
            continue
        people = {key(p) for p in e.participants if ctx.kind(p) == "person"}
        # (a meeting the article places elsewhere is not on the visit: "arrived in Britain after
        # flying from the United States, where he met President George W Bush")
        where = ctx.country_of(e.location) if e.location is not None else None
        for p in (people & bare.keys()) - visited.keys():   # (not a fellow guest: he travelled too)
            for v in people - {p}:
                hosts[p] |= {c for c in visited.get(v, ()) if c not in of_country.get(v, ())
                             and (e.location is None or where == c)}
    out = []
    for p, countries in hosts.items():
        if len(countries) == 1:
            fact = bare[p]
            out += [replace(f, evidence=replace(f.evidence, rule="title-host", confidence=0.6))
                    for f in _context_leader(ctx, fact, EntityRef("country", next(iter(countries))))]
    return out


#: Nouns for the holder of the same office elsewhere: "his Russian counterpart Sergei Lavrov".
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts", "opposite", "equivalent"})


def _counterparts(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """"Foreign Minister Qin Gang met his Russian counterpart Sergei Lavrov": a counterpart
    holds the office of the person whose counterpart they are, in the country or body the noun
    names (Lavrov is Russia's foreign minister; "Biden spoke with his Chinese counterpart, Xi
    Jinping" makes Xi a president, and so China's leader). The owner is the possessor ("his",
    resolved, or a name) or else the subject of the verb the noun hangs on; their title must
    be current and written in this article."""
    titles: dict[str, str] = {}
    for f in facts:
        if f.predicate == "title" and isinstance(f.subject, MentionRef) and not f.object.startswith("Former"):
            titles.setdefault(f.subject.mention_id, f.object)
    by_name = {ctx.mention_text(MentionRef(k)): t for k, t in titles.items()}
    out = []
    for pm in ctx.mentions:
        if pm.mention.kind != "person":
            continue
        root = ctx.doc[pm.start:pm.end].root
        noun = root.head if root.dep_ == "appos" and root.head.lower_ in COUNTERPART_NOUNS else next(
            (c for c in root.children if c.dep_ == "compound" and c.lower_ in COUNTERPART_NOUNS and c.i < pm.start),
            None)
        if noun is None and pm.start > 0 and ctx.doc[pm.start - 1].lower_ in COUNTERPART_NOUNS:
            noun = ctx.doc[pm.start - 1]   # "told his Chinese counterpart Wang Yi", the name parsed apart
        if noun is None:
            continue
        owners = [r for c in noun.children if c.dep_ == "poss"
                  for r in (ctx.coref.get(c.i, ()) if c.pos_ == "PRON" else ctx.np_refs(c))]
        if not any(c.dep_ == "poss" for c in noun.children):
            verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
            if noun.dep_ == "compound":
                verb = root.head.head if root.head.dep_ == "prep" else root.head
            owners = [r for c in verb.children if c.dep_ == "nsubj" for r in ctx.np_refs(c)]
        owned = [titles.get(r.mention_id) or by_name.get(ctx.mention_text(r))
                 for r in owners if isinstance(r, MentionRef)]
        if len(owners) != 1 or not owned or owned[0] is None:
            continue
        # where the counterpart holds it: "his Russian counterpart", "his LSE counterpart"
        affil = next((ref for c in noun.children if c.dep_ in ("amod", "compound")
                      for ref in [ctx.demonym_ref(c) or ctx.token_ref(c, kinds={"country", "institution"})]
                      if ref is not None), None)
        out += _facts(ctx, ctx.ref(pm), owned[0], affil, set(), ctx.doc[pm.start].sent, "counterpart")
    return out


#: Verbs that give a person a title: "X was elected president of Y", "X became prime minister".
ROLE_VERBS = frozenset({"elect", "re-elect", "reelect", "appoint", "name", "become", "swear", "nominate",
                        "install", "inaugurate", "replace", "succeed", "approve", "confirm"})


#: Verbs of leaving an office named with "as": "resigned as prime minister", "stepped down as
#: chief executive", "quit as leader".
LEAVE_VERBS = frozenset({"resign", "quit", "step"})
#: Verbs by which one takes an office for oneself: "declared himself president".
SELF_DECLARE_VERBS = frozenset({"declare", "proclaim"})
#: Verbs by which someone gives a person a title: "appointed Starmer as prime minister", "named
#: Barnier prime minister", "swore in Boluarte as president".
APPOINT_VERBS = frozenset({"appoint", "name", "nominate", "elect", "re-elect", "reelect", "install", "make",
                           "swear", "approve", "confirm"})
#: "took office as prime minister", "assumed power as president": taking an office named with "as"
#: (the verbs, and the objects that make them so).
TAKE_VERBS = frozenset({"take", "assume", "keep", "retain"})
OFFICE_NOUNS = frozenset({"office", "power", "oath", "helm", "charge", "presidency", "premiership", "post", "job",
                          "position", "role"})


def _appointed(ctx: DocContext, pm: TokenMention, root: Token, title_noun: Token | None = None,
               verb: Token | None = None) -> list[RawFact]:
    """"King Charles appointed Keir Starmer as prime minister", "Macron named Michel Barnier
    prime minister", "swore in Dina Boluarte as president": the object holds the title ("as" +
    noun on the verb or the name, or a second object; or the title noun the parser made the
    object, with the name hung on it)."""
    verb = verb if verb is not None else root.head
    # (and the "as" the parser hung on the title the name is joined to: "named Reeves as finance
    # minister and Lammy as foreign secretary")
    holders = (verb, root, root.head) if root.dep_ == "conj" else (verb, root)
    as_preps = sorted({c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "as"},
                      key=lambda c: c.i)
    after = [c for c in as_preps if c.i > root.i]
    if len(as_preps) > 1 and after:   # "appointed Iwaya as foreign minister and Nakatani as defence
        as_preps = after[:1]          # minister": each name's own "as", the first after it
    nouns = [g for c in as_preps for g in c.children if g.dep_ == "pobj"]
    nouns += [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ in ("NOUN", "PROPN")]
    nouns += [c for c in root.children if c.dep_ in ("appos", "npadvmod") and c.pos_ == "NOUN" and c.i > root.i]
    if title_noun is not None:
        nouns = [title_noun]
    affil = _appointer_country(ctx, verb)
    titles = [_title_of_noun(ctx, n) for n in nouns]
    if affil is None and titles and all(t and _holds(ctx, t[0].lower()) == "institution" for t in titles):
        # "Nestle appointed Philipp Navratil as chief executive": the body that appoints to an
        # office only a body has is the one it is held in
        # (or the pronoun that stands for it: "Intel said it had appointed Lip-Bu Tan as chief executive")
        bodies = [r for c in verb.children if c.dep_ == "nsubj" for r in ctx.np_refs(c, kinds={"institution"})]
        affil = bodies[0] if len(bodies) == 1 else None
    return _noun_titles(ctx, pm, nouns, root.sent, "title-appointed", ("of", "for"), numbered_is_past=False,
                        default_affil=affil)


#: Bodies that elect or install a country's leader: "Japan's parliament elected Shigeru Ishiba
#: as prime minister".
ELECTING_BODIES = frozenset({"parliament", "legislature", "assembly", "congress", "senate", "lawmakers",
                             "legislators", "mps", "deputies", "king", "queen", "monarch", "president"})


def _appointer_country(ctx: DocContext, verb: Token) -> Ref | None:
    """The country of the person who appoints, as their own title names it: "French President
    Emmanuel Macron appointed Michel Barnier as prime minister" makes Barnier France's; or of
    the body that elects, as its possessive or demonym names it ("Japan's parliament elected
    Shigeru Ishiba as prime minister", "Peruvian lawmakers swore in ...")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head   # "Sunak sacked Braverman and brought back Cameron as ...": Sunak appoints
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ELECTING_BODIES):
        for t in subj.children:
            ref = ctx.token_ref(t, kinds={"country"}, demonyms=True) if t.dep_ in ("poss", "amod", "compound") \
                else None
            if ref is not None:
                return ref
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.i in ctx.by_token
                 and ctx.token_ref(c, kinds={"person"}) is not None):   # (a name, not a pronoun)
        for t in subj.subtree:
            if t.i >= ctx.by_token[subj.i].start:
                break
            ref = ctx.token_ref(t, kinds={"country"}, demonyms=True)
            if ref is not None:
                return ref
    return None


def _noun_titles(ctx: DocContext, pm: TokenMention, nouns: list[Token], sent, rule: str, preps: tuple[str, ...],
                 numbered_is_past: bool, extra: frozenset = frozenset(), one_of: tuple = (),
                 default_affil: Ref | None = None) -> list[RawFact]:
    """The title facts of a person from the title nouns a clause gives them ("was elected
    president of Brazil", "appointed Starmer as prime minister"): each noun's title, with the
    body or country its ``preps`` name (else ``default_affil``); ``extra`` modifiers for all,
    "one of" for ``one_of``."""
    out = []
    for noun in nouns:
        found = _title_of_noun(ctx, noun, numbered_is_past=numbered_is_past)
        if not found:
            continue
        title, modifiers = found
        if noun in one_of:   # "one of the directors": a board member, not its head
            modifiers = modifiers | {ONE_OF}
        affil, part = _title_affiliation(ctx, noun, preps)
        affil = affil or default_affil
        modifiers = modifiers | ({OF_PART} if part else set()) | extra
        out += _facts(ctx, ctx.ref(pm), title, affil, modifiers, sent, rule)
        for body in _conjoined_bodies(ctx, noun, title, affil, preps):
            out += _facts(ctx, ctx.ref(pm), title, body, modifiers, sent, rule)[1:]
    return out


#: Verbs of a relative clause on a name that can give it an office: "Sunak, who replaced Truss
#: as ...", "Carney, who won the leadership of ...", "X, who is a lawyer".
_RELATIVE_ROLE_VERBS = ROLE_VERBS | TAKE_VERBS | {"be", "win", "serve"}


def _role_verb(ctx: DocContext, pm: TokenMention) -> list[RawFact]:
    """"<Person> was elected president of <Country>", "<Person> became <Country>'s prime minister",
    "<Person> was sworn in as chancellor", "<Person> is a member of <Body>", "<Person>, who is
    a major in the Marine Corps". Future and hoped-for roles ("wants to become", "will be
    named") give nothing; a past "was the chairman of" is not a current leadership."""
    doc = ctx.doc
    root = doc[pm.start:pm.end].root
    relative = [c for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in _RELATIVE_ROLE_VERBS
                and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "that") for g in c.children)]
    if root.dep_ in ("dobj", "oprd") and root.head.lemma_.lower() in APPOINT_VERBS and not irrealis(root.head):
        return _appointed(ctx, pm, root)
    if root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() == "swear" \
            and not irrealis(root.head.head):   # "Lawmakers swore in Dina Boluarte as president"
        return _appointed(ctx, pm, root, verb=root.head.head)
    if root.dep_ == "conj" and root.head.dep_ == "pobj" and root.head.head.lower_ == "as" \
            and root.head.head.head.lemma_.lower() in APPOINT_VERBS and not irrealis(root.head.head.head):
        return _appointed(ctx, pm, root, verb=root.head.head.head)   # "... as foreign minister and Nakatani as"
    if root.dep_ == "conj" and root.head.lemma_.lower() in APPOINT_VERBS and not irrealis(root.head) \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in root.children):
        return _appointed(ctx, pm, root, verb=root.head)   # "named Reeves as chancellor, ..., and Lammy as"
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in DISMISS_VERBS - {"replace", "succeed"} \
            and root.head.tag_ in ("VBD", "VBN") and not irrealis(root.head):
        # "Starmer sacked Peter Mandelson as the UK's ambassador": the office named with "as" was his
        nouns = [g for c in root.head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                 if g.dep_ == "pobj"]
        return _noun_titles(ctx, pm, nouns, root.sent, "title-dismissed", ("of", "for", "to"),
                            numbered_is_past=False, extra=frozenset({"former"}))
    if root.dep_ == "dobj" and root.head.lemma_.lower() == "bring" and not irrealis(root.head) \
            and any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in root.head.children) \
            and any(c.dep_ == "prep" and c.lower_ == "as" for t in (root, root.head) for c in t.children):
        return _appointed(ctx, pm, root)   # "brought back David Cameron as foreign secretary"
    if root.dep_ == "compound" and root.head.dep_ in ("dobj", "oprd") and _title_noun(ctx, root.head) \
            and root.head.head.lemma_.lower() in APPOINT_VERBS and not irrealis(root.head.head):
        return _appointed(ctx, pm, root.head, title_noun=root.head)   # "named Michel Barnier prime minister"
    # "Sunak, who replaced Truss as ...": the relative clause; "Cleverly, who had been foreign
    # secretary, was named home secretary": that and the name's own clause
    verbs = relative[:1] + ([root.head] if root.dep_ in ("nsubj", "nsubjpass") else [])
    if root.dep_ == "nsubj":   # "Odinga ran for president five times and served as prime minister"
        verbs += [c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and c.lemma_.lower() in ("serve", "become") and not any(
                      g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    return [f for verb in verbs for f in _clause_role(ctx, pm, root, verb, bool(relative) and verb is relative[0])]


def _past_time_clause(verb: Token) -> bool:
    """Whether a clause is one of time told in the past: "three days after Lai was sworn in as
    the island's president" (not "if he becomes president", nor "to become president")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children) \
        and (verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had")
                                       for c in verb.children))


def _clause_role(ctx: DocContext, pm: TokenMention, root: Token, verb: Token, relative: bool) -> list[RawFact]:
    """The title facts one clause gives the person ``pm`` (named at ``root``) as the subject of
    ``verb``, its own or a relative clause's (see `_role_verb`)."""
    if verb.lemma_.lower() in APPOINT_VERBS and any(
            c.dep_ in ("dobj", "oprd") and c.pos_ in ("PROPN", "PRON") and c.lower_ not in ("himself", "herself")
            or c.dep_ in ("dobj", "oprd") and (ctx.np_refs(c, kinds={"person"}) or any(
                g.dep_ == "compound" and ctx.token_ref(g, kinds={"person"}) for g in c.children))
            for c in verb.children):
        return []   # "King Charles appointed Keir Starmer as prime minister", "named him as": the object's title
    if verb.lemma_.lower() in SELF_DECLARE_VERBS and not irrealis(verb):
        # "Tiani declared himself the country's new leader", "proclaimed herself president"
        nouns = [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "attr", "dobj") and c.pos_ == "NOUN"
                 and any(g.lower_ in ("himself", "herself") for g in [*c.children, *verb.children])]
        return _noun_titles(ctx, pm, nouns, root.sent, "title-predicate", ("of", "for"), numbered_is_past=False)
    if verb.lemma_.lower() in TAKE_VERBS | {"win"} and not irrealis(verb) and (
            led := [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "leadership"]):
        # "Carney, who won the leadership of the Liberal Party": its leader
        affil, _ = _title_affiliation(ctx, led[0], ("of",))
        return _facts(ctx, ctx.ref(pm), "leader", affil, set(), root.sent, "title-predicate") if affil else []
    copula = verb.lemma_ == "be" and (relative or root.dep_ == "nsubj")
    resigned = verb.lemma_.lower() in LEAVE_VERBS
    took = verb.lemma_.lower() in TAKE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS
                                                     for c in verb.children) \
        or verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    # ("Rutte took over as NATO secretary-general")
    served = verb.lemma_.lower() == "serve"   # "who had served as economy minister": only "as" names it
    if not copula and verb.lemma_.lower() not in ROLE_VERBS and not resigned and not took and not served \
            or verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_ != "say" and not _past_time_clause(verb):
        return []
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "might", "may", "should", "to")
           or c.dep_ == "neg" for c in verb.children):
        return []
    # ("replaces army chief Zaluzhnyi": the object's title is the one replaced, and only "as" gives
    # the subject one: "replaced Truss as prime minister")
    objects = ("oprd", "attr", "xcomp") if verb.lemma_.lower() in ("replace", "succeed") else \
        ("oprd", "attr", "xcomp", "dobj")
    nouns = [c for c in verb.children if c.dep_ in (("attr",) if copula else objects)
             and (c.pos_ in ("NOUN", "PROPN") or copula and c.lower_ == "one")]
    one_of = []
    if copula:   # "is a lawyer and former aide to ...", "is one of the deputy ministers"
        nouns += [c for n in nouns for c in n.conjuncts if c.pos_ == "NOUN" and c not in nouns]
        one_of = [next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), n) for n in nouns if n.lemma_ in ("one", "part")]
        nouns = [n for n in nouns if n.lemma_ not in ("one", "part")] + one_of
    past = {"then"} if copula and verb.tag_ == "VBD" else set()
    if copula and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        past = {"former"}   # "who had been foreign secretary": no longer
    if resigned:   # "Boris Johnson resigned as prime minister": only "as" names the office he left
        nouns, past = [], {"former"}
    if took:   # "took office as prime minister": only "as" names the office
        nouns = []
    if served:   # "served as prime minister from 2008 to 2013", "who had served as": no longer
        nouns = []   # (but "has served as foreign minister since 2004" still does)
        if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            past = {"former"}
    for c in verb.children:   # "sworn in as chancellor", "named as"
        for g in ([c] if c.dep_ == "prep" and c.lower_ == "as" else
                  [x for x in c.children if x.dep_ == "prep" and x.lower_ == "as"] if c.dep_ == "prt" else []):
            nouns += [x for x in g.children if x.dep_ == "pobj"]
    return _noun_titles(ctx, pm, nouns, root.sent, "title-copula" if copula else "title-predicate",
                        ("of", "for", "at", "in", "with") if copula else ("of", "for"), numbered_is_past=copula,
                        extra=frozenset(past), one_of=tuple(one_of))


def _country_before(ctx: DocContext, tm: TokenMention) -> Ref | None:
    """The country named right before an institution the gazetteer does not know: "the U.S.
    Congress", "Algeria's Ettahadi party". Known bodies ("Ukraine's NATO bid") have their own
    country, or none, in the data files."""
    prev = _mention_before(ctx, tm, {"country"}, possessive=False)
    return ctx.ref(prev) if prev is not None else None


def _country_in_name(ctx: DocContext, name: str) -> Ref | None:
    """The country an institution's name ends with after "of": "the National Space Development
    Agency of Japan", "the Supreme Court of Canada"."""
    tail = name_after_of(name)
    known = ctx.gaz.lookup(tail) if tail else None
    return EntityRef("country", known[1]) if known and known[0] == "country" else None


def _described_country(ctx: DocContext, tm: TokenMention) -> Ref | None:
    """The country of a body as the common noun that describes it says: "French company
    Ubisoft", "Chinese tech giant Huawei", "Spotify, the Swedish streaming company",
    "Volkswagen, Germany's biggest carmaker". Only a noun right before the name or in
    apposition to it ("a French court fined Google": the court is not Google)."""
    doc = ctx.doc
    root = doc[tm.start:tm.end].root
    nouns = [doc[tm.start - 1]] if tm.start > 0 and doc[tm.start - 1].lower_ in BODY_NOUNS else []
    nouns += [c for c in root.children if c.dep_ == "appos" and c.lemma_.lower() in BODY_NOUNS]
    for noun in nouns:
        j = noun.i - 1   # the words right before the noun that modify it, or a word between
        while j >= 0 and doc[j].dep_ in _NOUN_MODIFIERS and (doc[j].head.i in range(j + 1, noun.i + 1)
                                                             or doc[j].dep_ == "case"):   # "Germany's"
            t = doc[j]
            if t.text == "-" or j > 0 and doc[j - 1].text == "-" or j + 1 < noun.i and doc[j + 1].text == "-":
                return None   # "US-German carmaker DaimlerChrysler", "Anglo-Dutch group Unilever": not one country
            found = ctx.demonym_ref(t) or ctx.token_ref(t, kinds={"country"})
            if found is not None:
                return found
            j -= 1
    return None


#: Dependencies of the words that may stand in a noun phrase before its noun.
_NOUN_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "case", "det", "nummod", "npadvmod", "punct"})


def _institution_names(ctx: DocContext) -> list[RawFact]:
    """"Ukrainian Foreign Ministry" -> institutionOf Ukraine; known seats of government too."""
    out = []
    seen = set()
    for tm in ctx.mentions:
        m = tm.mention
        if m.kind != "institution":
            continue
        sent = ctx.doc[tm.start].sent
        first = ctx.doc[tm.start]
        owner = _mention_before(ctx, tm, {"country"}) if m.gazetteer is None else None
        # ("China's Taiwan Affairs Office": the owner, not the country the name is about)
        country = ctx.ref(owner) if owner is not None else None
        rule = "country-modifier"
        if country is None and tm.end - tm.start > 1:
            country, rule = ctx.demonym_ref(first), "name-demonym"
        if country is None and tm.end - tm.start > 1:
            known = ctx.gaz.lookup(first.text)
            if known and known[0] == "country":
                country, rule = EntityRef("country", known[1]), "name-demonym"
        if country is None and tm.end - tm.start == 1 and len(m.text.split()) > 1 \
                and (named := ctx.gaz.demonym(m.text.split()[0])):
            # "the Beijing government", named "Chinese Government"
            country, rule = EntityRef("country", named), "name-demonym"
        if country is not None and owner is None and m.gazetteer is None:
            place = ctx.gaz.place_in_name(m.text)   # "American University of Beirut": in Lebanon
            if place is not None and ctx.gaz.place_country.get(place) not in (None, country.label):
                country = None
        if country is None and m.gazetteer is None:   # "the U.S. Congress", "Algeria's Ettahadi party"
            country, rule = _country_before(ctx, tm), "country-modifier"
        if country is None and m.gazetteer is None:   # "the Supreme Court of Canada"
            country, rule = _country_in_name(ctx, m.text), "country-in-name"
        if country is None and m.gazetteer is None:   # "French company Ubisoft", "Spotify, the Swedish company"
            country, rule = _described_country(ctx, tm), "body-noun-country"
        if country is None and m.gazetteer in ctx.gaz.institution_country:
            country, rule = EntityRef("country", ctx.gaz.institution_country[m.gazetteer]), "gazetteer"
        if country is not None and (m.text, country) not in seen:
            seen.add((m.text, country))
            out.append(RawFact(ctx.ref(tm), "institutionOf", country,
                               ctx.evidence(sent, rule, 0.95 if rule == "gazetteer" else 0.9)))
    return out


def _described_titles(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """The title of a person the article names without one but then describes by it: "Rishi
    Sunak has announced an election ... The prime minister said" (rule ``title-description``;
    coreference decides whom "the prime minister" is, see :mod:`kg.extract.coref`)."""
    key = ctx.actor_key
    titled = {key(f.subject) for f in facts if f.predicate == "title"}
    out = []
    for i, refs in ctx.coref.items():
        tok = ctx.doc[i]
        if len(refs) != 1 or ctx.kind(refs[0]) != "person" or key(refs[0]) in titled or tok.pos_ != "NOUN" \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        found = _title_of_noun(ctx, tok)
        if found is None or found[1]:
            continue   # (no title, or a past one: "the former president")
        out += [replace(f, evidence=replace(f.evidence, confidence=0.6))   # (a guess from whom the story is about)
                for f in _facts(ctx, refs[0], found[0], None, set(), tok.sent, "title-description")]
        titled.add(key(refs[0]))
    return out


def extract_roles(ctx: DocContext) -> list[RawFact]:
    """All title, role and institution facts of one article."""
    ends = {e: (s, t) for s, e, t in title_spans(ctx.doc, ctx.gaz)}
    facts: list[RawFact] = []
    for pm in ctx.mentions:
        if pm.mention.kind != "person":
            continue
        facts += _prefix_title(ctx, pm, ends) or _title_of_before(ctx, pm, ends) or _occupation_before(ctx, pm)
        at = pm.start   # "Iran's Supreme Leader Ayatollah Ali Khamenei": a style after a title
        while at in ends and ends[at][0] in ends and " ".join(ends[at][1].lower().split()) in ctx.gaz.styles:
            at = ends[at][0]
            facts += _prefix_title(ctx, pm, ends, at)
        facts += _appositive(ctx, pm)
        facts += _role_verb(ctx, pm)
        owner = _possessor_before(ctx, pm)
        if owner is not None and ctx.kind(owner) == "country":   # "Russia's Vladimir Putin"
            facts.append(RawFact(ctx.ref(pm), "nationality", owner,
                                 ctx.evidence(ctx.doc[pm.start].sent, "possessive-country", 0.8)))
    facts += _counterparts(ctx, facts)
    facts += _described_titles(ctx, facts)
    facts += _context_leaders(ctx, facts)
    facts += _context_officials(ctx, facts)
    facts += _context_companies(ctx, facts)
    facts += _institution_names(ctx)
    return _former_leaders(ctx, facts)


def _former_leaders(ctx: DocContext, facts: list[RawFact]) -> list[RawFact]:
    """Without the leadership an apposition gives a person whom the article calls a former
    leader of that country: "former Japanese Prime Minister Shinzo Abe ... Abe, Japan's
    longest-serving leader" (a record, not an office held now). A title before the name still
    counts ("former President Trump ... President Trump")."""
    key = ctx.actor_key
    former = {(key(f.subject), ctx.country_of(c.object))
              for f in facts if f.predicate == "title" and f.object.lower().startswith("former ")
              and (ctx.gaz.title(f.object.lower()[len("former "):]) or ("", ""))[0] == "leader"
              for c in facts if c.predicate == "nationality" and c.subject == f.subject and ctx.kind(c.object) == "country"}
    if not former:
        return facts
    return [f for f in facts if not (f.predicate == "leaderOf" and f.evidence.rule == "title-apposition"
                                     and ctx.kind(f.object) == "country"
                                     and (key(f.subject), ctx.country_of(f.object)) in former)]
