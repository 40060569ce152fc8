"""While a bar is dragged, the days where the meeting could start without a warning are tinted
(issue 13, part 5): worked out once when the drag starts, cleared on drop and on Esc."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from scheduler_app.services.suggesting import open_starts, suggest
from scheduler_app.ui import calendar_drag
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def _press_on(window, qtbot, code, where="middle"):
    """Take the meeting's bar in the year view (its middle, or the first day's edge) and move
    it just past the drag distance along its row: the drag has started."""
    m = window.db.meeting_by_code(code)
    window.select_meeting(m.id)
    window.show_view("year")
    view = window.year_view
    view.resize(1400, 800)
    window.calendar.go_to(m.start)
    rect = view.scene.bar(m.id).rect
    shown = view.visible_rect()
    x = rect.x + 1 if where == "edge" else rect.x + rect.w / 2
    at = QPoint(round(x - shown.x), round(rect.y + rect.h / 2 - shown.y))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view._allowed == frozenset()  # a press alone is no drag yet
    at += QPoint(QApplication.startDragDistance() + 1, 0)
    _move(view, qtbot, at)
    return m, view, at


def _move(view, qtbot, to: QPoint) -> None:
    qtbot.mouseMove(view.viewport(), to)


def test_the_tinted_days_are_the_starts_free_of_warnings_and_esc_clears_them(
    window, qtbot, monkeypatch
):
    m, view, at = _press_on(window, qtbot, "PP-26")
    first, last = window.calendar.period()
    assert (first, last) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    expected = open_starts(window.checker, m, first, last)
    assert view._allowed == expected
    assert dt.date(2026, 10, 19) in expected  # a week free of observances in the last quarter
    assert dt.date(2026, 11, 9) not in expected  # its own dates meet Diwali and Gurpurab
    # checked in full by every rule, every start free of warnings is tinted (so a start
    # outside the tint draws a warning)
    whole = suggest(window.checker, m, within=(first, last), top=60).checked
    assert len(whole) > 20 and any(c.is_clean() for c in whole)
    for c in whole:
        assert (c.start in expected) or not c.is_clean()
    # the mask is worked out when the drag starts, not again as the mouse moves
    calls = []
    real = calendar_drag.open_starts
    monkeypatch.setattr(calendar_drag, "open_starts", lambda *a: calls.append(a) or real(*a))
    _move(view, qtbot, at + QPoint(40, 0))
    _move(view, qtbot, at + QPoint(80, 0))
    assert calls == [] and view._allowed == expected
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view._allowed == frozenset()
    assert window.db.meeting_by_code("PP-26") == m  # Esc dropped nothing


def test_the_tint_goes_when_the_bar_is_dropped(window, qtbot):
    _m, view, at = _press_on(window, qtbot, "C26")
    assert view._allowed
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert view._allowed == frozenset()


def test_the_tint_is_drawn_on_the_days_it_allows(window, qtbot):
    _m, view, _at = _press_on(window, qtbot, "PP-26")
    day = dt.date(2026, 10, 19)
    assert day in view._allowed
    [cell] = view.scene.axis.day_rects(day, day)
    assert any(r.x <= cell.x + cell.w / 2 <= r.right and r.y <= cell.y + 1 <= r.bottom
               for r in view._overlay.allowed)  # fmt: skip


def test_dragging_an_edge_tints_nothing(window, qtbot):
    _m, view, _at = _press_on(window, qtbot, "C26", where="edge")
    assert view._drag is not None and view._drag.started and view._drag.mode == "start"
    assert view._allowed == frozenset()  # a longer or shorter meeting: not its starts
