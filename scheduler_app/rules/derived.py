"""Data the rules derive from the meetings of some kinds, kept until a meeting of those kinds
changes.

Several rules read every meeting of a kind to group it (rapporteur groups by group and year,
study groups by group), and most edits touch none of those meetings: moving a WTDC re-runs
WTDC1-RG-TWICE-A-YEAR, whose grouping of nine thousand rapporteur groups has not changed. The
calendar keeps each derived value with the kinds it was computed from and drops it when a meeting
of one of them is added or removed (an edit is a removal and an addition), so a value is never
older than the meetings it was derived from.

The meetings of a kind in start order (``Calendar.of_kind``) are kept apart and updated in place
instead: sorting the nine thousand rapporteur groups again, some with times of day, is most of
what a rule reading them all costs, after any edit of one of them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from typing import TypeVar, cast

from scheduler_app.domain import Meeting, MeetingKind

T = TypeVar("T")


class DerivedCache:
    """Values by key, each remembered with the meeting kinds it depends on."""

    __slots__ = ("_by_kind", "_values")

    def __init__(self) -> None:
        self._values: dict[object, object] = {}
        self._by_kind: dict[MeetingKind, set[object]] = {}

    def get(self, key: object, kinds: Iterable[MeetingKind], compute: Callable[[], T]) -> T:
        """The value under ``key``, computed by ``compute`` when absent. ``key`` must say
        everything the value depends on besides the meetings of ``kinds`` (a rule's parameter,
        say)."""
        if key in self._values:
            return cast(T, self._values[key])
        value = compute()
        self._values[key] = value
        for kind in kinds:
            self._by_kind.setdefault(kind, set()).add(key)
        return value

    def changed(self, kind: MeetingKind) -> None:
        """A meeting of ``kind`` was added or removed: forget what was derived from that kind."""
        keys = self._by_kind.pop(kind, None)
        if keys:
            for key in keys:
                self._values.pop(key, None)


def _by_start(m: Meeting) -> tuple[dt.date, dt.date, str]:
    """The order of ``Calendar.of_kind`` and ``IntervalIndex.ids``: local start, end, id."""
    return (m.start, m.end, m.id)


class SortedByKind:
    """The meetings of each kind asked for, in start order, kept in order through edits."""

    __slots__ = ("_lists",)

    def __init__(self) -> None:
        self._lists: dict[MeetingKind, list[Meeting]] = {}

    def get(self, kind: MeetingKind, compute: Callable[[], list[Meeting]]) -> list[Meeting]:
        """The list for ``kind`` (not to be changed), from ``compute`` the first time."""
        ordered = self._lists.get(kind)
        if ordered is None:
            ordered = self._lists[kind] = compute()
        return ordered

    def added(self, m: Meeting) -> None:
        if (ordered := self._lists.get(m.kind)) is not None:
            bisect.insort(ordered, m, key=_by_start)

    def removed(self, m: Meeting) -> None:
        """``m`` as it was stored left the calendar."""
        if (ordered := self._lists.get(m.kind)) is None:
            return
        i = bisect.bisect_left(ordered, _by_start(m), key=_by_start)
        if i < len(ordered) and ordered[i].id == m.id:
            del ordered[i]
        else:  # not where it should be: forget the list rather than trust it
            del self._lists[m.kind]
