"""The week and day views: timed meetings at their hours on the planner's clock, side by side
where they overlap, labelled with their own clock, and an axis that reads moments back."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

import pytest

from scheduler_app.domain import Meeting
from scheduler_app.screen.hours import (
    WORKING_VIEWPORT,
    WeekAxis,
    default_hour_height,
)
from scheduler_app.screen.labels import LABEL_PAD
from scheduler_app.screen.scene import Bar, FontRole, Rect, Scene, Tone
from scheduler_app.screen.week_day import FREE_RIGHT, GAP, first_working_y, week_scene
from tests.helpers import meeting

NY, ZURICH = "America/New_York", "Europe/Zurich"
HOUR = 40.0


class FakeMetrics:
    """7 px per character (of the longest line), 14 px a line, in every role."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * max(len(line) for line in text.split("\n"))

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def timed(
    code: str, day: str, t0: str, t1: str, zone: str = ZURICH, end: str | None = None
) -> Meeting:
    return meeting(
        code,
        day,
        end,
        start_time=dt.time.fromisoformat(t0),
        end_time=dt.time.fromisoformat(t1),
        timezone=zone,
        city="Geneva" if zone == ZURICH else "",
    )


def scene(
    meetings: Sequence[Meeting],
    first: str = "2026-06-08",
    days: int = 7,
    zone: str = ZURICH,
    width: float = 1000.0,
    **kw: object,
) -> Scene:
    return week_scene(
        meetings,
        dt.date.fromisoformat(first),
        days,
        zone,
        observances=(),
        holidays=(),
        today=None,
        now=None,
        metrics=FakeMetrics(),
        width=width,
        hour_height=kw.pop("hour_height", HOUR),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def grid_top(s: Scene) -> float:
    assert isinstance(s.axis, WeekAxis)
    return s.axis.grid.top


def col_x(s: Scene, col: int) -> float:
    assert isinstance(s.axis, WeekAxis)
    return s.axis.grid.x_of(col)


def y_at(s: Scene, hours: float) -> float:
    return grid_top(s) + hours * HOUR


def only(s: Scene, code: str, meetings: Sequence[Meeting]) -> list[Bar]:
    [m] = [m for m in meetings if m.code == code]
    return s.bars_of(m.id)


def test_a_meeting_is_drawn_at_its_hours_in_its_days_column() -> None:
    ms = [timed("C26", "2026-06-10", "09:00", "10:30")]
    s = scene(ms)
    [bar] = s.bars
    assert bar.rect.y == pytest.approx(y_at(s, 9) + GAP)
    assert bar.rect.bottom == pytest.approx(y_at(s, 10.5) - GAP)
    assert bar.rect.x == pytest.approx(col_x(s, 2) + GAP)
    assert bar.tip.startswith("C26: Meeting C26\n")


def test_a_geneva_session_seen_from_new_york_is_drawn_at_new_york_hours() -> None:
    ms = [timed("C26", "2026-06-10", "09:30", "12:30")]
    s = scene(ms, zone=NY)
    [bar] = s.bars
    assert bar.rect.y == pytest.approx(y_at(s, 3.5) + GAP)
    assert bar.rect.bottom == pytest.approx(y_at(s, 6.5) - GAP)
    assert bar.label == "C26\n09:30-12:30 CEST"
    assert "09:30-12:30 Geneva time (03:30-06:30 New York time)" in bar.tip


def test_a_wide_day_says_the_meetings_own_place() -> None:
    ms = [timed("C26", "2026-06-10", "09:30", "12:30")]
    [bar] = scene(ms, first="2026-06-10", days=1, zone=NY).bars
    assert bar.label == "C26\n09:30-12:30 Geneva time"


def test_the_same_clock_needs_no_note() -> None:
    [bar] = scene([timed("C26", "2026-06-10", "09:30", "12:30")]).bars
    assert bar.label == "C26\n09:30-12:30"


def test_the_week_of_the_european_change_of_time_seen_from_zurich() -> None:
    # week of Sunday 29 March 2026: New York is 5 hours behind until Saturday, 6 from Sunday
    ms = [
        timed("NY-FRI", "2026-03-27", "10:00", "11:00", NY),
        timed("NY-SUN", "2026-03-29", "10:00", "11:00", NY),
        timed("GVA-SUN", "2026-03-29", "09:00", "10:00"),
    ]
    s = scene(ms, first="2026-03-23")
    assert only(s, "NY-FRI", ms)[0].rect.y == pytest.approx(y_at(s, 15) + GAP)
    assert only(s, "NY-SUN", ms)[0].rect.y == pytest.approx(y_at(s, 16) + GAP)
    assert only(s, "GVA-SUN", ms)[0].rect.y == pytest.approx(y_at(s, 9) + GAP)
    assert only(s, "GVA-SUN", ms)[0].rect.x == pytest.approx(col_x(s, 6) + GAP)


def test_the_week_of_the_american_change_of_time_seen_from_new_york() -> None:
    # Sunday 8 March 2026: Geneva 09:30 is 03:30 on Saturday, 04:30 from Sunday
    ms = [
        timed("GVA-SAT", "2026-03-07", "09:30", "12:30"),
        timed("GVA-SUN", "2026-03-08", "09:30", "12:30"),
        timed("GVA-MON", "2026-03-09", "09:30", "12:30"),
    ]
    s = scene(ms, first="2026-03-07", zone=NY)
    tops = [only(s, c, ms)[0].rect.y for c in ("GVA-SAT", "GVA-SUN", "GVA-MON")]
    assert tops == pytest.approx([y_at(s, h) + GAP for h in (3.5, 4.5, 4.5)])
    assert only(s, "GVA-SAT", ms)[0].label.endswith("CET")


def test_a_meeting_over_midnight_continues_at_the_top_of_the_next_day() -> None:
    ms = [timed("LATE", "2026-06-09", "22:00", "02:00", end="2026-06-10")]
    s = scene(ms)
    first, second = s.bars
    assert first.rect.x == pytest.approx(col_x(s, 1) + GAP)
    assert first.rect.bottom == pytest.approx(y_at(s, 24) - GAP)
    assert (first.continues_before, first.continues_after) == (False, True)
    assert second.rect.x == pytest.approx(col_x(s, 2) + GAP)
    assert second.rect.y == pytest.approx(y_at(s, 0) + GAP)
    assert (second.continues_before, second.continues_after) == (True, False)


def test_a_meeting_past_the_last_day_is_cut_and_says_so() -> None:
    ms = [timed("LATE", "2026-06-14", "22:00", "02:00", end="2026-06-15")]
    [bar] = scene(ms).bars
    assert bar.continues_after and not bar.continues_before


def test_overlapping_meetings_share_the_day_side_by_side() -> None:
    ms = [
        timed("A", "2026-06-08", "09:00", "11:00"),
        timed("B", "2026-06-08", "10:00", "12:00"),
        timed("C", "2026-06-08", "11:00", "12:00"),
        timed("D", "2026-06-08", "14:00", "15:00"),
    ]
    s = scene(ms)
    assert isinstance(s.axis, WeekAxis)
    half = (s.axis.grid.col_w - FREE_RIGHT) / 2
    a, b, c, d = (only(s, code, ms)[0].rect for code in "ABCD")
    assert (a.x, b.x, c.x) == pytest.approx((col_x(s, 0) + GAP, col_x(s, 0) + half + GAP, a.x))
    assert a.w == b.w == c.w == pytest.approx(half - 2 * GAP)
    assert d.w == pytest.approx(2 * half - 2 * GAP)  # its own cluster, the whole day
    for r, q in itertools.combinations((a, b, c, d), 2):
        assert not r.intersects(q)


def test_meetings_that_only_touch_do_not_split_the_day() -> None:
    ms = [timed("A", "2026-06-08", "09:00", "10:00"), timed("B", "2026-06-08", "10:00", "11:00")]
    a, b = scene(ms).bars
    assert a.rect.w == b.rect.w and a.rect.x == b.rect.x


def test_a_short_call_is_drawn_tall_enough_for_its_code_and_set_beside_the_next() -> None:
    ms = [timed("CALL", "2026-06-08", "09:00", "09:05"), timed("B", "2026-06-08", "09:15", "10:00")]
    s = scene(ms)
    call, b = only(s, "CALL", ms)[0], only(s, "B", ms)[0]
    assert call.rect.h >= 14 and call.label == "CALL"
    assert not call.rect.intersects(b.rect)


def crowd() -> list[Meeting]:
    """Forty meetings of every length and zone, crowding two days of one week."""
    zones = (ZURICH, NY, "Asia/Tokyo", "Europe/London")
    out = []
    for i in range(40):
        day = f"2026-06-{8 + i % 2:02d}"
        t0 = dt.time(6 + i % 9, 15 * (i % 4))
        t1 = dt.datetime.combine(dt.date(2026, 6, 8), t0) + dt.timedelta(minutes=20 + 25 * (i % 7))
        out.append(
            timed(f"ITU-T-SG{i}-2026-{i}", day, t0.isoformat(), t1.time().isoformat(), zones[i % 4])
        )
    return out


@pytest.mark.parametrize(("days", "width"), [(7, 1366 - 250), (1, 800), (5, 640), (7, 500)])
def test_no_two_labels_or_bars_overlap_in_a_crowd(days: int, width: float) -> None:
    s = scene(crowd(), days=days, width=width)
    timed_bars = [b for b in s.bars if b.rect.y >= grid_top(s)]
    assert timed_bars
    for a, b in itertools.combinations(timed_bars, 2):
        assert not a.rect.intersects(b.rect), (a.meeting_id, b.meeting_id)
    labelled = [b for b in s.bars if b.label_rect is not None]
    for a, b in itertools.combinations(labelled, 2):
        assert a.label_rect is not None and b.label_rect is not None
        assert not a.label_rect.intersects(b.label_rect)
    for bar in labelled:  # inside its own bar, in small text or larger, fitted to the bar
        assert bar.label_rect is not None and bar.label_inside
        assert bar.label_role is FontRole.SMALL
        lines = bar.label.split("\n")
        assert bar.label_rect.h == pytest.approx(14 * len(lines))
        assert _within(bar.label_rect, bar.rect)
        assert all(7 * len(line) <= bar.rect.w - LABEL_PAD for line in lines)


def _within(inner: Rect, outer: Rect) -> bool:
    return (
        inner.x >= outer.x - 1e-6
        and inner.right <= outer.right + 1e-6
        and inner.y >= outer.y - 1e-6
        and inner.bottom <= outer.bottom + 1e-6
    )


def test_a_bar_too_narrow_for_any_name_leaves_it_to_the_tooltip() -> None:
    ms = [timed(f"ITU-T-SG{i}-2026-{i}", "2026-06-08", "09:00", "10:00") for i in range(12)]
    s = scene(ms, width=600)
    assert any(b.label == "" and b.tip for b in s.bars)


def test_bars_are_in_reading_order() -> None:
    s = scene(crowd())
    assert isinstance(s.axis, WeekAxis)
    keys = [(s.axis.grid.col_at(b.rect.x + 1), b.rect.y, b.rect.x) for b in s.bars]
    assert keys == sorted(keys)


def test_the_hours_shown_can_be_limited_and_cut_meetings_say_so() -> None:
    ms = [
        timed("EARLY", "2026-06-08", "06:00", "09:00"),
        timed("LATE", "2026-06-08", "19:00", "23:00"),
    ]
    s = scene(ms, hours=(8, 20))
    early, late = only(s, "EARLY", ms)[0], only(s, "LATE", ms)[0]
    assert early.rect.y == pytest.approx(grid_top(s) + GAP) and early.continues_before
    assert late.rect.bottom == pytest.approx(s.height - GAP) and late.continues_after
    assert s.height == pytest.approx(grid_top(s) + 12 * HOUR)


def test_hour_labels_are_muted_small_and_24_hour() -> None:
    s = scene([])
    hours = [c for c in s.captions if c.tone is Tone.MUTED]
    assert [c.text for c in hours] == [f"{h:02d}:00" for h in range(24)]
    assert all(c.role is FontRole.SMALL and c.rect.right <= col_x(s, 0) for c in hours)
    for a, b in itertools.pairwise(hours):
        assert not a.rect.intersects(b.rect)
    nine = next(c for c in hours if c.text == "09:00")
    assert nine.rect.y + nine.rect.h / 2 == pytest.approx(y_at(s, 9))
    rules_at = {round(r.y1, 3) for r in s.rules if r.y1 == r.y2}
    assert {round(y_at(s, 9), 3), round(y_at(s, 9.5), 3)} <= rules_at


def test_the_default_hour_height_fits_the_working_day_in_a_laptop_window() -> None:
    s = week_scene([], dt.date(2026, 6, 8), 7, ZURICH, (), (), None, None, FakeMetrics(), 1000.0)
    assert isinstance(s.axis, WeekAxis)
    hour = s.axis.grid.hour_height
    assert hour == default_hour_height(FakeMetrics())
    assert 12 * hour <= WORKING_VIEWPORT < 768
    assert hour >= 2 * (14 + 4)  # a half-hour meeting holds its code
    assert s.height > 768  # the rest of the day scrolls
    assert first_working_y(s) == pytest.approx(s.axis.grid.top + 8 * hour)


def test_a_narrow_window_makes_the_week_wider_rather_than_the_days_unreadable() -> None:
    s = scene([], width=200)
    assert s.width > 200
    assert all(c.text for c in s.captions)


# --- the axis -----------------------------------------------------------------------------------


def test_the_top_of_a_bar_reads_back_as_its_start_on_the_planners_clock() -> None:
    ms = [
        timed("C26", "2026-06-10", "09:30", "12:30"),
        timed("C27", "2026-06-11", "10:10", "11:00"),
    ]
    s = scene(ms, zone=NY)
    for m in ms:
        [bar] = s.bars_of(m.id)
        got = s.axis.moment_at(bar.rect.x + 1, bar.rect.y)
        start = m.starts_at()
        assert got is not None and start is not None
        want = start.astimezone(got.tzinfo)
        minutes = round((want.hour * 60 + want.minute) / 15) * 15
        assert (got.date(), got.hour * 60 + got.minute) == (want.date(), minutes)
        assert str(got.tzinfo) == NY
        assert s.axis.date_at(bar.rect.x + 1, bar.rect.y) == want.date()


def test_moments_step_by_15_minutes() -> None:
    s = scene([])
    assert s.axis.step_minutes == 15
    x = col_x(s, 3) + 5
    got = s.axis.moment_at(x, y_at(s, 14 + 8 / 60))
    assert got == dt.datetime(2026, 6, 11, 14, 15, tzinfo=got.tzinfo if got else None)


def test_no_moment_in_the_header_band_or_gutter() -> None:
    s = scene([meeting("WTDC-25", "2026-06-08", "2026-06-12")])
    assert s.axis.moment_at(col_x(s, 1) + 5, grid_top(s) - 2) is None
    assert s.axis.moment_at(col_x(s, 1) + 5, 2.0) is None
    assert s.axis.moment_at(2.0, y_at(s, 10)) is None
    assert s.axis.date_at(col_x(s, 1) + 5, grid_top(s) - 2) == dt.date(2026, 6, 9)
    assert s.axis.date_at(2.0, y_at(s, 10)) is None


def test_a_moment_in_the_skipped_hour_reads_past_the_change() -> None:
    s = scene([], first="2026-03-23")
    got = s.axis.moment_at(col_x(s, 6) + 5, y_at(s, 2.5))
    assert got is not None
    assert (got.date(), got.hour, got.minute, got.utcoffset()) == (
        dt.date(2026, 3, 29),
        3,
        30,
        dt.timedelta(hours=2),
    )


def test_day_rects_cover_the_columns_of_the_days_asked() -> None:
    s = scene([])
    rects = s.axis.day_rects(dt.date(2026, 6, 5), dt.date(2026, 6, 9))
    assert [r.x for r in rects] == pytest.approx([col_x(s, 0), col_x(s, 1)])
    assert all(r.y == 0 and r.bottom == s.height for r in rects)
    assert s.axis.day_rects(dt.date(2026, 6, 20), dt.date(2026, 6, 22)) == []


def test_a_hundred_meetings_at_once_are_each_drawn_apart() -> None:
    ms = [timed(f"M{i}", "2026-06-08", "09:00", "10:00") for i in range(100)]
    s = scene(ms)
    assert len(s.bars) == 100 and all(b.rect.w > 0 for b in s.bars)
    xs = sorted(b.rect.x for b in s.bars)
    rights = sorted(b.rect.right for b in s.bars)
    assert all(r <= x + 1e-9 for r, x in zip(rights, xs[1:], strict=False))
