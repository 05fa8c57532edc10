"""Quotes and reported speech: who said what to whom, as Statement events.

A sentence with a direct quotation ("…", “…”) and a speech verb (say, tell, declare, add,
state, reply, warn, …) whose subject is a named or resolved actor gives a Statement: agent
= the speaker, target = the addressee ("told reporters" has none; "told Xi" has Xi),
``quote`` = the quoted words.

A sentence without quotation marks whose speech verb has a content clause ("Russia said it
would retaliate", "Sales will fall, the company said") gives a Statement too, marked
``reported``: its text is the article's paraphrase, never presented as a quotation (the
graph writes it as ``nkg:reportedSpeech``, not ``nkg:quote``). A negated or hedged verb
("did not say", "may say") gives nothing.
"""
from __future__ import annotations

import re

from kg.extract.context import ACTOR_KINDS, DocContext
from kg.model import RawEvent

__all__ = ["extract_quotes", "SPEECH_VERBS"]

SPEECH_VERBS = frozenset({"say", "tell", "declare", "add", "state", "reply", "warn", "insist", "write",
                          "announce", "claim", "ask", "note", "stress", "explain", "respond", "urge"})
_QUOTE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{12,})[\u201d\"]")


def extract_quotes(ctx: DocContext) -> list[RawEvent]:
    """Statement events of one article."""
    from kg.extract.events import verb_objects, prep_objects, verb_subjects

    out = []
    for sent in ctx.doc.sents:
        quotes = _QUOTE.findall(sent.text)
        if not quotes:
            out += _reported(ctx, sent)
            continue
        quote = max(quotes, key=len).strip(" ,.")
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
                continue
            speakers, _ = verb_subjects(ctx, tok)
            speakers = [s for s in speakers if ctx.kind(s) in ACTOR_KINDS]
            if not speakers:
                continue
            addressees = verb_objects(ctx, tok, possessors=False) + prep_objects(ctx, tok, ("to",))
            addressees = [a for a in addressees if a not in speakers and ctx.kind(a) in ACTOR_KINDS]
            out.append(RawEvent("Statement", tok.text, tuple(speakers[:1]), tuple(addressees),
                                tuple(speakers[:1]) + tuple(addressees), None,
                                ctx.date_for([tok], sent), ctx.evidence(sent, "quote-speech-verb", 0.8),
                                quote=quote[:1000]))
            break
    return out


def _reported(ctx: DocContext, sent) -> list[RawEvent]:
    """The first speech verb of a sentence with a named speaker and a content clause."""
    from kg.extract.events import irrealis, prep_objects, verb_objects, verb_subjects

    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS or irrealis(tok):
            continue
        clause = next((list(c.subtree) for c in tok.children   # a clause, not "declared Putin a wanted man"
                       if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), [])
        words = [t for t in clause if not (t is clause[0] and t.lower_ == "that")]
        if len(words) < 3:
            continue
        speakers, passive = verb_subjects(ctx, tok)
        speakers = [s for s in speakers if ctx.kind(s) in ACTOR_KINDS]
        if passive or not speakers:
            continue
        content = " ".join(ctx.doc[words[0].i:words[-1].i + 1].text.split()).strip(" ,.\u201c\u201d\"")
        addressees = verb_objects(ctx, tok, possessors=False) + prep_objects(ctx, tok, ("to",))
        addressees = [a for a in addressees if a not in speakers and ctx.kind(a) in ACTOR_KINDS]
        return [RawEvent("Statement", tok.text, tuple(speakers[:1]), tuple(addressees),
                         tuple(speakers[:1]) + tuple(addressees), None, ctx.date_for([tok], sent),
                         ctx.evidence(sent, "reported-speech", 0.7), quote=content[:1000], reported=True)]
    return []
