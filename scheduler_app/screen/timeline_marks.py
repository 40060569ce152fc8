"""Marked days of the timeline: religious periods to avoid (PP Resolution 111) and the public
holidays of the venues, each day with the tooltip the printed charts give it."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable

from scheduler_app.domain.observance import Observance
from scheduler_app.printing.chart_marks import day_tip
from scheduler_app.printing.charts import Holiday
from scheduler_app.screen.scene import Area, Rect, Tone
from scheduler_app.screen.timeline_axis import day_x
from scheduler_app.screen.words import estimated

HOLIDAY_FULL_PX = 2.0
"""From this many pixels a day, a holiday shades its whole day; below, a stripe on top."""
STRIPE_PX = 4.0


class DayMarks:
    """The marked days, indexed once by day so a scene asks only for the days it shows."""

    def __init__(self, observances: Iterable[Observance], holidays: Iterable[Holiday]) -> None:
        religious: dict[int, list[str]] = {}
        for o in observances:
            name = estimated(o.label) if o.estimated else o.label
            for day in range(o.start.toordinal(), o.end.toordinal() + 1):
                names = religious.setdefault(day, [])
                if name not in names:
                    names.append(name)
        holiday: dict[int, list[str]] = {}
        for day_, name in holidays:
            names = holiday.setdefault(day_.toordinal(), [])
            if name not in names:
                names.append(name)
        self._religious, self._holiday = religious, holiday
        self._days = sorted(set(religious) | set(holiday))

    def areas(
        self,
        first: dt.date,
        last: dt.date,
        px_per_day: float,
        top: float,
        height: float,
        x_range: tuple[float, float],
    ) -> list[Area]:
        """An OBSERVANCE area over each religious day and a HOLIDAY area (or stripe, zoomed out)
        over each holiday of [first, last] within ``x_range``, over ``top`` .. ``top + height``."""
        base = first.toordinal()
        lo = max(base, base + int(x_range[0] // px_per_day) - 1)
        hi = min(last.toordinal(), base + int(x_range[1] // px_per_day) + 1)
        out = []
        for o in self._days[
            bisect.bisect_left(self._days, lo) : bisect.bisect_right(self._days, hi)
        ]:
            rel, hol = self._religious.get(o, ()), self._holiday.get(o, ())
            tip = day_tip(dt.date.fromordinal(o), rel, hol)
            x = day_x(o - base, px_per_day)
            w = max(day_x(o + 1 - base, px_per_day) - x, 1.0)
            if rel:
                out.append(Area(Rect(x, top, w, height), Tone.OBSERVANCE, tip=tip))
            if hol:
                h = height if px_per_day >= HOLIDAY_FULL_PX else min(STRIPE_PX, height)
                out.append(Area(Rect(x, top, w, h), Tone.HOLIDAY, tip=tip))
        return out
