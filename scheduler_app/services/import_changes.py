"""What an import would change, meeting by meeting and field by field, for the planner to read.

:func:`import_changes` turns a planned :class:`~scheduler_app.services.importing.ImportReport`
into rows to show before anything is written: each meeting to add (code, title, dates), each
meeting to update with the fields that differ (label, before, after; dates as planners write
them), each reason events were skipped, and the bodies, venues and rooms the import creates. It
reads only what the report holds: an update's "before" is the stored meeting the plan was made
against (``based_on``), so the preview shows exactly what applying that plan would write over.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting, Sector
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.meeting import country_name
from scheduler_app.services.importing import ImportReport

NONE = "(none)"
"""How an empty field reads in a before or after column."""

_SECTORS = {
    Sector.GS: "General Secretariat",
    Sector.R: "ITU-R",
    Sector.T: "ITU-T",
    Sector.D: "ITU-D",
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that an update changes: ``label`` as the meeting dialog names it."""

    label: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A meeting to add (``changes`` empty) or to update (``changes`` one per field changed)."""

    meeting_id: str
    code: str
    title: str
    dates: str
    changes: tuple[FieldChange, ...] = ()


@dataclass(frozen=True, slots=True)
class SkipRow:
    """Why some of the file was left out: the line it starts at (0 if none) and how many times
    that same reason came up."""

    line: int
    reason: str
    count: int = 1


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """A body, venue or room the import creates because a meeting names it."""

    what: str  # "Body", "Venue" or "Room"
    name: str
    detail: str


@dataclass(frozen=True, slots=True)
class ImportChanges:
    """Everything the import preview lists, in the order it lists it."""

    source: str
    added: tuple[MeetingRow, ...]
    updated: tuple[MeetingRow, ...]
    skipped: tuple[SkipRow, ...]
    references: tuple[ReferenceRow, ...]
    unchanged: int

    @property
    def skipped_events(self) -> int:
        return sum(s.count for s in self.skipped)

    @property
    def writes_anything(self) -> bool:
        """Whether applying the import would change the database at all."""
        return bool(self.added or self.updated or self.references)


def _text(value: object) -> str:
    if value is None or value == "":
        return NONE
    return str(value)


def _dates(m: Meeting) -> str:
    return format_span(m.start, m.end, m.precision)


def _times(m: Meeting) -> str:
    if m.start_time is None or m.end_time is None:
        return NONE
    return f"{m.start_time:%H:%M}-{m.end_time:%H:%M} {m.timezone}"


def _decided(m: Meeting) -> str:
    if m.decided is None:
        return NONE
    span = format_span(m.decided.start, m.decided.end)
    return f"{span} ({m.decided.source})" if m.decided.source else span


def _country(m: Meeting) -> str:
    return f"{country_name(m.country)} ({m.country})" if m.country else NONE


# Each row of the field-by-field comparison: its label, how it reads, and the Meeting fields it
# shows (a test checks that every field but the bookkeeping ones is covered by exactly one).
_FIELDS: tuple[tuple[str, Callable[[Meeting], str], tuple[str, ...]], ...] = (
    ("Code", lambda m: _text(m.code), ("code",)),
    ("Title", lambda m: m.title, ("title",)),
    ("Kind", lambda m: m.kind.label, ("kind",)),
    ("Dates", _dates, ("start", "end", "precision")),
    ("Times", _times, ("start_time", "end_time", "timezone")),
    ("Sector", lambda m: _SECTORS[m.sector] if m.sector else NONE, ("sector",)),
    ("Body", lambda m: _text(m.body), ("body",)),
    ("Reports to", lambda m: _text(m.parent), ("parent",)),
    ("City", lambda m: _text(m.city), ("city",)),
    ("Country", _country, ("country",)),
    ("Venue", lambda m: _text(m.venue), ("venue",)),
    ("Room", lambda m: _text(m.room), ("room",)),
    ("Mode", lambda m: m.mode.value, ("mode",)),
    ("Status", lambda m: m.status.value, ("status",)),
    ("Decided period", _decided, ("decided",)),
    ("Cycle year", lambda m: _text(m.nominal_year), ("nominal_year",)),
    ("Participants", lambda m: _text(m.participants), ("participants",)),
    ("Chair", lambda m: _text(m.chair), ("chair",)),
    ("Notes", lambda m: _text(m.notes), ("notes",)),
    ("Source", lambda m: _text(m.source), ("source",)),
    ("Calendar UID", lambda m: _text(m.uid), ("uid",)),
)
COMPARED_FIELDS = frozenset(name for _, _, names in _FIELDS for name in names)
NOT_COMPARED = frozenset({"id", "sequence"})  # bookkeeping: the same meeting, one more edit


def field_changes(before: Meeting, after: Meeting) -> tuple[FieldChange, ...]:
    """The fields that differ between two versions of a meeting, in the dialog's order."""
    changes = []
    for label, show, names in _FIELDS:
        if any(getattr(before, n) != getattr(after, n) for n in names):
            changes.append(FieldChange(label, show(before), show(after)))
    return tuple(changes)


def _order(m: Meeting) -> tuple[dt.date, str, str]:
    return (m.start, m.code, m.title)


def _added(m: Meeting) -> MeetingRow:
    return MeetingRow(m.id, m.code, m.title, _dates(m))


def _updated(m: Meeting, before: Meeting | None) -> MeetingRow:
    if before is None:  # a report made by hand without its base: every field is news
        changes = tuple(
            FieldChange(label, NONE, show(m)) for label, show, _ in _FIELDS if show(m) != NONE
        )
    else:
        changes = field_changes(before, m)
    return MeetingRow(m.id, m.code, m.title, _dates(m), changes)


def _skips(report: ImportReport) -> tuple[SkipRow, ...]:
    # Readers write "path:line: reason"; the preview names the file once, so the path goes.
    located = re.compile(re.escape(report.source) + r":(\d+): ")
    rows = []
    for reason, count in report.skip_reasons():
        if match := located.match(reason):
            rows.append(SkipRow(int(match.group(1)), reason[match.end() :], count))
        elif reason.startswith(report.source + ": "):
            rows.append(SkipRow(0, reason[len(report.source) + 2 :], count))
        else:
            rows.append(SkipRow(0, reason, count))
    rows.sort(key=lambda r: (-r.count, r.line, r.reason))
    return tuple(rows)


def _references(report: ImportReport) -> tuple[ReferenceRow, ...]:
    rows = [ReferenceRow("Body", b.code, b.name) for b in report.new_bodies]
    rows += [
        ReferenceRow("Venue", v.name, ", ".join(p for p in (v.city, v.country) if p))
        for v in report.new_venues
    ]
    rows += [
        ReferenceRow(
            "Room",
            r.name,
            f"at {r.venue}" + (f", {r.capacity} seats" if r.capacity is not None else ""),
        )
        for r in report.new_rooms
    ]
    return tuple(rows)


def import_changes(report: ImportReport) -> ImportChanges:
    """The rows of the import preview for ``report``, meetings in date order."""
    added: Sequence[Meeting] = sorted(report.added, key=_order)
    updated: Sequence[Meeting] = sorted(report.updated, key=_order)
    return ImportChanges(
        source=report.source,
        added=tuple(_added(m) for m in added),
        updated=tuple(_updated(m, report.based_on.get(m.id)) for m in updated),
        skipped=_skips(report),
        references=_references(report),
        unchanged=len(report.unchanged),
    )
