"""Laying out each calendar view for its canvas: which screen layout, on which days, at which
zoom, measured with the canvas's fonts. The layouts themselves are plain Python
(``scheduler_app.screen``); this module only feeds them the canvas's size and the planner's
clock, and keeps the timeline's lanes between zoom steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QTimeZone

from scheduler_app.i18n import first_weekday
from scheduler_app.screen.month_grid import month_grid_scene
from scheduler_app.screen.periods import timeline_days, timeline_window, week_start
from scheduler_app.screen.scene import Scene
from scheduler_app.screen.timeline import TimelineLayout
from scheduler_app.screen.view_data import ViewData
from scheduler_app.screen.week_day import week_scene
from scheduler_app.screen.year_planner import year_planner_scene
from scheduler_app.ui.calendar_canvas import CalendarCanvas

MIN_HOUR_PX, MAX_HOUR_PX = 24.0, 240.0  # the week and day views' zoom: pixels an hour
MAX_WIDTH_ZOOM = 4.0  # the year and month views grow up to four viewports wide


def planner_zone() -> str:
    """The planner's IANA time zone (the system's), UTC when the system does not say."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    return zone if "/" in zone or zone == "UTC" else "UTC"


@dataclass
class Zoom:
    """How close each view is: the timeline's days across, the week's and day's pixels an hour
    (None: the default, 08:00-20:00 in a laptop's height), the year's and month's width in
    viewports."""

    timeline_days: float
    hour_px: float | None = None
    width: dict[str, float] = field(default_factory=lambda: {"year": 1.0, "month": 1.0})

    def scaled(self, view: str, factor: float, default_hour_px: float) -> bool:
        """Zoom ``view`` in by ``factor`` (below 1: out); False when already at the limit."""
        if view == "timeline":
            new = timeline_days(self.timeline_days / factor)
            changed = abs(new - self.timeline_days) > 1e-6
            self.timeline_days = new
            return changed
        if view in ("week", "day"):
            old = self.hour_px or default_hour_px
            self.hour_px = max(MIN_HOUR_PX, min(MAX_HOUR_PX, old * factor))
            return abs(self.hour_px - old) > 1e-6
        if view in self.width:
            old = self.width[view]
            self.width[view] = max(1.0, min(MAX_WIDTH_ZOOM, old * factor))
            return abs(self.width[view] - old) > 1e-6
        return False


class ViewLayouts:
    """The scenes of one window's calendar views."""

    def __init__(self) -> None:
        self.collapsed: frozenset[str] = frozenset()  # the timeline's folded groups
        self.decided = True  # draw PP Res. 77 decided periods on the timeline
        self._timeline: tuple[ViewData, TimelineLayout] | None = None

    def forget(self) -> None:
        """The meetings changed: the timeline's lanes are worked out again on next need."""
        self._timeline = None

    def toggle_group(self, key: str) -> None:
        self.collapsed = self.collapsed ^ {key}

    def scene(
        self,
        view: str,
        day: dt.date,
        data: ViewData,
        canvas: CalendarCanvas,
        zoom: Zoom,
        today: dt.date,
        visible_x: float = 0.0,
    ) -> Scene:
        """The scene of ``view`` around ``day``, for ``canvas``'s width and fonts; the timeline
        builds only what is near ``visible_x`` (its viewport's left edge, in content pixels)."""
        metrics = canvas.metrics
        width = float(max(canvas.viewport().width(), 200))
        if view == "year":
            return year_planner_scene(
                data.meetings,
                day.year,
                data.observances,
                data.holidays,
                today,
                metrics,
                width * zoom.width["year"],
            )
        if view == "month":
            return month_grid_scene(
                data.meetings,
                day,
                data.observances,
                data.holidays,
                today,
                metrics,
                width * zoom.width["month"],
                first_weekday(),
            )
        if view in ("week", "day"):
            zone = planner_zone()
            return week_scene(
                data.meetings,
                week_start(day) if view == "week" else day,
                7 if view == "week" else 1,
                zone,
                data.observances,
                data.holidays,
                today,
                dt.datetime.now(dt.UTC),
                metrics,
                width,
                zoom.hour_px,
            )
        first, last = timeline_window(day, zoom.timeline_days)
        layout = self._timeline_layout(data, today)
        return layout.scene(
            first,
            last,
            width / zoom.timeline_days,
            self.collapsed,
            metrics,
            visible=(visible_x, visible_x + width),
        )

    def _timeline_layout(self, data: ViewData, today: dt.date) -> TimelineLayout:
        # lanes depend on the meetings only: a zoom step or a folded group reuses them
        if self._timeline is None or self._timeline[0] is not data:
            layout = TimelineLayout(
                data.meetings, data.observances, data.holidays, today, self.decided
            )
            self._timeline = (data, layout)
        return self._timeline[1]
