"""Relation and event heuristics, one module per family, run by :func:`analyze_doc`."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.mentions import doc_mentions
from kg.model import Article, DocResult

__all__ = ["analyze_doc"]


def analyze_doc(doc: Doc, article: Article, gaz: Gazetteer) -> DocResult:
    """Doc -> mentions, facts and events of one article. The Doc is not kept."""
    from kg.extract.context import DocContext
    from kg.extract.events import extract_events
    from kg.extract.locations import extract_locations
    from kg.extract.residence import extract_residence
    from kg.extract.roles import extract_roles

    from kg.extract.coref import resolve_coreference

    mentions = doc_mentions(doc, article, gaz)
    ctx = DocContext(doc, article, gaz, mentions, coref=resolve_coreference(doc, mentions, gaz))
    from kg.extract.quotes import extract_quotes

    events, event_facts = extract_events(ctx)
    events += extract_quotes(ctx)
    facts = extract_roles(ctx) + extract_locations(ctx) + extract_residence(ctx) + event_facts
    return DocResult(article, tuple(tm.mention for tm in mentions), tuple(facts), tuple(events))
