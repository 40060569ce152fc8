"""What the window says when a file cannot be written or read, and a read-only database (issue 16,
defects 6 and 7: the window's export to a read-only folder failed silently; a read-only database
could not even be opened to look at)."""

from __future__ import annotations

import datetime as dt
import errno
import inspect
import os
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from scheduler_app.printing.job import Layout, PrintRequest
from scheduler_app.services import editing
from scheduler_app.services.checking import observances_between
from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase
from scheduler_app.ui import print_actions
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.print_dialog import PrintOptionsDialog


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def _one_plain_error(message_boxes, *words: str) -> str:
    [box] = message_boxes.shown
    assert box.text_format == Qt.TextFormat.PlainText
    assert "\n" not in box.text and "Traceback" not in box.text
    for word in words:
        assert word in box.text, (word, box.text)
    return box.text


def _read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder nothing can be created in; as root (who writes anywhere) creating a file in it
    is refused the way the kernel refuses anyone else."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.access(folder, os.W_OK):
        real = tempfile.mkstemp

        def mkstemp(*args: object, dir: str | Path | None = None, **kw: object) -> object:
            if dir is not None and Path(dir) == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(folder))
            return real(*args, dir=dir, **kw)  # type: ignore[call-overload]

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    return folder


@pytest.mark.parametrize("suffix", [".csv", ".ics"])
def test_an_export_to_a_missing_folder_says_so_naming_the_path(
    window, tmp_path, message_boxes, suffix
):
    target = tmp_path / "no such folder" / f"meetings{suffix}"
    assert window.export_to(target) == ""
    _one_plain_error(message_boxes, str(target), "does not exist")
    assert "Wrote" not in window.statusBar().currentMessage()


@pytest.mark.parametrize("suffix", [".csv", ".ics"])
def test_an_export_to_a_read_only_folder_says_so_naming_the_path(
    window, tmp_path, message_boxes, monkeypatch, suffix
):
    target = _read_only_folder(tmp_path, monkeypatch) / f"meetings{suffix}"
    assert window.export_to(target) == ""
    _one_plain_error(message_boxes, str(target), "ermission denied")
    assert not target.exists()


def test_an_export_onto_a_folder_says_so(window, tmp_path, message_boxes):
    target = tmp_path / "taken.ics"
    target.mkdir()
    assert window.export_to(target) == ""
    _one_plain_error(message_boxes, str(target), "folder")


def test_a_pdf_that_cannot_be_written_says_so_and_leaves_no_file(window, tmp_path, message_boxes):
    target = tmp_path / "no such folder" / "list.pdf"
    assert window.export_pdf(PrintRequest(Layout.LIST, year=2026, annex=False), target) == 0
    _one_plain_error(message_boxes, str(target))
    assert not target.parent.exists()


def test_a_pdf_into_a_read_only_folder_says_so(window, tmp_path, message_boxes, monkeypatch):
    target = _read_only_folder(tmp_path, monkeypatch) / "list.pdf"
    assert window.export_pdf(PrintRequest(Layout.LIST, year=2026, annex=False), target) == 0
    _one_plain_error(message_boxes, str(target), "ermission denied")
    assert not target.exists()


def test_a_full_disk_while_writing_a_pdf_says_so(window, tmp_path, message_boxes, monkeypatch):
    target = tmp_path / "list.pdf"
    target.write_bytes(b"the old file")

    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(print_actions, "write_bytes", full)
    assert window.export_pdf(PrintRequest(Layout.LIST, year=2026, annex=False), target) == 0
    _one_plain_error(message_boxes, str(target), "No space left on device")
    assert target.read_bytes() == b"the old file"


def test_a_printer_that_cannot_be_drawn_on_says_so(window, message_boxes, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def refuse(*_args: object) -> int:
        raise OSError("cannot start drawing on the output (is the file writable?)")

    from scheduler_app.printing import render  # read by the print action when it prints

    monkeypatch.setattr(render, "render", refuse)
    window.printing.print_to_printer()
    _one_plain_error(message_boxes, "cannot start drawing")


def test_a_copy_into_a_missing_folder_says_so(window, tmp_path, message_boxes):
    target = tmp_path / "no such folder" / "copy.sqlite"
    assert not window.save_copy(target)
    _one_plain_error(message_boxes, str(target))


def test_an_unreadable_import_says_so_and_changes_nothing(window, tmp_path, message_boxes):
    missing = tmp_path / "gone.ics"
    assert not window.import_path(missing, confirm=False)
    _one_plain_error(message_boxes, str(missing))
    assert window.db.count_meetings() == 40


# --- a read-only database ------------------------------------------------------------------------


@pytest.fixture
def read_only_window(qtbot, db_path):
    if "read_only" not in inspect.signature(PlanningDatabase.open).parameters:
        pytest.skip("PlanningDatabase.open has no read_only parameter yet")
    with open_database(db_path, with_calendar=True) as writable:
        # the year view of 2026 needs 2025's and 2026's religious periods, computed and
        # stored while the file could still be written
        observances_between(writable, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    db = PlanningDatabase.open(db_path, read_only=True)
    assert db.read_only
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def test_a_read_only_database_is_shown_with_no_edit_on_offer(read_only_window):
    w = read_only_window
    assert "(read-only)" in w.windowTitle() and w.model.total == 40
    assert w.edits.actions and not any(a.isEnabled() for a in w.edits.actions)
    assert not w.files.import_action.isEnabled()
    assert w.files.export_action.isEnabled() and w.printing.print_action.isEnabled()
    assert not w.year_view.editable()  # no bar can be dragged either
    assert "read-only" in w.statusBar().currentMessage()
    [finding] = [f for f in w.checker.findings() if f.meeting_ids and not f.waived][:1]
    assert w.findings.select(finding.key)
    assert not w.findings.waive_button.isEnabled()


def test_a_write_to_a_read_only_database_is_a_plain_message(read_only_window, message_boxes):
    w = read_only_window
    c26 = w.db.meeting_by_code("C26")
    assert w.edit(lambda: editing.move(w.db, c26, 1)) is None
    _one_plain_error(message_boxes, "read-only", w.db.path.name)
    assert w.db.meeting_by_code("C26").start == c26.start and w.undo_stack.count() == 0


def test_a_read_only_calendar_view_selects_but_does_not_drag(read_only_window, qtbot):
    w = read_only_window
    c26 = w.db.meeting_by_code("C26")
    w.show_view("year")
    w.calendar.go_to(dt.date(2026, 1, 1))
    view = w.views.currentWidget()
    bar = view.scene.bar(c26.id)
    assert bar is not None and not view.editable()
    shown = view.visible_rect()
    middle = QPoint(round(bar.rect.x + bar.rect.w / 2 - shown.x),
                    round(bar.rect.y + bar.rect.h / 2 - shown.y))  # fmt: skip
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert w.selected_meetings()[0].id == c26.id and view._drag is None
    with qtbot.assertNotEmitted(view.drag_started):
        qtbot.mouseMove(view.viewport(), middle + QPoint(40, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=middle + QPoint(40, 0))
    assert w.db.meeting_by_code("C26") == c26


def test_a_database_file_without_write_permission_opens_read_only(qtbot, db_path):
    open_database(db_path, with_calendar=True).close()
    db_path.chmod(0o444)
    if os.access(db_path, os.W_OK):
        db_path.chmod(0o644)
        pytest.skip("running as root: a 0444 file can be written all the same")
    db = PlanningDatabase.open(db_path)
    w = MainWindow(db)
    qtbot.addWidget(w)
    assert "(read-only)" in w.windowTitle() and w.model.total == 40
    assert not any(a.isEnabled() for a in w.edit_actions)
