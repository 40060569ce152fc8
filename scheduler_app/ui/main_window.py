"""The planner's main window: the meetings table, its filters, a details pane and the menus."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

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
    QShowEvent,
    QUndoStack,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QHeaderView,
    QLabel,
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
from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import add_months
from scheduler_app.interop.atomic import write_bytes
from scheduler_app.interop.csvfile import CsvFormatError, write_meetings
from scheduler_app.printing.charts import MIN_LABEL_PT, Overlays, meeting_tip
from scheduler_app.printing.job import (
    MAX_CYCLE_YEARS,
    Layout,
    PrintError,
    PrintRequest,
    build_pages,
)
from scheduler_app.printing.page import PT, Page
from scheduler_app.printing.render import measure, pdf_bytes, render
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
from scheduler_app.ui.details import meeting_html
from scheduler_app.ui.export_dialog import ExportDialog
from scheduler_app.ui.filter_panel import FilterPanel
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
from scheduler_app.ui.page_view import MIN_TEXT_PX, PageView
from scheduler_app.ui.plain import ask, ask_text, error, warn
from scheduler_app.ui.print_dialog import PrintOptionsDialog

T = TypeVar("T")

_COLUMN_WIDTHS = {DATES: 175, CODE: 140, TITLE: 420, KIND: 150, SECTOR: 55, PLACE: 130, STATUS: 80}


CHECK_DELAY_MS = 60


VIEWS = {
    "agenda": ("&Agenda", "Ctrl+1"),
    "year": ("&Year Planner", "Ctrl+2"),
    "timeline": ("&Cycle Timeline", "Ctrl+3"),
    "month": ("&Month", "Ctrl+4"),
}
VIEW_KEYS = list(VIEWS)
PAGE_CACHE_SIZE = 12  # calendar pages kept laid out, for going back to a view or a period

# The cycle timeline's spans, narrowest first: Zoom In goes left, Zoom Out right.
TIMELINE_SPANS: dict[str, str] = {
    "2w": "2 weeks",
    "1m": "1 month",
    "3m": "3 months",
    "6m": "6 months",
    **{f"{n}y": f"{n} year{'s' if n > 1 else ''}" for n in range(1, MAX_CYCLE_YEARS + 1)},
}
SPAN_KEYS = list(TIMELINE_SPANS)
DEFAULT_SPAN = "5y"


def timeline_period(span: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The days a timeline of ``span`` shows around ``day``: whole years from 1 January, whole
    months from the quarter or half-year's first month, a fortnight from Monday."""
    amount, unit = int(span[:-1]), span[-1]
    if unit == "w":
        first = day - dt.timedelta(days=day.weekday())
        return first, first + dt.timedelta(days=7 * amount - 1)
    if unit == "m":
        month0 = (day.month - 1) // amount * amount
        first = dt.date(day.year, month0 + 1, 1)
        return first, add_months(first, amount) - dt.timedelta(days=1)
    first = dt.date(day.year, 1, 1)
    return first, dt.date(day.year + amount - 1, 12, 31)


def screen_page_size(width: int, height: int) -> tuple[float, float]:
    """A calendar view's page in mm, shaped like the widget so that it fills it: as tall as a
    landscape A4 (the scale of print), wider or narrower as the window is."""
    ratio = max(width, 1) / max(height, 1)
    if ratio >= 1:
        return min(210.0 * ratio, 630.0), 210.0
    return 210.0, min(210.0 / ratio, 630.0)


RECENT_KEY = "files/recent"
MAX_RECENT = 8


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


def _today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def failure(path: Path, exc: Exception) -> str:
    """One line saying what went wrong with ``path`` (named once, whether or not the error did)."""
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else "") or str(exc)
    return str(exc) if str(path) in str(exc) else f"{path}: {text}"


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
        self._closed = False
        self._page_cache: dict[tuple[object, ...], Page] = {}
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
        self.filter_panel = FilterPanel(self)
        panel = self.filter_panel
        # the window's handles on the panel's widgets (tests and menus use them)
        self.search, self.kind_box = panel.search, panel.kind_box
        self.sector_box, self.status_box, self.body_box = (
            panel.sector_box,
            panel.status_box,
            panel.body_box,
        )
        self.filter_boxes = panel.boxes
        panel.filters_changed.connect(self._on_filter_changed)
        panel.overlays_changed.connect(self.redraw_views)
        dock = QDockWidget(self.tr("Filters"), self)
        dock.setObjectName("filters")
        dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.filters_dock = dock

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

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        # A resized view is laid out again to its new shape, once the resizing pauses.
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(80)
        self._relayout_timer.timeout.connect(self.refresh_view)
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
            view.step_requested.connect(self.step_selection)
            view.describe = self._describe_meeting
            view.resized.connect(self._relayout_timer.start)
        layout.addWidget(self.views)
        self.setCentralWidget(central)
        self.current_date = _today()
        self.timeline_span = DEFAULT_SPAN
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
        self.new_action = self._action(
            self.tr("&New Database…"), QKeySequence.StandardKey.New, self._on_new_database_requested
        )
        self.open_action = self._action(
            self.tr("&Open Database…"), QKeySequence.StandardKey.Open, self._on_open_requested
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.copy_action = self._action(
            self.tr("Save a &Copy As…"), QKeySequence.StandardKey.SaveAs, self._on_copy_requested
        )
        file_menu.addAction(self.copy_action)
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
        self.edit_actions: list[QAction] = [self.import_action]  # off on a read-only database
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
            self.edit_actions.append(action)
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
        overlay_menu = view_menu.addMenu(self.tr("Show on &Calendars"))
        self.overlay_actions: dict[str, QAction] = {}
        for name, check in self.filter_panel.overlay_boxes.items():
            action = QAction(check.text(), self, checkable=True)
            action.setChecked(check.isChecked())
            action.toggled.connect(check.setChecked)  # one state: the panel's check box
            check.toggled.connect(action.setChecked)
            overlay_menu.addAction(action)
            self.overlay_actions[name] = action
        view_menu.addSeparator()
        view_menu.addAction(self.filters_dock.toggleViewAction())
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
        self.filter_panel.set_bodies(
            [b.code for b in self.db.bodies()] + [n for m in meetings for n in (m.body, m.parent)]
        )
        self._unchecked = meetings
        self._show_read_only()
        self._update_counts()
        self.go_to_date(_today())
        self.redraw_views()
        self.findings_label.setText(self.tr("Checking…"))
        # The table first, the findings a moment later: on a large calendar the first check
        # (observances, holidays, every rule) would otherwise delay the window by a second. The
        # short delay lets the first paint of the table go before it.
        QTimer.singleShot(CHECK_DELAY_MS, self.check_now)

    @property
    def read_only(self) -> bool:
        """Whether the open database refuses writes (a read-only file, folder or disk)."""
        return bool(getattr(self.db, "read_only", False))

    def _show_read_only(self) -> None:
        """Say in the title that nothing can be changed, and offer no edit that would fail."""
        read_only = self.read_only
        mark = f" {self.tr('(read-only)')}" if read_only else ""
        self.setWindowTitle(f"{database_label(self.db)}{mark} — {APP_NAME}")
        for action in self.edit_actions:
            action.setEnabled(not read_only)
        for view in (self.year_view, self.timeline_view, self.month_view):
            view.editable = not read_only
        self.findings.set_read_only(read_only)
        if read_only:
            reason = getattr(self.db, "read_only_reason", "") or self.tr("it cannot be written")
            self.statusBar().showMessage(
                self.tr("Opened read-only (%1): nothing can be changed").replace("%1", reason),
            )

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
        if len(rows) < len(meeting_ids) and self.filter_panel.is_filtering():
            self.filter_panel.clear()
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

    def set_filters(self, text: str, indexes: Sequence[int]) -> None:
        """Set the search text and the filter boxes together, then refilter once (not once per
        box, nor again when the typing pause runs out)."""
        self.filter_panel.set_filters(text, indexes)

    @Slot()
    def _on_filter_changed(self) -> None:
        where = self.filter_panel.where()
        if where.bodies:  # a body brings the bodies below it, at any depth
            where = replace(where, bodies=self.db.body_family(where.bodies))
        self.model.set_filter(self.filter_panel.text(), where)
        self._update_counts()
        self.redraw_views()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.details.setHtml(
                f"<p><i>{html.escape(self.tr('No meeting matches the filter.'))}</i></p>"
            )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            meeting = self.model.meeting_at(current.row())
            self.details.setHtml(meeting_html(meeting))
            widget = self.views.currentWidget()
            if isinstance(widget, PageView):
                widget.set_selected(meeting.id)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.details_dock.show()

    @Slot(object)
    def _on_finding_selected(self, finding: Finding | None) -> None:
        if finding is not None and finding.meeting_ids:
            self.select_meetings(finding.meeting_ids)

    @Slot(object)
    def _on_waive_requested(self, finding: Finding) -> None:
        reason, ok = ask_text(
            self,
            self.tr("Waive finding"),
            self.tr('Why is this acceptable? (e.g. "Council Decision 623")\n\n%1').replace(
                "%1", finding.message
            ),
        )
        if ok:
            self.waive_finding(finding, reason)

    def waive_finding(self, finding: Finding, reason: str) -> bool:
        meetings = [self.checker.calendar.every_meeting[i] for i in finding.meeting_ids]
        try:
            waive(
                self.db,
                finding.rule_id,
                meetings,
                reason,
                subject="" if meetings else finding.subject,
                checker=self.checker,
            )
        except (WaiverError, StorageError) as exc:
            warn(self, self.tr("Not waived"), str(exc))
            return False
        self.checker.set_waivers(load_waivers(self.db))
        self.refresh_findings()
        return True

    @Slot(object)
    def _on_unwaive_requested(self, finding: Finding) -> None:
        meetings = [self.checker.calendar.every_meeting[i] for i in finding.meeting_ids]
        try:
            unwaive(self.db, finding.rule_id, meetings, subject="" if meetings else finding.subject)
        except (WaiverError, StorageError) as exc:
            warn(self, self.tr("Waiver not removed"), str(exc))
            return
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

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        """Show another planning database (``create``: a new, empty one, which must not exist
        yet); the undo history belonged to the old one and is cleared."""
        if create and path.exists():
            error(
                self,
                self.tr("Cannot create database"),
                self.tr("%1 already exists: open it with File > Open Database…").replace(
                    "%1", str(path)
                ),
            )
            return False
        if not create and not path.is_file():
            error(
                self,
                self.tr("Cannot open database"),
                self.tr("%1 does not exist (moved or deleted?)").replace("%1", str(path)),
            )
            forget_recent(path)
            return False
        try:
            db = open_database(path, with_calendar=False)
        except StorageError as exc:
            error(self, self.tr("Cannot open database"), str(exc))
            return False
        self._unchecked = None  # a check pending on the old database must not run
        self.db.close()
        self.db = db
        self.undo_stack.clear()
        remember_recent(db.path)
        self.database_changed.emit()
        return True

    @Slot()
    def _on_new_database_requested(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New planning database"),
            str(self.db.path.parent / "plan.sqlite"),
            self.tr("Planning databases (*.sqlite *.db)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".sqlite", ".db"):
                target = target.with_suffix(".sqlite")
            self.open_path(target, create=True)

    @Slot()
    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for n, path in enumerate(files, start=1):
            # a "&" in a file name is a shortcut letter in a menu, unless doubled
            name, folder = (str(p).replace("&", "&&") for p in (path.name, path.parent))
            action = self.recent_menu.addAction(f"&{n} {name}  —  {folder}")
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("&Clear Menu"))
            clear.triggered.connect(lambda: QSettings().setValue(RECENT_KEY, []))

    @Slot()
    def _on_copy_requested(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the planning database"),
            str(self.db.path.with_name(f"{self.db.path.stem}-copy{self.db.path.suffix}")),
            self.tr("Planning databases (*.sqlite *.db)"),
        )
        if path:
            self.save_copy(Path(path))

    def save_copy(self, path: Path) -> bool:
        """Write a consistent snapshot of the open database; the window stays on the original
        (the database is saved continuously, so there is nothing else to save)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.db.save_copy(path)
        except (StorageError, OSError) as exc:
            error(self, self.tr("Copy not saved"), failure(path, exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("Saved a copy to %1").replace("%1", str(path)), 8000)
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
            error(self, self.tr("Nothing was imported"), shown)
            return False
        except (OSError, StorageError, ValueError) as exc:
            # a file that cannot be read, a database that cannot be, a value no reader caught:
            # said in one line rather than lost in a traceback behind the window
            error(self, self.tr("Nothing was imported"), failure(path, exc))
            return False
        if confirm:
            skipped = "".join(
                f"\n  {reason}" + (f" ({count})" if count > 1 else "")
                for reason, count in report.skip_reasons()[:5]
            )
            wanted = ask(
                self,
                self.tr("Import meetings"),
                self.tr("%1 new, %2 updated, %3 unchanged, %4 skipped.%5\n\nImport?")
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.updated)))
                .replace("%3", str(len(report.unchanged)))
                .replace("%4", str(len(report.skipped)))
                .replace("%5", skipped),
            )
            if not wanted:
                return False
        try:
            apply_import(self.db, report)
        except StorageError as exc:  # read-only, a full disk, or changed since the preview
            error(self, self.tr("Nothing was imported"), str(exc))
            return False
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
            # the file dialog asked about the name typed, not this one
            replace_it = self.tr("%1 already exists. Replace it?").replace("%1", str(target))
            if target.exists() and not ask(self, self.tr("Export meetings"), replace_it):
                return
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
        """Write the shown meetings to ``path`` (.ics or .csv); returns the status message, or ""
        when nothing was written (the planner was told why)."""
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
        except OSError as exc:
            problem = failure(path, exc)
        else:
            problem = ""
        finally:
            QApplication.restoreOverrideCursor()
        if problem:
            error(self, self.tr("Not exported"), problem)
            return ""
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
        """Show the previous (-1) or next (+1) year, month or timeline span."""
        d = self.current_date
        if self.view == "month":
            self.current_date = add_months(d.replace(day=1), steps)
        elif self.view == "timeline":
            first, last = timeline_period(self.timeline_span, d)
            if self.timeline_span.endswith("w"):
                self.current_date = first + steps * (last - first + dt.timedelta(days=1))
            elif self.timeline_span.endswith("m"):
                self.current_date = add_months(first, steps * int(self.timeline_span[:-1]))
            else:
                self.current_date = dt.date(d.year + steps * int(self.timeline_span[:-1]), 1, 1)
        else:
            self.current_date = dt.date(d.year + steps, 1, 1)
        self.refresh_view()

    def zoom_timeline(self, steps: int) -> None:
        """Widen (+) or narrow (-) the timeline, from a fortnight to six years."""
        index = SPAN_KEYS.index(self.timeline_span) + steps
        self.timeline_span = SPAN_KEYS[max(0, min(len(SPAN_KEYS) - 1, index))]
        self.statusBar().showMessage(
            self.tr("Timeline: %1").replace("%1", self.tr(TIMELINE_SPANS[self.timeline_span])),
            3000,
        )
        self.refresh_view()

    def view_request(self) -> PrintRequest | None:
        """The page the current calendar view shows, as a print request (None for the agenda)."""
        d = self.current_date
        if self.view == "year":
            request = PrintRequest(Layout.YEAR, year=d.year)
        elif self.view == "timeline":
            first, last = timeline_period(self.timeline_span, d)
            request = PrintRequest(Layout.CYCLE, date_from=first, date_to=last)
        elif self.view == "month":
            request = PrintRequest(Layout.GRID, date_from=d.replace(day=1))
        else:
            return None
        request.filter_text = self.filter_text()
        request.overlays = self.filter_panel.overlays()
        request.mark_today = True
        widget = self.views.currentWidget()
        if widget is not None:
            request.page_size = screen_page_size(widget.width(), widget.height())
            # labels the screen would draw too small to read are not laid out at all
            pixels_per_mm = widget.height() / request.page_size[1]
            request.min_label_pt = max(MIN_LABEL_PT, MIN_TEXT_PX / (PT * pixels_per_mm))
        return request

    def refresh_view(self) -> None:
        """Lay out the current calendar view on the meetings the filter shows."""
        request = self.view_request()
        if request is None or self._closed:
            return
        # A page laid out since the meetings, the filter or the overlays last changed is
        # shown again as it was: going back to a view, or a period, costs no layout.
        key = (
            request.layout,
            request.year,
            request.date_from,
            request.date_to,
            request.page_size,
            _today(),
        )
        page = self._page_cache.get(key)
        if page is None:
            pages = self._pages_or_warning(request)
            page = pages[0] if pages else None
            if page is not None:
                if len(self._page_cache) >= PAGE_CACHE_SIZE:
                    self._page_cache.pop(next(iter(self._page_cache)))
                self._page_cache[key] = page
        widget = self.views.currentWidget()
        assert isinstance(widget, PageView)
        selected = self.selected_meetings()
        widget.selected = selected[0].id if selected else ""
        widget.set_page(page)

    @Slot()
    def redraw_views(self) -> None:
        """Lay the views out again: the meetings, the filter or the overlays changed."""
        self._page_cache.clear()
        self.refresh_view()

    def _describe_meeting(self, meeting_id: str) -> str:
        row = self.model.row_of(meeting_id)
        return meeting_tip(self.model.meeting_at(row)) if row is not None else ""

    @Slot(int)
    def step_selection(self, step: int) -> None:
        """Select the meeting before or after the current one, in the table's order (by date
        unless the planner sorted otherwise), and show it in the view."""
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        row = max(0, min(rows - 1, row))
        self.table.selectRow(row)
        meeting = self.model.meeting_at(row)
        if self.view != "agenda" and not self._on_page(meeting):
            self.current_date = meeting.start
            self.refresh_view()

    def _on_page(self, meeting: Meeting) -> bool:
        widget = self.views.currentWidget()
        return isinstance(widget, PageView) and widget.bar_rect(meeting.id) is not None

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
            self.statusBar().showMessage(
                self.tr("%1: the first day cannot come after the last (%2)")
                .replace("%1", m.label)
                .replace("%2", f"{start:%d %b} > {end:%d %b %Y}")
            )
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
        widget = self.views.currentWidget()
        if isinstance(widget, PageView):
            widget.set_preview((after.start, after.end))

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
            warn(self, self.tr("Not changed"), str(exc))
            return None
        self.undo_stack.push(EditCommand(self, change))
        return change

    def apply_change(self, change: Change) -> None:
        """Show a change: the table, the findings (re-checked around it) and the selection."""
        self.model.apply_change(change.before, change.after)
        names = {n.casefold() for m in change.after for n in (m.body, m.parent) if n}
        known = {self.body_box.itemText(i).casefold() for i in range(1, self.body_box.count())}
        if not names <= known:  # an edit named a new body: offer it in the filter
            self.filter_panel.set_bodies(
                [self.body_box.itemText(i) for i in range(1, self.body_box.count())]
                + [n for m in change.after for n in (m.body, m.parent)]
            )
        self.checker.update(change.before, change.after)
        self.refresh_findings()
        self._update_counts()
        if change.after:
            self.select_meeting(change.after[0].id)
        self.redraw_views()

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
        if ask(self, self.tr("Delete meetings"), self.tr("Delete %1?").replace("%1", names)):
            self.edit(lambda: editing.delete(self.db, selected))

    def move_selected(self, days: int) -> None:
        selected = self.selected_meetings()
        if selected:
            self.edit(lambda: editing.move(self.db, selected[0], days))

    # --- printing --------------------------------------------------------------------------------

    def filter_text(self) -> str:
        """The active filter in words, for the header of printed pages."""
        return self.filter_panel.describe()

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
        request = dialog.request(self.filter_text())
        request.overlays = self.filter_panel.overlays()  # paper shows what the screen shows
        return request

    def _with_progress(self, total: int, draw: Callable[[Callable[[int, int], bool]], T]) -> T:
        """Run ``draw(step)`` with a progress dialog whose Stop button makes ``step`` False."""
        progress = QProgressDialog(self.tr("Drawing pages…"), self.tr("Stop"), 0, total, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self._stopped = False

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            self._stopped = progress.wasCanceled()
            return not self._stopped

        try:
            return draw(step)
        finally:
            progress.close()

    def _render_with_progress(self, pages: Sequence[Page], device: QPagedPaintDevice) -> None:
        self._with_progress(len(pages), lambda step: render(pages, device, step))

    def _pages_or_warning(self, request: PrintRequest) -> list[Page] | None:
        try:
            return self.print_pages(request)
        except (PrintError, StorageError) as exc:
            warn(self, self.tr("Cannot print"), str(exc))
            return None

    @Slot()
    def _on_print_requested(self) -> None:
        request = self._ask_print_options(self.tr("Print"))
        pages = self._pages_or_warning(request) if request else None
        if pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            try:
                self._render_with_progress(pages, printer)
            except OSError as exc:
                target = printer.outputFileName() or printer.printerName()
                error(self, self.tr("Not printed"), failure(Path(target), exc))

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
        if not pages:
            return 0
        try:
            # drawn in memory and written whole: QPdfWriter says nothing of a file it cannot write
            data = self._with_progress(len(pages), lambda step: pdf_bytes(pages, "", step))
            if self._stopped:
                self.statusBar().showMessage(
                    self.tr("Stopped: %1 was not written").replace("%1", str(path)), 8000
                )
                return 0
            write_bytes(path, data)
        except OSError as exc:
            error(self, self.tr("PDF not written"), failure(path, exc))
            return 0
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
        box.setTextFormat(Qt.TextFormat.RichText)  # our own words only, escaped
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
        remember_recent(self.db.path)
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        # The view, the timeline's span, the filter boxes and the overlays come back as they
        # were; a value this version does not know (an older or newer settings file, a body no
        # longer in this database) is left at its default.
        span = settings.value("view/timeline_span")
        if span in SPAN_KEYS:
            self.timeline_span = str(span)
        indexes = []
        for box, key, _label in self.filter_boxes:
            saved = settings.value(key)
            indexes.append(max(box.findData(saved), 0) if saved else 0)
        self.set_filters(self.search.text(), indexes)
        try:
            overlays = Overlays.parse(str(settings.value("view/overlays", Overlays().text())))
        except ValueError:
            overlays = Overlays()
        self.filter_panel.set_overlays(overlays)
        view = settings.value("view/current")
        if view in VIEW_KEYS:
            self.show_view(str(view))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("view/current", self.view)
        settings.setValue("view/timeline_span", self.timeline_span)
        settings.setValue("view/overlays", self.filter_panel.overlays().text())
        for box, key, _label in self.filter_boxes:
            settings.setValue(key, box.currentData() or "")
        self._unchecked = None  # a check still pending must not run on a closed database
        self._closed = True  # nor a relayout of a view resized as the window goes
        self._relayout_timer.stop()
        self.db.close()
        super().closeEvent(event)


__all__ = ["COLUMNS", "MainWindow", "meeting_html"]
