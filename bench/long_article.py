#!/usr/bin/env python3
"""One very long article: time and peak memory of `kg build`.

    python bench/long_article.py 20      # a 20 MB article made of BBC paragraphs

The article is the BBC corpus' paragraphs concatenated (repeated as needed) under one title.
spaCy refuses texts over its max_length (1,000,000 characters); newskg parses such an
article in paragraph-aligned pieces and maps every offset back to the article, so the build
runs with memory bounded by the piece, not the article.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "benchmarks" / "news" / "bbc_news_2225.jsonl"


def main() -> int:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20
    paragraphs = [p for line in NEWS.read_text(encoding="utf-8").splitlines()
                  for p in json.loads(line)["text"].split("\n") if p.strip()]
    target = int(mb * 1_000_000)
    parts, size, i = ["A very long article"], 0, 0
    while size < target:
        p = paragraphs[i % len(paragraphs)]
        parts.append(p)
        size += len(p) + 2
        i += 1
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "long.txt"
        src.write_text("\n\n".join(parts), encoding="utf-8")
        run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", str(src),
                              "--out", str(Path(tmp) / "out")], cwd=ROOT, capture_output=True, text=True)
        wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", run.stderr).group(1)
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
        summary = [l for l in run.stdout.splitlines() if l.startswith(("entities", "facts", "events", "triples"))]
        print(f"{src.stat().st_size / 1e6:.1f} MB article: exit {run.returncode}, wall {wall}, peak RSS {rss:.0f} MB")
        print("\n".join(summary))
        if run.returncode:
            print(run.stderr[-3000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
