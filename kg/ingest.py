"""Read articles from ``.txt`` files, ``.jsonl`` files and folders of them.

A bad file or line never stops the run: it becomes an :class:`InputProblem` (file, line,
reason) and the other inputs are still read. Web-page debris (navigation, share counters,
URL-encoded captions) is blanked with spaces of the same length, so character offsets in
evidence still point into the article text exactly as read.
"""
from __future__ import annotations

import errno

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator

from kg.extract.dates import parse_publication_date
from kg.gazetteer import Gazetteer
from kg.model import Article

__all__ = ["InputProblem", "read_inputs", "clean_debris", "article_from_text", "decode"]


@dataclass(frozen=True)
class InputProblem:
    """A file (and line) that could not be read, and why. A warning was still built."""

    path: str
    line: int | None
    reason: str

    @property
    def is_warning(self) -> bool:
        return self.reason.endswith("(warning)")

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def clean_debris(text: str, gaz: Gazetteer) -> str:
    """Blank web-page debris, keeping every other character where it was."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and any(p.fullmatch(stripped) for p in gaz.debris_lines):
            body = " " * len(body)
        else:
            for pattern in gaz.debris_spans:
                body = pattern.sub(lambda m: " " * len(m.group(0)), body)
        out.append(body + line[len(line.rstrip("\r\n")):])
    return "".join(out)


def _title(cleaned: str) -> str:
    for line in cleaned.splitlines():
        if line.strip():
            return " ".join(line.split())
    return ""


def article_from_text(article_id: str, raw: str, gaz: Gazetteer, *, title: str | None = None,
                      pub_date: date | None = None, source: str = "") -> Article:
    """Build an :class:`Article`: debris blanked, title from the first real line, publication
    date as given or as the text states it."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    cleaned = clean_debris(raw, gaz)
    return Article(
        id=article_id,
        title=title if title else _title(cleaned),
        text=cleaned,
        date=pub_date if pub_date else parse_publication_date(raw),
        source=source,
    )


def decode(data: bytes, where: str) -> tuple[str | None, InputProblem | None]:
    """Bytes -> text. UTF-8 (a BOM is dropped); else Windows-1252, with a warning, since
    scraped news is often cp1252 with curly quotes. NUL bytes mean binary: refused."""
    if b"\x00" in data:
        return None, InputProblem(where, None, "binary file (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None, InputProblem(where, line, f"not UTF-8 text (byte {exc.start}: {exc.reason})")
        return text, InputProblem(where, line, f"not UTF-8 (byte {exc.start}); decoded as Windows-1252 "
                                               f"and built (warning)")


def _read_txt(path: Path, gaz: Gazetteer) -> tuple[list[Article], list[InputProblem]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [InputProblem(str(path), None, f"cannot read: {exc.strerror or exc}")]
    raw, problem = decode(data, str(path))
    problems = [problem] if problem else []
    if raw is None:
        return [], problems
    if not raw.strip():
        return [], [InputProblem(str(path), None, "empty file: no article to build")]
    return [article_from_text(path.stem, raw, gaz, source=str(path))], problems


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _read_jsonl(path: Path, gaz: Gazetteer) -> tuple[list[Article], list[InputProblem]]:
    articles, problems = [], []
    try:
        handle = path.open("rb")
    except OSError as exc:
        return [], [InputProblem(str(path), None, f"cannot read: {exc.strerror or exc}")]
    with handle:
        for lineno, blob in enumerate(handle, 1):
            if lineno == 1 and blob.startswith(b"\xef\xbb\xbf"):
                blob = blob[3:]
            try:
                line = blob.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(InputProblem(str(path), lineno, f"not UTF-8 ({exc.reason})"))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(InputProblem(str(path), lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
                continue
            if not isinstance(record, dict):
                problems.append(InputProblem(str(path), lineno, "a line must be a JSON object"))
                continue
            text = record.get("text")
            if not isinstance(text, str) or not text.strip():
                problems.append(InputProblem(str(path), lineno, 'missing or empty "text"'))
                continue
            ident = record.get("id")
            if ident is None or (isinstance(ident, str) and not ident.strip()):
                ident = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
                problems.append(InputProblem(str(path), lineno, f'missing "id": using content hash {ident}'))
            pub = None
            raw_date = record.get("date")
            if raw_date:
                try:
                    pub = date.fromisoformat(str(raw_date)[:10]) if _ISO_DATE.match(str(raw_date)) else None
                except ValueError:
                    pub = None
                if pub is None:
                    problems.append(InputProblem(str(path), lineno, f'"date" {raw_date!r} is not ISO 8601: ignored'))
            title = record.get("title")
            articles.append(article_from_text(
                str(ident), text, gaz, title=str(title) if title else None, pub_date=pub,
                source=f"{path}:{lineno}"))
    return articles, problems


def _dangling(path: Path) -> str | None:
    """Why a symbolic link cannot be read ("symbolic link loop", "broken symbolic link"), or None."""
    if not path.is_symlink():
        return None
    try:
        path.resolve(strict=True)
    except RuntimeError:                       # Python < 3.13 reports a loop this way
        return "symbolic link loop"
    except OSError as exc:
        return "symbolic link loop" if exc.errno == errno.ELOOP else "broken symbolic link"
    return None


def _files(inputs: list[Path]) -> Iterator[Path | InputProblem]:
    for item in inputs:
        if item.is_dir():
            found, bad = [], []
            for p in sorted(item.rglob("*")):          # rglob does not descend into linked folders
                if p.suffix.lower() not in (".txt", ".jsonl"):
                    continue
                why = _dangling(p)
                if why:
                    bad.append(InputProblem(str(p), None, why))
                elif p.is_file():
                    found.append(p)
            yield from bad
            if not found:
                yield InputProblem(str(item), None, "folder holds no .txt or .jsonl file")
            yield from found
        elif item.is_file():
            if item.suffix.lower() in (".txt", ".jsonl"):
                yield item
            else:
                yield InputProblem(str(item), None, "unsupported file type (expected .txt or .jsonl)")
        else:
            yield InputProblem(str(item), None, _dangling(item) or "no such file or folder")


def read_inputs(inputs: list[Path], gaz: Gazetteer) -> tuple[list[Article], list[InputProblem]]:
    """Read every input; return the articles and the problems met on the way.

    Two articles with the same id keep the first; the second is reported.
    """
    articles: list[Article] = []
    problems: list[InputProblem] = []
    seen: set[str] = set()
    for item in _files(inputs):
        if isinstance(item, InputProblem):
            problems.append(item)
            continue
        reader = _read_jsonl if item.suffix.lower() == ".jsonl" else _read_txt
        got, bad = reader(item, gaz)
        problems.extend(bad)
        for article in got:
            if article.id in seen:
                problems.append(InputProblem(article.source or str(item), None,
                                             f"duplicate article id {article.id!r}: skipped"))
                continue
            seen.add(article.id)
            articles.append(article)
    return articles, problems
