"""The deadlines dock: what is due for the meetings the filter shows, soonest first.

The rows are :func:`scheduler_app.services.deadline_list.deadline_rows`. Overdue deadlines and
those falling on a weekend or a Geneva public holiday are said in the Flags column in words and
also tinted, so colour never carries the meaning alone. Double-click or Enter on a row emits
:attr:`DeadlinesPanel.meeting_activated` with the meeting's id; the window selects it.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import format_day
from scheduler_app.services.deadline_list import DeadlineRow, deadline_rows
from scheduler_app.ui.plain import plain_label, plain_tooltip
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

# Flags before what is due: in a narrow dock the long last column is the one that scrolls away
COLUMNS = (
    QT_TRANSLATE_NOOP("DeadlinesPanel", "Date"),
    QT_TRANSLATE_NOOP("DeadlinesPanel", "Days left"),
    QT_TRANSLATE_NOOP("DeadlinesPanel", "Meeting"),
    QT_TRANSLATE_NOOP("DeadlinesPanel", "Flags"),
    QT_TRANSLATE_NOOP("DeadlinesPanel", "What is due"),
)
DATE, DAYS, MEETING, FLAGS, WHAT = range(len(COLUMNS))
OVERDUE_TINT = QColor("#f8d7da")  # with the word "Overdue" in the Flags column
CLOSED_TINT = QColor("#fff3cd")  # weekend or Geneva holiday, said in the Flags column
PAST_TEXT = QColor("#6c757d")

AnyIndex = QModelIndex | QPersistentModelIndex


def _width_keys(r: DeadlineRow) -> tuple[Hashable, ...]:
    """For each column, what its text's width depends on, so that one text of each is measured.
    Digits are taken as equally wide (as in the fonts Qt picks for tables): a date's width is
    its weekday, month and whether the day has two digits; a count's its sign and digits."""
    days = r.days_left
    return (
        (r.day.weekday(), r.day.month, r.day.day >= 10),
        days if -1 <= days <= 1 else (days > 0, len(str(abs(days)))),
        r.meeting_label,
        (r.past, r.overdue, r.weekend, r.holiday),
        r.what,
    )


# the columns in the order of _width_keys
_KEYED_COLUMNS = (DATE, DAYS, MEETING, FLAGS, WHAT)
# Meeting labels measured: the longest by characters (the column is capped at a long code's
# width, which the longest labels reach first), not all 20,000
LONGEST_LABELS = 64


def days_left_text(days: int) -> str:
    """``today``, ``tomorrow``, ``in 12 days``, ``3 days ago``."""
    if days == 0:
        return QCoreApplication.translate("DeadlinesModel", "today")
    if days == 1:
        return QCoreApplication.translate("DeadlinesModel", "tomorrow")
    if days == -1:
        return QCoreApplication.translate("DeadlinesModel", "yesterday")
    if days > 0:
        return QCoreApplication.translate("DeadlinesModel", "in %1 days").replace("%1", str(days))
    return QCoreApplication.translate("DeadlinesModel", "%1 days ago").replace("%1", str(-days))


class DeadlinesModel(QAbstractTableModel):
    """Read-only view of the deadline rows; replaced wholesale by :meth:`set_rows`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tip(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return QBrush(OVERDUE_TINT)
            if row.weekend or row.holiday:
                return QBrush(CLOSED_TINT) if column in (DATE, FLAGS) else None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and row.past:
            return QBrush(PAST_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.meeting_id
        return None

    @staticmethod
    def _text(row: DeadlineRow, column: int) -> str:
        if column == DATE:
            return f"{row.deadline.weekday} {format_day(row.day)}"
        if column == DAYS:
            return days_left_text(row.days_left)
        if column == MEETING:
            return row.meeting_label
        if column == WHAT:
            return row.what
        flags = list(row.flags)
        if row.past:
            flags.insert(0, QCoreApplication.translate("DeadlinesModel", "Past"))
        return ", ".join(flags)

    @staticmethod
    def _tip(row: DeadlineRow) -> str:
        lines = [f"{row.what}, {row.meeting_label} ({row.meeting_title})", row.rule]
        if row.holiday:
            holiday = QCoreApplication.translate("DeadlinesModel", "Geneva public holiday: %1")
            lines.append(holiday.replace("%1", row.holiday))
        if row.weekend:
            lines.append(
                QCoreApplication.translate(
                    "DeadlinesModel", "Falls on a weekend; no ITU text moves it to a working day."
                )
            )
        return "\n".join([*lines, "", row.citation])


class _DeadlinesTable(QTableView):
    """A table whose Enter (or Return) on the current row means "go to this meeting"."""

    entered = Signal(QModelIndex)
    """Enter or Return was pressed on the current row."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class DeadlinesPanel(QWidget):
    """The coming deadlines of the meetings given to :meth:`set_meetings`."""

    meeting_activated = Signal(str)
    """The planner double-clicked (or pressed Enter on) a deadline: the id of its meeting."""

    rows_wanted = Signal(object, object, bool)
    """With :attr:`deferred`: the rows of these meetings, seen on this day, past ones or not,
    are wanted; whoever works them out gives them to :meth:`show_rows`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deferred = False
        self.setAccessibleName(self.tr("Deadlines"))
        self._meetings: list[Meeting] = []
        self._today = dt.date.min
        self.model = DeadlinesModel(self)
        self.table = _DeadlinesTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deadlines of the shown meetings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the dock instead of walking cells
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(self._on_row_chosen)
        self.table.entered.connect(self._on_row_chosen)

        self.show_past = QCheckBox(self.tr("Show past deadlines"), self)
        self.show_past.setToolTip(
            plain_tooltip(
                self.tr("Also list deadlines whose day has gone for meetings already held")
            )
        )
        self.show_past.toggled.connect(self._on_show_past_toggled)
        self.count = plain_label(QLabel(self))

        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_past)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_meetings(self, meetings: Sequence[Meeting], today: dt.date) -> None:
        """List the deadlines of ``meetings`` (those the filter shows) as seen on ``today``."""
        self._meetings = list(meetings)
        self._today = today
        self._refresh()

    def _refresh(self) -> None:
        if self.deferred:  # worked out elsewhere (off the GUI thread), then show_rows
            self.rows_wanted.emit(list(self._meetings), self._today, self.show_past.isChecked())
            return
        self.show_rows(
            deadline_rows(self._meetings, self._today, show_past=self.show_past.isChecked())
        )

    def show_rows(self, rows: Sequence[DeadlineRow]) -> None:
        """Show deadline rows worked out for the meetings and day last given."""
        self.model.set_rows(rows)
        self._fit_columns(rows)
        overdue = sum(r.overdue for r in rows)
        text = f"{len(rows)} deadline{'s' if len(rows) != 1 else ''}"
        if overdue:
            text += f", {overdue} overdue"
        self.count.setText(text)

    def _fit_columns(self, rows: Sequence[DeadlineRow]) -> None:
        """Size each column to its widest distinct text, so that in a narrow dock the table
        scrolls rather than cutting what is due short. Qt's own ResizeToContents asks every cell
        (0.6 s for the 28,000 deadlines of 20,000 meetings); a column holds few distinct texts,
        found here from what each text is made of before any text is written."""
        metrics = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(
            self.table.style().PixelMetric.PM_FocusFrameHMargin
        )
        pad += 16  # the cell's margins and the grid line
        # a long code is elided (its tooltip has it) before what is due
        meeting_cap = metrics.horizontalAdvance("ITU-D-RG-Q6/2-2027-10") + pad
        samples: list[dict[Hashable, DeadlineRow]] = [{} for _ in _KEYED_COLUMNS]
        for r in rows:
            for found, key in zip(samples, _width_keys(r), strict=True):
                found[key] = r
        for column, found in zip(_KEYED_COLUMNS, samples, strict=True):
            measured: Iterable[DeadlineRow] = found.values()
            if column == MEETING:  # one row per label: the longest labels by characters
                measured = heapq.nlargest(
                    LONGEST_LABELS, measured, key=lambda r: len(r.meeting_label)
                )
            texts = {DeadlinesModel._text(r, column) for r in measured}
            texts.add(self.model.tr(COLUMNS[column]))
            width = max(metrics.horizontalAdvance(t) for t in texts) + pad
            self.table.setColumnWidth(
                column, min(width, meeting_cap) if column == MEETING else width
            )

    @Slot(bool)
    def _on_show_past_toggled(self, _checked: bool) -> None:
        self._refresh()

    @Slot(QModelIndex)
    def _on_row_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.meeting_activated.emit(self.model.row_at(index.row()).meeting_id)
