"""Dragging the bar of a meeting known only by its month, quarter or year (issue 12, defect 3):
the drag raised InvalidMeeting. Now it is refused at the start, in the words of Move Later."""

from __future__ import annotations

import pytest

from scheduler_app.services import editing
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


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
    view = window.calendar.page_views[0]
    view.drag_started.emit(m.id, mode)
    assert window.statusBar().currentMessage() == words
    view.drag_moved.emit(m.id, 3, mode)
    view.drag_finished.emit(m.id, 3, mode)
    assert window.db.meeting_by_code(code) == m and window.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == words and message_boxes.shown == []
