"""The month grid and the year planner on real calendars: the bundled reference calendar (every
bar labelled at a laptop's width) and the 20,000-meeting demo (every meeting reachable, nothing
written over anything else)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from scheduler_app.domain import Meeting
from scheduler_app.observances.public_holidays import public_holidays
from scheduler_app.observances.religious import compute_religious
from scheduler_app.screen.day_cells import full_date
from scheduler_app.screen.month_grid import month_grid_scene
from scheduler_app.screen.scene import FontRole, Rect, Scene
from scheduler_app.screen.year_planner import year_planner_scene
from scheduler_app.services.checking import observances_between
from scheduler_app.services.demo import build_demo
from scheduler_app.services.venue_holidays import venue_holidays

D = dt.date
WIDTHS = (900.0, 1450.0)  # 1366x768 and 1920x1080 screens, less a side panel


class FakeMetrics:
    """7 px a character, 14 px a line, in every font."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * len(text)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def overlapping(rects: Sequence[Rect]) -> list[tuple[Rect, Rect]]:
    """Pairs of rectangles that overlap: sorted by top, each against those starting above its
    bottom (a sweep, not every pair)."""
    order = sorted(rects, key=lambda r: r.y)
    pairs = []
    for i, r in enumerate(order):
        for o in order[i + 1 :]:
            if o.y >= r.bottom:
                break
            if r.intersects(o):
                pairs.append((r, o))
    return pairs


def written(scene: Scene) -> list[Rect]:
    """Every text the scene writes: captions, "+N more" buttons and bar labels."""
    rects = [c.rect for c in scene.captions] + [m.rect for m in scene.mores]
    return rects + [b.label_rect for b in scene.bars if b.label_rect is not None]


def assert_nothing_written_over(scene: Scene) -> None:
    assert overlapping(written(scene)) == []
    assert overlapping([b.rect for b in scene.bars]) == []
    assert overlapping([m.rect for m in scene.mores] + [b.rect for b in scene.bars]) == []
    # a label beside its bar covers no other bar
    beside = [b for b in scene.bars if b.label_rect is not None and not b.label_inside]
    others = [b.rect for b in scene.bars]
    for b in beside:
        assert b.label_rect is not None
        assert [r for r in others if r.intersects(b.label_rect)] == []
    assert all(r.x >= 0 and r.right <= scene.width + 1e-6 for r in written(scene))


def touching(meetings: Sequence[Meeting], first: dt.date, last: dt.date) -> set[str]:
    return {m.id for m in meetings if m.start <= last and m.end >= first}


@pytest.fixture(scope="module")
def demo() -> list[Meeting]:
    return build_demo(20000).meetings


@pytest.fixture(scope="module")
def marks() -> tuple[list, list]:
    religious = compute_religious(2025, 2027)
    holidays = [
        (day, f"{name} (CH-GE)") for day, name in public_holidays("CH", [2026, 2027], "GE").items()
    ]
    return religious, holidays


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("max_lanes", [None, 1, 3, 6])
def test_every_meeting_of_december_2026_in_the_demo_can_be_reached(demo, marks, width, max_lanes):
    scene = month_grid_scene(
        demo, D(2026, 12, 1), *marks, D(2026, 12, 2), FakeMetrics(), width, max_lanes=max_lanes
    )
    expected = touching(demo, scene.first, scene.last)
    assert len(expected) == 37  # issue 11: 20 of them could not be reached from the old grid
    drawn = set(scene.meeting_ids())
    listed = {i for more in scene.mores for i in more.meeting_ids}
    assert drawn | listed == expected
    for more in scene.mores:  # each day lists exactly what it does not draw
        day = scene.axis.date_at(more.rect.x + 1, more.rect.y + 1)
        assert day is not None and more.title == full_date(day)
        [cell] = scene.axis.day_rects(day, day)
        drawn_there = {b.meeting_id for b in scene.bars if b.rect.intersects(cell)}
        assert set(more.meeting_ids) == touching(demo, day, day) - drawn_there
    if max_lanes is None:
        assert not scene.mores
    assert_nothing_written_over(scene)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_demo_year_draws_every_meeting_labelled_with_nothing_written_over(demo, marks, width):
    scene = year_planner_scene(demo, 2027, *marks, D(2027, 3, 2), FakeMetrics(), width)
    assert set(scene.meeting_ids()) == touching(demo, D(2027, 1, 1), D(2027, 12, 31))
    assert all(b.label for b in scene.bars)
    assert_nothing_written_over(scene)
    capped = year_planner_scene(demo, 2027, *marks, None, FakeMetrics(), width, max_lanes=4)
    listed = {i for more in capped.mores for i in more.meeting_ids}
    assert set(capped.meeting_ids()) | listed == set(scene.meeting_ids())
    assert_nothing_written_over(capped)


def test_every_bar_of_2026_and_2027_of_the_bundled_calendar_is_labelled_at_900_px(reference_db):
    meetings = reference_db.meetings()
    metrics = FakeMetrics()
    holidays = [
        (h.day, f"{h.name} ({h.country}{'-' + h.region if h.region else ''})")
        for h in venue_holidays(reference_db, meetings)
    ]
    scenes = []
    for year in (2026, 2027):
        observances = observances_between(reference_db, D(year - 1, 12, 1), D(year + 1, 1, 31))
        scenes.append(year_planner_scene(meetings, year, observances, holidays, None, metrics, 900))
        for month in range(1, 13):
            scenes.append(
                month_grid_scene(
                    meetings, D(year, month, 1), observances, holidays, None, metrics, 900
                )
            )
    bars = [b for s in scenes for b in s.bars]
    assert len({b.meeting_id for b in bars}) >= 7  # C26, PP-26, RA-27, WRC-27 ...
    assert [b.tip.split(":")[0] for b in bars if not b.label] == []
    assert all(b.label_role is FontRole.SMALL for b in bars)
    for s in scenes:
        assert_nothing_written_over(s)
