"""Coreference inside one article: pronouns and nominal descriptions -> persons and bodies.

- "he", "his", "she", "her" -> the most recent person, preferring the subject of the
  current or previous sentence ("Putin told Xi that he …" -> Putin); "him", "her" as the
  object of a verb the sentence before took a person as object of is that person ("Blinken
  congratulated Lai. Kamikawa also congratulated him" -> Lai), and so is the object of the
  verb a participle clause hangs on ("Biden called Netanyahu, urging him"); never a person
  the text marks as of the other sex ("Mr", "Mrs", "his wife, X");
- "the Russian leader", "the Chinese president" -> the person the article has introduced
  with that country and title ("Russian President Vladimir Putin");
- "the president", "the chancellor" -> the one person the article has so far given that
  title ("French President Emmanuel Macron ... The president met ..."); with two such
  persons it stays unresolved;
- "the two leaders", "both leaders", "the two", "they"/"their" -> the two persons named
  last, when exactly two are in play within the last two sentences;
- "it", "its" -> the company, body or country that is the subject of the current or
  previous sentence ("Acme said it would cut jobs", "Russia ... Its forces"), when no other
  singular noun subject stands between them.

A pronoun with no candidate stays unresolved, so no fact can rest on it.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from kg.extract.events import TIME_MARKS
from kg.gazetteer import Gazetteer
from kg.mentions import BODY_NOUNS, TokenMention, title_spans
from kg.model import MentionRef, Ref

__all__ = ["resolve_coreference"]

SINGULAR = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
#: Words before a title that keep a description of someone who held it ("the former president").
_PAST_WORDS = frozenset({"former", "ex", "late", "then"})
#: Words that count the persons a plural refers to: "the two leaders", "both", "the three men".
GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}
#: Verbs of saying whose subject goes on speaking in the next sentence's "He said".
_SAY_VERBS = frozenset({"say", "tell", "add", "insist", "reply", "explain", "warn"})
PAIR_NOUNS = frozenset({"leader", "president", "man", "men", "head", "counterpart", "side", "statesman"})
TITLE_NOUNS = frozenset({"president", "premier", "minister", "chancellor", "leader", "king", "queen", "prince",
                         "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador"})


def _demonym_ending(doc: Doc, last: int, gaz: Gazetteer) -> str | None:
    """The country of a demonym whose last word is at ``last``, in one word or two ("North
    Korean", "South African")."""
    if last < 0 or not doc[last].text[:1].isupper():
        return None
    if last >= 1 and doc[last - 1].text[:1].isupper():
        two = gaz.demonym(f"{doc[last - 1].text} {doc[last].text}")
        if two:
            return two
    return gaz.demonym(doc[last].text)


def _introductions(doc: Doc, persons: list[TokenMention], gaz: Gazetteer,
                   ends: dict[int, tuple[int, str]]) -> list[tuple[int, str, str, TokenMention]]:
    """(position, country, title word, person) for "<Demonym> <Title> <Name>" introductions."""
    out = []
    for pm in persons:
        # "China's Xi Jinping": a country's possessive before the name
        if pm.start >= 2 and doc[pm.start - 1].lower_ in ("'s", "\u2019s"):
            known = gaz.lookup(doc[pm.start - 2].text)
            if known and known[0] == "country":
                out.append((pm.start, known[1], "", pm))
        if pm.start not in ends:
            continue
        start, title = ends[pm.start]
        if start == 0:
            continue
        prev = doc[start - 1]
        if prev.lower_ in ("'s", "\u2019s") and start >= 2:   # "Ukraine's Foreign Minister Dmytro Kuleba"
            prev = doc[start - 2]
        country = _demonym_ending(doc, prev.i, gaz)
        if country is None:
            known = gaz.lookup(prev.text)
            country = known[1] if known and known[0] == "country" else None
        if country:
            out.append((pm.start, country, title.split()[-1].lower(), pm))
    return out


#: Verbs whose "it" subject is usually no entity: "it is expected", "it seems", "it takes".
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "take", "remain", "matter", "mean", "look", "rain"})
BODY_KINDS = frozenset({"institution", "country"})


def _subject_bodies(doc: Doc, mentions: list[TokenMention]) -> list[TokenMention]:
    """Institution and country mentions that are the subject of their clause, in text order, or
    name the body noun that is ("The United Steelworkers union criticised ..."), or own it
    ("Thailand's military said")."""
    return [m for m in mentions if m.mention.kind in BODY_KINDS
            and ((root := doc[m.start:m.end].root).dep_ in ("nsubj", "nsubjpass") or _named_body_subject(root)
                 or root.dep_ == "poss" and root.head.dep_ in ("nsubj", "nsubjpass")
                 and root.head.lemma_.lower() in _ARM_NOUNS
                 # ("The main opposition party, Chadema, was barred ... and its leader")
                 or root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass")
                 and root.head.lemma_.lower() in _NAMED_BODY_NOUNS)]


#: Nouns of a country's arms of state, whose owner an "it" after them stands for: "Thailand's
#: military said it had launched air strikes".
_ARM_NOUNS = frozenset({"military", "army", "navy", "government", "ministry", "police", "cabinet"})


#: Nouns of a body a name before them may name: "the United Steelworkers union".
_NAMED_BODY_NOUNS = BODY_NOUNS | {"union", "movement", "organisation", "organization", "committee", "council",
                                  "alliance", "coalition", "government", "ministry"}


def _named_body_subject(root) -> bool:
    """Whether a name is the compound of a subject that is a body's noun, right after it."""
    head = root.head
    return root.dep_ == "compound" and head.i == root.i + 1 and head.dep_ in ("nsubj", "nsubjpass") \
        and head.lemma_.lower() in _NAMED_BODY_NOUNS


def _it_antecedent(doc: Doc, tok, bodies: list[TokenMention], starts: list[int], sent_index,
                   all_starts: list[int] = ()) -> TokenMention | None:
    """The body "it"/"its" at ``tok`` refers to: the last body subject before it in this or the
    previous sentence, if no other singular noun subject comes between ("Acme said the deal
    was done and it ..." leaves "it" alone), nor any other body in the pronoun's own sentence
    ("China condemned the US for its support of Taiwan": "its" may be either)."""
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in _EXPLETIVE_HEADS:
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    k = sent_index.get(tok.i, 0)
    j = bisect.bisect_left(starts, tok.i) - 1
    if j < 0 or sent_index.get(bodies[j].start, 0) < k - 1:
        return None
    body = bodies[j]
    if bisect.bisect_left(all_starts, tok.i) > bisect.bisect_left(all_starts, max(body.end, tok.sent.start)):
        return None   # another body between them in the pronoun's own sentence
    root = doc[body.start:body.end].root
    named = root.head.i if _named_body_subject(root) or root.dep_ == "poss" else None   # (its noun, "military")
    for t in doc[body.end:tok.i]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP") and t.i != named:
            return None
    return body


#: Words that open a clause of time or reason: those of time (less "while") and "because", "until".
_TIME_OR_REASON_MARKS = (TIME_MARKS - {"while"}) | {"because", "until"}


def _it_of_clause(doc: Doc, tok, mentions: list[TokenMention]) -> TokenMention | None:
    """The institution "it" stands for as the subject of a clause of time or reason right after
    it: "a member state of the International Criminal Court since it issued a warrant". Only
    the last body mention of the sentence before the pronoun, an institution, with no name of
    any kind between them."""
    clause = tok.head
    if tok.dep_ != "nsubj" or not any(c.dep_ == "mark" and c.lower_ in _TIME_OR_REASON_MARKS for c in clause.children):
        return None
    before = [m for m in mentions if tok.sent.start <= m.start and m.end <= tok.i]
    if not before or before[-1].mention.kind != "institution" or tok.i - before[-1].end > 2:
        return None
    return before[-1]


#: Nouns of a journey whose maker a "when" clause after it speaks of.
_JOURNEY_NOUNS = frozenset({"visit", "trip", "tour", "stay", "journey"})


#: Dependencies of a clause's own arguments: subject, object, recipient.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def _argument(doc: Doc, person: TokenMention) -> bool:
    """Whether a person is an argument of a verb (or the one "with" whom something is done),
    or joined to one by "and" or apposition:
    "Starmer handed Trump a letter from King Charles ..., as the two leaders met" are Starmer
    and Trump, not the king named inside a phrase."""
    tok = doc[person.start:person.end].root
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in _ARGUMENT_DEPS or tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "with")


#: Pronouns of a woman; the other singular ones are a man's.
_FEMININE = frozenset({"she", "her", "hers", "herself"})
#: Words right before a name or in apposition to it that say a person is a woman or a man:
#: "Mrs May", "Queen Elizabeth", "his wife, Yulia Navalnaya", "Mr Cable".
_WOMAN_WORDS = frozenset({"mrs", "ms", "miss", "madam", "madame", "queen", "princess", "duchess", "baroness", "lady",
                          "dame", "wife", "widow", "mother", "daughter", "sister", "grandmother", "girlfriend",
                          "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress", "woman"})
_MAN_WORDS = frozenset({"mr", "king", "prince", "duke", "lord", "sir", "husband", "widower", "father", "son",
                        "brother", "grandfather", "boyfriend", "spokesman", "congressman", "businessman", "man"})


def _sex_cues(doc: Doc, persons: list[TokenMention]) -> dict[str, str]:
    """Name (lower case) -> "f" or "m" for the persons a word before the name or in apposition
    to it marks as a woman or a man; none for a name marked both ways."""
    out: dict[str, str] = {}
    mixed = set()
    for p in persons:
        root = doc[p.start:p.end].root
        words = [doc[i].lower_.rstrip(".") for i in range(max(0, p.start - 2), p.start)]
        words += [c.lemma_.lower() for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            words.append(root.head.lemma_.lower())
        sex = "f" if set(words) & _WOMAN_WORDS else "m" if set(words) & _MAN_WORDS else None
        key = p.mention.text.lower()
        if sex is not None and out.setdefault(key, sex) != sex:
            mixed.add(key)
    return {k: v for k, v in out.items() if k not in mixed}


def _thanked_for(tok, by_token: dict, by_id: dict, out: dict):
    """The person a verb acts on, for a possessive in its "for" phrase: "thanked him for his
    visit", "praised Lula for his leadership", "joined Macron for part of his trip" (the one
    acted on is the one whose deed it is).
    None where that one is a pronoun that stands for no one named; False where the possessive
    is in no such phrase."""
    noun = tok.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head   # "joined Macron for part of his trip"
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ != "VERB":
        return False
    objects = [c for c in noun.head.head.children if c.dep_ == "dobj"]
    if len(objects) != 1 or not (objects[0].i in by_token or objects[0].lower_ in SINGULAR):
        return False
    obj = objects[0]
    if obj.i in by_token:
        return by_token[obj.i] if by_token[obj.i].mention.kind == "person" else False
    refs = out.get(obj.i, ())   # ("thanked him for his visit": whom "him" stands for)
    return by_id.get(refs[0].mention_id) if len(refs) == 1 else None


def _acted_on(tok, by_token: dict, own: set[str]) -> TokenMention | None:
    """The one person that is the object or recipient of the verb a subjectless participle
    clause hangs on, for an object pronoun in that clause: "Biden called Netanyahu, urging him"
    (an adverbial clause), "Starmer handed Trump a letter inviting him" (a clause on the
    verb's object). Not a clause that completes the verb ("asked Putin to help him")."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.tag_ not in ("VBG", "VBN") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if verb.dep_ == "advcl":
        head = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        head = verb.head.head
    else:
        return None
    # (the parser may hang the letter on its recipient: "handed Trump a letter")
    objects = [head] if head.dep_ in ("dobj", "dative") and head.pos_ == "PROPN" else list(head.children)
    found = {by_token[c.i].mention.id: by_token[c.i] for c in objects
             if c.dep_ in ("dobj", "dative") and c.i in by_token and by_token[c.i].mention.kind == "person"
             and by_token[c.i].mention.id not in own}
    return next(iter(found.values())) if len(found) == 1 else None


def _traveller_then(tok, by_token: dict) -> TokenMention | None:
    """The person whose journey a "when" clause speaks of, for its subject pronoun: "Modi's visit
    to Moscow in July, when he embraced Putin" -> Modi."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        return None
    verb = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
        if noun.lemma_.lower() in _JOURNEY_NOUNS:
            owner = next((by_token[c.i] for c in noun.children if c.dep_ == "poss" and c.i in by_token), None)
            if owner is not None:
                return owner
    return None


def resolve_coreference(doc: Doc, mentions: list[TokenMention], gaz: Gazetteer) -> dict[int, tuple[Ref, ...]]:
    """Token index (a pronoun, or the head noun of a description) -> the persons, bodies or
    countries it refers to."""
    persons = sorted((m for m in mentions if m.mention.kind == "person"), key=lambda m: m.start)
    bodies = _subject_bodies(doc, mentions)
    if not persons and not bodies:
        return {}
    ends = {e: (s, t) for s, e, t in title_spans(doc, gaz)}   # title spans, by the token they end at
    intros = _introductions(doc, persons, gaz, ends)
    titled = [(p.start, ends[p.start][1].split()[-1].lower(), p) for p in persons if p.start in ends]
    sents = list(doc.sents)
    sent_index = {}
    for k, s in enumerate(sents):
        for i in range(s.start, s.end):
            sent_index[i] = k
    out: dict[int, tuple[Ref, ...]] = {}

    person_starts = [p.start for p in persons]
    body_starts = [b.start for b in bodies]
    all_body_starts = sorted(m.start for m in mentions if m.mention.kind in BODY_KINDS)
    by_token = {i: p for p in persons for i in range(p.start, p.end)}
    by_id = {p.mention.id: p for p in persons}

    def recent(i: int, window: int = 1) -> list[TokenMention]:
        """Persons ending before token ``i`` within ``window`` sentences: a backward walk from
        ``i`` (bisect), so the cost is the size of the answer, not of the article."""
        k = sent_index.get(i, 0)
        out = []
        for j in range(bisect.bisect_left(person_starts, i) - 1, -1, -1):
            p = persons[j]
            if sent_index.get(p.start, 0) < k - window:
                break
            if p.end <= i:
                out.append(p)
        return out[::-1]

    def distinct_last(cands: list[TokenMention], n: int = 2) -> list[TokenMention] | None:
        """The last ``n`` different persons, if exactly ``n`` are in view ("the three leaders")."""
        seen: dict[str, TokenMention] = {}
        for p in reversed(cands):
            words = p.mention.text.lower().split()
            # ("Luiz Inacio Lula da Silva ... Lula": one word of a full name is its short form)
            if any(len(words) == 1 and words[0] in q.mention.text.lower().split()
                   or len(q.mention.text.split()) == 1 and q.mention.text.lower() in words for q in seen.values()):
                continue
            seen.setdefault(words[-1], p)
        return list(seen.values())[:n] if len(seen) == n else None

    def description(tok) -> tuple[bool, TokenMention | None]:
        """Is ``tok`` the head of "the <Demonym> <title>"; and if so, whom does it name?"""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in PAIR_NOUNS | TITLE_NOUNS:
            return False, None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False, None
        country = next((found for c in tok.children
                        if c.dep_ in ("amod", "compound") and c.i < tok.i and c.text[:1].isupper()
                        for found in [_demonym_ending(doc, c.i, gaz)] if found), None)
        if country is None:
            # "The president met ...": a bare "the <title>" is the one person the article has
            # given that title so far ("French President Emmanuel Macron", "President Macron")
            # (what a verb says of the person is no part of the description: "accused the
            # chancellor of breaking promises"; "the president of Ghana" is another one)
            # ("the prime minister": the words of a title before its noun are part of it)
            lead = min((c.i for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                        and gaz.title(doc[c.i:tok.i + 1].text)), default=tok.i)
            if any(c.dep_ != "det" and not (c.dep_ == "amod" and c.lower_ in _PAST_WORDS)
                   and not (c.dep_ == "prep" and all(g.dep_ == "pcomp" for g in c.children))
                   and not lead <= c.i < tok.i
                   for c in tok.children) \
                    or tok.lemma_.lower() not in TITLE_NOUNS:
                return False, None
            word = tok.lemma_.lower()
            said = " ".join(doc[lead:tok.i + 1].text.lower().split())
            holders = [p for pos, title, p in titled if pos < tok.i and title == word
                       and " ".join(ends[p.start][1].lower().split()).endswith(said)]
            if any(c.lower_ in _PAST_WORDS for c in tok.children):   # "the former president": one who was
                holders = [p for p in holders if any(t.lower_ in _PAST_WORDS for t in
                                                     doc[max(0, ends[p.start][0] - 3):ends[p.start][0]])] or holders
            if not holders and not any(c.lower_ in _PAST_WORDS for c in tok.children):
                return True, _untitled_lead(tok)
            return True, holders[-1] if len({p.mention.text.split()[-1].lower() for p in holders}) == 1 else None
        word = tok.lemma_.lower()
        # ("Chinese leader Xi Jinping ... the Chinese president": a generic "leader" introduction
        # stands for any office; "Chinese Premier Li Qiang" is not "the Chinese president")
        matches = [p for pos, c, title, p in intros if c == country and pos < tok.i
                   and (title == word or word in ("leader", "head") or title in ("", "leader", "head"))]
        names = {m.mention.text.split()[-1].lower() for m in matches}
        exact = [p for pos, c, title, p in intros if c == country and pos < tok.i and title == word]
        if exact:
            return True, exact[-1]
        return True, matches[-1] if len(names) == 1 else None

    def _untitled_lead(tok) -> TokenMention | None:
        """"Rishi Sunak has announced an election ... The prime minister said": the subject of a
        sentence that describes, within two sentences of the article naming its first person,
        that person, when they have no title in the article and no one else is named before."""
        if not persons or tok.dep_ not in ("nsubj", "nsubjpass") or tok.left_edge.i != tok.sent.start:
            return None
        first = persons[0]
        surname = first.mention.text.split()[-1].lower()
        before = [p for p in persons if p.start < tok.i]
        if not before or any(p.mention.text.split()[-1].lower() != surname for p in before) \
                or any(p.mention.text.split()[-1].lower() == surname for _, _, p in titled) \
                or any(p.mention.text.split()[-1].lower() == surname for *_, p in intros) \
                or doc[first.start:first.end].root.dep_ not in ("nsubj", "nsubjpass") \
                or sent_index.get(tok.i, 0) - sent_index.get(first.start, 0) not in (1, 2):
            return None
        return first

    def _speaker_before(tok) -> TokenMention | None:
        """The person who spoke in the sentence before one whose pronoun subject speaks: "Glenn
        Campbell said the first minister had ordered a report. He said: ..." -> Glenn Campbell."""
        k = sent_index.get(tok.i, 0)
        if k == 0 or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _SAY_VERBS or tok.head.dep_ != "ROOT":
            return None
        root = sents[k - 1].root
        if root.lemma_.lower() not in _SAY_VERBS:
            return None
        return next((by_token[c.i] for c in root.children if c.dep_ == "nsubj" and c.i in by_token), None)

    def own_subjects(tok) -> set[str]:
        """The persons that are the subject of the clause whose object ``tok`` is ("Trump
        hosted them", "Trump met Aliyev and praised him": a verb joined to another by "and"
        shares its subject, and so does a participle set after a clause)."""
        if tok.dep_ not in ("dobj", "dative", "pobj", "attr"):
            return set()
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):   # "formed a bond with the 34-year-old": the clause's verb
            verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        while not subjects and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")) \
                and verb.head.pos_ in ("VERB", "AUX"):
            # ("Freeland quit, accusing him of gimmicks": a participle's subject is its clause's;
            # "Pressure grew after Freeland quit, accusing him": the clause of time's, when the
            # main one's is no person)
            participle, verb = verb, verb.head
            subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            timed = [c for c in verb.children if c.dep_ == "advcl" and c.i < participle.i and c is not participle
                     and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in c.children)]
            if participle.dep_ == "advcl" and timed and not any(i in by_token or i in out for i in subjects):
                subjects = [c.i for c in timed[-1].children if c.dep_ in ("nsubj", "nsubjpass")]
        own = set()
        for i in subjects:
            if i in out:
                own |= {r.mention_id for r in out[i]}
            elif i in by_token:
                own.add(by_token[i].mention.id)
        return own

    def others(tok) -> list[TokenMention]:
        """Recent persons, less the subject of the clause ``tok`` is the object of: "Trump
        hosted the two leaders" are two persons other than Trump."""
        own = own_subjects(tok)
        return [p for p in recent(tok.i) if p.mention.id not in own]

    def described(i: int, window: int) -> list[tuple[int, TokenMention]]:
        """(position, person) for the descriptions resolved before token ``i`` within ``window``
        sentences that stand for one person ("the North Korean leader" -> Kim Jong Un)."""
        k = sent_index.get(i, 0)
        return [(j, by_id[r.mention_id]) for j, refs in out.items()
                if j < i and sent_index.get(j, 0) >= k - window and len(refs) == 1
                for r in refs if isinstance(r, MentionRef) and r.mention_id in by_id]

    sexes = _sex_cues(doc, persons)   # name -> "m" or "f", as the text shows it
    full_names = {p.mention.text.lower() for p in persons if " " in p.mention.text}

    def sex_of(p: TokenMention) -> str | None:
        """A person's sex as the text marks it; a surname said alone has the one its full names
        share ("Biden" is no one's where the article names Joe and his wife Jill Biden)."""
        text = p.mention.text.lower()
        if text in sexes or " " in text:
            return sexes.get(text)
        known = {sexes.get(f) for f in full_names if f.split()[-1] == text}
        return known.pop() if len(known) == 1 else None

    for tok in doc:
        low = tok.lower_
        if low == "old" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                c.lower_ == "year" and c.dep_ == "npadvmod" for c in tok.children):
            # "The 74-year-old met Erdogan": the person the previous sentences are about
            subjects = [p for p in recent(tok.i) if doc[p.start:p.end].root.dep_ in ("nsubj", "nsubjpass")]
            if len({p.mention.text.split()[-1].lower() for p in subjects}) == 1:
                out[tok.i] = (MentionRef(subjects[-1].mention.id),)
            continue
        if low == "old" and tok.dep_ in ("dobj", "pobj") and any(
                c.lower_ == "year" and c.dep_ == "npadvmod" for c in tok.children):
            # "Trump said he had formed a bond with the 34-year-old": the one other person in view
            # (or a description in view stood for)
            own = own_subjects(tok)
            seen = list(others(tok)) + [p for _, p in described(tok.i, 1) if p.mention.id not in own]
            own_names = {by_id[i].mention.text.split()[-1].lower() for i in own if i in by_id}
            names = {p.mention.text.split()[-1].lower() for p in seen} - own_names
            if len(names) == 1:
                pick = next(p for p in reversed(seen) if p.mention.text.split()[-1].lower() in names)
                out[tok.i] = (MentionRef(pick.mention.id),)
            continue
        if tok.pos_ == "PRON" and low in ("it", "its"):
            body = _it_antecedent(doc, tok, bodies, body_starts, sent_index, all_body_starts) if bodies else None
            if body is None:
                body = _it_of_clause(doc, tok, mentions)
            if body is not None:
                out[tok.i] = (MentionRef(body.mention.id),)
        elif tok.pos_ == "PRON" and low in SINGULAR:
            # "At the end of his Middle East trip, Mr Blair said": a pronoun in a phrase fronted
            # before the subject of its sentence is that subject
            front = [c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i > tok.i
                     and c.i in by_token and tok.sent.root.i > c.i]
            if front and low in ("his", "her") and tok.dep_ == "poss":
                out[tok.i] = (MentionRef(by_token[front[0].i].mention.id),)
                continue
            thanked = _thanked_for(tok, by_token, by_id, out) if low in ("his", "her") else False
            if thanked is not False:   # "Widodo thanked Pope Francis for his visit": the one thanked
                if thanked is not None:   # (or no one, where "him" stands for no one named)
                    out[tok.i] = (MentionRef(thanked.mention.id),)
                continue
            traveller = _traveller_then(tok, by_token)
            if traveller is not None:   # "criticised Modi's visit to Moscow in July, when he embraced Putin"
                out[tok.i] = (MentionRef(traveller.mention.id),)
                continue
            cands = recent(tok.i)
            k = sent_index.get(tok.i, 0)
            # subjects in the window: named persons, or descriptions ("The Chinese president")
            # ("Navalny's wife, Yulia Navalnaya, told ...": a name in apposition to a subject)
            subjects = [(p.start, p) for p in cands if (r := doc[p.start:p.end].root).dep_ in ("nsubj", "nsubjpass")
                        or r.dep_ == "appos" and r.head.dep_ in ("nsubj", "nsubjpass")]
            for t in doc[sents[max(k - 1, 0)].start:tok.i]:
                if t.dep_ in ("nsubj", "nsubjpass"):
                    is_desc, who = description(t)
                    if is_desc:
                        subjects.append((t.i, who))
                    elif t.pos_ != "PRON" and len(out.get(t.i, ())) == 1 and out[t.i][0].mention_id in by_id:
                        # "The 69-year-old appeared ... he said" (not a pronoun: no chains of guesses)
                        subjects.append((t.i, by_id[out[t.i][0].mention_id]))
            # "Zelensky thanked him": an object pronoun is not its own clause's subject
            if low in ("him", "her", "himself", "herself") and tok.dep_ in ("dobj", "dative", "pobj"):
                own = own_subjects(tok)
                if low in ("himself", "herself"):
                    keep = [p for p in cands if p.mention.id in own]
                    if keep:
                        out[tok.i] = (MentionRef(keep[-1].mention.id),)
                    continue
                # (nor any other mention of that person: "Donald Trump met Zelenskyy, days after
                # Trump criticized him")
                own_names = {by_id[i].mention.text.split()[-1].lower() for i in own if i in by_id}
                # "Blinken congratulated Lai on his victory. Kamikawa also congratulated him": the
                # object of the same verb in the sentence before
                same = [by_token[c.i] for t in doc[sents[max(k - 1, 0)].start:tok.sent.start]
                        if t.pos_ == "VERB" and t.lemma_ == tok.head.lemma_
                        for c in t.children if c.dep_ == "dobj" and c.i in by_token
                        and by_token[c.i].mention.id not in own] if tok.dep_ == "dobj" else []
                if tok.dep_ == "dobj" and not same:
                    # "Biden congratulated Erdogan, and Putin called him a dear friend": the object
                    # of the clause joined before, in parallel
                    same = [by_token[c.i] for v in (tok.head.head,) if tok.head.dep_ == "conj" and v.pos_ == "VERB"
                            for c in v.children if c.dep_ == "dobj" and c.i in by_token
                            and by_token[c.i].mention.kind == "person" and by_token[c.i].mention.id not in own]
                if same:
                    out[tok.i] = (MentionRef(same[-1].mention.id),)
                    continue
                # "Biden called Netanyahu, urging him to ...", "Starmer handed Trump a letter
                # inviting him": the person the clause's verb acted on
                acted = _acted_on(tok, by_token, own)
                if acted is not None:
                    out[tok.i] = (MentionRef(acted.mention.id),)
                    continue
                # "Noem, who had campaigned for Nawrocki, congratulated him": the one other person
                # the subject's relative clause names
                named = {by_token[t.i].mention.text.split()[-1].lower(): by_token[t.i]
                         for c in tok.head.children if c.dep_ == "nsubj" for rc in c.children if rc.dep_ == "relcl"
                         for t in rc.subtree if t.i in by_token and by_token[t.i].mention.id not in own}
                if tok.dep_ == "dobj" and len(named) == 1:
                    out[tok.i] = (MentionRef(next(iter(named.values())).mention.id),)
                    continue
                cands = [p for p in cands if p.mention.id not in own
                         and p.mention.text.split()[-1].lower() not in own_names]
                subjects = [(i, p) for i, p in subjects if p is not None and p.mention.id not in own
                            and p.mention.text.split()[-1].lower() not in own_names]
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                # "He met Attal": a subject pronoun is not its own verb's object
                met = {by_token[c.i].mention.text.split()[-1].lower() for c in tok.head.children
                       if c.dep_ in ("dobj", "dative") and c.i in by_token and by_token[c.i].mention.kind == "person"}
                if met:
                    subjects = [(i, p) for i, p in subjects if p is None or p.mention.text.split()[-1].lower() not in met]
                    cands = [p for p in cands if p.mention.text.split()[-1].lower() not in met]
            # "Navalny's wife, Yulia Navalnaya, said Putin and his allies would be punished. She
            # met Harris": not a man the article calls "he" or "Mr", nor a woman it calls "she"
            # (and for "she" a woman the text marks as one goes before a person it does not mark;
            # not so for "he": "Mr" marks half the persons of a British story)
            want = "f" if low in _FEMININE else "m"
            fits = lambda p: p is None or sex_of(p) in (None, want)
            subjects = [(i, p) for i, p in subjects if fits(p)]
            cands = [p for p in cands if fits(p)]
            marked = [(i, p) for i, p in subjects if want == "f" and p is not None and sex_of(p) == want] \
                or [(p.start, p) for p in cands if want == "f" and sex_of(p) == want]
            # (a woman in view, subject or not, before a man the text does not mark: "Zelenskiy
            # had proposed Svyrydenko. ... she wrote")
            subjects = marked or subjects
            subjects.sort(key=lambda x: x[0])
            speaker = _speaker_before(tok) if low in ("he", "she") else None
            if speaker is not None and any(p is speaker for _, p in subjects):
                pick = speaker   # "X said the first minister had ordered a report. He said: ...": X goes on
            elif subjects:
                pick = subjects[-1][1]
            else:
                pick = cands[-1] if cands else None
            if pick is None and want == "f":
                # "Karki, 73, was backed by ... She is expected to ... Modi congratulated her": the
                # one woman the text has marked within three sentences
                own = own_subjects(tok)
                women = {p.mention.text.split()[-1].lower(): p for p in recent(tok.i, 3)
                         if sex_of(p) == "f" and p.mention.id not in own}
                pick = next(iter(women.values())) if len(women) == 1 else None
            if pick is not None:
                out[tok.i] = (MentionRef(pick.mention.id),)
                if want == "f" and sex_of(pick) is None:
                    # "She led the talks. Zelenskiy had proposed Svyrydenko. 'We will act,' she
                    # wrote": the woman a "she" stood for stays one for the pronouns after it
                    # (not so for "he", the default a wrong pick would spread)
                    name = pick.mention.text.lower()
                    sexes[name] = sexes[name.split()[-1]] = "f"
        elif (tok.pos_ == "PRON" and low in PLURAL) or (low in GROUP_SIZES and tok.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj")):
            pair = distinct_last(others(tok), GROUP_SIZES.get(low, 2))
            if pair:
                out[tok.i] = tuple(MentionRef(p.mention.id) for p in pair)
        elif low in GROUP_SIZES and tok.dep_ == "nummod" and tok.head.lower_ in ("last", "first") \
                and tok.head.dep_ in ("nsubj", "nsubjpass"):
            # "The two last met in September": the parser makes "last" the subject
            pair = distinct_last(others(tok.head), GROUP_SIZES[low])
            if pair:
                out[tok.head.i] = tuple(MentionRef(p.mention.id) for p in pair)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in PAIR_NOUNS | TITLE_NOUNS:
            size = next((GROUP_SIZES[c.lower_] for c in tok.children if c.lower_ in GROUP_SIZES), None)
            if tok.tag_ == "NNS" and size:
                # persons named in view, and those the descriptions in view stood for ("the North
                # Korean leader said ... Trump said ... The two men signed")
                in_view = [p for _, p in sorted([(p.start, p) for p in others(tok)] + described(tok.i, 2),
                                                key=lambda x: x[0])]
                if tok.lemma_.lower() in TITLE_NOUNS - PAIR_NOUNS:
                    # "the two ministers": those the article gave that title ("Foreign Minister X")
                    # within six sentences, not the secretary of state named between
                    word = tok.lemma_.lower()
                    titled = {p.mention.text.split()[-1] for p in persons if p.start < tok.i and any(
                        doc[k].lemma_.lower() == word for k in range(max(0, p.start - 3), p.start))}
                    own = own_subjects(tok)
                    holders = [p for p in recent(tok.i, 6) if p.mention.text.split()[-1] in titled
                               and p.mention.id not in own]
                    in_view = holders if len({p.mention.text.split()[-1] for p in holders}) == size else in_view
                pair = distinct_last(in_view, size) or distinct_last([p for p in in_view if _argument(doc, p)], size)
                if pair:
                    out[tok.i] = tuple(MentionRef(p.mention.id) for p in pair)
                continue
            is_desc, who = description(tok)
            if who is not None:
                out[tok.i] = (MentionRef(who.mention.id),)
    return out
