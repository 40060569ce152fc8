"""Dragging, "+N more" lists, zooming, tooltips and the accessible list of the calendar canvas."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from scheduler_app.screen.scene import Area, Bar, More, Rect, Tone
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.visible_meetings import VisibleMeetingsList
from tests.ui.test_calendar_canvas import HourAxis, at, bar, canvas, scene_of

__all__ = ["canvas"]  # the fixture, shared

LEFT = Qt.MouseButton.LeftButton


def drag(
    canvas: CalendarCanvas, qtbot: QtBot, start: tuple[float, float], *to: tuple[float, float]
) -> None:
    vp = canvas.viewport()
    qtbot.mousePress(vp, LEFT, pos=at(canvas, *start))
    for x, y in to:
        qtbot.mouseMove(vp, at(canvas, x, y))


def record(canvas: CalendarCanvas) -> list[tuple[str, tuple[Any, ...]]]:
    seen: list[tuple[str, tuple[Any, ...]]] = []
    for name in ("drag_started", "bar_dragging", "bar_dropped", "drag_cancelled"):
        getattr(canvas, name).connect(lambda *a, n=name: seen.append((n, a)))
    return seen


# --- drag ----------------------------------------------------------------------------------------


def test_dragging_the_middle_moves_by_whole_days(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))  # x 40-140
    seen = record(canvas)
    drag(canvas, qtbot, (90, 48), (100, 48), (132, 48), (135, 48), (151, 48))
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=at(canvas, 151, 48))
    # 90 is day 4; 100 and 132 are days 5 and 6; 135 is still day 6: no repeat; 151 is day 7
    assert seen == [
        ("drag_started", ("m1", "move")),
        ("bar_dragging", ("m1", 1, "move")),
        ("bar_dragging", ("m1", 2, "move")),
        ("bar_dragging", ("m1", 3, "move")),
        ("bar_dropped", ("m1", 3, "move")),
    ]


@pytest.mark.parametrize(
    ("x", "mode", "days"), [(42, "start", -2), (137, "end", -1), (50, "move", -1)]
)
def test_an_end_of_a_bar_resizes_it(
    canvas: CalendarCanvas, qtbot: QtBot, x: float, mode: str, days: int
) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    seen = record(canvas)
    drag(canvas, qtbot, (x, 48), (x - 25, 48))
    assert seen == [("drag_started", ("m1", mode)), ("bar_dragging", ("m1", days, mode))]


def test_the_cursor_says_which_part_a_drag_would_take(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    qtbot.mouseMove(canvas.viewport(), at(canvas, 41, 48))
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    qtbot.mouseMove(canvas.viewport(), at(canvas, 90, 48))
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.OpenHandCursor


def test_an_end_cut_by_the_view_is_not_a_grip(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5, continues_before=True)]))
    seen = record(canvas)
    drag(canvas, qtbot, (42, 48), (90, 48))
    assert seen[0] == ("drag_started", ("m1", "move"))


def test_on_an_hour_axis_a_drag_moves_in_15_minute_steps(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    meeting = Bar("m1", Rect(100, 540, 100, 120), "#1f4e9c")  # 09:00-11:00 on day 2
    canvas.set_scene(scene_of([meeting], width=700, height=1440, axis=HourAxis()))
    canvas.scroll_to(0, 400)
    seen = record(canvas)
    # 15 minutes down is a step; 22 rounds to it still, 23 to the next; 52 to 45; a day to
    # the right is 24 hours more
    drag(canvas, qtbot, (150, 560), (150, 575), (150, 582), (150, 583), (150, 612), (250, 612))
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=at(canvas, 250, 612))
    assert [a for n, a in seen if n == "bar_dragging"] == [
        ("m1", 15, "move"),
        ("m1", 30, "move"),
        ("m1", 45, "move"),
        ("m1", 24 * 60 + 45, "move"),
    ]
    assert seen[-1] == ("bar_dropped", ("m1", 24 * 60 + 45, "move"))


def test_escape_cancels_a_drag(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    seen = record(canvas)
    drag(canvas, qtbot, (90, 48), (130, 48))
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=at(canvas, 130, 48))
    assert [n for n, _ in seen] == ["drag_started", "bar_dragging", "drag_cancelled"]


def test_a_read_only_canvas_never_drags(canvas: CalendarCanvas, qtbot: QtBot) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 5)]))
    canvas.set_editable(False)
    seen = record(canvas)
    with qtbot.waitSignal(canvas.bar_clicked):
        drag(canvas, qtbot, (90, 48), (130, 48), (170, 48))
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=at(canvas, 170, 48))
    assert seen == []
    assert canvas.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_preview_and_allowed_days_tint_the_axis_rectangles(canvas: CalendarCanvas) -> None:
    import datetime as dt

    from tests.ui.test_calendar_canvas import FIRST, pixel

    canvas.set_scene(scene_of([]))
    plain = pixel(canvas, 110, 200).name()
    canvas.set_preview(FIRST + dt.timedelta(days=5), FIRST + dt.timedelta(days=6))  # x 100-140
    assert pixel(canvas, 110, 200).name() != plain
    assert pixel(canvas, 150, 200).name() == plain
    canvas.clear_preview()
    canvas.set_allowed_days({FIRST + dt.timedelta(days=d) for d in (10, 11, 12)})  # x 200-260
    assert pixel(canvas, 250, 200).name() != plain and pixel(canvas, 110, 200).name() == plain


# --- "+N more" -----------------------------------------------------------------------------------

MORE = More(Rect(300, 200, 80, 20), "+2 more", ("m1", "m2"), "Tuesday 3 March")


def test_a_click_on_more_lists_its_meetings_and_choosing_one_selects_it(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    far = bar("m2", 200, 3)
    canvas.set_scene(scene_of([bar("m1", 2, 3), far], mores=[MORE]))
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, 320, 210))
    menu = canvas.more_menu()
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Tuesday 3 March", "m1: Meeting m1, 2", "m2: Meeting m2, 200"]
    assert not menu.actions()[0].isEnabled()
    with qtbot.waitSignal(canvas.bar_clicked) as clicked:
        menu.actions()[-1].trigger()
    assert clicked.args == ["m2"] and canvas.selected() == ("m2",)
    assert far.rect.intersects(canvas.visible_rect())


def test_tab_reaches_the_more_buttons_and_enter_opens_and_chooses(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    other = More(Rect(100, 300, 80, 20), "+1 more", ("m3",), "Monday 2 March")
    canvas.set_scene(scene_of([bar("m1", 2, 3)], mores=[MORE, other]))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focused_more() is MORE  # reading order: the higher row first
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focused_more() is other  # below the view: scrolled to
    assert other.rect.bottom <= canvas.visible_rect().bottom
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focused_more() is None  # past the last: the focus may leave
    qtbot.keyClick(canvas, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.focused_more() is other
    qtbot.keyClick(canvas, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.focused_more() is MORE
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    menu = canvas.more_menu()
    assert menu is not None and menu.activeAction() is not None
    assert menu.activeAction().data() == "m1"
    with qtbot.waitSignal(canvas.bar_clicked) as clicked:
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert clicked.args == ["m2"]


def test_the_more_list_names_meetings_in_the_planners_words(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    canvas.set_scene(scene_of([], mores=[MORE]))
    canvas.set_describe(lambda m: {"m1": "R&D-1: Research", "m2": "C26: Council"}[m])
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=at(canvas, 320, 210))
    menu = canvas.more_menu()
    assert menu is not None
    assert [a.text() for a in menu.actions()][-2:] == ["R&&D-1: Research", "C26: Council"]


# --- zoom ----------------------------------------------------------------------------------------


def wheel(canvas: CalendarCanvas, pos: QPoint, dy: int, mods: Qt.KeyboardModifier) -> None:
    vp = canvas.viewport()
    event = QWheelEvent(
        QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, dy),
        Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(vp, event)


def test_ctrl_wheel_zooms_around_the_pointer_and_the_wheel_scrolls(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 3)]))
    canvas.scroll_to(1000, 0)
    with qtbot.waitSignal(canvas.zoom_requested) as zoomed:
        wheel(canvas, QPoint(50, 60), 120, Qt.KeyboardModifier.ControlModifier)
    factor, x, y = zoomed.args
    assert factor == pytest.approx(1.25) and (x, y) == (1050, 60)
    with qtbot.assertNotEmitted(canvas.zoom_requested):
        wheel(canvas, QPoint(50, 60), -120, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.visible_rect().x > 1000  # Shift+wheel scrolls sideways


@pytest.mark.parametrize(("key", "factor"), [(Qt.Key.Key_Plus, 1.25), (Qt.Key.Key_Equal, 1.25),
                                             (Qt.Key.Key_Minus, 0.8)])  # fmt: skip
def test_ctrl_plus_and_minus_zoom_around_the_middle(
    canvas: CalendarCanvas, qtbot: QtBot, key: Qt.Key, factor: float
) -> None:
    canvas.set_scene(scene_of([bar("m1", 2, 3)]))
    canvas.setFocus()
    with qtbot.waitSignal(canvas.zoom_requested) as zoomed:
        qtbot.keyClick(canvas, key, Qt.KeyboardModifier.ControlModifier)
    view = canvas.visible_rect()
    assert zoomed.args == pytest.approx([factor, view.w / 2, view.h / 2])


# --- tooltips ------------------------------------------------------------------------------------

HOSTILE = '<img src="/dev/zero">'


@pytest.fixture
def tips(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    return shown


def hover(canvas: CalendarCanvas, x: float, y: float) -> None:
    p = at(canvas, x, y)
    event = QHelpEvent(QEvent.Type.ToolTip, p, canvas.viewport().mapToGlobal(p))
    QApplication.sendEvent(canvas.viewport(), event)


def test_tooltips_show_a_hostile_title_as_words(canvas: CalendarCanvas, tips: list[str]) -> None:
    b = Bar("m1", Rect(40, 40, 100, 18), "#1f4e9c", tip=f"X-1: {HOSTILE}")
    area = Area(Rect(0, 200, 600, 40), Tone.HOLIDAY, tip=f"Holiday {HOSTILE}")
    canvas.set_scene(scene_of([b], areas=[area]))
    hover(canvas, 60, 48)
    hover(canvas, 60, 210)
    hover(canvas, 60, 300)  # nothing there: no tip
    assert len(tips) == 2
    assert all("<img" not in t and "&lt;img src=&quot;/dev/zero&quot;&gt;" in t for t in tips)
    assert "X-1:" in tips[0] and "Holiday" in tips[1]


# --- the accessible list -------------------------------------------------------------------------


def test_the_accessible_list_holds_the_meetings_in_view_and_shares_the_selection(
    canvas: CalendarCanvas, qtbot: QtBot
) -> None:
    bars = [bar(f"m{i}", i * 10, 5) for i in range(30)]  # 200 px apart
    canvas.set_scene(scene_of(bars))
    listing = VisibleMeetingsList(canvas)
    qtbot.addWidget(listing)
    assert listing.accessibleName() == "Meetings in view"
    first = listing.meeting_ids()
    assert first[0] == "m0" and len(first) == 3
    canvas.scroll_to(2000, 0)
    assert listing.meeting_ids() == ["m10", "m11", "m12"]
    assert listing.item(0).text() == "m10: Meeting m10, 100"
    canvas.set_selected(("m11",))
    assert listing.currentItem().text().startswith("m11")
    with qtbot.waitSignal(canvas.bar_clicked) as clicked:
        listing.setCurrentRow(2)
    assert clicked.args == ["m12"] and canvas.selected() == ("m12",)
    with qtbot.waitSignal(canvas.bar_activated) as opened:
        listing.itemActivated.emit(listing.item(0))
    assert opened.args == ["m10"]
