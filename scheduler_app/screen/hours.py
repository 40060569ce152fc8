"""The time grid of the week and day views: day columns right of an hours gutter, hours running
down, and the axis that turns a point back into a day or a moment on the planner's clock.

Heights are wall-clock minutes on the planner's clock (see ``zone_times``): 09:00 is always at
the same height, on a change of summer time too. A drag moves by ``STEP_MINUTES``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scheduler_app.screen import words
from scheduler_app.screen.scene import Caption, FontRole, Metrics, Rect, Rule, Tone
from scheduler_app.screen.zone_times import zone_of

STEP_MINUTES = 15
WORKING_HOURS = (8, 20)
"""The hours the views show first: the pane scrolls to 08:00, and the default hour height lets
08:00-20:00 fit the calendar part of a 768-pixel-high window."""

WORKING_VIEWPORT = 480.0
"""Pixels of hours a 768-pixel-high window leaves the calendar (menus, toolbar, status bar, the
day headers and the all-day band take the rest): 12 working hours in it make 40 pixels an hour."""


def default_hour_height(metrics: Metrics) -> float:
    """Pixels per hour: 12 working hours in ``WORKING_VIEWPORT``, but never so few that a half-hour
    meeting cannot hold one line of small text with its padding."""
    span = WORKING_HOURS[1] - WORKING_HOURS[0]
    return max(WORKING_VIEWPORT / span, 2 * (metrics.height(FontRole.SMALL) + 4))


@dataclass(frozen=True, slots=True)
class TimeGrid:
    """Where days and hours are drawn: ``days`` columns of ``col_w`` from ``left``, the hours
    ``hours[0]``-``hours[1]`` from ``top`` down at ``hour_height`` pixels an hour; the header and
    the all-day band are above ``band_top``-``top``."""

    first_day: dt.date
    days: int
    zone: str
    left: float
    col_w: float
    top: float
    hour_height: float
    hours: tuple[int, int]
    band_top: float

    @property
    def bottom(self) -> float:
        return self.top + (self.hours[1] - self.hours[0]) * self.hour_height

    @property
    def right(self) -> float:
        return self.left + self.days * self.col_w

    def x_of(self, col: int) -> float:
        return self.left + col * self.col_w

    def y_of(self, minutes: float) -> float:
        """The height of ``minutes`` after midnight, clamped to the hours shown."""
        lo, hi = self.hours[0] * 60, self.hours[1] * 60
        return self.top + (min(max(minutes, lo), hi) - lo) * self.hour_height / 60

    def col_at(self, x: float) -> int | None:
        if not self.left <= x < self.right or self.col_w <= 0:
            return None
        return min(self.days - 1, int((x - self.left) // self.col_w))

    def minutes_at(self, y: float) -> float | None:
        """Minutes after midnight at height ``y`` of the grid, None above or below it."""
        if not self.top <= y < self.bottom:
            return None
        return self.hours[0] * 60 + (y - self.top) * 60 / self.hour_height


@dataclass(slots=True)  # not frozen: ``scene.Axis`` declares a plain attribute
class WeekAxis:
    """The ``scene.Axis`` of the week and day views: a column is a day, a height a moment."""

    grid: TimeGrid
    step_minutes: int = STEP_MINUTES

    def date_at(self, x: float, y: float) -> dt.date | None:
        """The day of the column under ``x`` (its header, all-day band or hours)."""
        col = self.grid.col_at(x)
        if col is None or y < 0 or y >= self.grid.bottom:
            return None
        return self.grid.first_day + dt.timedelta(days=col)

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        """The moment under a point of the hours, rounded to ``step_minutes``, aware in the
        planner's zone; None in the header and the all-day band. A time the clock skips in
        spring reads as the same distance past the change (02:30 is 03:30)."""
        col, minutes = self.grid.col_at(x), self.grid.minutes_at(y)
        if col is None or minutes is None:
            return None
        step = self.step_minutes
        rounded = round(minutes / step) * step
        day = self.grid.first_day + dt.timedelta(days=col)
        wall = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=rounded)
        zone = zone_of(self.grid.zone)
        return wall.replace(tzinfo=zone).astimezone(dt.UTC).astimezone(zone)

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        """One rectangle per day column of ``first``-``last`` shown, header to the last hour."""
        g = self.grid
        lo = max(0, (first - g.first_day).days)
        hi = min(g.days - 1, (last - g.first_day).days)
        return [Rect(g.x_of(c), 0.0, g.col_w, g.bottom) for c in range(lo, hi + 1)]


def hour_marks(grid: TimeGrid, metrics: Metrics) -> tuple[list[Caption], list[Rule]]:
    """The gutter's hour labels ("09:00", muted, small) and the rules of hours and half hours
    across the columns; the first label sits below the top so it is not cut."""
    captions: list[Caption] = []
    rules: list[Rule] = []
    h = metrics.height(FontRole.SMALL)
    for hour in range(grid.hours[0], grid.hours[1] + 1):
        y = grid.y_of(hour * 60)
        if hour < grid.hours[1]:
            top = max(grid.top, y - h / 2)
            captions.append(
                Caption(
                    words.hour(hour),
                    Rect(0.0, top, grid.left - 4, h),
                    FontRole.SMALL,
                    Tone.MUTED,
                    align="right",
                )
            )
        rules.append(Rule(grid.left, y, grid.right, y, Tone.GRID, 1.0))
        if hour < grid.hours[1]:
            half = grid.y_of(hour * 60 + 30)
            rules.append(Rule(grid.left, half, grid.right, half, Tone.GRID, 0.5))
    for col in range(grid.days + 1):
        x = grid.x_of(col)
        rules.append(Rule(x, grid.band_top, x, grid.bottom, Tone.GRID, 1.0))
    return captions, rules
