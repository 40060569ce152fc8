"""Zooming the calendar views: the timeline's days across, the week's and day's pixels an hour,
the year's and month's width, keeping the day under the pointer where it was on the screen.

A gesture (Ctrl+wheel, a pinch) comes as a burst of small steps. Each is answered at once by
stretching the picture already drawn, and the view is laid out at its new zoom once the burst
pauses (``SETTLE_MS``): a step costs a repaint, not a layout. A menu command or key zooms and
lays out at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from scheduler_app.screen.hours import default_hour_height
from scheduler_app.screen.periods import span_text

if TYPE_CHECKING:
    from scheduler_app.ui.calendar_pane import CalendarPane

SETTLE_MS = 150  # a gesture's pause after which the view is laid out at its new zoom
ACROSS = ("timeline", "year", "month")  # the views that zoom across; week and day zoom down


@dataclass
class Anchor:
    """Where a zoom holds still: a point of the scene drawn before it, where it is in the
    viewport, and the day there."""

    x: float
    y: float
    at_x: float
    at_y: float
    day: dt.date | None
    size: tuple[float, float]


class CalendarZoom(QObject):
    def __init__(self, pane: CalendarPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self._anchor: Anchor | None = None  # of a gesture not laid out yet
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)

    def _anchor_at(self, point: tuple[float, float] | None) -> Anchor | None:
        canvas = self.pane.current_canvas()
        scene = canvas.scene if canvas is not None else None
        if canvas is None or scene is None:
            return None
        view = canvas.visible_rect()
        x, y = point if point is not None else (view.x + view.w / 2, view.y + view.h / 2)
        day = scene.axis.date_at(x, y)
        return Anchor(x, y, x - view.x, y - view.y, day, (scene.width, scene.height))

    def _scaled(self, factor: float) -> float | None:
        """Change the current view's zoom by ``factor``; the factor it really took (limits),
        or None at a limit (and the status bar says so)."""
        pane, view = self.pane, self.pane.view
        zoom = pane.zoom
        canvas = pane.current_canvas()
        # the week's pixels an hour before any zoom: what its layout takes for these fonts
        default_hour = default_hour_height(canvas.metrics) if canvas is not None else 40.0
        before = zoom.timeline_days, zoom.hour_px or default_hour, dict(zoom.width)
        if not zoom.scaled(view, factor, default_hour):
            pane.window.statusBar().showMessage(self.tr("Zoomed as far as the view goes"), 3000)
            return None
        if view == "timeline":
            pane.window.statusBar().showMessage(
                self.tr("Timeline: %1 across").replace("%1", span_text(zoom.timeline_days)), 3000
            )
            return before[0] / zoom.timeline_days
        if view in ("week", "day"):
            return (zoom.hour_px or default_hour) / before[1]
        return zoom.width[view] / before[2][view]

    def zoom_by(self, factor: float, point: tuple[float, float] | None = None) -> None:
        """Zoom in (``factor`` > 1) or out and lay out at once, holding ``point`` (content
        pixels; default the middle of the view) still."""
        self._settle.stop()
        anchor = self._anchor or self._anchor_at(point)
        self._anchor = None
        if anchor is not None and self._scaled(factor) is not None:
            self._lay_out(anchor)

    def gesture(self, factor: float, x: float, y: float) -> None:
        """One step of a wheel or pinch: the picture stretched now, laid out after the pause."""
        canvas = self.pane.current_canvas()
        if canvas is None:
            return
        if self._anchor is None:
            self._anchor = self._anchor_at((x, y))
            if self._anchor is None:
                return
        taken = self._scaled(factor)
        if taken is None:
            return
        view = canvas.visible_rect()
        across = self.pane.view in ACROSS
        canvas.preview_zoom(
            taken if across else 1.0, 1.0 if across else taken, x - view.x, y - view.y
        )
        self._settle.start()

    @Slot()
    def settle(self) -> None:
        """Lay out the zoom a gesture reached (at once, in tests)."""
        self._settle.stop()
        anchor, self._anchor = self._anchor, None
        if anchor is not None and not self.pane.closed:
            self._lay_out(anchor)

    def _lay_out(self, anchor: Anchor) -> None:
        pane = self.pane
        canvas = pane.current_canvas()
        if canvas is None:
            return
        if pane.view == "timeline" and anchor.day is not None:
            # the window of years starts from the new left edge
            width = max(canvas.viewport().width(), 1)
            shown_before = anchor.at_x * pane.zoom.timeline_days / width
            pane.current_date = anchor.day - dt.timedelta(days=int(shown_before))
        pane.refresh_view()
        new = canvas.scene
        if new is None:
            return
        if pane.view == "timeline" and anchor.day is not None:
            pane.scroll_to_day(anchor.day, at=anchor.at_x)
        else:  # the same point of the calendar under the anchor, in proportion
            kx = new.width / max(anchor.size[0], 1.0)
            ky = new.height / max(anchor.size[1], 1.0)
            canvas.scroll_to(anchor.x * kx - anchor.at_x, anchor.y * ky - anchor.at_y)
