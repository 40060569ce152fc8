"""A refusal in a settings editor is said once (issue 12, defect 4): the editor showed its
inline line and the window popped a modal box with the same words."""

from __future__ import annotations

import pytest

from scheduler_app.services import editing
from scheduler_app.ui import editors
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def test_a_refused_venue_deletion_is_said_on_the_editors_line_only(window, qtbot, message_boxes):
    dialog = editors.open_venues_editor(window.session, window)
    qtbot.addWidget(dialog)
    dialog.select_venue("ITU headquarters")
    dialog.delete_venue.click()
    assert dialog.message.text().startswith("Not changed: ITU headquarters is the venue of")
    assert message_boxes.shown == [] and window.undo_stack.count() == 0
    assert "ITU headquarters" in [v.name for v in window.db.venues()]


def test_a_refused_edit_elsewhere_still_gets_the_windows_box(window, message_boxes):
    c26 = window.db.meeting_by_code("C26")
    window.edit(lambda: editing.move(window.db, c26, 0))
    [box] = message_boxes.shown
    assert box.title == "Not changed" and "at least one day" in box.text
