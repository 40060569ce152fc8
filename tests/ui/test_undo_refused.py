"""An undo or redo the database refuses (issue 12, defect 1): it said nothing, Qt moved the undo
index anyway, and the next Redo failed on an assertion. Now the planner is told why, nothing is
written, and the stack stays where the database is."""

from __future__ import annotations

import pytest

from scheduler_app.services import editing
from scheduler_app.services import settings_edits as se
from scheduler_app.storage import PlanningDatabase
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def _venues(db: PlanningDatabase) -> list[str]:
    return sorted(v.name for v in db.venues())


def test_a_refused_undo_says_so_and_leaves_the_edit_undoable(window, qtbot, message_boxes):
    db, stack = window.session.db, window.undo_stack
    window.edit(lambda: se.add_venue(db, se.venue("Palexpo", "Geneva", "CH")))
    with PlanningDatabase.open(db.path, create=False) as other:  # another planner's window
        editing.set_fields(other, [other.meeting_by_code("C26")], venue="Palexpo")
    before = _venues(db)

    stack.undo()
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    [box] = message_boxes.shown
    assert box.title == "Cannot undo" and "Palexpo" in box.text and "C26" in box.text
    assert _venues(db) == before and "Palexpo" in before
    # the stack is where the database is: the venue's addition is still the one to undo
    assert stack.index() == 1 and stack.canUndo() and not stack.canRedo()
    assert "Palexpo" in stack.undoText()

    stack.redo()  # nothing to redo: no assertion, nothing written
    assert _venues(db) == before and stack.index() == 1

    # once C26 is elsewhere again, the same undo goes through
    with PlanningDatabase.open(db.path, create=False) as other:
        editing.set_fields(other, [other.meeting_by_code("C26")], venue="")
    stack.undo()
    assert "Palexpo" not in _venues(db) and stack.index() == 0 and len(message_boxes.shown) == 1
    stack.redo()
    assert "Palexpo" in _venues(db) and stack.index() == 1


def test_a_refused_redo_says_so_and_leaves_the_edit_redoable(window, qtbot, message_boxes):
    db, stack = window.session.db, window.undo_stack
    window.edit(lambda: se.add_venue(db, se.venue("Palexpo", "Geneva", "CH")))
    stack.undo()
    with PlanningDatabase.open(db.path, create=False) as other:  # adds a venue of that name
        se.add_venue(other, se.venue("Palexpo", "Geneva", "CH"))
    before = _venues(db)

    stack.redo()
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    assert message_boxes.shown[0].title == "Cannot redo"
    assert _venues(db) == before and stack.index() == 0 and stack.canRedo()
    stack.undo()  # nothing to undo before it: nothing written
    assert _venues(db) == before and stack.index() == 0
