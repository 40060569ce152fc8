"""Dragging through the calendar canvas's signals: a meeting known only by its month, quarter
or year (issue 12, defect 3: the drag raised InvalidMeeting) is refused in the words of Move
Later; a meeting with days moves by days in the year view and a timed one by 15-minute steps in
the week view, each drop one undoable edit."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app.services import editing
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.view_layouts import planner_zone


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def show(window, view, day):
    window.show_view(view)
    window.calendar.go_to(day)
    return window.views.currentWidget()


@pytest.mark.parametrize("code", ["TDAG-2024", "WTDC-29"])  # by its month, by its year
@pytest.mark.parametrize("mode", ["move", "start", "end"])
def test_a_meeting_without_days_is_not_dragged(window, message_boxes, code, mode):
    m = window.db.meeting_by_code(code)
    words = editing.not_movable_by_days(m)
    assert words is not None and m.label in words and "give it days" in words
    with pytest.raises(editing.EditRefused) as refused:
        editing.move(window.db, m, 3)
    assert str(refused.value) == words  # one wording for the menu and the drag

    window.select_meeting(m.id)
    view = window.calendar.canvases["year"]
    window.show_view("year")
    view.drag_started.emit(m.id, mode)
    assert view._allowed == frozenset()  # no tint for a meeting that cannot move by days
    view.bar_dragging.emit(m.id, 3, mode)
    assert window.statusBar().currentMessage() == words
    view.bar_dropped.emit(m.id, 3, mode)
    assert window.db.meeting_by_code(code) == m and window.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == words and message_boxes.shown == []


def test_a_meeting_without_days_is_refused_as_the_drag_starts(window):
    m = window.db.meeting_by_code("WTDC-29")
    window.select_meeting(m.id)
    window.show_view("year")
    window.year_view.drag_started.emit(m.id, "move")
    assert window.statusBar().currentMessage() == editing.not_movable_by_days(m)


def test_a_drag_in_days_through_the_canvas_signals_is_one_undoable_edit(window):
    c26 = window.db.meeting_by_code("C26")
    view = show(window, "year", dt.date(2026, 1, 1))
    view.drag_started.emit(c26.id, "move")
    view.bar_dragging.emit(c26.id, 7, "move")
    assert view._preview == (dt.date(2026, 5, 5), dt.date(2026, 5, 15))
    view.bar_dropped.emit(c26.id, 7, "move")
    moved = window.db.meeting_by_code("C26")
    assert (moved.start, moved.end) == (dt.date(2026, 5, 5), dt.date(2026, 5, 15))
    assert window.undo_stack.count() == 1 and view._preview is None
    window.undo_stack.undo()
    assert window.db.meeting_by_code("C26").start == c26.start


def timed_c26(window):
    """C26 made a morning session on the planner's clock (the reference calendar has no hours)."""
    c26 = window.db.meeting_by_code("C26")
    day = dt.date(2026, 4, 29)  # a Wednesday
    timed = c26.replace(
        start=day, end=day, start_time=dt.time(9, 30), end_time=dt.time(12, 0),
        timezone=planner_zone(),
    )  # fmt: skip
    window.edit(lambda: editing.update(window.db, c26, timed, "Edit"))
    return window.db.meeting_by_code("C26")


def test_the_week_view_shows_a_timed_meeting_at_its_hour(window):
    c26 = timed_c26(window)
    view = show(window, "week", c26.start)
    assert (view.scene.first, view.scene.last) == (dt.date(2026, 4, 27), dt.date(2026, 5, 3))
    bar = view.scene.bar(c26.id).rect
    top = view.scene.axis.moment_at(bar.x + bar.w / 2, bar.y)
    bottom = view.scene.axis.moment_at(bar.x + bar.w / 2, bar.bottom)
    assert top.date() == c26.start
    minutes = [(t.hour * 60 + t.minute) for t in (top, bottom)]
    assert minutes == [pytest.approx(9 * 60 + 30, abs=3), pytest.approx(12 * 60, abs=3)]
    # the day view of the day before does not show it; of its day, it does
    view = show(window, "day", dt.date(2026, 4, 28))
    assert view.scene.bar(c26.id) is None
    window.step_period(1)
    assert window.views.currentWidget().scene.bar(c26.id) is not None


def test_a_drag_in_15_minute_steps_in_the_week_view_is_one_undoable_edit(window):
    c26 = timed_c26(window)
    edits = window.undo_stack.count()
    view = show(window, "week", c26.start)
    view.drag_started.emit(c26.id, "move")
    view.bar_dragging.emit(c26.id, 45, "move")
    assert "09:30" not in window.statusBar().currentMessage()
    assert "10:15-12:45" in window.statusBar().currentMessage()
    view.bar_dropped.emit(c26.id, 45, "move")
    moved = window.db.meeting_by_code("C26")
    assert (moved.start, moved.start_time, moved.end_time) == (
        c26.start, dt.time(10, 15), dt.time(12, 45),
    )  # fmt: skip
    assert moved.timezone == c26.timezone and window.undo_stack.count() == edits + 1
    view.bar_dropped.emit(c26.id, -15, "end")  # the end only: 15 minutes earlier
    assert window.db.meeting_by_code("C26").end_time == dt.time(12, 30)
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.db.meeting_by_code("C26").start_time == dt.time(9, 30)
