"""The deadlines dock of one window: the coming deadlines of the meetings the filters show.

Working them out takes a second on a large calendar (20,000 meetings, 28,000 deadlines), so the
list is brought up to date only while the dock is visible, once the planner's typing or editing
pauses, and on a worker thread: the window never waits for it. Activating a deadline selects its
meeting."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget

from scheduler_app.domain import Meeting
from scheduler_app.screen.periods import local_today
from scheduler_app.services.deadline_list import deadline_rows
from scheduler_app.ui.deadlines_dock import DeadlinesPanel
from scheduler_app.ui.meetings_pane import MeetingsPane

REFRESH_PAUSE_MS = 250


class DeadlinesPane(QObject):
    """Keeps ``panel`` on the shown meetings while ``dock`` (set by the window) is visible."""

    _worked_out = Signal(int, object)  # a generation and its rows, from the worker thread

    def __init__(self, meetings: MeetingsPane, parent: QObject) -> None:
        super().__init__(parent)
        self.meetings = meetings
        self.panel = DeadlinesPanel()
        self.panel.deferred = True
        self.panel.rows_wanted.connect(self._work_out)
        self._generation = 0
        self._worked_out.connect(self._on_worked_out)
        self.dock: QDockWidget | None = None
        self._stale = True
        self._seen = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        meetings.shown_changed.connect(self._on_shown_changed)
        self.panel.meeting_activated.connect(self._on_meeting_activated)

    def attach(self, dock: QDockWidget) -> None:
        self.dock = dock
        dock.visibilityChanged.connect(self._on_visibility_changed)

    @property
    def visible(self) -> bool:
        """Whether the planner can see the list: its dock is shown and, when it shares a tab
        bar, its tab is the current one (Qt says so only through ``visibilityChanged``)."""
        return self._seen

    @Slot()
    def refresh(self) -> None:
        """Show the deadlines of the meetings shown now."""
        self._stale = False
        self.panel.set_meetings(self.meetings.shown_meetings(), local_today())

    @Slot(object, object, bool)
    def _work_out(self, meetings: Sequence[Meeting], today: dt.date, past: bool) -> None:
        self._generation += 1
        generation, signal = self._generation, self._worked_out

        def run() -> None:
            rows = deadline_rows(meetings, today, show_past=past)
            with contextlib.suppress(RuntimeError):  # the window went meanwhile
                signal.emit(generation, rows)

        threading.Thread(target=run, name="deadlines", daemon=True).start()

    @Slot(int, object)
    def _on_worked_out(self, generation: int, rows: object) -> None:
        if generation == self._generation:  # not rows of meetings shown before the last change
            assert isinstance(rows, list)
            self.panel.show_rows(rows)

    @Slot()
    def _on_shown_changed(self) -> None:
        self._stale = True
        if self.visible:
            self._timer.start()

    @Slot(bool)
    def _on_visibility_changed(self, visible: bool) -> None:
        self._seen = visible
        if visible and self._stale:
            self._timer.start()

    @Slot(str)
    def _on_meeting_activated(self, meeting_id: str) -> None:
        self.meetings.select_meetings([meeting_id])
