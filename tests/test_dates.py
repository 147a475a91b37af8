from datetime import date

import pytest

from factlint.extract.dates import resolve

PUB = date(2021, 10, 18)  # a Monday


@pytest.mark.parametrize("text, tense, value", [
    ("July 5, 2019", "past", "2019-07-05"),
    ("5 July 2019", "past", "2019-07-05"),
    ("2019-07-05", "past", "2019-07-05"),
    ("October 6", "past", "2021-10-06"),
    ("November 1", "present", "2021-11-01"),
    ("November 1", "past", "2020-11-01"),  # a past event cannot land after publication
    ("Monday", "past", "2021-10-18"),  # told TASS on Monday, in a piece dated Monday
    ("Friday", "future", "2021-10-22"),  # will meet on Friday: the coming one
    ("last week", "past", "2021-W41"),
    ("18 months ago", "past", "2020-04"),
    ("the end of this month", "future", "2021-10"),
    ("first half of 2020", "past", "2020-H1"),
    ("third quarter of 2020", "past", "2020-Q3"),
    ("the 1990s", "past", "199X"),
    ("the '60s", "past", "196X"),
    ("the '00s", "past", "200X"),  # published 2021: a decade of this century once it is over
    ("the 1900s", "past", "19XX"),
    ("2019", "past", "2019"),
    ("March 2008", "past", "2008-03"),
    ("just last month", "past", "2021-09"),  # a focusing adverb stresses the date, it does not move it
    ("only yesterday", "past", "2021-10-17"),
    ("30 years ago this month", "past", "1991-10"),  # an anniversary, as precise as the words after 'ago'
    ("a decade ago today", "past", "2011-10-18"),
    ("the September quarter", "past", "2021-Q3"),  # the calendar quarter ending in that month
    ("the June quarter", "past", "2021-Q2"),
])
def test_resolve(text, tense, value):
    assert resolve(text, PUB, tense).value == value


def test_bound_is_kept_as_an_attribute():
    assert resolve("over 18 months ago", PUB, "past").attrs["bound"] == "before"


def test_weekday_and_date_kept_together():
    dv = resolve("Tuesday, July 5, 2019", PUB, "past")
    assert dv.value == "2019-07-05"
    assert dv.attrs["weekday"] == "Tuesday" and dv.attrs["weekday_matches"] is False


def test_ambiguous_slash_date_is_flagged():
    dv = resolve("10/11/2021", PUB, "past")
    assert dv.attrs["ambiguous"] is True and dv.attrs["alternative"] == "2021-11-10"


@pytest.mark.parametrize("text", ["February 30, 2021", "32 October"])
def test_impossible_dates_are_not_invented(text):
    dv = resolve(text, PUB, "past")
    assert dv.value is None and dv.attrs.get("invalid")


def test_nothing_needing_the_year_is_resolved_without_a_publication_date():
    assert resolve("Monday", None, "past").value is None
    assert resolve("October 6", None, "past").value == "XXXX-10-06"


def test_an_abbreviated_month_glued_to_its_day():
    assert resolve("Oct.12", PUB, "past").value == "2021-10-12"
    assert resolve("Sept.3, 2019", PUB, "past").value == "2019-09-03"


@pytest.mark.parametrize("text, tense, value", [
    ("earlier Monday", "past", "2021-10-18"),  # a time of the report's day, as 'early Monday' is
    ("later Monday", "future", "2021-10-18"),
    ("later on Monday", "future", "2021-10-18"),
    ("earlier Friday", "past", "2021-10-15"),
    # a present-tense clause: one or two days ahead is the coming day ('the summit opens on Wednesday'),
    # three or more ahead is the day just gone by
    ("Wednesday", "present", "2021-10-20"),
    ("on Tuesday", "present", "2021-10-19"),
    ("Thursday", "present", "2021-10-14"),
    ("Wednesday", "past", "2021-10-13"),  # a past-tense clause keeps the day gone by
])
def test_weekday_readings(text, tense, value):
    assert resolve(text, PUB, tense).value == value


def test_a_date_counted_past_the_end_of_the_calendar_is_unresolved():
    from factlint.extract.dates import NEAR_PAST
    assert resolve("October 1", date(9999, 12, 31), NEAR_PAST).value is None
    assert resolve("next Tuesday", date(9999, 12, 31)).value is None


def test_a_quarter_named_by_a_month_no_calendar_quarter_ends_in_has_no_value():
    assert resolve("the November quarter", PUB, "past").value is None  # a fiscal quarter: which months is unknown
