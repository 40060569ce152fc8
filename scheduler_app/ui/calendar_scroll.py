"""Where a calendar view scrolls to, whichever way its time runs: a day at the start of the
lines (the left, or the right of a view mirrored for a right-to-left language), its row in the
year and month, 08:00 in the week and day."""

from __future__ import annotations

import datetime as dt

from scheduler_app.i18n import is_right_to_left
from scheduler_app.screen.week_day import first_working_y
from scheduler_app.ui.calendar_canvas import CalendarCanvas


def start_day(canvas: CalendarCanvas) -> dt.date | None:
    """The day at the start of the lines in view (its left edge, or its right when mirrored)."""
    scene = canvas.scene
    if scene is None:
        return None
    view = canvas.visible_rect()
    return scene.axis.date_at(view.right - 1 if scene.right_to_left else view.x, 0)


def start_offset(canvas: CalendarCanvas) -> float | None:
    """How many days (a fraction included) of the timeline's period lie before the start of
    the lines in view: what a new zoom or viewport width keeps (a pixel offset would not)."""
    scene = canvas.scene
    if scene is None or scene.width <= 0:
        return None
    return max(canvas.start_lead(), 0.0) * ((scene.last - scene.first).days + 1) / scene.width


def timeline_start_x(
    first: dt.date, last: dt.date, day: dt.date, viewport: float, days_across: float
) -> float:
    """The content x of the viewport's left edge that puts ``day`` at the start of the lines
    of a new timeline period ``first``-``last`` showing ``days_across`` days in ``viewport``
    pixels (before it is laid out: the layout builds what is near there)."""
    return timeline_offset_x(first, last, (day - first).days, viewport, days_across)


def timeline_offset_x(
    first: dt.date, last: dt.date, offset: float, viewport: float, days_across: float
) -> float:
    """As :func:`timeline_start_x` for the start of the lines ``offset`` days after ``first``."""
    px_per_day = viewport / days_across
    x = offset * px_per_day
    if not is_right_to_left():
        return x
    return ((last - first).days + 1) * px_per_day - x - viewport


def scroll_to_day(canvas: CalendarCanvas, view: str, day: dt.date, at: float | None) -> None:
    """Bring ``day`` into ``canvas``'s view ``view``: in the timeline, its left edge to ``at``
    px from the viewport's left (by default the day at the start of the lines), its row in the
    year and month, 08:00 in the week and day."""
    scene = canvas.scene
    if scene is None or not scene.first <= day <= scene.last:
        return
    if view in ("week", "day"):
        # 08:00 just under the pinned day headers and all-day band
        top = first_working_y(scene) - scene.pinned_top - canvas.metrics.height()
        canvas.scroll_to(canvas.visible_rect().x, top)
        return
    rects = scene.axis.day_rects(day, day)
    if not rects:
        return
    r = rects[0]
    seen = canvas.visible_rect()
    if view == "timeline":
        if at is None:
            at = seen.w - r.w if scene.right_to_left else 0.0
        canvas.scroll_to(r.x - at, seen.y)
    elif not (seen.y <= r.y and r.bottom <= seen.bottom):
        canvas.scroll_to(seen.x, r.y - 24)
