"""Density strips: a collapsed or crowded timeline group drawn as counts per week, fortnight,
month or quarter: the finest of these whose boxes have room for their counts (a box too narrow
for its count would leave it to the tooltip, and a strip of empty boxes says nothing).

Each bin holds the meetings that meet its days (a meeting of two weeks counts in both); its
tooltip names the first few and how many more, and its "More" button lists them all.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from scheduler_app.domain import Meeting, format_span
from scheduler_app.i18n import isolate, quarter, translate
from scheduler_app.screen import words

UNITS = ("week", "fortnight", "month", "quarter")
"""A strip's bins, finest first: each the next one's neighbours merged."""
UNIT_DAYS = {"week": 7, "fortnight": 14, "month": 28, "quarter": 90}
"""The fewest days a whole bin of each unit spans."""
READABLE_SHARE = 0.9
"""A unit is fine enough when at least this share of its bins have room for their count (the
two clipped by the period's ends and a busy February may not)."""

TIP_NAMES = 8
"""How many meetings a bin's tooltip names before "and K more"."""

_ORDER = operator.attrgetter("start", "end", "code", "id")  # a bin's order, read in C


@dataclass(frozen=True, slots=True)
class Bin:
    """The days ``first``-``last`` of one week or month (within the view) and what meets them,
    in order of start."""

    first: dt.date
    last: dt.date
    unit: str  # one of UNITS
    meetings: tuple[Meeting, ...]

    @property
    def name(self) -> str:
        """ "week of 3 Mar 2031" (its Monday, even when the view starts later), "3-16 Mar 2031"
        (a fortnight's two weeks), "March 2031" or "Q1 2031"."""
        monday = self.first - dt.timedelta(days=self.first.weekday())
        if self.unit == "week":
            return translate("Calendar", "week of {day}").format(day=isolate(day_text(monday)))
        if self.unit == "fortnight":
            key = _keys(self.first.toordinal(), self.first.toordinal(), "fortnight")[0]
            start, end = _span(key, "fortnight")
            return format_span(dt.date.fromordinal(start), dt.date.fromordinal(end))
        if self.unit == "quarter":
            return quarter(self.first.year, (self.first.month - 1) // 3 + 1)
        return words.month_year(self.first.year, self.first.month)

    @property
    def tip(self) -> str:
        """ "3 meetings, week of 3 Mar 2031: A, B, C" or "... : A, ..., H and 4 more"."""
        n = len(self.meetings)
        names = [m.label for m in self.meetings[:TIP_NAMES]]
        listed = ", ".join(names)
        if n > TIP_NAMES:
            listed += " " + words.and_more(n - TIP_NAMES)
        return translate("Calendar", "{count}, {period}: {names}").format(
            count=words.meetings_count(n), period=self.name, names=isolate(listed)
        )


def day_text(day: dt.date) -> str:
    """ "3 Mar 2031" in the planner's language (``words.day_text``)."""
    return words.day_text(day)


_B = TypeVar("_B")


def readable_unit(
    px_per_day: float,
    least_px: float,
    strip: Callable[[str], Sequence[_B]],
    fits: Callable[[_B], bool],
) -> str:
    """The finest of :data:`UNITS` in which most bins (:data:`READABLE_SHARE`) have room for
    their count: ``strip(unit)`` gives a strip's bins in that unit, ``fits(bin)`` says whether
    its count fits its box. A unit whose bins are narrower than ``least_px`` (the narrowest
    count and its padding) is not tried; the coarsest unit when none is fine enough."""
    for unit in UNITS[:-1]:
        if UNIT_DAYS[unit] * px_per_day < least_px:
            continue
        found = strip(unit)
        if sum(map(fits, found)) >= READABLE_SHARE * len(found):
            return unit
    return UNITS[-1]


def bins(meetings: Iterable[Meeting], first: dt.date, last: dt.date, unit: str) -> list[Bin]:
    """The non-empty bins of [first, last] (clipped to it), in time order. Each meeting is put
    in the bins its days meet: O(meetings x bins each meets), no pass over empty bins."""
    lo, hi = first.toordinal(), last.toordinal()
    members: dict[int, list[Meeting]] = {}
    for m in meetings:
        a, b = max(m.start.toordinal(), lo), min(m.end.toordinal(), hi)
        if a > b:
            continue
        for key in _keys(a, b, unit):
            members.setdefault(key, []).append(m)
    out = []
    for key in sorted(members):
        start, end = _span(key, unit)
        ms = sorted(members[key], key=_ORDER)
        out.append(
            Bin(
                dt.date.fromordinal(max(start, lo)),
                dt.date.fromordinal(min(end, hi)),
                unit,
                tuple(ms),
            )
        )
    return out


def _keys(a: int, b: int, unit: str) -> Sequence[int]:
    """The bins meeting the ordinal days a..b: Monday ordinals (ordinal 1, 1 Jan of year 1, is a
    Monday; a fortnight starts on every other one from it), month numbers (year * 12 + month
    - 1) or quarter numbers (year * 4 + quarter - 1)."""
    if unit in ("week", "fortnight"):
        days = 7 if unit == "week" else 14
        first = a - (a - 1) % days
        return range(first, b + 1, days)
    da, db = dt.date.fromordinal(a), dt.date.fromordinal(b)
    if unit == "quarter":
        return range(da.year * 4 + (da.month - 1) // 3, db.year * 4 + (db.month - 1) // 3 + 1)
    return range(da.year * 12 + da.month - 1, db.year * 12 + db.month)


def _span(key: int, unit: str) -> tuple[int, int]:
    if unit in ("week", "fortnight"):
        return key, key + (6 if unit == "week" else 13)
    if unit == "quarter":
        year, q = divmod(key, 4)
        start = dt.date(year, 3 * q + 1, 1).toordinal()
        nxt = dt.date(year + (q == 3), (3 * q + 3) % 12 + 1, 1).toordinal()
        return start, nxt - 1
    year, month = divmod(key, 12)
    start = dt.date(year, month + 1, 1).toordinal()
    nxt = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1).toordinal()
    return start, nxt - 1
