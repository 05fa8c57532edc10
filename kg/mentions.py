"""Doc -> mentions: the named things of one article, cleaned and typed.

Fixes the small model's known errors with general rules, never with names:

- possessives ("Xi’s", "Putin's") and leading determiners and honorifics are stripped;
- a word that names a title ("State" in "Secretary of State") is not an entity;
- a GPE/ORG that is a token of a person's name in the same article ("Blinken", "Xi") is that person;
- a PERSON span that runs on past a name seen elsewhere in the article, as headlines do
  ("Vladimir Putin Hold Key Meeting"), is cut back to that name;
- the gazetteer decides the kind of every name it knows (a country, a city, an institution);
- a name the model tagged ORG or GPE but followed by an age ("Ann Smith, 50, of Bethany") or by
  an apposition that is a person's title ("Harrington, a professor of ...") is a person;
- a headline's names are checked against the body's ("Kishida Agree to" -> "Kishida");
- name particles continue a name ("Ursula von" + "der Leyen"), and "Von der Leyen" alone is her;
- a dateline names a place, whatever the model tagged ("Evansville, Indiana, United States —");
- a verb the model took into a name is cut off ("he rang Lucy"), a two-word name cut before the
  word its compounds hang on takes it ("Lee Hsien" + "Loong"), a name before "station", "prize"
  and the like is no person ("King Cross station"), time zones are no names ("16:15 UTC");
- a name the model took for a place before a company officer's title is a company ("Nvidia chief
  executive Jensen Huang"); an honorific between a title and a name is no part of either;
- a name elected or appointed "as" a title is a person ("parliament elected Sanae Takaichi as
  prime minister"), a common noun opening a sentence is no part of a name ("Billionaire Andrej
  Babis's party"), a body's name may run on with a "for" phrase ("Alliance for the Unity of
  Romanians"), and a lone word tagged a person where one "met X at" it is a place ("at
  Sandringham").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, norm
from kg.model import Article, Mention
from kg.nlp.datelines import is_dash

__all__ = ["BODY_NOUNS", "BUILDING_NOUNS", "TokenMention", "age_after", "doc_mentions", "generic_body", "title_spans"]

_LABEL_KIND = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "institution"}
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019]|['\u2019])$", re.IGNORECASE)
_NAME_CHARS = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class TokenMention:
    """A mention with its token span in the Doc (used only while the Doc is alive)."""

    mention: Mention
    start: int
    end: int


#: Honorifics anyone may have, which a common noun before them does not make a title of.
_PLAIN_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "former"})


def title_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Token spans (start, end, title) of title phrases, longest first at each position.

    Computed once per Doc (cached in ``doc.user_data``): only tokens that can start a title
    are tried, so the cost is one dictionary look-up per token.
    """
    cached = doc.user_data.get("newskg.titles")
    if cached is not None:
        return cached
    firsts = gaz.title_first_words
    words = [t.lower_ for t in doc]
    spans, i, n_tok = [], 0, len(doc)
    while i < n_tok:
        if words[i] in firsts:
            for n in (5, 4, 3, 2, 1):
                if i + n > n_tok:
                    continue
                span = doc[i:i + n]
                if n > 1 and any(t.is_space or (t.is_punct and t.text != "-") or t.is_sent_start for t in span[1:]):
                    continue
                if gaz.title(span.text):
                    end = i + n   # an honorific after a title is no part of the name ("Emir Sheikh Tamim",
                    # "shadow sports minister Lord Moynihan"; not "as a Cambridge student Mr Howard")
                    while end < n_tok and words[end].rstrip(".") in gaz.honorifics and not doc[end].is_sent_start \
                            and (doc[i].is_title or words[end].rstrip(".") not in _PLAIN_HONORIFICS) \
                            and not _names_with(doc, end):
                        end += 1
                    spans.append((i, end, span.text))
                    i = end - 1
                    break
        i += 1
    doc.user_data["newskg.titles"] = spans
    return spans


@lru_cache(maxsize=4096)
def _pycountry_name(text: str) -> str | None:
    import pycountry  # lazy: only for names our data files do not know

    try:
        found = pycountry.countries.lookup(text)
    except LookupError:
        return None
    return getattr(found, "common_name", None) or found.name


#: Words of an amount the model runs a name into ("fined Apple 1.8 billion euros"); not the
#: numbers of names ("BBC Radio 4", "Group of Seven").
_AMOUNT = re.compile(r"\d+[.,]\d+|million|billion|trillion|bn|mn")


#: A judge's style before a name, which is no first name ("Justice Alexandre de Moraes"); not an
#: honorific, which would also go from "the Justice Department".
_JUDGES_STYLES = frozenset({"justice"})


def _trim(span: Span, gaz: Gazetteer, strip_titles: bool) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space
                           or _POSSESSIVE.fullmatch(doc[end - 1].text)
                           or span.label_ != "PERSON" and doc[end - 1].pos_ == "ADP" and doc[end - 1].is_lower
                           or span.label_ == "ORG" and end - start > 1 and _AMOUNT.fullmatch(doc[end - 1].lower_)):
        end -= 1   # ("the Capella Hotel on", "fined Apple 1.8 billion": the model ran into the next phrase)
    if end - start > 2 and doc[start].lower_ == "courtesy" and doc[start + 1].lower_ == "of":   # photo credits
        start += 2
    if span.label_ != "PERSON" and end - start > 1 and len(doc[start].text) == 2 and doc[start].text[1] == "." \
            and doc[start].text[0].isupper() and doc[start + 1].text.isupper() and len(doc[start + 1]) > 1:
        start += 1   # "she wrote on X. NATO said": a sentence's last letter glued to the next name
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].lower_.rstrip(".") in gaz.honorifics
                           and not _names_with(doc, start)   # ("Sheikh Hasina" keeps it)
                           or (strip_titles and gaz.title(doc[start].text))
                           # "Justice Alexandre de Moraes": a judge's style ("the Justice Department" keeps it)
                           or span.label_ == "PERSON" and doc[start].lower_ in _JUDGES_STYLES and end - start >= 2):
        start += 1
    if span.label_ == "PERSON" and end - start >= 3 and doc[start].is_sent_start and doc[start].tag_ in ("NN", "JJ") \
            and all(t.tag_ == "NNP" for t in doc[start + 1:end]):
        start += 1   # "Billionaire Andrej Babis's party won": a common noun, capitalised to open the sentence
    if strip_titles:  # multi-word titles at the front ("Prime Minister Ann Smith")
        for n in (3, 2):
            if start + n < end and gaz.title(doc[start:start + n].text):
                start += n
                break
        if end - start > 2 and doc[end - 1].text.isupper() and gaz.title(doc[end - 1].text):
            end -= 1   # "Paul Boateng MP"
    return doc[start:end] if end > start else None


#: Common nouns for things named after a person ("King Cross station", "Nobel prize"): the name
#: before them is part of the thing's name, not a person in the story.
NAMED_AFTER_NOUNS = frozenset({"station", "airport", "street", "road", "avenue", "square", "bridge", "stadium",
                               "hospital", "park", "hall", "building", "tower", "library", "museum", "theatre",
                               "theater", "prize", "award", "memorial", "highway", "boulevard", "lane", "terminal",
                               "arena", "trophy", "cup", "medal", "lecture", "scholarship"})


#: Last words of the names of buildings and grounds, which are places even where the model
#: tagged them as organisations.
BUILDING_NOUNS = frozenset({"hotel", "palace", "airport", "stadium", "cathedral", "mosque", "castle", "cosmodrome",
                            "villa", "resort", "arena", "square", "bridge", "airbase", "temple", "church"})


#: Nouns of churches and colleges named after a saint or founder: "St Peter's Basilica".
_CHURCH_NOUNS = frozenset({"basilica", "chapel", "abbey", "college", "school", "university", "church", "cathedral"})


#: Nouns of buildings and churches (a one-word "person" that is one is none: "Basilica").
_BUILDING_WORDS = BUILDING_NOUNS | _CHURCH_NOUNS
#: Nouns that end a place's name after a person's possessive ("St Peter's Square").
_PLACE_NAME_NOUNS = NAMED_AFTER_NOUNS | _BUILDING_WORDS


def _named_place_after(doc: Doc, span: Span) -> bool:
    """Whether a name is, through a possessive, the start of a place's name: "St Peter's
    Basilica", "St Peter's Square" (the possessive and the place noun inside the model's span
    or after it)."""
    own = next((t.i for t in doc[span.start + 1:min(span.end + 1, len(doc))] if _POSSESSIVE.fullmatch(t.text)), None)
    if own is None or own + 1 >= len(doc):
        return False
    after = doc[own + 1]
    return after.text[:1].isupper() and after.lower_ in _PLACE_NAME_NOUNS


#: Words after a hyphen that make a name a modifier: "the Blair-era reforms", "a Bush-style
#: campaign", "the Saudi-led coalition".
HYPHEN_SUFFIXES = frozenset({"era", "style", "led", "backed", "based", "born", "like", "type", "esque", "linked",
                             "inspired", "aligned", "allied", "controlled", "owned", "run", "funded", "appointed",
                             "friendly", "years", "administration", "government"})


#: Honorifics that are part of a name when only one word follows them: "Sheikh Hasina".
_NAME_HONORIFICS = frozenset({"sheikh", "sheik", "shaikh"})


def _names_with(doc: Doc, i: int) -> bool:
    """Whether the honorific at ``i`` is part of a name of one more word: "Prime Minister Sheikh
    Hasina" (not "Emir Sheikh Tamim bin Hamad")."""
    return doc[i].lower_ in _NAME_HONORIFICS and i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" \
        and (i + 2 >= len(doc) or doc[i + 2].pos_ != "PROPN")


#: Plural names of political families: a name the model tags as a group of people that ends in
#: one is a party ("the Christian Democrats", "the Free Democrats", "Sweden Democrats").
PARTY_FAMILIES = frozenset({"democrats", "republicans", "conservatives", "socialists", "liberals", "greens",
                            "communists", "nationalists", "unionists", "progressives"})


def _inner_title(span: Span, titles: list[tuple[int, int, str]], gaz: Gazetteer) -> tuple[int, int] | None:
    """(start, end) of a title inside a span tagged a body, between one to three capitalised
    words of a body's name and two or three of a person's: "Alphabet Chief Executive Sundar
    Pichai". None when the span is anything else ("Foreign Minister" alone, "Ministry of
    Foreign Affairs", and a plural title: "Financial Economists Roundtable" is a body)."""
    cap = lambda t: t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN"
    for s, e, _ in titles:
        last = span.doc[e - 1]
        plural = last.tag_ == "NNPS" or last.lower_.endswith("s") and last.lemma_.lower() != last.lower_
        if span.start < s and e < span.end and s - span.start <= 3 and 2 <= span.end - e <= 3 and not plural \
                and all(cap(t) for t in span.doc[span.start:s]) and all(cap(t) for t in span.doc[e:span.end]) \
                and gaz.lookup(span.doc[e:span.end].text) is None \
                and not any(gaz.title(t.text) or t.lower_ in gaz.org_heads for t in span.doc[e:span.end]):
            return s, e
    return None


def _party(text: str, gaz: Gazetteer) -> tuple[str, str | None] | None:
    """The party a name tagged as a group of people stands for: one the data knows by its name
    with "Party" ("Republicans", "Democrat" -> Democratic Party through "Democrat Party"), or
    a party of its own when it is several words ending in a political family ("the Free
    Democrats"); None for a demonym or anything else."""
    words = text.split()
    if not words or not words[-1][:1].isupper():
        return None
    for name in (f"{text} Party", f"{text[:-1]} Party" if text.endswith("s") else None):
        known = gaz.lookup(name) if name else None
        if known is not None and known[0] == "institution":
            return known
    if len(words) >= 2 and words[-1].lower() in PARTY_FAMILIES and all(w[:1].isupper() for w in words):
        return ("institution", None)
    return None


def _surnames_found(doc: Doc, gaz: Gazetteer, found: list[TokenMention]) -> list[TokenMention]:
    """``found`` with a lone word the model tagged a place or body made a person where it is
    the surname of a full name found in the article ("Maria Corina Machado ... Maduro accused
    Machado", where "Machado" is also a town), unless the data knows the word as a name or a
    common noun says it is a body ("newspaper company Jagran", where the model made "Dainik
    Jagran" a person)."""
    lasts = {doc[tm.end - 1].text for tm in found if tm.mention.kind == "person" and tm.end - tm.start >= 2}
    out = []
    for tm in found:
        body_named = tm.mention.kind == "institution" and (
            _body_noun_before(doc[tm.start:tm.end]) or _body_described(doc[tm.start:tm.end]))
        if tm.end - tm.start == 1 and tm.mention.kind in ("place", "institution") and tm.mention.text in lasts \
                and not body_named and gaz.lookup(tm.mention.text) is None:
            tm = TokenMention(replace(tm.mention, kind="person", gazetteer=None), tm.start, tm.end)
        out.append(tm)
    return out


#: Labels the model gives a lone word of a name by mistake ("Prabowo" as a work of art); not
#: dates or numbers ("in May" is no Theresa May).
_MISTAKEN_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def _lone_entity(t) -> bool:
    """Whether the model tagged a word as a name of its own, not as a PERSON: "Maria Corina"
    and then "Machado" tagged an organisation, the surname of the same name."""
    return t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and (
        t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")


def _surface(span: Span) -> str:
    text = " ".join(span.text.split())
    if len(text) > 2 and text[-1] in "-\u2013" and text[-2].isalpha():
        text = text[:-1]   # "Mr Bush- and": a hyphen left on the word
    return _POSSESSIVE.sub("", text) if len(text) > 3 else text


def doc_mentions(doc: Doc, article: Article, gaz: Gazetteer, offset: int = 0) -> list[TokenMention]:
    """The named things of an article, in text order. ``offset``: where the Doc's text starts
    in the article (long articles are parsed in pieces); mention offsets are article offsets."""
    titles = title_spans(doc, gaz)
    in_title = {i for s, e, _ in titles for i in range(s, e)}
    title_ends = {e for s, e, _ in titles}
    title_starts = {s for s, e, _ in titles}
    persons = [doc[e.start:_particle_end(e, gaz)] for e in doc.ents if e.label_ == "PERSON" or _titled_name(e, gaz,
                                                                                                     title_ends)]
    persons += [span for e in doc.ents if (span := _titled_first_name(e, gaz, title_ends)
                                           or _place_first_name(e, gaz, title_ends)) is not None]
    cued = _cued_untagged(doc, gaz, in_title)
    persons += cued
    person_lasts = {norm(e[-1].text) for e in persons if len(e) >= 2}
    person_texts = {norm(_surface(e)) for e in persons if len(e) >= 2}
    person_tokens = {t.lower_ for e in persons for t in e if t.is_alpha and t.text[:1].isupper()}
    surnames = {norm(" ".join(w for w in p.split()[i:])) for p in person_texts
                for i, w in enumerate(p.split()) if i and w in gaz.name_particles}   # "von der leyen"
    # ... and an Arabic family name with its article: "Ahmed al-Sharaa" ... "Al-Sharaa said"
    surnames |= {p.split()[-1] for p in person_texts if p.split()[-1][:3] in ("al-", "el-")}

    alone = {e.text for e in doc.ents if len(e) == 1}   # words the model tags as a name on their own
    out: list[TokenMention] = []
    claimed = -1   # the last token a name took past the model's span ("Leyen" of "Ursula von der Leyen")
    ents = doc.ents
    for k, ent in enumerate(ents):
        mistaken = ent.label_ in _MISTAKEN_LABELS and (norm(ent.text) in person_lasts or len(ent) == 1 and (
            ent[0].lower_ in person_tokens and gaz.lookup(ent.text) is None))
        if ent.label_ not in _LABEL_KIND and ent.label_ != "NORP" and not mistaken or ent.start <= claimed:
            continue   # (but "Bongo", tagged a product, is the surname of "Ali Bongo", and "Prabowo",
            #            tagged a work of art, the name "Prabowo Subianto" goes by; "in May" is a date)
        span = _trim(ent, gaz, strip_titles=ent.label_ == "PERSON")
        nxt = ents[k + 1] if k + 1 < len(ents) and ents[k + 1].start == ent.end else None
        if span is not None and ent.label_ == "ORG" and ent[-1].lower_ == "and" and nxt is not None \
                and nxt.label_ == "ORG":
            # "The Party of Action and" + "Solidarity", tagged two bodies: one name
            span, claimed = doc[span.start:nxt.end], nxt.end - 1
        if span is not None and ent.label_ == "PERSON" and _split_name(ent, gaz):
            # "Samia Suluhu" + "Hassan", tagged two persons with nothing between: one name
            span, claimed = doc[span.start:ent.end + 1], ent.end
        if span is None or not _NAME_CHARS.search(span.text) or span.text.lower() in _TIME_ZONES \
                or span.text.lower() in gaz.not_names:
            continue
        inner = _inner_title(span, titles, gaz) if ent.label_ == "ORG" else None
        if inner is not None:
            # "Alphabet Chief Executive Sundar Pichai", tagged one body: a body, a title, a person
            body, name = doc[span.start:inner[0]], doc[inner[1]:span.end]
            kind, label = gaz.lookup(body.text) or ("institution", None)
            out += [TokenMention(Mention(article.id, offset + body.start_char, offset + body.end_char, _surface(body),
                                         kind, label), body.start, body.end),
                    TokenMention(Mention(article.id, offset + name.start_char, offset + name.end_char, _surface(name),
                                         "person"), name.start, name.end)]
            continue
        if len(span) == 3 and span[1].text == "-" and not span[0].whitespace_ and not span[1].whitespace_ \
                and {norm(span[0].text), norm(span[2].text)} <= person_lasts:
            # "Trump-Putin meeting", tagged one name: the two people the article names in full
            out += [TokenMention(Mention(article.id, offset + t.idx, offset + t.idx + len(t), t.text, "person"),
                                 t.i, t.i + 1) for t in (span[0], span[2])]
            continue
        if ent.label_ == "PERSON" and span.start == ent.start and _first_name_before(span, gaz, title_ends):
            span = doc[span.start - 1:span.end]   # "Recep Tayyip Erdogan, the president": the model cut "Recep"
        as_person = False
        if ent.label_ != "PERSON" and (named := _titled_first_name(ent, gaz, title_ends)
                                       or _place_first_name(ent, gaz, title_ends)) is not None:
            span, as_person = named, True   # "former president Alejandro Toledo", "Toledo" tagged a city
        elif ent.label_ != "PERSON":  # "Chancellor Olaf Scholz" tagged ORG: a title, then a name
            rest = _trim(ent, gaz, strip_titles=True)
            if rest is not None and rest.start == span.start and span.start not in title_ends:
                rest = None
            if (rest is not None and 1 <= len(rest) <= 3
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in rest)
                    and gaz.lookup(rest.text) is None and _party(rest.text, gaz) is None   # ("fellow Democrats")
                    and not any(gaz.title(t.text) for t in rest) and rest[-1].lower_ not in gaz.org_heads
                    and rest[-1].lower_ not in NAMED_AFTER_NOUNS):   # "Imam Khomeini International Airport"
                span, as_person = rest, True
        text = _surface(span)
        known = gaz.lookup(text) or (gaz.lookup(text[:-1]) if text.endswith("s") and len(text) > 4 else None)
        if known is None and ent.label_ == "ORG":   # "Labour", "the Republicans": a party the data knows
            known = next((k for k in (gaz.lookup(f"{text} Party"), gaz.lookup(f"{text[:-1]} Party")
                                      if text.endswith("s") else None) if k and k[0] == "institution"), None)
        if known is None and ent.label_ in ("GPE", "LOC") and not (len(span) == 1 and norm(text) in person_lasts):
            known = gaz.city(text)   # a city of the world list ("San Diego"), unless it is the surname
            #                          of a person the article names in full ("Alejandro Toledo")
        if known is None and ent.label_ == "ORG" and _in_place_phrase(span):
            known = gaz.city(text)   # "a railway station in Novi Sad", "the mayor of Novi Sad", tagged a body
        if ent.label_ == "NORP" and known is None and len(span) == 1 and span[0].lower_ in PARTY_FAMILIES \
                and span.start > 1 and doc[span.start - 1].is_title and doc[span.start - 1].is_alpha \
                and not doc[span.start - 1].is_sent_start and doc[span.start - 1].i > claimed \
                and gaz.demonym(doc[span.start - 1].text) is None and gaz.lookup(doc[span.start - 1].text) is None:
            # "the conservative Christian Democrats", tagged "Christian" and "Democrats": one party
            span = doc[span.start - 1:span.end]
            text = _surface(span)
            known = _party(text, gaz)
        if ent.label_ == "NORP" and known is None and span.root.dep_ not in ("amod", "compound", "nmod") and not (
                span.start > 0 and doc[span.start - 1].is_title and doc[span.start - 1].lower_ not in ("the", "a")):
            # (not "Democrat" cut out of "Liberal Democrat leader", nor the party word of "the
            # Democrat senator said", which the title rules read)
            known = _party(text, gaz)
        if ent.label_ == "NORP" and known is None and norm(text) not in person_lasts:
            continue  # demonyms feed facts, they are not nodes ("Albanese" after "Anthony Albanese" is a name)
        if known is None and not any(t.pos_ in ("PROPN", "NOUN", "NUM") for t in span) \
                and norm(text) not in person_lasts and not _body_described(span) \
                and not (ent.label_ == "ORG" and _body_noun_after(span)):
            continue  # "Fierce" (a capitalised adjective at the start of a sentence) is no name; "Trump",
            #           tagged an adjective in a headline, is the surname of "Donald Trump" further on
        if not any(ch.isupper() for ch in span.text) and (known is not None or ent.label_ != "PERSON"):
            continue  # "working party", "fed by channels": no capital letter, no name
        noble = _noble(span, gaz)
        if (not noble and span.start >= 2 and ent.label_ in ("GPE", "LOC", "ORG") and doc[span.start - 1].lower_ == "of"
                and _noble(doc[span.start - 2:span.end], gaz) and (known is None or known[0] != "country")):
            span, noble = doc[span.start - 2:span.end], True   # "the Prince of Wales" where the model saw "Wales"
            text = _surface(span)
        if as_person or noble or norm(text) in surnames:
            kind, gaz_label = "person", None
        elif known is not None:
            kind, gaz_label = known
        elif ent.label_ != "PERSON" and norm(text) in person_tokens:
            kind, gaz_label = "person", None
        elif ent.label_ in ("ORG", "GPE") and (_aged_name(span, gaz) or _titled_apposition(span, gaz)
                                                or _after_person_noun(span, gaz)
                                                or _born_or_died(span, gaz) or _appointed_as(span, gaz)
                                                or _party_member(span, gaz)):
            kind, gaz_label = "person", None
        elif ent.label_ == "FAC" and _acting_name(span):
            kind, gaz_label = "person", None   # "Prabowo Subianto won the election", tagged a facility
        elif ent.label_ != "PERSON" and all(i in in_title for i in range(span.start, span.end)):
            continue  # "State" in "Secretary of State"
        elif ent.label_ != "PERSON" and span.end in title_starts and _portfolio(span, gaz):
            continue  # "Trade and Industry" in "Trade and Industry Secretary": part of the title
        elif ent.label_ in ("ORG", "PERSON") and _settlement_named(span):
            kind, gaz_label = "place", None   # "the Mediterranean city of El Alamein" tagged ORG
        elif ent.label_ == "NORP":   # (only a surname gets here)
            kind, gaz_label = "person", None
        else:
            kind, gaz_label = _LABEL_KIND[ent.label_], None
            if kind == "place" and ent.label_ == "GPE" and _pycountry_name(text):
                kind, gaz_label = "country", _pycountry_name(text)
            elif kind == "institution" and span[-1].lower_ in BUILDING_NOUNS and len(span) >= 2:
                kind = "place"   # "the Capella Hotel", "Hamad International Airport": a building
            elif kind == "place" and span.end < len(doc) and (doc[span.end].lower_ in _COMPANY_TITLE_WORDS or (
                    doc[span.end].lower_ == "chief" and span.end + 1 < len(doc)
                    and doc[span.end + 1].lower_ in ("executive", "financial", "operating", "technology"))):
                kind = "institution"   # "Nvidia chief executive Jensen Huang": no place has a CEO
        if (kind == "place" or kind == "person" and not as_person and not noble and (
                _described_next(span) or len(span) == 1 and span.root.dep_ == "appos" and span.start >= 2
                and doc[span.start - 1].text == "," and span.root.head.i == span.start - 2
                and span.root.head.tag_ == "NN")) \
                and known is None and _body_described(span):
            kind = "institution"   # "Spotify, the Swedish streaming company", tagged a place;
            #                        "Hayat Tahrir al-Sham, an Islamist group", "The main opposition
            #                        party, Chadema,", tagged a person
        if kind == "country" and span.start > 0 and doc[span.start - 1].text in _COMPASS \
                and not doc[span.start - 1].ent_type_ and doc[span.start - 1].whitespace_:
            # "East Azerbaijan province": the model tagged the country inside a region's name
            span = doc[span.start - 1:span.end]
            text = _surface(span)
            known = gaz.lookup(text)
            kind, gaz_label = known if known is not None else ("place", None)
        if kind == "person" and not as_person and _body_noun_before(span) \
                and known is None:
            kind = "institution"   # "the construction company Odebrecht", "carmaker Toyota"
        if kind == "person" and not as_person and known is None and span.end < len(doc) \
                and span.root.dep_ == "compound" and span.root.head.i == span.end \
                and doc[span.end].lower_ in ("party", "movement") \
                and any(c.dep_ in ("det", "poss") for c in doc[span.end].children):
            kind = "institution"   # "a lawmaker from the center-right Somos Peru party", tagged a person
        if kind == "person" and not as_person and known is None and len(span) == 1 \
                and norm(text) not in person_lasts and span.root.dep_ == "pobj" \
                and span.root.head.lower_ in ("to", "in") and span.root.head.head.lemma_.lower() in _TRAVEL_VERBS \
                and (city := gaz.city(text)) is not None:
            kind, gaz_label = city   # "the pope will travel to Iznik", tagged a person
        if kind == "person":
            if any(ch.isdigit() for ch in text):
                continue
            lead = span.start
            while lead < span.end - 1 and doc[lead].is_lower and doc[lead].is_alpha \
                    and doc[lead].text not in gaz.name_particles and doc[lead + 1].text != "-":   # ("al-Sharaa")
                lead += 1   # "he rang Lucy": the model took the verb into the name
            if lead != span.start:
                span = doc[lead:span.end]
                text = _surface(span)
            if span.root.dep_ == "compound" and span.root.head.i == span.end \
                    and span.root.head.lemma_.lower() in NAMED_AFTER_NOUNS:
                continue   # "London's King Cross station", "the John Lennon airport": a place named after one
            if _named_place_after(doc, span) or len(span) == 1 and span[0].lower_ in _BUILDING_WORDS:
                continue   # "St Peter's Basilica", "St Thomas' Hospital": a place's name, no person in the story
            if (doc[ent.start].lower_ in ("a", "an") or span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")) \
                    and not as_person and span.root.dep_ not in ("compound", "nmod", "amod"):
                continue   # "received an Oscar", "a Picasso": a thing named after someone ("a Bush aide" stays)
            if not any(t.text[:1].isupper() for t in span) and not {t.lower_ for t in span} & person_tokens:
                continue
            dash = next((t.i for t in span[1:] if t.text in ("-", "\u2013", "\u2014") and (
                doc[t.i - 1].whitespace_ or t.i + 1 < len(doc) and doc[t.i + 1].lower_ in HYPHEN_SUFFIXES)), None)
            if dash is not None:   # "Florian Hamm - Borussia Dortmund's largest investor": a spaced dash ends
                #                    it, and so does a hyphen before "-style", "-era" ("a George Bush-style campaign")
                span, text = doc[span.start:dash], _surface(doc[span.start:dash])
            own = next((t.i for t in span[1:] if _POSSESSIVE.fullmatch(t.text)), None)
            if own is not None:   # "Joseph O'Connor's Star of the Sea": the name ends at the possessive
                span, text = doc[span.start:own], _surface(doc[span.start:own])
            end = _particle_end(span, gaz)
            if end != span.end:   # "Ursula von" + "der Leyen": particles continue a name
                claimed = max(claimed, end - 1)
                span, text = doc[span.start:end], _surface(doc[span.start:end])
            cut = None if noble else next((t.i for t in span[1:] if (t.pos_ in ("VERB", "AUX", "ADP")
                                                                    or t.lower_ == "the")
                                           and t.text not in gaz.name_particles), None)
            if cut is not None:  # "Putin Welcomes Xi": a verb inside a name ends it ("awarded Modi
                #                  the Order of St Andrew": so does an article)
                rest = doc[cut + 1:span.end]
                if len(rest) == 1 and rest[0].lower_ in person_tokens:   # ... and what follows may be one
                    out.append(TokenMention(Mention(article.id, offset + rest.start_char, offset + rest.end_char, rest.text,
                                                    "person"), rest.start, rest.end))
                span = doc[span.start:cut]
                text = _surface(span)
            if len(span) >= 3:  # headline run-on: cut back to a name seen elsewhere
                for n in range(len(span) - 1, 1, -1):
                    # (not "Abdel Fattah" + "Burhan", a surname said alone elsewhere, where the
                    # model cut another man's "Abdel Fattah el-Sissi" short)
                    if norm(span[:n].text) in person_texts and not (n == len(span) - 1 and span[-1].text in alone):
                        span = span[:n]
                        text = _surface(span)
                        break
            end = span.end
            last = doc[end - 1].head.i if doc[end - 1].dep_ == "compound" else -1
            if len(span) >= 2 and end <= last <= end + 1 and all(
                    doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text[:1].isupper()
                    and (not doc[k].ent_type_ or k == last and _lone_entity(doc[k]))
                    and (k == last or doc[k].dep_ == "compound" and doc[k].head.i == last)
                    and gaz.lookup(doc[k].text) is None and not gaz.title(doc[k].text)
                    and doc[k].lower_ not in gaz.org_heads for k in range(end, last + 1)):
                end = last + 1   # "Lee Hsien" + "Loong", "Aung San" + "Suu Kyi": the word a name's
                #                  compounds hang on is its last
            if len(span) >= 2 and end + 1 < len(doc) and doc[end].text in ("Al", "El") \
                    and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN" \
                    and doc[end + 1].ent_type_ not in ("GPE", "ORG", "NORP"):
                end += 2   # "Mohammed bin Abdulrahman" + "Al Thani": the family name after the article
            elif len(span) >= 2 and end + 2 < len(doc) and doc[end].lower_ in ("al", "el") and doc[end + 1].text == "-" \
                    and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
                    and doc[end + 2].is_alpha and doc[end + 2].text[:1].isupper():
                end += 3   # "Abdel Fattah" + "el-Sissi"
            if end != span.end:
                claimed = max(claimed, end - 1)
                span, text = doc[span.start:end], _surface(doc[span.start:end])
        if kind == "institution" and gaz_label is None:
            text = _qualified_body(doc, span, text, gaz)
        mention = Mention(article.id, offset + span.start_char, offset + span.end_char, text, kind, gaz_label)
        out.append(TokenMention(mention, span.start, span.end))
    out = _join_company_names(doc, article, offset, out, person_texts)
    out = _surnames_found(doc, gaz, out)
    # (a name the model tagged a person but the rules made a body, "maker Activision Blizzard",
    # lends its words to no person)
    bodies = {i for tm in out if tm.mention.kind != "person" for i in range(tm.start, tm.end)}
    persons = [e for e in persons if e.start not in bodies]
    out += [TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char, span.text, "person"),
                         span.start, span.end) for span in cued]
    # (names the rules above made persons lend their words too: "parliament elected Sanae
    # Takaichi as prime minister", tagged an organisation, then "Trump congratulated Takaichi")
    spans = {(e.start, e.end) for e in persons}
    persons += [doc[tm.start:tm.end] for tm in out if tm.mention.kind == "person" and tm.end - tm.start >= 2
                and (tm.start, tm.end) not in spans]
    out = _name_parts(doc, article, gaz, offset, persons, out, in_title)
    out = _titled_untagged(doc, article, gaz, offset, out, title_ends)
    out = _capitalised_after_title(doc, article, gaz, offset, out, title_ends)
    out = _generic_bodies(doc, article, gaz, offset, out, in_title)
    out = _settlements(doc, article, offset, out)
    out = _untagged_bodies(doc, article, gaz, offset, out, in_title)
    out = _described_capitals(doc, article, gaz, offset, out)
    out = _untagged_destinations(doc, article, gaz, offset, out)
    out = _known_acronyms(doc, article, gaz, offset, out)
    out = _bodies_before_titles(doc, article, gaz, offset, out)
    out = _datelines(doc, article, gaz, offset, out)
    out = _address_datelines(doc, article, gaz, offset, out)
    out = _states_of_dateline_country(doc, gaz, out)
    out = _institution_runs(doc, article, gaz, offset, out)
    out = _party_names(doc, article, gaz, offset, out)
    out = _nicknamed(doc, article, gaz, offset, out)
    out = _headline_names(doc, article, gaz, offset, out)
    out = _venues(doc, out)
    out.sort(key=lambda tm: tm.start)
    return out


#: Verbs after which "at" names where something happened: "met King Charles at Sandringham".
_VENUE_VERBS = frozenset({"meet", "host", "welcome", "receive", "sign", "hold", "attend", "speak", "arrive", "stay"})


def _venues(doc: Doc, found: list[TokenMention]) -> list[TokenMention]:
    """``found`` with a lone word the model tagged a person made a place where it is the object
    of "at" after a verb of meeting or arriving, and no person the article names in full bears it:
    "Modi later met King Charles III at Sandringham" (the estate, not a person)."""
    words = {w for tm in found if tm.mention.kind == "person" and tm.end - tm.start >= 2
             for w in tm.mention.text.split()}
    out = []
    for tm in found:
        t = doc[tm.start]
        if tm.mention.kind == "person" and tm.end - tm.start == 1 and tm.mention.text not in words \
                and t.dep_ == "pobj" and t.head.lower_ == "at" and t.head.head.lemma_.lower() in _VENUE_VERBS:
            tm = TokenMention(replace(tm.mention, kind="place", gazetteer=None), tm.start, tm.end)
        out.append(tm)
    return out


def headline_end(article: Article) -> int | None:
    """Where the article's headline line ends, if its text opens with its title over a body
    ("Scholz and Kishida Agree to Deepen Security Ties", "Xi tells Macron China wants peace");
    None otherwise."""
    text = article.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = " ".join(text[start:end].split())
    if not line or line != " ".join(article.title.split()) or line.endswith(".") or not text[end:].strip():
        return None   # a sentence, or the whole text: no headline over a body
    return end


def _headline_names(doc: Doc, article: Article, gaz: Gazetteer, offset: int,
                    found: list[TokenMention]) -> list[TokenMention]:
    """Headlines are terse, and title case capitalises every word, so the model takes verbs and
    nouns for names ("Kishida Agree to", "Secures New Military", "ICC Seeks Arrest Warrants",
    "Macron China" in "Xi tells Macron China wants peace"). There, a name the gazetteer does
    not know keeps only its longest run of first words that stands inside one of the body's
    names ("Kishida", "ICC", "Macron"); with none, it is dropped. A word left that the body uses only in persons' names
    makes the mention a person ("Scholz" tagged a place in the headline)."""
    end = headline_end(article)
    if end is None or offset >= end:
        return found
    end -= offset
    body = [tm for tm in found if tm.mention.start - offset >= end]
    names = [" " + " ".join(t.lower_ for t in doc[tm.start:tm.end] if t.is_alpha) + " " for tm in body]
    person_words = {t.lower_ for tm in body if tm.mention.kind == "person" for t in doc[tm.start:tm.end]} \
        - {t.lower_ for tm in body if tm.mention.kind != "person" for t in doc[tm.start:tm.end]}
    out = []
    for tm in found:
        m = tm.mention
        if m.start - offset >= end or m.gazetteer is not None:
            out.append(tm)
            continue
        stop = tm.end   # the longest first words that stand together inside one of the body's names
        while stop > tm.start and not any(
                " " + " ".join(t.lower_ for t in doc[tm.start:stop] if t.is_alpha) + " " in n for n in names):
            stop -= 1
        while stop > tm.start and not doc[stop - 1].is_alpha:
            stop -= 1
        if stop == tm.start:
            continue
        if stop < tm.end:
            span = doc[tm.start:stop]
            text = _surface(span)
            kind, label = gaz.lookup(text) or (
                "person" if all(t.lower_ in person_words for t in span if t.is_alpha) else m.kind, None)
            m = Mention(m.article_id, offset + span.start_char, offset + span.end_char, text, kind, label)
            tm = TokenMention(m, tm.start, stop)
        elif m.kind != "person" and all(t.lower_ in person_words for t in doc[tm.start:tm.end] if t.is_alpha):
            tm = TokenMention(Mention(m.article_id, m.start, m.end, m.text, "person"), tm.start, tm.end)
        out.append(tm)
    return out


def _titled_name(ent: Span, gaz: Gazetteer, title_ends: set[int]) -> bool:
    """An ORG or GPE span of two or three capitalised proper nouns right after a title
    ("Chancellor" + "Olaf Scholz" tagged ORG) names a person: its words vouch for the surname
    said alone later ("Scholz" tagged a place)."""
    return (ent.label_ in ("ORG", "GPE") and ent.start in title_ends and 2 <= len(ent) <= 3
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in ent)
            and gaz.lookup(ent.text) is None and ent[-1].lower_ not in gaz.org_heads)


def _titled_first_name(ent: Span, gaz: Gazetteer, title_ends: set[int]) -> Span | None:
    """"former president Alejandro Toledo" where the model tagged "Toledo" a place and left
    "Alejandro" out: a one-word ORG or GPE right after an untagged capitalised proper noun that
    itself follows a title is a surname, and the two words are the person's name."""
    first = ent.start - 1
    if ent.label_ not in ("ORG", "GPE", "LOC") or len(ent) != 1 or first not in title_ends:
        return None
    doc = ent.doc
    t = doc[first]
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.ent_type_
            and ent[0].is_alpha and ent[0].text[:1].isupper() and not ent[0].is_upper
            and t.lower_ not in gaz.honorifics and not gaz.title(t.text) and gaz.lookup(t.text) is None
            and ent[0].lower_ not in gaz.org_heads and gaz.lookup(ent.text) is None):
        return None
    return doc[first:ent.end]


def _split_name(ent: Span, gaz: Gazetteer) -> bool:
    """Whether the model cut one person's name in two: one or two capitalised words tagged a
    person, then right after them one more tagged a person on its own ("Samia Suluhu" +
    "Hassan", "Susilo Bambang" + "Yudhoyono"). Not after a possessive ("Sally Grindley's
    Spilled Water"), a title or an honorific ("Emir Sheikh" + "Tamim ...")."""
    doc = ent.doc
    if len(ent) > 2 or ent.end + 1 >= len(doc) or not ent[-1].whitespace_:
        return False
    nxt = doc[ent.end]
    if not (nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" and doc[ent.end + 1].ent_iob_ != "I"
            and nxt.tag_ == "NNP" and nxt.is_alpha and nxt.text[:1].isupper()):
        return False
    return all(t.tag_ == "NNP" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in gaz.honorifics
               and not gaz.title(t.text) for t in ent)


def _in_place_phrase(span: Span) -> bool:
    """Whether a name stands where a place does: after "in", "near" or "outside", or as what a
    mayor or governor is "of"."""
    root = span.root
    prep = root.head if root.dep_ == "pobj" else None
    return prep is not None and (prep.lower_ in ("in", "near", "outside")
                                 or prep.lower_ == "of" and prep.head.lemma_.lower() in ("mayor", "governor", "city"))


def _place_first_name(ent: Span, gaz: Gazetteer, title_ends: set[int]) -> Span | None:
    """"Foreign Minister Israel Katz" where the model tagged "Israel" a country and left "Katz"
    out: a one-word GPE in compound with an untagged capitalised proper noun after it that no
    data file knows is a first name, and the two words the person's, where something says a
    person is named: a title before it, a person's name coordinated with it ("led by Jordan
    Bardella and Marine Le Pen"), a title in apposition to it ("Jordan Bardella, the leader of
    the National Rally"; "The mayor of Novi Sad, Milan Djuric"), or the model tagging the second
    word a person elsewhere in the article ("Bardella said")."""
    if ent.label_ not in ("GPE", "LOC", "NORP") or len(ent) != 1 or ent.end >= len(ent.doc):
        return None
    doc = ent.doc
    t = doc[ent.end]
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.ent_type_
            and ent[0].dep_ == "compound" and ent[0].head.i == t.i and gaz.lookup(t.text) is None
            and not gaz.title(t.text) and t.lower_ not in gaz.org_heads and t.lower_ not in NAMED_AFTER_NOUNS):
        return None
    # (or coordinated with a person's name: "led by Jordan Bardella and Marine Le Pen")
    paired = any(k.ent_type_ == "PERSON" for k in t.conjuncts)
    titled_appos = any(c.dep_ == "appos" and gaz.title(c.text) for c in t.children) or (
        t.dep_ == "appos" and ent.start >= 2 and doc[ent.start - 1].text == ","
        and any(e in title_ends for e in range(max(0, ent.start - 6), ent.start - 1)))
    elsewhere = any(e.label_ == "PERSON" and len(e) == 1 and e[0].text == t.text for e in doc.ents)
    if ent.start not in title_ends and not paired and not titled_appos and not elsewhere:
        return None
    return doc[ent.start:ent.end + 1]


def _first_name_before(span: Span, gaz: Gazetteer, title_ends: set[int]) -> bool:
    """Whether the word before a person's name is a first name the model left out: a
    capitalised proper noun opening the sentence or right after a title ("Defence Minister
    Rustem Umerov"), in compound with the name, that is no title, honorific, known place or
    body, nor a date."""
    if span.start == 0:
        return False
    t = span.doc[span.start - 1]
    return ((t.is_sent_start or t.i in title_ends) and t.pos_ == "PROPN" and t.dep_ == "compound"
            and t.head.i in range(span.start, span.end)
            and t.is_alpha and t.text[:1].isupper() and not t.is_upper and not t.ent_type_
            and t.lower_ not in gaz.honorifics and not gaz.title(t.text) and gaz.lookup(t.text) is None
            and t.lower_ not in _JUDGES_STYLES)   # ("Justice Alexandre de Moraes")


def _particle_end(span: Span, gaz: Gazetteer) -> int:
    """Where a person's name ends once lower-case particles and the capitalised word after
    them are taken in: the model often stops at "Ursula von" or before "de Gaulle", and at the
    hyphen of "Han Duck-soo". A particle left dangling at the end is dropped."""
    doc, end = span.doc, span.end
    while end > span.start + 1 and doc[end - 1].text in gaz.name_particles:
        end -= 1
    k = end
    while k < len(doc) and k - end < 2 and doc[k].text in gaz.name_particles:
        k += 1
    if k > end and k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        return k + 1
    if end - span.start >= 2 and end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower \
            and doc[end + 1].lower_ not in HYPHEN_SUFFIXES:
        return end + 2   # "Han Duck-soo": the model stopped at the hyphen of a given name
    return end


def _join_company_names(doc: Doc, article: Article, offset: int, found: list[TokenMention],
                         person_texts: set[str]) -> list[TokenMention]:
    """"Lockheed Martin", "Morgan Stanley": an institution the model cut into a name and one
    more capitalised word it took for a person is one institution, unless that word is a
    person the article names in full."""
    by_start = {tm.start: tm for tm in found}
    out, skip = [], set()
    for tm in sorted(found, key=lambda t: t.start):
        if id(tm) in skip:
            continue
        nxt = by_start.get(tm.end)
        if (tm.mention.kind == "institution" and tm.mention.gazetteer is None and nxt is not None
                and nxt.mention.kind == "person" and nxt.end - nxt.start == 1 and doc[nxt.start].is_title
                and not any(p.split()[-1] == doc[nxt.start].lower_ for p in person_texts)):
            span = doc[tm.start:nxt.end]
            out.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                            _surface(span), "institution"), span.start, span.end))
            skip.add(id(nxt))
            continue
        out.append(tm)
    return out


#: Words of generic body names besides institution nouns and portfolios: "Supreme Court".
_GENERIC_WORDS = frozenset({"supreme", "central", "national", "federal", "high", "constitutional", "armed",
                            "state", "general", "staff", "of", "and", "the", "for"})


def generic_body(words: list[str], gaz: Gazetteer) -> bool:
    """Whether lower-case name words make a body any country may have ("foreign ministry",
    "supreme court", "armed forces") rather than a proper name."""
    return bool(words) and words[-1] in gaz.org_heads and all(
        w in gaz.org_heads or w in gaz.portfolio_words or w in _GENERIC_WORDS for w in words)


def _qualified_body(doc: Doc, span: Span, text: str, gaz: Gazetteer) -> str:
    """The name of a generic body with its country: "China's Foreign Ministry" and "the Chinese
    foreign ministry" are both "Chinese Foreign Ministry", so that the foreign ministries of
    different countries do not become one node. Other names are returned as they are."""
    words = [t for t in span if t.is_alpha or t.text == "-"]
    if not words:
        return text
    country = gaz.demonym(words[0].text) if words[0].text[:1].isupper() and gaz.lookup(words[0].text) is None \
        else None
    rest = words[1:] if country else words
    if not generic_body([t.lower_ for t in rest], gaz):
        return text
    prev = doc[span.start - 1] if span.start > 0 else None
    if country is None and prev is not None and prev.text[:1].isupper() and gaz.lookup(prev.text) is None:
        country = gaz.demonym(prev.text)   # "the Chinese Foreign Ministry" ("the U.S. Congress" is a name)
    if country is None and span.start > 1 and _POSSESSIVE.fullmatch(doc[span.start - 1].text):
        country = _possessor_country(doc[span.start - 2].text, gaz, words[-1].text)   # "China's Foreign Ministry"
    adjective = (words[0].text if rest is not words else gaz.adjectives.get(country)) if country else None
    if adjective is None:   # (a demonym the text writes is kept: "Korean Development Bank")
        return text
    name = " ".join(t.text if t.lower_ in ("of", "and", "the", "for") else t.text[:1].upper() + t.text[1:]
                    for t in rest)
    return f"{adjective} {name}"


#: Bodies only a state has, which its capital's possessive names: "Moscow's foreign ministry"
#: (but "London's police" is the city's own).
_NATIONAL_BODIES = frozenset({"ministry", "government", "army", "military", "navy", "cabinet", "presidency",
                              "junta", "judiciary"})


def _possessor_country(text: str, gaz: Gazetteer, body: str = "") -> str | None:
    """The country a possessor before a state's ``body`` names: the country itself ("China's
    foreign ministry"), or its capital before a body only a state has ("Moscow's foreign
    ministry")."""
    known = gaz.lookup(text)
    if known is not None and known[0] == "place" and body.lower() in _NATIONAL_BODIES:
        return gaz.capitals.get(known[1])
    return _country_named(gaz, text)


def _noble(span: Span, gaz: Gazetteer) -> bool:
    """"Prince of Wales", "Duchess of York": a title of nobility and "of <Name>" is a person."""
    words = [t for t in span if t.lower_ != "the"]
    return (len(words) >= 3 and words[0].lower_ in gaz.nobility and words[0].text[:1].isupper()
            and words[1].lower_ == "of" and words[2].text[:1].isupper())


def _portfolio(span: Span, gaz: Gazetteer) -> bool:
    """Whether every word of a span names a government portfolio ("Shadow Home", "Trade and
    Industry"): before a title, such a span is part of the title."""
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("and", "the", "of")]
    if gaz.lookup(span.text) or gaz.lookup(span.text + " Party"):
        return False   # "Labour MP": the party, though "Labour Secretary" is a portfolio
    return bool(words) and all(w in gaz.portfolio_words for w in words)


def _capitalised(t) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start or (t.is_sent_start and t.pos_ == "PROPN")


def _institution_runs(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention]):
    """"Moscow State University", "the American University of Beirut": capitalised words
    ending in an institution noun ("University", "Ministry") name one institution even where the
    model tagged only the place or the demonym inside. The place stays reachable through the
    name (see ``kg.extract.locations``)."""
    kinds = {i: tm for tm in found for i in range(tm.start, tm.end)}
    out, taken = list(found), set()
    for t in doc:
        if t.lower_ not in gaz.org_heads or not t.text[:1].isupper() or t.i in kinds or t.i in taken:
            continue
        i = t.i
        while i > 0 and _capitalised(doc[i - 1]) and (doc[i - 1].i not in kinds
                                                       or kinds[doc[i - 1].i].mention.kind in ("place", "country")):
            if i >= 3 and doc[i - 2].text == "-" and doc[i - 3].lower_ in ("pro", "anti", "non"):
                break   # "the pro-Russian Patriotic Electoral Bloc" is no Russian body
            i -= 1
        j = t.i + 1
        k = j   # "Radio Reloj Network": a second institution noun further on ends the name there
        while k < len(doc) and k - j < 3 and _capitalised(doc[k]) and k not in kinds:
            k += 1
            if doc[k - 1].lower_ in gaz.org_heads:
                j = k
                break
        j = _for_phrase(doc, j, kinds)   # "Alliance for the Unity of Romanians", "Movement for Democratic Change"
        if j + 1 < len(doc) and doc[j].lower_ == "of" and _capitalised(doc[j + 1]):
            j += 1
            while j < len(doc) and _capitalised(doc[j]) and (j not in kinds or kinds[j].mention.kind in ("place", "country")):
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "and" and _capitalised(doc[j + 1]) \
                    and (j + 1 not in kinds or kinds[j + 1].end == j + 2 and kinds[j + 1].mention.kind != "person") \
                    and doc[j + 1].lower_ not in gaz.org_heads and not (j + 2 < len(doc) and _capitalised(doc[j + 2])):
                j += 2   # "Party of Action and Solidarity", "Ministry of Trade and Industry" (one word after "and")
        if j - i < 2 or (doc[j - 1].lower_ == "of"):
            continue
        if j < len(doc) and doc[j].lower_ in gaz.title_first_words and gaz.title(doc[j].text):
            continue   # "US Energy Secretary": the noun belongs to a title, not to a body's name
        span = doc[i:j]
        if gaz.title(span.text) or any(gaz.title(w.text) for w in span[:1]):
            continue   # "Foreign Minister" is a title, not a body
        inner = {kinds[k] for k in range(i, j) if k in kinds}
        if any(tm.start < i or tm.end > j for tm in inner):
            continue
        known = gaz.lookup(span.text)
        if known is not None and known[0] != "institution":
            continue
        out = [tm for tm in out if tm not in inner]
        out.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                        _surface(span), "institution", known[1] if known else None), i, j))
        taken.update(range(i, j))
    return out


_OPEN_QUOTES = frozenset({'"', "\u201c", "``"})
_CLOSE_QUOTES = frozenset({'"', "\u201d", "''"})


def _nicknamed(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention]):
    """Sean "Diddy" Combs, Joaquin "El Chapo" Guzman: a capitalised word, a nickname of one or two
    capitalised words in quotation marks, then one or two capitalised proper nouns is one
    person, named by the words outside the quotes ("Sean Combs"). The model tags such a name a
    work of art or not at all. Not where the first word is a title or an honorific, or a
    data file knows it ("Russia "Today" ...")."""
    out = list(found)
    for t in doc:
        if t.text not in _OPEN_QUOTES or t.i == 0 or t.i + 3 >= len(doc):
            continue
        first = doc[t.i - 1]
        close = next((k for k in (t.i + 2, t.i + 3) if k < len(doc) and doc[k].text in _CLOSE_QUOTES), None)
        if close is None or not first.whitespace_ or t.whitespace_ or doc[close - 1].whitespace_:
            continue
        last = close + 1
        while last < len(doc) and last - close <= 2 and doc[last].tag_ in ("NNP", "NNPS") and doc[last].is_alpha \
                and doc[last].text[:1].isupper():
            last += 1
        nick = doc[t.i + 1:close]
        if last == close + 1 or not doc[close].whitespace_ or not all(w.is_alpha and w.text[:1].isupper() for w in nick):
            continue
        if not (first.is_alpha and first.text[:1].isupper() and not first.is_upper) or gaz.lookup(first.text) \
                or gaz.title(first.text) or first.lower_ in gaz.honorifics or first.is_sent_start and first.is_stop:
            continue
        start, end = first.i, last
        text = f"{first.text} {doc[close + 1:last].text}"
        out = [tm for tm in out if tm.end <= start or tm.start >= end]
        out.append(TokenMention(Mention(article.id, offset + doc[start].idx, offset + doc[end - 1].idx
                                        + len(doc[end - 1]), text, "person"), start, end))
    return out


def _party_names(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention]):
    """"the centrist D66 party", "the ruling Fidesz party": proper nouns no rule has taken, right
    before a lower-case "party" that "the" or a possessive opens, name the party (not a demonym
    or a country: "the Dutch party"); so do two joined by "and" ("the Law and Justice party")
    and a country's name before another ("the France Unbowed party")."""
    taken = {i: tm for tm in found for i in range(tm.start, tm.end)}
    out = list(found)
    for t in doc:
        if t.lower_ != "party" or not t.is_lower or not any(c.dep_ in ("det", "poss") for c in t.children):
            continue
        i = t.i
        while i > 0 and doc[i - 1].dep_ in ("compound", "amod") and i <= doc[i - 1].head.i <= t.i \
                and doc[i - 1].i not in taken and doc[i - 1].text[:1].isalnum() and not doc[i - 1].is_lower \
                and (doc[i - 1].tag_ == "NNP" or i < t.i and not doc[i - 1].is_sent_start):
            i -= 1   # (and a capitalised adjective before such a name: "the ruling Georgian Dream party")
        if i == t.i and t.i >= 3 and doc[t.i - 2].lower_ == "and" and doc[t.i - 1].dep_ == "conj" \
                and doc[t.i - 1].head.i == t.i - 3 and doc[t.i - 3].head.i == t.i \
                and all(_capitalised(doc[k]) and doc[k].tag_ == "NNP" for k in (t.i - 1, t.i - 3)):
            # "backed by the Law and Justice party" (where the model may take "Law" for a person)
            inside = {taken[k] for k in (t.i - 1, t.i - 3) if k in taken}
            if all(tm.start >= t.i - 3 and tm.end <= t.i for tm in inside):
                i = t.i - 3
                out = [tm for tm in out if tm not in inside]
        if i == t.i:
            continue
        country = taken.get(i - 1)
        if country is not None and country.mention.kind == "country" and country.start == i - 1 == country.end - 1 \
                and doc[i - 1].dep_ == "compound" and doc[i].tag_ == "NNP" and not doc[i].ent_type_:
            # "the hard-left France Unbowed party": a country's name opens the party's
            i -= 1
            out.remove(country)
        span = doc[i:t.i]
        if gaz.lookup(span.text) is not None or gaz.demonym(span.text) or gaz.title(span.text):
            continue
        out.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                        _surface(span), "institution"), i, t.i))
    return out


def _for_phrase(doc: Doc, j: int, kinds: dict[int, TokenMention]) -> int:
    """Where a body's name ends when a "for" phrase of capitalised words follows its noun at
    ``j`` ("Alliance for the Unity of Romanians": the "of" part is taken by the caller); ``j``
    itself when there is none ("the party for the first time")."""
    if j + 1 >= len(doc) or doc[j].lower_ != "for":
        return j
    k = j + 1 + (doc[j + 1].lower_ in ("the", "a"))
    start = k
    while k < len(doc) and (_capitalised(doc[k]) and (k not in kinds or kinds[k].mention.kind in ("place", "country"))
                            # "Department for Work and Pensions"
                            or doc[k].lower_ == "and" and k > start and k + 1 < len(doc) and _capitalised(doc[k + 1])):
        k += 1
    return k if k > start else j


def _line_starts(doc: Doc) -> list[int]:
    """The tokens that open a line (worked out once per Doc, cached in ``doc.user_data``)."""
    cached = doc.user_data.get("newskg.line_starts")
    if cached is None:
        cached = [0] + [t.i + 1 for t in doc if t.is_space and "\n" in t.text and t.i + 1 < len(doc)]
        doc.user_data["newskg.line_starts"] = cached
    return cached


def _datelines(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention]):
    """"BANGKOK, Thailand (AP) -", "DAYTON, Ohio", "KYIV —", "NEW YORK (AP)": an all-capitals word
    run at the start of a line, before a comma, a dash or a parenthesis, is the place the story
    was filed from, whatever the model tagged it."""
    covered = {i for tm in found for i in range(tm.start, tm.end)}
    out = list(found)
    for i in _line_starts(doc):
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) >= 2:
            j += 1
        if j == i or j >= len(doc) or doc[j].text not in (",", "(") and not is_dash(doc[j], article.text, offset) \
                or max(len(t) for t in doc[i:j]) < 3:
            continue
        if doc[j].text != "," and not (j + 1 < len(doc) and (doc[j].text == "(" or doc[j + 1].text[:1].isupper())):
            continue   # "KYIV — Ukraine said", "NEW YORK (AP)": a dash or the agency after the place
        span = doc[i:j]
        text = " ".join(w.capitalize() for w in span.text.split())
        known = gaz.lookup(text) or gaz.city(text)
        kind, label = known if known is not None and known[0] in ("place", "country") else ("place", None)
        mention = Mention(article.id, offset + span.start_char, offset + span.end_char, span.text, kind, label)
        inside = [tm for tm in out if i <= tm.start and tm.end <= j]
        if any(k in covered for k in range(i, j)) and \
                {k for tm in inside for k in range(tm.start, tm.end)} != {k for k in range(i, j) if k in covered}:
            continue   # a mention runs past the dateline: leave it
        out = [tm for tm in out if tm not in inside] + [TokenMention(mention, i, j)]
    return out


def _states_of_dateline_country(doc: Doc, gaz: Gazetteer, found: list[TokenMention]) -> list[TokenMention]:
    """"ATLANTA (AP) - A Georgia grand jury ...": a country's name that is also the name of a
    state of the country the story is filed from is that state."""
    starts = set(_line_starts(doc))
    line = next((tm for tm in found if tm.start in starts and doc[tm.start].is_upper
                 and tm.mention.kind in ("place", "country") and tm.mention.gazetteer), None)
    if line is None:
        return found
    home = line.mention.gazetteer if line.mention.kind == "country" else gaz.place_country.get(line.mention.gazetteer)
    out = []
    for tm in found:
        m = tm.mention
        if m.kind == "country" and m.gazetteer in gaz.subdivisions and m.gazetteer != home \
                and gaz.place_country.get(m.gazetteer) == home and home is not None:
            tm = TokenMention(replace(m, kind="place"), tm.start, tm.end)
        out.append(tm)
    return out


def _address_datelines(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention]):
    """"Taipei, Taiwan \u2014", "Evansville, Indiana, United States \u2014": a line that opens with
    one to three capitalised words, then places the gazetteer knows after commas, then a dash,
    names the place the story was filed from first, whatever the model tagged it (a person,
    often)."""
    out = list(found)
    for i in _line_starts(doc):
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_alpha and doc[j].is_title:
            j += 1
        if j == i or j >= len(doc) or doc[j].text != ",":
            continue
        k, known = j, 0
        while k < len(doc) and doc[k].text == ",":   # ", Indiana, United States"
            m = k + 1
            while m < len(doc) and m - k <= 3 and doc[m].is_alpha and doc[m].text[:1].isupper():
                m += 1
            place = gaz.lookup(doc[k + 1:m].text) if m > k + 1 else None
            if place is None or place[0] not in ("place", "country"):
                break
            known, k = known + 1, m
        if not known or k >= len(doc) or not is_dash(doc[k], article.text, offset):
            continue
        span = doc[i:j]
        label = gaz.lookup(span.text) or gaz.city(span.text)
        kind, label = label if label is not None and label[0] in ("place", "country") else ("place", None)
        inside = [tm for tm in out if tm.start < j and tm.end > i]
        if any(tm.mention.kind in ("place", "country") and tm.start == i and tm.end == j for tm in inside):
            continue
        mention = Mention(article.id, offset + span.start_char, offset + span.end_char, span.text, kind, label)
        out = [tm for tm in out if tm not in inside] + [TokenMention(mention, i, j)]
    return out


def age_after(doc: Doc, end: int):
    """The age in ", 50," right after token ``end`` ("Marie Ferraro, 50, of Bethany"), or None."""
    if (end + 2 < len(doc) and doc[end].text == "," and doc[end + 2].text == ","
            and doc[end + 1].text.isdigit() and 1 <= int(doc[end + 1].text) <= 120):
        return doc[end + 1]
    return None


#: Verbs whose subject is a person (or a body), never a building: "X said", "X won the election".
_AGENT_VERBS = frozenset({"say", "tell", "win", "meet", "visit", "announce", "accuse", "urge", "praise",
                           "criticise", "criticize", "defeat", "sign", "resign", "add", "warn"})


def _acting_name(span: Span) -> bool:
    """Whether a name of two or three capitalised words that the model tagged a facility is the
    subject of a verb only people do: a person's name, not a building's."""
    root = span.root
    return (2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span)
            and root.dep_ == "nsubj" and root.head.lemma_.lower() in _AGENT_VERBS
            and span[-1].lower_ not in NAMED_AFTER_NOUNS and span[-1].lower_ not in BUILDING_NOUNS)


def _aged_name(span: Span, gaz: Gazetteer) -> bool:
    """"Marie Ferraro, 50, of Bethany": two to four capitalised proper nouns followed by a
    comma, a number of years and a comma are a person's name, whatever the model tagged."""
    if age_after(span.doc, span.end) is None:
        return False
    words = [t for t in span if t.text != "."]
    return (2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words)
            and span[-1].lower_ not in gaz.org_heads and not any(gaz.title(t.text) for t in span))


#: Nouns of a settlement or an area that "of <name>" names: "the city of Omdurman".
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "resort", "suburb", "region", "province",
                               "district", "oblast", "enclave"})


def _settlement_named(span: Span) -> bool:
    """Whether a name follows "the <settlement noun> of" ("the city of El Alamein"), or stands
    between "the" and a noun of regions ("the Amur region", which the model may tag a person)."""
    doc, i, j = span.doc, span.start, span.end
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _SETTLEMENT_NOUNS \
        or i >= 1 and doc[i - 1].lower_ == "the" and j < len(doc) and doc[j].lower_ in _REGION_NOUNS


#: Nouns of regions after a name: "the Amur region", "the Kherson oblast".
_REGION_NOUNS = frozenset({"region", "province", "district", "oblast", "governorate", "prefecture", "county"})


def _covered(doc: Doc, found: list[TokenMention], but: tuple[str, ...] = ()) -> set[int]:
    """Tokens inside a mention already found or an entity the model tagged (but not those of
    the labels in ``but``)."""
    return {i for tm in found for i in range(tm.start, tm.end)} | {t.i for e in doc.ents if e.label_ not in but
                                                                  for t in e}


def _known_acronyms(doc: Doc, article: Article, gaz: Gazetteer, offset: int,
                    found: list[TokenMention]) -> list[TokenMention]:
    """Bodies and countries the data knows by an acronym that the model left untagged: "Tinubu,
    who chairs ECOWAS"."""
    taken = _covered(doc, found)
    extra = []
    for t in doc:
        if len(t) >= 3 and t.is_upper and t.is_alpha and t.i not in taken:
            known = gaz.lookup(t.text)
            if known is not None and known[0] in ("institution", "country"):
                extra.append(TokenMention(Mention(article.id, offset + t.idx, offset + t.idx + len(t), t.text,
                                                  known[0], known[1]), t.i, t.i + 1))
    return found + extra


def _bodies_before_titles(doc: Doc, article: Article, gaz: Gazetteer, offset: int,
                          found: list[TokenMention]) -> list[TokenMention]:
    """A body the model left untagged, named right before the title of a named person:
    "Activision CEO Bobby Kotick", "CNTP Secretary Luis Cobos". The name is the run of (at most
    three) acronyms, or first words of a body the article names elsewhere, before the title; words
    the data knows (places, demonyms, parties, portfolios, honorifics) are no such name, nor is
    the end of a longer name ("Commission for Racial Equality chairman")."""
    persons = {tm.start for tm in found if tm.mention.kind == "person"}
    taken = _covered(doc, found)
    body_words = {doc[tm.start].text for tm in found if tm.mention.kind == "institution" and tm.end - tm.start > 1
                  and doc[tm.start].lower_ not in gaz.org_heads}   # ("Activision" of "Activision Blizzard")
    extra = []
    for start, end, _ in title_spans(doc, gaz):
        if end not in persons:
            continue
        j = start
        while j > 0 and start - j < 3:
            t = doc[j - 1]
            # (an acronym, or the first word of a body the article names: "Activision" of
            # "Activision Blizzard", tagged a common noun at the start of a sentence)
            if not (t.is_alpha and t.text[:1].isupper() and (t.is_upper and len(t) > 1 or t.text in body_words)) \
                    or t.i in taken or gaz.lookup(t.text) is not None \
                    or gaz.demonym(t.text) or gaz.title(t.text) or t.lower_ in gaz.portfolio_words \
                    or t.lower_.rstrip(".") in gaz.honorifics or gaz.lookup(f"{t.text} Party") is not None:
                break
            j -= 1
        if j < start and j > 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in ("of", "for", "and", "&")):
            continue   # "Commission for Racial Equality chairman": the run is the end of a longer name
        if j < start:
            span = doc[j:start]
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "institution"), j, start))
    return found + extra


def _settlements(doc: Doc, article: Article, offset: int, found: list[TokenMention]) -> list[TokenMention]:
    """Places the model left untagged after "the <settlement noun> of": "shelled the city of
    Omdurman" (or tagged a demonym). The name is the run of capitalised proper nouns after "of"."""
    taken = _covered(doc, found, but=("NORP",))
    extra = []
    for t in doc:
        if t.lower_ not in _SETTLEMENT_NOUNS or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        start = end = t.i + 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_alpha and doc[end].text[:1].isupper() \
                and end not in taken and not doc[end].is_sent_start:
            end += 1
        if end > start:
            span = doc[start:end]
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "place"), start, end))
    return found + extra


def _untagged_bodies(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found: list[TokenMention],
                     in_title: set[int]) -> list[TokenMention]:
    """Bodies the model left untagged after a noun that says what they are: "agreed to buy
    cybersecurity firm Wiz", "the airline Ryanair". One or two capitalised proper nouns, the
    last the head the noun hangs on. The same words said alone elsewhere in the article are
    the body too ("Wiz had rejected a $23 billion offer")."""
    taken = _covered(doc, found)
    names: set[str] = set()
    extra = []
    for t in doc:
        if t.lower_ not in BODY_NOUNS or t.tag_ != "NN" or t.dep_ != "compound" or t.head.i not in (t.i + 1, t.i + 2):
            continue
        span = doc[t.i + 1:t.head.i + 1]
        if not all(_untagged_name_word(w, gaz, taken, in_title) for w in span) \
                or span[-1].lower_ in gaz.org_heads or norm(span.text) in gaz.not_names:
            continue
        names.add(span.text)
        extra.append(span)
    if names:
        extra += [doc[t.i:t.i + 1] for t in doc if t.text in names and t.i not in taken and not t.ent_type_
                  and t.pos_ == "PROPN" and not any(sp.start <= t.i < sp.end for sp in extra)]
    return found + [TokenMention(Mention(article.id, offset + sp.start_char, offset + sp.end_char, sp.text,
                                         "institution"), sp.start, sp.end) for sp in extra]


def _described_capitals(doc: Doc, article: Article, gaz: Gazetteer, offset: int,
                        found: list[TokenMention]) -> list[TokenMention]:
    """A capital named by its country: "the Ukrainian capital", "the US capital", "Ukraine's
    capital" and "the capital of Ukraine" are the place the country data gives as its capital
    (general knowledge, as any reader has it). The mention is the word "capital" alone, so the
    country keeps its own. Not where the capital is named beside it ("Doha, the capital of
    Qatar"; "the capital, Kyiv") or the word is money ("capital markets", "raise capital")."""
    taken = _covered(doc, found, but=("NORP",))
    extra = []
    for t in doc:
        if t.lower_ != "capital" or t.tag_ != "NN" or t.i in taken or t.dep_ in ("compound", "appos", "conj") \
                or any(c.dep_ == "appos" for c in t.children):
            continue
        country = None
        for c in t.children:
            if c.dep_ in ("amod", "compound") and c.i < t.i and any(d.dep_ == "det" and d.lower_ == "the"
                                                                     for d in t.children):
                country = gaz.demonym(c.text) or _country_named(gaz, c.text)
            elif c.dep_ == "poss":
                country = _country_named(gaz, doc[c.left_edge.i:c.i + 1].text)
            elif c.dep_ == "prep" and c.lower_ == "of":
                country = next((_country_named(gaz, doc[g.left_edge.i:g.i + 1].text)
                                for g in c.children if g.dep_ == "pobj"), None)
            if country:
                break
        capital = gaz.capital_of.get(country) if country else None
        if capital is not None:
            extra.append(TokenMention(Mention(article.id, offset + t.idx, offset + t.idx + len(t), capital,
                                              "place", capital), t.i, t.i + 1))
    return found + extra


def _country_named(gaz: Gazetteer, text: str) -> str | None:
    """The country ``text`` names ("Ukraine", "the US"), or None."""
    found = gaz.lookup(text)
    return found[1] if found is not None and found[0] == "country" else None


#: Verbs of travel whose "to", "in" or "from" names a place: "arrived in Adelaide".
_TRAVEL_VERBS = frozenset({"arrive", "travel", "fly", "head", "return", "land", "move", "drive", "sail", "go"})


def _untagged_destinations(doc: Doc, article: Article, gaz: Gazetteer, offset: int,
                           found: list[TokenMention]) -> list[TokenMention]:
    """Big cities of the world list the model left untagged where one travels: "Li arrived in
    Adelaide on Saturday". One or two capitalised proper nouns, the object of "to", "in" or
    "from" on a verb of travel, naming a city of half a million people or more (smaller ones
    share their names with people too often: "Jackson", "Reading")."""
    taken = _covered(doc, found, but=("NORP",))
    extra = []
    for t in doc:
        if t.dep_ != "pobj" or t.pos_ != "PROPN" or t.ent_type_ or t.i in taken or not t.text[:1].isupper() \
                or t.head.lower_ not in ("to", "in", "from") or t.head.head.lemma_.lower() not in _TRAVEL_VERBS:
            continue
        start = t.i - 1 if t.i > 0 and doc[t.i - 1].dep_ == "compound" and doc[t.i - 1].pos_ == "PROPN" \
            and not doc[t.i - 1].ent_type_ and doc[t.i - 1].i not in taken else t.i
        span = doc[start:t.i + 1]
        if norm(span.text) in gaz.big_cities:
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "place", gaz.world_cities[norm(span.text)]),
                                      span.start, span.end))
    return found + extra


#: Words of direction that begin the names of regions: "East Azerbaijan", "West Java".
_COMPASS = frozenset({"East", "West", "North", "South", "Upper", "Lower", "Central", "Northern", "Southern",
                      "Eastern", "Western"})


#: Common nouns that, right before a name, say the name is a body's: "the construction company Odebrecht".
BODY_NOUNS = frozenset({"company", "firm", "carmaker", "automaker", "retailer", "broadcaster", "conglomerate",
                         "lender", "insurer", "manufacturer", "airline", "carrier", "bank", "group", "agency",
                         "newspaper", "network", "startup", "chain", "party", "club", "band", "brand", "label",
                         "maker", "subsidiary", "giant", "operator", "provider", "supplier", "producer",
                         "exporter", "importer", "unit", "division", "publisher", "developer", "chipmaker",
                         "drugmaker", "regulator", "watchdog", "exchange", "fund", "utility", "miner",
                         "magazine", "tabloid", "daily", "weekly", "paper", "channel", "website", "outlet",
                         "gang", "cartel", "militia"})
def _body_described(span: Span) -> bool:
    """Whether a common noun of bodies stands in apposition to the name: "Spotify, the Swedish
    streaming company", "the carmaker Toyota" (the model may tag such a name a verb or a place)."""
    root = span.root
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in BODY_NOUNS for c in root.children) \
        or root.dep_ == "appos" and root.head.i < span.start and root.head.lemma_.lower() in BODY_NOUNS


def _body_noun_before(span: Span) -> bool:
    """Whether a common noun of bodies stands right before a name: "the construction company
    Odebrecht", "carmaker Toyota"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in BODY_NOUNS


def _described_next(span: Span) -> bool:
    """Whether an apposition follows a name right after its comma ("Hayat Tahrir al-Sham, an
    Islamist group"), not after another name the parser passed over ("said Paul Hofheinz of the
    Lisbon Council, a citizen action group")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and any(
        c.dep_ == "appos" and c.left_edge.i == span.end + 1 for c in span.root.children)


def _body_noun_after(span: Span) -> bool:
    """Whether the name modifies a common noun of bodies after "the": "the Wagner mercenary
    group" (the model may tag the name an adjective). Only for names tagged organisations:
    "the South Yorkshire company" is a company from there."""
    root, doc = span.root, span.doc
    return root.dep_ in ("nmod", "amod", "compound") and root.head.lemma_.lower() in BODY_NOUNS \
        and root.head.i >= span.end and all(t.is_lower for t in doc[span.end:root.head.i + 1]) \
        and span.start > 0 and doc[span.start - 1].lower_ == "the"


#: Words after a name that make it a company's: "Nvidia chief executive", "Acme CEO".
_COMPANY_TITLE_WORDS = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "boss", "founder",
                                  "co-founder", "shares", "shareholders", "stock"})
#: Time zones the model tags as organisations ("at 16:15 UTC, June 1st").
_TIME_ZONES = frozenset({"utc", "gmt", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst"})

#: Titles that a body can hold too ("Sweden, a NATO member", "Acme, the market leader").
_BODY_TITLES = frozenset({"member", "leader", "head", "chief", "owner", "founder", "partner", "employee"})


def _titled_apposition(span: Span, gaz: Gazetteer) -> bool:
    """"Harrington, a professor of political science, ...": a name whose apposition is a
    person's title ("professor", "spokesman") is a person's name; so is a name in apposition
    to such a title ("Russia's ambassador to the UN, Vassily Nebenzia, ...")."""
    if not all(t.text[:1].isupper() and t.pos_ == "PROPN" or t.text == "-" and not t.whitespace_ for t in span) \
            or span[-1].lower_ in gaz.org_heads:   # ("Nana Akufo-Addo": a hyphen inside a name)
        return False
    head = span.root.head
    if span.root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.i < span.start:
        head = head.head.head   # "Iran's ambassador to Beirut, Mojtaba Amani": hung on the title's place
    if span.root.dep_ == "appos" and head.i < span.start and head.tag_ == "NN" and len(span) >= 2 \
            and span.doc[span.start - 1].text == "," and gaz.title(head.text) \
            and head.lemma_.lower() not in _BODY_TITLES:
        return True   # (one title, and a first name and a surname: "His adviser, JPMorgan" is a bank)
    if span.end >= len(span.doc) or span.doc[span.end].text not in (",", "(", "-", "\u2013", "\u2014"):
        return False   # "Labour former minister X" is a modifier, not an apposition
    for noun in span.root.children:
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.i > span.end:
            words = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and t.is_lower] + [noun]
            if gaz.title(noun.text) and noun.lemma_.lower() not in _BODY_TITLES:
                return True
            if len(words) > 1 and gaz.title(" ".join(t.text for t in words[-2:])):
                return True
    # "Lars Klingbeil, who becomes finance minister": a name "who" takes an office
    return len(span) >= 2 and any(
        c.dep_ == "relcl" and c.lemma_.lower() in ("become", "be", "remain", "serve")
        and any(k.dep_ == "nsubj" and k.lower_ == "who" for k in c.children)
        and any(_office_phrase(a, gaz) for a in c.children if a.dep_ in ("attr", "oprd"))
        for c in span.root.children)


def _office_phrase(noun, gaz: Gazetteer) -> bool:
    """Whether a noun with the words right before it names a person's office: "finance minister"."""
    doc = noun.doc
    return noun.lemma_.lower() not in _BODY_TITLES and any(
        gaz.title(doc[k:noun.i + 1].text) for k in range(max(noun.i - 2, noun.left_edge.i), noun.i + 1))


#: Verbs whose subject is a person, whatever the model tagged: "Norton Simon was born in ...".
_PERSON_VERBS = {"nsubjpass": frozenset({"bear", "born"}), "nsubj": frozenset({"die", "marry"})}


#: Nouns of a person's standing towards another that come right before a name: "his Russian
#: counterpart Vladimir Putin", "her predecessor Liz Truss".
#: (not "rival": companies have rivals too)
_PERSON_NOUNS = frozenset({"counterpart", "counterparts", "predecessor", "successor", "deputy", "wife", "husband",
                           "son", "daughter", "brother", "sister"})


def _person_shaped(span: Span, gaz: Gazetteer) -> bool:
    """Whether a span looks like a person's name: two or three capitalised proper nouns no data
    file knows, the last no word that ends a body's name."""
    return 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() for t in span) \
        and gaz.lookup(span.text) is None and span[-1].lower_ not in gaz.org_heads


def _after_person_noun(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name the model tagged a body or place comes right after a noun of persons and
    looks like a person's name (:func:`_person_shaped`)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _PERSON_NOUNS and _person_shaped(span, gaz)


def _party_member(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name the model tagged a body is a person's because a party follows it as
    theirs: "defeated Chaikasem Nitisiri of the Pheu Thai party". Two or three capitalised
    words no data file knows (:func:`_person_shaped`), then "of the ... party"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i != span.root.i \
            or not _person_shaped(span, gaz):
        return False
    return any(g.dep_ == "pobj" and g.lemma_.lower() == "party" and any(d.dep_ == "det" for d in g.children)
               for g in doc[span.end].children)


def _born_or_died(span: Span, gaz: Gazetteer) -> bool:
    """A name of two to four proper nouns that was born, died or married is a person's."""
    words = [t for t in span if t.text != "."]
    root = span.root
    return (2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words)
            and span[-1].lower_ not in gaz.org_heads
            and root.head.lemma_.lower() in _PERSON_VERBS.get(root.dep_, ()))


#: Verbs that give their object an office named with "as": "appointed Takeshi Iwaya as foreign minister".
_APPOINTING_VERBS = frozenset({"appoint", "name", "nominate", "elect", "re-elect", "confirm", "choose"})


def _appointed_as(span: Span, gaz: Gazetteer) -> bool:
    """A name of two to four proper nouns appointed "as" a person's title is a person's: the
    model tags "Takeshi Iwaya" an organisation in "Ishiba appointed Takeshi Iwaya as foreign
    minister", "Sanae Takaichi" in "parliament elected Sanae Takaichi as the country's first female prime
    minister" (a body can be named "as" a sponsor or an adviser, not as a minister)."""
    words = [t for t in span if t.text != "."]
    root = span.root
    if not (2 <= len(words) <= 4 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in words)
            and span[-1].lower_ not in gaz.org_heads and root.dep_ == "dobj"
            and root.head.lemma_.lower() in _APPOINTING_VERBS):
        return False
    return any(g.dep_ == "pobj" and _ends_in_title(g, gaz) and g.lemma_.lower() not in _BODY_TITLES
               for t in (root, root.head) for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children)


def _ends_in_title(noun, gaz: Gazetteer) -> bool:
    """Whether the words up to ``noun`` end in a person's title: "foreign minister", "the
    country's first female prime minister"."""
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
    return any(gaz.title(" ".join(words[k:])) for k in range(len(words)))


#: Bodies every country has, whose lower-case name after a country's possessive or demonym is
#: that country's: "Russia's government", "China's foreign ministry".
_STATE_BODIES = frozenset({"government", "army", "military", "navy", "parliament", "police", "cabinet", "embassy",
                           "consulate", "judiciary", "junta", "ministry", "presidency", "forces", "department"})


def _generic_bodies(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found, in_title):
    """``found`` with a body any country may have, written in lower case after that country's
    possessive or demonym and left untagged by the model: "China's foreign ministry accused
    the G7", "the Japanese defence ministry" are the "Chinese Foreign Ministry" and the
    "Japanese Defence Ministry" (named as :func:`_qualified_body` names them); and a government
    after its capital's name is that country's ("the Beijing government": "Chinese Government")."""
    taken = {i for tm in found for i in range(tm.start, tm.end)}   # (the model may tag it, all lower case)
    extra = []
    for t in doc:
        if t.lower_ not in gaz.org_heads or not t.is_lower or t.i in taken or t.i in in_title or t.i < 2 \
                or t.i + 1 < len(doc) and (doc[t.i + 1].lower_ in gaz.org_heads
                                           or gaz.title(f"{t.lower_} {doc[t.i + 1].lower_}")):
            continue   # ("the French army chief": a title)
        i = t.i
        while i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha and i - 1 not in taken \
                and generic_body([w.lower_ for w in doc[i - 1:t.i + 1]], gaz):
            i -= 1
        if t.lower_ not in _STATE_BODIES:
            continue   # "Iran's oil minister", "the French news agency AFP": no body of the state
        prev = doc[i - 1]
        span = doc[i:t.i + 1]
        capital = next((tm.mention.gazetteer for tm in found if tm.end == i and tm.mention.kind == "place"
                        and tm.mention.gazetteer in gaz.capitals), None) if t.lower_ == "government" else None
        if capital is not None and gaz.adjectives.get(gaz.capitals[capital]):
            # "the Phnom Penh government", "the Beijing government": the government seated there
            text = f"{gaz.adjectives[gaz.capitals[capital]]} Government"
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char, text,
                                              "institution"), i, t.i + 1))
            taken |= set(range(i, t.i + 1))
            continue
        owner = _POSSESSIVE.fullmatch(prev.text) and _possessor_country(doc[i - 2].text, gaz, t.lower_)
        if not owner and not (prev.text[:1].isupper() and gaz.lookup(prev.text) is None and gaz.demonym(prev.text)):
            continue
        text = _qualified_body(doc, span, span.text, gaz)
        if text != span.text:
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char, text,
                                              "institution"), i, t.i + 1))
            taken |= set(range(i, t.i + 1))
    return found + extra


def _titled_untagged(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found, title_ends):
    """``found`` with a name the model left untagged between a title and an apposition that
    gives a person's office ("General Brice Oligui Nguema, the head of the presidential guard,
    was named leader"), or between a title and the verb the name is the subject of ("Defence
    Minister Rustem Umerov thanked him"). Two to four capitalised proper nouns, none tagged or
    known to the data."""
    taken = _covered(doc, found)
    extra = []
    for start in sorted(title_ends):
        end = start
        while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and not doc[end].ent_type_ and end not in taken \
                and gaz.lookup(doc[end].text) is None and not gaz.title(doc[end].text):
            end += 1
        if end - start < 2 or end < len(doc) and doc[end].pos_ == "PROPN":
            continue
        root = doc[end - 1]
        if doc[start:end - 1] != [t for t in doc[start:end - 1] if t.head.i == root.i and t.dep_ == "compound"]:
            continue
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > root.i and (gaz.title(c.lemma_) or gaz.title(c.text))
               for c in root.children) \
                or root.dep_ == "nsubj" and end < len(doc) and doc[end].pos_ == "VERB" and root.head.i == end:
            # ("Defence Minister Rustem Umerov thanked Zaluzhnyi": a name that acts right after it)
            span = doc[start:end]
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "person"), start, end))
    return found + extra


#: Verbs whose passive subject takes an office ("was elected Japan's prime minister"): a person.
_OFFICE_PASSIVES = frozenset({"elect", "re-elect", "reelect", "appoint", "name", "nominate", "swear", "confirm"})


def _office_taken(root, gaz: Gazetteer) -> bool:
    """Whether ``root`` is the passive subject of a verb that gives it an office named after
    the verb: "was elected Japan's first female prime minister", "was sworn in as president"."""
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in _OFFICE_PASSIVES:
        return False
    heads = [c for c in verb.children if c.dep_ in ("oprd", "attr", "dobj")]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    return any(_office_phrase(h, gaz) for h in heads)


def _cued_untagged(doc: Doc, gaz: Gazetteer, in_title: set[int]) -> list[Span]:
    """Names the model left untagged where the sentence leaves no doubt they are a person's:
    one to three capitalised proper nouns with an age after them ("Takaichi, 64, a protege of
    ...") or taking an office as a passive subject ("Sanae Takaichi was elected Japan's first
    female prime minister"), and two or three such words that a clause on "who" or a
    person's title in apposition describes ("Marine Le Pen, who leads the National Rally";
    "Alberto Nunez Feijoo, the leader of the opposition Popular Party"). Words the data
    knows, titles and honorifics are no name."""
    taken = _covered(doc, [])
    names = []
    i = 0
    while i < len(doc):
        if not _untagged_name_word(doc[i], gaz, taken, in_title):
            i += 1
            continue
        end = i
        while end < len(doc) and end - i < 3 and _untagged_name_word(doc[end], gaz, taken, in_title):
            end += 1
        span = doc[i:end]
        # (the name's last word heads it; the parser may cut a sentence after its first)
        if not (end < len(doc) and _untagged_name_word(doc[end], gaz, taken, in_title)) \
                and (span[-1].dep_ in ("nsubj", "nsubjpass")
                     and (age_after(doc, end) is not None or _office_taken(span[-1], gaz))
                     or len(span) >= 2 and (_who_clause(span[-1]) or _titled_apposition(span, gaz)
                                            or _party_head_apposition(span[-1]))):
            names.append(span)
        i = end
    return names


def _party_head_apposition(t) -> bool:
    """Whether an apposition makes ``t`` the leader of a party or movement: "Alberto Nunez
    Feijoo, the leader of the opposition Popular Party" (a body may lead a market, not a party)."""
    return any(a.dep_ == "appos" and a.lemma_.lower() in ("leader", "head", "chief", "chairman", "founder")
               and any(p.dep_ == "prep" and p.lower_ == "of" and any(
                   g.dep_ == "pobj" and g.lemma_.lower() in ("party", "movement", "coalition") for g in p.children)
                       for p in a.children)
               for a in t.children)


def _who_clause(t) -> bool:
    """Whether a relative clause on "who" or "whose" describes ``t``: a person, not a body."""
    return any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whose") and g.i > t.i for g in c.children)
               for c in t.children)


def _untagged_name_word(t, gaz: Gazetteer, taken: set[int], in_title: set[int]) -> bool:
    """A capitalised proper noun no entity, title or known name claims: a word of a name."""
    return (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.ent_type_ and t.i not in taken
            and t.i not in in_title and gaz.lookup(t.text) is None and not gaz.title(t.text)
            and t.lower_ not in gaz.honorifics and gaz.demonym(t.text) is None)


def _capitalised_after_title(doc: Doc, article: Article, gaz: Gazetteer, offset: int, found, title_ends):
    """``found`` with a name whose first word the parser took for a function word because it
    is spelt like one: "Vietnamese President To Lam". A capitalised word inside a sentence,
    right after a title, followed by one or two capitalised proper nouns no mention holds."""
    taken = _covered(doc, found)
    extra = []
    for start in sorted(title_ends):
        first = doc[start] if start < len(doc) else None
        if first is None or first.is_sent_start or start in taken or not first.is_alpha \
                or not first.text[:1].isupper() or first.pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "PUNCT"):
            continue
        end = start + 1
        while end < len(doc) and end - start < 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and end not in taken and gaz.lookup(doc[end].text) is None:
            end += 1
        if end > start + 1:
            span = doc[start:end]
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "person"), start, end))
    return found + extra


#: Two-letter capitalised words of names that are no name said alone ("Al Thani", "Le Pen").
_SHORT_NOT_NAMES = frozenset({"al", "el", "le", "la", "de", "da", "di", "du", "st", "jr", "sr", "mc", "mac"})


def _name_parts(doc: Doc, article: Article, gaz: Gazetteer, offset: int, persons, found, in_title):
    """``found`` with the names the model left untagged: "Wong met ...", a lone capitalised
    word that is part of a full name the article gives ("Penny Wong"), is that person; a full
    name given elsewhere is found again ("China's Xi Jinping arrives"), and where it follows a
    person's name of two words or more, it ends that name ("Mohammed bin Abdulrahman" + "Al
    Thani"); capitalised words the parser hangs on a surname the model tags alone elsewhere
    are that surname's first names ("Keir Starmer", where only "Starmer" is tagged)."""
    parts = {t.text for e in persons if len(e) >= 2 for t in e
             if t.is_alpha and t.text[:1].isupper() and not gaz.title(t.text)
             and (len(t) > 2 or len(t) == 2 and t.text[1].islower() and t.lower_ not in gaz.name_particles
                  and t.lower_ not in gaz.honorifics and t.lower_ not in _SHORT_NOT_NAMES)}   # "Xi", "Li"
    found = list(found)
    ends = {tm.end: k for k, tm in enumerate(found) if tm.mention.kind == "person" and tm.end - tm.start >= 2}
    taken = _covered(doc, found)
    extra = []
    # "China's Xi Jinping arrives": a full name the article gives elsewhere, untagged here
    full = {tuple(t.text for t in e) for e in persons if len(e) >= 2
            and all(t.is_alpha and t.text[:1].isupper() for t in e)   # a name, not "Mr Balls" or "Gen Musharraf"
            and not any(t.lower_ in gaz.honorifics or gaz.title(t.text) for t in e)}
    starts = {names[0] for names in full}
    for t in doc:
        if t.text not in starts or t.i in taken:
            continue
        for names in full:
            end = t.i + len(names)
            if names[0] == t.text and end <= len(doc) and tuple(x.text for x in doc[t.i:end]) == names \
                    and not any(i in taken for i in range(t.i, end)) \
                    and not (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
                start = t.i
                k = ends.get(t.i) if t.i > 0 and doc[t.i - 1].is_alpha else None
                if k is not None:   # the end of the name before it
                    start = found[k].start
                span = doc[start:end]
                tm = TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char, span.text,
                                          "person"), start, end)
                if k is not None:
                    found[k] = tm
                else:
                    extra.append(tm)
                taken |= set(range(t.i, end))
                break
    # "Keir Starmer became prime minister", untagged, where "Starmer" is tagged on its own later
    lone = {e[0].text for e in persons if len(e) == 1 and e[0].is_alpha and e[0].text[:1].isupper()
            and not gaz.title(e[0].text) and gaz.lookup(e[0].text) is None}
    for t in doc:
        if t.text not in lone or t.i in taken or t.i in in_title or t.i == 0:
            continue
        start = t.i
        while start > 0 and t.i - start < 2 and (first := doc[start - 1]).pos_ == "PROPN" and first.is_alpha \
                and first.text[:1].isupper() and first.dep_ == "compound" and first.head.i == t.i \
                and first.i not in taken and first.i not in in_title and not first.ent_type_ \
                and gaz.lookup(first.text) is None and not gaz.title(first.text) \
                and first.lower_ not in gaz.honorifics and gaz.demonym(first.text) is None:
            start -= 1
        if start < t.i and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"
                                and doc[t.i + 1].text[:1].isupper()):
            span = doc[start:t.i + 1]
            extra.append(TokenMention(Mention(article.id, offset + span.start_char, offset + span.end_char,
                                              span.text, "person"), start, t.i + 1))
            taken |= set(range(start, t.i + 1))
    for t in doc:
        if (t.text in parts and t.i not in taken and t.i not in in_title and t.pos_ in ("PROPN", "NOUN")
                and gaz.lookup(t.text) is None
                and not (t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].text[:1].isupper()
                         and doc[t.i - 1].lower_.rstrip(".") not in gaz.honorifics   # ("Mr Musk", "Chancellor
                         and not gaz.title(doc[t.i - 1].text))                       # Scholz": the name)
                and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper())):
            extra.append(TokenMention(Mention(article.id, offset + t.idx, offset + t.idx + len(t), t.text, "person"),
                                      t.i, t.i + 1))
    return found + extra
