import json
from datetime import date

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
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 news\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{not json\n{"id": "x"}\n[1]\n',
                                        encoding="utf-8")
    other = tmp_path.parent / f"{tmp_path.name}-notes.md"
    other.write_text("not an article", encoding="utf-8")
    articles, problems = read_inputs([tmp_path, tmp_path / "missing.txt", other], gaz)
    assert sorted(a.id for a in articles) == ["good", "ok"]
    messages = [str(p) for p in problems]
    assert any("latin1.txt:1" in m and "UTF-8" in m for m in messages)
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
