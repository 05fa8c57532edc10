#!/usr/bin/env python3
"""A bounded load test of `kg serve`: concurrent clients, a fixed number of requests.

    python bench/serve_load.py out/ --clients 8 --requests 400

Starts the endpoint on a free loopback port over OUT/store, sends the example queries
round-robin from CLIENTS threads, checks every answer against the answer of a direct query,
and prints p50/p99 latency, throughput, errors and the server's memory (server process plus
its query workers) before and after.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.query import EXAMPLES, with_prefixes  # noqa: E402
from kg.serve import ServerConfig, make_server  # noqa: E402
from kg.store import GraphStore  # noqa: E402


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            pass
    return round(total / 1024, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    out = Path(args.out)
    queries = {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.rq"))}
    db = GraphStore(out / "store").open_read()
    expected = {name: len(list(db.query(with_prefixes(q)))) for name, q in queries.items()}
    del db

    httpd = make_server(ServerConfig(store=out / "store", pages=out, port=0, workers=args.workers,
                                     max_rows=100_000))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    host, port = httpd.server_address[:2]
    url = f"http://{host}:{port}/sparql"
    pids = lambda: [__import__("os").getpid()] + [w.proc.pid for w in httpd.pool.all]
    names = list(queries)
    # warm up each worker
    for name in names * args.workers:
        urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": queries[name]}), timeout=60).read()
    before = _rss_mb(pids())

    def one(i: int):
        name = names[i % len(names)]
        t = time.perf_counter()
        req = urllib.request.Request(url, data=urllib.parse.urlencode({"query": queries[name]}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                rows = len(json.loads(resp.read())["results"]["bindings"])
                ok = resp.status == 200 and rows == expected[name]
        except Exception as exc:  # noqa: BLE001  (counted and reported, the test goes on)
            print(f"request {i}: {exc}", file=sys.stderr)
            ok = False
        return time.perf_counter() - t, ok

    t0 = time.perf_counter()
    with ThreadPoolExecutor(args.clients) as pool:
        results = list(pool.map(one, range(args.requests)))
    wall = time.perf_counter() - t0
    after = _rss_mb(pids())
    lat = sorted(r[0] for r in results)
    report = {
        "graph": str(out), "clients": args.clients, "requests": args.requests, "workers": args.workers,
        "errors_or_wrong": sum(not r[1] for r in results),
        "p50_ms": round(1000 * statistics.median(lat), 1),
        "p99_ms": round(1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))], 1),
        "throughput_per_s": round(args.requests / wall, 1),
        "rss_mb_before": before, "rss_mb_after": after,
    }
    print(json.dumps(report, indent=1))
    httpd.shutdown()
    httpd.pool.close()
    return 0 if report["errors_or_wrong"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
