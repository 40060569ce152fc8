"""A calendar view on screen: the same page the printer draws, scaled to the widget, with the
meeting bars clickable and draggable (move the bar, or its left or right edge)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from scheduler_app.printing.page import Box, Page
from scheduler_app.printing.render import paint

EDGE_MM = 1.2  # a press this close to a bar's end drags that end


class PageView(QWidget):
    """Shows one :class:`Page`; reports clicks and drags on meeting bars in days."""

    meeting_clicked = Signal(str)
    """Emitted with a meeting id when its bar is clicked."""
    drag_moved = Signal(str, int, str)
    """Emitted while dragging: meeting id, days, and "move", "start" or "end"."""
    drag_finished = Signal(str, int, str)
    """Emitted on release, with the same values, when the drag moved by at least a day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: Page | None = None
        self.selected = ""
        self._drag: tuple[str, str, float, Box] | None = None  # id, mode, press x (mm), bar
        self._days = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setMinimumSize(400, 300)
        self.setAutoFillBackground(True)

    def set_page(self, page: Page | None) -> None:
        self.page = page
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
            painter.fillRect(self.rect(), QColor("#ffffff"))
            if self.page is None:
                return
            k, dx, dy = self._scale()
            painter.translate(dx, dy)
            dpi = self.logicalDpiY() or 96
            paint(painter, self.page, k, font_scale=k * 25.4 / dpi)
            self._paint_selection(painter, k)
        finally:
            painter.end()  # never leave a painter active if drawing fails

    def _paint_selection(self, painter: QPainter, k: float) -> None:
        assert self.page is not None
        wanted = self._drag[0] if self._drag else self.selected
        if not wanted:
            return
        shift = self._days * self.page.mm_per_day
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
        bar = self.bar_at(event.position())
        if bar is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        x, _y = self._to_page(event.position())
        mode = "start" if x - bar.x < EDGE_MM else "end" if bar.x + bar.w - x < EDGE_MM else "move"
        self.selected = bar.ref
        self._drag = (bar.ref, mode, x, bar)
        self._days = 0
        self.meeting_clicked.emit(bar.ref)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None or self.page is None or not self.page.mm_per_day:
            bar = self.bar_at(event.position())
            if bar is not None:
                x, _y = self._to_page(event.position())
                edge = x - bar.x < EDGE_MM or bar.x + bar.w - x < EDGE_MM
                self.setCursor(
                    Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.OpenHandCursor
                )
            else:
                self.unsetCursor()
            return
        x, _y = self._to_page(event.position())
        days = round((x - self._drag[2]) / self.page.mm_per_day)
        if days != self._days:
            self._days = days
            self.drag_moved.emit(self._drag[0], days, self._drag[1])
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        meeting_id, mode, _x, _bar = self._drag
        days = self._days
        self._drag = None
        self._days = 0
        self.update()
        if days:
            self.drag_finished.emit(meeting_id, days, mode)
