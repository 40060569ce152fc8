"""The screen timeline on tiny calendars built by hand: boundaries, lanes, strips and marks."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from scheduler_app.domain import DecidedPeriod, MeetingKind, Precision, Sector, Status
from scheduler_app.domain.observance import Observance
from scheduler_app.screen.scene import FontRole, Rect, Tone
from scheduler_app.screen.timeline import ALL_LANES_FROM, TimelineLayout
from tests.helpers import meeting


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return len(text) * (8.0 if role in (FontRole.BOLD, FontRole.HEADER) else 7.0)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


METRICS = FakeMetrics()
MARCH = (dt.date(2027, 3, 1), dt.date(2027, 3, 31))


def sg(code: str, start: str, end: str | None = None, **kw):
    kw.setdefault("sector", Sector.D)
    kw.setdefault("body", "ITU-D SG1")
    return meeting(code, start, end, MeetingKind.STUDY_GROUP, **kw)


def layout(*ms, **kw) -> TimelineLayout:
    return TimelineLayout(ms, **kw)


def test_a_meeting_ending_on_the_first_day_is_drawn_on_it_and_continues_before():
    scene = layout(sg("A", "2027-02-20", "2027-03-01"), sg("B", "2027-02-20", "2027-02-28")).scene(
        *MARCH, 20.0, frozenset(), METRICS
    )
    [bar] = scene.bars
    assert bar.meeting_id == sg("A", "2027-02-20").id
    assert (bar.rect.x, bar.rect.w) == (0.0, 20.0)
    assert bar.continues_before and not bar.continues_after


def test_a_meeting_starting_on_the_last_day_is_drawn_on_it_and_continues_after():
    scene = layout(sg("A", "2027-03-31", "2027-04-03"), sg("B", "2027-04-01")).scene(
        *MARCH, 20.0, frozenset(), METRICS
    )
    [bar] = scene.bars
    assert (bar.rect.x, bar.rect.right) == (30 * 20.0, 31 * 20.0) == (600.0, scene.width)
    assert bar.continues_after and not bar.continues_before


def test_touching_meetings_take_two_lanes_by_default_and_share_one_without_a_gap():
    a, b = sg("A", "2027-03-01", "2027-03-05"), sg("B", "2027-03-06", "2027-03-08")
    apart = layout(a, b).scene(*MARCH, 20.0, frozenset(), METRICS).bars
    assert apart[0].rect.y != apart[1].rect.y
    shared = layout(a, b, gap_days=0).scene(*MARCH, 20.0, frozenset(), METRICS).bars
    assert shared[0].rect.y == shared[1].rect.y
    assert shared[0].rect.right == shared[1].rect.x == 100.0  # they touch, never overlap


def test_bars_come_in_reading_order_and_carry_their_colour_status_and_tooltip():
    late = sg("LATE", "2027-03-20", status=Status.TENTATIVE)
    early = sg("EARLY", "2027-03-02")
    pp = meeting("PP-26", "2027-03-10", "2027-03-12", MeetingKind.PP, body="PP")
    bars = layout(late, early, pp).scene(*MARCH, 20.0, frozenset(), METRICS).bars
    assert [b.meeting_id for b in bars] == [early.id, pp.id, late.id]
    assert bars[2].mark == "hatch" and bars[1].fill == "#7b1fa2"
    assert bars[1].tip.startswith("PP-26: Meeting PP-26\n10-12 Mar 2027 (3 days)")


def test_a_year_precision_meeting_is_a_dashed_bar_over_its_year():
    wtdc = meeting(
        "WTDC-29",
        "2029-01-01",
        "2029-12-31",
        MeetingKind.WTDC,
        precision=Precision.YEAR,
        body="WTDC",
    )
    scene = layout(wtdc).scene(
        dt.date(2026, 1, 1), dt.date(2030, 12, 31), 0.5, frozenset(), METRICS
    )
    [bar] = scene.bars
    assert bar.dashed and bar.meeting_id == wtdc.id
    start = (dt.date(2029, 1, 1) - dt.date(2026, 1, 1)).days * 0.5
    assert (bar.rect.x, bar.rect.w) == (start, 365 * 0.5)
    assert bar.label == "WTDC-29" and bar.label_inside


def test_a_label_that_does_not_fit_is_shortened_beside_its_bar_or_left_to_the_tip():
    code = "ITU-D-SG1-2027-425"
    scene = layout(sg(code, "2027-03-01")).scene(*MARCH, 10.0, frozenset(), METRICS)
    [bar] = scene.bars
    assert bar.label == code and not bar.label_inside and bar.label_rect.x > bar.rect.right
    # the next meeting of the lane a week later leaves room for the body's short code only
    crowded = layout(sg(code, "2027-03-01"), sg("ITU-D-SG1-2027-426", "2027-03-05"), gap_days=0)
    first = crowded.scene(*MARCH, 10.0, frozenset(), METRICS).bars[0]
    assert first.label in ("SG1-425", "SG1") and first.label_rect.right <= 40.0


def test_a_collapsed_group_is_a_strip_of_counts_per_week_with_the_meetings_listed():
    ms = [sg(f"ITU-D-SG1-2027-{i}", "2027-03-02") for i in range(10)] + [sg("X", "2027-03-16")]
    scene = layout(*ms).scene(*MARCH, 20.0, frozenset({"itu-d"}), METRICS)
    assert not scene.bars
    [toggle] = scene.toggles
    assert toggle.key == "itu-d" and not toggle.expanded and toggle.title == "ITU-D groups"
    density = [a for a in scene.areas if a.tone is Tone.DENSITY]
    assert [a.level for a in density] == [1.0, 0.1]
    assert density[0].tip == (
        "10 meetings, week of 1 Mar 2027: ITU-D-SG1-2027-0, ITU-D-SG1-2027-1, ITU-D-SG1-2027-2, "
        "ITU-D-SG1-2027-3, ITU-D-SG1-2027-4, ITU-D-SG1-2027-5, ITU-D-SG1-2027-6, "
        "ITU-D-SG1-2027-7 and 2 more"
    )
    assert density[1].tip == "1 meeting, week of 15 Mar 2027: X"
    first, second = scene.mores
    assert first.rect == density[0].rect and first.rect.x == 0.0 and first.rect.w == 7 * 20.0
    assert first.text == "10" and len(first.meeting_ids) == 10
    assert first.title == "ITU-D groups, week of 1 Mar 2027"
    assert second.meeting_ids == (ms[-1].id,)


def test_a_strip_counts_per_month_when_a_fortnight_is_too_narrow():
    ms = [sg("A", "2027-03-30", "2027-04-02"), sg("B", "2027-05-03")]
    scene = layout(*ms).scene(
        dt.date(2027, 1, 1), dt.date(2027, 12, 31), 0.7, frozenset({"itu-d"}), METRICS
    )
    assert [m.title for m in scene.mores] == [
        "ITU-D groups, March 2027",
        "ITU-D groups, April 2027",
        "ITU-D groups, May 2027",
    ]
    # "1" and its padding need 11 px: a fortnight is 9.8 px, a month 21.7
    assert [m.text for m in scene.mores] == ["1", "1", "1"]
    assert scene.mores[0].meeting_ids == scene.mores[1].meeting_ids == (ms[0].id,)


def test_a_group_needing_more_lanes_than_allowed_is_a_strip_zoomed_out_and_lanes_zoomed_in():
    ms = [sg(f"M{i}", "2027-03-01", "2027-03-05") for i in range(4)]
    out = layout(*ms).scene(*MARCH, ALL_LANES_FROM - 1, frozenset(), METRICS, max_lanes=3)
    assert not out.bars and len(out.mores) == 1
    assert out.toggles[0].expanded  # crowded, not collapsed: the toggle still says expanded
    near = layout(*ms).scene(*MARCH, ALL_LANES_FROM, frozenset(), METRICS, max_lanes=3)
    assert len(near.bars) == 4 and not near.mores
    assert len({b.rect.y for b in near.bars}) == 4  # the group's rows grow to four lanes


def test_group_rows_grow_with_their_lanes():
    one = layout(sg("A", "2027-03-01")).scene(*MARCH, 20.0, frozenset(), METRICS)
    three = layout(*(sg(f"M{i}", "2027-03-01") for i in range(3))).scene(
        *MARCH, 20.0, frozenset(), METRICS
    )
    assert three.height - one.height == pytest.approx(2 * (14 + 6))


def test_header_captions_never_overlap_nor_shrink_at_any_zoom():
    first, last = dt.date(2026, 1, 1), dt.date(2031, 12, 31)
    tl = layout(sg("A", "2027-03-01"))
    days = (last - first).days + 1
    for px in (1366 / days, 1366 / 365, 1366 / 60, 1366 / 14, 300.0):
        scene = tl.scene(first, last, px, frozenset(), METRICS)
        for a, b in itertools.combinations(scene.captions, 2):
            assert not a.rect.intersects(b.rect), (px, a, b)
        for c in scene.captions:
            assert c.role in (FontRole.SMALL, FontRole.NORMAL, FontRole.BOLD, FontRole.HEADER)
            assert METRICS.width(c.text, c.role) <= c.rect.w, (px, c)


def test_the_header_names_years_months_and_days_as_room_allows():
    tl = layout(sg("A", "2027-03-01"))

    def texts(px):
        return [c.text for c in tl.scene(*MARCH, px, frozenset(), METRICS).captions]

    assert texts(20.0)[:3] == ["2027", "March", "1"]
    assert "Wed 3" in texts(60.0)
    assert "1" in texts(3.0) and "8" in texts(3.0) and "2" not in texts(3.0)  # Mondays only


def test_weekends_are_shaded_at_day_zoom_only():
    tl = layout(sg("A", "2027-03-01"))

    def weekends(px):
        areas = tl.scene(*MARCH, px, frozenset(), METRICS).areas
        return [a for a in areas if a.tone is Tone.WEEKEND]

    assert weekends(3.0) == []
    shaded = weekends(20.0)
    assert len(shaded) == 4 and shaded[0].rect.x == 5 * 20.0 and shaded[0].rect.w == 40.0


def test_religious_days_and_holidays_are_marked_with_their_day_tooltip():
    ramadan = Observance(
        "ramadan", "Ramadan", dt.date(2027, 2, 8), dt.date(2027, 3, 8), estimated=True
    )
    tl = layout(
        sg("A", "2027-03-01"),
        observances=[ramadan],
        holidays=[(dt.date(2027, 3, 8), "Jour X (CH-GE)")],
    )
    areas = tl.scene(*MARCH, 20.0, frozenset(), METRICS).areas
    religious = [a for a in areas if a.tone is Tone.OBSERVANCE]
    assert len(religious) == 8 and religious[0].rect.x == 0.0
    [holiday] = [a for a in areas if a.tone is Tone.HOLIDAY]
    assert holiday.rect.x == 7 * 20.0
    assert (
        holiday.tip
        == "Mon 08 Mar 2027\nReligious period: Ramadan (estimated)\nHoliday: Jour X (CH-GE)"
    )


def test_a_decided_period_is_drawn_behind_its_lane_unless_turned_off():
    pp = meeting(
        "PP-26",
        "2026-11-09",
        "2026-11-27",
        MeetingKind.PP,
        body="PP",
        decided=DecidedPeriod(dt.date(2026, 10, 1), dt.date(2026, 12, 31), "PP-22, Resolution 77"),
    )
    span = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    areas = layout(pp).scene(*span, 2.0, frozenset(), METRICS).areas
    [decided] = [a for a in areas if a.tone is Tone.DECIDED]
    assert decided.tip == "Decided period of PP-26: 1 Oct-31 Dec 2026\nPP-22, Resolution 77"
    assert (
        decided.rect.x == (dt.date(2026, 10, 1) - span[0]).days * 2.0 and decided.rect.w == 92 * 2.0
    )
    off = layout(pp, decided=False).scene(*span, 2.0, frozenset(), METRICS).areas
    assert not [a for a in off if a.tone is Tone.DECIDED]


def test_today_is_a_line_on_its_day():
    scene = layout(sg("A", "2027-03-01"), today=dt.date(2027, 3, 10)).scene(
        *MARCH, 20.0, frozenset(), METRICS
    )
    [today] = [r for r in scene.rules if r.tone is Tone.TODAY]
    assert today.x1 == today.x2 == 9.5 * 20.0


def test_each_group_with_meetings_has_a_toggle_in_legend_order():
    ms = [
        sg("A", "2027-03-01"),
        meeting("C27", "2027-03-02", kind=MeetingKind.COUNCIL),
        meeting("PP-27", "2027-03-03", kind=MeetingKind.PP),
    ]
    scene = layout(*ms).scene(*MARCH, 20.0, frozenset(), METRICS)
    assert [t.key for t in scene.toggles] == ["conferences", "council", "itu-d"]
    assert all(t.expanded for t in scene.toggles)
    ys = [t.rect.y for t in scene.toggles]
    assert ys == sorted(ys) and all(t.rect.w == scene.width for t in scene.toggles)


def test_the_axis_maps_x_to_days_and_covers_the_lanes():
    scene = layout(sg("A", "2027-03-01")).scene(*MARCH, 20.0, frozenset(), METRICS)
    axis = scene.axis
    assert axis.step_minutes == 0 and axis.moment_at(5, 5) is None
    assert axis.date_at(0, 999) == dt.date(2027, 3, 1)
    assert axis.date_at(19.9, 0) == dt.date(2027, 3, 1) and axis.date_at(20, 0) == dt.date(
        2027, 3, 2
    )
    assert axis.date_at(-0.1, 0) is None and axis.date_at(scene.width, 0) is None
    [rect] = axis.day_rects(dt.date(2027, 2, 25), dt.date(2027, 3, 2))
    top = scene.toggles[0].rect.y
    assert rect == Rect(0, top, 40.0, scene.height - top)
    assert axis.day_rects(dt.date(2027, 4, 1), dt.date(2027, 4, 2)) == []


def test_a_visible_range_builds_only_its_bars_with_the_same_labels():
    ms = [
        sg(f"ITU-D-SG1-2027-{i}", (dt.date(2027, 1, 4) + dt.timedelta(days=3 * i)).isoformat())
        for i in range(100)
    ]
    tl = layout(*ms)
    span = (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    full = tl.scene(*span, 10.0, frozenset(), METRICS)
    part = tl.scene(*span, 10.0, frozenset(), METRICS, visible=(1500.0, 2000.0))
    assert (part.width, part.height) == (full.width, full.height)
    assert 0 < len(part.bars) < len(full.bars)
    by_id = {b.meeting_id: b for b in full.bars}
    assert all(by_id[b.meeting_id] == b for b in part.bars)
    assert {b.meeting_id for b in full.bars_in(Rect(1500, 0, 500, full.height))} <= {
        b.meeting_id for b in part.bars
    }


def test_an_empty_calendar_has_a_header_and_no_groups():
    scene = layout().scene(*MARCH, 20.0, frozenset(), METRICS)
    assert not scene.bars and not scene.toggles and scene.captions and scene.height > 0


def test_a_backwards_period_is_refused():
    with pytest.raises(ValueError, match="first <= last"):
        layout().scene(MARCH[1], MARCH[0], 20.0, frozenset(), METRICS)
