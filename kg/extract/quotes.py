"""Quotes and reported speech: who said what to whom, as Statement events.

A sentence with a direct quotation ("…", “…”) and a speech verb (say, tell, declare, add,
state, reply, warn, …) whose subject is a named or resolved actor gives a Statement: agent
= the speaker, target = the addressee ("told reporters" has none; "told Xi" has Xi),
``quote`` = the quoted words.

A sentence without quotation marks whose speech verb has a content clause ("Russia said it
would retaliate", "Sales will fall, the company said"), or an announcement with its object
("Airbus announced 10,000 job cuts"), gives a Statement too, marked
``reported``: its text is the article's paraphrase, never presented as a quotation (the
graph writes it as ``nkg:reportedSpeech``, not ``nkg:quote``). A negated or hedged verb
("did not say", "may say") gives nothing.
"""
from __future__ import annotations

import re

from kg.extract.context import ACTOR_KINDS, DocContext
from kg.extract.events import (GATHERING_NOUNS, TIME_MARKS, event_place, irrealis, prep_objects, verb_objects,
                               verb_subjects)
from kg.model import MentionRef, RawEvent

__all__ = ["extract_quotes", "SPEECH_VERBS"]

SPEECH_VERBS = frozenset({"say", "tell", "declare", "add", "state", "reply", "warn", "insist", "write",
                          "announce", "claim", "ask", "note", "stress", "explain", "respond", "urge"})
#: Verbs that give a quotation as what someone called a thing: "Peskov called the move "an
#: encroachment on our security"". They make a statement only with the quotation inside their clause.
NAMING_VERBS = frozenset({"call", "describe", "brand", "dub", "term", "label"})
_QUOTING_VERBS = SPEECH_VERBS | NAMING_VERBS
#: Verbs of a clause that sets the scene of a statement: "Speaking in Kyiv, Zelensky said".
SPEAK_VERBS = frozenset({"speak", "talk", "address"})
#: A quotation: straight or curly double quotes, or the ``TeX style'' of some wire copy. Marks
#: pair in order, whatever the length, so that the words between two short quotations are none
#: ('was "outrageous" and would have "everlasting consequences"').
_QUOTE = re.compile(r"(?:[\u201c\"]|``)((?:(?!``|'')[^\u201c\u201d\"])*)(?:[\u201d\"]|'')")


def _quotations(text: str) -> list[str]:
    """The quotations of a sentence long enough to be a statement (12 characters or more)."""
    return [q for q in _QUOTE.findall(text) if len(q) >= 12]


def extract_quotes(ctx: DocContext) -> list[RawEvent]:
    """Statement events of one article."""
    out = []
    for sent in ctx.doc.sents:
        quotes = _quotations(sent.text)
        if not quotes:
            out += _reported(ctx, sent) or _according_to(ctx, sent)
            continue
        quote = max(quotes, key=len).strip(" ,.")
        at = sent.start_char + sent.text.find(quote)
        # a speech verb in a relative clause is tried last: "Mr Mubanga, who insists he does not
        # feel bitter, said: '...'" (but "Tessa Jowell who said: '...'" has no other)
        for tok in sorted(sent, key=lambda t: t.dep_ == "relcl"):
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in _QUOTING_VERBS:
                continue
            if tok.lemma_.lower() in NAMING_VERBS and not _names_quote(tok, at):
                continue
            speakers, _ = verb_subjects(ctx, _speaking_clause(tok))
            speakers = [s for s in speakers if ctx.kind(s) in ACTOR_KINDS]
            if not speakers:
                continue
            out.append(_statement(ctx, tok, sent, speakers, quote, "quote-speech-verb", 0.8))
            break
        else:   # 'According to Kirby, Russia and China "do not have the same network of friends"'
            out += _according_to(ctx, sent)
    return out


def _statement(ctx: DocContext, verb, sent, speakers: list, words: str, rule: str, confidence: float,
               reported: bool = False) -> RawEvent:
    """A Statement by the first speaker to the verb's addressees ("told Xi"; "told reporters"
    names none), with the quoted or reported words."""
    addressees = verb_objects(ctx, verb, possessors=False) + prep_objects(ctx, verb, ("to",))
    addressees = [a for a in addressees if a not in speakers and ctx.kind(a) in ACTOR_KINDS]
    if verb.lemma_.lower() in NAMING_VERBS:
        addressees = []   # whom one calls names is spoken of, not to
    # where it was said: "told reporters in Kyiv", "said at the Kremlin", "Speaking in Kyiv, X said"
    scenes = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in SPEAK_VERBS]
    heard = [g for c in scenes for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    place = event_place(ctx, [verb, *scenes, *heard], ("in", "at"))   # ("speaking to reporters in Kyiv")
    if isinstance(place, MentionRef):
        where = next(ctx.doc[tm.start:tm.end].root for tm in ctx.mentions if tm.mention.id == place.mention_id)
        fronted = where.i < verb.i and not any(s.left_edge.i <= where.i <= s.right_edge.i for s in scenes) \
            and where.head.head.lemma_.lower() not in GATHERING_NOUNS
        content = where.head.head.dep_ == "dobj" and where.head.head.head == verb and verb.lemma_ != "tell"
        if fronted or content or where.dep_ == "compound":
            # "In the North West, Halifax said prices rose": the topic; "in its Iraq Index"; "announced
            # a discovery in India" (what was said; "told a jury in New York" is where)
            place = None
    named = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() in NAMING_VERBS \
        else None   # ("called 2004 an "outstanding success"": the year named is no date of saying)
    skip = range(named.left_edge.i, named.right_edge.i + 1) if named is not None else range(0)
    return RawEvent("Statement", verb.text, tuple(speakers[:1]), tuple(addressees),
                    tuple(speakers[:1]) + tuple(addressees), place, ctx.date_for([verb], sent, skip),
                    ctx.evidence(sent, rule, confidence), quote=words[:1000], reported=reported)


def _reported(ctx: DocContext, sent) -> list[RawEvent]:
    """The first speech verb of a sentence with a named speaker and a content clause."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS or irrealis(tok):
            continue
        clause = next((list(c.subtree) for c in tok.children   # a clause, not "declared Putin a wanted man"
                       if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not _after_object(tok, c)
                       # (nor "declared himself leader, two days after his soldiers detained X")
                       and not _adverbial(c)), [])
        if not clause:   # "said at a regular briefing that China opposed ...", parsed as a relative clause
            # (not "claims the sea despite a ruling that its claims had no basis": the ruling's)
            clause = next((list(r.subtree) for p in tok.children if p.dep_ == "prep"
                           and p.lower_ in _CIRCUMSTANCE_PREPS | {"in", "on", "to"} for g in p.children
                           if g.dep_ == "pobj" for r in g.children
                           if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)),
                          [])
        if not clause and tok.lemma_.lower() == "announce":   # "Airbus announced 10,000 job cuts"
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            # (what was announced, up to with whom or where: "announced the decision alongside Xi")
            cut = min((c.i for c in (obj.children if obj is not None else ()) if c.dep_ == "prep"
                       and c.lower_ in _CIRCUMSTANCE_PREPS and c.i > obj.i), default=len(ctx.doc))
            clause = [t for t in obj.subtree if t.i < cut] if obj is not None else []
        words = [t for t in clause if not (t is clause[0] and t.lower_ == "that" and t.dep_ == "mark")]
        if len(words) < 3:
            continue
        speakers, passive = verb_subjects(ctx, _speaking_clause(tok))
        speakers = [s for s in speakers if ctx.kind(s) in ACTOR_KINDS]
        if passive or not speakers:
            continue
        content = " ".join(ctx.doc[words[0].i:words[-1].i + 1].text.split()).strip(" ,.\u201c\u201d\"")
        return [_statement(ctx, tok, sent, speakers, content, "reported-speech", 0.7, reported=True)]
    return []


def _after_object(verb, clause) -> bool:
    """Whether a content clause comes after the verb's object and a phrase of the verb between:
    "China claims the entire sea, despite a ruling that its claims had no basis" claims a
    thing, and the clause the parser hung on the verb is the ruling's ("told reporters at a
    briefing that" speaks to its object)."""
    if verb.lemma_.lower() in _TELL_VERBS or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return False   # ("said the new laws, due to start next month, could help": the object is its subject)
    objects = [c.i for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    preps = [c.i for c in verb.children if c.dep_ == "prep"]
    return any(o < p < clause.left_edge.i for o in objects for p in preps)


def _speaking_clause(verb):
    """The verb whose subject speaks in ``verb``: itself, or for a participle after a comma that
    the parser hung inside a content clause, the clause's own verb: "Peskov rejected suggestions
    that the Kremlin had ordered the crash, calling them "an absolute lie"" (Peskov calls)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return verb
    if head.dep_ == "advcl" and head.tag_ != "VBG" and head.head.pos_ in ("VERB", "AUX") \
            and any(m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in head.children):
        # "China launched drills around Taiwan, three days after Lai was sworn in, saying they
        # were punishment": the clause of time is set in the main one, whose subject speaks
        return head.head
    if head.dep_ not in ("acl", "ccomp") or not any(m.dep_ == "mark" and m.lower_ == "that" for m in head.children):
        return verb
    main = head.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    return main if main.pos_ in ("VERB", "AUX") else verb


def _names_quote(verb, at: int) -> bool:
    """Whether the quotation starting at character ``at`` is what ``verb`` (a naming verb)
    calls something: inside its clause but not its first object, which is the thing named
    ("branded the findings a "temporary surprise""; "could call an "obligatory conciliation""
    convenes one)."""
    inside = lambda t: t.left_edge.idx <= at < t.right_edge.idx + len(t.right_edge)
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return inside(verb) and not (first is not None and inside(first))


def _adverbial(clause) -> bool:
    """Whether a clause the parser made a verb's content is a clause of time or reason: it has
    a subordinator and none that introduces content ("two days after his soldiers detained X")."""
    marks = [m.lower_ for m in clause.children if m.dep_ == "mark"]
    return bool(marks) and not any(m in ("that", "whether", "if") for m in marks)


#: Speech verbs whose object is the one spoken to: "told reporters that ...".
_TELL_VERBS = frozenset({"tell", "warn", "assure", "remind", "inform", "notify", "urge", "ask", "advise", "brief"})

#: Prepositions that say when, where or with whom something was announced, not what.
_CIRCUMSTANCE_PREPS = frozenset({"alongside", "at", "during", "after", "before"})


def _according_to(ctx: DocContext, sent) -> list[RawEvent]:
    """"According to Ukraine's defence ministry, Russian troops shelled Kherson": what the
    sentence says, reported from a named source (not "according to reports")."""
    for tok in sent:
        if tok.lower_ != "according" or tok.dep_ != "prep":
            continue
        objects = [g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        # a demonym speaks for its country only on a common noun ("the Ukrainian military", not "Swiss Re")
        speakers = [r for g in objects for r in ctx.np_refs(g, demonyms=g.pos_ == "NOUN") if ctx.kind(r) in ACTOR_KINDS]
        if not speakers:   # "according to Ukraine's defence ministry": the country's body
            speakers = [r for g in objects if g.lower_ in ctx.gaz.org_heads for c in g.children if c.dep_ == "poss"
                        for r in ctx.np_refs(c) if ctx.kind(r) in ("country", "institution")]
        if not speakers:
            continue
        # the source phrase opens the sentence and ends at the comma after the name, or it
        # closes the sentence ("..., according to X, who believes ...") and the words are before it
        if tok.i == sent.start:
            # past an apposition naming or describing the source ("according to France's lawyer,
            # Emmanuel Gaillard, ..."; "according to Kirby, the spokesman, ..."); a name after a
            # name is the sentence's own subject, whatever the parse ("According to Kirby, Russia ...")
            head = objects[0]
            ends = [c.right_edge.i for c in head.children
                    if c.dep_ == "appos" and (c.pos_ == "PROPN") != (head.pos_ == "PROPN")]
            comma = _comma_after(sent, max([head.i, *ends]))
            while comma is not None and comma + 1 < sent.end:
                after = _comma_after(sent, comma + 1)
                words = sent.doc[comma + 1:after] if after is not None else []
                # past a relative clause ("According to S&P, which upgraded Mexico's rating, the
                # rise ...") or a description the parse did not hang on the source ("According to
                # John Kirby, the White House spokesman, Russia ...")
                if sent.doc[comma + 1].lower_ in ("which", "who", "whose") or (
                        len(words) and words[0].lower_ in ("the", "a", "an") and ctx.gaz.title(words[-1].text)
                        and not any(t.pos_ in ("VERB", "AUX") for t in words)):
                    comma = after
                else:
                    break
            words = sent.doc[comma + 1:sent.end] if comma is not None else []
        else:
            words = sent.doc[sent.start:tok.i]
        content = " ".join("".join(t.text_with_ws for t in words).split()).strip(" ,.;:\u201c\u201d\"")
        if len(content.split()) < 3:
            continue
        return [_statement(ctx, tok, sent, speakers, content, "according-to", 0.7, reported=True)]
    return []


def _comma_after(sent, i: int) -> int | None:
    """The index of the first comma of the sentence after token ``i``."""
    return next((t.i for t in sent if t.i > i and t.text == ","), None)
