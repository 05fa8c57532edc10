#!/usr/bin/env python3
"""Speed and memory of kg build against bare spaCy on the BBC corpus.

Usage: python bench/speed.py [N ...] [--workers 1 2] [--parse full selective]

For each subset size N (first N articles of ../shared/benchmarks/news/bbc_news_2225.jsonl):
- bare ``nlp.pipe`` with the same model, components and batch size over the same texts;
- ``kg build`` as a whole process (``/usr/bin/time``: wall seconds and peak RSS), per worker count
  and parse mode, with the time of each stage (``kg build -v``).
Prints a Markdown table for docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "benchmarks" / "news" / "bbc_news_2225.jsonl"

BARE = """
import json, sys, time, spacy
from kg.config import Settings
from kg.nlp.pipeline import model_name
s = Settings()
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(model_name(s))
t = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=s.batch_size):
    pass
print(time.perf_counter() - t)
"""


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (kB) and the stage timings line of one ``kg build -v``."""
    run = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:   # a build that failed is no timing: say why and stop
        raise SystemExit(f"{' '.join(cmd)} exited {run.returncode}:\n{run.stderr[-3000:]}")
    lines = run.stderr.strip().splitlines()
    wall, rss = lines[-1].split()
    stages = next((l[len("stages: "):] for l in lines if l.startswith("stages: ")), "")
    return float(wall), int(rss), stages


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("sizes", nargs="*", type=int, default=[250, 500])
    ap.add_argument("--workers", nargs="*", type=int, default=[1, 2])
    ap.add_argument("--parse", nargs="*", default=["full"], choices=["full", "selective"])
    args = ap.parse_args()
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    print("| articles | words | bare nlp.pipe s | kg build s (workers, parse) | ratio to bare | words/s "
          "| peak RSS MB | stages s |")
    print("|---:|---:|---:|---|---:|---:|---:|---|")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            subset = Path(tmp) / f"bbc{n}.jsonl"
            subset.write_text("\n".join(lines[:n]) + "\n", encoding="utf-8")
            words = sum(len(json.loads(l)["text"].split()) for l in lines[:n])
            bare = float(subprocess.run([sys.executable, "-c", BARE, str(subset)], cwd=ROOT,
                                        capture_output=True, text=True, check=True).stdout.strip())
            for mode in args.parse:
                for w in args.workers:
                    wall, rss, stages = timed([sys.executable, "-m", "kg", "build", str(subset), "-v",
                                               "--out", f"{tmp}/out{w}{mode}", "--workers", str(w), "--parse", mode])
                    print(f"| {n} | {words} | {bare:.1f} | {wall:.1f} ({w}, {mode}) | {wall / bare:.2f} "
                          f"| {words / wall:,.0f} | {rss / 1024:.0f} | {stages} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
