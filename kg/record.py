"""One article's extraction as a JSON record, so a store can keep it and a later build reuse it.

A build keeps every article's :class:`~kg.model.DocResult` in the article's named graph.
When the same article (same content key) comes back and the extractor has not changed (same
fingerprint), the record is read back instead of parsing the text again. The round trip is
exact: ``from_json(to_json(r)) == r``, so a build from records gives the same graph as a
build from text.

The article text itself is not kept (the evidence sentences and offsets are); a record is
about 1 KB per fact.
"""
from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path

from kg.model import (Article, DocResult, EntityRef, Evidence, Mention, MentionRef, RawEvent, RawFact,
                      TimeValue)

__all__ = ["to_json", "from_json", "content_key", "fingerprint", "RECORD_VERSION"]

#: Bumped when the record layout changes; part of the fingerprint.
RECORD_VERSION = 3


def content_key(article: Article) -> str:
    """SHA-256 of what the extraction depends on: id, title, date and text.

    Moving or renaming the file changes nothing; editing a word changes the key.
    """
    h = hashlib.sha256()
    for part in (article.id, article.title, article.date.isoformat() if article.date else "", article.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def fingerprint(model_name: str, model_version: str, data_dir: Path) -> str:
    """A short hash of everything that decides an extraction besides the text.

    The model name and version, the data files, the extraction code and the record layout:
    changing any of them makes every stored record stale, so the next build parses again.
    """
    h = hashlib.sha256(f"{RECORD_VERSION}|{model_name}|{model_version}".encode())
    package = Path(__file__).resolve().parent
    sources = sorted([*(package / "extract").glob("*.py"), *(package / "nlp").glob("*.py"),
                      package / "mentions.py", package / "ingest.py", package / "gazetteer.py",
                      package / "model.py", Path(__file__).resolve()])
    for path in sorted(Path(data_dir).glob("*")) + sources:
        if path.is_file():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _ref(ref) -> list:
    if isinstance(ref, MentionRef):
        return ["m", ref.mention_id]
    if isinstance(ref, EntityRef):
        return ["e", ref.kind, ref.label]
    raise TypeError(f"not a reference: {ref!r}")


def _unref(data: list, share):
    return MentionRef(share(data[1])) if data[0] == "m" else EntityRef(sys.intern(data[1]), sys.intern(data[2]))


def _ev(ev: Evidence) -> list:
    return [ev.article_id, ev.sentence, ev.start, ev.end, ev.rule, ev.confidence]


def _unev(data: list, share) -> Evidence:
    article_id, sentence, start, end, rule, confidence = data
    return Evidence(share(article_id), share(sentence), start, end, sys.intern(rule), confidence)


def _tv(tv: TimeValue | None):
    return None if tv is None else [tv.value, tv.datatype]


def _untv(data) -> TimeValue | None:
    return None if data is None else TimeValue(*data)


def to_json(result: DocResult) -> str:
    """The record of one article's extraction (compact JSON, keys sorted)."""
    a = result.article
    data = {
        "v": RECORD_VERSION,
        "article": [a.id, a.title, a.date.isoformat() if a.date else None, a.source],
        "mentions": [[m.article_id, m.start, m.end, m.text, m.kind, m.gazetteer] for m in result.mentions],
        "facts": [[_ref(f.subject), f.predicate, f.object if isinstance(f.object, str) else _ref(f.object),
                   _ev(f.evidence)] for f in result.facts],
        "events": [[e.type, e.trigger, [_ref(r) for r in e.agents], [_ref(r) for r in e.targets],
                    [_ref(r) for r in e.participants], None if e.location is None else _ref(e.location),
                    _tv(e.date), _ev(e.evidence), e.quote, e.reported, e.planned] for e in result.events],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def from_json(text: str) -> DocResult:
    """The :class:`DocResult` a record holds (the article text is empty).

    Raises ``ValueError`` for a record of another layout version.
    """
    data = json.loads(text)
    if data.get("v") != RECORD_VERSION:
        raise ValueError(f"extraction record version {data.get('v')!r}, expected {RECORD_VERSION}")
    # A corpus's results are held together until resolution, so a string that recurs is kept
    # once: within the record (article id, names, sentences, mention ids) through ``share``,
    # and across records (kinds, predicates, rules, event types, gazetteer labels: a small
    # vocabulary) through ``sys.intern``. It took a third of the decoded results' memory.
    seen: dict[str, str] = {}
    share = lambda s: seen.setdefault(s, s)
    aid, title, day, source = data["article"]
    aid = share(aid)
    article = Article(aid, title, "", date.fromisoformat(day) if day else None, source)
    mentions = tuple(Mention(share(mid), start, end, share(text), sys.intern(kind), gaz and sys.intern(gaz))
                     for mid, start, end, text, kind, gaz in data["mentions"])
    unref = lambda r: _unref(r, share)
    facts = tuple(RawFact(unref(s), sys.intern(p), o if isinstance(o, str) else unref(o), _unev(ev, share))
                  for s, p, o, ev in data["facts"])
    events = tuple(RawEvent(sys.intern(t), share(trig), tuple(map(unref, ag)), tuple(map(unref, tg)),
                            tuple(map(unref, pa)), None if loc is None else unref(loc), _untv(tv), _unev(ev, share),
                            quote, reported, planned)
                   for t, trig, ag, tg, pa, loc, tv, ev, quote, reported, planned in data["events"])
    return DocResult(article, mentions, facts, events)
