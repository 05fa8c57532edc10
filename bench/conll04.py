#!/usr/bin/env python3
"""Build a CoNLL04 split with newskg and score it with ../shared/eval/conll04.py.

Usage: python bench/conll04.py [dev|train] [--out DIR] [--misses N]

Prints the scorer's per-type table and, with --misses, N gold relations we did not find
(for error analysis on train/dev only; the test split is kept aside).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("split", nargs="?", default="dev", choices=["dev", "train"])
    ap.add_argument("--out", default=None)
    ap.add_argument("--misses", type=int, default=0)
    args = ap.parse_args()
    data = SHARED / "benchmarks" / "conll04" / f"{args.split}.jsonl"
    out = Path(args.out or f"/tmp/newskg-conll04-{args.split}")
    t = time.perf_counter()
    build = subprocess.run([sys.executable, "-m", "kg", "build", str(data), "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
    if build.returncode not in (0, 1):
        print(build.stderr, file=sys.stderr)
        return build.returncode
    seconds = time.perf_counter() - t
    score = subprocess.run([sys.executable, str(SHARED / "eval" / "conll04.py"), str(out / "graph.ttl"), str(data)],
                           capture_output=True, text=True)
    print(f"# conll04 {args.split}: build {seconds:.1f} s")
    print(score.stdout.strip())
    if args.misses:
        from rdflib import Graph
        g = Graph().parse(out / "graph.ttl")
        found = {(str(r.a), str(r.s), str(r.o)) for r in g.query("""
            PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?a ?s ?o WHERE { ?ev rdf:subject/rdfs:label ?s ; rdf:object/rdfs:label ?o ;
                                    prov:wasDerivedFrom/dcterms:identifier ?a }""")}
        shown = 0
        for line in data.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            for rel in rec["relations"]:
                if rel["type"] == "Kill":
                    continue
                if not any(a == rec["id"] and rel["head"].lower() in s.lower() for a, s, _ in found):
                    print(f"MISS {rel['type']:12} {rel['head']!r} -> {rel['tail']!r} | {rec['text'][:160]}")
                    shown += 1
                    break
            if shown >= args.misses:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
