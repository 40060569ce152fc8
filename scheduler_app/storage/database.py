"""What a planning database holds: meetings, bodies, venues and rooms, read and written through
sqlite-utils. Opening the file, its transactions and its copies are in
:mod:`scheduler_app.storage.connection`.
"""

from __future__ import annotations

import datetime as dt
import operator
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scheduler_app.domain import (
    Body,
    InvalidBody,
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Room,
    Sector,
    Status,
    Venue,
)
from scheduler_app.storage.connection import DatabaseFile, StorageError
from scheduler_app.storage.rows import (
    MEETING_COLUMNS,
    body_from_row,
    body_to_row,
    meeting_columns,
    meeting_from_values,
    room_from_row,
    room_to_row,
    venue_from_row,
    venue_to_row,
)

_QUOTED = [f'"{c}"' for c in MEETING_COLUMNS]
_SELECTED = ", ".join(_QUOTED)
_IN_ORDER = operator.attrgetter("start", "end", "code", "id")
_BAD_ROW = (InvalidMeeting, KeyError, ValueError, TypeError)  # what a row edited by hand raises
_WRITTEN = [*_QUOTED, '"stamp"']
_INSERTED = [*_WRITTEN, '"updated_at"']
_NOW = "SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_CODE, _UID = MEETING_COLUMNS.index("code"), MEETING_COLUMNS.index("uid")
_UNIQUE_KEYS = "SELECT id, code, uid FROM meetings"
_RELEASE_KEYS = "UPDATE meetings SET code = NULL, uid = NULL WHERE id = ?"
# From how many new rows a save into an empty meetings table builds its indexes afterwards
_BULK_ROWS = 1000
_BULK_CACHE_KIB = -65536  # negative: a size in KiB (64 MB at most, taken only as pages fill)
_UPDATE_MEETING = f"UPDATE meetings SET {', '.join(f'{q} = ?' for q in _WRITTEN[1:])} WHERE id = ?"


@dataclass(frozen=True, slots=True)
class DeletedMeeting:
    """What the database remembers of a deleted meeting, for subscribers' updates."""

    id: str
    code: str
    uid: str
    title: str
    sequence: int
    deleted_at: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class MeetingFilter:
    """Which meetings to list: those overlapping [date_from, date_to] of the given kinds, sectors
    and statuses, met by or reporting to one of ``bodies`` (an empty set means all). Body names
    compare without regard to case: "itu-d sg1" finds SG1 and its rapporteur groups."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: frozenset[MeetingKind] = field(default_factory=frozenset)
    sectors: frozenset[Sector] = field(default_factory=frozenset)
    statuses: frozenset[Status] = field(default_factory=frozenset)
    bodies: frozenset[str] = field(default_factory=frozenset)

    def sql(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.date_from:
            clauses.append('"end" >= ?')
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append("start <= ?")
            params.append(self.date_to.isoformat())
        for column, values in (
            ("kind", self.kinds),
            ("sector", self.sectors),
            ("status", self.statuses),
        ):
            if values:
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
                params.extend(sorted(v.value for v in values))
        if self.bodies:
            names = sorted({b.casefold() for b in self.bodies})
            marks = ", ".join("?" * len(names))
            clauses.append(f"(casefold(body) IN ({marks}) OR casefold(parent) IN ({marks}))")
            params.extend(names * 2)
        return (" AND ".join(clauses) or "1"), params

    def accepts(self, m: Meeting) -> bool:
        """The same test in Python, for meetings already in memory."""
        return (
            (self.date_from is None or m.end >= self.date_from)
            and (self.date_to is None or m.start <= self.date_to)
            and (not self.kinds or m.kind in self.kinds)
            and (not self.sectors or m.sector in self.sectors)
            and (not self.statuses or m.status in self.statuses)
            and (not self.bodies or self._of_bodies(m))
        )

    def _of_bodies(self, m: Meeting) -> bool:
        names = {b.casefold() for b in self.bodies}
        return m.body.casefold() in names or m.parent.casefold() in names


class PlanningDatabase(DatabaseFile):
    """The meetings, bodies, venues and rooms of a planning database file."""

    # --- meetings --------------------------------------------------------------------------------

    def meetings(self, where: MeetingFilter | None = None) -> list[Meeting]:
        """Meetings matching ``where``, ordered by start date, then code. A body filter takes in
        the bodies below the named ones too (:meth:`body_family`)."""
        where = where or MeetingFilter()
        if where.bodies:
            where = replace(where, bodies=self.body_family(where.bodies))
        clause, params = where.sql()
        cursor = self.conn.execute(f"SELECT {_SELECTED} FROM meetings WHERE {clause}", params)
        try:
            found = list(map(meeting_from_values, cursor))
        except _BAD_ROW as exc:
            self._refuse_first_bad(clause, params)  # names the first bad one in listed order
            raise StorageError(f"{self.path}: a stored meeting is invalid ({exc})") from exc
        # Sorted here rather than by ORDER BY, which sorts code and id in a temporary B-tree
        # (no index holds them after the dates): 15 ms instead of 50 at 20,000 meetings. ISO
        # dates sort as the dates do; a missing code is read as "" and sorts first, as NULL did.
        found.sort(key=_IN_ORDER)
        return found

    def _refuse_first_bad(self, clause: str, params: Sequence[Any]) -> None:
        """Refuse the first bad row in the order meetings are listed, naming it, so that of two
        bad rows the message names the same one whichever order the file holds them in."""
        ordered = f'SELECT {_SELECTED} FROM meetings WHERE {clause} ORDER BY start, "end", code, id'
        try:
            for values in self.conn.execute(ordered, params):
                meeting_from_values(values)
        except _BAD_ROW as exc:
            raise StorageError(f"{self.path}: a stored meeting is invalid ({exc})") from exc

    def count_meetings(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM meetings").fetchone()[0])

    def meeting(self, meeting_id: str) -> Meeting | None:
        found = self._meetings_where("id = ?", [meeting_id])
        return found[0] if found else None

    def meetings_by_ids(self, ids: Sequence[str]) -> list[Meeting]:
        if not ids:
            return []
        marks = ", ".join("?" * len(ids))
        return self._meetings_where(f"id IN ({marks})", list(ids))

    def meeting_by_code(self, code: str) -> Meeting | None:
        found = self._meetings_where("code = ?", [code])
        return found[0] if found else None

    def _meetings_where(self, clause: str, params: Sequence[Any]) -> list[Meeting]:
        rows = self.conn.execute(f"SELECT {_SELECTED} FROM meetings WHERE {clause}", list(params))
        return [meeting_from_values(r) for r in rows]

    def save_meetings(
        self, meetings: Iterable[Meeting], stamps: Mapping[str, str] | None = None
    ) -> None:
        """Insert or replace whole meetings (by id) in one transaction.

        ``stamps`` keeps the DTSTAMP an imported iCalendar event carried (by meeting id); any
        other save clears it, since the meeting is now the planner's own edit.

        The bodies, venues and rooms they name must exist (see :meth:`save_bodies` and friends):
        the foreign keys refuse a meeting that points nowhere.
        """
        stamps = stamps or {}
        # The time of the save, asked of SQLite once: one clock and one moment for all the rows
        # of one transaction (strftime for each of 20,000 rows was a sixth of their insert).
        now = self.conn.execute(_NOW).fetchone()[0]
        meetings = list(meetings)
        if not meetings:
            return
        # column by column (meeting_columns), each an _INSERTED column
        columns = meeting_columns(meetings)
        ids = columns[0]
        columns += [list(map(stamps.get, ids)), [now] * len(ids)]
        # Prepared statements through executemany rather than Table.upsert_all, which rebuilds and
        # type-checks every row in Python; and separate INSERT and UPDATE rather than an UPSERT,
        # which SQLite runs three times slower with foreign keys on: 20,000 meetings take 0.4 s,
        # not 3 s. An update's updated_at is the trigger's (meetings_updated).
        with self.write():
            stored = {r[0]: (r[1], r[2]) for r in self.conn.execute(_UNIQUE_KEYS)}
            if stored.keys().isdisjoint(ids):  # only new meetings (an import into an empty table)
                added, updated = columns, []
            else:
                rows = list(zip(*columns, strict=True))
                new_rows = [r for r in rows if r[0] not in stored]
                updated = [r for r in rows if r[0] in stored]
                added = [list(c) for c in zip(*new_rows, strict=True)]
            # Codes and UIDs are unique at every statement, not only at commit: one meeting may
            # take the code another gives up in the same save, so those are let go first, and
            # new meetings come after the updates.
            letting_go = [(r[0],) for r in updated if (r[_CODE], r[_UID]) != stored[r[0]]]
            self.conn.executemany(_RELEASE_KEYS, letting_go)
            self.conn.executemany(_UPDATE_MEETING, [(*r[1:-1], r[0]) for r in updated])
            if added:
                self._insert_meetings(added, into_empty=not stored)
            # A meeting put back is no longer deleted (migration 0007 says why this is not a
            # trigger).
            if added and self.conn.execute("SELECT 1 FROM deleted_meetings LIMIT 1").fetchone():
                self.conn.executemany(
                    "DELETE FROM deleted_meetings WHERE id = ?", [(i,) for i in added[0]]
                )

    def _insert_meetings(self, columns: list[list[Any]], *, into_empty: bool = False) -> None:
        """Insert rows given as their :data:`_INSERTED` columns, leaving out the columns every
        one of them holds at the column's default (the schema fills those in, in C). Another
        calendar's events fill 8 of the 31 columns: binding the other 23 values of each of
        20,000 rows was a quarter of the insert.

        Many rows into an empty table (``into_empty``: a first import) go in before the table's
        secondary indexes, which are then built again from their own SQL in the same transaction:
        SQLite builds an index from sorted keys faster than it grows one a row at a time (20,000
        meetings: 0.03-0.05 s). The unique indexes stay, so a clash is refused by the same
        statement, with the same message; any failure rolls the indexes back with the rows.
        """
        if not (into_empty and len(columns[0]) >= _BULK_ROWS):
            self._insert_rows(columns)
            return
        deferred = self._secondary_indexes()
        for name, _sql in deferred:
            self.conn.execute(f'DROP INDEX "{name}"')
        # A page cache that holds the whole new table (20,000 meetings: about 10 MB), for this
        # write only: with the default 2 MB, SQLite spills pages to the write-ahead log before
        # the commit and reads some back to build the indexes. Memory only; the journal and the
        # commit's sync are untouched.
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {_BULK_CACHE_KIB}")
        try:
            self._insert_rows(columns)
            for _name, sql in deferred:
                self.conn.execute(sql)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    def _secondary_indexes(self) -> list[tuple[str, str]]:
        """The meetings table's indexes made by CREATE INDEX and not unique, as their name and
        the SQL that made them (PRAGMA index_list: origin "c", unique 0)."""
        names = [
            row[1]
            for row in self.conn.execute("PRAGMA index_list(meetings)")
            if row[3] == "c" and not row[2]
        ]
        sql = dict(self.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        return [(name, sql[name]) for name in sorted(names)]

    def _insert_rows(self, columns: list[list[Any]]) -> None:
        defaults = self._meeting_defaults()
        n = len(columns[0])
        kept = [  # list.count compares in C
            i
            for i, (column, held) in enumerate(zip(_INSERTED, columns, strict=True))
            if column not in defaults or held.count(defaults[column]) < n
        ]
        names = ", ".join(_INSERTED[i] for i in kept)
        self.conn.executemany(
            f"INSERT INTO meetings ({names}) VALUES ({', '.join('?' * len(kept))})",
            zip(*(columns[i] for i in kept), strict=True),
        )

    def _meeting_defaults(self) -> dict[str, Any]:
        """The value each meetings column takes when an INSERT leaves it out, for the columns
        whose default is a plain literal (NULL, a number or a quoted text), as the schema says."""
        defaults: dict[str, Any] = {}
        for _cid, name, _type, _notnull, default, pk in self.conn.execute(
            "PRAGMA table_info(meetings)"
        ):
            if pk:
                continue
            if default is None:
                defaults[f'"{name}"'] = None
            elif default.lstrip("-").isdigit():
                defaults[f'"{name}"'] = int(default)
            elif len(default) >= 2 and default[0] == default[-1] == "'" not in default[1:-1]:
                defaults[f'"{name}"'] = default[1:-1]  # 'day'; a text like 'it''s' is not read
        return defaults

    def export_stamps(self) -> dict[str, str]:
        """The DTSTAMP to write for each meeting: its imported stamp, else when it last changed."""
        rows = self.conn.execute("SELECT id, coalesce(stamp, updated_at) FROM meetings")
        return {mid: stamp for mid, stamp in rows if stamp}

    def changed_since(self, moment: str) -> tuple[set[str], list[DeletedMeeting]]:
        """Meetings changed and meetings deleted at or after ``moment`` (ISO UTC)."""
        changed = {
            r[0]
            for r in self.conn.execute("SELECT id FROM meetings WHERE updated_at >= ?", [moment])
        }
        deleted = [
            DeletedMeeting(
                mid,
                code or "",
                uid or "",
                title,
                seq,
                deleted_at,
                dt.date.fromisoformat(start),
                dt.date.fromisoformat(end),
            )
            for mid, code, uid, title, seq, deleted_at, start, end in self.conn.execute(
                'SELECT id, code, uid, title, sequence, deleted_at, start, "end" '
                "FROM deleted_meetings WHERE deleted_at >= ? AND start IS NOT NULL "
                "ORDER BY deleted_at, id",
                [moment],
            )
        ]
        return changed, deleted

    def deleted_sequences(self, ids: Sequence[str]) -> dict[str, int]:
        """The last sequence of each of these meetings that the database deleted."""
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, sequence FROM deleted_meetings WHERE id IN ({marks})", list(ids)
        )
        return {str(mid): int(seq) for mid, seq in rows}

    def delete_meetings(self, ids: Iterable[str]) -> int:
        ids = list(ids)
        with self.write():
            cursor = self.conn.executemany("DELETE FROM meetings WHERE id = ?", [[i] for i in ids])
        return cursor.rowcount

    # --- bodies, venues, rooms -------------------------------------------------------------------

    def bodies(self) -> list[Body]:
        return [body_from_row(r) for r in self._table("bodies").rows_where(order_by="code")]

    def knows_body(self, name: str) -> bool:
        """Whether ``name`` is a body of the bodies tree, or one some meeting is held by or
        reports to (any case)."""
        key = name.strip().casefold()
        if any(b.code.casefold() == key for b in self.bodies()):
            return True
        row = self.conn.execute(
            "SELECT 1 FROM meetings WHERE casefold(body) = ? OR casefold(parent) = ? LIMIT 1",
            [key, key],
        ).fetchone()
        return row is not None

    def body_family(self, names: Iterable[str]) -> frozenset[str]:
        """The named bodies and every body below them in the bodies tree, at any depth: "PP"
        brings Council and the CWGs, "TDAG" the ITU-D study groups and their rapporteur groups.
        Names compare without regard to case."""
        children: dict[str, list[str]] = {}
        for body in self.bodies():
            children.setdefault(body.parent.casefold(), []).append(body.code)
        family = {n.strip() for n in names if n.strip()}
        queue = [n.casefold() for n in family]
        seen: set[str] = set()
        while queue:
            name = queue.pop()
            if name in seen:
                continue  # a loop in the tree is not followed twice
            seen.add(name)
            for child in children.get(name, ()):
                family.add(child)
                queue.append(child.casefold())
        return frozenset(family)

    def save_bodies(self, bodies: Iterable[Body]) -> None:
        # Parents before children, so the foreign key on ``parent`` holds row by row.
        pending = {b.code: b for b in bodies}
        existing = {r[0] for r in self.conn.execute("SELECT code FROM bodies")}
        ordered: list[Body] = []
        while pending:
            ready = [b for b in pending.values() if not b.parent or b.parent not in pending]
            if not ready:
                raise InvalidBody(f"bodies {', '.join(sorted(pending))} report to each other")
            for b in ready:
                ordered.append(b)
                del pending[b.code]
        missing = {b.parent for b in ordered if b.parent} - existing - {b.code for b in ordered}
        if missing:
            raise InvalidBody(f"unknown parent body: {', '.join(sorted(missing))}")
        with self.write():
            self._table("bodies").upsert_all([body_to_row(b) for b in ordered], pk="code")

    def venues(self) -> list[Venue]:
        return [venue_from_row(r) for r in self._table("venues").rows_where(order_by="name")]

    def rooms(self, venue: str | None = None) -> list[Room]:
        if venue is None:
            rows = self._table("rooms").rows_where(order_by="venue, name")
        else:
            rows = self._table("rooms").rows_where("venue = ?", [venue], order_by="name")
        return [room_from_row(r) for r in rows]

    def save_venues(self, venues: Iterable[Venue]) -> None:
        with self.write():
            self._table("venues").upsert_all([venue_to_row(v) for v in venues], pk="name")

    def save_rooms(self, rooms: Iterable[Room]) -> None:
        with self.write():
            self._table("rooms").upsert_all([room_to_row(r) for r in rooms], pk=("venue", "name"))

    def delete_room(self, venue: str, name: str) -> None:
        """Remove a room; refused (StorageError) while a meeting is booked in it."""
        try:
            with self.write():
                deleted = self.conn.execute(
                    "DELETE FROM rooms WHERE venue = ? AND name = ?", [venue, name]
                ).rowcount
        except sqlite3.IntegrityError as exc:
            raise StorageError(
                f"room {name!r} of {venue!r} is booked by meetings; move them first"
            ) from exc
        if not deleted:
            raise StorageError(f"no room {name!r} at venue {venue!r}")
