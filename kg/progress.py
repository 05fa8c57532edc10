"""A progress bar for long builds: articles done, words per second, time left.

Shown only on an interactive terminal and never under CI (``CI`` set), so logs stay clean.
"""
from __future__ import annotations

import os
import sys
import time
from typing import Iterable, Iterator

__all__ = ["wanted", "track"]


def wanted() -> bool:
    """Whether to draw a bar: stderr is a terminal and this is not a CI run."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def track(results: Iterable, total: int, words: list[int]) -> Iterator:
    """Yield ``results`` unchanged while drawing a bar; ``words[i]`` is article i's length."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    done_words = 0
    start = time.perf_counter()
    columns = (TextColumn("parsing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeRemainingColumn())
    with Progress(*columns, transient=True, console=None) as bar:
        task = bar.add_task("parse", total=total, rate="")
        for i, item in enumerate(results):
            done_words += words[i] if i < len(words) else 0
            rate = done_words / max(time.perf_counter() - start, 1e-6)
            bar.update(task, advance=1, rate=f"{rate:,.0f} words/s")
            yield item
