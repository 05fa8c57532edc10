"""Shared fixtures: the real spaCy pipeline (loaded once), the gazetteer, one seed build."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from spacy.tokens import Doc
import spacy

from kg.config import DATA_DIR, Settings
from kg.gazetteer import load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer(DATA_DIR)


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import load_pipeline
    return load_pipeline(Settings())


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """One build of the seed articles, shared by every test that reads its outputs."""
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("seed-out")
    report = build([SEEDS], out, Settings())
    return report, out


@pytest.fixture(scope="session")
def analyze_text(nlp, gaz):
    """Run the real pipeline and our rules on a short text; return the DocResult."""
    from kg.extract import analyze_doc
    from kg.ingest import article_from_text

    def run(text: str, article_id: str = "t", pub_date=None, title: str | None = "test"):
        """``title=None``: the first line is the headline, as in a .txt file."""
        from kg.nlp.datelines import for_model

        article = article_from_text(article_id, text, gaz, title=title, pub_date=pub_date)
        return analyze_doc(nlp(for_model(article.text)), article, gaz)   # as the build reads it
    return run


_VOCAB = []


def _blank_vocab():
    """English lexical attributes (lower case, shape) without a model."""
    if not _VOCAB:
        _VOCAB.append(spacy.blank("en").vocab)
    return _VOCAB[0]


def make_doc(words, heads, deps, pos, ents=(), lemmas=None, tags=None, sent_starts=None):
    """A hand-built, parsed Doc: heads are absolute token indices (spaCy's tests do the same)."""
    vocab = _blank_vocab()
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas or [w.lower() for w in words], tags=tags,
              ents=[f"B-{label}" if i == s else f"I-{label}" if s < i < e else "O"
                    for i in range(len(words)) for (s, e, label) in [next(((s, e, l) for s, e, l in ents if s <= i < e),
                                                                         (-1, -1, ""))]]
              if ents else None)
    return doc


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    path = chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Debian chromium is missing: .ci/run installs it (sh .ci/install-chromium.sh)")
        pytest.skip("chromium is not installed (run: sh .ci/install-chromium.sh)")
    return path
