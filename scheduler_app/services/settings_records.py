"""The undo records of settings edits: venues and rooms, rule policy, observance corrections and
waivers, as rows of their tables.

One record type serves every table, :class:`SettingsEdit`: the rows it replaced (``before``) and
the rows it wrote (``after``), each row a frozen value whose key says which table row it is. One
writer, :func:`write`, applies any such record in one transaction after checking that the
database still holds ``before``, and undoing is writing the record the other way round. A record
per table would repeat that check-then-write for every table; the tables differ only in how a
row is read, written, deleted and named, which is what each :class:`_Table` below says.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from scheduler_app.domain import Room, Venue
from scheduler_app.storage import PlanningDatabase, StorageError


class SettingsConflict(StorageError):
    """A setting changed in the database since the editor read it (another window or process)."""


class SettingsRefused(ValueError):
    """A settings edit that cannot be made as asked; the message says what to do instead."""


@dataclass(frozen=True, slots=True)
class PolicyRow:
    """One stored rule setting; ``value`` is its JSON text as stored. A setting that is not
    stored is the catalogue's default."""

    rule_id: str
    name: str
    value: str

    @property
    def decoded(self) -> Any:
        return json.loads(self.value)


@dataclass(frozen=True, slots=True)
class ObservanceRow:
    """One stored occurrence of an observance; ``anchor`` is the start the library computed,
    which names the occurrence even after a correction (``edited``)."""

    key: str
    variant: str
    anchor: dt.date
    name: str
    start: dt.date
    end: dt.date
    edited: bool
    estimated: bool = False
    provenance: str = ""
    religion: str = ""

    @property
    def title(self) -> str:
        """``Vesak (India)`` or ``Yom Kippur``."""
        return f"{self.name} ({self.variant})" if self.variant else self.name

    @property
    def label(self) -> str:
        """``Eid al-Fitr 2027``: the occurrence, by the year it was computed to start in."""
        return f"{self.title} {self.anchor.year}"


@dataclass(frozen=True, slots=True)
class WaiverRow:
    """One stored waiver: of a finding on meetings (by id), or on a subject (a year)."""

    rule_id: str
    meeting_ids: tuple[str, ...]
    subject: str
    reason: str
    fingerprint: str
    created_at: str


Row = Venue | Room | PolicyRow | ObservanceRow | WaiverRow
R = TypeVar("R", Venue, Room, PolicyRow, ObservanceRow, WaiverRow)


@dataclass(frozen=True, slots=True)
class SettingsEdit:
    """What a settings edit did: the rows before (absent when added) and after (absent when
    removed), of one or more tables."""

    label: str
    before: tuple[Row, ...]
    after: tuple[Row, ...]

    def undo(self, db: PlanningDatabase) -> SettingsEdit:
        label = self.label[5:] if self.label.startswith("Undo ") else f"Undo {self.label}"
        return write(db, SettingsEdit(label, self.after, self.before))


class _Table(Generic[R]):
    """How one table's rows are read, written, deleted and named. ``rank`` orders the tables
    so that a row is written after the rows it refers to and deleted before them."""

    rank = 0

    def key(self, row: R) -> tuple[Any, ...]:
        raise NotImplementedError

    def read(self, db: PlanningDatabase, row: R) -> R | None:
        raise NotImplementedError

    def save(self, db: PlanningDatabase, row: R) -> None:
        raise NotImplementedError

    def may_delete(self, db: PlanningDatabase, row: R) -> None:
        """Refuse (:class:`SettingsRefused`) to delete a row that something still needs."""

    def delete(self, db: PlanningDatabase, row: R) -> None:
        raise NotImplementedError

    def describe(self, db: PlanningDatabase, row: R) -> str:
        raise NotImplementedError


def _booked(db: PlanningDatabase, where: str, params: list[str]) -> list[str]:
    rows = db.conn.execute(
        f"SELECT coalesce(code, title) FROM meetings WHERE {where} ORDER BY start", params
    )
    return [str(r[0]) for r in rows]


def _listed(codes: list[str]) -> str:
    return ", ".join(codes[:3]) + (f" and {len(codes) - 3} more" if len(codes) > 3 else "")


class _Venues(_Table[Venue]):
    rank = 0

    def key(self, row: Venue) -> tuple[Any, ...]:
        return ("venue", row.name)

    def read(self, db: PlanningDatabase, row: Venue) -> Venue | None:
        return next((v for v in db.venues() if v.name == row.name), None)

    def save(self, db: PlanningDatabase, row: Venue) -> None:
        db.save_venues([row])

    def may_delete(self, db: PlanningDatabase, row: Venue) -> None:
        booked = _booked(db, "venue = ?", [row.name])
        if booked:
            raise SettingsRefused(
                f"{row.name} is the venue of {_listed(booked)}; give those meetings another "
                "venue first"
            )

    def delete(self, db: PlanningDatabase, row: Venue) -> None:
        # Rooms go with their venue (ON DELETE CASCADE): any left here were not in the editor.
        if db.rooms(row.name):
            raise SettingsConflict(
                f"Rooms were added to {row.name} elsewhere; reopen the editor and retry"
            )
        db.conn.execute("DELETE FROM venues WHERE name = ?", [row.name])

    def describe(self, db: PlanningDatabase, row: Venue) -> str:
        return f"Venue {row.name!r}"


class _Rooms(_Table[Room]):
    rank = 1

    def key(self, row: Room) -> tuple[Any, ...]:
        return ("room", row.venue, row.name)

    def read(self, db: PlanningDatabase, row: Room) -> Room | None:
        return next((r for r in db.rooms(row.venue) if r.name == row.name), None)

    def save(self, db: PlanningDatabase, row: Room) -> None:
        db.save_rooms([row])

    def may_delete(self, db: PlanningDatabase, row: Room) -> None:
        booked = _booked(db, "venue = ? AND room = ?", [row.venue, row.name])
        if booked:
            raise SettingsRefused(
                f"{row.name} at {row.venue} is booked for {_listed(booked)}; move those "
                "meetings to another room first"
            )

    def delete(self, db: PlanningDatabase, row: Room) -> None:
        db.conn.execute("DELETE FROM rooms WHERE venue = ? AND name = ?", [row.venue, row.name])

    def describe(self, db: PlanningDatabase, row: Room) -> str:
        return f"Room {row.name!r} of {row.venue}"


class _Policy(_Table[PolicyRow]):
    def key(self, row: PolicyRow) -> tuple[Any, ...]:
        return ("policy", row.rule_id, row.name)

    def read(self, db: PlanningDatabase, row: PolicyRow) -> PolicyRow | None:
        found = db.conn.execute(
            "SELECT value FROM policy WHERE rule_id = ? AND name = ?", [row.rule_id, row.name]
        ).fetchone()
        return None if found is None else PolicyRow(row.rule_id, row.name, str(found[0]))

    def save(self, db: PlanningDatabase, row: PolicyRow) -> None:
        db.conn.execute(
            "INSERT INTO policy(rule_id, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT(rule_id, name) DO UPDATE SET value = excluded.value",
            [row.rule_id, row.name, row.value],
        )

    def delete(self, db: PlanningDatabase, row: PolicyRow) -> None:
        db.conn.execute(
            "DELETE FROM policy WHERE rule_id = ? AND name = ?", [row.rule_id, row.name]
        )

    def describe(self, db: PlanningDatabase, row: PolicyRow) -> str:
        return f"The {row.name} setting of {row.rule_id}"


_OBSERVANCE = 'key, variant, anchor, name, start, "end", edited, estimated, provenance, religion'


def observance_from_values(values: tuple[Any, ...]) -> ObservanceRow:
    key, variant, anchor, name, start, end, edited, estimated, provenance, religion = values
    return ObservanceRow(
        key,
        variant,
        dt.date.fromisoformat(anchor),
        name,
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end),
        bool(edited),
        bool(estimated),
        provenance,
        religion,
    )


def observance_rows(
    db: PlanningDatabase, where: str = "1", params: list[Any] | None = None
) -> list[ObservanceRow]:
    rows = db.conn.execute(
        f"SELECT {_OBSERVANCE} FROM observances WHERE {where} ORDER BY start, key, variant",
        params or [],
    )
    return [observance_from_values(tuple(r)) for r in rows]


class _Observances(_Table[ObservanceRow]):
    def key(self, row: ObservanceRow) -> tuple[Any, ...]:
        return ("observance", row.key, row.variant, row.anchor)

    def read(self, db: PlanningDatabase, row: ObservanceRow) -> ObservanceRow | None:
        found = observance_rows(
            db,
            "key = ? AND variant = ? AND anchor = ?",
            [*self.key(row)[1:3], row.anchor.isoformat()],
        )
        return found[0] if found else None

    def save(self, db: PlanningDatabase, row: ObservanceRow) -> None:
        # Only the dates and the mark are the planner's; the rest is the library's computation.
        db.conn.execute(
            'UPDATE observances SET start = ?, "end" = ?, edited = ? '
            "WHERE key = ? AND variant = ? AND anchor = ?",
            [
                row.start.isoformat(),
                row.end.isoformat(),
                int(row.edited),
                row.key,
                row.variant,
                row.anchor.isoformat(),
            ],
        )

    def may_delete(self, db: PlanningDatabase, row: ObservanceRow) -> None:
        raise SettingsRefused(f"{row.label} is computed; its dates can be corrected, not removed")

    def delete(self, db: PlanningDatabase, row: ObservanceRow) -> None:
        self.may_delete(db, row)

    def describe(self, db: PlanningDatabase, row: ObservanceRow) -> str:
        return f"{row.label}"


def waiver_rows(db: PlanningDatabase) -> list[WaiverRow]:
    rows = db.conn.execute(
        "SELECT rule_id, meeting_ids, subject, reason, fingerprint, created_at FROM waivers "
        "ORDER BY created_at, rule_id, meeting_ids, subject"
    )
    return [
        WaiverRow(rule, tuple(ids.split(",")) if ids else (), subject, reason, fp, created)
        for rule, ids, subject, reason, fp, created in rows
    ]


def waived_what(db: PlanningDatabase, row: WaiverRow) -> str:
    """The meetings of a waiver by code (cancelled and deleted ones too), or its subject."""
    if not row.meeting_ids:
        return row.subject
    by_id = {m.id: m.label for m in db.meetings_by_ids(list(row.meeting_ids))}
    return ", ".join(sorted(by_id.get(i, "a deleted meeting") for i in row.meeting_ids))


class _Waivers(_Table[WaiverRow]):
    def key(self, row: WaiverRow) -> tuple[Any, ...]:
        ids = tuple(sorted(row.meeting_ids))
        return ("waiver", row.rule_id, ids, "" if ids else row.subject)

    def read(self, db: PlanningDatabase, row: WaiverRow) -> WaiverRow | None:
        _, rule_id, ids, subject = self.key(row)
        found = [w for w in waiver_rows(db) if self.key(w) == ("waiver", rule_id, ids, subject)]
        return found[0] if found else None

    def save(self, db: PlanningDatabase, row: WaiverRow) -> None:
        _, rule_id, ids, subject = self.key(row)
        db.conn.execute(
            "INSERT INTO waivers(rule_id, meeting_ids, subject, reason, fingerprint, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(rule_id, meeting_ids, subject) DO UPDATE SET "
            "reason = excluded.reason, fingerprint = excluded.fingerprint, "
            "created_at = excluded.created_at",
            [rule_id, ",".join(ids), subject, row.reason, row.fingerprint, row.created_at],
        )

    def delete(self, db: PlanningDatabase, row: WaiverRow) -> None:
        _, rule_id, ids, subject = self.key(row)
        db.conn.execute(
            "DELETE FROM waivers WHERE rule_id = ? AND meeting_ids = ? AND subject = ?",
            [rule_id, ",".join(ids), subject],
        )

    def describe(self, db: PlanningDatabase, row: WaiverRow) -> str:
        return f"The waiver of {row.rule_id} for {waived_what(db, row)}"


_TABLES: dict[type, _Table[Any]] = {
    Venue: _Venues(),
    Room: _Rooms(),
    PolicyRow: _Policy(),
    ObservanceRow: _Observances(),
    WaiverRow: _Waivers(),
}


def _table(row: Row) -> _Table[Any]:
    return _TABLES[type(row)]


def row_key(row: Row) -> tuple[Any, ...]:
    return _table(row).key(row)


def read_row(db: PlanningDatabase, row: Row) -> Row | None:
    """The row of the same key as the database holds it now (None when it holds none)."""
    found: Row | None = _table(row).read(db, row)
    return found


def write(db: PlanningDatabase, edit: SettingsEdit) -> SettingsEdit:
    """Replace ``edit.before`` by ``edit.after`` in one transaction, after checking that the
    database still holds exactly ``before`` and none of the new rows: another writer's edit is
    never overwritten, the planner is told to reopen the editor instead."""
    with db.write():
        before_keys = {row_key(r) for r in edit.before}
        for old in edit.before:
            if read_row(db, old) != old:
                what = _table(old).describe(db, old)
                raise SettingsConflict(f"{what} was changed elsewhere; reopen the editor and retry")
        for new in edit.after:
            if row_key(new) not in before_keys and read_row(db, new) is not None:
                what = _table(new).describe(db, new)
                raise SettingsConflict(f"{what} was added elsewhere; reopen the editor and retry")
        after_keys = {row_key(r) for r in edit.after}
        gone = [r for r in edit.before if row_key(r) not in after_keys]
        for row in sorted(
            gone, key=lambda r: _table(r).rank
        ):  # a venue's refusal before its rooms'
            _table(row).may_delete(db, row)
        try:
            for row in sorted(gone, key=lambda r: -_table(r).rank):
                _table(row).delete(db, row)
            for row in sorted(edit.after, key=lambda r: _table(r).rank):
                _table(row).save(db, row)
        except sqlite3.IntegrityError as exc:  # a foreign key or check the rows did not foresee
            raise SettingsRefused(f"{edit.label}: not possible ({exc})") from exc
    return edit


__all__ = [
    "ObservanceRow",
    "PolicyRow",
    "Row",
    "SettingsConflict",
    "SettingsEdit",
    "SettingsRefused",
    "WaiverRow",
    "observance_rows",
    "read_row",
    "waived_what",
    "waiver_rows",
    "write",
]
