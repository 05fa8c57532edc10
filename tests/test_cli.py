"""The kg command through its entry point, with tmp_path outputs."""
import csv
import io
import json
import subprocess
import sys

from kg.cli import main

from conftest import ROOT


def test_query_formats(seed_build, capsys):
    _, out = seed_build
    q = "SELECT ?name WHERE { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name"
    assert main(["query", q, "--out", str(out)]) == 0
    table = capsys.readouterr().out
    assert "Vladimir Putin" in table and "rows)" in table
    assert main(["query", q, "--out", str(out), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [b["name"]["value"] for b in data["results"]["bindings"]]
    assert "Xi Jinping" in names and data["head"]["vars"] == ["name"]
    assert main(["query", q, "--out", str(out), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["name"] and ["Vladimir Putin"] in rows
    assert main(["query", q, "--out", str(out), "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "?name" and '"Vladimir Putin"' in lines


def test_query_file_ask_and_construct(seed_build, tmp_path, capsys):
    _, out = seed_build
    rq = tmp_path / "who.rq"
    rq.write_text("SELECT ?c WHERE { ?p rdfs:label 'Xi Jinping' ; nkg:leaderOf/rdfs:label ?c }", encoding="utf-8")
    assert main(["query", str(rq), "--out", str(out)]) == 0
    assert "China" in capsys.readouterr().out
    assert main(["query", "ASK { ?x nkg:invaded ?y }", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == "yes"
    assert main(["query", "CONSTRUCT { ?p nkg:leaderOf ?c } WHERE { ?p nkg:leaderOf ?c }", "--out", str(out),
                 "--format", "turtle"]) == 0
    assert "leaderOf" in capsys.readouterr().out


def test_query_errors_are_messages_not_tracebacks(seed_build, tmp_path, capsys):
    _, out = seed_build
    assert main(["query", "SELECT WHERE {", "--out", str(out)]) == 2
    assert "syntax" in capsys.readouterr().err.lower()
    assert main(["query", "SELECT * WHERE { ?s ?p ?o }", "--out", str(tmp_path)]) == 2
    assert "kg build" in capsys.readouterr().err
    assert main(["query", "missing.rq", "--out", str(out)]) == 2
    assert "no such query file" in capsys.readouterr().err


def test_bad_input_file_is_named_and_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Leaders meet\n\nFrench President Marie Dubois met Hans Weber in Berlin.\n",
                                     encoding="utf-8")
    (inputs / "broken.txt").write_bytes(b"\xff\xfe\x00bad")
    (inputs / "lines.jsonl").write_text('{"id": "j", "text": "Iraq invaded Kuwait."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "kg", "build", str(inputs), "--out", str(out)],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert run.returncode == 1
    assert "broken.txt" in run.stderr and "binary" in run.stderr
    assert "lines.jsonl:2" in run.stderr and "invalid JSON" in run.stderr
    assert "articles read: 2" in run.stdout
    assert (out / "graph.ttl").exists() and (out / "graph.html").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]      # no temporary files left


def test_nothing_to_build_fails_and_keeps_the_previous_build(seed_build, tmp_path, capsys):
    import shutil
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "o" / "graph.ttl").exists()
    _, built = seed_build
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    before = (out / "graph.ttl").read_bytes()
    assert main(["build", str(tmp_path / "nope"), "--out", str(out)]) == 2
    assert (out / "graph.ttl").read_bytes() == before
    from kg.store import GraphStore
    assert len(GraphStore(out / "store").records()) == 5


def test_example_queries_run_by_name(seed_build, capsys):
    from kg.query import example_queries
    _, out = seed_build
    names = list(example_queries())
    assert {"who-met", "leaders-by-country", "events-by-date", "facts-with-evidence", "most-cited-entities"} <= set(names)
    for name in names:
        assert main(["query", name, "--out", str(out)]) == 0, name
        assert "row" in capsys.readouterr().out.splitlines()[-1], name
    assert main(["query", "--list"]) == 0
    assert "who-met" in capsys.readouterr().out


def test_analyze_writes_tables_and_answers_paths(seed_build, capsys):
    import json as _json
    _, out = seed_build
    nodes = _json.loads((out / "analytics" / "nodes.json").read_text(encoding="utf-8"))
    assert {"id", "label", "type", "pagerank", "degree", "weighted_degree", "betweenness", "community"} <= set(nodes[0])
    before = {n["id"]: n["community"] for n in nodes}
    assert main(["analyze", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Top people by PageRank" in text and "Timeline" in text
    after = {n["id"]: n["community"] for n in _json.loads((out / "analytics" / "nodes.json").read_text(encoding="utf-8"))}
    assert before == after                                   # fixed seed: communities repeat
    timeline = (out / "analytics" / "timeline.csv").read_text(encoding="utf-8")
    assert "2023-03-20" in timeline and "Moscow" in timeline
    assert main(["analyze", "--out", str(out), "--path", "Antony Blinken", "Xi Jinping"]) == 0
    path = capsys.readouterr().out
    assert path.startswith("1. Antony Blinken") and "\u201c" in path
    assert main(["analyze", "--out", str(out), "--focus", "Vladimir Putin", "--hops", "1"]) == 0
    assert "neighbourhood of Vladimir Putin" in capsys.readouterr().out
    assert main(["analyze", "--out", str(out), "--focus", "Nobody Atall"]) == 2


def test_analyze_event_projections_and_bridges(seed_build, tmp_path, capsys):
    import json
    import shutil
    _, built = seed_build
    out = tmp_path / "out"
    shutil.copytree(built, out, symlinks=True)
    assert (out / "index.html").is_file() and "Open the graph" in (out / "index.html").read_text(encoding="utf-8")
    assert main(["analyze", "--out", str(out), "--events", "drop"]) == 0
    nodes = json.loads((out / "analytics" / "nodes.json").read_text(encoding="utf-8"))
    assert nodes and not any(n["event"] for n in nodes) and "bridges" in nodes[0]
    assert main(["analyze", "--out", str(out), "--events", "collapse"]) == 0
    edges = json.loads((out / "analytics" / "edges.json").read_text(encoding="utf-8"))
    assert any(e["predicate"] == "co:Meeting" and {e["source_label"], e["target_label"]} == {"Vladimir Putin", "Xi Jinping"}
               for e in edges)
    assert "Bridges between communities" in capsys.readouterr().out
