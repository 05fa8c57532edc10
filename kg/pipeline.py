"""The one function that knows the order of the steps:
text -> Doc -> mentions -> entities -> facts with evidence -> RDF -> networkx -> page."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.config import Settings
from kg.extract import analyze_doc
from kg.gazetteer import load_gazetteer
from kg.ingest import InputProblem, read_inputs
from kg.model import DocResult

__all__ = ["BuildReport", "build"]


@dataclass(frozen=True)
class BuildReport:
    """What a build did: counts for the summary, problems met, files written."""

    articles: int
    entities_by_type: dict[str, int]
    facts_by_predicate: dict[str, int]
    events_by_type: dict[str, int]
    problems: tuple[InputProblem, ...]
    outputs: dict[str, Path]
    seconds: float
    triples: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def build(inputs: list[Path], out_dir: Path, settings: Settings | None = None,
          progress: Callable[[str], None] | None = None) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Writes ``graph.ttl`` (the contract's export), ``graph.html`` (the offline page) and
    ``analytics/`` (nodes, edges, communities, timeline as CSV and JSON). Bad inputs are reported in the returned report; the rest is
    built. Raises only for problems that stop every article (no model, unwritable output).
    """
    from kg.analyze import project, rank, write_analytics
    from kg.nlp import load_pipeline
    from kg.rdf import build_graph, write_turtle
    from kg.resolve import resolve
    from kg.viz import write_page

    settings = settings or Settings()
    say = progress or (lambda msg: None)
    t0 = time.perf_counter()
    timings = {}
    gaz = load_gazetteer(settings.data_dir)
    articles, problems = read_inputs(inputs, gaz)
    timings["read"] = time.perf_counter() - t0
    say(f"read {len(articles)} articles" + (f", {len(problems)} problem(s)" if problems else ""))

    t = time.perf_counter()
    nlp = load_pipeline(settings)
    results: list[DocResult] = []
    texts = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(texts, as_tuples=True, batch_size=settings.batch_size):
        results.append(analyze_doc(doc, article, gaz))
    timings["nlp+extract"] = time.perf_counter() - t

    t = time.perf_counter()
    resolved = resolve(results, gaz)
    graph = build_graph(articles, resolved, settings.base_iri)
    timings["resolve+rdf"] = time.perf_counter() - t

    t = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {"graph.ttl": out_dir / "graph.ttl", "graph.html": out_dir / "graph.html"}
    write_turtle(graph, outputs["graph.ttl"])
    nxg = project(graph)
    rank(nxg)
    write_analytics(nxg, graph, out_dir / "analytics")
    outputs["analytics"] = out_dir / "analytics"
    write_page(nxg, outputs["graph.html"], title="newskg: " + ", ".join(str(p) for p in inputs))
    timings["write"] = time.perf_counter() - t

    return BuildReport(
        articles=len(articles),
        entities_by_type=dict(Counter(e.kind for e in resolved.entities.values()).most_common()),
        facts_by_predicate=dict(Counter(f.predicate for f in resolved.facts).most_common()),
        events_by_type=dict(Counter(e.type for e in resolved.events).most_common()),
        problems=tuple(problems),
        outputs=outputs,
        seconds=time.perf_counter() - t0,
        triples=len(graph),
        timings=timings,
    )
