"""The meetings table: columns sized to what they hold, Title taking the rest, a today marker.

The window swaps this in for a plain ``QTableView``; it reads meetings from any model that
answers ``MEETING_ROLE`` (:class:`~scheduler_app.ui.meeting_model.MeetingTableModel`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPen,
    QPolygon,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from scheduler_app.domain import Meeting
from scheduler_app.ui.meeting_model import COLUMNS, DATES, MEETING_ROLE, TITLE
from scheduler_app.ui.plain import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex

# Rows measured to size the columns: every row of a small calendar, an even spread of a large
# one (measuring 20,000 rows would cost the first paint a second).
FIT_SAMPLE = 200
# Title's least share of the width, so that the column a planner reads most gets the most room
# at 1366x768 (the issue found it 43 px wide while Dates and Code took 315 px).
TITLE_SHARE = 0.30
TITLE_FLOOR_SHARE = 0.22  # what the title keeps when the headers need their widths
# Columns that may be narrowed below their content (elided) when the width runs short, with the
# least each keeps; Dates and Status are never cut, a cut date or status would mislead.
_SHRINKABLE_TO = {"Code": 80, "Kind": 64, "Sector": 40, "Place": 72}
# The today line: a shape (a line with a notch) and a tooltip carry its meaning, colour only helps.
MARKER_COLOR = QColor("#c62828")
MARKER_WIDTH = 2


def _local_today() -> dt.date:
    return dt.datetime.now().astimezone().date()


class TodayDelegate(QStyledItemDelegate):
    """Draws meetings running today in bold and the line where today falls between rows."""

    def __init__(self, table: AgendaTable) -> None:
        super().__init__(table)
        self._table = table

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        m = index.data(MEETING_ROLE)
        if isinstance(m, Meeting) and self._table.is_running(m):
            option.font.setBold(True)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        marker = self._table.today_marker()
        if marker is None or index.row() != marker[0]:
            return
        rect = option.rect
        y = rect.bottom() - MARKER_WIDTH + 1 if marker[1] else rect.top()
        painter.save()
        try:
            painter.setPen(QPen(MARKER_COLOR, MARKER_WIDTH))
            painter.drawLine(rect.left(), y, rect.right(), y)
            if index.column() == self._table.horizontalHeader().logicalIndex(0):
                # a notch at the start of the line, so it reads as a marker and not a border
                painter.setBrush(MARKER_COLOR)
                painter.setPen(Qt.PenStyle.NoPen)
                x, h = rect.left(), 6
                tip = y - h if marker[1] else y + h
                painter.drawPolygon(QPolygon([QPoint(x, y), QPoint(x + h, y), QPoint(x, tip)]))
        finally:
            painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: _Index,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        lines = []
        m = index.data(MEETING_ROLE)
        marker = self._table.today_marker()
        if marker is not None and index.row() == marker[0]:
            lines.append(self._table.today_text())
        if isinstance(m, Meeting) and self._table.is_running(m):
            lines.append(self._table.tr("Running today"))
        if not lines:
            return super().helpEvent(event, view, option, index)
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)) + (own or ""), view)
        return True


class AgendaTable(QTableView):
    """The meetings, one row each, sorted by any column; rows select whole, several at once."""

    activated_current = Signal()
    """Enter or Return was pressed on the current row: open it."""
    context_menu_requested = Signal(QPoint)
    """A context menu was asked for (mouse or keyboard), at this global position."""

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], dt.date] = _local_today
    ) -> None:
        super().__init__(parent)
        self._today_of = today
        self._today = today()
        self._marker: tuple[int, bool] | None = None
        self._marker_known = False
        self._natural: dict[int, int] = {}
        self._user_widths: dict[int, int] = {}
        self._header_widths: dict[int, int] = {}  # each header name's width, measured with them
        self._fitting = False
        self.setObjectName("agenda_table")
        self.setAccessibleName(self.tr("Meetings"))
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab goes on to the next pane, arrows move in the table
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_custom_context_menu_requested)
        self.setItemDelegate(TodayDelegate(self))
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        header.sortIndicatorChanged.connect(self._on_rows_changed)
        # The day turns at midnight while the window stays open: look once a minute.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()

    # --- the model -------------------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.layoutChanged, old.rowsInserted, old.rowsRemoved):
                signal.disconnect(self._on_rows_changed)
            old.modelReset.disconnect(self._on_model_reset)
        super().setModel(model)
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
            ):
                signal.connect(self._on_rows_changed)
            model.modelReset.connect(self._on_model_reset)
            self.sortByColumn(DATES, Qt.SortOrder.AscendingOrder)
        self._on_model_reset()

    @Slot()
    def _on_rows_changed(self) -> None:
        self._marker_known = False
        self._update_description()
        self.viewport().update()

    @Slot()
    def _on_model_reset(self) -> None:
        self._on_rows_changed()
        self.fit_columns()

    def _meeting(self, row: int) -> Meeting | None:
        model = self.model()
        m = model.index(row, 0).data(MEETING_ROLE) if model is not None else None
        return m if isinstance(m, Meeting) else None

    # --- today -----------------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today

    def set_today(self, day: dt.date) -> None:
        """Mark ``day`` as today (the clock calls this when the date turns)."""
        if day != self._today:
            self._today = day
            self._on_rows_changed()

    @Slot()
    def _on_clock(self) -> None:
        self.set_today(self._today_of())

    def is_running(self, m: Meeting) -> bool:
        return m.start <= self._today <= m.end

    def today_marker(self) -> tuple[int, bool] | None:
        """Where today falls while the rows are in date order: ``(row, False)`` for a line above
        ``row``, ``(last row, True)`` for one below the last row; ``None`` in another order or
        with no rows. Above the line the meetings ended before today (below it, sorted newest
        first)."""
        if not self._marker_known:
            self._marker = self._find_marker()
            self._marker_known = True
        return self._marker

    def _find_marker(self) -> tuple[int, bool] | None:
        model = self.model()
        header = self.horizontalHeader()
        rows = model.rowCount() if model is not None else 0
        if not rows or not self.isSortingEnabled() or header.sortIndicatorSection() != DATES:
            return None
        newest_first = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        for row in range(rows):
            m = self._meeting(row)
            if m is not None and (m.end < self._today) == newest_first:
                return row, False
        return rows - 1, True

    def today_text(self) -> str:
        """The marker in words, for its tooltip and for screen readers."""
        day = f"{self._today.day} {self._today:%B %Y}"
        marker = self.today_marker()
        if marker is None:
            return self.tr("Today, %1").replace("%1", day)
        m = self._meeting(marker[0])
        name = m.label if m is not None else ""
        if marker[1]:
            return (
                self.tr("Today, %1: after %2, the last meeting")
                .replace("%1", day)
                .replace("%2", name)
            )
        return self.tr("Today, %1: the line falls before %2").replace("%1", day).replace("%2", name)

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.today_text())

    # --- keys and menus --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_current.emit()
            event.accept()
            return
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or shift_f10:
            self.context_menu_requested.emit(self.viewport().mapToGlobal(self._current_point()))
            event.accept()
            return
        super().keyPressEvent(event)

    def _current_point(self) -> QPoint:
        rect = self.visualRect(self.currentIndex())
        if rect.isValid() and self.viewport().rect().intersects(rect):
            return rect.bottomLeft()
        return QPoint(0, 0)

    @Slot(QPoint)
    def _on_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), index.parent()):
            # a right-click on a row outside the selection acts on that row, as file managers do
            self.setCurrentIndex(index)
        self.context_menu_requested.emit(self.viewport().mapToGlobal(pos))

    # --- column widths ---------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Measure the columns on (a sample of) the rows, then share out the width."""
        self._natural = self._measure()
        self._allot()

    def natural_widths(self) -> dict[int, int]:
        """What each column needs to show its header and its (sampled) cells whole."""
        return dict(self._natural)

    def _measure(self) -> dict[int, int]:
        # Text widths from font metrics rather than the delegate's sizeHint: a tenth of the
        # cost, so a filter change can measure again. Bold, as any row may be running today.
        model = self.model()
        header = self.horizontalHeader()
        rows = model.rowCount() if model is not None else 0
        sample: list[int] | range = range(rows)
        if rows > FIT_SAMPLE:
            step = (rows - 1) / (FIT_SAMPLE - 1)
            sample = sorted({round(i * step) for i in range(FIT_SAMPLE)})
        bold = QFont(self.font())
        bold.setBold(True)
        advance = QFontMetrics(bold).horizontalAdvance
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        icon = option.decorationSize.width() + margin
        display, decoration = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
        widths = {}
        self._header_widths = {}
        for column in range(model.columnCount() if model is not None else 0):
            width = header.sectionSizeFromContents(column).width()
            self._header_widths[column] = width
            for row in sample:
                width = max(
                    width, advance(str(model.index(row, column).data(display) or "")) + margin
                )
            # the model decorates a whole column or none of it (the kind's colour)
            decorated = bool(sample) and model.index(sample[0], column).data(decoration) is not None
            widths[column] = width + (icon if decorated else 0) + 2 + 2 * self._grid_margin()
        return widths

    def _grid_margin(self) -> int:
        return 1 if self.showGrid() else 0

    def _available(self) -> int:
        width = self.maximumViewportSize().width()
        header_height = (
            self.horizontalHeader().height() if self.horizontalHeader().isVisible() else 0
        )
        rows_height = self.verticalHeader().length()
        if rows_height > self.maximumViewportSize().height() - header_height:
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return width

    def _allot(self) -> None:
        model = self.model()
        if model is None or not self._natural:
            return
        available = self._available()
        names = {c: COLUMNS[c][0] for c in range(min(model.columnCount(), len(COLUMNS)))}
        others = {c: self._user_widths.get(c, w) for c, w in self._natural.items() if c != TITLE}
        title_min = min(self._natural.get(TITLE, 0), round(available * TITLE_SHARE))
        excess = sum(others.values()) + title_min - available
        if excess > 0:
            # a column shrinks no narrower than its header's name in the window's language
            # ("Сектор" is wider than "Sector")
            room = {
                c: max(0, w - max(_SHRINKABLE_TO[names[c]], self._header_widths.get(c, 0)))
                for c, w in others.items()
                if names.get(c) in _SHRINKABLE_TO and c not in self._user_widths
            }
            slack = sum(room.values())
            for c, r in room.items():
                others[c] -= min(r, round(excess * r / slack)) if slack else 0
        # the title takes what is left, down to a smaller share when the other columns are at
        # their headers' widths (Russian, French at 1366 px) rather than a sideways scroll bar
        # hiding the status column; only a narrower window scrolls
        title_floor = min(title_min, round(available * TITLE_FLOOR_SHARE))
        title = max(available - sum(others.values()), title_floor, 40)
        self._fitting = True
        try:
            for c, w in {**others, TITLE: title}.items():
                if self.columnWidth(c) != w:
                    self.setColumnWidth(c, w)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or column == TITLE:
            return
        self._user_widths[column] = new  # the planner dragged it: keep it, Title gives way
        self._allot()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._allot()
