"""Where time runs on the timeline: days from left to right at a constant width."""

from __future__ import annotations

import datetime as dt
import math

from scheduler_app.screen.scene import Rect


def day_x(days: int, px_per_day: float) -> float:
    """Where the day ``days`` after the first begins, on a grid of 1/64 px: sums and
    differences of such positions are exact, so spans that touch never overlap by a rounding
    error (and Qt's text advances are on the same grid)."""
    return round(days * px_per_day * 64) / 64


class TimelineAxis:
    """Day ``first`` starts at x = 0 and each day is ``px_per_day`` wide, on every row; the
    lanes run from ``top`` to ``bottom``. Meetings move by whole days (``step_minutes`` 0)."""

    step_minutes = 0

    def __init__(
        self, first: dt.date, last: dt.date, px_per_day: float, top: float, bottom: float
    ) -> None:
        self.first, self.last, self.px_per_day = first, last, px_per_day
        self.top, self.bottom = top, bottom

    def x_of(self, day: dt.date) -> float:
        return day_x(day.toordinal() - self.first.toordinal(), self.px_per_day)

    def date_at(self, x: float, y: float) -> dt.date | None:
        """The day under x (whatever the row), or None left or right of the period."""
        offset = math.floor(x / self.px_per_day)
        if day_x(offset + 1, self.px_per_day) <= x:  # the grid rounds day edges
            offset += 1
        elif day_x(offset, self.px_per_day) > x:
            offset -= 1
        if offset < 0 or offset > self.last.toordinal() - self.first.toordinal():
            return None
        return self.first + dt.timedelta(days=offset)

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        """None: the timeline has no hours (drag by ``date_at``)."""
        return None

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        """One rectangle over the lanes for the days first-last clipped to the period."""
        a, b = max(first, self.first), min(last, self.last)
        if b < a:
            return []
        x = self.x_of(a)
        w = self.x_of(b + dt.timedelta(days=1)) - x
        return [Rect(x, self.top, w, self.bottom - self.top)]
