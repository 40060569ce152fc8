"""The planner without a mouse: every pane reached by F6 and its own key, a meeting moved,
a finding waived and both undone, only with keys; and every control named for screen readers."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scheduler_app.ui.main_window import MainWindow
from tests.ui.accessibility import unnamed


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.check_now()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def focused():
    return QApplication.focusWidget()


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), k, modifiers)


def pane_of(window, widget) -> str:
    for pane in window.panes.panes:
        if widget is pane.container or pane.container.isAncestorOf(widget):
            return pane.name
    return ""


def test_f6_reaches_every_pane_and_comes_back(window, qtbot):
    window.table.setFocus()
    seen = [pane_of(window, focused())]
    for _ in range(4):
        key(qtbot, Qt.Key.Key_F6)
        seen.append(pane_of(window, focused()))
    # the deadlines share the findings' tab bar: F6 skips the one behind, its key brings it
    assert seen == ["View", "Meeting", "Findings", "Filters", "View"]
    key(
        qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert pane_of(window, focused()) == "Deadlines"
    key(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert pane_of(window, focused()) == "Meeting"


def test_a_meeting_is_moved_a_finding_waived_and_both_undone_with_keys_only(
    window, qtbot, monkeypatch
):
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    # to the table, and the third meeting
    key(qtbot, Qt.Key.Key_V, ctrl_shift)
    assert focused() is window.table
    key(qtbot, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    [m] = window.selected_meetings()
    key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # a day later
    assert (window.db.meeting(m.id).start - m.start).days == 1

    # to the findings, the first finding of the first group, waived with a reason typed in
    monkeypatch.setattr(
        "scheduler_app.ui.findings_dock.ask_text", lambda *_a: ("Council decided so", True)
    )
    key(qtbot, Qt.Key.Key_R, ctrl_shift)
    tree = window.findings.tree
    assert focused() is tree
    key(qtbot, Qt.Key.Key_Home)
    while window.findings.current_finding() is None or not window.findings.waive_button.isEnabled():
        key(qtbot, Qt.Key.Key_Down)
    finding = window.findings.current_finding()
    key(qtbot, Qt.Key.Key_W, ctrl_shift)  # Waive the Selected Finding…
    assert any(f.waived and f.key == finding.key for f in window.checker.findings())

    # undo both, newest first
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(f.waived and f.key == finding.key for f in window.checker.findings())
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.db.meeting(m.id).start == m.start


def test_every_control_of_the_window_has_a_name_a_screen_reader_can_say(window):
    for dock in window.docks:  # the docks behind tabs too
        dock.raise_()
        assert unnamed(dock) == [], dock.objectName()
    assert unnamed(window) == []


def _dialogs(window):
    """Every dialog of the window, built as its action builds it (not shown modally)."""
    import datetime as dt
    from pathlib import Path

    from scheduler_app.ui import help as help_windows
    from scheduler_app.ui.bulk_edit_dialog import FieldChangeDialog, MoveDaysDialog
    from scheduler_app.ui.export_dialog import ExportDialog
    from scheduler_app.ui.print_dialog import PrintOptionsDialog

    db = window.db
    some = [db.meeting_by_code("C26"), db.meeting_by_code("PP-26")]
    yield "go to", window.open_go_to_dialog()
    yield "meeting", window.open_meeting_dialog(some[0])
    yield "new meeting", window.open_meeting_dialog(None)
    yield "change", FieldChangeDialog(some, db.venues(), db.rooms(), window)
    yield "move", MoveDaysDialog(some, window)
    yield "print", PrintOptionsDialog(dt.date(2026, 12, 1), "Print", window)
    yield "export", ExportDialog(Path("plan.ics"), 40, window)
    yield "shortcuts", help_windows.shortcuts_dialog(window.menuBar(), window)
    yield "rules", help_windows.rules_dialog(window.checker.policy, window)
    yield "guide", help_windows.guide_dialog(window)


def test_every_dialog_names_its_controls_for_screen_readers(window, qtbot):
    for name, dialog in _dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed(dialog) == [], name
        dialog.close()
