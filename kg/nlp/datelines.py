"""The dateline's dash, read as the line break it stands for.

News agencies open a story with a dateline glued to the lead sentence by a dash:
"NAIROBI, September 13, 2022 - William Ruto was sworn in as ...". spaCy's small model reads
the dateline and the lead as one sentence, and then misses names in the lead (there it tags
no PERSON in "William Ruto") and parses it badly. Given the same text with the dash turned into
a line break, it finds the name and parses the lead as a sentence of its own.

So the model is given the article's text with that one character changed (two for "--"):
the text keeps its length, and every offset into it is an offset into the article.
"""
from __future__ import annotations

import re

__all__ = ["DASHES", "dateline_break", "for_model", "is_dash"]

DASHES = ("-", "--", "\u2014", "\u2013")

_WORD = r"[A-Za-z0-9][\w.'\u2019&-]*"
#: A dateline up to its dash: a place of up to four words, up to four comma parts (a region, a
#: country, a date, a year), an agency in parentheses, then the dash and a capitalised word.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\u2019&-]*(?: [A-Z][\w.'\u2019&-]*){0,3})"
    rf"(?P<parts>(?:, {_WORD}(?: {_WORD}){{0,3}}){{0,4}})"
    r"(?P<agency> \([A-Za-z][\w.&' -]{0,30}\))?"
    r" ?(?P<dash>--|[-\u2014\u2013]) +(?=[A-Z\"\u201c'\u2018])")
#: How far into a text a dateline may start.
_REACH = 600


def dateline_break(text: str) -> tuple[int, int] | None:
    """The span of the dash that ends a dateline at the start of one of the text's first lines,
    if there is one. A dateline's place is in capitals ("KYIV -"), or is followed by commas
    ("Taipei, Taiwan -") or by the agency ("Kyiv (Reuters) -")."""
    start = 0
    while start < min(len(text), _REACH):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        m = _DATELINE.match(text, start, end)
        if m and (m.group("place").isupper() and len(m.group("place")) > 1 or m.group("parts") or m.group("agency")):
            return m.start("dash"), m.end("dash")
        start = end + 1
    return None


def for_model(text: str) -> str:
    """The text as the model should read it: the same characters, except that a dateline's dash
    is a line break ("KYIV, May 16 (AP) - Ukraine said" -> "KYIV, May 16 (AP) \\n Ukraine said")."""
    found = dateline_break(text)
    if found is None:
        return text
    start, end = found
    return text[:start] + "\n" + " " * (end - start - 1) + text[end:]


def is_dash(token, text: str, offset: int = 0) -> bool:
    """Whether a token is a dash, or the line break the model read in place of a dateline's
    dash (``text``: the article's own text; ``offset``: where the token's Doc starts in it)."""
    if token.text in DASHES:
        return True
    return token.is_space and text[offset + token.idx:offset + token.idx + 1] in DASHES
