"""Dragging a bar on the canvas: which part was taken (the middle moves the meeting, an end
resizes it) and how far it has gone, in whole days or in the axis's minute steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scheduler_app.screen.mirror import MirroredAxis
from scheduler_app.screen.scene import Axis, Bar

GRIP = 5.0  # px from a bar's end that take the end rather than the whole bar


def grip(bar: Bar, x: float, y: float | None = None, axis: Axis | None = None) -> str:
    """ "start" or "end" within ``GRIP`` px of an end the meeting really has (not one cut by the
    view's edge), else "move". A bar too narrow for three parts is only moved. A timed bar of
    the week and day views runs down the hours: its ends are its top and bottom."""
    r = bar.rect
    if y is not None and runs_down(bar, axis):
        if r.h < 3 * GRIP:
            return "move"
        if y - r.y <= GRIP and not bar.continues_before:
            return "start"
        if r.bottom - y <= GRIP and not bar.continues_after:
            return "end"
        return "move"
    if r.w < 3 * GRIP:
        return "move"
    # a mirrored scene (right to left) starts a bar at its right end
    rtl = isinstance(axis, MirroredAxis)
    at_left, at_right = ("end", "start") if rtl else ("start", "end")
    if x - r.x <= GRIP and not (bar.continues_after if rtl else bar.continues_before):
        return at_left
    if r.right - x <= GRIP and not (bar.continues_before if rtl else bar.continues_after):
        return at_right
    return "move"


def runs_down(bar: Bar, axis: Axis | None) -> bool:
    """Whether the bar stands in a time grid (hours down the page), not in a band of days."""
    if axis is None or not axis.step_minutes:
        return False
    r = bar.rect
    return axis.moment_at(r.x + r.w / 2, r.y + r.h / 2) is not None


@dataclass
class Drag:
    """A press on a bar, until it is released or cancelled. ``started`` once the pointer went
    past the platform's drag distance; ``delta`` is days, or minutes when the axis has steps."""

    meeting_id: str
    mode: str
    press: tuple[float, float]
    axis: Axis
    started: bool = False
    delta: int = 0
    _press_day: dt.date | None = None
    _press_moment: dt.datetime | None = None

    def __post_init__(self) -> None:
        x, y = self.press
        if self.axis.step_minutes:
            self._press_moment = self.axis.moment_at(x, y)
        if self._press_moment is None:  # days; or the week's all-day band, off the hours
            self._press_day = self.axis.date_at(x, y)

    def moved_to(self, x: float, y: float) -> bool:
        """Follow the pointer; True when the delta changed. Off the axis (between months, past
        the last hour) the last delta reached stays."""
        step = self.axis.step_minutes
        if step and self._press_moment is not None:
            now = self.axis.moment_at(x, y)
            if now is None or self._press_moment is None:
                return False
            minutes = (now - self._press_moment).total_seconds() / 60
            delta = round(minutes / step) * step
        else:
            day = self.axis.date_at(x, y)
            if day is None or self._press_day is None:
                return False
            delta = (day - self._press_day).days
            if step:  # an all-day bar in the week's band: whole days, in the axis's minutes
                delta *= 24 * 60
        if delta == self.delta:
            return False
        self.delta = delta
        return True
