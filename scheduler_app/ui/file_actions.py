"""The window's files: new, open and recent databases, a copy, importing and exporting meetings.

Each action asks for a file, then hands it to ``services`` (open, import, export); what changed
reaches the views through the session (``database_opened``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMenu

from scheduler_app import APP_NAME
from scheduler_app.domain import Meeting
from scheduler_app.interop.csvfile import CsvFormatError, write_meetings
from scheduler_app.services import editing
from scheduler_app.services.calendar_export import IcsOptions, build_request, write_ics
from scheduler_app.services.importing import ImportReport, import_file
from scheduler_app.services.planner import open_database
from scheduler_app.services.reference import load_reference_calendar, reference_calendar_file
from scheduler_app.storage import StorageError
from scheduler_app.ui.export_dialog import ExportDialog
from scheduler_app.ui.failure import failure
from scheduler_app.ui.import_preview import confirm_import, problem_line, show_import_errors
from scheduler_app.ui.plain import ask, error
from scheduler_app.ui.session import Session

RECENT_KEY = "files/recent"
MAX_RECENT = 8
DATABASE_FILES = "Planning databases (*.sqlite *.db)"


def recent_files() -> list[Path]:
    """The databases opened lately, newest first."""
    saved = QSettings().value(RECENT_KEY) or []
    if isinstance(saved, str):  # QSettings hands a one-item list back as a string
        saved = [saved]
    return [Path(str(p)) for p in saved if str(p)]


def remember_recent(path: Path) -> None:
    path = path.resolve()
    paths = [path] + [p for p in recent_files() if p != path]
    QSettings().setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])


def forget_recent(path: Path) -> None:
    paths = [p for p in recent_files() if p != path.resolve() and p != path]
    QSettings().setValue(RECENT_KEY, [str(p) for p in paths])


class FileActions(QObject):
    """The File menu's database and interchange actions of one window."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        shown: Callable[[], list[Meeting]],
        selected: Callable[[], list[Meeting]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.shown = shown
        self.selected = selected
        self.new_action = self._action(
            self.tr("&New Database…"), self._on_new_requested, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open Database…"), self._on_open_requested, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.copy_action = self._action(
            self.tr("Save a &Copy As…"), self._on_copy_requested, QKeySequence.StandardKey.SaveAs
        )
        self.import_action = self._action(self.tr("&Import…"), self._on_import_requested)
        self.bundled_action = self._action(
            self.tr("Import the &Bundled ITU Calendar…"), self.import_bundled_calendar
        )
        self.export_action = self._action(self.tr("&Export…"), self._on_export_requested)
        self.export_selection_action = self._action(
            self.tr("Export the Se&lection…"), self._on_export_selection_requested
        )
        self.shared_calendar_action = self._action(
            self.tr("S&hared Calendar…"), self._on_shared_calendar_requested
        )

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- databases -------------------------------------------------------------------------------

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Show another planning database (``create``: a new, empty one, which must not exist
        yet); the undo history belonged to the old one and is cleared."""
        if create and path.exists():
            error(
                self.window,
                self.tr("Cannot create database"),
                self.tr("%1 already exists: open it with File > Open Database…").replace(
                    "%1", str(path)
                ),
            )
            return False
        if not create and not path.is_file():
            error(
                self.window,
                self.tr("Cannot open database"),
                self.tr("%1 does not exist (moved or deleted?)").replace("%1", str(path)),
            )
            forget_recent(path)
            return False
        try:
            db = open_database(path, with_calendar=False)
        except StorageError as exc:
            error(self.window, self.tr("Cannot open database"), str(exc))
            return False
        self.session.open(db)
        remember_recent(db.path)
        return True

    @Slot()
    def _on_open_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open planning database"),
            str(self.session.db.path.parent),
            self.tr("Planning databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    @Slot()
    def _on_new_requested(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New planning database"),
            str(self.session.db.path.parent / "plan.sqlite"),
            self.tr(DATABASE_FILES),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".sqlite", ".db"):
                target = target.with_suffix(".sqlite")
            self.open_path(target, create=True)

    @Slot()
    def fill_recent_menu(self) -> None:
        """List the recent databases (the menu is filled each time it opens)."""
        menu = self.recent_menu
        menu.clear()
        files = recent_files()
        for n, path in enumerate(files, start=1):
            # a "&" in a file name is a shortcut letter in a menu, unless doubled
            name, folder = (str(p).replace("&", "&&") for p in (path.name, path.parent))
            action = menu.addAction(f"&{n} {name}  —  {folder}")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            menu.addAction(self.tr("No recent databases")).setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(self.tr("&Clear Menu"))
            clear.triggered.connect(lambda: QSettings().setValue(RECENT_KEY, []))

    @Slot()
    def _on_copy_requested(self) -> None:
        db_path = self.session.db.path
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the planning database"),
            str(db_path.with_name(f"{db_path.stem}-copy{db_path.suffix}")),
            self.tr(DATABASE_FILES),
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, path: Path) -> bool:
        """Write a consistent snapshot of the open database; the window stays on the original
        (the database is saved continuously, so there is nothing else to save)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.db.save_copy(path)
        except (StorageError, OSError) as exc:
            error(self.window, self.tr("Copy not saved"), failure(path, exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("Saved a copy to %1").replace("%1", str(path)), 8000
        )
        return True

    @Slot()
    def _on_shared_calendar_requested(self) -> None:
        from scheduler_app.ui.shared_calendar_dialog import open_shared_calendar

        open_shared_calendar(self.window, self.session)

    # --- interchange -----------------------------------------------------------------------------

    def import_path(self, path: Path, *, confirm: bool) -> bool:
        """Import a CSV or iCalendar file after showing every meeting it adds, changes (field by
        field) and skips; one undoable edit, and nothing is written on error or when the
        database changed since the preview."""
        db = self.session.db
        try:
            report = import_file(db, path, dry_run=True)
        except CsvFormatError as exc:
            if len(exc.problems) == 1 and not getattr(exc.problems[0], "line", 0):
                # about the file as a whole (it cannot be read): one line, not a list
                problem = problem_line(exc.problems[0], path)
                error(self.window, self.tr("Nothing was imported"), f"{path}: {problem}")
            else:
                show_import_errors(self.window, path, exc.problems)
            return False
        except (OSError, StorageError, ValueError) as exc:
            # a file that cannot be read, a database that cannot be, a value no reader caught:
            # said in one line rather than lost in a traceback behind the window
            error(self.window, self.tr("Nothing was imported"), failure(path, exc))
            return False
        return self._apply_import(
            report, path, self.tr("Import %1").replace("%1", path.name), confirm
        )

    def _apply_import(self, report: ImportReport, path: Path, label: str, confirm: bool) -> bool:
        """After the preview (``confirm``), write a planned import as one undoable edit."""
        if confirm and not confirm_import(self.window, report, path):
            return False
        db = self.session.db
        if self.session.edit(lambda: editing.imported(db, report, label)) is None:
            return False  # refused (read-only, a full disk, changed since): the session said why
        # what was written, in the words of an applied import (the preview's report said "would")
        applied = dataclasses.replace(report, dry_run=False)
        self.window.statusBar().showMessage(applied.summary(), 8000)
        return True

    @Slot()
    def import_bundled_calendar(self, *, confirm: bool = True) -> bool:
        """``scheduler-app init`` from the window: the ITU meetings shipped with the planner,
        added or brought up to date by code, after the same preview as any import."""
        try:
            report = load_reference_calendar(self.session.db, dry_run=True)
        except StorageError as exc:
            error(self.window, self.tr("Nothing was imported"), str(exc))
            return False
        label = self.tr("Import the bundled ITU calendar")
        return self._apply_import(report, reference_calendar_file(), label, confirm)

    @Slot()
    def _on_import_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import meetings"),
            "",
            self.tr("Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)"),
        )
        if path:
            self.import_path(Path(path), confirm=True)

    @Slot()
    def _on_export_requested(self) -> None:
        self.ask_and_export(self.shown())

    @Slot()
    def _on_export_selection_requested(self) -> None:
        selected = self.selected()
        if selected:
            self.ask_and_export(selected)

    def ask_and_export(self, meetings: Sequence[Meeting]) -> None:
        """Ask for a file and the export's options, then write ``meetings`` to it."""
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export meetings"),
            "meetings.ics",
            self.tr("iCalendar for Outlook (*.ics);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".ics", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".ics")
            # the file dialog asked about the name typed, not this one
            replace_it = self.tr("%1 already exists. Replace it?").replace("%1", str(target))
            if target.exists() and not ask(self.window, self.tr("Export meetings"), replace_it):
                return
        dialog = ExportDialog(target, len(meetings), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_to(
                target,
                name=dialog.name.text(),
                observances=dialog.observances.isChecked(),
                deadlines=dialog.deadlines.isChecked(),
                meetings=meetings,
            )

    def export_to(
        self,
        path: Path,
        *,
        name: str = "",
        observances: bool = False,
        deadlines: bool = False,
        meetings: Sequence[Meeting] | None = None,
    ) -> str:
        """Write ``meetings`` (default: those the filter shows) to ``path`` (.ics or .csv);
        returns the status message, or "" when nothing was written (the planner was told why)."""
        chosen = list(meetings) if meetings is not None else self.shown()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if path.suffix.lower() == ".csv":
                count = write_meetings(path, chosen)
                message = self.tr("Wrote %1 meetings to %2").replace("%1", str(count))
                message = message.replace("%2", str(path))
            else:
                options = IcsOptions(
                    name=name or APP_NAME, observances=observances, deadlines=deadlines
                )
                request = build_request(self.session.db, options=options, only=chosen)
                message = write_ics(path, request).summary(path)
        except OSError as exc:
            problem = failure(path, exc)
        else:
            problem = ""
        finally:
            QApplication.restoreOverrideCursor()
        if problem:
            error(self.window, self.tr("Not exported"), problem)
            return ""
        self.window.statusBar().showMessage(message, 8000)
        return message
