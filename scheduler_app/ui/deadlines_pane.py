"""The deadlines dock of one window: the coming deadlines of the meetings the filters show.

Working them out takes a moment on a large calendar, so the list is brought up to date only
while the dock is visible, once the planner's typing or editing pauses; a hidden dock costs
nothing. Activating a deadline selects its meeting."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QDockWidget

from scheduler_app.ui.deadlines_dock import DeadlinesPanel
from scheduler_app.ui.meetings_pane import MeetingsPane
from scheduler_app.ui.view_periods import local_today

REFRESH_PAUSE_MS = 250


class DeadlinesPane(QObject):
    """Keeps ``panel`` on the shown meetings while ``dock`` (set by the window) is visible."""

    def __init__(self, meetings: MeetingsPane, parent: QObject) -> None:
        super().__init__(parent)
        self.meetings = meetings
        self.panel = DeadlinesPanel()
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
