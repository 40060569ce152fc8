"""The one widget that shows any calendar view's ``Scene``: it paints the visible part, scrolls
over the rest, and turns the pointer and the keys into the planner's requests.

Mouse: a click on a bar selects it (``bar_clicked``), a double-click opens it
(``bar_activated``), a right-click asks for its menu (``context_menu_requested``); on an
editable canvas, dragging the middle of a bar moves it and dragging within ``GRIP`` px of an
end resizes it (the cursor says which on hover). A click on a group header expands or collapses
it (``toggle_clicked``); a click on "+N more" lists the meetings it stands for.

Keyboard: Left/Up and Right/Down step to the previous and next meeting (``step_requested``),
Page Up/Down to the previous and next period (``period_step_requested``), Enter opens the
selected meeting, the Menu key (or Shift+F10) asks for its menu, Escape cancels a drag.
**Tab and Shift+Tab walk the "+N more" buttons in view** (a focus frame shows which) before
leaving the canvas; Enter or Space opens the one in focus, and in its list the arrows and Enter
choose a meeting. Ctrl++ (or Ctrl+=) and Ctrl+- zoom, as do Ctrl+wheel and a pinch
(``zoom_requested``); the wheel scrolls, Shift+wheel sideways.

The canvas never lays out: the pane relays out when ``viewport_resized`` or
``metrics_changed`` says the room or the fonts changed, or on ``zoom_requested``, and hands the
new scene to :meth:`CalendarCanvas.set_scene`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from scheduler_app.screen.scene import More, Rect, Scene
from scheduler_app.ui import canvas_paint
from scheduler_app.ui.canvas_drag import Drag, grip
from scheduler_app.ui.canvas_hits import more_at, next_more, tip_at, toggle_at
from scheduler_app.ui.canvas_more import open_more
from scheduler_app.ui.canvas_paint import Overlay, Painter, SceneIndex
from scheduler_app.ui.canvas_zoom import ZOOM_STEP, gesture_zoom, key_zoom, wheel_zoom
from scheduler_app.ui.plain import plain_tooltip
from scheduler_app.ui.qt_metrics import QtMetrics

Key = Qt.Key
_STEPS = {Key.Key_Left: -1, Key.Key_Up: -1, Key.Key_Right: 1, Key.Key_Down: 1}
_PERIODS = {Key.Key_PageUp: -1, Key.Key_PageDown: 1}
_ENTER = (Key.Key_Return, Key.Key_Enter)


def default_describe(scene: Scene | None, meeting_id: str) -> str:
    """A meeting named from its bar's tip (code and title, then its dates), on one line."""
    bar = scene.bar(meeting_id) if scene is not None else None
    if bar is None or not bar.tip:
        return bar.label if bar is not None and bar.label else meeting_id
    return ", ".join(bar.tip.split("\n")[:2])


class CalendarCanvas(QAbstractScrollArea):
    """Paints a :class:`Scene` and reports what the planner does on it (see the module)."""

    bar_clicked = Signal(str)
    """A meeting was clicked (or chosen from a "+N more" list or the accessible list)."""
    bar_activated = Signal(str)
    """A meeting was double-clicked, or Enter was pressed on it: open it."""
    context_menu_requested = Signal(QPoint, str)
    """A menu was asked for at a global position, over a meeting ("" for none)."""
    step_requested = Signal(int)
    """The arrows: -1 for the previous meeting, +1 for the next."""
    period_step_requested = Signal(int)
    """Page Up (-1) or Page Down (+1): the previous or next period."""
    toggle_clicked = Signal(str)
    """A lane group's header was clicked: its key."""
    drag_started = Signal(str, str)
    """A bar was taken: meeting id and mode ("move", "start", "end")."""
    bar_dragging = Signal(str, int, str)
    """The dragged bar reached a new delta (days, or minutes on a stepped axis)."""
    bar_dropped = Signal(str, int, str)
    """The dragged bar was let go at this delta (0: back where it was)."""
    drag_cancelled = Signal()
    """Escape during a drag: nothing is to change."""
    zoom_requested = Signal(float, float, float)
    """Zoom by a factor (> 1 closer) around a point in content pixels."""
    viewport_resized = Signal(int, int)
    """The room for the calendar changed: width and height in pixels."""
    metrics_changed = Signal()
    """The fonts changed (the platform's or the widget's): lay out again."""
    visible_changed = Signal()
    """What is in view changed (a scroll, a new scene)."""
    selection_changed = Signal()
    """The meetings outlined as selected changed (read :meth:`selected`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName("Calendar")
        self._metrics = QtMetrics(self)
        self._scene: Scene | None = None
        self._index: SceneIndex | None = None
        self._overlay = Overlay()
        self._preview: tuple[dt.date, dt.date] | None = None
        self._allowed: frozenset[dt.date] = frozenset()
        self._editable = True
        self._drag: Drag | None = None
        self._describe: Callable[[str], str] | None = None
        self._more_menu: QMenu | None = None
        self._view_name = ""

    # --- what is shown -------------------------------------------------------------------------

    @property
    def scene(self) -> Scene | None:
        return self._scene

    @property
    def metrics(self) -> QtMetrics:
        """The fonts the layouts must measure with: those the canvas draws in."""
        return self._metrics

    def set_scene(self, scene: Scene | None, keep_scroll: bool = True) -> None:
        """Show ``scene``; ``keep_scroll`` keeps the scroll position (clamped to the new size),
        else the view starts at the top left."""
        self._cancel_drag()
        self._scene = scene
        self._index = SceneIndex(scene) if scene is not None else None
        self._overlay.focused_more = None
        self._update_scroll_bars()
        if not keep_scroll:
            self.scroll_to(0, 0)
        self._refresh_tints()
        self._describe_view()
        self.viewport().update()
        self.visible_changed.emit()

    def set_view_name(self, name: str) -> None:
        """What a screen reader calls this view ("Timeline", "Month"); the period follows."""
        self._view_name = name
        self._describe_view()

    def _describe_view(self) -> None:
        name = self._view_name or "Calendar"
        scene = self._scene
        if scene is None:
            self.setAccessibleName(name)
            self.setAccessibleDescription("No calendar is shown")
            return
        period = f"{_day(scene.first)} to {_day(scene.last)}"
        self.setAccessibleName(f"{name}, {period}")
        count = len(scene.meeting_ids())
        meetings = "1 meeting" if count == 1 else f"{count} meetings"
        self.setAccessibleDescription(
            f"{meetings} from {period}. Arrows step from meeting to meeting, Enter opens "
            "one, Tab walks the '+N more' buttons."
        )

    def set_describe(self, describe: Callable[[str], str] | None) -> None:
        """How a meeting is named in lists and tips where it has no bar (a "+N more" list):
        plain text, e.g. code and title. None names it from its bar's tip."""
        self._describe = describe

    def describe(self, meeting_id: str) -> str:
        if self._describe is not None:
            return self._describe(meeting_id)
        return default_describe(self._scene, meeting_id)

    def set_editable(self, editable: bool) -> None:
        """A read-only canvas selects and opens meetings but never drags them."""
        self._editable = editable
        if not editable:
            self._cancel_drag()
            self.viewport().unsetCursor()

    def editable(self) -> bool:
        return self._editable

    def set_selected(self, ids: tuple[str, ...]) -> None:
        if frozenset(ids) == self._overlay.selected and ids == self._selected_order:
            return
        self._selected_order = tuple(ids)
        self._overlay.selected = frozenset(ids)
        self.viewport().update()
        self.selection_changed.emit()

    _selected_order: tuple[str, ...] = ()

    def selected(self) -> tuple[str, ...]:
        return self._selected_order

    def set_preview(self, first: dt.date, last: dt.date) -> None:
        """Tint the days ``first``-``last`` where the scene draws them (a drag's new dates)."""
        self._preview = (first, last)
        self._refresh_tints()

    def clear_preview(self) -> None:
        self._preview = None
        self._refresh_tints()

    def set_allowed_days(self, days: Iterable[dt.date]) -> None:
        """Tint the days a dragged meeting may start on (an empty set clears the tint)."""
        self._allowed = frozenset(days)
        self._refresh_tints()

    def _refresh_tints(self) -> None:
        axis = self._scene.axis if self._scene is not None else None
        preview: list[Rect] = []
        allowed: list[Rect] = []
        if axis is not None:
            if self._preview is not None:
                preview = axis.day_rects(*self._preview)
            for first, last in _runs(self._allowed):
                allowed.extend(axis.day_rects(first, last))
        self._overlay.preview, self._overlay.allowed = preview, allowed
        self.viewport().update()

    # --- scrolling -----------------------------------------------------------------------------

    def visible_rect(self) -> Rect:
        """The part of the scene in view, in content pixels."""
        vp = self.viewport()
        return Rect(
            self.horizontalScrollBar().value(), self.verticalScrollBar().value(),
            vp.width(), vp.height(),
        )  # fmt: skip

    def scroll_to(self, x: float, y: float) -> None:
        """Put content point (x, y) at the top left of the view (as near as the size allows)."""
        self.horizontalScrollBar().setValue(round(x))
        self.verticalScrollBar().setValue(round(y))

    def ensure_visible(self, meeting_id: str, margin: float = 24.0) -> bool:
        """Scroll as little as needed to show the meeting's first bar; False if not drawn."""
        bar = self._scene.bar(meeting_id) if self._scene is not None else None
        if bar is None:
            return False
        view, r = self.visible_rect(), bar.rect
        x, y = view.x, view.y
        if r.x < view.x or r.w + 2 * margin > view.w:
            x = r.x - margin
        elif r.right > view.right:
            x = r.right + margin - view.w
        if r.y < view.y or r.h + 2 * margin > view.h:
            y = r.y - margin
        elif r.bottom > view.bottom:
            y = r.bottom + margin - view.h
        self.scroll_to(x, y)
        return True

    def _update_scroll_bars(self) -> None:
        vp = self.viewport()
        w, h = (self._scene.width, self._scene.height) if self._scene else (0.0, 0.0)
        line = round(self._metrics.height() * 2)
        for bar, size, room in (
            (self.horizontalScrollBar(), w, vp.width()),
            (self.verticalScrollBar(), h, vp.height()),
        ):
            bar.setRange(0, max(0, int(size + 0.999) - room))
            bar.setPageStep(max(1, room))
            bar.setSingleStep(max(1, line))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().scroll(dx, dy)  # only the uncovered strip is painted again
        self.visible_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_bars()
        vp = self.viewport()
        self.viewport_resized.emit(vp.width(), vp.height())
        self.visible_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._metrics = QtMetrics(self)
            self.metrics_changed.emit()
        elif event.type() == QEvent.Type.PaletteChange:
            self.viewport().update()

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        vp = self.viewport()
        qp = QPainter(vp)
        try:
            if self._index is None:
                qp.fillRect(event.rect(), self.palette().base())
                return
            ox, oy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            r = event.rect()
            qp.translate(-ox, -oy)
            view = Rect(r.x() + ox, r.y() + oy, r.width(), r.height())
            self.paint_view(qp, view, vp.devicePixelRatioF())
        finally:
            qp.end()

    def paint_view(self, qp: QPainter, view: Rect, dpr: float) -> None:
        """Draw the part ``view`` of the scene with ``qp`` (already in content coordinates):
        what the screen shows, and what a test or a screenshot renders into an image."""
        if self._index is None:
            return
        qp.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        qp.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        qp.setClipRect(QRect(int(view.x), int(view.y), int(view.w + 1), int(view.h + 1)))
        painter = Painter(qp, self.palette(), self._metrics, dpr)
        canvas_paint.paint_scene(painter, self._index, view, self._overlay)

    # --- pointer -------------------------------------------------------------------------------

    def _content(self, pos: QPointF | QPoint) -> tuple[float, float]:
        return (pos.x() + self.horizontalScrollBar().value(),
                pos.y() + self.verticalScrollBar().value())  # fmt: skip

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        scene = self._scene
        if scene is None:
            return
        x, y = self._content(event.position())
        button = event.button()
        if button == Qt.MouseButton.LeftButton:
            toggle = toggle_at(scene, x, y)
            if toggle is not None:
                self.toggle_clicked.emit(toggle.key)
                return
            more = more_at(scene, x, y)
            if more is not None:
                self._open_more(more, by_keyboard=False)
                return
        bar = scene.bar_at(x, y)
        if bar is None or button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        if self._overlay.selected != {bar.meeting_id}:
            self.set_selected((bar.meeting_id,))
        self.bar_clicked.emit(bar.meeting_id)
        if button == Qt.MouseButton.LeftButton and self._editable and bar.rect.contains(x, y):
            self._drag = Drag(bar.meeting_id, grip(bar, x), (x, y), scene.axis)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        x, y = self._content(event.position())
        drag = self._drag
        if drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(x, y)
            return
        if not drag.started:
            px, py = drag.press
            if abs(x - px) + abs(y - py) < QApplication.startDragDistance():
                return
            drag.started = True
            self.drag_started.emit(drag.meeting_id, drag.mode)
        if drag.moved_to(x, y):
            self.bar_dragging.emit(drag.meeting_id, drag.delta, drag.mode)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.started:
            self.bar_dropped.emit(drag.meeting_id, drag.delta, drag.mode)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._scene is None or event.button() != Qt.MouseButton.LeftButton:
            return
        bar = self._scene.bar_at(*self._content(event.position()))
        if bar is not None:
            self._drag = None
            self.bar_activated.emit(bar.meeting_id)

    def _hover_cursor(self, x: float, y: float) -> None:
        bar = self._scene.bar_at(x, y) if self._scene is not None else None
        if bar is None or not self._editable or not bar.rect.contains(x, y):
            self.viewport().unsetCursor()
            return
        edge = grip(bar, x) != "move"
        shape = Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.OpenHandCursor
        self.viewport().setCursor(shape)

    def _cancel_drag(self) -> None:
        drag, self._drag = self._drag, None
        if drag is not None and drag.started:
            self.drag_cancelled.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        meeting_id, at = "", event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Mouse and self._scene is not None:
            bar = self._scene.bar_at(*self._content(event.pos()))
            meeting_id = bar.meeting_id if bar is not None else ""
        elif self._selected_order:
            meeting_id = self._selected_order[0]
            at = self._global_at(meeting_id)
        self.context_menu_requested.emit(at, meeting_id)

    def _global_at(self, meeting_id: str) -> QPoint:
        """Where a menu for the meeting opens: under its bar if in view, else mid-view."""
        vp = self.viewport()
        bar = self._scene.bar(meeting_id) if self._scene is not None else None
        view = self.visible_rect()
        if bar is not None and bar.rect.intersects(view):
            r = bar.rect
            local = QPoint(round(max(r.x, view.x) - view.x + 4), round(r.bottom - view.y))
        else:
            local = QPoint(vp.width() // 2, vp.height() // 2)
        return vp.mapToGlobal(local)

    # --- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Key(event.key())
        mods = event.modifiers()
        factor = key_zoom(event)
        if factor is not None:
            view = self.visible_rect()
            self.zoom_requested.emit(factor, view.x + view.w / 2, view.y + view.h / 2)
        elif key == Key.Key_Escape:
            if self._drag is not None:
                self._cancel_drag()
            elif self._overlay.focused_more is not None:
                self._focus_more(None)
            else:
                super().keyPressEvent(event)
        elif key in _STEPS and not mods & Qt.KeyboardModifier.AltModifier:
            self._focus_more(None)
            self.step_requested.emit(_STEPS[key])
        elif key in _PERIODS:
            self.period_step_requested.emit(_PERIODS[key])
        elif key in (*_ENTER, Key.Key_Space) and self._overlay.focused_more is not None:
            self._open_more(self._overlay.focused_more, by_keyboard=True)
        elif key in _ENTER and self._selected_order:
            self.bar_activated.emit(self._selected_order[0])
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the "+N more" buttons (from the first in view), then leaves the canvas."""
        if self._scene is not None and self.hasFocus():
            more = next_more(self._scene, self.visible_rect(), self._overlay.focused_more, next)
            self._focus_more(more)
            if more is not None:
                return True
        return super().focusNextPrevChild(next)

    def focused_more(self) -> More | None:
        """The "+N more" button the keyboard is on, if any."""
        return self._overlay.focused_more

    def _focus_more(self, more: More | None) -> None:
        if more is self._overlay.focused_more:
            return
        self._overlay.focused_more = more
        if more is not None:
            self._show_rect(more.rect)
        self.viewport().update()

    def _show_rect(self, r: Rect) -> None:
        view = self.visible_rect()
        if not (
            view.x <= r.x and r.right <= view.right and view.y <= r.y and r.bottom <= view.bottom
        ):
            self.scroll_to(
                min(max(view.x, r.right - view.w), r.x), min(max(view.y, r.bottom - view.h), r.y)
            )

    # --- "+N more" -----------------------------------------------------------------------------

    def _open_more(self, more: More, by_keyboard: bool) -> None:
        view = self.visible_rect()
        local = QPoint(round(more.rect.x - view.x), round(more.rect.bottom - view.y))
        at = self.viewport().mapToGlobal(local)
        self._more_menu = open_more(self, more, at, self.describe, self.choose, by_keyboard)

    def more_menu(self) -> QMenu | None:
        """The "+N more" list last opened, while it is open."""
        menu = self._more_menu
        try:
            return menu if menu is not None and menu.isVisible() else None
        except RuntimeError:  # deleted once it closed
            return None

    def choose(self, meeting_id: str) -> None:
        """Select a meeting as a click would, and bring it into view (from a list)."""
        self.set_selected((meeting_id,))
        self.bar_clicked.emit(meeting_id)
        self.ensure_visible(meeting_id)

    # --- hover, wheel, gestures ----------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tip(event)
            return True
        if kind in (QEvent.Type.NativeGesture, QEvent.Type.Gesture):
            zoom = gesture_zoom(event, self.viewport())
            if zoom is not None:
                factor, at = zoom
                x, y = self._content(at)
                self.zoom_requested.emit(factor, x, y)
                event.accept()
                return True
        return super().viewportEvent(event)

    def _show_tip(self, event: QHelpEvent) -> None:
        tip = ""
        if self._index is not None:
            tip = tip_at(self._index, *self._content(event.pos()), self.describe)
        if tip:
            QToolTip.showText(event.globalPos(), plain_tooltip(tip), self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = wheel_zoom(event)
        if factor is not None:
            x, y = self._content(event.position())
            self.zoom_requested.emit(factor, x, y)
            event.accept()
            return
        pixels, angle = event.pixelDelta(), event.angleDelta()
        if not pixels.isNull():
            dx, dy = pixels.x(), pixels.y()
        else:
            step = self.verticalScrollBar().singleStep() * 3
            dx, dy = angle.x() * step // 120, angle.y() * step // 120
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and dx == 0:
            dx, dy = dy, 0
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() - dx)
        v.setValue(v.value() - dy)
        event.accept()


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _runs(days: frozenset[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive days as (first, last) runs, in order."""
    runs: list[tuple[dt.date, dt.date]] = []
    one = dt.timedelta(days=1)
    for day in sorted(days):
        if runs and runs[-1][1] + one == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


__all__ = ["ZOOM_STEP", "CalendarCanvas", "default_describe"]
