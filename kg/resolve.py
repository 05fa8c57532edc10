"""Mentions -> entities across the corpus; raw facts and events -> resolved, merged ones.

Entity resolution, one node per real thing:

- the gazetteer's canonical label for every name it knows (country aliases "US", "U.S.",
  "America"; institution acronyms "ICC");
- persons: a surname or given name alone ("Putin", "Xi") joins the full name that contains
  it, preferring full names from the same article, then the only one in the corpus;
  matching is case-insensitive ("putin" in a lower-cased headline);
- institutions: an acronym joins the name whose initials it spells, a plural the singular
  ("International Criminal Courts");
- ``rdfs:label`` is the fullest, most frequent form; every other form is an alt label.

Events of the same type are merged when they share participants and their places and dates
are compatible; a date-less report joins the best-supported compatible event.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
import calendar
from datetime import date, timedelta

from kg.gazetteer import Gazetteer, norm
from kg.model import DocResult, Entity, Event, Evidence, Fact, Mention, MentionRef, RawEvent, Ref, TimeValue
from kg.vocab import FACT_KINDS

__all__ = ["resolve", "Resolved", "SYMMETRIC"]

SYMMETRIC = frozenset({"met", "partnerOf"})
_STOP = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "la", "&"})
Key = tuple[str, str]


@dataclass(frozen=True)
class Resolved:
    """The corpus after resolution: what the RDF step needs."""

    entities: dict[Key, Entity]
    facts: tuple[Fact, ...]
    events: tuple[Event, ...]


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.replace("-", " ").split() if w.lower() not in _STOP and w[:1].isalpha()).upper()


def _best_label(forms: Counter) -> str:
    """Fullest, then not shouted, then most frequent, then capitalised form."""
    return max(forms, key=lambda f: (len(f.split()), not f.isupper(), forms[f], sum(c.isupper() for c in f[:1]), f))


def _unshouted(label: str) -> str:
    """A place name written in a dateline's capitals, in the case of running text
    ("VOSTOCHNY" -> "Vostochny", "ST PETERSBURG" -> "St Petersburg"); acronyms stay ("UAE").

    >>> _unshouted("SHARM EL-SHEIKH"), _unshouted("UAE")
    ('Sharm El-Sheikh', 'UAE')
    """
    if not label.isupper() or len(label.replace(" ", "")) <= 4:
        return label
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), label.lower())


_TRANSLIT_END = re.compile(r"(?:iy|yy|ii|y|i)$")


#: The Arabic article written on to a surname: "al-Burhan" is "Burhan" said alone.
_ARTICLE_PREFIXES = ("al-", "el-")


def _spelling(name: str) -> str:
    """A person's name as its spellings agree on: normalised, without accents, and without a
    transliterated ending -y, -iy, -yy or -i on long words ("Zelensky", "Zelenskyy" and
    "Zelenskiy"; "Erdoğan" and "Erdogan").

    >>> _spelling("Volodymyr Zelenskyy") == _spelling("Volodymyr Zelensky") == "volodymyr zelensk"
    True
    >>> _spelling("Abdel Fattah al-Sisi")
    'abdel fattah al-sisi'
    """
    folded = "".join(c for c in unicodedata.normalize("NFKD", norm(name)) if not unicodedata.combining(c))

    def spelt(w: str) -> str:   # (the article does not count: "al-Sisi" and "Sisi" agree)
        if w.startswith(_ARTICLE_PREFIXES):
            return w[:3] + spelt(w[3:])
        return _TRANSLIT_END.sub("", w) if len(w) > 5 else w
    return " ".join(spelt(w) for w in folded.split())


def _one_letter_apart(a: list[str], b: list[str]) -> bool:
    """Whether two names of as many words are one transliteration apart in one word of five
    letters or more: a vowel for another ("Mohammad", "Mohammed"; "Shiniwatra", "Shinawatra")
    or a doubled letter ("Mohamed", "Mohammed"). "Peston" and "Preston" are two names.

    >>> _one_letter_apart(["mohammad", "khatami"], ["mohammed", "khatami"])
    True
    >>> _one_letter_apart(["robert", "peston"], ["robert", "preston"])
    False
    """
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 5:
        return False
    if len(x) == len(y):
        changed = [(c, d) for c, d in zip(x, y) if c != d]
        return len(changed) == 1 and changed[0][0] in "aeiou" and changed[0][1] in "aeiou"
    short, long_ = sorted((x, y), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1:] == short and long_[i] == long_[i - 1] for i in range(1, len(long_)))


#: Words of rank that open how a royal is named again: "Prince Mohammed", "Sheikh Tamim".
_ROYAL_WORDS = frozenset({"prince", "princess", "sheikh", "sheik", "emir", "king", "queen"})
#: Words of lineage in the names of Arab dynasties' members: "Mohammed bin Salman", "Tamim bin Hamad Al Thani".
_DYNASTY_WORDS = frozenset({"bin", "bint", "ibn", "al"})


def _person_keys(mentions: list[Mention], particles: frozenset[str] = frozenset()) -> dict[str, str]:
    """mention id -> canonical person label. A surname that opens with a particle ("Von der
    Leyen") is matched like a single surname, by its words, not as a full name."""
    full: dict[str, Counter] = defaultdict(Counter)        # spelling key of a full name -> surface forms
    full_by_article: dict[str, set[str]] = defaultdict(set)
    first_at: dict[tuple[str, str], int] = {}              # (article, key) -> where the full name first stands
    for m in mentions:
        if len(m.text.split()) >= 2 and m.text.split()[0].casefold() not in particles:
            key = _spelling(m.text)
            full[key][m.text] += 1
            full_by_article[m.article_id].add(key)
            first_at[m.article_id, key] = min(first_at.get((m.article_id, key), m.start), m.start)
    # "Vladimir Vladimirovich Putin" and "Vladimir Putin": same first and last word
    canon: dict[str, str] = {}
    ends: dict[tuple[str, str], str] = {}                  # (first, last word) -> the name they join
    # "Mohammad Khatami" and "Mohammed Khatami", "Thaksin Shiniwatra" and "Thaksin Shinawatra":
    # one letter apart in one long word, the commoner spelling. Blocked by the other words: a
    # name is compared only with names that share all its words but one, and that word's initial
    heads: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for name in sorted(full, key=lambda n: (-sum(full[n].values()), n)):
        words = name.split()
        blocks = [tuple(words[:i]) + (w[0] + "*",) + tuple(words[i + 1:]) for i, w in enumerate(words)]
        twin = next((h for b in blocks for h in heads[b] if _one_letter_apart(words, h.split())), None)
        if twin is not None:
            canon[name] = canon[twin]
            continue
        for b in blocks:
            heads[b].append(name)
        canon[name] = ends.setdefault((words[0], words[-1]), name)
    # "Al Thani" after "Mohammed bin Abdulrahman Al Thani", "Lula da Silva" after "Luiz Inacio
    # Lula da Silva": the last words of one longer name only
    by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name in full:
        words = tuple(name.split())
        for k in range(2, len(words)):
            by_tail[words[-k:]].add(canon[name])
    for name in full:
        longer = by_tail.get(tuple(name.split()), set()) - {canon[name]}
        if len(longer) == 1:
            canon[name] = next(iter(longer))
    token_index: dict[str, set[str]] = defaultdict(set)
    for name in full:
        for w in name.split():
            if len(w) > 1:
                token_index[w].add(canon[name])
            if w.startswith(_ARTICLE_PREFIXES) and len(w) > 5:   # "Burhan" after "Abdel Fattah al-Burhan"
                token_index[w.split("-", 1)[1]].add(canon[name])
    weight = Counter()
    for name, forms in full.items():
        weight[canon[name]] += sum(forms.values())

    out: dict[str, str] = {}
    in_article: dict[str, set[str]] = {}
    firsts: dict[str, dict[str, int]] = {}   # article -> canonical name -> where the article first names it
    for m in mentions:
        key = _spelling(m.text)
        words = key.split()
        if len(words) == 2 and words[0] in _ROYAL_WORDS:
            # "Prince Mohammed" after "Crown Prince Mohammed bin Salman": by his first name, and
            # only a dynasty's ("Prince Charles" is not Charles Kennedy)
            named = {canon[n] for n in full_by_article[m.article_id]}
            dynasty = [c for c in token_index.get(words[1], ()) if c in named and c.split()[0] == words[1]
                       and _DYNASTY_WORDS & set(c.split())]
            if dynasty:
                out[m.id] = max(dynasty, key=lambda c: (weight[c], c))
                continue
        if key in canon:
            out[m.id] = _longer_in_article(m, key, canon, full_by_article) or canon[key]
            continue
        candidates = set.intersection(*(token_index.get(w, set()) for w in words)) if words else set()
        if m.article_id not in in_article:
            in_article[m.article_id] = {canon[n] for n in full_by_article[m.article_id]}
            firsts[m.article_id] = {}
            for n in full_by_article[m.article_id]:
                at = firsts[m.article_id].get(canon[n], first_at[m.article_id, n])
                firsts[m.article_id][canon[n]] = min(at, first_at[m.article_id, n])
        local = candidates & in_article[m.article_id]
        pool = local or candidates
        if pool:
            # the one named most across the corpus; of two named as often, the one the article
            # names first ("President Donald Trump ... his grandfather, Friedrich Trump ... Trump said")
            first = firsts[m.article_id]
            out[m.id] = max(pool, key=lambda c: (weight[c], -first.get(c, float("inf")), c))
        else:
            out[m.id] = key
    return out


#: Words after a name that make it another person's: "Donald Trump Jr", "Ken Griffey Sr".
_GENERATION_WORDS = frozenset({"jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"})


def _longer_in_article(m: Mention, key: str, canon: dict[str, str],
                       full_by_article: dict[str, set[str]]) -> str | None:
    """The one longer name in the article of ``m`` that opens with all of its words: "Finance
    Minister Sri Mulyani Indrawati ... Sri Mulyani, a former managing director", "Samia Suluhu
    Hassan ... Samia Suluhu". Within one article only; not a name of another generation
    ("Donald Trump Jr")."""
    words = key.split()
    longer = {canon[n] for n in full_by_article[m.article_id]
              if len(n.split()) > len(words) and n.split()[:len(words)] == words
              and n.split()[-1] not in _GENERATION_WORDS}
    return next(iter(longer)) if len(longer) == 1 and canon[key] not in longer else None


#: A company's legal form after its name: "Apple Inc.", "Microsoft Corp", "BP plc".
_LEGAL_SUFFIX = re.compile(r",?\s+(?:inc|corp|corporation|co|ltd|limited|plc|llc|ag|sa|nv|n\.v|se|gmbh|spa)\.?$")


#: A name's leading "U.S." or "US" (normalised), the short form of "United States".
_US_PREFIX = re.compile(r"^(?:u\.s\.|us) ")


def _other_keys(mentions: list[Mention]) -> dict[str, str]:
    """mention id -> canonical key for institutions and places not in the gazetteer."""
    forms: dict[str, Counter] = defaultdict(Counter)
    by_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        forms[norm(m.text)][m.text] += 1
        by_article[m.article_id].add(norm(m.text))
    canon = {k: k for k in forms}
    for k in forms:   # "General Motors" and a stray "General Motor": the commoner form names both
        if k.endswith("s") and k[:-1] in forms:
            plural, singular = sum(forms[k].values()), sum(forms[k[:-1]].values())
            if plural > singular:
                canon[k[:-1]] = k
            else:
                canon[k] = k[:-1]
    # "U.S. Steel" and "United States Steel": the country's short form, where the corpus spells
    # the same name out
    for k in forms:
        spelt = _US_PREFIX.sub("united states ", k)
        if spelt != k and spelt in forms:
            canon[k] = spelt
    # "Apple Inc." and "Apple", "Microsoft Corp" and "Microsoft": one company, named as people
    # name it (the legal form is no part of the name a reader would ask for)
    for k in forms:
        base = _LEGAL_SUFFIX.sub("", k)
        if base != k and base in forms:
            canon[k] = base
    by_initials = defaultdict(set)
    for k in forms:
        if len(k.split()) >= 2:
            by_initials[_initials(k)].add(canon[k])
    # an acronym is the expansion that articles using it spell out ("General Motors (GM)"),
    # else the only name in the corpus with those initials
    votes: dict[str, Counter] = defaultdict(Counter)
    for keys in by_article.values():
        for k in keys:
            letters = k.replace(".", "").upper()
            if " " in k or not 2 <= len(letters) <= 6:
                continue
            local = {canon[o] for o in keys if len(o.split()) >= 2 and _initials(o) == letters}
            if len(local) == 1:
                votes[k][next(iter(local))] += 1
    for k in forms:
        letters = k.replace(".", "").upper()
        if k in votes:
            canon[k] = max(votes[k].items(), key=lambda kv: (kv[1], kv[0]))[0]
        elif " " not in k and 2 <= len(letters) <= 6 and letters in by_initials and len(by_initials[letters]) == 1:
            canon[k] = next(iter(by_initials[letters]))
    return {m.id: canon[norm(m.text)] for m in mentions}


def _settle_kinds(mentions: list[Mention]) -> list[Mention]:
    """One kind per name across the corpus where the model wavers between person and
    institution ("Yukos" tagged PERSON in one article and ORG in the next):

    a one-word "person" that is no word of any longer person name in the corpus ("Vladimir
    Putin" vouches for "Putin", "Xi Jinping" for "Xi"), and that is elsewhere an institution,
    is that institution. Longer names keep their kinds: "Bernie Ebbers" is often inside a
    model's ORG span, and is a person.
    """
    kinds: dict[str, Counter] = defaultdict(Counter)
    name_words = set()
    for m in mentions:
        if m.gazetteer is None and m.kind in ("person", "institution"):
            key = norm(m.text)
            kinds[key][m.kind] += 1
            if m.kind == "person" and len(key.split()) > 1:
                name_words.update(key.split())   # "Xi" of "Xi Jinping", "Lula" of "Luiz Inacio Lula da Silva"
    settled = {}
    for key, count in kinds.items():
        if len(count) == 2 and len(key.split()) == 1 and key not in name_words:
            settled[key] = "institution"
    if not settled:
        return mentions
    return [replace(m, kind=settled[k]) if m.gazetteer is None and m.kind in ("person", "institution")
            and (k := norm(m.text)) in settled and settled[k] != m.kind else m for m in mentions]


def _short_body_names(mentions: list[Mention], group: dict[str, tuple[str, str]], gaz: Gazetteer) -> None:
    """A body named by the first word of its longer name, once a country or demonym before it is
    set aside, is that body within the article that gives the longer name: "the U.S. House of
    Representatives ... House Speaker Mike Johnson", "the European Commission ... the
    Commission", "Activision Blizzard ... Activision"; and so is a body's head noun said alone
    ("the International Court of Justice ... the Court"). Not "House" for "the White House", not
    an acronym, not a name said before the longer one ("Veritas ... Veritas - Latin", a part
    named after the body), and nothing when two longer names start so. Updates ``group`` in place."""
    def nationless(words: list[str]) -> list[str]:
        while len(words) > 1 and (gaz.demonym(words[0]) or (gaz.lookup(words[0]) or ("",))[0] == "country"):
            words = words[1:]
        return words

    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "institution":
            by_article[m.article_id].append(m)
    for bodies in by_article.values():
        longer: dict[str, set[tuple[str, str]]] = defaultdict(set)
        headed: dict[str, set[tuple[str, str]]] = defaultdict(set)   # "court" -> the courts named in full
        first: dict[object, int] = {}   # where each name is first given
        for m in bodies:
            words = m.text.split()
            if len(words) >= 2 and all(w[:1].isalnum() for w in words):   # (not "Veritas - Latin")
                longer[norm(nationless(words)[0])].add(group[m.id])
                for w in words[1:]:
                    if w.lower() in gaz.org_heads:
                        headed[w.lower()].add(group[m.id])
            first[group[m.id]] = min(first.get(group[m.id], m.start), m.start)
            first[norm(m.text)] = min(first.get(norm(m.text), m.start), m.start)
        for m in bodies:
            found = longer.get(norm(m.text), ())
            if not found and m.text.istitle() and m.text.lower() in gaz.org_heads:
                found = headed.get(m.text.lower(), ())   # "Court President Joan Donoghue" after "the
                #                                          International Court of Justice"
            if m.gazetteer is None and " " not in m.text and not m.text.isupper() \
                    and len(found) == 1 and group[m.id] not in found \
                    and first[next(iter(found))] < first[norm(m.text)]:
                # (a short name said first is a body of its own: "the BBC ... BBC News")
                group[m.id] = next(iter(found))


def _resolve_entities(results: list[DocResult], gaz: Gazetteer) -> tuple[dict[str, Key], dict[Key, Entity]]:
    mentions = _settle_kinds([m for r in results for m in r.mentions])
    people = [m for m in mentions if m.kind == "person" and m.gazetteer is None]
    others = [m for m in mentions if m.kind != "person" and m.gazetteer is None]
    person_key = _person_keys(people, gaz.name_particles)
    other_key = _other_keys(others)
    group: dict[str, tuple[str, str]] = {}
    for m in mentions:
        if m.gazetteer is not None:
            group[m.id] = (m.kind, "g:" + m.gazetteer)
        elif m.kind == "person":
            group[m.id] = ("person", person_key[m.id])
        else:
            group[m.id] = (m.kind, other_key[m.id])
    _short_body_names(mentions, group, gaz)
    # labels: gazetteer label, else the best surface form of the group
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        forms[group[m.id]][m.text] += 1
        articles[group[m.id]].add(m.article_id)
    mention_key: dict[str, Key] = {}
    entities: dict[Key, Entity] = {}
    label_of: dict[tuple[str, str], Key] = {}
    for g, counter in forms.items():
        kind, ident = g
        if ident.startswith("g:"):
            label = ident[2:]
        elif kind == "person":
            full_forms = Counter({f: c for f, c in counter.items() if norm(f) == ident})
            label = _best_label(full_forms or counter)
            if label.islower():
                label = label.title()
        else:
            label = _best_label(Counter({f: c for f, c in counter.items() if norm(f) == ident}) or counter)
            if kind == "place":
                label = _unshouted(label)
        key = (kind, label)
        label_of[g] = key
        old = entities.get(key)
        alts = {f for f in counter if f != label}
        if old is not None:
            alts |= old.alt_labels
        entities[key] = Entity(kind, label, frozenset(alts), frozenset(articles[g]) | (old.articles if old else frozenset()))
    for m in mentions:
        mention_key[m.id] = label_of[group[m.id]]
    return mention_key, entities


def _key(ref: Ref, mention_key: dict[str, Key]) -> Key | None:
    if isinstance(ref, MentionRef):
        return mention_key.get(ref.mention_id)
    return (ref.kind, ref.label)


def _ensure(entities: dict[Key, Entity], key: Key, article: str | None) -> None:
    old = entities.get(key)
    if old is None:
        entities[key] = Entity(key[0], key[1], frozenset(), frozenset({article} if article else ()))
    elif article and article not in old.articles:
        entities[key] = Entity(old.kind, old.label, old.alt_labels, old.articles | {article})


def _fits(predicate: str, s: Key, o: Key | str) -> bool:
    """Whether a fact's ends have the kinds the contract gives its property."""
    kinds = FACT_KINDS.get(predicate)
    if kinds is None:
        return True
    subjects, objects = kinds
    return s[0] in subjects and (isinstance(o, str) if objects is None else not isinstance(o, str) and o[0] in objects)


#: Rules that guess a person's country from the article around them, not from words about them.
CONTEXT_RULES = frozenset({"title-context"})


def _drop_contradicted_guesses(grouped: dict[tuple, list[Evidence]]) -> None:
    """A leadership or nationality guessed from an article's context ("President X" in a story
    datelined MOSCOW) yields to what any article states about the person: a guess of another
    country than the stated ones is dropped, and so is one about a person another article
    states leads or belongs to a body ("Acme president X"). The guessing article itself has
    weighed what it says ("Prime Minister Micheal Martin, the leader of Fianna Fail").
    Evidence lists are edited in place."""
    stated: dict[Key, set] = defaultdict(set)
    bodies: dict[Key, set[str]] = defaultdict(set)   # person -> articles stating a body they lead or are of
    for (s, p, o), evs in grouped.items():
        if p in ("leaderOf", "nationality") and any(e.rule not in CONTEXT_RULES for e in evs):
            if o[0] == "country":
                stated[s].add(o)
            else:
                bodies[s].update(e.article_id for e in evs if e.rule not in CONTEXT_RULES)
    for (s, p, o), evs in list(grouped.items()):
        if p not in ("leaderOf", "nationality") or not (stated.get(s) or bodies.get(s)):
            continue
        kept = [e for e in evs if e.rule not in CONTEXT_RULES or (
            not (stated.get(s) and o not in stated[s]) and not bodies.get(s, set()) - {e.article_id})]
        if kept:
            grouped[(s, p, o)] = kept
        else:
            del grouped[(s, p, o)]


def _resolve_facts(results, mention_key, entities) -> list[Fact]:
    grouped: dict[tuple, list[Evidence]] = defaultdict(list)
    for r in results:
        for f in r.facts:
            s = _key(f.subject, mention_key)
            o = f.object if isinstance(f.object, str) else _key(f.object, mention_key)
            if s is None or o is None or s == o or not _fits(f.predicate, s, o):
                continue
            if f.predicate in SYMMETRIC and not isinstance(o, str) and o < s:
                s, o = o, s
            for k in (s, o):
                if not isinstance(k, str):
                    _ensure(entities, k, f.evidence.article_id if f.evidence.rule != "gazetteer" else None)
            grouped[(s, f.predicate, o)].append(f.evidence)
    _drop_contradicted_guesses(grouped)
    facts = []
    for (s, p, o), evs in grouped.items():
        unique = {(e.article_id, e.start, e.rule): e for e in evs}
        facts.append(Fact(s, p, o, tuple(sorted(unique.values(), key=lambda e: (e.article_id, e.start, e.rule)))))
    return sorted(facts, key=lambda f: (f.predicate, f.subject, str(f.object)))


# --- events ----------------------------------------------------------------------------
@dataclass
class _Cluster:
    type: str
    agents: set
    targets: set
    participants: set
    locations: Counter
    dates: Counter
    members: list
    quote: str | None = None
    reported: bool = False
    sentences: set = field(default_factory=set)   # (article, sentence start) of its reports
    stages: set = field(default_factory=set)      # the legal stages its reports name (LEGAL_STAGES)
    published: set = field(default_factory=set)   # publication dates of its reports' articles
    # participants and agents with the countries their leaders stand for, for matching only
    match: set = field(default_factory=set)
    agent_match: set = field(default_factory=set)
    bodies: set = field(default_factory=set)   # bodies whose own gathering it is (a report of them alone)

    @property
    def location(self):
        return self.locations.most_common(1)[0][0] if self.locations else None


def _dates_compatible(a: TimeValue, b: TimeValue) -> bool:
    if a.datatype == "date" and b.datatype == "date":
        return abs((date.fromisoformat(a.value) - date.fromisoformat(b.value)).days) <= 3
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _bounds(t: TimeValue) -> tuple[date, date]:
    """The first and last day a date, a month or a year covers."""
    year, _, rest = t.value.partition("-")
    if t.datatype == "date":
        day = date.fromisoformat(t.value)
        return day, day
    if not rest:
        return date(int(year), 1, 1), date(int(year), 12, 31)
    month = int(rest)
    return date(int(year), month, 1), date(int(year), month, calendar.monthrange(int(year), month)[1])


def _before(t: TimeValue, day) -> bool:
    """Whether a date lies wholly before ``day`` by more than the three days of a report's slack.

    >>> _before(TimeValue("2023-04-14", "date"), date(2025, 5, 10))
    True
    >>> _before(TimeValue("2025", "gYear"), date(2025, 6, 1))
    False
    """
    return _bounds(t)[1] < day - timedelta(days=3)


def _after(t: TimeValue, day) -> bool:
    """Whether a date lies wholly after ``day`` by more than the three days of a report's slack.

    >>> _after(TimeValue("2024-04-10", "date"), date(2023, 9, 9)), _after(TimeValue("2023", "gYear"), date(2023, 6, 1))
    (True, False)
    """
    return _bounds(t)[0] > day + timedelta(days=3)


def _places_compatible(a: Key | None, b: Key | None, gaz: Gazetteer, contains: dict[Key, set[Key]]) -> bool:
    """Whether two places of reports can be one event's: the same, one inside the other, a
    country and a place of unknown whereabouts ("hold summit in Singapore" and "at the Capella
    Hotel"), or a state and a city of the same country not known to be in another state."""
    if a is None or b is None or a == b:
        return True
    if b in contains.get(a, set()) or a in contains.get(b, set()):
        return True
    for state, city in ((a, b), (b, a)):   # "in Alaska" and "in the Alaskan city of Anchorage"
        if state[0] == city[0] == "place" and state[1] in gaz.subdivisions and city[1] not in gaz.subdivisions \
                and gaz.place_country.get(state[1]) is not None \
                and gaz.place_country.get(state[1]) == gaz.place_country.get(city[1]) \
                and not any(k[1] in gaz.subdivisions for k in contains.get(city, ())):
            return True   # a state and a city of its country that the graph places in no other state
    return a[0] == "country" and b[0] == "place" and not contains.get(b) \
        or b[0] == "country" and a[0] == "place" and not contains.get(a)


#: Stages of legal proceedings, by how the words that report them begin: reports of two stages
#: are two acts ("was detained in January 2019" is not the sentence passed in 2024, nor an
#: arrest the charge brought later).
LEGAL_STAGES = (("arrest", "custody"), ("detain", "custody"), ("detention", "custody"),
                ("charg", "charge"), ("indict", "charge"), ("prosecut", "charge"),
                ("convict", "verdict"), ("conviction", "verdict"), ("sentenc", "verdict"),
                ("acquit", "verdict"), ("warrant", "warrant"), ("notice", "warrant"),
                ("extradit", "extradition"), ("impeach", "impeachment"), ("su", "suit"), ("lawsuit", "suit"),
                ("case", "suit"), ("complaint", "suit"), ("fine", "fine"), ("bar", "bar"), ("ban", "bar"),
                ("disqualif", "bar"))
# (not "jailed", said of custody and of sentences alike, nor a court's "ordered" or "ruled")


def legal_stage(trigger: str) -> str | None:
    """The stage of legal proceedings a LegalAction's trigger word reports, if it is one listed.

    >>> legal_stage("sentenced"), legal_stage("detained"), legal_stage("probe")
    ('verdict', 'custody', None)
    """
    word = trigger.lower()
    return next((stage for prefix, stage in LEGAL_STAGES if word.startswith(prefix)), None)


#: How far apart the articles of two undated reports of one event may be published.
UNDATED_WINDOW_DAYS = 7
#: How long before an article an election its undated report may be: a result is news for weeks.
ELECTION_WINDOW_DAYS = 31


def _aimed_alike(targets: set, other_targets: set, other_place: Key | None, contains: dict[Key, set[Key]]) -> bool:
    """Whether two military acts can be one by whom they hit: when both name targets, a shared
    one; when one names target countries and the other only a place, the place lies in one of
    them (an armed group hit may be anywhere: "strikes on RSF positions" in Khartoum's fighting)."""
    if not targets:
        return True
    if other_targets:
        return bool(targets & other_targets)
    if other_place is None or not any(k[0] == "country" for k in targets):
        return True
    seen, todo = set(), [other_place]
    while todo:   # the place and what it lies in, up the written chain
        p = todo.pop()
        if p in targets:
            return True
        if p not in seen:
            seen.add(p)
            todo += contains.get(p, ())
    return False


#: Rules of reports that add who hosted, joined or attended a gathering already reported.
EXTENDING_RULES = frozenset({"hosted-summit", "hosted-meeting", "joined-meeting"})


def _compatible(c: _Cluster, parts: set, loc, date, gaz, contains, quote=None, reported=False,
                sentence=None, agents=frozenset(), targets=frozenset(), leads=None, published=None,
                reported_parts=None, stage=None, extends: bool = False, article: str | None = None,
                planned: bool = False) -> bool:
    """Whether a report can join a cluster: the same words for a statement, two shared
    participants (one if either has only one, or if it is a shared agent and the report comes
    from a sentence that already reported the cluster: "Lula won Brazil's presidential
    election, defeating Bolsonaro in the runoff"), places one inside the other, and dates
    within three days (a military action in a town joins only one in that town). Roles may
    not be reversed: "Hamas attacked Israel" and "Israeli warplanes struck Gaza" are two acts.
    ``leads`` (person -> countries they lead) makes a leader and their country count as one
    party, so that a country standing in for its leader adds no second shared participant.
    An undated report cannot tell of an event dated after its article was ``published``: the
    G20 talks of a September story are not a meeting of the next April; and while no report of
    a cluster is dated, reports join it only from articles published within a week of its own.
    ``reported_parts`` (the report's own participants) keeps a country that stands in on both
    sides, for two different leaders of it, from counting as shared. A legal act's ``stage`` (its
    :func:`legal_stage`) must be one the cluster's reports name, if they name any. A report that
    ``extends`` a gathering with who hosted, joined or attended it may join a body's own one.
    One ``article``'s meetings of different people on two different days are two meetings (the
    parade on Friday, the talks on Saturday), unless a body's gathering, which may last days.
    A ``planned`` report ("will travel to Beijing") tells of no event over before it was published.
    An undated visit to a named place joins no visit of another article that names none."""
    if c.quote != quote or c.reported != reported:
        return False   # statements merge only when they give the same words the same way
    if stage is not None and c.stages and stage not in c.stages:
        return False   # a detention is not the sentence passed later
    if (agents & c.targets) - c.agent_match or (c.agent_match & targets) - agents:
        return False
    if c.type in ("Meeting", "Agreement") and reported_parts is not None and not extends \
            and (len(reported_parts) == 1) != (len(c.participants) == 1) \
            and not (len(reported_parts) == 1 and reported_parts <= c.bodies):
        # a body's own gathering ("the EU summit in Brussels") is not talks it holds with another,
        # nor what "EU leaders agreed" a deal it strikes with another ("EU and Mercosur conclude deal")
        return False
    if c.type == "Meeting" and reported_parts is not None and not extends and c.bodies - reported_parts \
            and not any(k[0] == "institution" for k in reported_parts):
        return False   # talks on the sidelines of the G20 summit are not the summit
    # (a leader and the country they stand for are one party; a country that only stands in,
    # on both sides, for two of its leaders is no shared party: Biden's call with Zelensky is
    # not Trump's meeting with him)
    one = lambda keys: keys - {k for p in keys for k in (leads or {}).get(p, ())}
    common = c.match & parts
    if reported_parts is not None:
        common = {k for k in common if k in c.participants or k in reported_parts}
    shared = len(one(common))
    # (counted on the report's own parties: a body's country it stands for is no second one)
    own = one(reported_parts if reported_parts is not None else parts)
    # (one shared agent will do in a sentence that already reported the cluster, and for an
    # election in an article that did: "Pezeshkian wins Iran's runoff" and "Pezeshkian won
    # Iran's presidential runoff election, defeating Jalili")
    same_source = sentence in c.sentences or c.type == "Election" and sentence is not None \
        and any(sentence[0] == s[0] for s in c.sentences)
    needed = 1 if same_source and c.agent_match & agents or extends else min(2, len(own), len(c.participants))
    if shared < needed or shared == 0:
        return False
    if not _places_compatible(c.location, loc, gaz, contains):
        return False
    if c.type == "MilitaryAction" and loc is not None and loc[0] != "country" and c.location != loc:
        return False   # a strike on Kyiv is not the invasion of Ukraine, nor a strike on Kharkiv
    if c.type == "MilitaryAction" and not (_aimed_alike(targets, c.targets, c.location, contains)
                                           and _aimed_alike(c.targets, targets, loc, contains)):
        return False   # fire into Lebanon is not the strikes across Gaza, nor an attack on another foe
    if not c.dates and c.published:   # a cluster no report of which is dated
        if date is not None and all(_after(date, p) for p in c.published):
            return False   # it cannot be an event dated after all its articles appeared
        if date is None and published is not None \
                and min(abs((published - p).days) for p in c.published) > UNDATED_WINDOW_DAYS:
            return False   # Biden and Zelensky in Kyiv in February are not "the sidelines" of May
    if date is None:
        if c.type == "Visit" and loc is not None and c.location is None and article is not None \
                and all(m[0].evidence.article_id != article for m in c.members):
            return False   # "visited the crash site on Friday" (June) is not another story's trip to Tianjin
        if planned and published is not None and c.dates and all(_before(d, published) for d in c.dates):
            return False   # a trip to Beijing still to come is not the one of two years before
        if c.type == "Election" and published is not None and c.dates and all(
                _bounds(d)[1] < published - timedelta(days=ELECTION_WINDOW_DAYS) for d in c.dates):
            return False   # "Maduro won a third term", told undated in August, is no vote of December
        return published is None or not c.dates or not all(_after(d, published) for d in c.dates)
    if c.type == "Meeting" and article is not None and date.datatype == "date" and reported_parts is not None \
            and not any(k[0] == "institution" for k in c.participants | reported_parts) and any(
                m[0].evidence.article_id == article and m[0].date is not None and m[0].date.datatype == "date"
                and m[0].date != date and m[3] != reported_parts for m in c.members):
        return False
    return all(_dates_compatible(d, date) for d in c.dates)


def _merge_events(results, mention_key, entities, facts: list[Fact], gaz: Gazetteer) -> list[Event]:
    """Reports of one event joined into one node (see :func:`_compatible`). A leader acting
    stands for the country they lead when reports are matched: "Putin launched the invasion of
    Ukraine" and "Russia's invasion of Ukraine" are one act, "Albanese met Xi" and "Australia
    and China held talks" one meeting; so does a country's own body acting ("the Justice
    Department sued Apple" and "U.S. sues Apple"). Only matching sees this; the participants
    stay as reported."""
    contains: dict[Key, set[Key]] = defaultdict(set)   # place -> what it is located in
    leads: dict[Key, set[Key]] = defaultdict(set)      # person -> the countries they lead
    bodies_of: dict[Key, set[Key]] = defaultdict(set)  # a country's own body -> that country
    for f in facts:
        if f.predicate == "locatedIn" and not isinstance(f.object, str):
            contains[f.subject].add(f.object)
        elif f.predicate == "leaderOf" and not isinstance(f.object, str) and f.object[0] == "country":
            leads[f.subject].add(f.object)
        elif f.predicate == "institutionOf" and not isinstance(f.object, str) and f.subject[0] == "institution":
            bodies_of[f.subject].add(f.object)
    raw: list[tuple[RawEvent, set, set, set, Key | None]] = []
    published = {r.article.id: r.article.date for r in results}
    for r in results:
        for ev in r.events:
            agents = {k for k in (_key(x, mention_key) for x in ev.agents) if k}
            targets = {k for k in (_key(x, mention_key) for x in ev.targets) if k}
            parts = {k for k in (_key(x, mention_key) for x in ev.participants) if k} | agents | targets
            loc = _key(ev.location, mention_key) if ev.location else None
            if not parts:
                continue
            if loc is not None:
                _ensure(entities, loc, ev.evidence.article_id)
            for k in parts:                  # "Berlin invaded": the country a capital stands for
                _ensure(entities, k, ev.evidence.article_id)
            raw.append((ev, agents, targets, parts, loc))
    raw.sort(key=lambda x: (x[0].date is None, x[4] is None, x[0].evidence.article_id, x[0].evidence.start))
    clusters: list[_Cluster] = []
    # blocking: a report can only join a cluster of its type that shares a participant
    block: dict[tuple[str, Key], list[int]] = defaultdict(list)
    for ev, agents, targets, parts, loc in raw:
        stands = lambda keys: {c for k in keys for c in leads.get(k, ())}   # the countries their leaders stand for
        # (and a country's own body acting for it: "the Justice Department sued Apple" is "U.S. sues Apple")
        agent_match = agents | stands(agents) | {c for k in agents for c in bodies_of.get(k, ())}
        match = parts | (stands(parts) if ev.type == "Meeting" else agent_match)
        candidates = sorted({i for p in match for i in block.get((ev.type, p), ())})
        sentence = (ev.evidence.article_id, ev.evidence.start)
        stage = legal_stage(ev.trigger) if ev.type == "LegalAction" else None
        fits = [i for i in candidates
                if _compatible(clusters[i], match, loc, ev.date, gaz, contains, ev.quote, ev.reported, sentence,
                               agent_match, targets, leads, published.get(ev.evidence.article_id), parts,
                               stage, ev.evidence.rule in EXTENDING_RULES, ev.evidence.article_id, ev.planned)]
        if fits:
            # (an undated report joins its own article's report of the event before a larger one:
            # "Russian court jails Gershkovich" is the sentencing its lead dates, not his arrest)
            article = ev.evidence.article_id
            index = max(fits, key=lambda i: (ev.date is None and any(m[0].evidence.article_id == article
                                                                     for m in clusters[i].members),
                                             len(clusters[i].members)))
            c = clusters[index]
        else:
            c = _Cluster(ev.type, set(), set(), set(), Counter(), Counter(), [], ev.quote, ev.reported)
            clusters.append(c)
            index = len(clusters) - 1
        for p in match - c.match:
            block[(ev.type, p)].append(index)
        c.match |= match
        c.agent_match |= agent_match
        c.agents |= agents
        c.targets |= targets - agents
        c.participants |= parts
        if loc is not None:
            c.locations[loc] += 1
        if ev.date is not None:
            c.dates[ev.date] += 1
        c.members.append((ev, agents, targets, parts, loc))
        if len(parts) == 1 and next(iter(parts))[0] == "institution":
            c.bodies |= parts   # ("the G7 summit", joined by who attended it, is the G7's still)
        c.sentences.add(sentence)
        if published.get(ev.evidence.article_id) is not None:
            c.published.add(published[ev.evidence.article_id])
        if stage is not None:
            c.stages.add(stage)
    events = []
    for c in clusters:
        # the most precise of the reports' dates (they all agree: "2022-10" within "2022"), then the commonest
        date = max(c.dates, key=lambda d: (d.datatype == "date", d.datatype == "gYearMonth", c.dates[d], d.value)) \
            if c.dates else None
        # the commonest place that is no world region; between as common ones, a city the data
        # knows, then a country, then a place the graph locates ("Dushanbe" before "Tajikistan",
        # "Singapore" before "the Capella Hotel")
        rank = lambda k: (2 if k[0] == "place" and (gaz.place_country.get(k[1]) or gaz.city(k[1])) else
                          1 if k[0] == "country" else 0, bool(contains.get(k)))   # (a continent is no city)
        # (a continent or sea only when nothing narrower is given: "visited Kenya's biggest
        # shantytown ... left for Africa" was in Kenya)
        # (a report of a place supports the one place inside it the others name: "attacks on
        # Kyiv" and "missiles at Ukraine" were in Kyiv; but a visit is to the country its
        # reports name most: "a visit to Britain ... visiting the community in Manchester")
        inside = {m: [k for k in c.locations if m in contains.get(k, ())] for m in c.locations}
        support = lambda k: c.locations[k] + (sum(n for m, n in c.locations.items() if inside[m] == [k])
                                              if c.type != "Visit" else 0)
        loc = max(c.locations, key=lambda k: (k[1] not in gaz.regions, support(k), rank(k))) \
            if c.locations else None
        names = sorted(entities[k].label if k in entities else k[1] for k in c.participants)
        label = f"{c.type}: {', '.join(names)}" + (f" in {loc[1]}" if loc else "") + (f" ({date.value})" if date else "")
        if c.quote:   # a paraphrase is never shown in quotation marks
            short = c.quote[:60] + ("\u2026" if len(c.quote) > 60 else "")
            label += f" (reported): {short}" if c.reported else f": \u201c{short}\u201d"
        ident = hashlib.sha1("|".join([c.type, *names, loc[1] if loc else "", date.value if date else "",
                                       c.quote or ""] + (["reported"] if c.reported else []))
                             .encode("utf-8")).hexdigest()[:12]
        evidence = []
        for ev, agents, targets, parts, l in c.members:
            for k in sorted(parts):
                evidence.append(("participant", k, ev.evidence))
            for k in sorted(agents):
                evidence.append(("agent", k, ev.evidence))
            for k in sorted(targets - agents):
                evidence.append(("target", k, ev.evidence))
            if l is not None and l == loc:
                evidence.append(("location", l, ev.evidence))
            if ev.date is not None and ev.date == date:
                evidence.append(("date", date, ev.evidence))
            if ev.quote:
                evidence.append(("reportedSpeech" if ev.reported else "quote", ev.quote, ev.evidence))
        events.append(Event(
            key=f"{c.type.lower()}-{ident}", type=c.type, label=label,
            agents=frozenset(c.agents), targets=frozenset(c.targets - c.agents),
            participants=frozenset(c.participants), location=loc, date=date,
            articles=frozenset(m[0].evidence.article_id for m in c.members), evidence=tuple(evidence),
            quote=c.quote, reported=c.reported, planned=all(m[0].planned for m in c.members)))
    return sorted(events, key=lambda e: e.key)


def resolve(results: list[DocResult], gaz: Gazetteer) -> Resolved:
    """Resolve the mentions, facts and events of all articles into one graph's content."""
    mention_key, entities = _resolve_entities(results, gaz)
    facts = _resolve_facts(results, mention_key, entities)
    events = _merge_events(results, mention_key, entities, facts, gaz)
    return Resolved(entities, tuple(facts), tuple(events))
