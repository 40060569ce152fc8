"""The two small docks beside the calendar views: the month navigator (bold on days with
meetings, a click shows that day in the current view) and "Meetings in view", the list of the
meetings the current view shows, for screen readers and for the keyboard."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget

from scheduler_app.domain import Precision
from scheduler_app.ui.calendar_pane import CalendarPane
from scheduler_app.ui.month_navigator import MonthNavigator
from scheduler_app.ui.visible_meetings import VisibleMeetingsList

MAX_MARKED_SPAN = 62  # days: a longer meeting does not make every day of a season bold


class CalendarDocks(QObject):
    """``navigator`` and ``in_view`` (one list per calendar view), following ``pane``."""

    def __init__(self, pane: CalendarPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self._counts: Counter[dt.date] = Counter()
        self.navigator = MonthNavigator(counter=self._count)
        self.navigator.setObjectName("month-navigator")
        self.navigator.day_chosen.connect(pane.go_to)
        self.in_view = QStackedWidget()
        self.in_view.setAccessibleName(self.tr("Meetings in view"))
        agenda = QLabel(self.tr("The agenda lists every meeting: choose a calendar view."))
        agenda.setWordWrap(True)
        self.in_view.addWidget(agenda)
        self._agenda_note = agenda
        self.lists: dict[str, VisibleMeetingsList] = {}
        for key, canvas in pane.canvases.items():
            listed = VisibleMeetingsList(canvas)
            self.lists[key] = listed
            self.in_view.addWidget(listed)
        pane.view_changed.connect(self._on_view_changed)
        pane.date_changed.connect(self.navigator.set_current)
        pane.meetings.shown_changed.connect(self._on_shown_changed)
        self.navigator.set_current(pane.current_date)

    def _count(self, day: dt.date) -> int:
        return self._counts.get(day, 0)

    @Slot()
    def _on_shown_changed(self) -> None:
        """Bold the days the filter's meetings run on (those known to the day)."""
        counts: Counter[dt.date] = Counter()
        one = dt.timedelta(days=1)
        for m in self.pane.meetings.shown_meetings():
            if m.precision is not Precision.DAY or m.days > MAX_MARKED_SPAN:
                continue
            day = m.start
            while day <= m.end:
                counts[day] += 1
                day += one
        self._counts = counts
        self.navigator.set_meeting_days(frozenset(counts))

    @Slot(str)
    def _on_view_changed(self, key: str) -> None:
        listed = self.lists.get(key)
        self.in_view.setCurrentWidget(listed if listed is not None else self._agenda_note)
