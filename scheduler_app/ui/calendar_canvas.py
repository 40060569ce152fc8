"""The one widget that shows any calendar view's ``Scene``: it paints the visible part, scrolls
over the rest, and turns the pointer and the keys into the planner's requests.

Mouse: a click on a bar selects it (``bar_clicked``), a double-click opens it
(``bar_activated``), a right-click asks for its menu (``context_menu_requested``); on an
editable canvas, dragging the middle of a bar moves it and dragging within ``GRIP`` px of an
end resizes it (the cursor says which on hover). A click on a group header expands or collapses
it (``toggle_clicked``); a click on "+N more" lists the meetings it stands for.

Keyboard: Left/Up and Right/Down step to the previous and next meeting (``step_requested``;
in a mirrored scene, where time runs from right to left, Left is the next and Right the previous),
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

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from scheduler_app.screen.scene import More, Rect
from scheduler_app.ui.canvas_drag import Drag, grip, runs_down
from scheduler_app.ui.canvas_hits import more_at, next_more, tip_at, toggle_at
from scheduler_app.ui.canvas_more import open_more
from scheduler_app.ui.canvas_view import CanvasView
from scheduler_app.ui.canvas_zoom import gesture_zoom, key_zoom, wheel_zoom
from scheduler_app.ui.plain import plain_tooltip

Key = Qt.Key
_STEPS = {Key.Key_Left: -1, Key.Key_Up: -1, Key.Key_Right: 1, Key.Key_Down: 1}
_ACROSS = (Key.Key_Left, Key.Key_Right)
_PERIODS = {Key.Key_PageUp: -1, Key.Key_PageDown: 1}
_ENTER = (Key.Key_Return, Key.Key_Enter)


class CalendarCanvas(CanvasView):
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.viewport().setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._editable = True
        self._drag: Drag | None = None
        self._more_menu: QMenu | None = None

    def set_editable(self, editable: bool) -> None:
        """A read-only canvas selects and opens meetings but never drags them."""
        self._editable = editable
        if not editable:
            self._cancel_drag()
            self.viewport().unsetCursor()

    def editable(self) -> bool:
        return self._editable

    def _scene_changing(self) -> None:
        self._cancel_drag()

    # --- pointer -------------------------------------------------------------------------------

    def _content(self, pos: QPointF | QPoint) -> tuple[float, float]:
        scene = self._scene
        pinned = scene.pinned_top if scene is not None else 0.0
        dy = 0 if pos.y() < pinned else self.verticalScrollBar().value()  # the pinned band
        return pos.x() + self.horizontalScrollBar().value(), pos.y() + dy

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
            self._drag = Drag(bar.meeting_id, grip(bar, x, y, scene.axis), (x, y), scene.axis)

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
        axis = self._scene.axis if self._scene is not None else None
        edge = grip(bar, x, y, axis) != "move"
        resize = (
            Qt.CursorShape.SizeVerCursor if runs_down(bar, axis) else Qt.CursorShape.SizeHorCursor
        )
        shape = resize if edge else Qt.CursorShape.OpenHandCursor
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
            step = _STEPS[key]
            if self._scene is not None and self._scene.right_to_left and key in _ACROSS:
                step = -step  # time runs leftwards: Left is the next meeting
            self.step_requested.emit(step)
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
