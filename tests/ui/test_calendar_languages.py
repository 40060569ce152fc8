"""The calendar canvas with an Arabic (mirrored) scene: the arrows follow time leftwards, a new
view opens at its right edge, the scroll bar's slider is where the content is, and the words
are written right to left."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage, QPainter

from scheduler_app import i18n
from scheduler_app.screen.scene import Rect
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.ui import i18n as ui_i18n
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.visible_meetings import VisibleMeetingsList
from tests.helpers import meeting

D = dt.date
MEETINGS = [meeting("SG1-2027-1", "2027-03-01", "2027-03-05"), meeting("SG2-2027-1", "2027-06-07")]


def canvas_with(qtbot, lang: str, px_per_day: float = 20.0) -> CalendarCanvas:
    canvas = CalendarCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 300)
    canvas.show()
    with i18n.using_language(lang):
        scene = TimelineLayout(MEETINGS).scene(
            D(2027, 1, 1), D(2027, 12, 31), px_per_day, frozenset(), canvas.metrics
        )
        canvas.set_scene(scene, keep_scroll=False)
    return canvas


def test_in_arabic_the_left_arrow_steps_to_the_next_meeting(qtbot):
    canvas = canvas_with(qtbot, "ar")
    with qtbot.waitSignal(canvas.step_requested) as left:
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    with qtbot.waitSignal(canvas.step_requested) as right:
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    with qtbot.waitSignal(canvas.step_requested) as down:
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert (left.args, right.args, down.args) == ([1], [-1], [1])


def test_in_english_the_right_arrow_steps_to_the_next_meeting(qtbot):
    canvas = canvas_with(qtbot, "en")
    with qtbot.waitSignal(canvas.step_requested) as right:
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert right.args == [1]


def test_an_arabic_view_opens_at_its_right_edge_on_its_first_days(qtbot):
    canvas = canvas_with(qtbot, "ar")
    scene, view = canvas.scene, canvas.visible_rect()
    assert scene is not None and view.right >= scene.width - 1
    assert scene.axis.date_at(view.right - 1, scene.height - 1) == D(2027, 1, 1)
    bar = canvas.horizontalScrollBar()
    assert bar.value() == bar.maximum() > 0
    assert bar.layoutDirection() == Qt.LayoutDirection.LeftToRight  # slider where the view is


def test_an_english_view_opens_at_its_left_edge(qtbot):
    canvas = canvas_with(qtbot, "en")
    assert canvas.horizontalScrollBar().value() == 0


def test_the_arabic_canvas_paints_its_words_right_to_left(qtbot):
    canvas = canvas_with(qtbot, "ar")
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    qp = QPainter(image)
    try:
        view = canvas.visible_rect()
        qp.translate(-view.x, -view.y)
        canvas.paint_view(qp, Rect(view.x, view.y, view.w, view.h), 1.0)
        assert qp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        qp.end()


def test_the_list_of_meetings_in_view_is_named_in_the_language(qtbot):
    canvas = canvas_with(qtbot, "ar")
    with i18n.using_language("ar"):
        listed = VisibleMeetingsList(canvas)
    qtbot.addWidget(listed)
    assert listed.accessibleName() == "الاجتماعات المعروضة"


@pytest.fixture
def arabic_window(qtbot, qapp, reference_db) -> Iterator[MainWindow]:
    before = QLocale()
    ui_i18n.install(qapp, "ar")
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    ui_i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_the_arabic_timeline_shows_the_day_gone_to_at_its_right_edge(arabic_window):
    pane = arabic_window.calendar
    arabic_window.show_view("timeline")
    pane.go_to(D(2027, 10, 1))
    arabic_window.refresh_view()
    canvas = pane.current_canvas()
    view, scene = canvas.visible_rect(), canvas.scene
    # a day is a fraction of a pixel here: the scroll's whole pixels may be a pixel's days off
    at_right = scene.axis.date_at(view.right - 1, scene.height - 1)
    a_pixel = abs((scene.axis.date_at(view.right - 2, scene.height - 1) - at_right).days)
    assert abs((at_right - D(2027, 10, 1)).days) <= max(1, 2 * a_pixel)  # rounding, twice
    assert pane.left_edge_day() == at_right  # the first day in view, where the lines start
    pane.step_period(1)
    arabic_window.refresh_view()
    later = pane.left_edge_day()
    assert later > D(2027, 10, 1)
    view = canvas.visible_rect()
    assert canvas.scene.axis.date_at(view.x + 1, canvas.scene.height - 1) > later
