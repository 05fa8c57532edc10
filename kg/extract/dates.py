"""Normalise date expressions to ISO values, resolving relative ones against an anchor.

An expression that cannot be pinned down ("a few days", "the following year", a weekday
with no article date) gives ``None``: a date is left out rather than guessed.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from kg.model import TimeValue

__all__ = ["normalize_date", "parse_publication_date"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4}|\d{2})(?!\d)"),
    re.compile(_M + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M),
    re.compile(_M + r",?\s+(?P<year>\d{4})"),
    re.compile(r"(?:^|\b(?:in|of|since|during|by)\s+)(?P<year>(?:19|20)\d{2})$"),
    re.compile(r"^(?P<year>(?:19|20)\d{2})$"),
]
_DURATION = re.compile(r"\b(days?|weeks?|months?|years?|hours?|decades?|centuries|minutes?)\b(?! ago)")
_DAYS_AGO = re.compile(r"(\w+) days? ago")
_WEEKS_AGO = re.compile(r"(\w+) weeks? ago")
_MONTHS_YEARS_AGO = re.compile(r"(\w+) (months?|years?) ago")
_MONTH_OF_YEAR = re.compile(r"(" + "|".join(sorted(MONTHS, key=len, reverse=True))
                            + r")\.?,?\s+(?:of\s+)?(last|previous|this|next)\s+year")
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


#: Words that narrow a date to a part of it; the value stays the whole ("early 2009" is 2009,
#: "the first quarter of 2009" is 2009, "the end of last year" is last year).
_PART_OF = re.compile(r"^(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|rest|remainder"
                      r"|(?:first|second|third|fourth|final|last)\s+(?:quarter|half))\s+of\s+"
                      r"|(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+"
                      r"|(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+"
                      r"|(?:early|late|mid|later|earlier)(?:\s+on)?(?:\s+|-))")


def _clean(text: str) -> str:
    text = " ".join(text.replace("\u2019", "'").split()).lower()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(on|in|since|by|during|of|from|until)\s+", "", text).strip(" ,.")
    part = _PART_OF.match(text)
    if part and part.end() < len(text):
        text = text[part.end():]
    return re.sub(r"^the\s+", "", text).strip(" ,.")


def normalize_date(text: str, anchor: date | None = None, future: bool = False,
                   past: bool = False) -> TimeValue | None:
    """Normalise a date expression.

    Parameters
    ----------
    text : str
        The expression, e.g. a spaCy DATE entity's text.
    anchor : date, optional
        The article's publication date, for relative expressions.
    future : bool
        The expression belongs to a verb in the future ("will meet on Monday"): a bare weekday
        is then the coming one, not the last one, and a month without a year the coming one.
    past : bool
        The expression belongs to a verb in the past ("met in November"): a month without a
        year is the last such month up to the anchor.

    Returns
    -------
    TimeValue or None

    Examples
    --------
    >>> normalize_date("March 20, 2023")
    TimeValue(value='2023-03-20', datatype='date')
    >>> normalize_date("Monday", date(2023, 3, 21))
    TimeValue(value='2023-03-20', datatype='date')
    >>> normalize_date("Monday", date(2023, 3, 21), future=True)
    TimeValue(value='2023-03-27', datatype='date')
    >>> normalize_date("next Friday", date(2023, 3, 21))
    TimeValue(value='2023-03-24', datatype='date')
    >>> normalize_date("last month", date(2023, 3, 21))
    TimeValue(value='2023-02', datatype='gYearMonth')
    >>> normalize_date("last week", date(2023, 3, 22))
    TimeValue(value='2023-03', datatype='gYearMonth')
    >>> normalize_date("two days ago", date(2023, 3, 22))
    TimeValue(value='2023-03-20', datatype='date')
    >>> normalize_date("November", date(2023, 6, 19))
    TimeValue(value='2023-11', datatype='gYearMonth')
    >>> normalize_date("November", date(2023, 6, 19), past=True)
    TimeValue(value='2022-11', datatype='gYearMonth')
    >>> normalize_date("February last year", date(2023, 4, 26))
    TimeValue(value='2022-02', datatype='gYearMonth')
    >>> normalize_date("in 2019")
    TimeValue(value='2019', datatype='gYear')
    >>> normalize_date("a few days") is None
    True
    """
    t = _clean(text)
    if not t:
        return None
    for pattern in _PATTERNS:
        m = pattern.search(t)
        if not m:
            continue
        parts = m.groupdict()
        month = MONTHS[parts["month"]] if parts.get("month") else int(parts["mnum"]) if parts.get("mnum") else None
        year = parts.get("year")
        if year is not None:
            year = int(year)
            if year < 100:
                year += 2000 if year < 70 else 1900
        if month is not None and parts.get("day"):
            if year is None:
                if anchor is None:
                    return None
                year = _year_of(month, anchor, future, past)
            d = _valid(year, month, int(parts["day"]))
            return TimeValue(d.isoformat(), "date") if d else None
        if month is not None and year is not None:
            return TimeValue(f"{year:04d}-{month:02d}", "gYearMonth") if 1 <= month <= 12 else None
        if year is not None and month is None:
            return TimeValue(f"{year:04d}", "gYear")
    return _relative(t, anchor, future, past)


def _year_of(month: int, anchor: date, future: bool, past: bool) -> int:
    """The year of a month named without one: the last such month up to the anchor for a verb
    in the past, the next from the anchor for one in the future, else the nearest."""
    if past and not future:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return _nearest_year(month, anchor)


def _nearest_year(month: int, anchor: date) -> int:
    """The year that puts ``month`` nearest the anchor: "October" in June is this October,
    "December" in January last December, "11 January" in December next January."""
    if month - anchor.month > 6:
        return anchor.year - 1
    if anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


def _relative(t: str, anchor: date | None, future: bool = False, past: bool = False) -> TimeValue | None:
    if anchor is None:
        return None
    t = re.sub(r"^((?:last|this|next)\s+)?(\w+day)\s+(?:morning|afternoon|evening|night)$", r"\1\2", t)
    words = t.split()   # ("last Friday night" is last Friday)
    first = words[0] if words else ""
    if t in ("earlier today", "later today", "this morning", "this afternoon", "this evening", "tonight",
             "today", "earlier this morning"):
        return TimeValue(anchor.isoformat(), "date")
    if t in ("previous year", "year before", "year previous", "prior year"):
        return TimeValue(f"{anchor.year - 1:04d}", "gYear")
    month_of = _MONTH_OF_YEAR.fullmatch(t)
    if month_of:   # "February last year", "in March of this year", "June next year"
        y = anchor.year + {"last": -1, "previous": -1, "this": 0, "next": 1}[month_of.group(2)]
        return TimeValue(f"{y:04d}-{MONTHS[month_of.group(1)]:02d}", "gYearMonth")
    if first in ("last", "this", "next", "past") and len(words) == 2:
        unit, shift = words[1], {"last": -1, "past": -1, "this": 0, "next": 1}[first]
        if unit == "year":
            return TimeValue(f"{anchor.year + shift:04d}", "gYear")
        if unit == "month":
            y, m = anchor.year, anchor.month + shift
            y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
            return TimeValue(f"{y:04d}-{m:02d}", "gYearMonth")
        if unit in MONTHS:
            m = MONTHS[unit]
            y = anchor.year - (1 if (shift < 0 and m >= anchor.month) or (shift == 0 and m > anchor.month) else 0)
            if shift > 0:
                y = anchor.year + (1 if m <= anchor.month else 0)
            return TimeValue(f"{y:04d}-{m:02d}", "gYearMonth")
        if unit in WEEKDAYS:
            if shift > 0 or (shift == 0 and future):   # "next Friday", "will meet this Friday"
                return _coming_weekday(WEEKDAYS[unit], anchor)
            return _weekday(WEEKDAYS[unit], anchor, strictly_before=shift < 0)
        if unit == "week":   # Monday to Sunday: its month, when the whole week lies in one
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
            sunday = monday + timedelta(days=6)
            if (monday.year, monday.month) == (sunday.year, sunday.month):
                return TimeValue(f"{monday.year:04d}-{monday.month:02d}", "gYearMonth")
        return None
    weeks = _WEEKS_AGO.fullmatch(t)
    if weeks:   # "two weeks ago": its month, when the days around it lie in one
        n = int(weeks.group(1)) if weeks.group(1).isdigit() else _NUMBER_WORDS.get(weeks.group(1))
        if n is None:
            return None
        day = anchor - timedelta(weeks=n)
        early, late = day - timedelta(days=3), day + timedelta(days=3)
        if (early.year, early.month) == (late.year, late.month):
            return TimeValue(f"{day.year:04d}-{day.month:02d}", "gYearMonth")
        return None
    ago = _MONTHS_YEARS_AGO.fullmatch(t)
    if ago:   # "two years ago" -> that year, "three months ago" -> that month (as TIMEX3 has them)
        n = int(ago.group(1)) if ago.group(1).isdigit() else _NUMBER_WORDS.get(ago.group(1))
        if n is None:
            return None
        if ago.group(2).startswith("year"):
            return TimeValue(f"{anchor.year - n:04d}", "gYear")
        month = anchor.year * 12 + anchor.month - 1 - n
        return TimeValue(f"{month // 12:04d}-{month % 12 + 1:02d}", "gYearMonth")
    ago = _DAYS_AGO.fullmatch(t)
    if ago:   # "two days ago", "3 days ago"
        n = int(ago.group(1)) if ago.group(1).isdigit() else _NUMBER_WORDS.get(ago.group(1))
        if n is not None:
            return TimeValue((anchor - timedelta(days=n)).isoformat(), "date")
        return None
    if _DURATION.search(t) and first not in ("yesterday", "today"):
        return None
    if first in ("yesterday",) and len(words) <= 2:
        return TimeValue((anchor - timedelta(days=1)).isoformat(), "date")
    if first in ("today", "tonight") and len(words) <= 2:
        return TimeValue(anchor.isoformat(), "date")
    if first in WEEKDAYS and len(words) <= 3:
        if future:
            return _coming_weekday(WEEKDAYS[first], anchor)
        return _weekday(WEEKDAYS[first], anchor, strictly_before=False)
    if first in MONTHS and len(words) == 1 and len(first) > 3:
        m = MONTHS[first]
        return TimeValue(f"{_year_of(m, anchor, future, past):04d}-{m:02d}", "gYearMonth")
    return None


def _weekday(wd: int, anchor: date, strictly_before: bool) -> TimeValue:
    """The most recent such weekday on or before the anchor (news reports the past)."""
    delta = (anchor.weekday() - wd) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return TimeValue((anchor - timedelta(days=delta)).isoformat(), "date")


def _coming_weekday(wd: int, anchor: date) -> TimeValue:
    """The next such weekday after the anchor ("will meet on Monday", "next Monday")."""
    delta = (wd - anchor.weekday()) % 7 or 7
    return TimeValue((anchor + timedelta(days=delta)).isoformat(), "date")


_PUBLISHED = re.compile(r"(?:publish(?:ed)?|posted|updated|date)\s*(?:on)?\s*:?\s*(.{6,40})", re.IGNORECASE)
_LEADING_DATE = [p for p in _PATTERNS[:4]]
#: A clock time before the date of a "Published"/"Updated" line: "Updated 5:12 PM EDT, September 20, 2023".
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*(?:[A-Z]{2,5}\b)?\s*,?\s*(?:on\s+)?")
#: The place of a dateline before its date: "BRUSSELS, ", "THE HAGUE, ", "KYIV, Ukraine, ".
_DATELINE_PLACE = re.compile(r"^(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s*){1,3}")


def parse_publication_date(raw: str) -> date | None:
    """The publication date an article states: a "Published: …" line anywhere, or a line
    near the top that begins with a full date ("Mar 21, 2023164 Shares"), alone or after the
    place of a dateline ("BRUSSELS, October 16, 2023 (Reuters) - The European Union ...")."""
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()]
    for line in lines:
        m = _PUBLISHED.match(line)
        if m:
            value = _leading_full_date(_CLOCK.sub("", m.group(1)))
            if value:
                return value
    for line in lines[1:8]:
        place = _DATELINE_PLACE.match(line)
        value = _leading_full_date(line) or (place and _leading_full_date(line[place.end():]))
        if value:
            return value
    return None


def _leading_full_date(text: str) -> date | None:
    t = text.lower()
    for pattern in _LEADING_DATE:
        m = pattern.match(t)
        if m:
            tv = normalize_date(m.group(0))
            if tv and tv.datatype == "date":
                return date.fromisoformat(tv.value)
    return None
