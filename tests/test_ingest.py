import json
from datetime import date

import pytest

from kg.ingest import clean_debris, read_inputs


def test_debris_is_blanked_with_offsets_kept(gaz):
    raw = ("Title here\nMar 21, 2023164 Shares2565 Views\nReal text about Moscow.\n"
           "Vladimir+Putin+and+Xi+Jinping+during+their+3%2F20%2F23+summit\nJump to\nLatest Articles\n"
           "Give Your Comments\n")
    cleaned = clean_debris(raw, gaz)
    assert len(cleaned) == len(raw)
    assert "Shares" not in cleaned and "Jump" not in cleaned and "Latest" not in cleaned
    assert "Comments" not in cleaned and "%2F" not in cleaned
    assert cleaned.index("Real text about Moscow.") == raw.index("Real text about Moscow.")
    assert "Mar 21, 2023" in cleaned


def test_txt_folder_and_jsonl(tmp_path, gaz):
    (tmp_path / "a.txt").write_text("Latest In\n\nHeadline one\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Body two.", "title": "T2", "date": "2023-03-21T10:00:00Z", "x": 1}) + "\n"
        + json.dumps({"id": "j2", "text": "Body three."}) + "\n", encoding="utf-8")
    articles, problems = read_inputs([tmp_path], gaz)
    assert problems == []
    by_id = {a.id: a for a in articles}
    assert by_id["a"].title == "Headline one"        # navigation debris is not the title
    assert by_id["j1"].title == "T2" and by_id["j1"].date == date(2023, 3, 21)
    assert by_id["j2"].title == "Body three." and by_id["j2"].date is None


def test_bad_inputs_are_reported_and_the_rest_read(tmp_path, gaz):
    (tmp_path / "good.txt").write_text("Headline\n\nText.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news\n\n\u201cQuoted\u201d text.\n".encode("cp1252"))
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{not json\n{"id": "x"}\n[1]\n',
                                        encoding="utf-8")
    other = tmp_path.parent / f"{tmp_path.name}-notes.md"
    other.write_text("not an article", encoding="utf-8")
    articles, problems = read_inputs([tmp_path, tmp_path / "missing.txt", other], gaz)
    assert sorted(a.id for a in articles) == ["good", "latin1", "ok"]
    latin = next(a for a in articles if a.id == "latin1")
    assert latin.title == "Caf\u00e9 news" and "\u201cQuoted\u201d" in latin.text     # no mojibake
    messages = [str(p) for p in problems]
    assert any("latin1.txt:1" in m and "Windows-1252" in m and "warning" in m for m in messages)
    assert any("image.txt" in m and "binary" in m for m in messages)
    assert any("empty.txt" in m and "empty" in m for m in messages)
    assert any("bad.jsonl:2" in m and "invalid JSON" in m for m in messages)
    assert any("bad.jsonl:3" in m and '"text"' in m for m in messages)
    assert any("bad.jsonl:4" in m and "object" in m for m in messages)
    assert any("missing.txt" in m and "no such" in m for m in messages)
    assert any("notes.md" in m and "unsupported" in m for m in messages)


def test_duplicate_ids_keep_the_first(tmp_path, gaz):
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "One."}\n{"id": "1", "text": "Two."}\n', encoding="utf-8")
    articles, problems = read_inputs([tmp_path / "a.jsonl"], gaz)
    assert [a.text for a in articles] == ["One."]
    assert "duplicate" in str(problems[0])


def test_bom_and_crlf(tmp_path, gaz):
    (tmp_path / "bom.txt").write_bytes("\ufeffHeadline\r\n\r\nBody text.\r\n".encode("utf-8"))
    (tmp_path / "bom.jsonl").write_bytes("\ufeff".encode("utf-8") + b'{"id": "b", "text": "Body."}\n')
    articles, problems = read_inputs([tmp_path], gaz)
    assert problems == []
    by_id = {a.id: a for a in articles}
    assert by_id["bom"].title == "Headline" and "\r" not in by_id["bom"].text
    assert by_id["b"].text == "Body."


def test_long_article_is_parsed_in_pieces_with_article_offsets(tmp_path):
    from kg.config import Settings
    from kg.extract import MAX_CHARS, chunks
    from kg.pipeline import build
    filler = "The weather was mild and the markets were calm that week. " * 60
    news = "German Chancellor Hans Weber met French President Marie Dubois in Berlin."
    paras = [filler] * ((int(2.2 * MAX_CHARS)) // len(filler))
    paras[len(paras) // 2] = news
    paras[-1] = news
    text = "Summit\n\n" + "\n\n".join(paras)
    pieces = chunks(text)
    assert len(pieces) >= 3 and "".join(p for _, p in pieces) == text
    assert all(len(p) <= MAX_CHARS for _, p in pieces)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    report = build([tmp_path / "long.txt"], tmp_path / "out", Settings())
    assert report.ok and report.facts_by_predicate.get("leaderOf")
    from rdflib import Graph
    g = Graph().parse(tmp_path / "out" / "graph.ttl")
    for row in g.query("""PREFIX nkg: <https://w3id.org/newskg/ontology#>
                          SELECT ?s ?a ?b WHERE { ?e nkg:sentence ?s ; nkg:charStart ?a ; nkg:charEnd ?b }"""):
        assert text[int(row.a):int(row.b)] == str(row.s)


def test_symlink_loops_broken_links_and_unreadable_files(tmp_path, gaz, monkeypatch):
    from pathlib import Path
    from kg.ingest import read_inputs
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Headline\n\nText.\n", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to("..")                 # a folder loop
    (tmp_path / "self.txt").symlink_to("self.txt")              # a link to itself
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")           # a broken link
    (tmp_path / "secret.txt").write_text("Secret\n\nText.\n", encoding="utf-8")
    real = Path.read_bytes

    def guarded(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", guarded)
    articles, problems = read_inputs([tmp_path, tmp_path / "self.txt"], gaz)
    assert [a.id for a in articles] == ["good"]
    messages = [str(p) for p in problems]
    assert sum("self.txt" in m and "loop" in m for m in messages) == 2
    assert any("gone.txt" in m and "broken symbolic link" in m for m in messages)
    assert any("secret.txt" in m and "Permission denied" in m for m in messages)


def _twenty_mb(path):
    para = ("Officials in Nairobi said on Monday that the talks on trade and security would continue, "
            "and ministers from several countries were expected to attend the meetings next week. ") * 4
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("A very long report\n\n")
        while fh.tell() < 20_000_000:
            fh.write(para + "\n\n")


def test_twenty_megabyte_article_is_read_and_split_within_spacy_limits(tmp_path, gaz, nlp):
    from kg.extract import chunks
    from kg.ingest import read_inputs
    _twenty_mb(tmp_path / "huge.txt")
    articles, problems = read_inputs([tmp_path / "huge.txt"], gaz)
    assert problems == [] and len(articles) == 1 and len(articles[0].text) >= 20_000_000
    pieces = chunks(articles[0].text)
    assert all(len(p) < nlp.max_length for _, p in pieces)
    assert "".join(p for _, p in pieces) == articles[0].text            # offsets add up to the article
    assert all(p.endswith("\n") or k == len(pieces) - 1 for k, (_, p) in enumerate(pieces))   # at paragraph breaks


@pytest.mark.slow
def test_twenty_megabyte_article_builds_with_bounded_memory(tmp_path):
    """Opt-in (pytest -m slow; about 20 minutes here): the whole build, peak RSS under 1.5 GB."""
    import re
    import subprocess
    import sys
    from conftest import ROOT
    _twenty_mb(tmp_path / "huge.txt")
    run = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", str(tmp_path / "huge.txt"),
                          "--out", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    assert peak_kb < 1_500_000
