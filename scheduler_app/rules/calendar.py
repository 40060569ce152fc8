"""The calendar as the rules read it: meetings indexed by kind, date, room, chair and parent body.

No rule compares every pair of meetings: an overlap query is a binary search in a list sorted by
start date (bounded by the longest meeting in that list), so checking one meeting against the rest
costs about log n plus the few meetings it actually overlaps. The indexes update in place when a
meeting changes, which is what makes the re-check after a drag cheap.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from scheduler_app.domain import Meeting, MeetingKind, Mode, Precision, Sector, Status
from scheduler_app.domain.observance import Observance

HolidayLookup = Callable[[str, str, int], Mapping[dt.date, str]]
"""(country, subdivision, year) -> {day: holiday name}; empty when the calendar is unknown."""
WeekendLookup = Callable[[str], frozenset[int]]


def _no_holidays(_country: str, _subdiv: str, _year: int) -> Mapping[dt.date, str]:
    return {}


def _sat_sun(_country: str) -> frozenset[int]:
    return frozenset({5, 6})


def normalise(text: str) -> str:
    """Names compared "ignoring case and spacing" (SOURCES.md, VENUE-ROOM-CLASH)."""
    return " ".join(text.casefold().split())


_TITLES = re.compile(r"^(mr|mrs|ms|dr|prof|h\.?e\.?)\.?\s+", re.IGNORECASE)


def person_key(name: str) -> str:
    """A chair's name without Mr/Ms, case-folded, spaces collapsed (PERSON-CLASH's fallback)."""
    return normalise(_TITLES.sub("", name.strip()))


class IntervalIndex:
    """Meetings sorted by start day, answering "which overlap [a, b]?" by binary search."""

    __slots__ = ("_items", "_longest")

    def __init__(self) -> None:
        self._items: list[tuple[int, int, str]] = []
        self._longest = 0

    def add(self, m: Meeting) -> None:
        s, e = m.start.toordinal(), m.end.toordinal()
        bisect.insort(self._items, (s, e, m.id))
        self._longest = max(self._longest, e - s)

    def remove(self, m: Meeting) -> None:
        item = (m.start.toordinal(), m.end.toordinal(), m.id)
        i = bisect.bisect_left(self._items, item)
        if i < len(self._items) and self._items[i] == item:
            del self._items[i]

    def overlapping(self, start: dt.date, end: dt.date) -> Iterator[str]:
        a, b = start.toordinal(), end.toordinal()
        lo = bisect.bisect_left(self._items, (a - self._longest,))
        hi = bisect.bisect_right(self._items, (b, float("inf")))
        for s, e, mid in self._items[lo:hi]:
            if e >= a and s <= b:
                yield mid

    def __len__(self) -> int:
        return len(self._items)

    def ids(self) -> Iterator[str]:
        return (mid for _s, _e, mid in self._items)


def overlap(a: Meeting, b: Meeting, *, use_times: bool = True) -> bool:
    """Day overlap, refined by times of day when both meetings have them (SOURCES.md section 1)."""
    if not (a.start <= b.end and b.start <= a.end):
        return False
    if use_times and a.is_timed and b.is_timed:
        a0, a1, b0, b1 = a.starts_at(), a.ends_at(), b.starts_at(), b.ends_at()
        assert a0 and a1 and b0 and b1
        return a0 < b1 and b0 < a1
    return True


@dataclass
class CheckContext:
    """What the rules need besides meetings: observances, venue holidays, room capacities, today."""

    observances: Sequence[Observance] = ()
    holidays: HolidayLookup = _no_holidays
    weekend: WeekendLookup = _sat_sun
    capacities: Mapping[tuple[str, str], int] = field(default_factory=dict)
    today: dt.date | None = None


class Calendar:
    """The non-cancelled meetings of a plan with the indexes rules query."""

    def __init__(
        self, meetings: Iterable[Meeting] = (), context: CheckContext | None = None
    ) -> None:
        self.context = context or CheckContext()
        self.by_id: dict[str, Meeting] = {}
        self._all = IntervalIndex()
        self._kind: dict[MeetingKind, IntervalIndex] = defaultdict(IntervalIndex)
        self._room: dict[tuple[str, str], IntervalIndex] = defaultdict(IntervalIndex)
        self._chair: dict[str, IntervalIndex] = defaultdict(IntervalIndex)
        self._parent: dict[str, IntervalIndex] = defaultdict(IntervalIndex)
        self._observance_days: dict[dt.date, list[Observance]] | None = None
        for m in meetings:
            self.add(m)

    # --- upkeep ----------------------------------------------------------------------------------

    def add(self, m: Meeting) -> None:
        if m.status is Status.CANCELLED:
            return  # "cancelled meetings by all rules" are skipped (SOURCES.md section 1)
        if m.id in self.by_id:
            self.remove(self.by_id[m.id])
        self.by_id[m.id] = m
        self._all.add(m)
        self._kind[m.kind].add(m)
        if (key := room_key(m)) is not None:
            self._room[key].add(m)
        if m.chair:
            self._chair[person_key(m.chair)].add(m)
        if m.parent:
            self._parent[m.parent].add(m)

    def remove(self, m: Meeting) -> None:
        stored = self.by_id.pop(m.id, None)
        if stored is None:
            return
        self._all.remove(stored)
        self._kind[stored.kind].remove(stored)
        if (key := room_key(stored)) is not None:
            self._room[key].remove(stored)
        if stored.chair:
            self._chair[person_key(stored.chair)].remove(stored)
        if stored.parent:
            self._parent[stored.parent].remove(stored)

    # --- queries ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Meeting]:
        return (self.by_id[i] for i in self._all.ids())

    def of_kind(self, *kinds: MeetingKind | str) -> list[Meeting]:
        """Meetings of these kinds, sorted by start date."""
        found: list[Meeting] = []
        for kind in kinds:
            index = self._kind.get(MeetingKind(kind))
            if index is not None:
                found.extend(self.by_id[i] for i in index.ids())
        found.sort(key=lambda m: (m.start, m.end, m.id))
        return found

    def overlapping(
        self,
        start: dt.date,
        end: dt.date,
        kinds: Iterable[MeetingKind | str] | None = None,
    ) -> list[Meeting]:
        """Meetings sharing at least one day with [start, end], optionally of given kinds."""
        if kinds is None:
            ids: Iterable[str] = self._all.overlapping(start, end)
        else:
            ids = [
                i
                for k in set(map(MeetingKind, kinds))
                if (index := self._kind.get(k)) is not None
                for i in index.overlapping(start, end)
            ]
        return [self.by_id[i] for i in ids]

    def in_room(self, m: Meeting) -> list[Meeting]:
        """Other meetings in the same venue and room sharing a day with ``m``."""
        key = room_key(m)
        if key is None or key not in self._room:
            return []
        return [self.by_id[i] for i in self._room[key].overlapping(m.start, m.end) if i != m.id]

    def same_chair(self, m: Meeting) -> list[Meeting]:
        key = person_key(m.chair) if m.chair else ""
        if not key or key not in self._chair:
            return []
        return [self.by_id[i] for i in self._chair[key].overlapping(m.start, m.end) if i != m.id]

    def same_parent(self, m: Meeting) -> list[Meeting]:
        if not m.parent or m.parent not in self._parent:
            return []
        return [
            self.by_id[i] for i in self._parent[m.parent].overlapping(m.start, m.end) if i != m.id
        ]

    def observances_on(self, day: dt.date) -> list[Observance]:
        if self._observance_days is None:
            days: dict[dt.date, list[Observance]] = defaultdict(list)
            for o in self.context.observances:
                d = o.start
                while d <= o.end:
                    days[d].append(o)
                    d += dt.timedelta(days=1)
            self._observance_days = dict(days)
        return self._observance_days.get(day, [])


def room_key(m: Meeting) -> tuple[str, str] | None:
    """The (venue, room) a meeting occupies, or None for virtual meetings and unassigned rooms."""
    if m.mode is Mode.VIRTUAL or not m.venue or not m.room:
        return None
    return (normalise(m.venue), normalise(m.room))


def has_days(m: Meeting) -> bool:
    """Month- or year-precision meetings are skipped by rules that need days (SOURCES.md)."""
    return m.precision is Precision.DAY


def is_body(m: Meeting, body: str) -> bool:
    return normalise(m.body) == normalise(body)


def itu_d(m: Meeting) -> bool:
    return m.sector is Sector.D


def ordered_pair(a: Meeting, b: Meeting) -> tuple[Meeting, Meeting]:
    """A pair in a stable order (by start, then id), so a clash is reported once."""
    return (a, b) if (a.start, a.id) <= (b.start, b.id) else (b, a)
