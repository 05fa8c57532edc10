#!/usr/bin/env python3
"""Score newskg on the hand-labelled development set (bench/devset/news.jsonl).

    python bench/devset.py [--show]

Twelve short news texts written for this project (not the seeds, not a benchmark), each
labelled with the contract facts a careful reader takes from it and its events. Facts are
matched like ../shared/eval/conll04.py matches names (label or alternative label, equal or
contained at word boundaries); symmetric predicates match either way round; titles compare
case-insensitively. Prints precision/recall per predicate, precision per rule, and event
type/participant recall. ``--show`` lists misses and false positives.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "devset" / "news.jsonl"
SYMMETRIC = {"met", "partnerOf"}


def _scorer():
    spec = importlib.util.spec_from_file_location("conll04_scorer", ROOT.parent / "shared" / "eval" / "conll04.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--out", default="/tmp/newskg-devset")
    args = ap.parse_args()
    out = Path(args.out)
    subprocess.run([sys.executable, "-m", "kg", "build", str(DATA), "--out", str(out), "--reparse"], cwd=ROOT,
                   check=True, capture_output=True)
    from rdflib import Graph

    sc = _scorer()
    g = Graph().parse(out / "graph.ttl")
    pre = """PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
             PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
             PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
             """
    names = defaultdict(set)
    for r in g.query(pre + "SELECT ?n ?l WHERE { { ?n rdfs:label ?l } UNION { ?n skos:altLabel ?l } }"):
        names[r.n].add(sc.norm(r.l))
    predicted = defaultdict(list)          # doc -> [(pred, s, o, rule)]
    for r in g.query(pre + """SELECT DISTINCT ?doc ?s ?p ?o ?rule WHERE {
            ?ev a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; nkg:rule ?rule ;
                prov:wasDerivedFrom/dcterms:identifier ?doc .
            FILTER NOT EXISTS { ?s a nkg:Event } }"""):
        predicted[str(r.doc)].append((str(r.p).split("#")[-1], r.s, r.o, str(r.rule)))

    def match(gold_name: str, term) -> bool:
        if not hasattr(term, "n3") or term.__class__.__name__ == "Literal":
            return sc.norm(gold_name) == sc.norm(term)
        return sc.names_match(gold_name, names[term])

    def same(gold, pred) -> bool:
        gs, gp, go = gold
        p, s, o, _ = pred
        if gp != p:
            return False
        if match(gs, s) and match(go, o):
            return True
        return p in SYMMETRIC and match(gs, o) and match(go, s)

    tp, fp, fn = Counter(), Counter(), Counter()
    rule_right, rule_all = Counter(), Counter()
    misses, wrong = [], []
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in docs:
        preds = predicted.get(doc["id"], [])
        for gold in doc["facts"]:
            if any(same(gold, p) for p in preds):
                tp[gold[1]] += 1
            else:
                fn[gold[1]] += 1
                misses.append((doc["id"], gold))
        seen = set()
        for p in preds:
            key = (p[0], p[1], p[2])
            right = any(same(gold, p) for gold in doc["facts"])
            rule_all[p[3]] += 1
            rule_right[p[3]] += right
            if key in seen:
                continue
            seen.add(key)
            if not right:
                fp[p[0]] += 1
                wrong.append((doc["id"], p[0], sorted(names[p[1]])[:1] or [str(p[1])],
                               sorted(names[p[2]])[:1] or [str(p[2])], p[3]))

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    print("| predicate | P | R | F1 | tp | fp | fn |\n|---|---:|---:|---:|---:|---:|---:|")
    for pred in sorted(set(tp) | set(fp) | set(fn)):
        p, r, f = prf(tp[pred], fp[pred], fn[pred])
        print(f"| {pred} | {p:.2f} | {r:.2f} | {f:.2f} | {tp[pred]} | {fp[pred]} | {fn[pred]} |")
    micro = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    print(f"| **all** | **{micro[0]:.2f}** | **{micro[1]:.2f}** | **{micro[2]:.2f}** | {sum(tp.values())} | "
          f"{sum(fp.values())} | {sum(fn.values())} |")
    print("\n| rule | evidence | right | precision |\n|---|---:|---:|---:|")
    for rule, n in rule_all.most_common():
        print(f"| {rule} | {n} | {rule_right[rule]} | {rule_right[rule] / n:.2f} |")

    # events: is there an event of the gold type in the article, with the gold participants?
    ev_rows = g.query(pre + """SELECT ?doc ?type ?e WHERE { ?e a nkg:Event, ?type ; nkg:mentionedIn/dcterms:identifier ?doc .
                              FILTER(?type != nkg:Event) }""")
    events = defaultdict(list)
    for r in ev_rows:
        events[str(r.doc)].append((str(r.type).split("#")[-1], r.e))
    parts = defaultdict(set)
    for r in g.query(pre + "SELECT ?e ?p WHERE { ?e nkg:participant ?p }"):
        parts[r.e].add(r.p)
    found = total = p_found = p_total = 0
    for doc in docs:
        for ge in doc["events"]:
            total += 1
            cands = [e for t, e in events.get(doc["id"], []) if t == ge["type"]]
            found += bool(cands)
            for name in ge.get("participants", []):
                p_total += 1
                p_found += any(any(sc.names_match(name, names[p]) for p in parts[e]) for e in cands)
            if not cands:
                misses.append((doc["id"], ("event", ge["type"], ge.get("participants"))))
    print(f"\nevents: type recall {found}/{total} = {found / max(total, 1):.2f}; "
          f"participant recall {p_found}/{p_total} = {p_found / max(p_total, 1):.2f}")
    print(f"devset micro P {micro[0]:.3f} R {micro[1]:.3f} F1 {micro[2]:.3f}")
    if args.show:
        print("\nMISSES")
        for m in misses:
            print("  ", m)
        print("FALSE POSITIVES")
        for w in wrong:
            print("  ", w)
    return 0


if __name__ == "__main__":
    sys.exit(main())
