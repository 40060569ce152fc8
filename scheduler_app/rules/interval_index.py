"""Meetings of one list sorted by start day, answering "which overlap [a, b]?" by binary search.

A query is bounded by the longest meeting in the list, so finding what one meeting overlaps costs
about log n plus the few meetings it actually overlaps; entries are inserted and removed in place,
which is what makes the re-check after a drag cheap. :class:`scheduler_app.rules.calendar.Calendar`
keeps one index for all meetings and one per kind, room, chair, parent body and host country.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Iterator

from scheduler_app.domain import Meeting


class IntervalIndex:
    """Meetings sorted by start day, answering "which overlap [a, b]?" by binary search.

    A query looks back from ``a`` by the longest meeting in the list, so the few long entries
    (a year-precision "WTDC, 2029" spans 365 days) are kept apart and scanned on their own: they
    would otherwise widen every query to a year of meetings.

    With ``widen_timed``, a meeting with times of day is indexed by its local days widened by one
    day on each side: local dates in two zones may differ by up to two days at the same instant
    (UTC+14 against UTC-12), so two timed meetings that share an instant always meet in the
    widened index, and :meth:`reaching` finds them; the exact test is then ``overlap()``'s.
    :meth:`overlapping` still answers by local days, for the rules that count days (holidays,
    religious observances), whatever the widening.
    """

    __slots__ = ("_items", "_local", "_long", "_longest", "_widen")

    LONG_DAYS = 62

    def __init__(self, *, widen_timed: bool = True) -> None:
        self._items: list[tuple[int, int, str]] = []
        self._long: list[tuple[int, int, str]] = []
        self._longest = 0
        self._widen = widen_timed
        self._local: dict[str, tuple[int, int]] = {}  # local days of the widened entries

    def _entry(self, m: Meeting) -> tuple[int, int, str]:
        s, e = m.start.toordinal(), m.end.toordinal()
        if self._widen and m.is_timed:
            return (s - 1, e + 1, m.id)
        return (s, e, m.id)

    def _list(self, item: tuple[int, int, str]) -> list[tuple[int, int, str]]:
        return self._long if item[1] - item[0] > self.LONG_DAYS else self._items

    def add(self, m: Meeting, *, bulk: bool = False) -> None:
        """Insert in order; with ``bulk``, append and leave the sorting to :meth:`sort`."""
        item = self._entry(m)
        s, e, _ = item
        items = self._list(item)
        if bulk:
            items.append(item)
        else:
            bisect.insort(items, item)
        if items is self._items and e - s > self._longest:
            self._longest = e - s
        if s != m.start.toordinal():
            self._local[m.id] = (m.start.toordinal(), m.end.toordinal())

    def sort(self) -> None:
        self._items.sort()
        self._long.sort()

    def remove(self, m: Meeting) -> None:
        item = self._entry(m)
        items = self._list(item)
        i = bisect.bisect_left(items, item)
        if i < len(items) and items[i] == item:
            del items[i]
        self._local.pop(m.id, None)

    def _between(self, a: int, b: int) -> Iterator[tuple[int, int, str]]:
        """Entries whose indexed (possibly widened) span meets [a, b]."""
        lo = bisect.bisect_left(self._items, (a - self._longest,))
        hi = bisect.bisect_right(self._items, (b, float("inf")))
        for item in self._items[lo:hi]:
            if item[1] >= a and item[0] <= b:
                yield item
        for item in self._long:
            if item[1] >= a and item[0] <= b:
                yield item

    def overlapping(self, start: dt.date, end: dt.date) -> Iterator[str]:
        """The entries sharing a local day with [start, end]."""
        a, b = start.toordinal(), end.toordinal()
        local = self._local
        for s, e, mid in self._between(a, b):
            if mid in local:
                s, e = local[mid]
                if e < a or s > b:
                    continue
            yield mid

    def reaching(self, m: Meeting) -> Iterator[str]:
        """The entries other than ``m`` that may overlap it in time: a superset, to be decided by
        ``overlap()``."""
        a, b, mid = self._entry(m)
        return (i for _s, _e, i in self._between(a, b) if i != mid)

    def overlapping_pairs(self) -> Iterator[tuple[str, str]]:
        """Every pair of entries whose indexed spans meet (candidates for ``overlap()``), by a
        sweep over the start-sorted list: the cost is the number of entries plus the number of
        such pairs, never the square of the entries."""
        active: list[tuple[int, str]] = []
        for s, e, mid in heapq.merge(self._items, self._long):
            active = [(ae, aid) for ae, aid in active if ae >= s]
            for _ae, aid in active:
                yield aid, mid
            active.append((e, mid))

    def __len__(self) -> int:
        return len(self._items) + len(self._long)

    def years(self) -> range:
        """The years the entries start and end in (local days)."""
        entries = self._items + self._long
        if not entries:
            return range(0)
        local = self._local
        first = min(local[i][0] if i in local else s for s, _e, i in entries)
        last = max(local[i][1] if i in local else e for _s, e, i in entries)
        return range(dt.date.fromordinal(first).year, dt.date.fromordinal(last).year + 1)

    def ids(self) -> Iterator[str]:
        """Every id, in (start, end, id) order of local days."""
        if self._local:  # widened entries sort a day early: put them back in their place
            local = self._local
            entries = [(*local[i], i) if i in local else (s, e, i) for s, e, i in self._items]
            entries += [(*local[i], i) if i in local else (s, e, i) for s, e, i in self._long]
            return (mid for _s, _e, mid in sorted(entries))
        if not self._long:
            return (mid for _s, _e, mid in self._items)
        return (mid for _s, _e, mid in heapq.merge(self._items, self._long))
