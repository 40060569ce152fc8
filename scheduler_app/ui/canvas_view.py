"""The showing half of the calendar canvas: a scroll area over a ``Scene`` that paints the
visible part with the selection, the drag preview and the allowed days over it, and says the
view and its period to a screen reader. :class:`~scheduler_app.ui.calendar_canvas.CalendarCanvas`
adds the pointer and the keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from scheduler_app import i18n
from scheduler_app.i18n import isolate, translate
from scheduler_app.screen import words
from scheduler_app.screen.scene import Rect, Scene
from scheduler_app.ui import canvas_paint
from scheduler_app.ui.canvas_paint import Overlay, Painter, SceneIndex
from scheduler_app.ui.qt_metrics import QtMetrics


def default_describe(scene: Scene | None, meeting_id: str) -> str:
    """A meeting named from its bar's tip (code and title, then its dates), on one line."""
    bar = scene.bar(meeting_id) if scene is not None else None
    if bar is None or not bar.tip:
        return bar.label if bar is not None and bar.label else meeting_id
    return ", ".join(bar.tip.split("\n")[:2])


class CanvasView(QAbstractScrollArea):
    """Shows a :class:`Scene` (see the module); every coordinate is in content pixels."""

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
        self.setAccessibleName(translate("Calendar", "Calendar"))
        # the scene mirrors itself for a right-to-left language: the scroll bar's value is
        # the content's x, so its slider must not be mirrored a second time
        self.horizontalScrollBar().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._metrics = QtMetrics(self)
        self._scene: Scene | None = None
        self._index: SceneIndex | None = None
        self._overlay = Overlay()
        self._selected_order: tuple[str, ...] = ()
        self._preview: tuple[dt.date, dt.date] | None = None
        self._allowed: frozenset[dt.date] = frozenset()
        self._describe: Callable[[str], str] | None = None
        # a zoom gesture's stretch of the picture drawn: (kx, ky, content x, y, viewport x, y)
        self._stretch: tuple[float, float, float, float, float, float] | None = None
        # each meeting named once per scene: the list of meetings in view names every meeting
        # in view again after each scroll, and the pane's naming looks the meeting up
        self._described: dict[str, str] = {}
        self._quiet_scroll = False  # set_scene moving the view: one visible_changed at the end
        # how far the view's start of the lines is from the scene's (its left edge, or its right
        # when mirrored): kept when a resize or a new scene clamps the scroll, so it comes back
        self._lead = 0.0
        self._keeping_lead = False
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
        else the view starts at the top left (top right for a mirrored scene)."""
        self._scene_changing()
        self._scene = scene
        self._stretch = None
        self._index = SceneIndex(scene) if scene is not None else None
        self._described.clear()
        self._overlay.focused_more = None
        self._quiet_scroll = True
        try:
            self._update_scroll_bars_keeping_start()
            if not keep_scroll:  # at the start of the lines: the top right, right to left
                self.scroll_to(scene.width if scene is not None and scene.right_to_left else 0, 0)
        finally:
            self._quiet_scroll = False
        self._refresh_tints()
        self._describe_view()
        self.viewport().update()
        self.visible_changed.emit()

    def _scene_changing(self) -> None:
        """Called before a new scene replaces the old one (a drag on it ends)."""

    def set_view_name(self, name: str) -> None:
        """What a screen reader calls this view ("Timeline", "Month"); the period follows."""
        self._view_name = name
        self._describe_view()

    def _describe_view(self) -> None:
        name = self._view_name or translate("Calendar", "Calendar")
        scene = self._scene
        if scene is None:
            self.setAccessibleName(name)
            self.setAccessibleDescription(translate("Calendar", "No calendar is shown"))
            return
        period = period_text(scene.first, scene.last)
        self.setAccessibleName(named_period(name, period))
        count = len(scene.meeting_ids())
        self.setAccessibleDescription(
            translate(
                "Calendar",
                "{meetings} from {period}. Arrows step from meeting to meeting, Enter opens "
                "one, Tab walks the '+N more' buttons.",
            ).format(meetings=words.meetings_count(count), period=period)
        )

    def set_describe(self, describe: Callable[[str], str] | None) -> None:
        """How a meeting is named in lists and tips where it has no bar (a "+N more" list):
        plain text, e.g. code and title. None names it from its bar's tip."""
        self._describe = describe
        self._described.clear()

    def describe(self, meeting_id: str) -> str:
        text = self._described.get(meeting_id)
        if text is None:
            if self._describe is not None:
                text = self._describe(meeting_id)
            else:
                text = default_describe(self._scene, meeting_id)
            self._described[meeting_id] = text
        return text

    def set_selected(self, ids: tuple[str, ...]) -> None:
        if frozenset(ids) == self._overlay.selected and ids == self._selected_order:
            return
        self._selected_order = tuple(ids)
        self._overlay.selected = frozenset(ids)
        self.viewport().update()
        self.selection_changed.emit()

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
        self._remember_lead()

    def ensure_visible(self, meeting_id: str, margin: float = 24.0) -> bool:
        """Scroll as little as needed to show the meeting's first bar; False if not drawn."""
        bar = self._scene.bar(meeting_id) if self._scene is not None else None
        if bar is None:
            return False
        view, r = self.visible_rect(), bar.rect
        x, y = view.x, view.y
        pinned = self._scene.pinned_top if self._scene is not None else 0.0
        gap = 0.0  # what the pinned band covers at the top of the view
        if r.bottom <= pinned:  # in the pinned band: always in view up and down
            r = Rect(r.x, view.y + pinned / 2, r.w, 1.0)
        elif pinned:
            gap = pinned
            view = Rect(view.x, view.y + gap, view.w, max(view.h - gap, 1.0))
        if r.x < view.x or r.w + 2 * margin > view.w:
            x = r.x - margin
        elif r.right > view.right:
            x = r.right + margin - view.w
        if r.y < view.y or r.h + 2 * margin > view.h:
            y = r.y - margin - gap
        elif r.bottom > view.bottom:
            y = r.bottom + margin - view.h - gap
        self.scroll_to(x, y)
        return True

    def start_lead(self) -> float:
        """The content pixels between the scene's start of the lines and the view's (the left
        edges, or the right ones when mirrored), as last scrolled to: a viewport too wide for
        the scene clamps the scroll but not this."""
        return self._lead

    def _remember_lead(self) -> None:
        if self._keeping_lead:
            return
        bar = self.horizontalScrollBar()
        mirrored = self._scene is not None and self._scene.right_to_left
        self._lead = float(bar.maximum() - bar.value() if mirrored else bar.value())

    def _update_scroll_bars_keeping_start(self) -> None:
        """New ranges for a new size or scene, the start of the lines kept where it was: the
        left edge, or in a mirrored scene the right edge (the x from the right kept, so its
        first days stay in view when the viewport or the scene grows or shrinks)."""
        bar = self.horizontalScrollBar()
        self._keeping_lead = True
        try:
            self._update_scroll_bars()
            lead = round(self._lead)
            mirrored = self._scene is not None and self._scene.right_to_left
            bar.setValue(bar.maximum() - lead if mirrored else lead)
        finally:
            self._keeping_lead = False

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
        if dx:
            self._remember_lead()
        if self._stretch is not None:
            self._stretch = None  # a scroll mid-gesture: the picture as laid out, scrolled
            self.viewport().update()
        elif dy and self._scene is not None and self._scene.pinned_top > 0:
            self.viewport().update()  # the pinned band must not move with the rest
        else:
            self.viewport().scroll(dx, dy)  # only the uncovered strip is painted again
            if dx and self._scene is not None:  # the group titles keep to the viewport
                oy = self.verticalScrollBar().value()
                width = self.viewport().width()
                for t in self._scene.toggles:
                    self.viewport().update(QRect(0, int(t.rect.y - oy), width, int(t.rect.h + 1)))
        if not self._quiet_scroll:
            self.visible_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_bars_keeping_start()
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

    def preview_zoom(self, kx: float, ky: float, vx: float, vy: float) -> None:
        """Show the picture drawn stretched by ``kx`` across and ``ky`` down about viewport
        point (``vx``, ``vy``), until the next scene: a zoom gesture's step answered at once,
        before the view is laid out at its new zoom. Steps compound."""
        ox, oy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        if self._stretch is None:
            cx, cy = vx + ox, vy + oy
        else:  # the point of the scene under (vx, vy) in the picture as stretched so far
            skx, sky, scx, scy, svx, svy = self._stretch
            cx, cy = scx + (vx - svx) / skx, scy + (vy - svy) / sky
            kx, ky = skx * kx, sky * ky
        self._stretch = (kx, ky, cx, cy, vx, vy)
        self.viewport().update()

    def _paint_stretched(self, qp: QPainter) -> None:
        assert self._stretch is not None
        kx, ky, cx, cy, vx, vy = self._stretch
        vp = self.viewport()
        qp.fillRect(vp.rect(), self.palette().base())
        qp.translate(vx, vy)
        qp.scale(kx, ky)
        qp.translate(-cx, -cy)
        x0, y0 = cx - vx / kx, cy - vy / ky
        view = Rect(x0, y0, vp.width() / kx, vp.height() / ky)
        self.paint_view(qp, view, vp.devicePixelRatioF())

    def paintEvent(self, event: QPaintEvent) -> None:
        vp = self.viewport()
        qp = QPainter(vp)
        try:
            if self._index is None:
                qp.fillRect(event.rect(), self.palette().base())
                return
            if self._stretch is not None:
                self._paint_stretched(qp)
                return
            ox, oy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
            r = event.rect()
            qp.translate(-ox, -oy)
            view = Rect(r.x() + ox, r.y() + oy, r.width(), r.height())
            self.paint_view(qp, view, vp.devicePixelRatioF())
            pinned = self._scene.pinned_top if self._scene is not None else 0.0
            if pinned > 0 and oy > 0 and r.y() < pinned:  # the pinned band, over what scrolled
                qp.resetTransform()
                qp.translate(-ox, 0)
                band = Rect(r.x() + ox, 0.0, r.width(), pinned)
                qp.setClipping(False)
                qp.fillRect(
                    QRect(int(band.x), 0, int(band.w + 1), int(pinned)), self.palette().base()
                )
                self.paint_view(qp, band, vp.devicePixelRatioF())
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
        self._overlay.visible = self.visible_rect()
        painter = Painter(qp, self.palette(), self._metrics, dpr)
        canvas_paint.paint_scene(painter, self._index, view, self._overlay)


def named_period(name: str, period: str) -> str:
    """ "Month, 1 October 2027 to 31 October 2027", with the language's comma."""
    return translate("Calendar", "{view}, {period}").format(view=name, period=period)


def period_text(first: dt.date, last: dt.date) -> str:
    """ "1 November 2026 to 6 December 2026", in the planner's language."""
    if words.english():
        return f"{_day(first)} to {_day(last)}"
    return translate("Calendar", "{first} to {last}").format(
        first=isolate(i18n.day(first, "yMMMMd")), last=isolate(i18n.day(last, "yMMMMd"))
    )


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


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
