"""The timeline's header headings when the view starts or ends inside a period: each heading in
view is whole, inside the view and inside the visible part of its own year, month, week or day,
left to right and mirrored, in every language. Centred in the whole year, "2027" was cut to
"202" at the right edge of an Arabic timeline whose view began in June 2027."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app import i18n
from scheduler_app.screen.labels import LABEL_PAD
from scheduler_app.screen.mirror import unmirrored
from scheduler_app.screen.scene import Caption, FontRole, Scene
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.screen.timeline_header import heading_box
from tests.helpers import meeting

FIRST, LAST = dt.date(2027, 1, 1), dt.date(2032, 12, 31)
WIDTH = 800.0  # the viewport, px
EPS = 1e-6
PROBE = 0.01  # px inside a box: its first and last days, past the rounding of the mirror


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return len(text) * (8.0 if role is FontRole.BOLD else 7.0)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


METRICS = FakeMetrics()
LAYOUT = TimelineLayout([meeting("SG1-2027-1", "2027-06-20", "2027-06-25")])


def _scene(px: float, start: dt.date, rtl: bool) -> tuple[Scene, tuple[float, float]]:
    """The period laid out at ``px`` a day with the start of the lines on ``start``: the
    view's left edge, or its right edge when mirrored; and that view in the scene's x."""
    lead = (start - FIRST).days * px
    width = ((LAST - FIRST).days + 1) * px
    view = (width - lead - WIDTH, width - lead) if rtl else (lead, lead + WIDTH)
    scene = LAYOUT.scene(FIRST, LAST, px, frozenset(), METRICS, visible=view, right_to_left=rtl)
    return scene, view


def _headings(scene: Scene, view: tuple[float, float]) -> list[Caption]:
    """The header's captions the view shows any part of."""
    top = unmirrored(scene.axis).top  # type: ignore[attr-defined]
    return [
        c
        for c in scene.captions
        if c.rect.y < top and c.rect.x < view[1] and c.rect.right > view[0]
    ]


def _period(c: Caption, day: dt.date) -> tuple[int, ...]:
    """Which period of the caption's row ``day`` is in: its year, month, week or day."""
    row = round(c.rect.y / (METRICS.height() + 6))
    if row == 0:
        return (day.year,)
    if row == 1:
        return day.year, day.month
    # the third row holds days, or weeks (whose captions tell the week in their tips)
    return (day.toordinal() - day.weekday(),) if c.tip else (day.toordinal(),)


ZOOMS = (800 / 2190, 800 / 365, 800 / 60, 800 / 14)  # six years to two weeks in view
STARTS = (
    dt.date(2027, 6, 15),  # mid-year: the bug
    dt.date(2027, 12, 20),  # a year begins inside the view
    dt.date(2028, 1, 1),  # the view starts on a year
    dt.date(2028, 3, 31),  # the last day of a month at the edge
    dt.date(2029, 2, 3),
)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_every_heading_in_view_is_whole_inside_the_view_and_its_period(lang, rtl):
    with i18n.using_language(lang):
        for px in ZOOMS:
            for start in STARTS:
                scene, view = _scene(px, start, rtl)
                shown = _headings(scene, view)
                assert {c.rect.y for c in shown} >= {0.0}, (px, start)  # a year is named
                for c in shown:
                    where = (lang, rtl, round(px, 2), start, c.text)
                    assert view[0] - EPS <= c.rect.x and c.rect.right <= view[1] + EPS, where
                    assert METRICS.width(c.text, c.role) + LABEL_PAD <= c.rect.w + EPS, where
                    y = c.rect.y + 1
                    a = scene.axis.date_at(c.rect.x + PROBE, y)
                    b = scene.axis.date_at(c.rect.right - PROBE, y)
                    assert a is not None and b is not None, where
                    assert _period(c, a) == _period(c, b), where


@pytest.mark.parametrize("rtl", [False, True], ids=["ltr", "rtl"])
def test_a_year_that_began_before_the_view_is_named_whole_at_its_edge(rtl):
    """The bug: the view's start of the lines in mid-June 2027, at six years across."""
    px = 800 / 2190
    scene, view = _scene(px, dt.date(2027, 6, 15), rtl)
    [year] = [c for c in _headings(scene, view) if c.rect.y == 0 and "27" in c.text]
    assert year.text == "2027"
    edge = view[1] if rtl else view[0]  # the start of the lines
    assert min(abs(year.rect.x - edge), abs(year.rect.right - edge)) < EPS
    assert year.align == "center"


def test_a_year_too_narrow_in_view_takes_its_short_form_then_nothing():
    px = 800 / 2190
    width = 4 * 8.0 + LABEL_PAD  # "2027" in the bold font, with its padding
    for shown, text in ((width + 1, "2027"), (width - 1, "'27"), (3 * 8 + LABEL_PAD - 1, None)):
        # the view starts where only ``shown`` px of 2027 remain
        lead = (dt.date(2028, 1, 1) - FIRST).days * px - shown
        scene = LAYOUT.scene(
            FIRST, LAST, px, frozenset(), METRICS, visible=(lead, lead + WIDTH), right_to_left=False
        )
        years = [c.text for c in _headings(scene, (lead, lead + WIDTH)) if c.rect.y == 0]
        assert (text in years) if text else not any("27" in t for t in years), (shown, years)


def test_a_heading_box_is_its_span_in_view_else_the_part_that_shows():
    view = (100.0, 900.0)
    assert heading_box((200.0, 300.0), 40.0, view) == (200.0, 100.0)  # wholly in view
    assert heading_box((950.0, 1050.0), 40.0, view) == (950.0, 100.0)  # wholly out of it
    assert heading_box((0.0, 160.0), 40.0, view) == (100.0, 60.0)  # cut at the left
    assert heading_box((850.0, 1200.0), 40.0, view) == (850.0, 50.0)  # cut at the right
    assert heading_box((0.0, 2000.0), 40.0, view) == (100.0, 800.0)  # wider than the view
    assert heading_box((0.0, 130.0), 40.0, view) is None  # 30 px show: too narrow
    assert heading_box((200.0, 230.0), 40.0, view) is None  # too narrow wherever it is
