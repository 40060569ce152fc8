"""While a bar is dragged, the days where the meeting could start without a warning are tinted
(issue 13, part 5): worked out once when the drag starts, cleared on drop and on Esc."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent

from scheduler_app.services.suggesting import suggest
from scheduler_app.ui import calendar_pane
from scheduler_app.ui.calendar_pane import open_starts
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def _press_on(window, qtbot, code):
    m = window.db.meeting_by_code(code)
    window.select_meeting(m.id)
    window.current_date = m.start
    window.show_view("year")
    view = window.year_view
    view.resize(1400, 800)
    window.refresh_view()
    rect = view.bar_rect(m.id)
    at = QPoint(int(rect.center().x()), int(rect.center().y()))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at)
    return m, view, at


def _move(view, to: QPoint) -> None:
    view.mouseMoveEvent(
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(to),
            QPointF(to),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def test_the_tinted_days_are_the_starts_free_of_warnings_and_esc_clears_them(
    window, qtbot, monkeypatch
):
    m, view, at = _press_on(window, qtbot, "PP-26")
    first, last = view.visible_days()
    assert (first, last) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    expected = open_starts(window.checker, m, first, last)
    assert view.allowed_days == expected
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
    real = calendar_pane.open_starts
    monkeypatch.setattr(calendar_pane, "open_starts", lambda *a: calls.append(a) or real(*a))
    _move(view, at + QPoint(40, 0))
    _move(view, at + QPoint(80, 0))
    assert calls == [] and view.allowed_days == expected
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.allowed_days == frozenset()
    assert window.db.meeting_by_code("PP-26") == m  # Esc dropped nothing


def test_the_tint_goes_when_the_bar_is_dropped(window, qtbot):
    _m, view, at = _press_on(window, qtbot, "C26")
    assert view.allowed_days
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at)
    assert view.allowed_days == frozenset()


def test_dragging_an_edge_tints_nothing(window, qtbot):
    m, view, _at = _press_on(window, qtbot, "C26")
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton)
    rect = view.bar_rect(m.id)
    edge = QPoint(int(rect.left()) + 1, int(rect.center().y()))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=edge)
    assert view._drag is not None and view._drag[1] == "start"
    assert view.allowed_days == frozenset()  # a longer or shorter meeting: not its starts
