"""The calendar views laid out in the other languages of the Union: their month and day names,
hours, buttons and the first day of the week; and Arabic's mirrored views, where time runs
from right to left for painting, hit-testing and dragging alike."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app import i18n
from scheduler_app.domain.dates import MONTH_NAMES, WEEKDAY_NAMES
from scheduler_app.domain.meeting import DecidedPeriod
from scheduler_app.screen import words
from scheduler_app.screen.mirror import MirroredAxis, mirror
from scheduler_app.screen.month_grid import month_grid_scene
from scheduler_app.screen.periods import period
from scheduler_app.screen.scene import FontRole, Scene
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.screen.week_day import first_working_y, week_scene
from scheduler_app.screen.year_planner import year_planner_scene
from scheduler_app.ui.canvas_drag import Drag, grip
from tests.helpers import meeting

D = dt.date
OTHERS = ("ar", "zh", "fr", "ru", "es")
ZURICH = "Europe/Zurich"


class FakeMetrics:
    """7 px a character, 14 px a line, in every font."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * max(len(line) for line in text.split("\n"))

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


M = FakeMetrics()
OCT = [meeting("RA-27", "2027-10-11", "2027-11-12"), meeting("SG1-2027-1", "2027-10-20")]
CROWD = [meeting(f"SG{n}-2027-1", "2027-10-20") for n in range(1, 9)]


def texts(scene: Scene) -> list[str]:
    return [c.text for c in scene.captions]


def year(meetings=OCT, width: float = 1400.0, **kw) -> Scene:
    return year_planner_scene(meetings, 2027, (), (), None, M, width, **kw)


def month(meetings=OCT, **kw) -> Scene:
    kw.setdefault("first_weekday", i18n.first_weekday())
    return month_grid_scene(meetings, D(2027, 10, 1), (), (), None, M, 900.0, **kw)


def week(meetings=OCT, **kw) -> Scene:
    return week_scene(meetings, D(2027, 10, 11), 7, ZURICH, (), (), None, None, M, 1200.0, **kw)


def timeline(meetings=OCT, px_per_day: float = 3.0, **kw) -> Scene:
    layout = TimelineLayout(meetings)
    return layout.scene(D(2027, 1, 1), D(2027, 12, 31), px_per_day, frozenset(), M, **kw)


@pytest.mark.parametrize(
    ("lang", "october", "monday"),
    [
        ("ar", "أكتوبر", "الاثنين"),
        ("zh", "十月", "星期一"),
        ("fr", "Octobre", "Lundi"),
        ("ru", "Октябрь", "Понедельник"),
        ("es", "Octubre", "Lunes"),
    ],
)
def test_each_view_writes_the_languages_names(lang, october, monday):
    with i18n.using_language(lang):
        assert october in texts(year())
        assert monday in texts(month())
        assert october in texts(timeline(px_per_day=6.0))
        heads = texts(week())
        assert i18n.day(D(2027, 10, 11), "MMMEd") in heads
        assert words.hour(9) in heads


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_month_or_day_name_is_left(lang):
    english = {*MONTH_NAMES, *WEEKDAY_NAMES, "Oct", "Mon", "Wed"}
    with i18n.using_language(lang):
        drawn = [*texts(year()), *texts(month()), *texts(timeline(px_per_day=20.0)), *texts(week())]
    assert not [t for t in drawn if any(w in english for w in t.replace(",", " ").split())]


@pytest.mark.parametrize(
    ("lang", "more", "week_number"),
    [("fr", "+7 autres", "S40"), ("ru", "ещё 7", "Н40"), ("es", "+7 más", "S40")],
)
def test_the_buttons_and_week_numbers_are_translated(lang, more, week_number):
    with i18n.using_language(lang):
        grid = month(CROWD, max_lanes=2)
        planner = year(CROWD, max_lanes=1)
    assert more in {m.text for m in grid.mores}
    assert week_number in texts(grid)
    assert {m.text for m in planner.mores} <= {more, "+7"}


def test_a_density_tip_counts_in_the_language():
    with i18n.using_language("ru"):
        strip = timeline(CROWD, px_per_day=1.0, max_lanes=2)
    tips = [a.tip for a in strip.areas if a.tip]
    assert any(t.startswith("Заседаний: 8, ") for t in tips), tips


def test_the_hours_take_the_locales_form():
    with i18n.using_language("es"):
        assert "9:00" in texts(week())
    with i18n.using_language("fr"):
        assert "09:00" in texts(week())


def test_the_week_starts_on_saturday_in_arabic_and_monday_elsewhere():
    with i18n.using_language("ar"):
        assert i18n.first_weekday() == 5
        grid = month()
    assert grid.first.weekday() == 5
    with i18n.using_language("fr"):
        assert month().first.weekday() == 0


# --- Arabic: mirrored -----------------------------------------------------------------------


def arabic(make, *args, **kw) -> Scene:
    with i18n.using_language("ar"):
        return make(*args, **kw)


def caption_x(scene: Scene, text: str) -> float:
    return next(c.rect.x for c in scene.captions if c.text == text)


def test_the_arabic_year_planner_has_its_months_at_the_right_and_days_from_right_to_left():
    s = arabic(year)
    assert s.right_to_left
    assert caption_x(s, "يناير") > s.width * 0.9  # the months' names at the right
    row = next(c.rect for c in s.captions if c.text == "أكتوبر")
    y = row.y + row.h / 2
    xs = [x for x in range(0, int(s.width)) if s.axis.date_at(x, y) is not None]
    assert s.axis.date_at(xs[-1], y) == D(2027, 10, 1)  # the 1st next to the name
    assert s.axis.date_at(xs[0], y) == D(2027, 10, 31)
    assert caption_x(s, "1") > caption_x(s, "2")


def test_the_arabic_month_grid_starts_its_week_at_the_right():
    s = arabic(month)
    saturday = caption_x(s, "السبت")
    friday = caption_x(s, "الجمعة")
    assert saturday > friday
    row_y = s.axis.day_rects(D(2027, 10, 4), D(2027, 10, 4))[0]
    # Saturday 2 October is at the right of Monday 4 October, in the same row
    sat = s.axis.day_rects(D(2027, 10, 2), D(2027, 10, 2))[0]
    assert sat.x > row_y.x and sat.y == row_y.y


def test_in_arabic_later_days_are_further_left_on_the_timeline_and_the_week():
    for s in (arabic(timeline), arabic(week)):
        y = s.height - 1
        a, b = s.axis.day_rects(D(2027, 10, 11), D(2027, 10, 11))[0], None
        b = s.axis.day_rects(D(2027, 10, 13), D(2027, 10, 13))[0]
        assert b.x < a.x
        assert s.axis.date_at(a.x + a.w / 2, y) == D(2027, 10, 11)
        assert s.axis.date_at(b.x + 0.01, y) == D(2027, 10, 13)
        assert s.axis.date_at(b.right - 0.01, y) == D(2027, 10, 13)
    ra = arabic(timeline).bar(OCT[0].id)
    sg = arabic(timeline).bar(OCT[1].id)
    assert ra is not None and sg is not None and sg.rect.x < ra.rect.right


def test_the_arabic_weeks_hours_are_at_the_right():
    s = arabic(week)
    hour = next(c for c in s.captions if c.text == words.hour(9))
    assert hour.rect.x > s.width - 80 and hour.align == "left"
    assert first_working_y(s) > s.pinned_top


def test_a_drag_to_the_left_moves_an_arabic_meeting_later():
    one = [meeting("SG5-2027-1", "2027-10-13")]
    for s in (
        arabic(timeline, one, px_per_day=20.0),
        arabic(month, one),
        arabic(year, one),
        arabic(week, one),
    ):
        bar = s.bar(one[0].id)
        assert bar is not None
        x, y = bar.rect.x + bar.rect.w / 2, bar.rect.y + bar.rect.h / 2
        drag = Drag(bar.meeting_id, grip(bar, x, y, s.axis), (x, y), s.axis)
        assert drag.mode == "move"
        column = s.axis.day_rects(D(2027, 10, 13), D(2027, 10, 13))[0].w
        assert drag.moved_to(x - 2 * column, y)
        assert drag.delta == (2 * 24 * 60 if s.axis.step_minutes else 2), s.axis


def test_an_arabic_bar_starts_at_its_right_end():
    s = arabic(timeline, px_per_day=20.0)
    bar = s.bar(OCT[1].id)
    assert bar is not None and isinstance(s.axis, MirroredAxis)
    r = bar.rect
    assert grip(bar, r.right - 1, r.y + 1, s.axis) == "start"
    assert grip(bar, r.x + 1, r.y + 1, s.axis) == "end"


def test_mirroring_twice_gives_the_scene_back():
    s = month()
    back = mirror(mirror(s))

    def xs(rects):
        return [v for r in rects for v in (r.x, r.y, r.w, r.h)]

    assert xs(b.rect for b in back.bars) == pytest.approx(xs(b.rect for b in s.bars))
    assert xs(c.rect for c in back.captions) == pytest.approx(xs(c.rect for c in s.captions))
    assert [(c.align, c.text) for c in back.captions] == [(c.align, c.text) for c in s.captions]
    assert not back.right_to_left and back.axis is s.axis


def test_the_arabic_timeline_builds_what_is_in_view_in_its_own_x():
    full = arabic(timeline, px_per_day=20.0)
    ra = full.bar(OCT[0].id)
    assert ra is not None
    near = arabic(timeline, px_per_day=20.0, visible=(ra.rect.x, ra.rect.x + 600))
    assert near.bar(OCT[0].id) is not None
    far = arabic(timeline, px_per_day=20.0, visible=(0.0, 600.0))  # December, at the left
    assert far.bar(OCT[0].id) is None
    assert full.axis.date_at(10.0, full.height - 1) == D(2027, 12, 31)


def test_codes_and_dates_are_isolated_in_arabic_tips():
    decided = meeting(
        "PP-26",
        "2027-10-11",
        "2027-10-29",
        kind="pp",
        decided=DecidedPeriod(D(2027, 10, 1), D(2027, 12, 31), "PP-22"),
    )
    s = arabic(year, [decided])
    tip = next(a.tip for a in s.areas if a.tip.startswith("الفترة المقررة"))
    assert i18n.formats.FSI in tip and i18n.formats.PDI in tip


def test_the_arabic_week_numbers_leave_the_days_their_room_and_say_the_week_on_hover():
    s = arabic(month)
    week = next(c for c in s.captions if c.text == "40")
    assert week.tip == "الأسبوع 40"
    assert week.rect.x > s.width - 40  # in the margin at the right


def test_the_week_view_starts_on_the_languages_first_day():
    wednesday = D(2027, 10, 13)
    assert period("week", wednesday) == (D(2027, 10, 11), D(2027, 10, 17))
    with i18n.using_language("ar"):
        assert period("week", wednesday) == (D(2027, 10, 9), D(2027, 10, 15))
