"""Relation and event heuristics, one module per family, run by :func:`analyze_doc`."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.mentions import doc_mentions
from kg.model import Article, DocResult

__all__ = ["analyze_doc", "chunks", "merge_results"]

#: Longest text given to spaCy at once (its default max_length is 1,000,000 characters, and the
#: parser's memory grows with the text). Longer articles are split on paragraph breaks.
MAX_CHARS = 50_000


def chunks(text: str, limit: int = MAX_CHARS) -> list[tuple[int, str]]:
    r"""(offset, piece) pieces of at most ``limit`` characters, cut at paragraph breaks, else at
    line breaks, else at spaces.

    >>> chunks("a b\n\nc d", limit=4)
    [(0, 'a b\n'), (4, '\nc d')]
    """
    if len(text) <= limit:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for sep in ("\n\n", "\n", " "):
                cut = text.rfind(sep, start + 1, end)
                if cut > start:
                    end = cut + 1
                    break
        out.append((start, text[start:end]))
        start = end
    return out


def merge_results(parts: list[DocResult]) -> DocResult:
    """One article's result from the results of its pieces."""
    first = parts[0]
    return DocResult(first.article, tuple(m for p in parts for m in p.mentions),
                     tuple(f for p in parts for f in p.facts), tuple(e for p in parts for e in p.events))


def analyze_doc(doc: Doc, article: Article, gaz: Gazetteer, offset: int = 0) -> DocResult:
    """Doc -> mentions, facts and events of one article (or of the piece of it that starts at
    ``offset``). The Doc is not kept."""
    from kg.extract.affiliation import extract_affiliations
    from kg.extract.context import DocContext
    from kg.extract.events import extract_events, visits_abroad
    from kg.extract.judgements import extract_judgements
    from kg.extract.coref import resolve_coreference
    from kg.extract.locations import extract_locations, through_containers
    from kg.extract.quotes import extract_quotes
    from kg.extract.residence import extract_residence
    from kg.extract.roles import bare_leaders, extract_roles, hosts_of_visits

    mentions = doc_mentions(doc, article, gaz, offset)
    ctx = DocContext(doc, article, gaz, mentions, coref=resolve_coreference(doc, mentions, gaz), offset=offset)
    events, event_facts = extract_events(ctx)
    events += extract_quotes(ctx)
    facts = (extract_roles(ctx) + extract_locations(ctx) + extract_residence(ctx) + extract_affiliations(ctx)
             + extract_judgements(ctx) + event_facts)
    facts += through_containers(ctx, facts)
    events += visits_abroad(ctx, events, facts, titled=frozenset(bare_leaders(ctx, facts)))
    facts += hosts_of_visits(ctx, events, facts)
    return DocResult(article, tuple(tm.mention for tm in mentions), tuple(facts), tuple(events))
