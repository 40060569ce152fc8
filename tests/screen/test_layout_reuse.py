"""What the layouts keep from one layout to the next (issue 11's speed): tooltips per meeting
object, the year planner's packing per month, the timeline's lanes per group. A layout made
after an edit must be the layout made from nothing, having redone only what the edit touched."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from scheduler_app.domain import Meeting, MeetingKind, Sector
from scheduler_app.printing.charts import meeting_tip
from scheduler_app.screen import timeline, tips, year_planner
from scheduler_app.screen.scene import FontRole, Scene
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.screen.year_planner import year_planner_scene
from tests.helpers import meeting

FIRST, LAST = dt.date(2027, 1, 1), dt.date(2027, 12, 31)


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * len(text)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


METRICS = FakeMetrics()


def calendar() -> list[Meeting]:
    """Two meetings a month, one of them a Council meeting, over 2027."""
    ms = []
    for month in range(1, 13):
        day = dt.date(2027, month, 3)
        ms.append(meeting(f"SG1-2027-{month}", day.isoformat(), sector=Sector.D, body="ITU-D SG1"))
        council = (day + dt.timedelta(days=7)).isoformat()
        ms.append(meeting(f"C27-{month}", council, None, MeetingKind.COUNCIL))
    return ms


def shapes(scene: Scene) -> tuple[object, ...]:
    return (scene.width, scene.height, scene.bars, scene.areas, scene.captions, scene.mores)


def test_a_meetings_tip_is_written_once_per_meeting_object(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    written: list[str] = []

    def counted(m: Meeting) -> str:
        written.append(m.code)
        return meeting_tip(m)

    monkeypatch.setattr(tips, "meeting_tip", counted)
    m = meeting("SG1-2027-1")
    assert tips.tip_of(m) == tips.tip_of(m) == meeting_tip(m) and written == ["SG1-2027-1"]
    moved = m.replace(start=dt.date(2027, 3, 8), end=dt.date(2027, 3, 9))  # an edit's new object
    assert tips.tip_of(moved) == meeting_tip(moved) != tips.tip_of(m)
    assert written == ["SG1-2027-1", "SG1-2027-1"]


def test_the_year_planner_after_an_edit_packs_only_the_edited_month_and_is_the_fresh_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ms = calendar()
    year_planner_scene(ms, 2027, (), (), None, METRICS, 900.0)
    packed: list[dt.date] = []
    real = year_planner._placed

    def counted(meetings: list[Meeting], first: dt.date, *args: Any) -> Any:
        packed.append(first)
        return real(meetings, first, *args)

    monkeypatch.setattr(year_planner, "_placed", counted)
    same = year_planner_scene(list(reversed(ms)), 2027, (), (), None, METRICS, 900.0)
    assert packed == []  # the same meetings in another order: every month kept
    ms[4] = ms[4].replace(start=dt.date(2027, 3, 20), end=dt.date(2027, 3, 24))  # March's SG1
    edited = year_planner_scene(ms, 2027, (), (), None, METRICS, 900.0)
    assert packed == [dt.date(2027, 3, 1)]
    year_planner._placements.clear()
    fresh = year_planner_scene(ms, 2027, (), (), None, METRICS, 900.0)
    assert shapes(edited) == shapes(fresh) and shapes(same) != shapes(edited)
    packed.clear()
    year_planner_scene(ms, 2027, (), (), None, METRICS, 1200.0)  # another width: packed anew
    assert len(packed) == 12


def test_the_timeline_after_an_edit_rebuilds_only_its_group_as_a_fresh_layout() -> None:
    ms = calendar()
    before = TimelineLayout(ms, today=None)
    again = TimelineLayout(list(reversed(ms)), today=None)
    assert all(a is b for a, b in zip(before.groups, again.groups, strict=True))
    ms[0] = ms[0].replace(start=dt.date(2027, 1, 20), end=dt.date(2027, 1, 21))  # an SG1 meeting
    edited = TimelineLayout(ms, today=None)
    changed = [a.key for a, b in zip(before.groups, edited.groups, strict=True) if a is not b]
    sg1 = next(g for g in edited.groups if any(m is ms[0] for m in g.ms))
    assert changed == [sg1.key]  # the Council's group is the one laid out before
    timeline._GROUPS._kept.clear()
    fresh = TimelineLayout(ms, today=None)
    for px_per_day in (0.5, 3.0, 20.0):
        a = edited.scene(FIRST, LAST, px_per_day, frozenset(), METRICS)
        b = fresh.scene(FIRST, LAST, px_per_day, frozenset(), METRICS)
        assert shapes(a) == shapes(b)
