"""The planner's main window: one session on screen, its panes laid out, its menus built.

The window owns little. A :class:`Session` holds the database, the checker, the undo history and
the selection; every pane subscribes to it (the table and the calendar views to the meetings
and the selection, the details to the selection, the findings to the checker), and every action
goes through it or through ``services``. This module only puts the parts together:

- :mod:`meetings_pane` the table, :mod:`calendar_pane` the views, :mod:`details` the current
  meeting, :mod:`findings_dock` the findings and waivers;
- :mod:`file_actions`, :mod:`print_actions`, :mod:`edit_actions` the actions, :mod:`actions` the
  menus, :mod:`about` the About box, :mod:`window_settings` what is kept between sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scheduler_app import APP_NAME
from scheduler_app.domain import Meeting
from scheduler_app.rules import Checker, Finding
from scheduler_app.services.editing import Undoable
from scheduler_app.services.planner import database_label
from scheduler_app.storage import PlanningDatabase
from scheduler_app.ui import about, first_paint, window_settings
from scheduler_app.ui.actions import Menus
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.calendar_docks import CalendarDocks
from scheduler_app.ui.calendar_pane import CalendarPane
from scheduler_app.ui.deadlines_pane import DeadlinesPane
from scheduler_app.ui.details import DetailsPane, meeting_html
from scheduler_app.ui.edit_actions import EditActions
from scheduler_app.ui.file_actions import FileActions, remember_recent
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.findings_dock import FindingsDock
from scheduler_app.ui.findings_panel import FindingsPanel
from scheduler_app.ui.meeting_dialog import MeetingDialog
from scheduler_app.ui.meeting_model import COLUMNS, MeetingTableModel
from scheduler_app.ui.meetings_pane import MeetingsPane
from scheduler_app.ui.panes import Pane, PaneCycler
from scheduler_app.ui.plain import warn
from scheduler_app.ui.print_actions import PrintActions
from scheduler_app.ui.session import Session
from scheduler_app.ui.sync_status import SyncStatus

if TYPE_CHECKING:
    from scheduler_app.printing.job import PrintRequest

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class MainWindow(QMainWindow):
    """One planning database on screen."""

    def __init__(self, db: PlanningDatabase, *, read_when_shown: bool = False) -> None:
        """``read_when_shown``: read the meetings only once the window has painted, so the
        planner sees the window at once however large the calendar (the command ``gui``);
        otherwise (tests, a second window) they are read here."""
        super().__init__()
        self.session = Session(db, self)
        self._read_pending = read_when_shown
        self._shown_once = False
        self._state_restored = False
        self.filter_panel = FilterPanel(self)
        self.meetings = MeetingsPane(self.session, self.filter_panel, self)
        shown, selected = self.meetings.shown_meetings, self.meetings.selected_meetings
        self.printing = PrintActions(self, self.session, self.filter_panel, shown, selected)
        self.calendar = CalendarPane(self, self.session, self.meetings, self.filter_panel)
        self.calendar_docks = CalendarDocks(self.calendar)
        self.details = DetailsPane(self.session, self)
        self.findings_dock = FindingsDock(self, self.session, self.meetings)
        self.deadlines = DeadlinesPane(self.meetings, self)
        self.files = FileActions(self, self.session, shown, selected)
        self.edits = EditActions(self, self.session, selected)
        self.edits.attach_to([self.table, *self.calendar.canvas_list])
        self.edits.context_extras += [
            self.findings_dock.waive_action,
            None,
            self.files.export_selection_action,
            self.printing.print_selection_action,
        ]
        self.meetings.context_menu_requested.connect(self.edits.show_context_menu)
        self.calendar.context_menu_requested.connect(self.edits.show_context_menu)
        self.calendar.activated.connect(self.edits.edit_action.trigger)
        self._lay_out()
        self.menus = Menus(self)
        self._build_menus()
        self.session.database_opened.connect(self._on_database_opened)
        self.session.edit_failed.connect(self._on_edit_failed)
        if first_paint.wanted():
            self.first_paint_probe = first_paint.FirstPaintProbe(
                self, self.session, meetings_later=read_when_shown
            )
        self.resize(1280, 800)
        # every pane reads the database now or after the first paint; the rules, once the
        # window has painted (below)
        if read_when_shown:
            self.statusBar().showMessage(self.tr("Reading the calendar…"))
        else:
            self.session.reload(check=False)

    # --- construction ----------------------------------------------------------------------------

    def add_dock(
        self, widget: QWidget, name: str, title: str, area: Qt.DockWidgetArea, size: int = 0
    ) -> QDockWidget:
        """Put ``widget`` in a dock of its own (``name`` keeps its place between sessions); the
        one place docks are made, so a new pane (deadlines, say) is one call."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        if size:
            orientation = Qt.Orientation.Vertical if area == BOTTOM else Qt.Orientation.Horizontal
            self.resizeDocks([dock], [size], orientation)
        self.docks.append(dock)
        return dock

    def _lay_out(self) -> None:
        self.docks: list[QDockWidget] = []
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.calendar.views)
        self.setCentralWidget(central)
        self.filters_dock = self.add_dock(self.filter_panel, "filters", self.tr("Filters"), LEFT)
        self.details_dock = self.add_dock(self.details, "details", self.tr("Meeting"), RIGHT, 340)
        self.details_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.findings_docked = self.add_dock(
            self.findings, "findings", self.tr("Findings"), BOTTOM, 230
        )
        self.deadlines_dock = self.add_dock(
            self.deadlines.panel, "deadlines", self.tr("Deadlines"), BOTTOM
        )
        self.deadlines.attach(self.deadlines_dock)
        self.tabifyDockWidget(self.findings_docked, self.deadlines_dock)
        self.in_view_dock = self.add_dock(
            self.calendar_docks.in_view, "in-view", self.tr("Meetings in View"), RIGHT
        )
        self.tabifyDockWidget(self.details_dock, self.in_view_dock)
        # a tab beside the meeting: a column of its own would not fit a 768-pixel-high screen
        self.navigator_dock = self.add_dock(
            self.calendar_docks.navigator, "navigator", self.tr("Month"), RIGHT
        )
        self.tabifyDockWidget(self.details_dock, self.navigator_dock)
        self.statusBar().addPermanentWidget(self.meetings.count_label)
        self.statusBar().addPermanentWidget(self.findings_label)
        self.sync_status = SyncStatus(self, self.session)  # File > Shared Calendar…
        self.table.doubleClicked.connect(lambda _index: self.details_dock.show())

    def _build_menus(self) -> None:
        menus = self.menus
        menus.build_file(self.files, self.printing)
        menus.build_edit(self.undo_stack, self.edits)
        menus.edit.addSeparator()
        menus.edit.addAction(self.findings_dock.waive_action)
        menus.edit.addAction(self.findings_dock.unwaive_action)
        menus.build_view(self.calendar, self.filter_panel, self.docks, self._on_find_requested)
        self.panes = PaneCycler(
            self,
            [
                Pane(self.tr("Filters"), self.filters_dock, lambda: self.filter_panel.search,
                     "Ctrl+Shift+F", self.filters_dock),
                Pane(self.tr("View"), self.calendar.views, self._current_view,
                     "Ctrl+Shift+V"),
                Pane(self.tr("Meeting"), self.details_dock, lambda: self.details,
                     "Ctrl+Shift+M", self.details_dock),
                Pane(self.tr("Findings"), self.findings_docked, lambda: self.findings.tree,
                     "Ctrl+Shift+R", self.findings_docked),
                Pane(self.tr("Deadlines"), self.deadlines_dock, lambda: self.deadlines.panel.table,
                     "Ctrl+Shift+D", self.deadlines_dock),
            ],
        )  # fmt: skip
        menus.add_to_view(self.tr("&Panes"), self.panes.actions)
        menus.build_planning(self.session)
        menus.build_help(self._on_rules_requested, lambda: about.show_about(self))

    def _current_view(self) -> QWidget:
        widget = self.calendar.views.currentWidget()
        return widget if widget is not None else self.calendar.views

    # --- the session's parts, by their old names -------------------------------------------------

    @property
    def db(self) -> PlanningDatabase:
        return self.session.db

    @property
    def undo_stack(self) -> QUndoStack:
        return self.session.undo_stack

    @property
    def checker(self) -> Checker:
        """The rules' view of the calendar; waits for a check still running."""
        return self.session.checker

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    @property
    def model(self) -> MeetingTableModel:
        return self.meetings.model

    @property
    def table(self) -> QTableView:
        return self.meetings.table

    @property
    def count_label(self) -> QLabel:
        return self.meetings.count_label

    @property
    def findings(self) -> FindingsPanel:
        return self.findings_dock.panel

    @property
    def findings_label(self) -> QLabel:
        return self.findings_dock.label

    @property
    def views(self) -> QWidget:
        return self.calendar.views

    @property
    def year_view(self) -> CalendarCanvas:
        return self.calendar.canvases["year"]

    @property
    def view(self) -> str:
        return self.calendar.view

    @property
    def view_actions(self) -> dict[str, QAction]:
        return self.menus.view_actions

    @property
    def overlay_actions(self) -> dict[str, QAction]:
        return self.menus.overlay_actions

    @property
    def current_date(self) -> dt.date:
        return self.calendar.current_date

    @current_date.setter
    def current_date(self, day: dt.date) -> None:
        self.calendar.current_date = day

    @property
    def timeline_days(self) -> float:
        """How many days the timeline shows across its viewport (its zoom)."""
        return self.calendar.zoom.timeline_days

    # --- what tests, the command line's screenshot and other windows call ------------------------

    def check_now(self) -> None:
        """Wait for the full check if it is still running (or run it, if none has)."""
        self.session.checker  # noqa: B018 (waits)

    def reload(self) -> None:
        """Read every meeting again and check them anew (on the worker thread)."""
        self.session.reload()

    def edit(self, action: Callable[[], Undoable]) -> Undoable | None:
        """Run one edit through the session: one transaction, one undo step."""
        return self.session.edit(action)

    def show_view(self, key: str) -> None:
        self.calendar.show_view(key)

    def refresh_view(self) -> None:
        self.calendar.refresh_view()

    def zoom_by(self, factor: float) -> None:
        self.calendar.zoom_by(factor)

    def step_period(self, steps: int) -> None:
        self.calendar.step_period(steps)

    def open_go_to_dialog(self) -> QDialog:
        return self.calendar.open_go_to_dialog()

    def go_to_date(self, day: dt.date) -> None:
        self.meetings.go_to_date(day)

    def select_meeting(self, meeting_id: str) -> bool:
        return self.meetings.select_meeting(meeting_id)

    def select_meetings(self, meeting_ids: Sequence[str]) -> int:
        return self.meetings.select_meetings(meeting_ids)

    def selected_meetings(self) -> list[Meeting]:
        return self.meetings.selected_meetings()

    def shown_meetings(self) -> list[Meeting]:
        return self.meetings.shown_meetings()

    def filter_text(self) -> str:
        """The active filter in words, for the header of printed pages."""
        return self.filter_panel.describe()

    def open_path(self, path: Path, *, create: bool = False) -> bool:
        return self.files.open_path(path, create=create)

    def save_copy(self, path: Path) -> bool:
        return self.files.save_copy(path)

    def import_path(self, path: Path, *, confirm: bool) -> bool:
        return self.files.import_path(path, confirm=confirm)

    def export_to(
        self, path: Path, *, name: str = "", observances: bool = False, deadlines: bool = False
    ) -> str:
        return self.files.export_to(path, name=name, observances=observances, deadlines=deadlines)

    def export_pdf(self, request: PrintRequest, path: Path) -> int:
        return self.printing.export_pdf(request, path)

    def waive_finding(self, finding: Finding, reason: str) -> bool:
        return self.findings_dock.waive_finding(finding, reason)

    def open_meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        return self.edits.open_meeting_dialog(meeting)

    def move_selected(self, days: int) -> None:
        self.edits.move_selected(days)

    def _on_edit_requested(self) -> None:
        self.edits.edit_meeting()

    def restore_settings(self) -> None:
        """Put the window back where the planner left it last time."""
        remember_recent(self.db.path)
        self._state_restored = window_settings.restore(self, self.calendar, self.filter_panel)

    # --- listening -------------------------------------------------------------------------------

    @Slot()
    def _on_database_opened(self) -> None:
        """Say in the title that nothing can be changed, and offer no edit that would fail."""
        read_only = self.session.read_only
        # tr() outside the f-string: lupdate does not read a call inside one
        mark = " " + self.tr("(read-only)") if read_only else ""
        self.setWindowTitle(f"{database_label(self.db)}{mark} — {APP_NAME}")
        self.edits.set_read_only(read_only)
        self.files.import_action.setEnabled(not read_only)
        self.files.bundled_action.setEnabled(not read_only)
        self.calendar.set_editable(not read_only)
        self.findings.set_read_only(read_only)
        if read_only:
            reason = getattr(self.db, "read_only_reason", "") or self.tr("it cannot be written")
            self.statusBar().showMessage(
                self.tr("Opened read-only (%1): nothing can be changed").replace("%1", reason),
            )

    @Slot(str, str)
    def _on_edit_failed(self, title: str, text: str) -> None:
        warn(self, title, text)

    @Slot()
    def _on_find_requested(self) -> None:
        self.filter_panel.search.setFocus()
        self.filter_panel.search.selectAll()

    @Slot()
    def _on_rules_requested(self) -> None:
        from scheduler_app.ui.help import rules_dialog

        # the rules with this database's settings (waits for a check still running)
        checker = self.session.checker_or_say(self.tr("Rules"))
        if checker is not None:
            rules_dialog(checker.policy, self).open()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not self._state_restored:
                self.findings_docked.raise_()  # the findings' tab in front of the deadlines'
                self.details_dock.raise_()  # and the meeting's in front of the list and month
            if self._read_pending:
                return  # the meetings are read once the window has painted (paintEvent)
            # Scrolling needs the laid-out viewport, which exists only once the window is shown.
            self.meetings.go_to_date(self.current_date)
            # The first check (a second or two at 20,000 meetings) runs on the worker thread;
            # started after this first paint, it does not compete with it for the interpreter.
            QTimer.singleShot(0, self._start_first_check)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._read_pending and self._shown_once:
            self._read_pending = False
            QTimer.singleShot(0, self._read_meetings)

    @Slot()
    def _read_meetings(self) -> None:
        """The deferred first read: the panes fill, then the rules start on the worker."""
        self.session.reload(check=False)
        self.statusBar().clearMessage()
        self.meetings.go_to_date(self.current_date)
        if first_paint.wanted():  # once the filled panes have painted
            QTimer.singleShot(0, self.first_paint_probe.meetings_shown)
        QTimer.singleShot(0, self._start_first_check)

    @Slot()
    def _start_first_check(self) -> None:
        if self.session.checked is None and not self.session.checking:
            # the meetings the panes read on opening, unless an edit came first
            unedited = self.undo_stack.count() == 0
            self.session.start_check(meetings=self.session.loaded if unedited else None)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_settings.save(self, self.calendar, self.filter_panel)
        self.calendar.close()  # no relayout of a view resized as the window goes
        self.session.close()  # nor a check arriving for a closed database
        super().closeEvent(event)


__all__ = ["COLUMNS", "MainWindow", "meeting_html"]
