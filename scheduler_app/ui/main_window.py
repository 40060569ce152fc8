"""The planner's main window: the meetings table, its filters, a details pane and the menus."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPagedPaintDevice,
    QPdfWriter,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scheduler_app import APP_NAME, __version__
from scheduler_app.domain import Meeting, MeetingKind, Sector, Status
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.legend import KIND_HEX
from scheduler_app.domain.meeting import country_name
from scheduler_app.interop.csvfile import CsvFormatError, write_meetings
from scheduler_app.printing.job import (
    MAX_CYCLE_YEARS,
    Layout,
    PrintError,
    PrintRequest,
    build_pages,
)
from scheduler_app.printing.page import Page
from scheduler_app.printing.render import measure, render
from scheduler_app.rules import Checker, Finding, counts
from scheduler_app.services import editing
from scheduler_app.services.calendar_export import IcsOptions, build_request, write_ics
from scheduler_app.services.checking import WaiverError, checker_for_database, unwaive, waive
from scheduler_app.services.editing import Change
from scheduler_app.services.importing import apply_import, import_file
from scheduler_app.services.licences import bundled_libraries, licence_text
from scheduler_app.services.planner import database_label, open_database
from scheduler_app.storage import PlanningDatabase, StorageError
from scheduler_app.storage.checking import load_waivers
from scheduler_app.ui.commands import EditCommand
from scheduler_app.ui.export_dialog import ExportDialog
from scheduler_app.ui.findings_panel import FindingsPanel
from scheduler_app.ui.meeting_dialog import MeetingDialog, from_qdate, qdate
from scheduler_app.ui.meeting_model import (
    CODE,
    COLUMNS,
    DATES,
    KIND,
    PLACE,
    SECTOR,
    STATUS,
    TITLE,
    MeetingTableModel,
)
from scheduler_app.ui.page_view import PageView
from scheduler_app.ui.print_dialog import PrintOptionsDialog

_COLUMN_WIDTHS = {DATES: 175, CODE: 140, TITLE: 420, KIND: 150, SECTOR: 55, PLACE: 130, STATUS: 80}


CHECK_DELAY_MS = 60


VIEWS = {
    "agenda": ("&Agenda", "Ctrl+1"),
    "year": ("&Year Planner", "Ctrl+2"),
    "timeline": ("&Cycle Timeline", "Ctrl+3"),
    "month": ("&Month", "Ctrl+4"),
}
VIEW_KEYS = list(VIEWS)


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


class MainWindow(QMainWindow):
    """One planning database on screen."""

    database_changed = Signal()
    """Emitted after another database was opened or the meetings of this one were replaced."""

    def __init__(self, db: PlanningDatabase) -> None:
        super().__init__()
        self.db = db
        self.model = MeetingTableModel(self)
        self.undo_stack = QUndoStack(self)
        self._shown_once = False
        self._checker: Checker | None = None
        self._unchecked: list[Meeting] | None = None
        self._build_filters()
        self._build_table()
        self._build_details()
        self._build_findings()
        self._build_menus()
        self.database_changed.connect(self._on_database_changed)
        self.resize(1280, 800)
        self.reload()

    # --- construction ----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search code, title, place, body, chair…"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_box.addItem(kind.label, kind.value)
        self.sector_box = QComboBox(self)
        self.sector_box.addItem(self.tr("All Sectors"), None)
        names = {
            Sector.GS: "General Secretariat",
            Sector.R: "ITU-R",
            Sector.T: "ITU-T",
            Sector.D: "ITU-D",
        }
        for sector in Sector:
            self.sector_box.addItem(self.tr(names[sector]), sector.value)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_box.addItem(self.tr(status.value.capitalize()), status.value)
        # (box, settings key, how the printed header names it)
        self.filter_boxes = (
            (self.kind_box, "filter/kind", self.tr("kind")),
            (self.sector_box, "filter/sector", self.tr("Sector")),
            (self.status_box, "filter/status", self.tr("status")),
        )
        # Typing filters after a short pause, so a fast typist does not refilter per key.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self._on_filter_changed)
        self.search.textChanged.connect(self._filter_timer.start)
        for box, _key, _label in self.filter_boxes:
            box.currentIndexChanged.connect(self._on_filter_changed)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATES, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.doubleClicked.connect(self._on_activated)

        bar = QHBoxLayout()
        find_label = QLabel(self.tr("&Find:"), self)
        find_label.setBuddy(self.search)
        bar.addWidget(find_label)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.kind_box, 2)
        bar.addWidget(self.sector_box, 1)
        bar.addWidget(self.status_box, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        self.views = QStackedWidget(central)
        self.views.addWidget(self.table)
        self.year_view = PageView()
        self.timeline_view = PageView()
        self.month_view = PageView()
        for view in (self.year_view, self.timeline_view, self.month_view):
            self.views.addWidget(view)
            view.meeting_clicked.connect(self._on_bar_clicked)
            view.drag_moved.connect(self._on_bar_dragging)
            view.drag_finished.connect(self._on_bar_dropped)
        layout.addWidget(self.views)
        self.setCentralWidget(central)
        self.current_date = _today()
        self.timeline_years = 5
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)

    def _build_details(self) -> None:
        self.details = QTextBrowser(self)
        self.details.setOpenExternalLinks(True)
        self.details.setOpenLinks(True)
        dock = QDockWidget(self.tr("Meeting"), self)
        dock.setObjectName("details")
        dock.setWidget(self.details)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [340], Qt.Orientation.Horizontal)
        self.details_dock = dock

    def _build_findings(self) -> None:
        self.findings = FindingsPanel(self)
        dock = QDockWidget(self.tr("Findings"), self)
        dock.setObjectName("findings")
        dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [230], Qt.Orientation.Vertical)
        self.findings_dock = dock
        self.findings_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.findings_label)
        self.findings.finding_selected.connect(self._on_finding_selected)
        self.findings.waive_requested.connect(self._on_waive_requested)
        self.findings.unwaive_requested.connect(self._on_unwaive_requested)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open Database…"), QKeySequence.StandardKey.Open, self._on_open_requested
        )
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), None, self._on_import_requested)
        self.export_action = self._action(self.tr("&Export…"), None, self._on_export_requested)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.print_action = self._action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print, self._on_print_requested
        )
        self.preview_action = self._action(
            self.tr("Print Pre&view…"), None, self._on_preview_requested
        )
        self.pdf_action = self._action(self.tr("Export P&DF…"), None, self._on_pdf_requested)
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.preview_action)
        file_menu.addAction(self.pdf_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        for text, keys, slot in (
            (self.tr("&New Meeting…"), "Ctrl+Shift+N", self._on_new_requested),
            (self.tr("&Edit Meeting…"), "Return", self._on_edit_requested),
            (self.tr("D&uplicate"), "Ctrl+D", self._on_duplicate_requested),
            (self.tr("&Delete"), "Delete", self._on_delete_requested),
            (self.tr("Move a Day &Earlier"), "Alt+Left", lambda: self.move_selected(-1)),
            (self.tr("Move a Day &Later"), "Alt+Right", lambda: self.move_selected(1)),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self._on_find_requested)
        )
        self.view_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key, (text, keys) in VIEWS.items():
            action = QAction(self.tr(text), self, checkable=True)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            group.addAction(action)
            view_menu.addAction(action)
            self.view_actions[key] = action
        self.view_actions["agenda"].setChecked(True)
        view_menu.addSeparator()
        moves: tuple[tuple[str, str, Callable[[], object]], ...] = (
            (self.tr("Go to &Today"), "Ctrl+T", lambda: self.go_to(_today())),
            (self.tr("&Go to Date…"), "Ctrl+G", self.open_go_to_dialog),
            (self.tr("&Previous Period"), "Ctrl+PgUp", lambda: self.step_period(-1)),
            (self.tr("&Next Period"), "Ctrl+PgDown", lambda: self.step_period(1)),
            (self.tr("Zoom &In (timeline)"), "Ctrl++", lambda: self.zoom_timeline(-1)),
            (self.tr("Zoom &Out (timeline)"), "Ctrl+-", lambda: self.zoom_timeline(1)),
        )
        for text, keys, move in moves:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(move)
            view_menu.addAction(action)
        toolbar = self.addToolBar(self.tr("Views"))
        toolbar.setObjectName("views")
        for action in self.view_actions.values():
            toolbar.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.details_dock.toggleViewAction())
        view_menu.addAction(self.findings_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), None, self._on_about_requested))

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- state -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read every meeting again from the database; check them just after the table shows."""
        meetings = self.db.meetings()
        self.model.set_meetings(meetings)
        self._unchecked = meetings
        self.setWindowTitle(f"{database_label(self.db)} — {APP_NAME}")
        self._update_counts()
        self.go_to_date(_today())
        self.findings_label.setText(self.tr("Checking…"))
        # The table first, the findings a moment later: on a large calendar the first check
        # (observances, holidays, every rule) would otherwise delay the window by a second. The
        # short delay lets the first paint of the table go before it.
        QTimer.singleShot(CHECK_DELAY_MS, self.check_now)

    @property
    def checker(self) -> Checker:
        """The rules' view of the calendar, checked on first need."""
        self.check_now()
        assert self._checker is not None
        return self._checker

    @Slot()
    def check_now(self) -> None:
        """Run the pending full check, if any (it runs by itself once the window is idle)."""
        if self._unchecked is None:
            return
        meetings, self._unchecked = self._unchecked, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._checker = checker_for_database(self.db, meetings=meetings)
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh_findings()

    def go_to_date(self, day: dt.date) -> None:
        """Select and show the first meeting (in the current order) still running on or after
        ``day``: on start, what is coming up rather than the oldest meeting."""
        rows = self.model.rowCount()
        if not rows:
            return
        target = next((r for r in range(rows) if self.model.meeting_at(r).end >= day), rows - 1)
        self.table.selectRow(target)
        self.table.scrollTo(
            self.model.index(target, 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    def _update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        noun = self.tr("meeting") if total == 1 else self.tr("meetings")
        text = (
            f"{total} {noun}"
            if shown == total
            else self.tr("%1 of %2 meetings shown")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
        self.count_label.setText(text)

    def refresh_findings(self) -> None:
        """Show the checker's current findings and count them in the status bar."""
        findings = self.checker.findings()
        self.findings.set_findings(findings, self.checker.policy)
        c = counts(findings)
        self.findings_label.setText(
            self.tr("%1 errors · %2 warnings · %3 info")
            .replace("%1", str(c["error"]))
            .replace("%2", str(c["warning"]))
            .replace("%3", str(c["info"]))
        )
        self.findings_label.setStyleSheet("color: #c62828;" if c["error"] else "")

    def select_meetings(self, meeting_ids: Sequence[str]) -> int:
        """Select these meetings in the table (clearing filters that hide them); how many shown."""
        rows = [r for i in meeting_ids if (r := self.model.row_of(i)) is not None]
        if len(rows) < len(meeting_ids) and (
            self.search.text() or any(box.currentIndex() for box, _k, _l in self.filter_boxes)
        ):
            self.set_filters("", [0] * len(self.filter_boxes))
            rows = [r for i in meeting_ids if (r := self.model.row_of(i)) is not None]
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, row in enumerate(sorted(rows)):
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if n == 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
            selection.select(self.model.index(row, 0), flags)
        if rows:
            self.table.scrollTo(self.model.index(min(rows), 0))
        return len(rows)

    def select_meeting(self, meeting_id: str) -> bool:
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def set_filters(self, text: str, indexes: Sequence[int]) -> None:
        """Set the search text and the filter boxes together, then refilter once (not once per
        box, nor again when the typing pause runs out)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self._filter_timer.stop()
        for (box, _key, _label), index in zip(self.filter_boxes, indexes, strict=True):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self._on_filter_changed()

    def _on_filter_changed(self) -> None:
        # Qt hands item data back as plain strings: read the slugs back into the enums.
        kind, sector = self.kind_box.currentData(), self.sector_box.currentData()
        status = self.status_box.currentData()
        self.model.set_filter(
            self.search.text(),
            MeetingKind(kind) if kind else None,
            Sector(sector) if sector else None,
            Status(status) if status else None,
        )
        self._update_counts()
        self.refresh_view()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.setHtml(
                f"<p><i>{html.escape(self.tr('No meeting matches the filter.'))}</i></p>"
            )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.details.setHtml(meeting_html(self.model.meeting_at(current.row())))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.details_dock.show()

    @Slot(object)
    def _on_finding_selected(self, finding: Finding | None) -> None:
        if finding is not None and finding.meeting_ids:
            self.select_meetings(finding.meeting_ids)

    @Slot(object)
    def _on_waive_requested(self, finding: Finding) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Waive finding"),
            self.tr('Why is this acceptable? (e.g. "Council Decision 623")\n\n%1').replace(
                "%1", finding.message
            ),
        )
        if ok:
            self.waive_finding(finding, reason)

    def waive_finding(self, finding: Finding, reason: str) -> bool:
        meetings = [self.checker.calendar.by_id[i] for i in finding.meeting_ids]
        try:
            waive(self.db, finding.rule_id, meetings, reason)
        except WaiverError as exc:
            QMessageBox.warning(self, self.tr("Not waived"), str(exc))
            return False
        self.checker.set_waivers(load_waivers(self.db))
        self.refresh_findings()
        return True

    @Slot(object)
    def _on_unwaive_requested(self, finding: Finding) -> None:
        meetings = [self.checker.calendar.by_id[i] for i in finding.meeting_ids]
        unwaive(self.db, finding.rule_id, meetings)
        self.checker.set_waivers(load_waivers(self.db))
        self.refresh_findings()

    @Slot()
    def _on_find_requested(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot()
    def _on_database_changed(self) -> None:
        self.reload()

    @Slot()
    def _on_open_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open planning database"),
            str(self.db.path.parent),
            self.tr("Planning databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        try:
            db = open_database(path)
        except StorageError as exc:
            QMessageBox.critical(self, self.tr("Cannot open database"), str(exc))
            return False
        self.db.close()
        self.db = db
        self.database_changed.emit()
        return True

    def import_path(self, path: Path, *, confirm: bool) -> bool:
        """Import a CSV or iCalendar file after showing what it will change; nothing is written
        on error."""
        try:
            report = import_file(self.db, path, dry_run=True)
        except CsvFormatError as exc:
            shown = "\n".join(str(p) for p in exc.problems[:15])
            more = len(exc.problems) - 15
            if more > 0:
                shown += "\n" + self.tr("…and %1 more").replace("%1", str(more))
            QMessageBox.critical(self, self.tr("Nothing was imported"), shown)
            return False
        if confirm:
            skipped = "".join(f"\n  {reason}" for reason in sorted(set(report.skipped))[:5])
            answer = QMessageBox.question(
                self,
                self.tr("Import meetings"),
                self.tr("%1 new, %2 updated, %3 unchanged, %4 skipped.%5\n\nImport?")
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.updated)))
                .replace("%3", str(len(report.unchanged)))
                .replace("%4", str(len(report.skipped)))
                .replace("%5", skipped),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        apply_import(self.db, report)
        self.database_changed.emit()
        self.statusBar().showMessage(report.summary().replace("would add", "added"), 8000)
        return True

    @Slot()
    def _on_import_requested(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import meetings"),
            "",
            self.tr("Calendars and tables (*.ics *.csv);;iCalendar (*.ics);;CSV (*.csv)"),
        )
        if path:
            self.import_path(Path(path), confirm=True)

    def shown_meetings(self) -> list[Meeting]:
        """The meetings the table shows now: what export (and later print) use."""
        return [self.model.meeting_at(r) for r in range(self.model.rowCount())]

    @Slot()
    def _on_export_requested(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export meetings"),
            "meetings.ics",
            self.tr("iCalendar for Outlook (*.ics);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".ics", ".csv"):
            target = target.with_suffix(".csv" if "csv" in chosen.lower() else ".ics")
        dialog = ExportDialog(target, len(self.shown_meetings()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_to(
                target,
                name=dialog.name.text(),
                observances=dialog.observances.isChecked(),
                deadlines=dialog.deadlines.isChecked(),
            )

    def export_to(
        self, path: Path, *, name: str = "", observances: bool = False, deadlines: bool = False
    ) -> str:
        """Write the shown meetings to ``path`` (.ics or .csv); returns the status message."""
        meetings = self.shown_meetings()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if path.suffix.lower() == ".csv":
                count = write_meetings(path, meetings)
                message = self.tr("Wrote %1 meetings to %2").replace("%1", str(count))
                message = message.replace("%2", str(path))
            else:
                options = IcsOptions(
                    name=name or APP_NAME, observances=observances, deadlines=deadlines
                )
                result = write_ics(path, build_request(self.db, options=options, only=meetings))
                message = result.summary(path)
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(message, 8000)
        return message

    # --- calendar views --------------------------------------------------------------------------

    @property
    def view(self) -> str:
        return VIEW_KEYS[self.views.currentIndex()]

    def show_view(self, key: str) -> None:
        """Switch to the agenda, year, timeline or month view; they share the selection."""
        self.views.setCurrentIndex(VIEW_KEYS.index(key))
        self.view_actions[key].setChecked(True)
        self.refresh_view()

    def go_to(self, day: dt.date) -> None:
        self.current_date = day
        if self.view == "agenda":
            self.go_to_date(day)
        self.refresh_view()

    def open_go_to_dialog(self) -> QDialog:
        """Ask for a date (typed or picked on a calendar) and show it in the current view."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Go to Date"))
        picker = QDateEdit(qdate(self.current_date), dialog)
        picker.setCalendarPopup(True)
        picker.setDisplayFormat("d MMM yyyy")
        picker.setDateRange(qdate(dt.date(1865, 1, 1)), qdate(dt.date(2199, 12, 31)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(picker)
        layout.addWidget(buttons)
        dialog.picker = picker  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: self.go_to(from_qdate(picker.date())))
        dialog.open()
        return dialog

    def step_period(self, steps: int) -> None:
        d = self.current_date
        if self.view == "month":
            month = d.month - 1 + steps
            self.current_date = dt.date(d.year + month // 12, month % 12 + 1, 1)
        else:
            self.current_date = dt.date(d.year + steps, 1, 1)
        self.refresh_view()

    def zoom_timeline(self, years: int) -> None:
        self.timeline_years = max(1, min(MAX_CYCLE_YEARS, self.timeline_years + years))
        self.refresh_view()

    def refresh_view(self) -> None:
        """Lay out the current calendar view on the meetings the filter shows."""
        view = self.view
        if view == "agenda":
            return
        d = self.current_date
        if view == "year":
            request = PrintRequest(Layout.YEAR, year=d.year)
        elif view == "timeline":
            request = PrintRequest(
                Layout.CYCLE,
                date_from=dt.date(d.year, 1, 1),
                date_to=dt.date(d.year + self.timeline_years - 1, 12, 31),
            )
        else:
            request = PrintRequest(Layout.MONTH, date_from=d.replace(day=1))
        request.filter_text = self.filter_text()
        pages = self._pages_or_warning(request)
        widget = self.views.currentWidget()
        assert isinstance(widget, PageView)
        widget.selected = self.selected_meetings()[0].id if self.selected_meetings() else ""
        widget.set_page(pages[0] if pages else None)

    @Slot(str)
    def _on_bar_clicked(self, meeting_id: str) -> None:
        self.select_meeting(meeting_id)

    def _dragged(self, meeting_id: str, days: int, mode: str) -> tuple[Meeting, Meeting] | None:
        m = self.checker.calendar.by_id.get(meeting_id) or self.db.meeting(meeting_id)
        if m is None:
            return None
        shift = dt.timedelta(days=days)
        start = m.start + shift if mode in ("move", "start") else m.start
        end = m.end + shift if mode in ("move", "end") else m.end
        if end < start:
            return None
        return m, m.replace(start=start, end=end)

    @Slot(str, int, str)
    def _on_bar_dragging(self, meeting_id: str, days: int, mode: str) -> None:
        """While dragging: what the rules would say about the new dates."""
        pair = self._dragged(meeting_id, days, mode)
        if pair is None:
            return
        before, after = pair
        self.checker.update([before], [after])
        try:
            found = [
                f for f in self.checker.findings() if meeting_id in f.meeting_ids and not f.waived
            ]
        finally:
            self.checker.update([after], [before])
        summary = "; ".join(f"{f.rule_id}: {f.message}" for f in found[:3]) or self.tr("no finding")
        self.statusBar().showMessage(f"{after.label} {after.span}: {summary}")

    @Slot(str, int, str)
    def _on_bar_dropped(self, meeting_id: str, days: int, mode: str) -> None:
        pair = self._dragged(meeting_id, days, mode)
        if pair is None:
            return
        before, after = pair
        self.edit(lambda: editing.reschedule(self.db, before, after.start, after.end))

    # --- editing ---------------------------------------------------------------------------------

    def selected_meetings(self) -> list[Meeting]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.meeting_at(r) for r in rows]

    def edit(self, action: Callable[[], Change]) -> Change | None:
        """Run one edit (one transaction), put it on the undo stack, refresh what it touched."""
        try:
            change = action()
        except (StorageError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return None
        self.undo_stack.push(EditCommand(self, change))
        return change

    def apply_change(self, change: Change) -> None:
        """Show a change: the table, the findings (re-checked around it) and the selection."""
        self.model.apply_change(change.before, change.after)
        self.checker.update(change.before, change.after)
        self.refresh_findings()
        self._update_counts()
        if change.after:
            self.select_meeting(change.after[0].id)
        self.refresh_view()

    def open_meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        taken = {m.code for m in self.db.meetings() if m.code}
        return MeetingDialog(
            meeting,
            self.db.venues(),
            self.db.rooms(),
            [b.code for b in self.db.bodies()],
            taken,
            self,
            default_day=_today(),
        )

    @Slot()
    def _on_new_requested(self) -> None:
        dialog = self.open_meeting_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new = dialog.meeting()
            self.edit(lambda: editing.create(self.db, new))

    @Slot()
    def _on_edit_requested(self) -> None:
        selected = self.selected_meetings()
        if not selected:
            return
        dialog = self.open_meeting_dialog(selected[0])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after = dialog.meeting()
            if after != selected[0]:
                self.edit(lambda: editing.update(self.db, selected[0], after))

    @Slot()
    def _on_duplicate_requested(self) -> None:
        selected = self.selected_meetings()
        if selected:
            self.edit(lambda: editing.duplicate(self.db, selected[0]))

    @Slot()
    def _on_delete_requested(self) -> None:
        selected = self.selected_meetings()
        if not selected:
            return
        names = ", ".join(m.label for m in selected[:5]) + ("…" if len(selected) > 5 else "")
        answer = QMessageBox.question(
            self, self.tr("Delete meetings"), self.tr("Delete %1?").replace("%1", names)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edit(lambda: editing.delete(self.db, selected))

    def move_selected(self, days: int) -> None:
        selected = self.selected_meetings()
        if selected:
            self.edit(lambda: editing.move(self.db, selected[0], days))

    # --- printing --------------------------------------------------------------------------------

    def filter_text(self) -> str:
        """The active filter in words, for the header of printed pages."""
        parts = []
        if self.search.text().strip():
            parts.append(f"text “{self.search.text().strip()}”")
        for box, _key, label in self.filter_boxes:
            if box.currentIndex():
                parts.append(f"{label} {box.currentText()}")
        return "; ".join(parts)

    def print_pages(self, request: PrintRequest) -> list[Page]:
        """The pages of a print job on the meetings the filter shows."""
        request.only = self.shown_meetings()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages, _sheet = build_pages(self.db, request, measure, _today())
        finally:
            QApplication.restoreOverrideCursor()
        return pages

    def _ask_print_options(self, action: str) -> PrintRequest | None:
        dialog = PrintOptionsDialog(_today(), action, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request(self.filter_text())

    def _render_with_progress(self, pages: Sequence[Page], device: QPagedPaintDevice) -> None:
        progress = QProgressDialog(self.tr("Drawing pages…"), self.tr("Stop"), 0, len(pages), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            render(pages, device, step)
        finally:
            progress.close()

    def _pages_or_warning(self, request: PrintRequest) -> list[Page] | None:
        try:
            return self.print_pages(request)
        except PrintError as exc:
            QMessageBox.warning(self, self.tr("Cannot print"), str(exc))
            return None

    @Slot()
    def _on_print_requested(self) -> None:
        request = self._ask_print_options(self.tr("Print"))
        pages = self._pages_or_warning(request) if request else None
        if pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._render_with_progress(pages, printer)

    @Slot()
    def _on_preview_requested(self) -> None:
        request = self._ask_print_options(self.tr("Print Preview"))
        pages = self._pages_or_warning(request) if request else None
        if pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.paintRequested.connect(lambda device: render(pages, device))
        preview.exec()

    @Slot()
    def _on_pdf_requested(self) -> None:
        request = self._ask_print_options(self.tr("Export PDF"))
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), f"{request.layout.value}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.export_pdf(request, Path(path))

    def export_pdf(self, request: PrintRequest, path: Path) -> int:
        """Write the filtered meetings' layout to a PDF; returns the number of pages."""
        pages = self._pages_or_warning(request)
        if pages is None:
            return 0
        writer = QPdfWriter(str(path))
        writer.setResolution(300)
        self._render_with_progress(pages, writer)
        del writer  # finishes the file
        self.statusBar().showMessage(
            self.tr("Wrote %1 pages to %2").replace("%1", str(len(pages))).replace("%2", str(path)),
            8000,
        )
        return len(pages)

    @Slot()
    def _on_about_requested(self) -> None:
        from PySide6 import __version__ as pyside_version

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
            f"<p>{html.escape(self.tr('Plans ITU conferences, Council sessions and groups.'))}</p>"
            f"<p>Qt for Python (PySide6) {html.escape(pyside_version)} and Qt, under the LGPL-3.0."
            "</p>"
        )
        licences = box.addButton(self.tr("&Licences…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is licences:
            self.show_licences()

    def show_licences(self) -> QDialog:
        """The bundled libraries, their versions and licences, and the LGPL's full text."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Licences"))
        view = QTextBrowser(dialog)
        rows = "".join(
            f"<tr><td>{html.escape(lib.name)}</td><td>{html.escape(lib.version)}</td>"
            f"<td>{html.escape(lib.licence)}</td></tr>"
            for lib in bundled_libraries()
        )
        view.setHtml(
            f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3>"
            f"<table cellspacing='4'>{rows}</table>"
            f"<pre>{html.escape(licence_text('LGPL-3.0'))}</pre>"
        )
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.resize(720, 560)
        dialog.open()
        self.licences_view = view
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Scrolling needs the laid-out viewport, which exists only once the window is shown.
            self.go_to_date(_today())

    def restore_settings(self) -> None:
        """Put the window back where the planner left it last time."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        # The view, the timeline's span and the filter boxes come back as they were; a value
        # this version does not know (an older or newer settings file) is left at its default.
        try:
            years = int(str(settings.value("view/timeline_years", self.timeline_years)))
        except (TypeError, ValueError):
            years = self.timeline_years
        self.timeline_years = max(1, min(MAX_CYCLE_YEARS, years))
        indexes = []
        for box, key, _label in self.filter_boxes:
            saved = settings.value(key)
            indexes.append(max(box.findData(saved), 0) if saved else 0)
        self.set_filters(self.search.text(), indexes)
        view = settings.value("view/current")
        if view in VIEW_KEYS:
            self.show_view(str(view))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("view/current", self.view)
        settings.setValue("view/timeline_years", self.timeline_years)
        for box, key, _label in self.filter_boxes:
            settings.setValue(key, box.currentData() or "")
        self._unchecked = None  # a check still pending must not run on a closed database
        self.db.close()
        super().closeEvent(event)


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    cell = "<td style='color:gray;padding-right:8px'>"
    return f"<tr>{cell}{html.escape(label)}</td><td>{value}</td></tr>"


def meeting_html(m: Meeting) -> str:
    """The details pane for one meeting. Every value is escaped: nothing in a title is markup."""
    e = html.escape
    swatch = f"<span style='color:{KIND_HEX[m.kind]}'>■</span>"
    times = ""
    if m.start_time and m.end_time:
        times = f" {m.start_time:%H:%M}-{m.end_time:%H:%M} ({e(m.timezone)})"
    place = ", ".join(p for p in (m.city, country_name(m.country) if m.country else "") if p)
    room = " / ".join(p for p in (m.venue, m.room) if p)
    decided = ""
    if m.decided:
        decided = e(format_span(m.decided.start, m.decided.end))
        if m.decided.source:
            decided += f"<br><small>{e(m.decided.source)}</small>"
    source = e(m.source)
    if m.source.startswith(("https://", "http://")):
        source = f"<a href='{e(m.source, quote=True)}'>{source}</a>"
    rows = "".join(
        [
            _row("Dates", e(m.span) + e(times) + (f" ({m.days} days)" if m.days > 1 else "")),
            _row("Kind", f"{swatch} {e(m.kind.label)}"),
            _row("Sector", e(m.sector.value) if m.sector else ""),
            _row("Body", e(m.body)),
            _row("Reports to", e(m.parent)),
            _row("Place", e(place)),
            _row("Venue", e(room)),
            _row("Mode", e(m.mode.value)),
            _row("Status", e(m.status.value)),
            _row("Decided period", decided),
            _row("Cycle year", str(m.nominal_year) if m.nominal_year else ""),
            _row("Participants", f"{m.participants:,}" if m.participants is not None else ""),
            _row("Chair", e(m.chair)),
            _row("Source", source),
            _row("Notes", e(m.notes)),
        ]
    )
    code = f"<b>{e(m.code)}</b><br>" if m.code else ""
    return f"<p>{code}<span style='font-size:large'>{e(m.title)}</span></p><table>{rows}</table>"


__all__ = ["COLUMNS", "MainWindow", "meeting_html"]
