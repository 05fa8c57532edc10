#!/usr/bin/env python3
"""Measure each rule's precision on CoNLL04 train+dev and the reliability of our confidences.

    python bench/calibrate.py                 # table only (builds train and dev if needed)
    python bench/calibrate.py --write         # also write ontology/data/rule_priors.tsv
    python bench/calibrate.py --rebuild       # rebuild the CoNLL04 graphs first
    python bench/calibrate.py --with-priors   # reliability of the shipped priors

An evidence node counts as right when its fact, mapped to a CoNLL04 type the way
../shared/eval/conll04.py maps it, matches a gold relation of its sentence (same matching as
the scorer). CoNLL04 annotates only some relations and only its four types, so a measured
precision is a lower bound: a true nationality the annotators did not mark counts as wrong.

Priors are smoothed toward the rule's code default: (right + 5 * default) / (n + 5), for rules
with at least 10 evidence nodes. The test split is never read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PRIORS = ROOT / "ontology" / "data" / "rule_priors.tsv"
SMOOTH = 5
MIN_N = 10
#: Rules CoNLL04 cannot judge: "gazetteer" facts (Paris is in France) come from the data
#: files, and "name-demonym" facts from the institution's own name ("French Government" ->
#: France); both are true and CoNLL04 annotates only a few of them, so they keep their code
#: default (the fully labelled development set finds them all right).
NOT_JUDGED = {"gazetteer", "name-demonym"}


def _scorer():
    spec = importlib.util.spec_from_file_location("conll04_scorer", SHARED / "eval" / "conll04.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _graph(split: str, rebuild: bool, with_priors: bool = False) -> Path:
    """CoNLL04 ``split`` built with the code's default confidences: the data files without
    ``rule_priors.tsv``, so that new priors are smoothed toward the code default and not
    toward the previous measurement. ``with_priors``: built with the shipped priors, to see
    how well they are calibrated."""
    out = Path(f"/tmp/newskg-calibrate-{split}{'-priors' if with_priors else ''}")
    if rebuild or not (out / "graph.ttl").is_file():
        data = SHARED / "benchmarks" / "conll04" / f"{split}.jsonl"
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(ROOT / "ontology" / "data", Path(tmp) / "data",
                            ignore=None if with_priors else shutil.ignore_patterns(PRIORS.name))
            env = {**os.environ, "NEWSKG_DATA_DIR": str(Path(tmp) / "data")}
            subprocess.run([sys.executable, "-m", "kg", "build", str(data), "--out", str(out), "--reparse"],
                           cwd=ROOT, check=False, capture_output=True, env=env)
    return out / "graph.ttl"


def judge(split: str, rebuild: bool, sc, with_priors: bool = False) -> list[tuple[str, float, bool]]:
    """(rule, confidence, right) for every evidence node of a scored type."""
    from rdflib import RDF, RDFS, Graph
    from rdflib.namespace import DCTERMS, PROV, SKOS

    g = Graph().parse(_graph(split, rebuild, with_priors))
    gold = {}
    for line in (SHARED / "benchmarks" / "conll04" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            gold[rec["id"]] = [r for r in rec["relations"] if r["type"] in sc.SCORED]
    types = defaultdict(set)
    for s, o in g.subject_objects(RDF.type):
        if str(o).startswith(str(sc.NKG)):
            types[s].add(str(o).split("#")[-1])
    names = defaultdict(set)
    for p in (RDFS.label, SKOS.altLabel):
        for s, o in g.subject_objects(p):
            names[s].add(sc.norm(o))
    ident = {a: str(i) for a, i in g.subject_objects(DCTERMS.identifier)}
    out = []
    for ev in g.subjects(RDF.type, RDF.Statement):
        s, p, o = g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)
        t = sc.conll_type(str(p), types[s], types[o])
        if t is None:
            continue
        doc = ident.get(g.value(ev, PROV.wasDerivedFrom), "")
        right = any(r["type"] == t and sc.names_match(r["head"], names[s]) and sc.names_match(r["tail"], names[o])
                    for r in gold.get(doc, ()))
        out.append((str(g.value(ev, sc.NKG.rule)), float(g.value(ev, sc.NKG.confidence)), right))
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"write {PRIORS.relative_to(ROOT)}")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--with-priors", action="store_true",
                    help="judge graphs built with the shipped priors (their reliability table)")
    args = ap.parse_args()
    sc = _scorer()
    rows = judge("train", args.rebuild, sc, args.with_priors) + judge("dev", args.rebuild, sc, args.with_priors)

    by_rule = defaultdict(list)
    for rule, conf, right in rows:
        by_rule[rule].append((conf, right))
    print("| rule | evidence | right | precision | 95% interval | confidence given | prior |")
    print("|---|---:|---:|---:|---|---:|---:|")
    priors = {}
    for rule, items in sorted(by_rule.items(), key=lambda kv: -len(kv[1])):
        n, k = len(items), sum(r for _, r in items)
        given = sum(c for c, _ in items) / n
        lo, hi = wilson(k, n)
        prior = (k + SMOOTH * given) / (n + SMOOTH) if n >= MIN_N and rule not in NOT_JUDGED else None
        if prior is not None:
            priors[rule] = (round(prior, 2), n, k)
        print(f"| {rule} | {n} | {k} | {k / n:.2f} | {lo:.2f}–{hi:.2f} | {given:.2f} | "
              f"{'' if prior is None else f'{prior:.2f}'} |")

    print("\nReliability (evidence nodes of scored types, by the confidence they carry):\n")
    print("| confidence | evidence | mean confidence | observed precision |")
    print("|---|---:|---:|---:|")
    bins = defaultdict(list)
    for _, conf, right in rows:
        bins[min(9, int(conf * 10))].append((conf, right))
    for b in sorted(bins):
        items = bins[b]
        print(f"| {b / 10:.1f}–{(b + 1) / 10:.1f} | {len(items)} | {sum(c for c, _ in items) / len(items):.2f} | "
              f"{sum(r for _, r in items) / len(items):.2f} |")

    if args.write:
        lines = ["# rule\tprior\tevidence\tright  (bench/calibrate.py --write: CoNLL04 train+dev, smoothed; "
                 "a lower bound, see docs/calibration.md)"]
        lines += [f"{rule}\t{p}\t{n}\t{k}" for rule, (p, n, k) in sorted(priors.items())]
        PRIORS.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"\nwrote {PRIORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
