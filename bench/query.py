"""Query and load times: the Oxigraph store against rdflib's memory store, same graph, same queries.

    python bench/query.py out/                     # a built folder (seeds: make demo)
    python bench/query.py /tmp/bbc --repeat 3      # the BBC graph (kg build ../shared/benchmarks/news/...)
    python bench/query.py --incremental 250        # add 10 articles to a 250-article store vs rebuild 260

For each example query (kg/queries/*.rq) it reports the median of ``--repeat`` runs on
(a) the persistent store opened read-only (what ``kg query`` and ``kg serve`` use),
(b) graph.ttl loaded into an in-memory Oxigraph store through rdflib (oxrdflib), and
(c) graph.ttl loaded into rdflib's default memory store, the ratio to beat.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.query import EXAMPLES, with_prefixes  # noqa: E402
from kg.store import GraphStore  # noqa: E402

NEWS = ROOT.parent / "shared" / "benchmarks" / "news" / "bbc_news_2225.jsonl"


def _median(fn, repeat: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), n


def queries(out: Path, repeat: int) -> dict:
    from rdflib import Graph

    ttl = out / "graph.ttl"
    t = time.perf_counter()
    mem = Graph()
    mem.parse(ttl, format="turtle")
    load_rdflib = time.perf_counter() - t
    t = time.perf_counter()
    oxg = Graph(store="Oxigraph")
    oxg.parse(ttl, format="ox-turtle")
    load_ox = time.perf_counter() - t
    t = time.perf_counter()
    disk = GraphStore(out / "store").open_read()
    open_store = time.perf_counter() - t
    rows = []
    for path in sorted(EXAMPLES.glob("*.rq")):
        text = with_prefixes(path.read_text(encoding="utf-8"))
        store_s, n = _median(lambda: len(list(disk.query(text))), repeat)
        ox_s, _ = _median(lambda: len(list(oxg.query(text))), repeat)
        rdflib_s, n2 = _median(lambda: len(list(mem.query(text))), repeat)
        rows.append({"query": path.stem, "rows": n, "rows_rdflib": n2, "store_s": round(store_s, 4),
                     "oxrdflib_s": round(ox_s, 4), "rdflib_memory_s": round(rdflib_s, 4),
                     "ratio": round(rdflib_s / store_s, 1) if store_s else None})
    return {"graph": str(out), "triples": len(mem), "load_rdflib_memory_s": round(load_rdflib, 2),
            "load_oxigraph_s": round(load_ox, 2), "open_store_s": round(open_store, 3), "queries": rows}


def incremental(n: int) -> dict:
    """Build n BBC articles, then add 10 more (only those parsed) vs rebuild all n + 10."""
    from kg.config import Settings
    from kg.pipeline import build

    lines = NEWS.read_text(encoding="utf-8").splitlines()
    tmp = Path(tempfile.mkdtemp(prefix="newskg-incr-"))
    try:
        (tmp / "base.jsonl").write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
        (tmp / "new.jsonl").write_text("\n".join(lines[n:n + 10]) + "\n", encoding="utf-8")
        (tmp / "all.jsonl").write_text("\n".join(lines[:n + 10]) + "\n", encoding="utf-8")
        build([tmp / "base.jsonl"], tmp / "out", Settings())
        t = time.perf_counter()
        add = build([tmp / "new.jsonl"], tmp / "out", Settings(), add=True)
        add_s = time.perf_counter() - t
        t = time.perf_counter()
        rerun = build([tmp / "all.jsonl"], tmp / "out", Settings())
        rerun_s = time.perf_counter() - t
        t = time.perf_counter()
        full = build([tmp / "all.jsonl"], tmp / "full", Settings())
        full_s = time.perf_counter() - t
        same = (tmp / "out" / "graph.ttl").read_bytes() == (tmp / "full" / "graph.ttl").read_bytes()
        return {"articles": n, "added": 10, "add_s": round(add_s, 2), "add_parsed": add.parsed,
                "unchanged_rerun_s": round(rerun_s, 2), "rerun_parsed": rerun.parsed,
                "full_rebuild_s": round(full_s, 2), "identical_graph": same,
                "add_timings": {k: round(v, 2) for k, v in add.timings.items()}}
    finally:
        shutil.rmtree(tmp)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", nargs="?", help="a built output folder")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--incremental", type=int, metavar="N", help="incremental-add benchmark on N BBC articles")
    args = ap.parse_args()
    if args.out:
        print(json.dumps(queries(Path(args.out), args.repeat), indent=1))
    if args.incremental:
        print(json.dumps(incremental(args.incremental), indent=1))


if __name__ == "__main__":
    main()
