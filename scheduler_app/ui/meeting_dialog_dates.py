"""When a meeting takes place, as exactly as it is known, and the period a higher body decided.

A meeting known only as "WTDC, 2029" or "TDAG, May 2024" has a coarse precision and spans the
whole year or month (SOURCES.md section 1, "Conventions"): the editor shows the inputs of that
precision (a year, a month, a quarter, or first and last day) so that opening such a meeting and
pressing OK leaves it as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from scheduler_app.domain import DecidedPeriod, Precision
from scheduler_app.domain.dates import period_of
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

PRECISION_LABELS = {
    Precision.DAY: QT_TRANSLATE_NOOP("PeriodEdit", "Day (first and last day)"),
    Precision.MONTH: QT_TRANSLATE_NOOP("PeriodEdit", QT_TRANSLATE_NOOP("PeriodEdit", "Month")),
    Precision.QUARTER: QT_TRANSLATE_NOOP("PeriodEdit", QT_TRANSLATE_NOOP("PeriodEdit", "Quarter")),
    Precision.YEAR: QT_TRANSLATE_NOOP("PeriodEdit", QT_TRANSLATE_NOOP("PeriodEdit", "Year")),
}
QUARTER_LABELS = (
    QT_TRANSLATE_NOOP("PeriodEdit", "Q1 (Jan-Mar)"),
    QT_TRANSLATE_NOOP("PeriodEdit", "Q2 (Apr-Jun)"),
    QT_TRANSLATE_NOOP("PeriodEdit", "Q3 (Jul-Sep)"),
    QT_TRANSLATE_NOOP("PeriodEdit", "Q4 (Oct-Dec)"),
)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(display_format: str = "d MMM yyyy") -> QDateEdit:
    """A date input with a calendar, limited to the years the planner supports."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
    return edit


def year_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(FIRST_YEAR, LAST_YEAR)
    return spin


class PeriodEdit(QObject):
    """The precision of a meeting's dates and the inputs for it: first and last day, a month, a
    quarter of a year, or a year. Changing the precision carries the dates over: 17-28 Nov 2025
    becomes "November 2025", "Q4 2025" or "2025", and "May 2024" becomes 1-31 May 2024.

    It lays out nothing itself: the dialog puts ``precision_box`` and ``pages`` in its own form so
    that their labels line up with the rows below them."""

    changed = Signal()
    """The precision or one of the dates changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.precision_box = QComboBox()
        for precision, label in PRECISION_LABELS.items():
            self.precision_box.addItem(self.tr(label), precision.value)
        self.start = date_edit()
        self.end = date_edit()
        self.month = date_edit("MMMM yyyy")
        self.quarter = QComboBox()
        for number, label in enumerate(QUARTER_LABELS, start=1):
            self.quarter.addItem(self.tr(label), number)
        self.quarter_year = year_spin()
        self.year = year_spin()
        self.pages = QStackedWidget()
        self.pages.addWidget(row_of(self.start, QLabel(self.tr("to")), self.end))
        self.pages.addWidget(row_of(self.month))
        self.pages.addWidget(row_of(self.quarter, self.quarter_year))
        self.pages.addWidget(row_of(self.year))
        self._shown = Precision.DAY
        # the labels of their rows name the pages, not the inputs on them
        for widget, name in (
            (self.start, QT_TRANSLATE_NOOP("PeriodEdit", "First day")),
            (self.end, QT_TRANSLATE_NOOP("PeriodEdit", "Last day")),
            (self.month, QT_TRANSLATE_NOOP("PeriodEdit", "Month")),
            (self.quarter, QT_TRANSLATE_NOOP("PeriodEdit", "Quarter")),
            (self.quarter_year, QT_TRANSLATE_NOOP("PeriodEdit", "Year of the quarter")),
            (self.year, QT_TRANSLATE_NOOP("PeriodEdit", "Year")),
        ):
            widget.setAccessibleName(self.tr(name))
        self.precision_box.currentIndexChanged.connect(self._on_precision_changed)
        for signal in (
            self.start.dateChanged,
            self.end.dateChanged,
            self.month.dateChanged,
            self.quarter.currentIndexChanged,
            self.quarter_year.valueChanged,
            self.year.valueChanged,
        ):
            signal.connect(self.changed)

    def precision(self) -> Precision:
        return Precision(self.precision_box.currentData())

    def span(self) -> tuple[dt.date, dt.date]:
        """First and last day (inclusive) of what the inputs of the current precision say."""
        return self._span_of(self.precision())

    def _span_of(self, precision: Precision) -> tuple[dt.date, dt.date]:
        if precision is Precision.DAY:
            return from_qdate(self.start.date()), from_qdate(self.end.date())
        if precision is Precision.MONTH:
            return period_of(precision, from_qdate(self.month.date()))
        if precision is Precision.QUARTER:
            first_month = 3 * int(self.quarter.currentData()) - 2
            return period_of(precision, dt.date(self.quarter_year.value(), first_month, 1))
        return period_of(precision, dt.date(self.year.value(), 1, 1))

    def set_span(self, precision: Precision, start: dt.date, end: dt.date) -> None:
        """Show ``precision`` and fill the inputs of every precision from ``start``-``end``."""
        for widget in (self, self.precision_box):
            widget.blockSignals(True)
        try:
            self.start.setDate(qdate(start))
            self.end.setDate(qdate(end))
            self.month.setDate(qdate(start.replace(day=1)))
            self.quarter.setCurrentIndex((start.month - 1) // 3)
            self.quarter_year.setValue(start.year)
            self.year.setValue(start.year)
            self.precision_box.setCurrentIndex(self.precision_box.findData(precision.value))
            self.pages.setCurrentIndex(list(Precision).index(precision))
            self._shown = precision
        finally:
            for widget in (self, self.precision_box):
                widget.blockSignals(False)
        self.changed.emit()

    @Slot()
    def _on_precision_changed(self) -> None:
        start, end = self._span_of(self._shown)
        precision = self.precision()
        if precision is not Precision.DAY:
            start, end = period_of(precision, start)
        self.set_span(precision, start, end)


def row_of(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


class DecidedEdit(QGroupBox):
    """The period a higher body decided for the meeting, and who decided it (PP Resolution 77
    (Rev. Bucharest, 2022), resolves 5.2-5.6, fixes such periods for the conferences); unchecked
    when nobody has."""

    changed = Signal()
    """The period, its source or whether there is one changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Period decided by a higher body"))
        self.setCheckable(True)
        self.setChecked(False)
        self.start = date_edit()
        self.end = date_edit()
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. PP Resolution 77 (Rev. Bucharest, 2022)"))
        self.setAccessibleName(self.tr("Period decided by a higher body"))
        self.start.setAccessibleName(self.tr("First day of the decided period"))
        self.end.setAccessibleName(self.tr("Last day of the decided period"))
        form = QFormLayout(self)
        form.addRow(self.tr("From:"), row_of(self.start, QLabel(self.tr("to")), self.end))
        form.addRow(self.tr("Decided by:"), self.source)
        self._initial_source = ""
        self._decided: DecidedPeriod | None = None
        for signal in (
            self.toggled,
            self.start.dateChanged,
            self.end.dateChanged,
            self.source.textChanged,
        ):
            signal.connect(self.changed)

    def set_decided(self, decided: DecidedPeriod | None, start: dt.date, end: dt.date) -> None:
        """Show ``decided``, or none with ``start``-``end`` (the meeting's span) ready to check."""
        self.blockSignals(True)
        try:
            self.setChecked(decided is not None)
            self.start.setDate(qdate(decided.start if decided else start))
            self.end.setDate(qdate(decided.end if decided else end))
            self.source.setText(decided.source if decided else "")
            self.source.setCursorPosition(0)
            self._initial_source = self.source.text()
            self._decided = decided
        finally:
            self.blockSignals(False)

    def decided(self) -> DecidedPeriod | None:
        """The period shown; raises InvalidMeeting (``decided_to``) if it ends before it begins."""
        if not self.isChecked():
            return None
        text = self.source.text()
        # the source as stored unless the planner changed it (a stored one may have outer spaces)
        original = self._decided.source if self._decided else ""
        source = original if text == self._initial_source else text.strip()
        return DecidedPeriod(from_qdate(self.start.date()), from_qdate(self.end.date()), source)
