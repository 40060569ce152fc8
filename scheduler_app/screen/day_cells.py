"""What the month grid and the year planner share: rows of day columns (a week, a month), the
marks of a day (weekend, religious periods, venue holidays) with their tips, the packing of bars
into lanes within a row, a meeting's bar, and the axis that finds a day under a point."""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass, field

from scheduler_app.domain import Meeting, Precision
from scheduler_app.domain.legend import KIND_HEX, status_mark
from scheduler_app.printing.chart_marks import day_tip
from scheduler_app.screen import words
from scheduler_app.screen.scene import Area, Bar, FontRole, Metrics, Rect, Tone
from scheduler_app.screen.tips import tip_of

_DAY = Precision.DAY
MIN_LANES = 2  # a quiet row keeps room for two bars, so the grid still reads as a calendar


def full_date(day: dt.date) -> str:
    """``Tuesday 1 December 2026``: what heads the list a day's "+N more" opens."""
    return words.full_date(day)


def day_areas(
    cell: Rect,
    day: dt.date,
    religious: Sequence[str],
    holiday: Sequence[str],
    strip: float,
) -> list[Area]:
    """The shading of one day's cell: a religious period over a venue holiday over a weekend
    (a day with both marks also gets a holiday strip ``strip`` px high at its foot), with the
    day's tip on a marked day."""
    tip = day_tip(day, religious, holiday) if religious or holiday else ""
    if religious:
        areas = [Area(cell, Tone.OBSERVANCE, tip=tip)]
        if holiday:
            areas.append(Area(Rect(cell.x, cell.bottom - strip, cell.w, strip), Tone.HOLIDAY))
        return areas
    if holiday:
        return [Area(cell, Tone.HOLIDAY, tip=tip)]
    if day.weekday() >= 5:
        return [Area(cell, Tone.WEEKEND)]
    return []


@dataclass(frozen=True, slots=True)
class Sizes:
    """The heights a grid is built from, all from the platform's fonts (never scaled down)."""

    small: float  # one line of FontRole.SMALL
    lane: float  # the pitch of the lanes: a bar and the gap under it
    bar: float  # a bar's height, room for one SMALL line

    @classmethod
    def of(cls, metrics: Metrics) -> Sizes:
        small = metrics.height(FontRole.SMALL)
        return cls(small, small + 5.0, small + 3.0)


def pack_lanes(spans: Sequence[tuple[float, float]]) -> list[int]:
    """The lowest lane free for each ``(start, end)`` span (half-open), taken in the order given,
    which must be by start: greedy interval colouring, which needs as few lanes as the most
    spans over one point. A heap of busy lanes and one of freed lanes: O(n log n)."""
    busy: list[tuple[float, int]] = []  # (end, lane)
    free: list[int] = []
    lanes: list[int] = []
    count = 0
    for start, end in spans:
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            lane = heapq.heappop(free)
        else:
            lane, count = count, count + 1
        heapq.heappush(busy, (end, lane))
        lanes.append(lane)
    return lanes


class Tips:
    """Each meeting's tooltip, made once though a meeting may be drawn in many rows (and kept
    across layouts by ``screen.tips``)."""

    def __call__(self, m: Meeting) -> str:
        return tip_of(m)


def meeting_bar(
    m: Meeting,
    rect: Rect,
    tip: str,
    label: tuple[str, Rect, bool] | None,
    continues_before: bool,
    continues_after: bool,
) -> Bar:
    """A meeting's bar in its kind's colour and status mark; dashed when its dates are not fixed
    (known by month, quarter or year and drawn over that period)."""
    text, label_rect, inside = label if label is not None else ("", None, True)
    return Bar(  # by position: a layout makes hundreds, and keywords cost more
        m.id,
        rect,
        KIND_HEX[m.kind],
        status_mark(m.status),
        m.precision is not _DAY,
        text,
        label_rect,
        inside,
        FontRole.SMALL,
        tip,
        continues_before,
        continues_after,
    )


@dataclass(frozen=True, slots=True)
class DayRow:
    """A row of consecutive days drawn as equal columns: a week of the month grid, a month of
    the year planner. ``top``/``bottom`` bound the whole row in content pixels."""

    top: float
    bottom: float
    first: dt.date
    days: int


@dataclass
class RowsAxis:
    """Where time runs in a grid of day rows: columns ``column`` px wide from ``x0``, rows from
    top to bottom. Meetings move by whole days (``step_minutes`` 0)."""

    x0: float
    column: float
    rows: Sequence[DayRow]
    step_minutes: int = 0
    _tops: list[float] = field(default_factory=list, repr=False)
    _firsts: list[dt.date] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._tops = [r.top for r in self.rows]
        self._firsts = [r.first for r in self.rows]

    def date_at(self, x: float, y: float) -> dt.date | None:
        i = bisect.bisect_right(self._tops, y) - 1
        if i < 0 or y >= self.rows[i].bottom or x < self.x0:
            return None
        row, col = self.rows[i], int((x - self.x0) // self.column)
        return row.first + dt.timedelta(days=col) if col < row.days else None

    def moment_at(self, x: float, y: float) -> dt.datetime | None:
        return None  # a grid of days has no hours: meetings move by days

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        """One rectangle per row the days ``first``-``last`` cross, over the row's height."""
        rects = []
        # rows are in date order; start from the row holding ``first``
        for row in self.rows[max(0, bisect.bisect_right(self._firsts, first) - 1) :]:
            if row.first > last:
                break
            row_last = row.first + dt.timedelta(days=row.days - 1)
            a, b = max(first, row.first), min(last, row_last)
            if a > b:
                continue
            x = self.x0 + (a - row.first).days * self.column
            rects.append(Rect(x, row.top, ((b - a).days + 1) * self.column, row.bottom - row.top))
        return rects
