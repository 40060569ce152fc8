"""What the calendar views are laid out from, read once per period and kept: the meetings the
filter shows that touch the period, the religious periods and the venue holidays.

Each view reads a little more than it shows where drawing needs it: the month grid's days of
the weeks before and after, two days either side of a week (a Tokyo morning is the previous
evening in New York), and the timeline's widest zoom (a zoom step keeps meetings and lanes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import Overlays
from scheduler_app.screen.periods import MAX_TIMELINE_DAYS, timeline_window
from scheduler_app.screen.view_data import ViewData, view_data
from scheduler_app.screen.week_day import ZONE_MARGIN
from scheduler_app.services.checking import observances_between
from scheduler_app.storage import PlanningDatabase

CACHE_SIZE = 8  # periods kept, for going back and forth


def data_period(
    view: str, first: dt.date, last: dt.date, current: dt.date
) -> tuple[dt.date, dt.date]:
    """The days whose meetings and marks a view needs to draw ``first``-``last``."""
    if view == "timeline":
        return timeline_window(current, MAX_TIMELINE_DAYS)
    if view == "month":  # the grid's weeks start on Monday and may run 6 rows
        start = first - dt.timedelta(days=first.weekday())
        return start, start + dt.timedelta(weeks=6) - dt.timedelta(days=1)
    if view in ("week", "day"):
        return first - ZONE_MARGIN, last + ZONE_MARGIN
    return first, last


class CalendarData:
    """The data of each period a view showed, until the meetings, the filter or the settings
    change; the religious periods also outlive meeting edits, but not another database."""

    def __init__(self, db: Callable[[], PlanningDatabase]) -> None:
        self._db = db
        self._data: dict[tuple[str, dt.date, dt.date], ViewData] = {}
        self._observances: dict[tuple[dt.date, dt.date], list[Observance]] = {}
        self._observed_db: PlanningDatabase | None = None

    def forget_meetings(self) -> None:
        """The meetings, the filter or the overlays changed."""
        self._data.clear()

    def forget_all(self) -> None:
        """The settings changed (an observance corrected, a venue's holidays): read all anew."""
        self._data.clear()
        self._observances.clear()

    def get(
        self,
        view: str,
        first: dt.date,
        last: dt.date,
        current: dt.date,
        shown: Callable[[], Sequence[Meeting]],
        overlays: Overlays,
    ) -> ViewData:
        db = self._db()
        if db is not self._observed_db:  # File > Open: nothing read from the other file
            self.forget_all()
            self._observed_db = db
        first, last = data_period(view, first, last, current)
        key = (view, first, last)
        data = self._data.get(key)
        if data is None:
            if len(self._data) >= CACHE_SIZE:
                self._data.pop(next(iter(self._data)))
            observances = self._observances.get((first, last))
            if observances is None and overlays.religious:
                observances = observances_between(db, first, last)
                self._observances[(first, last)] = observances
            data = view_data(db, shown(), first, last, overlays, observances)
            self._data[key] = data
        return data
