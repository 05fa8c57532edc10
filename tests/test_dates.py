from datetime import date

import pytest

from kg.extract.dates import normalize_date, parse_publication_date

ANCHOR = date(2023, 3, 21)   # a Tuesday


@pytest.mark.parametrize("text, value, kind", [
    ("March 20, 2023", "2023-03-20", "date"),
    ("20 March 2023", "2023-03-20", "date"),
    ("Mar. 21, 2023", "2023-03-21", "date"),
    ("2023-03-21", "2023-03-21", "date"),
    ("3/20/23", "2023-03-20", "date"),
    ("March 2023", "2023-03", "gYearMonth"),
    ("in 2019", "2019", "gYear"),
    ("2018", "2018", "gYear"),
])
def test_absolute(text, value, kind):
    tv = normalize_date(text)
    assert (tv.value, tv.datatype) == (value, kind)


@pytest.mark.parametrize("text, value, kind", [
    ("Monday", "2023-03-20", "date"),
    ("on Monday", "2023-03-20", "date"),
    ("Monday's", "2023-03-20", "date"),
    ("Tuesday", "2023-03-21", "date"),        # the article's own day
    ("Friday", "2023-03-17", "date"),
    ("yesterday", "2023-03-20", "date"),
    ("last month", "2023-02", "gYearMonth"),
    ("last year", "2022", "gYear"),
    ("last September", "2022-09", "gYearMonth"),
    ("February", "2023-02", "gYearMonth"),
    ("March 14", "2023-03-14", "date"),
    ("last week", "2023-03", "gYearMonth"),     # 13 to 19 March: only the month is known
    ("two days ago", "2023-03-19", "date"),
    ("Monday night", "2023-03-20", "date"),
    ("in the early hours of Sunday", "2023-03-19", "date"),
    ("earlier on Monday", "2023-03-20", "date"),
    ("last Friday night", "2023-03-17", "date"),
    ("two weeks ago", "2023-03", "gYearMonth"),  # about 7 March: only the month is known
    ("two years ago", "2021", "gYear"),
    ("three months ago", "2022-12", "gYearMonth"),
])
def test_relative_to_publication(text, value, kind):
    tv = normalize_date(text, ANCHOR)
    assert (tv.value, tv.datatype) == (value, kind)


@pytest.mark.parametrize("text", ["a few days", "days", "the last few years", "recent weeks",
                                  "the following year", "three-day", "today's world order", "weeks ago",
                                  "three weeks ago"])   # (about 28 February: which month is not known)
def test_unresolvable_is_left_out(text):
    assert normalize_date(text, ANCHOR) is None


def test_a_week_across_two_months_has_no_month():
    assert normalize_date("this week", date(2023, 3, 1)) is None            # 27 February to 5 March
    assert normalize_date("last week", date(2023, 3, 1)).value == "2023-02"


def test_relative_needs_an_anchor():
    assert normalize_date("Monday") is None
    assert normalize_date("March 20") is None


def test_publication_date_lines():
    assert parse_publication_date("Title\n\nbody\n\nPublish : 2023-03-21 10:03:00\n") == date(2023, 3, 21)
    assert parse_publication_date("Title\nMar 21, 2023164 Shares2565 Views\nBody") == date(2023, 3, 21)
    # an event date in the first sentence is not the publication date
    assert parse_publication_date("Title\n\nOn March 20, 2023, two leaders met.") is None
    # a clock time before the date of an "Updated" or "Published" line
    assert parse_publication_date("Title\nUpdated 5:12 PM EDT, September 20, 2023\nBody") == date(2023, 9, 20)
    assert parse_publication_date("Title\nPublished 10.30 BST, 3 May 2024\nBody") == date(2024, 5, 3)
    assert parse_publication_date("Title\nPublished 10:30 June 3, 2023\nBody") == date(2023, 6, 3)


def test_month_without_year_is_the_nearest_one():
    from datetime import date
    from kg.extract.dates import normalize_date
    assert normalize_date("October", date(2009, 6, 5)).value == "2009-10"
    assert normalize_date("December", date(2010, 1, 25)).value == "2009-12"
    assert normalize_date("11 December", date(2010, 1, 25)).value == "2009-12-11"
    assert normalize_date("earlier today", date(2008, 9, 17)).value == "2008-09-17"
    assert normalize_date("this morning", date(2008, 1, 9)).value == "2008-01-09"


def test_a_part_of_a_period_is_dated_by_the_whole_period():
    from datetime import date
    from kg.extract.dates import normalize_date
    anchor = date(2009, 5, 7)
    assert normalize_date("early 2009", anchor).value == "2009"
    assert normalize_date("mid-2011", anchor).value == "2011"
    assert normalize_date("the end of last year", anchor).value == "2008"
    assert normalize_date("the first quarter of 2009", anchor).value == "2009"
    assert normalize_date("later this year", anchor).value == "2009"
    assert normalize_date("early June", anchor).value == "2009-06"
    assert normalize_date("the previous year", anchor).value == "2008"
    assert normalize_date("the end of the war", anchor) is None


def test_publication_date_after_a_datelines_place():
    assert parse_publication_date("Title\n\nBRUSSELS, October 16, 2023 (Reuters) - The EU ...") == date(2023, 10, 16)
    assert parse_publication_date("Title\n\nKYIV, Ukraine, May 16, 2024 - Ukraine said ...") == date(2024, 5, 16)
    assert parse_publication_date("Title\n\nWASHINGTON, Dec 21 - Biden said ...") is None   # no year
