"""The month grid on the screen, on calendars of a few meetings built by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app.domain import Precision
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import meeting_tip
from scheduler_app.screen.month_grid import month_grid_scene
from scheduler_app.screen.scene import FontRole, Rect, Scene, Tone
from tests.helpers import meeting

D = dt.date
DEC = D(2026, 12, 1)  # a Tuesday: the grid runs from Monday 30 November to Sunday 3 January


class FakeMetrics:
    """7 px a character, 14 px a line, in every font."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * len(text)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def grid(meetings=(), month=DEC, width=900.0, **kw) -> Scene:
    kw.setdefault("observances", ())
    kw.setdefault("holidays", ())
    kw.setdefault("today", None)
    return month_grid_scene(
        list(meetings),
        month,
        kw.pop("observances"),
        kw.pop("holidays"),
        kw.pop("today"),
        FakeMetrics(),
        width,
        **kw,
    )


def week_rows(scene: Scene) -> list[Rect]:
    return scene.axis.day_rects(scene.first, scene.last)


def test_the_grid_runs_from_the_monday_before_to_the_sunday_after_the_month():
    scene = grid()
    assert (scene.first, scene.last) == (D(2026, 11, 30), D(2027, 1, 3))
    assert len(week_rows(scene)) == 5


def test_weeks_can_start_on_sunday_and_a_month_can_need_six_weeks():
    scene = grid(month=D(2026, 8, 20), first_weekday=6)  # 1 August 2026 is a Saturday
    assert (scene.first, scene.last) == (D(2026, 7, 26), D(2026, 9, 5))
    assert len(week_rows(scene)) == 6
    header = [c.text for c in scene.captions if c.role is FontRole.BOLD][:7]
    assert header[0] == "Sunday" and header[-1] == "Saturday"


def test_weekday_names_shorten_together_when_the_columns_are_narrow():
    names = {c.text for c in grid(width=300).captions if c.text.startswith("Wed")}
    assert names == {"Wed"}


def test_iso_week_numbers_head_the_rows_unless_turned_off():
    texts = [c.text for c in grid().captions]
    assert "W49" in texts and "W53" in texts
    assert not any(t.startswith("W4") for t in (c.text for c in grid(week_numbers=False).captions))


def test_a_point_in_a_cell_is_on_its_day_and_outside_the_grid_on_none():
    scene = grid()
    [row] = scene.axis.day_rects(D(2026, 12, 10), D(2026, 12, 10))
    assert scene.axis.date_at(row.x + 1, row.y + 1) == D(2026, 12, 10)
    assert scene.axis.date_at(row.right - 0.5, row.bottom - 0.5) == D(2026, 12, 10)
    assert scene.axis.date_at(row.x + 1, 0) is None  # the weekday header
    assert scene.axis.date_at(1, row.y + 1) is None  # the week numbers
    assert scene.axis.date_at(row.x + 1, scene.height + 1) is None
    assert scene.axis.moment_at(row.x + 1, row.y + 1) is None


def test_days_over_two_weeks_are_two_rectangles_one_per_week_row():
    scene = grid()
    rects = scene.axis.day_rects(D(2026, 12, 4), D(2026, 12, 8))  # Friday to Tuesday
    assert len(rects) == 2
    assert rects[0].w == pytest.approx(1.5 * rects[1].w)  # Fri-Sun, Mon-Tue
    assert rects[1].y == rects[0].bottom
    assert scene.axis.day_rects(D(2027, 2, 1), D(2027, 2, 3)) == []


def test_a_meeting_over_two_weeks_is_drawn_in_each_as_continuing():
    m = meeting("SG5-2026-1", "2026-12-03", "2026-12-09")
    bars = grid([m]).bars_of(m.id)
    assert len(bars) == 2
    assert (bars[0].continues_before, bars[0].continues_after) == (False, True)
    assert (bars[1].continues_before, bars[1].continues_after) == (True, False)
    assert bars[0].rect.right > bars[1].rect.right  # Thu-Sun, then Mon-Wed


def test_a_week_row_grows_to_show_every_meeting():
    crowd = [meeting(f"SG{i}-2026-1", "2026-12-08", "2026-12-10") for i in range(6)]
    scene = grid(crowd)
    quiet, busy = week_rows(scene)[0], week_rows(scene)[1]
    assert busy.h > quiet.h
    assert len(scene.bars) == 6 and not scene.mores
    assert len({b.rect.y for b in scene.bars}) == 6
    assert all(busy.y <= b.rect.y and b.rect.bottom <= busy.bottom for b in scene.bars)


def test_with_max_lanes_a_crowded_day_lists_the_rest_under_more():
    crowd = [meeting(f"SG{i}-2026-1", "2026-12-01") for i in range(4)]
    scene = grid(crowd, max_lanes=2)
    assert len(scene.bars) == 1
    [more] = scene.mores
    assert more.text == "+3 more" and more.title == "Tuesday 1 December 2026"
    assert set(more.meeting_ids) == {m.id for m in crowd} - {scene.bars[0].meeting_id}
    assert not any(more.rect.intersects(b.rect) for b in scene.bars)
    assert scene.axis.date_at(more.rect.x + 1, more.rect.y + 1) == D(2026, 12, 1)


def test_a_bar_in_the_last_lane_crossing_a_crowded_day_is_listed_on_each_of_its_days():
    long = meeting("WP1-2026-1", "2026-12-01", "2026-12-04")  # lane 0
    second = meeting("WP2-2026-1", "2026-12-02", "2026-12-04")  # lane 1, the last one shown
    extra = meeting("WP3-2026-1", "2026-12-03")  # lane 2: Thursday overflows
    scene = grid([long, second, extra], max_lanes=2)
    assert [b.meeting_id for b in scene.bars] == [long.id]
    by_day = {more.title: set(more.meeting_ids) for more in scene.mores}
    assert by_day == {
        "Wednesday 2 December 2026": {second.id},
        "Thursday 3 December 2026": {second.id, extra.id},
        "Friday 4 December 2026": {second.id},
    }
    assert not any(more.rect.intersects(b.rect) for more in scene.mores for b in scene.bars)


def test_more_shortens_to_the_count_in_a_narrow_day():
    crowd = [meeting(f"SG{i}-2026-1", "2026-12-01") for i in range(3)]
    assert [m.text for m in grid(crowd, width=350, max_lanes=1).mores] == ["+3"]


def test_max_lanes_below_one_is_refused():
    with pytest.raises(ValueError, match="max_lanes"):
        grid(max_lanes=0)


def test_a_wide_bar_carries_code_and_title_a_narrow_one_a_short_form_else_the_tooltip():
    m = meeting("ITU-T-SG17-2026-3", "2026-12-14", "2026-12-17", body="ITU-T SG17", title="Sec")
    one_day = meeting("ITU-T-SG17-2026-4", "2026-12-21", body="ITU-T SG17")
    wide = grid([m, one_day]).bars
    assert [b.label for b in wide] == ["ITU-T-SG17-2026-3  Sec", "SG17-2026-4"]
    narrow = grid([one_day], width=400).bars[0]  # 53 px a day: room for 7 characters
    assert narrow.label == "SG17-4"
    assert grid([one_day], width=120).bars[0].label == ""
    for b in [*wide, narrow]:
        assert b.label_inside and b.label_role is FontRole.SMALL
        assert b.label_rect is not None and b.rect.x <= b.label_rect.x
        assert b.label_rect.right <= b.rect.right


def test_every_bar_tells_the_meeting_on_hover_and_dates_not_fixed_are_dashed():
    fixed = meeting("C27", "2026-12-07", "2026-12-09", kind="council")
    month = meeting("TDAG-2026", "2026-12-01", "2026-12-31", precision=Precision.MONTH)
    scene = grid([fixed, month])
    assert all(b.tip == meeting_tip(fixed) for b in scene.bars_of(fixed.id))
    dashed = scene.bars_of(month.id)
    assert len(dashed) == 5 and all(b.dashed for b in dashed)  # every week the month touches
    assert not any(b.dashed for b in scene.bars_of(fixed.id))
    assert dashed[0].continues_before is False and dashed[-1].continues_after is False
    assert dashed[0].rect.x > scene.bars_of(fixed.id)[0].rect.x - 1  # from 1 December


def test_bars_are_in_reading_order_week_by_week_then_day_then_lane():
    a = meeting("A-1", "2026-12-10")
    b = meeting("B-1", "2026-12-08", "2026-12-10")
    c = meeting("C-1", "2026-12-08")
    d = meeting("D-1", "2026-12-01")
    scene = grid([a, b, c, d])
    assert [s.meeting_id for s in scene.bars] == [d.id, c.id, b.id, a.id]
    assert scene.meeting_ids() == [d.id, c.id, b.id, a.id]


def test_other_months_days_are_muted_and_today_is_marked():
    scene = grid(today=D(2026, 12, 16))
    numbers = {c.text: c for c in scene.captions if c.role is not FontRole.SMALL}
    assert numbers["30 Nov"].tone is Tone.MUTED and numbers["3 Jan"].tone is Tone.MUTED
    assert numbers["15"].tone is Tone.TEXT and numbers["16"].tone is Tone.TODAY
    [today] = [a for a in scene.areas if a.tone is Tone.TODAY]
    assert today.outlined
    assert scene.axis.date_at(today.rect.x + 2, today.rect.y + 2) == D(2026, 12, 16)


def test_weekends_religious_periods_and_holidays_are_shaded_with_their_tips():
    ramadan = Observance("ramadan", "Ramadan", D(2026, 12, 9), D(2026, 12, 10), estimated=True)
    escalade = [(D(2026, 12, 10), "Escalade (CH-GE)")]
    scene = grid(observances=[ramadan], holidays=escalade, width=1450)

    def areas_on(day: dt.date) -> list:
        return [a for a in scene.areas if scene.axis.date_at(a.rect.x + 1, a.rect.y + 1) == day]

    assert [a.tone for a in areas_on(D(2026, 12, 5))] == [Tone.WEEKEND]
    assert [a.tone for a in areas_on(D(2026, 12, 8))] == []
    [rel] = areas_on(D(2026, 12, 9))
    assert rel.tone is Tone.OBSERVANCE
    assert rel.tip == "Wed 09 Dec 2026\nReligious period: Ramadan (estimated)"
    both = areas_on(D(2026, 12, 10))
    assert [a.tone for a in both] == [Tone.OBSERVANCE, Tone.HOLIDAY]  # the holiday as a strip
    assert both[0].tip.endswith("Religious period: Ramadan (estimated)\nHoliday: Escalade (CH-GE)")
    names = [c for c in scene.captions if c.role is FontRole.SMALL and c.tone is Tone.MUTED]
    assert "Ramadan (estimated); Escalade (CH-GE)" not in [c.text for c in names]  # too long
    assert "Ramadan (estimated)" in [c.text for c in names]


def test_nothing_is_written_over_another_and_the_grid_fits_the_width():
    crowd = [
        meeting(f"ITU-R-WP{i}-2026-{i}", f"2026-12-{1 + i % 9:02d}", f"2026-12-{3 + i % 9:02d}")
        for i in range(30)
    ]
    for width, max_lanes in ((900.0, None), (1450.0, 4), (500.0, 2)):
        scene = grid(crowd, width=width, max_lanes=max_lanes)
        texts = [c.rect for c in scene.captions] + [m.rect for m in scene.mores]
        texts += [b.label_rect for b in scene.bars if b.label_rect is not None]
        for i, r in enumerate(texts):
            assert r.x >= 0 and r.right <= width + 1e-6
            assert not any(r.intersects(o) for o in texts[i + 1 :]), r
        for i, b in enumerate(scene.bars):
            assert not any(b.rect.intersects(o.rect) for o in scene.bars[i + 1 :])
        reached = set(scene.meeting_ids()) | {i for m in scene.mores for i in m.meeting_ids}
        assert reached == {m.id for m in crowd}
