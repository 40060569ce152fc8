"""Data the rules derive from the meetings of some kinds, kept until a meeting of those kinds
changes.

Several rules read every meeting of a kind to group it (rapporteur groups by group and year,
study groups by group), and most edits touch none of those meetings: moving a WTDC re-runs
WTDC1-RG-TWICE-A-YEAR, whose grouping of nine thousand rapporteur groups has not changed. The
calendar keeps each derived value with the kinds it was computed from and drops it when a meeting
of one of them is added or removed (an edit is a removal and an addition), so a value is never
older than the meetings it was derived from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar, cast

from scheduler_app.domain import MeetingKind

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
