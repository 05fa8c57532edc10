#!/usr/bin/env python3
"""MEANTIME (Wikinews, sentences 0-5 of each article): events, participants, dates.

    python bench/meantime.py [--show N]

Builds the first six sentences of each of the 120 English MEANTIME documents (title, date
line and four sentences; the document creation time as the article date) and reports:

- **event-trigger recall** for the events the contract covers: gold event mentions whose
  predicate maps to a contract event type (the table COVERED below, fixed here, independent of
  our lexicon) count as found when the graph has an event of that type with evidence in the
  same sentence;
- **participant precision/recall** (Arg0/Arg1 links to entity mentions) of the found events:
  a gold participant is matched when one of the event's participants has a label or
  alternative label equal to it or contained in it at word boundaries;
- **TIMEX3 dates**: the share of gold DATE expressions (creation time excluded) that our
  normaliser, anchored on the document date, turns into the same value.

MEANTIME is licensed for research; it is read from ../shared, never copied here.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "benchmarks" / "meantime" / "meantime_en_intra_doc_annotation.jsonl"
SENTENCES = 6

#: MEANTIME predicate lemma -> contract event type (the events the contract covers).
COVERED = {
    **dict.fromkeys(["meet", "meeting", "talk", "talks", "summit", "negotiate", "negotiation"], "Meeting"),
    **dict.fromkeys(["visit", "travel", "trip", "tour"], "Visit"),
    **dict.fromkeys(["sue", "lawsuit", "charge", "arrest", "indict", "convict", "sentence", "trial",
                     "prosecute", "investigate", "investigation", "fine", "ruling", "rule"], "LegalAction"),
    **dict.fromkeys(["attack", "strike", "bomb", "bombing", "invade", "invasion", "shell", "raid",
                     "war", "fight", "offensive"], "MilitaryAction"),
    **dict.fromkeys(["aid", "donate", "donation", "assistance", "relief"], "Aid"),
    **dict.fromkeys(["say", "tell", "state", "announce", "claim", "add", "comment", "declare"], "Statement"),
    **dict.fromkeys(["agree", "agreement", "deal", "sign", "treaty", "accord"], "Agreement"),
    **dict.fromkeys(["elect", "election", "vote", "referendum", "re-elect"], "Election"),
}


def _dct(d: dict) -> date | None:
    """The document creation time (ISO, or month-day-year in a few documents)."""
    from datetime import datetime

    raw = d.get("dct") or ""
    for fmt in ("%Y-%m-%d", "%m-%d-%Y"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _matches(gold: str, names: set[str]) -> bool:
    g = _norm(gold)
    return bool(g) and any(n and (n == g or re.search(rf"\b{re.escape(g)}\b", n) or re.search(rf"\b{re.escape(n)}\b", g))
                           for n in names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", type=int, default=0, help="list N missed covered events")
    args = ap.parse_args()
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]

    tmp = Path(tempfile.mkdtemp(prefix="newskg-meantime-"))
    spans = {}                                   # doc id -> [(start, end)] of each sentence in our text
    with open(tmp / "meantime.jsonl", "w", encoding="utf-8") as fh:
        for d in docs:
            sents = d["sentences"][:SENTENCES]
            offs, pos = [], 0
            for s in sents:
                offs.append((pos, pos + len(s)))
                pos += len(s) + 1
            spans[d["doc_id"]] = offs
            record = {"id": d["doc_id"], "title": d["title"], "text": "\n".join(sents)}
            if _dct(d):
                record["date"] = _dct(d).isoformat()
            fh.write(json.dumps(record) + "\n")
    subprocess.run([sys.executable, "-m", "kg", "build", str(tmp / "meantime.jsonl"), "--out", str(tmp / "out")],
                   cwd=ROOT, check=False, capture_output=True)
    from rdflib import Graph

    g = Graph().parse(tmp / "out" / "graph.ttl")
    pre = """PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
             PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
             PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
             """
    names = defaultdict(set)
    for r in g.query(pre + "SELECT ?n ?l WHERE { { ?n rdfs:label ?l } UNION { ?n skos:altLabel ?l } }"):
        names[r.n].add(_norm(r.l))
    # our events by (doc, sentence index, type) -> participants
    ours: dict[tuple[str, int, str], set] = defaultdict(set)
    for r in g.query(pre + """SELECT ?doc ?start ?type ?p WHERE {
            ?e a nkg:Event, ?type . FILTER(?type != nkg:Event)
            ?ev rdf:subject ?e ; rdf:predicate nkg:participant ; rdf:object ?p ; nkg:charStart ?start ;
                prov:wasDerivedFrom/dcterms:identifier ?doc }"""):
        doc = str(r.doc)
        start = int(r.start)
        idx = next((i for i, (a, b) in enumerate(spans.get(doc, [])) if a <= start < b + 1), None)
        if idx is not None:
            ours[(doc, idx, str(r.type).split("#")[-1])].add(r.p)

    found = total = 0
    by_type = Counter()
    found_type = Counter()
    tp = fn = 0
    predicted_pairs = matched_pred = 0
    missed = []
    for d in docs:
        ents = {m["m_id"]: m for m in d["entity_mentions"]}
        roles = defaultdict(list)
        for link in d["has_participant"]:
            if link.get("sem_role") in ("Arg0", "Arg1") and link["target"] in ents:
                roles[link["source"]].append(ents[link["target"]]["text"])
        for ev in d["event_mentions"]:
            if ev["sent"] >= SENTENCES:
                continue
            kind = COVERED.get((ev.get("pred") or ev.get("text") or "").lower())
            if kind is None:
                continue
            total += 1
            by_type[kind] += 1
            parts = ours.get((d["doc_id"], ev["sent"], kind))
            if parts is None:
                missed.append((d["doc_id"], kind, ev["text"], d["sentences"][ev["sent"]][:140]))
                continue
            found += 1
            found_type[kind] += 1
            gold = roles.get(ev["m_id"], [])
            for name in gold:
                if any(_matches(name, names[p]) for p in parts):
                    tp += 1
                else:
                    fn += 1
            predicted_pairs += len(parts)
            matched_pred += sum(1 for p in parts if any(_matches(name, names[p]) for name in gold))

    # TIMEX3 dates through our normaliser
    from kg.extract.dates import normalize_date
    t_total = t_same = 0
    for d in docs:
        anchor = _dct(d)
        for t in d["timex"]:
            if t["sent"] >= SENTENCES or t["type"] != "DATE" or t.get("function") == "CREATION_TIME":
                continue
            t_total += 1
            got = normalize_date(t["text"], anchor)
            t_same += got is not None and got.value == t["value"]

    print(f"# MEANTIME, sentences 0-{SENTENCES - 1} of {len(docs)} documents")
    print(f"event-trigger recall (covered types): {found}/{total} = {found / max(total, 1):.3f}")
    for kind in sorted(by_type):
        print(f"  {kind:15} {found_type[kind]}/{by_type[kind]}")
    print(f"participants (Arg0/Arg1) of found events: precision {matched_pred}/{predicted_pairs} = "
          f"{matched_pred / max(predicted_pairs, 1):.3f}, recall {tp}/{tp + fn} = {tp / max(tp + fn, 1):.3f}")
    print(f"TIMEX3 DATE values normalised the same: {t_same}/{t_total} = {t_same / max(t_total, 1):.3f}")
    for m in missed[:args.show]:
        print("MISS", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
