"""The one function that knows the order of the steps:
text -> Doc -> mentions -> entities -> facts with evidence -> RDF -> networkx -> page."""
from __future__ import annotations

import contextlib
import gc
import os
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.config import Settings
from kg.extract import analyze_doc, chunks, merge_results
from kg.gazetteer import load_gazetteer
from kg.ingest import InputProblem, read_inputs
from kg.model import DocResult
from kg.nlp.datelines import for_model

__all__ = ["BuildReport", "build", "extract_all", "ExecutorUnavailable"]


class ExecutorUnavailable(RuntimeError):
    """The requested executor cannot run here (Dask missing, scheduler unreachable)."""

_WORKER: dict = {}
KIND_PLURAL = {"person": "people", "country": "countries", "institution": "institutions", "place": "places"}


def _worker_init(settings: Settings) -> None:
    """Load the model once per worker process."""
    from kg.nlp import load_pipeline
    _WORKER["nlp"] = load_pipeline(settings)
    _WORKER["gaz"] = load_gazetteer(settings.data_dir)
    _WORKER["batch"] = settings.batch_size


def _pieces(articles):
    """(text, (article, offset, last)) for each piece the model reads; the first piece's
    dateline dash is read as a line break (:func:`kg.nlp.datelines.for_model`)."""
    for a in articles:
        parts = chunks(a.text)
        for k, (offset, text) in enumerate(parts):
            yield for_model(text) if offset == 0 else text, (a, offset, k == len(parts) - 1)


#: Characters parsed in one spaCy batch, counted as the batch pads them: every piece as long as
#: the longest. nlp.pipe batches by count, and a batch of 16 long pieces held 3 GB (a 1 MB
#: article: 3.1 GB peak, 470 MB with small batches). Over the 2,225 BBC articles the parse
#: alone peaked at 371 MB with 100,000 characters uncounted for padding, 280 MB with 40,000
#: counted, at the same speed.
BATCH_CHARS = 40_000


def _batches(pieces, batch_size: int):
    """Group pieces into batches of at most ``batch_size`` items whose padded size (count times
    the longest) stays within BATCH_CHARS characters."""
    batch, longest = [], 0
    for item in pieces:
        n = len(item[0])
        if batch and (len(batch) >= batch_size or (len(batch) + 1) * max(longest, n) > BATCH_CHARS):
            yield batch
            batch, longest = [], 0
        batch.append(item)
        longest = max(longest, n)
    if batch:
        yield batch


def _memory_zone(nlp):
    """spaCy's memory zone (3.8+): strings and lexemes a batch adds to the vocabulary are freed
    when the zone ends, so a long build does not grow the vocabulary without bound. No Doc
    outlives its zone here: each is turned into a plain DocResult inside it."""
    zone = getattr(nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()


def _run(nlp, gaz, articles, batch_size: int):
    """Parse and extract, piece by piece; yield one DocResult per article, in order."""
    pending: list[DocResult] = []
    for batch in _batches(_pieces(articles), batch_size):
        done = []
        with _memory_zone(nlp):
            for doc, (article, offset, last) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
                pending.append(analyze_doc(doc, article, gaz, offset))
                if last:
                    done.append(merge_results(pending) if len(pending) > 1 else pending[0])
                    pending = []
        yield from done


def _worker_run(articles: list) -> list[DocResult]:
    return list(_run(_WORKER["nlp"], _WORKER["gaz"], articles, _WORKER["batch"]))


def _dask_task(articles: list, settings: Settings) -> list[DocResult]:
    """One Dask task: a chunk of articles in, their extractions out (no spaCy objects).

    The model is loaded once per worker process and kept between tasks. A worker whose
    newskg lives at another path uses its own copy of the data files.
    """
    from dataclasses import replace

    from kg.config import DATA_DIR

    if not Path(settings.data_dir).is_dir():
        settings = replace(settings, data_dir=DATA_DIR)
    if _WORKER.get("settings") != settings:
        _worker_init(settings)
        _WORKER["settings"] = settings
    return _worker_run(articles)


def _extract_dask(chunks: list[list], settings: Settings, workers: int, scheduler: str | None):
    """Run the chunks as tasks on a Dask cluster (``scheduler``) or a local one; yield results
    in order, with at most a few chunks per worker in flight so memory stays bounded."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ExecutorUnavailable("the dask executor needs 'pip install newskg[dask]' (dask.distributed)") from exc
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=10)
        except OSError as exc:
            raise ExecutorUnavailable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        slots = 3 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending: list = []
        it = iter(chunks)
        for chunk in it:
            pending.append(client.submit(_dask_task, chunk, settings, pure=False))
            if len(pending) >= slots:
                break
        while pending:
            fut = pending.pop(0)
            results = fut.result()
            fut.release()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(client.submit(_dask_task, nxt, settings, pure=False))
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _task_chunks(articles: list, workers: int) -> list[list]:
    """Articles in chunks of up to 64, about four per worker, for process pools and Dask."""
    size = max(1, min(64, len(articles) // (max(workers, 1) * 4) or 1))
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def extract_all(articles: list, settings: Settings, workers: int = 1, executor: str = "local",
                scheduler: str | None = None):
    """Yield each article's :class:`DocResult`, in input order.

    With ``workers > 1`` articles go in chunks to a pool of processes, each holding one
    loaded model; results come back in order, so the output equals the one-worker output.
    ``executor="dask"`` runs the chunks as tasks on a Dask cluster instead: the one at
    ``scheduler`` (``tcp://host:8786``) or a local cluster of ``workers`` processes.
    """
    if executor == "dask" and articles:
        from kg.nlp.pipeline import model_name
        model_name(settings)
        yield from _extract_dask(_task_chunks(articles, workers), settings, workers, scheduler)
        return
    if workers <= 1 or len(articles) < 2:
        from kg.nlp import load_pipeline
        yield from _run(load_pipeline(settings), load_gazetteer(settings.data_dir), articles, settings.batch_size)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from kg.nlp.pipeline import model_name
    model_name(settings)   # fail here, with the message, rather than inside a worker

    chunks = _task_chunks(articles, workers)
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
    peaks: dict[str, float] = field(default_factory=dict)   # stage -> peak RSS (MB) of this process so far
    parsed: int = 0           # articles run through spaCy in this build
    reused: int = 0           # articles whose stored extraction was reused
    kept: int = 0             # articles kept from the store (``add=True``) without their files

    @property
    def ok(self) -> bool:
        return not self.problems


def _gather(articles, stored, fingerprint_now, settings, workers, add, say, executor="local", scheduler=None,
            show_progress=False):
    """Each article's DocResult and record: reused from the store when its content key and the
    extractor are unchanged, parsed otherwise; with ``add`` also the stored articles not given.

    Returns (results, records, keys, fingerprints, parsed, reused, kept, stale), ordered by
    article id so that the graph does not depend on how the corpus was put together. A
    record is compressed (bytes) for an article parsed now: :func:`record_text` gives its JSON.
    """
    from dataclasses import replace

    from kg.record import content_key, from_json, to_json

    keys = [content_key(a) for a in articles]
    reuse = {k: stored[k] for k in keys if k in stored and stored[k].extractor == fingerprint_now}
    todo = [a for a, k in zip(articles, keys) if k not in reuse]
    if reuse:
        say(f"reusing the stored extraction of {len(articles) - len(todo)} article(s); parsing {len(todo)}")
    fresh = extract_all(todo, settings, workers, executor, scheduler)
    if show_progress and len(todo) > 1:
        from kg.progress import track
        fresh = track(fresh, len(todo), [len(a.text.split()) for a in todo])
    fresh = iter(fresh)
    # While the corpus is parsed, each fresh result is held only as its compressed record: the
    # parse's short-lived objects then leave no long-lived ones scattered among them, and the
    # results are decoded together afterwards, compact. Nothing after extraction reads the
    # article text, so results keep none.
    results, records, fps = [], [], []
    for a, k in zip(articles, keys):
        if k in reuse:
            results.append(replace(from_json(reuse[k].record), article=replace(a, text="")))
            records.append(reuse[k].record)
        else:
            results.append(None)
            records.append(zlib.compress(to_json(next(fresh)).encode("utf-8"), 1))
        fps.append(fingerprint_now)
    for i, rec in enumerate(records):
        if results[i] is None:
            results[i] = from_json(record_text(rec))   # (the record stays compressed until written)
    kept = stale = 0
    if add:
        given = {a.id for a in articles}
        for rec in sorted(stored.values(), key=lambda r: (r.article_id, r.key)):
            if rec.article_id in given:
                continue                      # the given version replaces the stored one
            results.append(from_json(rec.record))
            records.append(rec.record)
            keys.append(rec.key)
            fps.append(rec.extractor)
            given.add(rec.article_id)
            kept += 1
            stale += rec.extractor != fingerprint_now
    # one canonical order (by article id), however the corpus was put together
    order = sorted(range(len(results)), key=lambda i: results[i].article.id)
    pick = lambda seq: [seq[i] for i in order]
    return pick(results), pick(records), pick(keys), pick(fps), len(todo), len(reuse), kept, stale


def record_text(record: str | bytes) -> str:
    """An extraction record's JSON, from the store (text) or from this build (compressed)."""
    return record if isinstance(record, str) else zlib.decompress(record).decode("utf-8")


def _peak_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports kB, macOS bytes)."""
    import resource
    import sys
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def build(inputs: list[Path], out_dir: Path, settings: Settings | None = None,
          progress: Callable[[str], None] | None = None, workers: int = 1,
          store: Path | None = None, add: bool = False, reparse: bool = False,
          executor: str = "local", scheduler: str | None = None, show_progress: bool = False) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Writes the persistent store (``out_dir/store`` or ``store``: the merged graph plus one
    named graph per article, see :mod:`kg.store`), ``graph.ttl`` (the contract's export),
    ``graph.html`` (the offline page) and ``analytics/`` (nodes, edges, communities, timeline
    as CSV and JSON).

    Articles already in the store with the same content and extractor are not parsed again.
    The graph holds exactly the given articles; with ``add=True`` it also keeps the stored
    articles that were not given (daily additions to a growing corpus). ``reparse=True``
    ignores stored extractions. ``executor="dask"`` parses on a Dask cluster (see
    :func:`extract_all`); merging, resolution and storing stay here. Bad inputs are reported in the returned report; the rest is
    built. Raises only for problems that stop every article (no model, unwritable output,
    a store locked by another build).
    """
    from kg.analyze import project, rank, write_analytics
    from kg.iri import IriMinter
    from kg.nlp.pipeline import model_name, model_version
    from kg.rdf import build_graphs, nt_line, triple_count, write_turtle
    from kg.record import fingerprint
    from kg.resolve import resolve
    from kg.store import GraphStore, graph_iri, record_parts
    from kg.viz import write_index, write_page
    from rdflib import RDF, Literal
    from kg.vocab import NKGM

    settings = settings or Settings()
    say = progress or (lambda msg: None)
    t0 = time.perf_counter()
    timings, peaks = {}, {}
    gaz = load_gazetteer(settings.data_dir)
    articles, problems = read_inputs(inputs, gaz)
    timings["read"] = time.perf_counter() - t0
    peaks["read"] = _peak_mb()
    say(f"read {len(articles)} articles" + (f", {len(problems)} problem(s)" if problems else ""))
    if not articles and not add:
        # nothing to build: leave the previous graph, page and store exactly as they were
        return BuildReport(0, {}, {}, {}, tuple(problems), {}, time.perf_counter() - t0, timings=timings,
                           peaks=peaks)

    gstore = GraphStore(Path(store) if store else out_dir / "store")
    with gstore.lock():
        t = time.perf_counter()
        fp = fingerprint(model_name(settings), f"{model_version(settings)}|parse={settings.parse}", settings.data_dir)
        stored = {} if reparse else gstore.records()
        timings["store-read"] = time.perf_counter() - t
        peaks["store-read"] = _peak_mb()

        t = time.perf_counter()
        results, records, keys, fps, parsed, reused, kept, stale = _gather(
            articles, stored, fp, settings, workers, add, say, executor, scheduler, show_progress)
        timings["nlp+extract"] = time.perf_counter() - t
        peaks["nlp+extract"] = _peak_mb()
        if stale:
            problems.append(InputProblem(str(gstore.path), None, f"{stale} kept article(s) were extracted by "
                                         "another version of newskg or its model; build them from their files "
                                         "to refresh them (warning)"))

        t = time.perf_counter()
        resolved = resolve(results, gaz)
        all_articles = [r.article for r in results]
        graph_of = {r.article.id: graph_iri(settings.base_iri, key) for r, key in zip(results, keys)}
        gstore.path.mkdir(parents=True, exist_ok=True)
        spool = gstore.path / f".articles-{os.getpid()}.nq"
        merged = gstore.path / f".merged-{os.getpid()}.nt"
        try:
            # each article's named graph goes to a spool file as it is made (N-Quads), and so
            # does the merged graph (N-Triples): neither is ever all in memory
            with open(spool, "w", encoding="utf-8") as sink, open(merged, "w", encoding="utf-8") as default_sink:
                build_graphs(all_articles, resolved, settings.base_iri, graph_of, sink, default_sink)
                mint = IriMinter(settings.base_iri)
                for r, rec, key, f in zip(results, records, keys, fps):
                    g = graph_of[r.article.id]
                    head = [(g, RDF.type, NKGM.ArticleGraph), (g, NKGM.article, mint.article(r.article.id)),
                            (g, NKGM.contentKey, Literal(key)), (g, NKGM.extractor, Literal(f))]
                    head += [(g, NKGM.extraction, Literal(part))
                             for part in record_parts(record_text(rec))]
                    sink.writelines(nt_line(*t, graph=g.n3()) for t in head)
            timings["resolve+rdf"] = time.perf_counter() - t
            peaks["resolve+rdf"] = _peak_mb()

            t = time.perf_counter()
            gstore.write(None, article_nquads=spool, default_ntriples=merged)
        finally:
            spool.unlink(missing_ok=True)
            merged.unlink(missing_ok=True)
        timings["store-write"] = time.perf_counter() - t
        peaks["store-write"] = _peak_mb()

        # What the summary needs, then the per-article data goes: the pages and analytics work
        # from the merged graph only, read from the store just written, on disk (held in memory
        # it took 168 MB at 479k triples). The lock stays held while it is read, so that no
        # other build can remove this generation meanwhile.
        graph = gstore.default_graph()
        n_articles, n_triples = len(all_articles), triple_count(graph)
        entity_counts = dict(Counter(KIND_PLURAL[e.kind] for e in resolved.entities.values()).most_common())
        entities_by_type = dict(Counter(e.kind for e in resolved.entities.values()).most_common())
        facts_by_predicate = dict(Counter(f.predicate for f in resolved.facts).most_common())
        events_by_type = dict(Counter(e.type for e in resolved.events).most_common())
        n_facts, n_events = len(resolved.facts), len(resolved.events)
        del results, records, resolved, all_articles, keys, fps, graph_of
        gc.collect()

        t = time.perf_counter()
        out_dir.mkdir(parents=True, exist_ok=True)
        outputs = {"graph.ttl": out_dir / "graph.ttl", "graph.html": out_dir / "graph.html", "store": gstore.path}
        write_turtle(graph, outputs["graph.ttl"])
        timings["turtle"], peaks["turtle"] = time.perf_counter() - t, _peak_mb()
        t = time.perf_counter()
        nxg = project(graph)
        rank(nxg)
        tables = write_analytics(nxg, graph, out_dir / "analytics")
        outputs["analytics"] = out_dir / "analytics"
        timings["analytics"], peaks["analytics"] = time.perf_counter() - t, _peak_mb()
        t = time.perf_counter()
        title = "newskg: " + ", ".join(str(p) for p in inputs)
        write_page(nxg, outputs["graph.html"], title=title, tables=tables, budget=settings.node_budget)
        outputs["index.html"] = out_dir / "index.html"
        write_index(outputs["index.html"], title, {
            "articles": n_articles, "entities": entity_counts, "facts": n_facts,
            "events": n_events, "triples": n_triples}, tables)
        timings["pages"] = time.perf_counter() - t
        peaks["pages"] = _peak_mb()

    return BuildReport(
        articles=n_articles,
        entities_by_type=entities_by_type,
        facts_by_predicate=facts_by_predicate,
        events_by_type=events_by_type,
        problems=tuple(problems),
        outputs=outputs,
        seconds=time.perf_counter() - t0,
        triples=n_triples,
        timings=timings,
        peaks=peaks,
        parsed=parsed,
        reused=reused,
        kept=kept,
    )
