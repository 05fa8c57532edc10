"""The one function that knows the order of the steps:
text -> Doc -> mentions -> entities -> facts with evidence -> RDF -> networkx -> page."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.config import Settings
from kg.extract import analyze_doc, chunks, merge_results
from kg.gazetteer import load_gazetteer
from kg.ingest import InputProblem, read_inputs
from kg.model import DocResult

__all__ = ["BuildReport", "build", "extract_all"]

_WORKER: dict = {}


def _worker_init(settings: Settings) -> None:
    """Load the model once per worker process."""
    from kg.nlp import load_pipeline
    _WORKER["nlp"] = load_pipeline(settings)
    _WORKER["gaz"] = load_gazetteer(settings.data_dir)
    _WORKER["batch"] = settings.batch_size


def _pieces(articles):
    for a in articles:
        parts = chunks(a.text)
        for k, (offset, text) in enumerate(parts):
            yield text, (a, offset, k == len(parts) - 1)


def _run(nlp, gaz, articles, batch_size: int):
    """Parse and extract, piece by piece; yield one DocResult per article, in order."""
    pending: list[DocResult] = []
    for doc, (article, offset, last) in nlp.pipe(_pieces(articles), as_tuples=True, batch_size=batch_size):
        pending.append(analyze_doc(doc, article, gaz, offset))
        if last:
            yield merge_results(pending) if len(pending) > 1 else pending[0]
            pending = []


def _worker_run(articles: list) -> list[DocResult]:
    return list(_run(_WORKER["nlp"], _WORKER["gaz"], articles, _WORKER["batch"]))


def extract_all(articles: list, settings: Settings, workers: int = 1):
    """Yield each article's :class:`DocResult`, in input order.

    With ``workers > 1`` articles go in chunks to a pool of processes, each holding one
    loaded model; results come back in order, so the output equals the one-worker output.
    """
    if workers <= 1 or len(articles) < 2:
        from kg.nlp import load_pipeline
        yield from _run(load_pipeline(settings), load_gazetteer(settings.data_dir), articles, settings.batch_size)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from kg.nlp.pipeline import model_name
    model_name(settings)   # fail here, with the message, rather than inside a worker

    size = max(1, min(64, len(articles) // (workers * 4) or 1))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                             initargs=(settings,)) as pool:
        for results in pool.map(_worker_run, chunks):
            yield from results


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
          progress: Callable[[str], None] | None = None, workers: int = 1) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Writes ``graph.ttl`` (the contract's export), ``graph.html`` (the offline page) and
    ``analytics/`` (nodes, edges, communities, timeline as CSV and JSON). Bad inputs are reported in the returned report; the rest is
    built. Raises only for problems that stop every article (no model, unwritable output).
    """
    from kg.analyze import project, rank, write_analytics
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
    results: list[DocResult] = list(extract_all(articles, settings, workers))
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
