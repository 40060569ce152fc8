"""A timed meeting's hours on the planner's clock: spans, day parts and the own-zone note."""

from __future__ import annotations

import datetime as dt

from scheduler_app.domain import Meeting
from scheduler_app.screen.zone_times import (
    Segment,
    clocks_differ,
    day_segments,
    hours_tip,
    planner_span,
    time_texts,
)
from tests.helpers import meeting

NY, ZURICH = "America/New_York", "Europe/Zurich"


def timed(
    start: str, t0: str, t1: str, zone: str = ZURICH, end: str | None = None, city: str = ""
) -> Meeting:
    return meeting(
        "C26",
        start,
        end,
        start_time=dt.time.fromisoformat(t0),
        end_time=dt.time.fromisoformat(t1),
        timezone=zone,
        city=city or ("Geneva" if zone == ZURICH else ""),
    )


def hm(t: dt.datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M}"


def test_a_geneva_session_is_seen_six_hours_earlier_from_new_york_in_june() -> None:
    span = planner_span(timed("2026-06-09", "09:30", "12:30"), NY)
    assert span is not None
    assert (hm(span[0]), hm(span[1])) == ("2026-06-09 03:30", "2026-06-09 06:30")


def test_between_the_two_changes_of_time_the_difference_is_five_hours() -> None:
    # New York moved on 8 March 2026, Geneva moves on 29 March
    friday = planner_span(timed("2026-03-27", "09:30", "12:30"), NY)
    monday = planner_span(timed("2026-03-30", "09:30", "12:30"), NY)
    assert friday is not None and monday is not None
    assert hm(friday[0]) == "2026-03-27 04:30"
    assert hm(monday[0]) == "2026-03-30 03:30"


def test_a_meeting_without_hours_has_no_span() -> None:
    assert planner_span(meeting("WTDC-25", "2025-11-17"), NY) is None
    assert day_segments(meeting("WTDC-25", "2025-11-17"), NY, dt.date(2025, 11, 17), 7) == []


def test_a_meeting_over_midnight_continues_in_the_next_column() -> None:
    m = timed("2026-06-09", "22:00", "02:00", ZURICH, end="2026-06-10")
    assert day_segments(m, ZURICH, dt.date(2026, 6, 8), 7) == [
        Segment(1, 22 * 60, 1440, True, False),
        Segment(2, 0, 120, False, True),
    ]


def test_midnight_on_the_planners_clock_only_splits_a_meeting_too() -> None:
    # 04:00-08:00 in Geneva is 22:00-02:00 in New York
    m = timed("2026-06-10", "04:00", "08:00")
    assert day_segments(m, NY, dt.date(2026, 6, 8), 7) == [
        Segment(1, 22 * 60, 1440, True, False),
        Segment(2, 0, 120, False, True),
    ]


def test_a_meeting_ending_at_midnight_stays_in_its_day() -> None:
    m = timed("2026-06-09", "22:00", "00:00", ZURICH, end="2026-06-10")
    assert day_segments(m, ZURICH, dt.date(2026, 6, 8), 7) == [
        Segment(1, 22 * 60, 1440, True, True)
    ]


def test_a_meeting_of_no_length_has_one_segment_of_no_length() -> None:
    m = timed("2026-06-09", "10:00", "10:00")
    assert day_segments(m, ZURICH, dt.date(2026, 6, 9), 1) == [Segment(0, 600, 600, True, True)]


def test_a_56_hour_meeting_fills_the_day_between_its_first_and_last() -> None:
    m = timed("2026-03-10", "09:00", "17:00", ZURICH, end="2026-03-12")
    assert day_segments(m, ZURICH, dt.date(2026, 3, 9), 7) == [
        Segment(1, 540, 1440, True, False),
        Segment(2, 0, 1440, False, False),
        Segment(3, 0, 1020, False, True),
    ]


def test_only_the_days_shown_get_segments() -> None:
    m = timed("2026-03-10", "09:00", "17:00", ZURICH, end="2026-03-12")
    assert day_segments(m, ZURICH, dt.date(2026, 3, 11), 1) == [Segment(0, 0, 1440, False, False)]


def test_on_the_spring_forward_day_positions_are_wall_clock_minutes() -> None:
    # 01:30-03:30 on 29 March 2026 in Zurich lasts one real hour, drawn from 01:30 to 03:30
    m = timed("2026-03-29", "01:30", "03:30")
    assert day_segments(m, ZURICH, dt.date(2026, 3, 23), 7) == [Segment(6, 90, 210, True, True)]


def test_clocks_differ_only_when_the_times_read_differently() -> None:
    assert clocks_differ(timed("2026-06-09", "09:30", "12:30"), NY)
    assert not clocks_differ(timed("2026-06-09", "09:30", "12:30"), ZURICH)
    assert not clocks_differ(timed("2026-06-09", "09:30", "12:30", "Europe/Paris"), ZURICH)
    # London keeps UTC's clock in winter only
    assert not clocks_differ(timed("2026-01-09", "09:30", "12:30", "Europe/London"), "UTC")
    assert clocks_differ(timed("2026-06-09", "09:30", "12:30", "Europe/London"), "UTC")


def test_the_time_line_gives_the_own_times_and_place_when_the_clocks_differ() -> None:
    m = timed("2026-06-09", "09:30", "12:30")
    assert time_texts(m, NY) == (
        "09:30-12:30 Geneva time",
        "09:30-12:30 CEST",
        "03:30-06:30",
        "03:30",
    )


def test_the_time_line_names_the_zones_city_without_a_city() -> None:
    m = timed("2026-06-09", "09:30", "12:30", "Asia/Tokyo", city="")
    assert time_texts(m, ZURICH)[:2] == ("09:30-12:30 Tokyo time", "09:30-12:30 JST")


def test_a_zone_without_letters_gets_no_abbreviation() -> None:
    m = timed("2026-06-09", "09:30", "12:30", "Asia/Dubai", city="Dubai")
    assert time_texts(m, ZURICH) == ("09:30-12:30 Dubai time", "07:30-10:30", "07:30")


def test_the_same_clock_gives_plain_times() -> None:
    assert time_texts(timed("2026-06-09", "09:30", "12:30"), ZURICH) == ("09:30-12:30", "09:30")


def test_a_meeting_of_several_days_says_its_days() -> None:
    m = timed("2026-03-10", "09:00", "17:00", ZURICH, end="2026-03-12")
    assert time_texts(m, ZURICH)[0] == "10 Mar 09:00-12 Mar 17:00"
    overnight = timed("2026-03-10", "22:00", "02:00", ZURICH, end="2026-03-11")
    assert time_texts(overnight, ZURICH)[0] == "22:00-02:00"


def test_the_tip_gives_both_clocks_when_they_differ() -> None:
    m = timed("2026-06-09", "09:30", "12:30")
    assert hours_tip(m, NY) == "09:30-12:30 Geneva time (03:30-06:30 New York time)"
    assert hours_tip(m, ZURICH) == "09:30-12:30 Geneva time"
    assert hours_tip(meeting("WTDC-25", "2025-11-17"), NY) == ""
