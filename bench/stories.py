#!/usr/bin/env python3
"""Build the stories written for this project and compare their facts with the recorded ones.

    python bench/stories.py            # build, print what changed against bench/stories/expected.txt
    python bench/stories.py --write    # build and record the current facts as expected

bench/stories/stories.jsonl holds news stories written here to test the heuristics on text
nobody tuned them on (summits, visits, court orders, coups, company news; wire and BBC styles).
They carry no labels: expected.txt is the graph's facts and events as one line each
(subject | predicate | object, by label), read and accepted by a person when recorded. A
change to the rules shows here as lines lost (<) and gained (>), to be read before accepting.
Exit code 1 when anything changed.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "bench" / "stories" / "stories.jsonl"
EXPECTED = ROOT / "bench" / "stories" / "expected.txt"

_QUERY = """PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o ?sl ?ol ?type WHERE {
  ?s ?p ?o . FILTER(STRSTARTS(STR(?p), STR(nkg:)))
  FILTER(?p NOT IN (nkg:mentionedIn, nkg:sentence, nkg:charStart, nkg:charEnd, nkg:rule, nkg:confidence,
                    nkg:quote, nkg:reportedSpeech, nkg:cameoCode))
  FILTER NOT EXISTS { ?s a rdf:Statement }
  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol }
  OPTIONAL { ?s a ?type FILTER(?type != nkg:Event && STRSTARTS(STR(?type), STR(nkg:))) } }"""


def facts(graph: Path) -> list[str]:
    """One line per fact or event argument of a built graph, by label, sorted."""
    from pyoxigraph import RdfFormat, Store
    store = Store()
    store.load(path=str(graph), format=RdfFormat.TURTLE)
    lines = set()
    for row in store.query(_QUERY):
        subject = row["sl"].value if row["sl"] is not None else row["s"].value
        if row["type"] is not None and row["type"].value.endswith(("Meeting", "Visit", "LegalAction", "MilitaryAction",
                                                                   "Aid", "Statement", "Agreement", "Election")):
            if row["type"].value.endswith("Statement"):
                continue   # statements change with every quote rule; the other events are the graph's news
            subject = f"[{row['type'].value.split('#')[-1]}] {subject}"
        obj = row["ol"].value if row["ol"] is not None else row["o"].value
        lines.add(f"{subject} | {row['p'].value.split('#')[-1]} | {obj}")
    return sorted(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="record the current facts as expected")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as out:
        build = subprocess.run([sys.executable, "-m", "kg", "build", str(STORIES), "--out", out],
                               cwd=ROOT, capture_output=True, text=True)
        if build.returncode != 0:
            print(build.stderr, file=sys.stderr)
            return build.returncode
        now = facts(Path(out) / "graph.ttl")
    if args.write:
        EXPECTED.write_text("\n".join(now) + "\n", encoding="utf-8")
        print(f"recorded {len(now)} lines in {EXPECTED.relative_to(ROOT)}")
        return 0
    before = EXPECTED.read_text(encoding="utf-8").splitlines() if EXPECTED.exists() else []
    lost, gained = sorted(set(before) - set(now)), sorted(set(now) - set(before))
    for line in lost:
        print(f"< {line}")
    for line in gained:
        print(f"> {line}")
    print(f"# {len(now)} lines; {len(lost)} lost, {len(gained)} gained")
    return 1 if lost or gained else 0


if __name__ == "__main__":
    sys.exit(main())
