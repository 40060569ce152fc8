"""The calendar as the rules read it: meetings indexed by kind, date, room, chair and parent body.

No rule compares every pair of meetings: an overlap query is a binary search in a list sorted by
start date (bounded by the longest meeting in that list; :mod:`scheduler_app.rules.interval_index`),
so checking one meeting against the rest costs about log n plus the few meetings it actually
overlaps. The indexes update in place when a meeting changes, which is what makes the re-check
after a drag cheap.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import ChainMap, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from scheduler_app.domain import Meeting, MeetingKind, Mode, Precision, Sector, Status
from scheduler_app.domain.observance import Observance
from scheduler_app.rules.derived import DerivedCache, SortedByKind, T
from scheduler_app.rules.interval_index import IntervalIndex

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


def overlap(a: Meeting, b: Meeting, *, use_times: bool = True) -> bool:
    """Day overlap, or instants when both meetings have times (SOURCES.md section 1).

    Two timed meetings are compared by their instants alone: 14:00-17:00 in Geneva on 10 March
    and 02:00-05:00 in Auckland on 11 March are the same hours, on different local days.
    """
    if use_times and a.is_timed and b.is_timed:
        a0, a1, b0, b1 = a.starts_at(), a.ends_at(), b.starts_at(), b.ends_at()
        assert a0 and a1 and b0 and b1
        return a0 < b1 and b0 < a1
    return a.start <= b.end and b.start <= a.end


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
        # holidays are days of the host country: its index is by local days, never widened
        self._country: dict[str, IntervalIndex] = defaultdict(
            lambda: IntervalIndex(widen_timed=False)
        )
        self._room_pairs: list[tuple[Meeting, Meeting]] | None = None
        self._room_of: dict[str, tuple[str, str]] = {}
        self._chair_of: dict[str, str] = {}
        self._observance_days: dict[dt.date, list[Observance]] | None = None
        # Cancelled meetings are kept apart: every rule skips them but one, which proposes
        # Geneva for a cancelled invitation (WTDC1-CANCELLED-TO-GENEVA).
        self._cancelled: dict[str, Meeting] = {}
        self._derived = DerivedCache()
        self._sorted = SortedByKind()
        for m in {m.id: m for m in meetings}.values():  # the last version of each meeting
            self.add(m, bulk=True)
        for index in self._indexes():
            index.sort()

    def _indexes(self) -> Iterator[IntervalIndex]:
        yield self._all
        for group in (self._kind, self._room, self._chair, self._parent, self._country):
            yield from group.values()

    # --- upkeep ----------------------------------------------------------------------------------

    def add(self, m: Meeting, *, bulk: bool = False) -> None:
        """Index a meeting (``bulk``: during construction, sorted once at the end)."""
        self._cancelled.pop(m.id, None)
        if m.status is Status.CANCELLED:
            # "cancelled meetings by all rules" are skipped (SOURCES.md section 1), save one
            if m.id in self.by_id:
                self.remove(self.by_id[m.id])
            self._cancelled[m.id] = m
            return
        if m.id in self.by_id:
            self.remove(self.by_id[m.id])
        self.by_id[m.id] = m
        self._derived.changed(m.kind)
        self._sorted.added(m)
        self._all.add(m, bulk=bulk)
        self._kind[m.kind].add(m, bulk=bulk)
        if (key := room_key(m)) is not None:
            self._room[key].add(m, bulk=bulk)
            self._room_of[m.id] = key
        if m.chair:
            chair = person_key(m.chair)
            self._chair[chair].add(m, bulk=bulk)
            self._chair_of[m.id] = chair
        if m.parent and m.kind is MeetingKind.RAPPORTEUR_GROUP:
            self._parent[normalise(m.parent)].add(m, bulk=bulk)
        if m.country and m.mode is not Mode.VIRTUAL and m.precision is Precision.DAY:
            self._country[m.country].add(m, bulk=bulk)
        self._room_pairs = None

    def remove(self, m: Meeting) -> None:
        self._cancelled.pop(m.id, None)
        stored = self.by_id.pop(m.id, None)
        if stored is None:
            return
        self._derived.changed(stored.kind)
        self._sorted.removed(stored)
        self._all.remove(stored)
        self._kind[stored.kind].remove(stored)
        if (key := self._room_of.pop(stored.id, None)) is not None:
            self._room[key].remove(stored)
        if (chair := self._chair_of.pop(stored.id, None)) is not None:
            self._chair[chair].remove(stored)
        if stored.parent and stored.kind is MeetingKind.RAPPORTEUR_GROUP:
            self._parent[normalise(stored.parent)].remove(stored)
        if stored.country and stored.mode is not Mode.VIRTUAL and stored.precision is Precision.DAY:
            self._country[stored.country].remove(stored)
        self._room_pairs = None

    # --- queries ---------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.by_id)

    @property
    def every_meeting(self) -> Mapping[str, Meeting]:
        """Every meeting by id, the cancelled ones too: what a finding may name (a cancelled
        invitation proposed for Geneva) and a waiver may cover."""
        return ChainMap(self.by_id, self._cancelled)

    def cancelled(self) -> list[Meeting]:
        """The cancelled meetings, which no other query returns, sorted by start date."""
        return sorted(self._cancelled.values(), key=lambda m: (m.start, m.end, m.id))

    def __iter__(self) -> Iterator[Meeting]:
        return (self.by_id[i] for i in self._all.ids())

    def of_kind(self, *kinds: MeetingKind | str) -> list[Meeting]:
        """Meetings of these kinds, sorted by start date."""
        wanted = {MeetingKind(k) for k in kinds}
        if len(wanted) == 1:
            return list(self._sorted_kind(*wanted))
        found = [m for k in wanted for m in self._sorted_kind(k)]
        found.sort(key=lambda m: (m.start, m.end, m.id))
        return found

    def _sorted_kind(self, kind: MeetingKind) -> list[Meeting]:
        def compute() -> list[Meeting]:
            index = self._kind.get(kind)
            return [] if index is None else [self.by_id[i] for i in index.ids()]

        return self._sorted.get(kind, compute)

    def derived(self, key: object, kinds: Iterable[MeetingKind], compute: Callable[[], T]) -> T:
        """What ``compute`` derives from the meetings of ``kinds``, kept until one of them is
        added or removed (see :mod:`scheduler_app.rules.derived`). ``key`` names the value and
        everything else it depends on (a rule's parameters); the value must not be changed."""
        return self._derived.get(key, kinds, compute)

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

    def reaching(
        self, m: Meeting, kinds: Iterable[MeetingKind | str] | None = None
    ) -> list[Meeting]:
        """Other meetings (optionally of given kinds) that may overlap ``m`` in time: those sharing
        a day with it, and timed ones a day further on either side whose hours may meet its own.
        A candidate list: callers decide with ``overlap()``."""
        if kinds is None:
            ids: Iterable[str] = self._all.reaching(m)
        else:
            ids = [
                i
                for k in set(map(MeetingKind, kinds))
                if (index := self._kind.get(k)) is not None
                for i in index.reaching(m)
            ]
        return [self.by_id[i] for i in ids]

    def room_pairs(self) -> list[tuple[Meeting, Meeting]]:
        """Every two meetings booked in the same room that may overlap in time (kept until a
        change, as two rules ask for them); callers decide with ``overlap()``."""
        if self._room_pairs is None:
            self._room_pairs = list(self._pairs_within(self._room.values()))
        return self._room_pairs

    def in_rooms(self, keys: Iterable[tuple[str, str]]) -> Iterator[Meeting]:
        """The meetings booked in any of these (normalised) rooms."""
        for key in keys:
            if (index := self._room.get(key)) is not None:
                yield from (self.by_id[i] for i in index.ids())

    def countries(self) -> Iterator[tuple[str, IntervalIndex]]:
        """In-person, day-precision meetings by host country."""
        return ((c, index) for c, index in self._country.items() if len(index))

    def same_country(self, country: str, day: dt.date) -> list[Meeting]:
        index = self._country.get(country)
        return [] if index is None else [self.by_id[i] for i in index.overlapping(day, day)]

    def chair_pairs(self) -> Iterator[tuple[Meeting, Meeting]]:
        """Every two meetings with the same chair that may overlap in time (see room_pairs)."""
        return self._pairs_within(self._chair.values())

    def parent_pairs(self) -> Iterator[tuple[Meeting, Meeting]]:
        """Every two rapporteur groups reporting to the same body that may overlap in time (see
        room_pairs)."""
        return self._pairs_within(self._parent.values())

    def _pairs_within(self, groups: Iterable[IntervalIndex]) -> Iterator[tuple[Meeting, Meeting]]:
        by_id = self.by_id
        for group in groups:
            for a, b in group.overlapping_pairs():
                yield ordered_pair(by_id[a], by_id[b])

    def room_of(self, m: Meeting) -> tuple[str, str] | None:
        """The normalised (venue, room) of a meeting, computed once when it was indexed."""
        return self._room_of.get(m.id) if m.id in self.by_id else room_key(m)

    def in_room(self, m: Meeting) -> list[Meeting]:
        """Other meetings in the same venue and room that may overlap ``m`` (see reaching)."""
        key = self._room_of.get(m.id) if m.id in self.by_id else room_key(m)
        if key is None or key not in self._room:
            return []
        return [self.by_id[i] for i in self._room[key].reaching(m)]

    def same_chair(self, m: Meeting) -> list[Meeting]:
        """Other meetings with the same chair that may overlap ``m`` (see reaching)."""
        key = person_key(m.chair) if m.chair else ""
        if not key or key not in self._chair:
            return []
        return [self.by_id[i] for i in self._chair[key].reaching(m)]

    def same_parent(self, m: Meeting) -> list[Meeting]:
        """Rapporteur groups reporting to the body ``m`` reports to that may overlap it (see
        reaching)."""
        key = normalise(m.parent)
        if not key or key not in self._parent:
            return []
        return [self.by_id[i] for i in self._parent[key].reaching(m)]

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
