"""The year planner on the screen, on calendars of a few meetings built by hand."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from scheduler_app.domain import DecidedPeriod, Precision
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import meeting_tip
from scheduler_app.screen.scene import FontRole, Rect, Scene, Tone
from scheduler_app.screen.year_planner import year_planner_scene
from tests.helpers import meeting

D = dt.date


class FakeMetrics:
    """7 px a character, 14 px a line, in every font."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * len(text)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def planner(meetings=(), year=2027, width=900.0, **kw) -> Scene:
    return year_planner_scene(
        list(meetings),
        year,
        kw.pop("observances", ()),
        kw.pop("holidays", ()),
        kw.pop("today", None),
        FakeMetrics(),
        width,
        **kw,
    )


def month_rows(scene: Scene) -> list[Rect]:
    return scene.axis.day_rects(scene.first, scene.last)


def texts(scene: Scene) -> list[Rect]:
    rects = [c.rect for c in scene.captions] + [m.rect for m in scene.mores]
    return rects + [b.label_rect for b in scene.bars if b.label_rect is not None]


def test_twelve_month_rows_of_their_own_days_fit_the_width():
    scene = planner()
    rows = month_rows(scene)
    assert len(rows) == 12 and (scene.first, scene.last) == (D(2027, 1, 1), D(2027, 12, 31))
    assert rows[0].right == pytest.approx(900) and rows[1].w == pytest.approx(rows[0].w * 28 / 31)
    assert scene.width == 900 and all(r.right <= 900 + 1e-6 for r in texts(scene))
    assert [c.text for c in scene.captions if c.role is FontRole.BOLD][:2] == [
        "January",
        "February",
    ]
    narrow = [c.text for c in planner(width=600).captions if c.role is FontRole.BOLD]
    assert narrow[:2] == ["Jan", "Feb"]


def test_a_point_is_on_its_day_and_a_day_a_month_lacks_is_on_none():
    scene = planner()
    feb = month_rows(scene)[1]
    col = feb.w / 28
    assert scene.axis.date_at(feb.x + 13.5 * col, feb.y + 1) == D(2027, 2, 14)
    assert scene.axis.date_at(feb.x + 28.5 * col, feb.y + 1) is None  # "30 February"
    assert scene.axis.date_at(feb.x - 1, feb.y + 1) is None  # the month names
    assert scene.axis.date_at(feb.x + 1, 0) is None  # the day numbers
    [grey] = [a for a in scene.areas if a.tone is Tone.GRID and a.rect.y == feb.y][:1]
    assert grey.rect.x == pytest.approx(feb.right)
    rects = scene.axis.day_rects(D(2027, 1, 30), D(2027, 2, 2))
    assert [round(r.w / col) for r in rects] == [2, 2]


def test_day_numbers_head_every_column_when_they_fit_else_every_fifth_never_touching():
    every = [c for c in planner().captions if c.rect.y < month_rows(planner())[0].y]
    assert [c.text for c in every] == [str(d) for d in range(1, 32)]
    sparse = [c for c in planner(width=300).captions if c.role is FontRole.SMALL]
    assert [c.text for c in sparse][:4] in (["1", "2", "4", "6"], ["1", "5", "10", "15"])
    for a, b in itertools.pairwise(sparse):
        assert a.rect.right < b.rect.x and a.role is FontRole.SMALL


def test_a_short_bar_has_its_code_beside_it_and_at_the_end_of_a_row_before_it():
    mid = meeting("ITU-T-SG17-2027-3", "2027-03-10", body="ITU-T SG17")
    end = meeting("ITU-T-SG13-2027-4", "2027-03-31", body="ITU-T SG13")
    scene = planner([mid, end])
    a, b = scene.bar(mid.id), scene.bar(end.id)
    assert a is not None and b is not None
    assert (a.label, a.label_inside) == ("ITU-T-SG17-2027-3", False)
    assert a.label_rect is not None and a.label_rect.x > a.rect.right
    assert not b.label_inside and b.label_rect is not None and b.label_rect.right < b.rect.x
    assert b.label == "ITU-T-SG13-2027-4"


def test_a_label_beside_a_bar_pushes_the_next_bar_to_another_lane():
    first = meeting("ITU-T-SG17-2027-3", "2027-03-10", body="ITU-T SG17")
    near = meeting("ITU-T-SG13-2027-4", "2027-03-12", "2027-03-13", body="ITU-T SG13")
    far = meeting("C27", "2027-03-29", "2027-03-30", kind="council")
    scene = planner([first, near, far])
    lanes = {b.meeting_id: b.rect.y for b in scene.bars}
    assert lanes[near.id] > lanes[first.id] and lanes[far.id] == lanes[first.id]
    rects = texts(scene) + [b.rect for b in scene.bars]
    labels = [b.label_rect for b in scene.bars if b.label_rect is not None]
    for r in labels:
        assert sum(r.intersects(o) for o in rects) == 1 + sum(
            r.intersects(b.rect) for b in scene.bars if b.label_rect is r
        )


def test_a_month_row_grows_with_its_lanes():
    crowd = [meeting(f"SG{i}-2027-1", "2027-05-03", "2027-05-14") for i in range(7)]
    rows = month_rows(planner(crowd))
    assert rows[4].h > rows[3].h and rows[3].h == rows[5].h


def test_with_max_lanes_the_rest_of_a_month_is_listed_under_its_name():
    crowd = [meeting(f"SG{i}-2027-1", "2027-05-03", "2027-05-14") for i in range(5)]
    scene = planner(crowd, max_lanes=2)
    assert len(scene.bars) == 2
    [more] = scene.mores
    assert more.text in ("+3", "+3 more") and more.title == "May 2027"
    assert set(more.meeting_ids) | {b.meeting_id for b in scene.bars} == {m.id for m in crowd}
    may = month_rows(scene)[4]
    assert more.rect.right <= may.x and may.y <= more.rect.y and more.rect.bottom <= may.bottom
    assert not any(more.rect.intersects(c.rect) for c in scene.captions)


def test_a_meeting_known_by_its_year_is_dashed_over_every_month():
    wtdc = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
    scene = planner([wtdc], year=2029)
    bars = scene.bars_of(wtdc.id)
    assert len(bars) == 12 and all(b.dashed and b.label == "WTDC-29" for b in bars)
    assert [b.continues_before for b in bars] == [False] + [True] * 11
    assert [b.continues_after for b in bars] == [True] * 11 + [False]
    assert all(b.tip == meeting_tip(wtdc) for b in bars)


def test_a_meeting_over_two_months_is_drawn_in_each_as_continuing():
    m = meeting("PP-26", "2026-10-26", "2026-11-13", kind="pp")
    bars = planner([m], year=2026).bars_of(m.id)
    assert [(b.continues_before, b.continues_after) for b in bars] == [(False, True), (True, False)]
    assert not any(b.dashed for b in bars)


def test_today_weekends_religious_periods_holidays_and_decided_periods_are_marked():
    council = meeting(
        "C27",
        "2027-06-14",
        "2027-06-18",
        kind="council",
        decided=DecidedPeriod(D(2027, 6, 1), D(2027, 6, 30), "Council 2025"),
    )
    easter = Observance("easter", "Easter", D(2027, 3, 28), D(2027, 3, 28))
    scene = planner(
        [council],
        observances=[easter],
        holidays=[(D(2027, 3, 29), "Easter Monday (CH-GE)")],
        today=D(2027, 3, 30),
    )

    def tones_on(day: dt.date) -> list[Tone]:
        return [
            a.tone for a in scene.areas if scene.axis.date_at(a.rect.x + 1, a.rect.y + 1) == day
        ]

    assert Tone.WEEKEND in tones_on(D(2027, 3, 27)) and Tone.WEEKEND not in tones_on(D(2027, 3, 26))
    assert Tone.OBSERVANCE in tones_on(D(2027, 3, 28)) and Tone.HOLIDAY in tones_on(D(2027, 3, 29))
    [today] = [a for a in scene.areas if a.tone is Tone.TODAY]
    assert today.outlined and scene.axis.date_at(today.rect.x + 1, today.rect.y + 1) == D(
        2027, 3, 30
    )
    [decided] = [a for a in scene.areas if a.tone is Tone.DECIDED]
    assert decided.tip == "Decided period for C27: 1-30 Jun 2027\nDecided by Council 2025"
    june = month_rows(scene)[5]
    assert decided.rect.w == pytest.approx(june.w) and decided.rect.bottom <= scene.bars[0].rect.y
    holiday = next(a for a in scene.areas if a.tone is Tone.HOLIDAY)
    assert holiday.tip == "Mon 29 Mar 2027\nHoliday: Easter Monday (CH-GE)"


def test_bars_are_in_reading_order_month_by_month_then_day_then_lane():
    a = meeting("A-1", "2027-01-20")
    b = meeting("B-1", "2027-01-05", "2027-01-08")
    c = meeting("C-1", "2027-01-05")
    d = meeting("D-1", "2027-02-01")
    scene = planner([d, a, b, c])
    assert scene.meeting_ids()[-1] == d.id and scene.meeting_ids()[2] == a.id
    assert set(scene.meeting_ids()[:2]) == {b.id, c.id}


def test_max_lanes_below_one_is_refused():
    with pytest.raises(ValueError, match="max_lanes"):
        planner(max_lanes=0)
