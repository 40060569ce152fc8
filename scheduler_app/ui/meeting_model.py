"""The meetings table: a thin Qt adapter over a list of domain meetings.

Sorting and filtering live here rather than in a ``QSortFilterProxyModel``: the proxy sorts by
calling ``data()`` through Python for every comparison (about a million calls for 20,000 rows),
whereas a key sort over the meetings themselves takes a few milliseconds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from scheduler_app.domain import Meeting, Status
from scheduler_app.storage import MeetingFilter
from scheduler_app.ui.palette import kind_color
from scheduler_app.ui.plain import plain_tooltip
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP
from scheduler_app.ui.vocabulary import kind_name, kind_short_name, status_name

_Index = QModelIndex | QPersistentModelIndex

_MIDNIGHT = dt.time(0, 0)


def _dates(m: Meeting) -> str:
    if m.start_time and m.end_time:
        return f"{m.span} {m.start_time:%H:%M}-{m.end_time:%H:%M}"
    return m.span


COLUMNS: tuple[tuple[str, Callable[[Meeting], str], Callable[[Meeting], Any]], ...] = (
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Dates"),
        lambda m: _dates(m),
        lambda m: (m.start, m.start_time or _MIDNIGHT, m.end, m.code),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Code"),
        lambda m: m.code,
        lambda m: (m.code.casefold(), m.start),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Title"),
        lambda m: m.title,
        lambda m: (m.title.casefold(), m.start),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Kind"),
        lambda m: kind_short_name(m.kind),
        lambda m: (m.kind.short_label, m.start),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Sector"),
        lambda m: m.sector.value if m.sector else "",
        lambda m: (m.sector or "", m.start),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Place"),
        lambda m: m.place,
        lambda m: (m.place.casefold(), m.start),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingTableModel", "Status"),
        lambda m: status_name(m.status),
        lambda m: (m.status.value, m.start),
    ),
)
DATES, CODE, TITLE, KIND, SECTOR, PLACE, STATUS = range(len(COLUMNS))
MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
_EVERY_MEETING = MeetingFilter()


def _haystack(m: Meeting) -> str:
    return " ".join(
        (
            m.code,
            m.title,
            m.kind.value,
            m.kind.label,
            m.city,
            m.country,
            m.venue,
            m.room,
            m.body,
            m.parent,
            m.chair,
            m.span,
        )
    ).casefold()


class MeetingTableModel(QAbstractTableModel):
    """Read-only table of meetings, filtered by text and a :class:`MeetingFilter`, sorted by any
    column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Meeting] = []
        self._search: list[str] | None = []  # each meeting's haystack; None until a search
        self._rows: list[Meeting] = []
        self._row_index: dict[str, int] | None = None  # id -> row, until the rows change
        self._text = ""
        self._where = MeetingFilter()
        self._sort_column = DATES
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._italic = QFont()
        self._italic.setItalic(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    # --- feeding ---------------------------------------------------------------------------------

    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        """Replace every meeting (after opening a database or an import)."""
        self.beginResetModel()
        self._all = list(meetings)
        # Haystacks (a span formatted, a dozen fields joined and casefolded: 45 ms at 20,000)
        # are made on the first text search, not on the window's start.
        self._search = None
        self._rows = self._visible()
        self._row_index = None
        self.endResetModel()

    def apply_change(self, before: Sequence[Meeting], after: Sequence[Meeting]) -> None:
        """Replace the changed meetings (an edit, an undo) and show the table again."""
        gone = {m.id for m in before} | {m.id for m in after}
        self.beginResetModel()
        if self._search is None:
            self._all = [m for m in self._all if m.id not in gone] + list(after)
        else:
            kept = [
                (m, h) for m, h in zip(self._all, self._search, strict=True) if m.id not in gone
            ]
            kept += [(m, _haystack(m)) for m in after]
            self._all = [m for m, _h in kept]
            self._search = [h for _m, h in kept]
        self._rows = self._visible()
        self._row_index = None
        self.endResetModel()

    def set_filter(self, text: str = "", where: MeetingFilter | None = None) -> None:
        """Show only meetings whose code, title, kind, place, body or chair contain every word
        of ``text`` and that ``where`` accepts (kinds, Sectors, statuses, bodies)."""
        self.beginResetModel()
        self._text = text.casefold().strip()
        self._where = where or MeetingFilter()
        self._rows = self._visible()
        self._row_index = None
        self.endResetModel()

    def _visible(self) -> list[Meeting]:
        words = self._text.split()
        accepts = self._where.accepts
        if words:
            if self._search is None:
                self._search = [_haystack(m) for m in self._all]
            rows = [
                m
                for m, hay in zip(self._all, self._search, strict=True)
                if all(w in hay for w in words) and accepts(m)
            ]
        elif self._where != _EVERY_MEETING:
            rows = [m for m in self._all if accepts(m)]
        else:
            rows = list(self._all)
        key = COLUMNS[self._sort_column][2]
        rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return rows

    # --- reading ---------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    def meeting_at(self, row: int) -> Meeting:
        return self._rows[row]

    def row_of(self, meeting_id: str) -> int | None:
        if self._row_index is None:  # built on first need: views name every meeting in view
            self._row_index = {m.id: row for row, m in enumerate(self._rows)}
        return self._row_index.get(meeting_id)

    def rows(self) -> list[Meeting]:
        """The meetings shown, in the table's order."""
        return list(self._rows)

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[column][1](m)
        if role == Qt.ItemDataRole.DecorationRole and column == KIND:
            return kind_color(m.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(m))
        if role == Qt.ItemDataRole.FontRole:
            if m.status is Status.CANCELLED:
                return self._struck
            if m.status in (Status.PROPOSED, Status.TENTATIVE):
                return self._italic
            return None
        if role == Qt.ItemDataRole.ForegroundRole and m.status is Status.CANCELLED:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.BackgroundRole and column == DATES:
            tint = QColor(kind_color(m.kind))
            tint.setAlpha(40)
            return QBrush(tint)
        if role == MEETING_ROLE:
            return m
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in persistent]
        self._sort_column, self._sort_order = column, order
        key = COLUMNS[column][2]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._row_index = None
        where = {m.id: row for row, m in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(where[mid], col) for mid, col in held]
        )
        self.layoutChanged.emit()

    def _tooltip(self, m: Meeting) -> str:
        lines = [f"{m.code} — {m.title}" if m.code else m.title, f"{kind_name(m.kind)}, {m.span}"]
        if m.place:
            lines.append(m.place)
        if m.source:
            lines.append(self.tr("Source: ") + m.source)
        return "\n".join(lines)
