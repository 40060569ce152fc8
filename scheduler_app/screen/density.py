"""Density strips: a collapsed or crowded timeline group drawn as counts per week or month.

Each bin holds the meetings that meet its days (a meeting of two weeks counts in both); its
tooltip names the first few and how many more, and its "More" button lists them all.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting
from scheduler_app.i18n import isolate, translate
from scheduler_app.screen import words

WEEK_MIN_PX = 12.0
"""A strip counts per week when a week is at least this wide, else per month."""

TIP_NAMES = 8
"""How many meetings a bin's tooltip names before "and K more"."""

_ORDER = operator.attrgetter("start", "end", "code", "id")  # a bin's order, read in C


@dataclass(frozen=True, slots=True)
class Bin:
    """The days ``first``-``last`` of one week or month (within the view) and what meets them,
    in order of start."""

    first: dt.date
    last: dt.date
    unit: str  # "week" or "month"
    meetings: tuple[Meeting, ...]

    @property
    def name(self) -> str:
        """ "week of 3 Mar 2031" (its Monday, even when the view starts later) or "March 2031"."""
        if self.unit == "week":
            monday = self.first - dt.timedelta(days=self.first.weekday())
            return translate("Calendar", "week of {day}").format(day=isolate(day_text(monday)))
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


def bin_unit(px_per_day: float) -> str:
    return "week" if 7 * px_per_day >= WEEK_MIN_PX else "month"


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
    Monday) or month numbers (year * 12 + month - 1)."""
    if unit == "week":
        first = a - (a - 1) % 7
        return range(first, b + 1, 7)
    da, db = dt.date.fromordinal(a), dt.date.fromordinal(b)
    return range(da.year * 12 + da.month - 1, db.year * 12 + db.month)


def _span(key: int, unit: str) -> tuple[int, int]:
    if unit == "week":
        return key, key + 6
    year, month = divmod(key, 12)
    start = dt.date(year, month + 1, 1).toordinal()
    nxt = dt.date(year + (month == 11), (month + 1) % 12 + 1, 1).toordinal()
    return start, nxt - 1
