"""Frozen dataclasses passed between the steps of the pipeline.

None of them holds a spaCy object: a Doc lives only while its article is analysed, so
memory stays flat however many articles are built.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Union

__all__ = [
    "Article", "Mention", "EntityRef", "MentionRef", "Ref", "Evidence", "TimeValue",
    "RawFact", "RawEvent", "DocResult", "Entity", "Fact", "Event", "KIND_CLASSES",
]

Kind = Literal["person", "country", "institution", "place"]

#: Entity kind -> contract class local name.
KIND_CLASSES = {"person": "Person", "country": "Country", "institution": "Institution", "place": "Place"}


@dataclass(frozen=True, slots=True)
class Article:
    """A source document. ``text`` is the article as read; offsets in evidence refer to it."""

    id: str
    title: str
    text: str
    date: date | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing in one article: its cleaned surface form and where it stands."""

    article_id: str
    start: int          # character offsets in the article text
    end: int
    text: str           # cleaned surface form ("Putin", not "Putin’s")
    kind: str           # person | country | institution | place
    gazetteer: str | None = None   # canonical label when the gazetteer knows it

    @property
    def id(self) -> str:
        return f"{self.article_id}#{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class MentionRef:
    """A fact argument that is a mention, resolved to an entity later."""

    mention_id: str


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A fact argument known without resolution (from the gazetteer): kind and canonical label."""

    kind: str
    label: str


Ref = Union[MentionRef, EntityRef]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the sentence, its offsets, the rule and its confidence."""

    article_id: str
    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A normalised date: ``value`` in ISO form and its XSD datatype."""

    value: str
    datatype: Literal["date", "gYearMonth", "gYear"]


@dataclass(frozen=True, slots=True)
class RawFact:
    """A fact as one rule saw it in one sentence, before entity resolution."""

    subject: Ref
    predicate: str      # local name in nkg:, e.g. "leaderOf"
    object: Ref | str   # a str is a literal (titles)
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class RawEvent:
    """An event as one sentence reports it."""

    type: str                           # Meeting, Visit, LegalAction, MilitaryAction, Aid, Statement, Agreement, Election
    trigger: str
    agents: tuple[Ref, ...]
    targets: tuple[Ref, ...]
    participants: tuple[Ref, ...]      # every actor, agents and targets included
    location: Ref | None
    date: TimeValue | None
    evidence: Evidence
    quote: str | None = None             # Statement events: the quoted words
    reported: bool = False               # ... or, when true, the article's paraphrase of them
    planned: bool = False                # told of as still to come: "will travel to Beijing"


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...]
    facts: tuple[RawFact, ...]
    events: tuple[RawEvent, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing across the corpus."""

    kind: str
    label: str
    alt_labels: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.label)


@dataclass(frozen=True, slots=True)
class Fact:
    """A resolved fact: entity keys (or a literal) plus all its evidence."""

    subject: tuple[str, str]
    predicate: str
    object: tuple[str, str] | str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """A resolved event, merged across the articles that report it."""

    key: str
    type: str
    label: str
    agents: frozenset[tuple[str, str]]
    targets: frozenset[tuple[str, str]]
    participants: frozenset[tuple[str, str]]
    location: tuple[str, str] | None
    date: TimeValue | None
    articles: frozenset[str]
    evidence: tuple[tuple[str, object, Evidence], ...] = field(default=())  # (role, value, evidence)
    quote: str | None = None
    reported: bool = False
    planned: bool = False   # every report tells of it as still to come ("will travel to Warsaw")
