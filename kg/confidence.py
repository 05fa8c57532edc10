"""How sure the graph is of a fact: rule priors, and evidence combined across articles.

Each rule has a prior, the share of its outputs that were right when measured
(``ontology/data/rule_priors.tsv``, written by ``bench/calibrate.py``). A rule not listed
keeps the confidence its code gives.

A fact seen several times combines its evidence by **noisy-or over articles**: within one
article the evidence is not independent (the same writer, often the same sentence pattern),
so each article counts once with its best evidence; different articles are treated as
independent witnesses, so ``1 - prod(1 - c_article)``. Two articles at 0.7 give 0.91.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from kg.model import Evidence

__all__ = ["combine", "noisy_or", "rule_priors", "CAP"]

#: No fact extracted from text is certain: combined confidence stops here.
CAP = 0.999


def noisy_or(per_article: Iterable[float]) -> float:
    """``1 - prod(1 - c)`` over one confidence per article, rounded and capped at :data:`CAP`.

    >>> noisy_or([0.7, 0.7])
    0.91
    """
    miss = 1.0
    for c in per_article:
        miss *= 1.0 - c
    return min(CAP, round(1.0 - miss, 3))


def combine(evidence: Iterable[Evidence]) -> tuple[float, int]:
    """(combined confidence, number of distinct articles) of one fact's evidence.

    >>> from kg.model import Evidence
    >>> ev = lambda a, c: Evidence(a, "s", 0, 1, "r", c)
    >>> combine([ev("a", 0.7), ev("a", 0.6), ev("b", 0.7)])
    (0.91, 2)
    """
    best: dict[str, float] = defaultdict(float)
    for ev in evidence:
        best[ev.article_id] = max(best[ev.article_id], ev.confidence)
    return noisy_or(best.values()), len(best)


@lru_cache(maxsize=4)
def rule_priors(data_dir: Path) -> dict[str, float]:
    """rule name -> measured prior, from ``rule_priors.tsv`` (empty if the file is absent)."""
    path = Path(data_dir) / "rule_priors.tsv"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rule, prior, *_ = line.split("\t")
        out[rule] = float(prior)
    return out
