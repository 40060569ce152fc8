"""The timeline keeps the day at the start of its lines when the window or a dock changes the
room it has, in either direction: a mirrored (Arabic) view used to keep its left x, the end of
its lines, so its first day jumped by months or years (2027-04-30 to 2028-01-12 from 1500 to
1366 px), and a window opened on a date showed the years after it."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from scheduler_app.screen.scene import Rect, Scene
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.ui import i18n
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.calendar_scroll import start_day
from scheduler_app.ui.main_window import MainWindow
from tests.helpers import meeting

DAY = dt.date(2027, 6, 15)


@pytest.fixture
def language(qapp, request) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def _settle(qtbot, window: MainWindow) -> None:
    qtbot.wait(5)
    window.calendar.refresh_view()


def _slack(window: MainWindow) -> int:
    """The days two pixels of scroll span, and one: what whole-pixel scrolls can move (a dock
    hidden and shown again rounds twice)."""
    canvas = window.calendar.current_canvas()
    scene = canvas.scene
    return 2 * math.ceil(((scene.last - scene.first).days + 1) / scene.width) + 1


def _opened(qtbot, db, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    window.show_view("timeline")
    window.calendar.go_to(DAY)
    _settle(qtbot, window)
    return window


@pytest.mark.parametrize("language", ["ar", "en"], indirect=True)
def test_resizing_the_window_or_a_dock_keeps_the_start_of_the_lines(qtbot, reference_db, language):
    window = _opened(qtbot, reference_db, (1600, 900))
    canvas = window.calendar.current_canvas()
    first = start_day(canvas)
    assert first is not None and abs((first - DAY).days) <= _slack(window)
    for size in ((1500, 900), (1366, 768), (1920, 1080)):
        window.resize(*size)
        _settle(qtbot, window)
        assert abs((start_day(canvas) - first).days) <= _slack(window), (language, size)
    window.filters_dock.hide()  # the canvas grows by the dock's width
    _settle(qtbot, window)
    assert abs((start_day(canvas) - first).days) <= _slack(window), (language, "dock")
    window.filters_dock.show()
    _settle(qtbot, window)
    assert abs((start_day(canvas) - first).days) <= _slack(window), (language, "dock back")
    assert canvas.scene.right_to_left == (language == "ar")


def test_an_arabic_timeline_opens_on_the_years_an_english_one_shows(qtbot, qapp, reference_db):
    shown = {}
    before = QLocale()
    try:
        for lang in ("en", "ar"):
            i18n.install(qapp, lang)
            # the window is laid out before it takes its size (as --size does)
            window = _opened(qtbot, reference_db, (1600, 900))
            window.resize(1366, 768)
            _settle(qtbot, window)
            canvas = window.calendar.current_canvas()
            shown[lang] = (canvas.scene.first, canvas.scene.last)
            assert abs((start_day(canvas) - DAY).days) <= _slack(window), lang
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    assert shown["ar"] == shown["en"]


def _mirrored(canvas: CalendarCanvas, px_per_day: float) -> Scene:
    ms = [meeting("SG1-2027-1", "2027-03-01", "2027-03-05")]
    return TimelineLayout(ms).scene(
        dt.date(2027, 1, 1), dt.date(2027, 12, 31), px_per_day, frozenset(), canvas.metrics,
        right_to_left=True,
    )  # fmt: skip


def test_a_mirrored_canvas_keeps_its_right_edge_on_a_resize_and_a_new_scene(qtbot):
    canvas = CalendarCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    canvas.show()
    canvas.set_scene(_mirrored(canvas, 20.0), keep_scroll=False)
    canvas.scroll_to(canvas.visible_rect().x - 1000, 0)
    from_right = canvas.scene.width - canvas.visible_rect().right
    canvas.resize(500, 300)
    qtbot.wait(1)
    assert canvas.scene.width - canvas.visible_rect().right == from_right
    canvas.set_scene(_mirrored(canvas, 25.0), keep_scroll=True)  # a wider scene
    assert canvas.scene.width - canvas.visible_rect().right == from_right
    assert isinstance(canvas.visible_rect(), Rect)
