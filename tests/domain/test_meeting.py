import datetime as dt

import pytest

from scheduler_app.domain import DecidedPeriod, InvalidMeeting, MeetingKind, Precision
from scheduler_app.domain.dates import format_span, parse_period, period_of
from scheduler_app.domain.kinds import CONFERENCE_KINDS, parse_enum
from tests.helpers import meeting


def test_kind_slugs_are_exactly_the_contract():
    assert [k.value for k in MeetingKind] == [
        "pp",
        "council",
        "council-extra",
        "cwg",
        "wtdc",
        "wtsa",
        "wrc",
        "ra",
        "wcit",
        "cpm",
        "rpm",
        "advisory-group",
        "study-group",
        "working-party",
        "rapporteur-group",
        "expert-group",
        "forum",
        "workshop",
        "external",
        "other",
    ]


def test_conferences_are_the_six_of_resolution_77():
    assert {k.value for k in CONFERENCE_KINDS} == {"pp", "wrc", "ra", "wtsa", "wtdc", "wcit"}


def test_a_meeting_ending_before_it_starts_is_refused_naming_the_end():
    with pytest.raises(InvalidMeeting) as info:
        meeting("WTDC-30", "2030-11-15", "2030-11-04", kind="wtdc")
    assert info.value.field == "end"
    assert "WTDC-30" in str(info.value) and "2030-11-04" in str(info.value)


def test_a_one_day_meeting_is_valid_and_lasts_one_day():
    m = meeting("EG-ITRs-6", "2026-01-19")
    assert m.days == 1 and m.span == "19 Jan 2026"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "not-a-uuid", "UUID"),
        ("title", "  ", "empty"),
        ("country", "XX", "ISO 3166"),
        ("participants", -1, "not from 0"),
        ("nominal_year", 20, "plausible"),
    ],
)
def test_invalid_values_are_refused_with_the_field_named(field, value, message):
    with pytest.raises(InvalidMeeting) as info:
        meeting(**{field: value})
    assert info.value.field == field and message in info.value.problem


def test_a_code_with_surrounding_spaces_is_refused():
    with pytest.raises(InvalidMeeting, match="code"):
        meeting(" PP-26")


def test_a_room_needs_a_venue():
    with pytest.raises(InvalidMeeting, match="room"):
        meeting(room="Popov Room")


def test_times_need_an_iana_zone():
    with pytest.raises(InvalidMeeting, match="timezone"):
        meeting(start_time=dt.time(9, 30), end_time=dt.time(12, 30))
    with pytest.raises(InvalidMeeting, match="Europe/Zurich"):
        meeting(start_time=dt.time(9, 30), end_time=dt.time(12, 30), timezone="Europe/Geneva")


def test_a_timed_meeting_ending_before_its_start_time_is_refused():
    with pytest.raises(InvalidMeeting) as info:
        meeting(start_time=dt.time(14, 30), end_time=dt.time(9, 30), timezone="Europe/Zurich")
    assert info.value.field == "end"


def test_a_timed_meeting_knows_its_instants():
    m = meeting(start_time=dt.time(9, 30), end_time=dt.time(12, 30), timezone="Europe/Zurich")
    start = m.starts_at()
    assert start is not None and start.utcoffset() == dt.timedelta(hours=1)


def test_only_one_of_two_times_is_refused():
    with pytest.raises(InvalidMeeting, match="both"):
        meeting(start_time=dt.time(9, 30), timezone="Europe/Zurich")


def test_a_year_precision_meeting_spans_the_whole_year():
    m = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
    assert m.span == "2029" and m.year == 2029


def test_a_coarse_meeting_must_span_its_period():
    with pytest.raises(InvalidMeeting) as info:
        meeting("TDAG", "2023-06-01", "2023-06-20", precision=Precision.MONTH)
    assert info.value.field == "precision" and "2023-06-30" in info.value.problem


def test_a_decided_period_cannot_end_before_it_starts():
    with pytest.raises(InvalidMeeting, match="decided_to"):
        DecidedPeriod(dt.date(2027, 12, 31), dt.date(2027, 10, 1))


def test_overlap_is_inclusive_of_the_last_day():
    a = meeting("A", "2027-03-01", "2027-03-05")
    assert a.overlaps(meeting("B", "2027-03-05", "2027-03-06"))
    assert not a.overlaps(meeting("C", "2027-03-06", "2027-03-07"))


def test_meetings_are_frozen():
    m = meeting()
    with pytest.raises(AttributeError):
        m.code = "X"  # type: ignore[misc]


def test_replace_validates_again():
    with pytest.raises(InvalidMeeting):
        meeting().replace(end=dt.date(2000, 1, 1))


@pytest.mark.parametrize(
    ("start", "end", "precision", "text"),
    [
        ("2025-11-17", "2025-11-28", Precision.DAY, "17-28 Nov 2025"),
        ("2022-09-26", "2022-10-14", Precision.DAY, "26 Sep-14 Oct 2022"),
        ("2025-12-28", "2026-01-05", Precision.DAY, "28 Dec 2025-5 Jan 2026"),
        ("2026-11-07", "2026-11-07", Precision.DAY, "7 Nov 2026"),
        ("2023-06-01", "2023-06-30", Precision.MONTH, "Jun 2023"),
        ("2027-10-01", "2027-12-31", Precision.QUARTER, "Q4 2027"),
        ("2029-01-01", "2029-12-31", Precision.YEAR, "2029"),
    ],
)
def test_spans_read_the_way_planners_write_them(start, end, precision, text):
    assert format_span(dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision) == text


def test_periods_parse_and_clip_to_month_ends():
    assert parse_period("2028-02") == (dt.date(2028, 2, 1), dt.date(2028, 2, 29), Precision.MONTH)
    assert parse_period("2027-10-11") is None
    assert period_of(Precision.QUARTER, dt.date(2027, 2, 1))[1] == dt.date(2027, 3, 31)
    with pytest.raises(ValueError, match="1-12"):
        parse_period("2027-13")


def test_enum_parsing_is_case_insensitive_and_lists_the_choices():
    assert parse_enum(MeetingKind, "Council-Extra", "kind") is MeetingKind.COUNCIL_EXTRA
    with pytest.raises(ValueError, match="expected one of: pp, council"):
        parse_enum(MeetingKind, "conference", "kind")
