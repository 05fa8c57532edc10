#!/usr/bin/env python3
"""Time to first drawn frame of the graph page in headless chromium, by graph size.

    python bench/page.py 100 1000 5000 10000

For each size, a synthetic news-like graph (persons, countries, institutions, places, events;
about 1.5 facts per node, each with an evidence sentence) is rendered twice: with the default
node budget (the top 2,000 by PageRank drawn, the rest on demand) and with every node drawn.
Chromium (Debian, headless, network off) loads the file; the figure is the page's own
``performance.now()`` at vis-network's first ``afterDrawing`` event, i.e. from navigation
start to the first drawn frame. Also timed: a search that focuses a node, once drawn.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.analyze import rank  # noqa: E402
from kg.viz import NODE_BUDGET, write_page  # noqa: E402

TYPES = ["Person", "Country", "Institution", "Place"]
PREDICATES = ["leaderOf", "memberOf", "locatedIn", "met", "participant", "criticized", "nationality"]


def synthetic(n: int, seed: int = 7) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(n):
        event = i % 5 == 4
        g.add_node(f"n{i}", label=f"{'Event' if event else 'Name'} {i}", type="Meeting" if event else TYPES[i % 4],
                   event=event)
    for i in range(1, n):   # a preferential-attachment tree plus extra edges: hubs, like news
        for _ in range(1 if rnd.random() < 0.5 else 2):
            j = int(i * rnd.random() ** 2)
            p = rnd.choice(PREDICATES)
            g.add_edge(f"n{i}", f"n{j}", key=p, predicate=p, confidence=round(rnd.uniform(0.5, 0.99), 2),
                       sources=rnd.randint(1, 4),
                       evidence=[(f"Name {i} and Name {j} appear in sentence {k}.", f"Article {k}") for k in range(2)])
    rank(g)
    return g


def measure(html: Path) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        ctx = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        page = ctx.new_page()
        page.goto(html.as_uri())
        page.wait_for_selector("body[data-drawn=true]", timeout=300_000)
        first = page.evaluate("window.__firstDrawn")
        t = time.perf_counter()
        page.fill("#search", "Name 3")
        page.dispatch_event("#search", "change")
        page.wait_for_selector("#panel.open", timeout=60_000)
        search = (time.perf_counter() - t) * 1000
        ctx.close()
        browser.close()
    return first, search


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1000, 5000, 10000]
    print("| nodes | edges | drawn at first | first frame ms | search+focus ms | page MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            g = synthetic(n)
            for budget in sorted({min(n, NODE_BUDGET), n}):
                html = Path(tmp) / f"g{n}-{budget}.html"
                write_page(g, html, title=f"synthetic {n}", budget=budget)
                first, search = measure(html)
                print(f"| {n:,} | {g.number_of_edges():,} | {budget:,} | {first:,.0f} | {search:,.0f} | "
                      f"{html.stat().st_size / 1e6:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
