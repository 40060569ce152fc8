"""Values that used to escape validation as ValueError or OverflowError (issue 16, item 5)."""

import datetime as dt

import pytest

from scheduler_app.domain import DecidedPeriod, InvalidMeeting, Precision
from scheduler_app.domain.dates import parse_period
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR, MAX_FIELD_CHARS, quoted
from tests.helpers import meeting


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2027-13", "month 13 is not 1-12"),
        ("2027-00", "month 0 is not 1-12"),
        ("0000", "year 0 is outside"),
        ("0001-Q1", "year 1 is outside"),
        ("9999-12", "year 9999 is outside"),
    ],
)
def test_a_period_that_is_not_one_is_an_invalid_meeting_naming_the_field(text, message):
    with pytest.raises(InvalidMeeting) as info:
        parse_period(text, "decided_from")
    assert info.value.field == "decided_from" and message in info.value.problem


def test_the_supported_years_are_the_ones_the_planner_says():
    assert parse_period(str(FIRST_YEAR))[:2] == (dt.date(FIRST_YEAR, 1, 1), dt.date(1865, 12, 31))
    assert parse_period(f"{LAST_YEAR}-Q4")[1] == dt.date(2199, 12, 31)
    with pytest.raises(InvalidMeeting, match="1865-2199"):
        parse_period(str(LAST_YEAR + 1))


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1864-12-31", "2200-01-01"])
def test_a_meeting_in_year_1_or_9999_is_refused_before_any_arithmetic_overflows(day):
    with pytest.raises(InvalidMeeting) as info:
        meeting("X", day)
    assert info.value.field == "start" and "outside the years the planner supports" in str(
        info.value
    )


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("9999-12-31", "9999-12-31", "decided_from"),
        ("2027-01-01", "9999-12-31", "decided_to"),
        ("0001-01-01", "2027-01-01", "decided_from"),
    ],
)
def test_a_decided_period_outside_the_supported_years_is_refused(start, end, field):
    with pytest.raises(InvalidMeeting) as info:
        DecidedPeriod(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert info.value.field == field


def test_an_unknown_precision_or_kind_given_as_text_is_an_invalid_meeting():
    with pytest.raises(InvalidMeeting) as info:
        meeting("X", precision="weekly")
    assert info.value.field == "precision" and "expected one of: day, month" in info.value.problem
    with pytest.raises(InvalidMeeting, match="status"):
        meeting("X", status="maybe")


def test_a_text_field_at_the_limit_is_kept_and_one_over_it_is_refused_by_name():
    assert len(meeting("X", notes="n" * MAX_FIELD_CHARS).notes) == MAX_FIELD_CHARS
    with pytest.raises(InvalidMeeting) as info:
        meeting("X", notes="n" * (MAX_FIELD_CHARS + 1))
    assert info.value.field == "notes"
    assert info.value.problem == "is 100,001 characters long; the limit is 100,000"


def test_a_decided_source_over_the_limit_is_refused():
    with pytest.raises(InvalidMeeting, match="decided_source"):
        DecidedPeriod(dt.date(2027, 1, 1), dt.date(2027, 3, 31), "s" * (MAX_FIELD_CHARS + 1))


def test_a_title_that_is_not_text_is_refused_not_a_type_error():
    with pytest.raises(InvalidMeeting, match="title: 5 is not text"):
        meeting("X", title=5)


def test_messages_quote_a_huge_value_shortly():
    with pytest.raises(InvalidMeeting) as info:
        meeting("X", timezone="Z" * 50_000, start_time=dt.time(9), end_time=dt.time(10))
    assert len(str(info.value)) < 200 and "50,000 characters" in str(info.value)
    assert quoted("short") == "'short'"


def test_precision_periods_still_span_their_period():
    m = meeting("X", "2027-10-01", "2027-12-31", precision=Precision.QUARTER)
    assert m.span == "Q4 2027"
