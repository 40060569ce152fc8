"""The week and day views around the hours: the all-day band, the day headers with today and
the religious periods and holidays, the now line, and the demo calendar's busiest week."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from scheduler_app.domain import Precision
from scheduler_app.domain.observance import Observance
from scheduler_app.screen.hours import WeekAxis
from scheduler_app.screen.scene import Bar, FontRole, Scene, Tone
from scheduler_app.screen.week_day import week_scene
from tests.helpers import meeting
from tests.screen.test_week_day import ZURICH, FakeMetrics, grid_top, scene, timed

MONDAY = dt.date(2026, 6, 8)


def band_bars(s: Scene) -> list[Bar]:
    return [b for b in s.bars if b.rect.bottom <= grid_top(s)]


def test_meetings_without_hours_lie_in_the_band_over_their_days() -> None:
    ms = [meeting("WTDC-25", "2026-06-09", "2026-06-11")]
    s = scene(ms)
    assert isinstance(s.axis, WeekAxis)
    g = s.axis.grid
    [bar] = s.bars
    assert bar.rect.bottom <= g.top and bar.rect.y >= g.band_top
    assert bar.rect.x == pytest.approx(g.x_of(1) + 1) and bar.rect.right == pytest.approx(
        g.x_of(4) - 1
    )
    assert bar.label == "WTDC-25" and bar.label_inside
    assert not bar.dashed and not bar.continues_before and not bar.continues_after


def test_the_band_grows_with_the_lanes_it_needs() -> None:
    empty = grid_top(scene([]))
    one = grid_top(scene([meeting("A", "2026-06-08", "2026-06-10")]))
    side = [meeting("A", "2026-06-08", "2026-06-10"), meeting("B", "2026-06-11", "2026-06-12")]
    three = [meeting(c, "2026-06-09", "2026-06-10") for c in "ABC"]
    assert empty == one == grid_top(scene(side))  # the band keeps one row for nothing
    assert grid_top(scene(three)) == pytest.approx(one + 2 * (14 + 6))
    bars = band_bars(scene(three))
    for a, b in itertools.combinations(bars, 2):
        assert not a.rect.intersects(b.rect)


def test_a_meeting_longer_than_the_week_is_cut_at_both_ends_and_says_so() -> None:
    [bar] = scene([meeting("RA-27", "2026-06-01", "2026-06-20")]).bars
    assert bar.continues_before and bar.continues_after


def test_dates_not_fixed_are_dashed_over_their_period() -> None:
    june = meeting("WTDC-29", "2026-06-01", "2026-06-30", precision=Precision.MONTH)
    [bar] = scene([june]).bars
    assert bar.dashed and bar.continues_before and bar.continues_after


def test_timed_and_all_day_meetings_together() -> None:
    ms = [
        meeting("WTDC-25", "2026-06-08", "2026-06-12"),
        timed("C26", "2026-06-09", "09:30", "12:30"),
    ]
    s = scene(ms)
    assert [b.label.split("\n")[0] for b in s.bars] == ["WTDC-25", "C26"]  # band first
    assert len(band_bars(s)) == 1


def test_band_labels_never_overlap_in_a_crowd() -> None:
    ms = [
        meeting(
            f"ITU-R-WP{i}-2026-{i}", f"2026-06-{8 + i % 7:02d}", f"2026-06-{8 + (i * 3) % 7:02d}"
        )
        if i % 7 <= (i * 3) % 7
        else meeting(f"ITU-R-WP{i}-2026-{i}", f"2026-06-{8 + i % 7:02d}")
        for i in range(30)
    ]
    s = scene(ms, width=700)
    labelled = [b for b in s.bars if b.label_rect is not None]
    assert labelled
    for a, b in itertools.combinations(labelled, 2):
        assert a.label_rect is not None and b.label_rect is not None
        assert not a.label_rect.intersects(b.label_rect)
    for a, b in itertools.combinations(s.bars, 2):
        assert not a.rect.intersects(b.rect)


def test_headers_name_each_day_and_mark_today() -> None:
    s = week_scene(
        [], MONDAY, 7, ZURICH, (), (), MONDAY + dt.timedelta(days=2), None, FakeMetrics(), 1000.0
    )
    heads = [c for c in s.captions if c.tone in (Tone.TEXT, Tone.TODAY)]
    assert [c.text for c in heads] == [
        "Mon 8 Jun",
        "Tue 9 Jun",
        "Wed 10 Jun",
        "Thu 11 Jun",
        "Fri 12 Jun",
        "Sat 13 Jun",
        "Sun 14 Jun",
    ]
    [today] = [c for c in heads if c.tone is Tone.TODAY]
    assert today.text == "Wed 10 Jun" and today.role is FontRole.BOLD
    assert any(a.tone is Tone.TODAY and a.outlined for a in s.areas)


def test_narrow_days_shorten_their_headers() -> None:
    s = scene([], width=400)
    heads = [c for c in s.captions if c.tone is Tone.TEXT]
    assert heads[0].text == "Mon 8"


def test_weekends_are_shaded_and_a_work_week_has_none() -> None:
    assert sum(a.tone is Tone.WEEKEND for a in scene([]).areas) == 2
    assert sum(a.tone is Tone.WEEKEND for a in scene([], days=5).areas) == 0


def test_religious_periods_and_holidays_are_marked_in_the_headers_with_tips() -> None:
    eid = Observance("eid-al-adha", "Eid al-Adha", dt.date(2026, 5, 27), dt.date(2026, 6, 9), True)
    s = week_scene(
        [],
        MONDAY,
        7,
        ZURICH,
        [eid],
        [(dt.date(2026, 6, 11), "Fête-Dieu (CH-GE)")],
        None,
        None,
        FakeMetrics(),
        1000.0,
    )
    religious = [a for a in s.areas if a.tone is Tone.OBSERVANCE]
    holidays = [a for a in s.areas if a.tone is Tone.HOLIDAY]
    assert len(religious) == 2 and len(holidays) == 1
    assert "Religious period: Eid al-Adha" in religious[0].tip
    assert "(estimated)" in religious[0].tip
    assert (
        holidays[0].tip.startswith("Thu 11 Jun 2026\n") and "Fête-Dieu (CH-GE)" in holidays[0].tip
    )
    assert all(a.rect.bottom <= grid_top(s) for a in religious + holidays)


def test_the_now_line_crosses_its_day_at_the_moment_on_the_planners_clock() -> None:
    now = dt.datetime(2026, 6, 10, 12, 30, tzinfo=dt.UTC)  # 14:30 in Zurich, 08:30 in New York
    for zone, hours in ((ZURICH, 14.5), ("America/New_York", 8.5)):
        s = week_scene([], MONDAY, 7, zone, (), (), None, now, FakeMetrics(), 1000.0, 40.0)
        [line] = [r for r in s.rules if r.tone is Tone.TODAY]
        assert isinstance(s.axis, WeekAxis)
        assert line.y1 == line.y2 == pytest.approx(s.axis.grid.top + hours * 40)
        assert line.x1 == pytest.approx(s.axis.grid.x_of(2))


def test_no_now_line_outside_the_week() -> None:
    later = dt.datetime(2026, 7, 1, 12, tzinfo=dt.UTC)
    s = week_scene([], MONDAY, 7, ZURICH, (), (), None, later, FakeMetrics(), 1000.0)
    assert not [r for r in s.rules if r.tone is Tone.TODAY]


def test_impossible_days_or_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        scene([], days=0)
    with pytest.raises(ValueError, match="not a part of a day"):
        scene([], hours=(20, 8))


@pytest.mark.slow
def test_the_demo_calendars_busiest_week_has_no_overlaps() -> None:
    from scheduler_app.services.demo import build_demo

    meetings = build_demo(20000).meetings
    first = dt.date(2033, 4, 25)  # the week with most meetings of the demo
    for days, width in ((7, 1366 - 300), (7, 1920 - 300), (1, 900)):
        s = week_scene(meetings, first, days, ZURICH, (), (), None, None, FakeMetrics(), width)
        assert s.bars
        for a, b in itertools.combinations(s.bars, 2):
            assert not a.rect.intersects(b.rect)
            if a.label_rect is not None and b.label_rect is not None:
                assert not a.label_rect.intersects(b.label_rect)
