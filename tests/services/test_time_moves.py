"""Moving a timed meeting by minutes (a drag in the week and day views) keeps its own clock."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app.domain import Meeting
from scheduler_app.services.time_moves import moved_by_minutes
from tests.helpers import meeting

NY, ZURICH = "America/New_York", "Europe/Zurich"


def timed(
    start: str, t0: str, t1: str, zone: str = ZURICH, end: str | None = None, code: str = "C26"
) -> Meeting:
    return meeting(
        code,
        start,
        end,
        start_time=dt.time.fromisoformat(t0),
        end_time=dt.time.fromisoformat(t1),
        timezone=zone,
        city="Geneva" if zone == ZURICH else "",
    )


def hours(m: Meeting) -> tuple[str, str, str, str, str]:
    assert m.start_time is not None and m.end_time is not None
    return (
        m.start.isoformat(),
        f"{m.start_time:%H:%M}",
        m.end.isoformat(),
        f"{m.end_time:%H:%M}",
        m.timezone,
    )


def test_a_geneva_meeting_dragged_an_hour_from_new_york_keeps_geneva_time() -> None:
    m = moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), 60, "move", NY)
    assert hours(m) == ("2026-06-09", "10:30", "2026-06-09", "13:30", ZURICH)


def test_a_move_keeps_everything_but_the_hours() -> None:
    before = timed("2026-06-09", "09:30", "12:30")
    after = moved_by_minutes(before, -45, "move", ZURICH)
    assert after.replace(start_time=before.start_time, end_time=before.end_time) == before
    assert hours(after)[1:4:2] == ("08:45", "11:45")


def test_no_minutes_is_no_change() -> None:
    m = timed("2026-06-09", "09:30", "12:30")
    assert moved_by_minutes(m, 0, "move", NY) == m


def test_crossing_midnight_in_the_meetings_own_zone_changes_its_days() -> None:
    # 22:30 in Geneva is 16:30 in New York: no midnight there, but one in Geneva
    m = moved_by_minutes(timed("2026-06-09", "22:30", "23:30"), 90, "move", NY)
    assert hours(m) == ("2026-06-10", "00:00", "2026-06-10", "01:00", ZURICH)


def test_crossing_midnight_only_on_the_planners_clock_keeps_the_days() -> None:
    # 03:00 in Geneva is 21:00 the day before in New York; three hours later New York has
    # passed midnight, Geneva has not
    m = moved_by_minutes(timed("2026-06-09", "03:00", "04:00"), 180, "move", NY)
    assert hours(m) == ("2026-06-09", "06:00", "2026-06-09", "07:00", ZURICH)


def test_a_day_later_on_the_planners_clock_over_the_european_change_of_time() -> None:
    # New York has kept summer time since 8 March; Geneva changes on Sunday 29 March 2026, so the
    # same height in New York's next column is an hour later in Geneva
    m = moved_by_minutes(timed("2026-03-28", "09:30", "12:30"), 24 * 60, "move", NY)
    assert hours(m) == ("2026-03-29", "10:30", "2026-03-29", "13:30", ZURICH)


def test_a_day_later_in_geneva_itself_over_the_change_keeps_the_hours() -> None:
    m = moved_by_minutes(timed("2026-03-28", "09:30", "12:30"), 24 * 60, "move", ZURICH)
    assert hours(m) == ("2026-03-29", "09:30", "2026-03-29", "12:30", ZURICH)


def test_a_day_later_over_the_american_change_of_time() -> None:
    # 7 March 09:30 Geneva is 03:30 EST; 8 March 03:30 EDT is 08:30 in Geneva
    m = moved_by_minutes(timed("2026-03-07", "09:30", "12:30"), 24 * 60, "move", NY)
    assert hours(m) == ("2026-03-08", "08:30", "2026-03-08", "11:30", ZURICH)


def test_a_move_into_the_skipped_hour_keeps_the_length_in_real_time() -> None:
    # 02:00-02:30 does not exist in New York on 8 March 2026: it reads as 03:00-03:30
    m = moved_by_minutes(timed("2026-03-08", "01:00", "01:30", NY), 60, "move", NY)
    assert hours(m) == ("2026-03-08", "03:00", "2026-03-08", "03:30", NY)


def test_a_move_over_the_change_of_time_keeps_an_hour_an_hour() -> None:
    m = moved_by_minutes(timed("2026-03-29", "00:00", "01:00"), 60, "move", ZURICH)
    start, end = m.starts_at(), m.ends_at()
    assert start is not None and end is not None
    # in UTC: two aware times of one zone subtract as wall clocks
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=1)
    assert hours(m) == ("2026-03-29", "01:00", "2026-03-29", "03:00", ZURICH)


def test_a_move_keeps_the_length_of_a_meeting_over_the_change_of_time() -> None:
    # 23:00 CET to 04:00 CEST is four hours; an hour later it runs 00:00 CET to 05:00 CEST
    m = timed("2026-03-28", "23:00", "04:00", end="2026-03-29")
    assert hours(moved_by_minutes(m, 60, "move", ZURICH)) == (
        "2026-03-29",
        "00:00",
        "2026-03-29",
        "05:00",
        ZURICH,
    )


def test_resizing_the_end_keeps_the_start() -> None:
    m = moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), 30, "end", NY)
    assert hours(m) == ("2026-06-09", "09:30", "2026-06-09", "13:00", ZURICH)


def test_resizing_the_start_keeps_the_end() -> None:
    m = moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), -90, "start", NY)
    assert hours(m) == ("2026-06-09", "08:00", "2026-06-09", "12:30", ZURICH)


def test_resizing_the_end_past_midnight_makes_it_end_the_next_day() -> None:
    m = moved_by_minutes(timed("2026-06-09", "22:00", "23:30"), 60, "end", ZURICH)
    assert hours(m) == ("2026-06-09", "22:00", "2026-06-10", "00:30", ZURICH)


def test_resizing_the_end_into_the_skipped_hour() -> None:
    m = moved_by_minutes(timed("2026-03-08", "01:00", "01:30", NY), 60, "end", NY)
    assert hours(m) == ("2026-03-08", "01:00", "2026-03-08", "03:30", NY)


@pytest.mark.parametrize(("minutes", "mode"), [(-180, "end"), (-200, "end"), (180, "start")])
def test_an_end_at_or_before_the_start_is_refused_naming_the_meeting(
    minutes: int, mode: str
) -> None:
    with pytest.raises(ValueError, match=r"^C26 would end at .* must end after it starts") as e:
        moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), minutes, mode, NY)
    assert "Geneva time" in str(e.value)
    assert ("drag its end later" if mode == "end" else "drag its start earlier") in str(e.value)


def test_a_resize_one_minute_short_of_the_start_is_allowed() -> None:
    m = moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), -179, "end", NY)
    assert hours(m)[3] == "09:31"


def test_a_meeting_without_hours_is_refused_in_the_planners_words() -> None:
    with pytest.raises(ValueError, match=r"^WTDC-25 has no hours.*move it by days"):
        moved_by_minutes(meeting("WTDC-25", "2025-11-17", "2025-11-28"), 60, "move", NY)


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown drag mode"):
        moved_by_minutes(timed("2026-06-09", "09:30", "12:30"), 60, "stretch", NY)


def test_a_move_out_of_the_planners_years_is_refused_naming_the_meeting() -> None:
    m = timed("2199-12-31", "20:00", "22:00")
    with pytest.raises(ValueError, match=r"^C26 cannot be moved there: year 2200"):
        moved_by_minutes(m, 6 * 60, "move", ZURICH)
