"""A calendar view on screen: the same page the printer draws, scaled to the widget, with the
meeting bars clickable and draggable (move the bar, or its left or right edge, to another day or
another row), tooltips on bars and marked days, and the arrow keys stepping through meetings.
While a bar is dragged the days it would take are shaded, and the days where it could start
with no warning from its neighbours or its own dates (worked out once, when the drag starts) are
tinted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from scheduler_app.printing.page import Box, DayStrip, Page
from scheduler_app.printing.render import paint
from scheduler_app.ui.plain import plain_tooltip

PREVIEW = QColor(255, 111, 0, 70)  # the days a dragged meeting would take
ALLOWED = QColor(46, 160, 67, 48)  # the starts with no warning from neighbours: light, so
# the bars and labels over them still read
MIN_TEXT_PX = 5.0  # smaller text cannot be read on screen: it is not drawn

EDGE_MM = 1.2  # a press this close to a bar's end drags that end


def _grip(bar: Box, x: float) -> str:
    """Which part of a bar a press at ``x`` takes: "start", "end" or (the middle) "move". The
    ends are narrower on a thin bar, so that a short meeting on a long timeline can be moved."""
    edge = min(EDGE_MM, bar.w / 4)
    if x - bar.x < edge:
        return "start"
    if bar.x + bar.w - x < edge:
        return "end"
    return "move"


class PageView(QWidget):
    """Shows one :class:`Page`; reports clicks and drags on meeting bars in days."""

    meeting_clicked = Signal(str)
    """Emitted with a meeting id when its bar is clicked."""
    drag_started = Signal(str, str)
    """Emitted when a bar is pressed to be dragged: meeting id, and "move", "start" or "end"."""
    drag_moved = Signal(str, int, str)
    """Emitted while dragging: meeting id, days, and "move", "start" or "end"."""
    drag_finished = Signal(str, int, str)
    """Emitted on release, with the same values, when the drag moved by at least a day."""
    resized = Signal()
    """The widget changed size: its page may be laid out again to the new shape."""
    step_requested = Signal(int)
    """An arrow key: select the previous (-1) or next (+1) meeting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Page | None = None
        self.selected = ""
        # id, mode, press x (mm), the day pressed (None off the day grid), the bar
        self._drag: tuple[str, str, float, dt.date | None, Box] | None = None
        self._days = 0
        self._preview: tuple[dt.date, dt.date] | None = None
        self._allowed: frozenset[dt.date] = frozenset()
        self._cache: QPixmap | None = None  # the page drawn at this size; selection goes over
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a right click on a bar asks the window for the bar's menu (customContextMenuRequested)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editable = True
        """False on a read-only database: a bar can be clicked, not dragged."""
        self.describe: Callable[[str], str] = lambda _meeting_id: ""
        """What a meeting's bar tells on hover (the window knows the meetings)."""

    def set_page(self, page: Page | None) -> None:
        if page is not self.page:  # the same page again keeps its drawing
            self.page = page
            self._cache = None
        self.update()

    def set_selected(self, meeting_id: str) -> None:
        if meeting_id != self.selected:
            self.selected = meeting_id
            self.update()  # only the outline: the page comes from the cache

    def set_preview(self, span: tuple[dt.date, dt.date] | None) -> None:
        """Shade the days a dragged meeting would take (None: no shading)."""
        self._preview = span
        self.update()

    def set_allowed_days(self, days: Iterable[dt.date]) -> None:
        """Tint these days (where the dragged meeting could start); none: no tint."""
        self._allowed = frozenset(days)
        self.update()

    @property
    def allowed_days(self) -> frozenset[dt.date]:
        return self._allowed

    def visible_days(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day of the page's day grid (None without one)."""
        if self.page is None or not self.page.strips:
            return None
        firsts = [s.first for s in self.page.strips]
        lasts = [_strip_last(s) for s in self.page.strips]
        return min(firsts), max(lasts)

    def shows_day(self, day: dt.date) -> bool:
        """Whether ``day`` is on the page's day grid."""
        strips = self.page.strips if self.page is not None else []
        return any(s.first <= day <= _strip_last(s) for s in strips)

    def _end_drag(self) -> None:
        self._drag, self._days, self._preview = None, 0, None
        self._allowed = frozenset()
        self.update()

    # --- geometry --------------------------------------------------------------------------------

    def _scale(self) -> tuple[float, float, float]:
        """Pixels per millimetre, and the page's offset in the widget."""
        assert self.page is not None
        k = min(self.width() / self.page.width, self.height() / self.page.height)
        return (
            k,
            (self.width() - self.page.width * k) / 2,
            (self.height() - self.page.height * k) / 2,
        )

    def _to_page(self, point: QPointF) -> tuple[float, float]:
        k, dx, dy = self._scale()
        return (point.x() - dx) / k, (point.y() - dy) / k

    def date_at(self, point: QPointF) -> dt.date | None:
        if self.page is None:
            return None
        return self.page.date_at(*self._to_page(point))

    def tips_at(self, point: QPointF) -> list[str]:
        """What hovering here tells: the meeting under the pointer first, then the day's
        religious periods and holidays."""
        if self.page is None:
            return []
        x, y = self._to_page(point)
        bar = self.bar_at(point)
        tips = [self.describe(bar.ref)] if bar is not None else []
        tips += [
            item.tip
            for item in reversed(self.page.items)
            if isinstance(item, Box)
            and item.tip
            and item.x <= x <= item.x + item.w
            and item.y <= y <= item.y + item.h
        ]
        return [t for t in dict.fromkeys(tips) if t]

    def bar_at(self, point: QPointF) -> Box | None:
        if self.page is None:
            return None
        x, y = self._to_page(point)
        for item in reversed(self.page.items):
            if (
                isinstance(item, Box)
                and item.ref
                and item.x <= x <= item.x + item.w
                and item.y <= y <= item.y + item.h
            ):
                return item
        return None

    def bar_rect(self, meeting_id: str) -> QRectF | None:
        """Where a meeting's (first) bar is drawn, in widget pixels."""
        if self.page is None:
            return None
        k, dx, dy = self._scale()
        for item in self.page.items:
            if isinstance(item, Box) and item.ref == meeting_id:
                return QRectF(dx + item.x * k, dy + item.y * k, item.w * k, item.h * k)
        return None

    # --- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            if self.page is None:
                painter.fillRect(self.rect(), QColor("#ffffff"))
                return
            painter.drawPixmap(0, 0, self._page_pixmap())
            k, dx, dy = self._scale()
            painter.translate(dx, dy)
            self._paint_days(painter, k, self._allowed, ALLOWED)
            self._paint_preview(painter, k)
            self._paint_selection(painter, k)
        finally:
            painter.end()  # never leave a painter active if drawing fails

    def _page_pixmap(self) -> QPixmap:
        """The page drawn once per layout and size: a click, a hover or a drag repaints only
        the outline and the preview over it."""
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != self.size() * ratio:
            assert self.page is not None
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("#ffffff"))
            painter = QPainter(pixmap)
            try:
                k, dx, dy = self._scale()
                painter.translate(dx, dy)
                dpi = self.logicalDpiY() or 96
                paint(painter, self.page, k, font_scale=k * 25.4 / dpi, min_text_px=MIN_TEXT_PX)
            finally:
                painter.end()
            self._cache = pixmap
        return self._cache

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)
        self.resized.emit()

    def _paint_preview(self, painter: QPainter, k: float) -> None:
        assert self.page is not None
        if self._preview is None:
            return
        first, last = self._preview
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PREVIEW)
        for strip in self.page.strips:
            s, e = max(first, strip.first), min(last, _strip_last(strip))
            if s <= e:
                x = strip.x + (s - strip.first).days * strip.mm_per_day
                w = ((e - s).days + 1) * strip.mm_per_day
                painter.drawRect(QRectF(x * k, strip.y * k, w * k, strip.h * k))

    def _paint_days(
        self, painter: QPainter, k: float, days: frozenset[dt.date], color: QColor
    ) -> None:
        """Fill each run of ``days`` on each strip with one rectangle."""
        assert self.page is not None
        if not days:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        one = dt.timedelta(days=1)
        for strip in self.page.strips:
            day, last, run = strip.first, _strip_last(strip), 0
            while day <= last + one:
                if day <= last and day in days:
                    run += 1
                elif run:
                    x = strip.x + ((day - strip.first).days - run) * strip.mm_per_day
                    w = run * strip.mm_per_day
                    painter.drawRect(QRectF(x * k, strip.y * k, w * k, strip.h * k))
                    run = 0
                day += one

    def _paint_selection(self, painter: QPainter, k: float) -> None:
        assert self.page is not None
        wanted = self._drag[0] if self._drag else self.selected
        if not wanted:
            return
        # with a day grid the preview shades the new days; without one the outline moves
        shift = 0.0 if self.page.strips else self._days * self.page.mm_per_day
        mode = self._drag[1] if self._drag else "move"
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#ff6f00"), 2.5))
        for item in self.page.items:
            if isinstance(item, Box) and item.ref == wanted:
                x, w = item.x, item.w
                if mode == "move":
                    x += shift
                elif mode == "start":
                    x, w = x + shift, w - shift
                else:
                    w += shift
                painter.drawRect(QRectF(x * k, item.y * k, max(w, 0.5) * k, item.h * k))

    # --- mouse -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        bar = self.bar_at(event.position())
        if bar is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x, _y = self._to_page(event.position())
        mode = _grip(bar, x)
        self.selected = bar.ref
        if self.editable:
            self._drag = (bar.ref, mode, x, self.date_at(event.position()), bar)
        self._days = 0
        self.meeting_clicked.emit(bar.ref)
        if self._drag is not None:
            self.drag_started.emit(bar.ref, mode)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.page is None or not self.page.mm_per_day:
            bar = self.bar_at(event.position())
            if bar is not None and self.editable:
                x, _y = self._to_page(event.position())
                edge = _grip(bar, x) != "move"
                self.setCursor(
                    Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.OpenHandCursor
                )
            else:
                self.unsetCursor()
            return
        meeting_id, mode, press_x, press_day, _bar = self._drag
        day = self.date_at(event.position())
        if press_day is not None and day is not None:
            days = (day - press_day).days  # to another day, or another month or week row
        elif press_day is not None:
            return  # off the day grid: keep the last day reached
        else:
            x, _y = self._to_page(event.position())
            days = round((x - press_x) / self.page.mm_per_day)
        if days != self._days:
            self._days = days
            self.drag_moved.emit(meeting_id, days, mode)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        meeting_id, mode, _x, _day, _bar = self._drag
        days = self._days
        self._end_drag()
        if days:
            self.drag_finished.emit(meeting_id, days, mode)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._drag is not None and event.key() == Qt.Key.Key_Escape:
            self._end_drag()  # drop nothing
            return
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
        }.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.step_requested.emit(step)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            tips = self.tips_at(QPointF(event.pos()))
            if tips:
                QToolTip.showText(event.globalPos(), plain_tooltip("\n\n".join(tips[:4])), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def _strip_last(strip: DayStrip) -> dt.date:
    return strip.first + dt.timedelta(days=round(strip.w / strip.mm_per_day) - 1)
