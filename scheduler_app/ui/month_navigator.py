"""The month navigator: a small calendar for a dock, bold on the days that have meetings, that
moves the calendar views to the day the planner picks (as Outlook's and Thunderbird's do).

Only the days the page shows are formatted (at most 42), on every page change, so a calendar
of 20,000 meetings costs the same as one of ten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QDate, QElapsedTimer, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QTextCharFormat
from PySide6.QtWidgets import QApplication, QCalendarWidget, QVBoxLayout, QWidget

from scheduler_app.i18n import first_weekday, language, translate
from scheduler_app.screen.periods import local_today
from scheduler_app.screen.scene import Tone
from scheduler_app.ui.calendar_palette import tone_color
from scheduler_app.ui.plain import plain_tooltip

Counter = Callable[[dt.date], int]

SHOWN_WEEKS = 6  # QCalendarWidget always shows six rows of weeks
_ALL_DAYS = (
    Qt.DayOfWeek.Monday,
    Qt.DayOfWeek.Tuesday,
    Qt.DayOfWeek.Wednesday,
    Qt.DayOfWeek.Thursday,
    Qt.DayOfWeek.Friday,
    Qt.DayOfWeek.Saturday,
    Qt.DayOfWeek.Sunday,
)


def first_shown_day(year: int, month: int, first_weekday: Qt.DayOfWeek) -> dt.date:
    """The day in the top-left cell of a QCalendarWidget page: the week start on or before
    the 1st, and a whole week earlier when the 1st starts a week (Qt always shows a row of
    the month before)."""
    first = dt.date(year, month, 1)
    back = (first.isoweekday() - first_weekday.value) % 7
    return first - dt.timedelta(days=back or 7)


class MonthNavigator(QWidget):
    """A month calendar: days with meetings in bold (with their count as a tooltip when a
    counter is given), today marked, the first day of the week from the locale.
    Clicking a day or pressing Enter on it emits ``day_chosen``; arrows move between days and
    PageUp/PageDown between months without moving the views."""

    day_chosen = Signal(object)
    """The planner picked a day (a ``datetime.date``) to show in the calendar views."""

    def __init__(
        self,
        parent: QWidget | None = None,
        counter: Counter | None = None,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._days: frozenset[dt.date] = frozenset()
        self._counter = counter
        self._clicked: QDate | None = None
        self._since_click = QElapsedTimer()
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(False)
        # one letter a weekday, as small calendars write them: Arabic's short names are whole
        # words, which widened the dock column and took 80 px from the calendar at 1366x768
        self.calendar.setHorizontalHeaderFormat(
            QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        self.calendar.setAccessibleName(translate("Calendar", "Month navigator"))
        self.calendar.setAccessibleDescription(
            translate(
                "Calendar",
                "Days in bold have meetings. Press Enter or click a day to show it in the "
                "calendar.",
            )
        )
        self.setAccessibleName(translate("Calendar", "Month navigator"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.setFocusProxy(self.calendar)
        self.calendar.clicked.connect(self._on_clicked)
        self.calendar.activated.connect(self._on_activated)
        self.calendar.currentPageChanged.connect(self._on_current_page_changed)
        self._follow_locale()

    # -- what the window tells it

    def set_meeting_days(self, days: Iterable[dt.date]) -> None:
        """The days that have meetings (starting or running); a frozenset is kept, not copied."""
        self._days = frozenset(days)
        self._format_page()

    def set_counter(self, counter: Counter | None) -> None:
        """How many meetings a day has, for the tooltip of its bold number (None: no count)."""
        self._counter = counter
        self._format_page()

    def set_current(self, day: dt.date) -> None:
        """Show ``day``'s month with ``day`` selected, as the views moved there; emits nothing."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def current(self) -> dt.date:
        """The selected day."""
        return _to_date(self.calendar.selectedDate())

    def shown_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the page shows, both inclusive."""
        start = first_shown_day(
            self.calendar.yearShown(), self.calendar.monthShown(), self.calendar.firstDayOfWeek()
        )
        return start, start + dt.timedelta(days=7 * SHOWN_WEEKS - 1)

    # -- what the planner does

    @Slot(QDate)
    def _on_clicked(self, date: QDate) -> None:
        self._clicked = date
        self._since_click.start()
        self.day_chosen.emit(_to_date(date))

    @Slot(QDate)
    def _on_activated(self, date: QDate) -> None:
        # a double-click is a click (already told) followed by an activation: tell it once
        if (
            self._clicked == date
            and self._since_click.isValid()
            and self._since_click.elapsed() <= QApplication.doubleClickInterval()
        ):
            self._clicked = None
            return
        self.day_chosen.emit(_to_date(date))

    @Slot(int, int)
    def _on_current_page_changed(self, year: int, month: int) -> None:
        self._format_page()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LocaleChange:
            self._follow_locale()
        elif event.type() == QEvent.Type.PaletteChange:
            self._format_weekends()
            self._format_page()

    # -- formats

    def _follow_locale(self) -> None:
        self.calendar.setLocale(self.locale())
        # the planner's language's week (Saturday in Arabic), as the month grid's
        self.calendar.setFirstDayOfWeek(_ALL_DAYS[first_weekday()])
        self._format_weekends()
        self._format_page()

    def _format_weekends(self) -> None:
        """Weekends on the calendars' weekend tone, not Qt's red numbers (red is today's): the
        days the views shade (Saturday and Sunday, the Union's own weekend), whatever the
        locale's (Friday and Saturday in Arabic's)."""
        working = set(_ALL_DAYS[:5])
        weekend = QTextCharFormat()
        weekend.setBackground(QBrush(tone_color(Tone.WEEKEND, self.palette())))
        for day in _ALL_DAYS:
            self.calendar.setWeekdayTextFormat(
                day, QTextCharFormat() if day in working else weekend
            )

    def _format_page(self) -> None:
        """Bold the shown days that have meetings and mark today; forget the last page's."""
        cal = self.calendar
        cal.setUpdatesEnabled(False)
        try:
            # a null date clears every day's format (an empty format per day would stay in
            # the widget's map and grow with every page visited)
            cal.setDateTextFormat(QDate(), QTextCharFormat())
            start, end = self.shown_range()
            today = self._today()
            day = start
            while day <= end:
                busy = day in self._days
                if busy or day == today:
                    date = QDate(day.year, day.month, day.day)
                    cal.setDateTextFormat(date, self._format(day, busy, day == today))
                day += dt.timedelta(days=1)
        finally:
            cal.setUpdatesEnabled(True)

    def _format(self, day: dt.date, busy: bool, today: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        said: list[str] = []
        if today:
            fmt.setForeground(QBrush(tone_color(Tone.TODAY, self.palette())))
            fmt.setFontUnderline(True)
            said.append(translate("Calendar", "Today"))
        if busy:
            fmt.setFontWeight(QFont.Weight.Bold)
            n = self._counter(day) if self._counter is not None else 0
            if n:
                said.append(starts_or_runs(n))
            else:
                said.append(translate("Calendar", "Meetings on this day"))
        fmt.setToolTip(plain_tooltip(": ".join(said)))
        return fmt


def starts_or_runs(n: int) -> str:
    """A busy day's tooltip: how many meetings start or run on it."""
    if n == 1:
        return translate("Calendar", "1 meeting starts or runs on this day")
    if language() == "en":
        return f"{n} meetings start or run on this day"
    return translate("Calendar", "Meetings starting or running on this day: {count}").format(
        count=n
    )


def _to_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
