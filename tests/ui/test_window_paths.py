"""The window's paths to the features built beside it: the Planning editors, the deadlines dock,
an import that can be undone, waivers on the undo stack, and changing many meetings at once."""

import pytest
from PySide6.QtWidgets import QDialog

from scheduler_app.domain import Status
from scheduler_app.ui import editors
from scheduler_app.ui.bulk_edit_dialog import FieldChangeDialog
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def menu_action(window, menu_title: str, text: str):
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == menu_title]
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("&Venues and Rooms…", editors.VenuesDialog),
        ("&Rule Settings…", editors.PolicyDialog),
        ("&Observances…", editors.ObservancesDialog),
        ("&Waivers…", editors.WaiversDialog),
    ],
)
def test_the_planning_menu_opens_each_editor_on_the_windows_session(window, qtbot, text, kind):
    menu_action(window, "&Planning", text).trigger()
    [dialog] = [d for d in window.findChildren(kind) if d.isVisible()]
    assert dialog.session is window.session
    menu_action(window, "&Planning", text).trigger()  # a second time: the same one, in front
    assert [d for d in window.findChildren(kind) if d.isVisible()] == [dialog]


def test_an_import_from_the_window_is_one_undo_step(window, tmp_path):
    csv = tmp_path / "more.csv"
    csv.write_text(
        "code,title,kind,start,end\n"
        "X-1,New forum,forum,2031-05-04,2031-05-06\n"
        "C26,Council 2026,council,2026-04-21,2026-04-30\n"
    )
    c26 = window.db.meeting_by_code("C26")
    assert window.import_path(csv, confirm=False)
    assert window.db.meeting_by_code("X-1") is not None
    assert window.db.meeting_by_code("C26").start != c26.start
    assert window.undo_stack.count() == 1 and "more.csv" in window.undo_stack.undoText()
    window.undo_stack.undo()
    assert window.db.meeting_by_code("X-1") is None
    assert window.db.meeting_by_code("C26").replace(sequence=0) == c26.replace(sequence=0)
    assert window.model.row_of(c26.id) is not None and window.model.rowCount() == 40
    window.undo_stack.redo()
    assert window.db.meeting_by_code("X-1") is not None


def test_an_import_the_planner_declines_in_the_preview_writes_nothing(
    window, tmp_path, message_boxes
):
    from PySide6.QtWidgets import QMessageBox

    csv = tmp_path / "declined.csv"
    csv.write_text("code,title,kind,start,end\nX-2,Forum,forum,2031-05-04,2031-05-06\n")
    message_boxes.answer = QMessageBox.StandardButton.No
    assert not window.import_path(csv, confirm=True)
    [preview] = message_boxes.shown
    assert "declined.csv" in preview.text and "1" in preview.text
    assert window.db.meeting_by_code("X-2") is None and window.undo_stack.count() == 0


def test_waiving_from_the_findings_panel_is_undone_and_redone(window):
    finding = next(f for f in window.checker.findings() if f.meeting_ids and not f.waived)
    key = (finding.rule_id, finding.meeting_ids)

    def waived() -> bool:
        return any(f.waived for f in window.checker.findings() if (f.rule_id, f.meeting_ids) == key)

    assert window.waive_finding(finding, "Council decided so")
    assert waived() and window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert not waived()
    window.undo_stack.redo()
    assert waived()


def test_the_deadlines_dock_lists_the_shown_meetings_deadlines_and_selects_one(window, qtbot):
    dock, panel = window.deadlines_dock, window.deadlines.panel
    # behind the findings' tab: nothing is worked out yet
    assert not window.deadlines.visible and panel.model.rowCount() == 0
    dock.raise_()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    shown = {m.id for m in window.shown_meetings()}
    ids = {panel.model.row_at(r).meeting_id for r in range(panel.model.rowCount())}
    assert ids and ids <= shown
    target = panel.model.row_at(0).meeting_id
    panel.meeting_activated.emit(target)
    assert window.session.selected_ids[0] == target


def test_change_sets_the_status_of_every_selected_meeting_in_one_step(window, monkeypatch):
    codes = ["C26", "WTDC-25", "PP-26"]
    ids = [window.db.meeting_by_code(c).id for c in codes]
    window.select_meetings(ids)

    def held(dialog: FieldChangeDialog) -> int:
        dialog.select("status", Status.TENTATIVE)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(FieldChangeDialog, "exec", held)
    window.edits.change_action.trigger()
    assert {window.db.meeting_by_code(c).status for c in codes} == {Status.TENTATIVE}
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert Status.TENTATIVE not in {window.db.meeting_by_code(c).status for c in codes}


def test_the_bundled_calendar_is_loaded_from_the_file_menu_as_one_undo_step(qtbot, empty_db):
    w = MainWindow(empty_db)
    qtbot.addWidget(w)
    w.show()
    assert w.db.count_meetings() == 0
    assert w.files.import_bundled_calendar(confirm=False)
    assert w.db.meeting_by_code("PP-26") is not None and w.model.rowCount() == 40
    assert w.undo_stack.count() == 1
    w.undo_stack.undo()
    assert w.db.count_meetings() == 0 and w.model.rowCount() == 0


def test_the_meeting_selected_on_opening_is_shown_in_the_details(window):
    [current] = window.selected_meetings()
    assert window.details.shown_id == current.id
    assert current.code in window.details.toPlainText()
