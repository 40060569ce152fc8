"""The planning database: one SQLite file, opened through sqlite-utils.

Every change is one ``BEGIN IMMEDIATE`` transaction (:meth:`PlanningDatabase.write`): a second
process writing the same file waits for the lock (up to ``busy_timeout``) instead of failing, and
an edit either lands whole or not at all. The file is in WAL mode so that readers never block
the writer.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table

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
from scheduler_app.storage.migrations import MIGRATION_SET, migrations
from scheduler_app.storage.rows import (
    MEETING_COLUMNS,
    body_from_row,
    body_to_row,
    meeting_from_values,
    meeting_to_row,
    room_from_row,
    room_to_row,
    venue_from_row,
    venue_to_row,
)

BUSY_TIMEOUT_S = 30.0
_QUOTED = [f'"{c}"' for c in MEETING_COLUMNS]
_WRITTEN = [*_QUOTED, '"stamp"']
_INSERT_MEETING = (
    f"INSERT INTO meetings ({', '.join(_WRITTEN)}, updated_at) "
    f"VALUES ({', '.join('?' * len(_WRITTEN))}, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
)
_CODE, _UID = MEETING_COLUMNS.index("code"), MEETING_COLUMNS.index("uid")
_UNIQUE_KEYS = "SELECT id, code, uid FROM meetings"
_RELEASE_KEYS = "UPDATE meetings SET code = NULL, uid = NULL WHERE id = ?"
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


class StorageError(Exception):
    """The planning database cannot be opened, read or written; the message names the file."""


def _plain(exc: sqlite3.Error) -> str:
    """SQLite's error in the planner's words (the cases a desk machine meets)."""
    text = str(exc)
    lowered = text.lower()
    if "full" in lowered:
        return "the disk is full"
    if "readonly" in lowered or "read-only" in lowered:
        return "the file or its folder is read-only"
    if "locked" in lowered or "busy" in lowered:
        return f"another program kept the database locked for over {BUSY_TIMEOUT_S:.0f} s"
    if "unable to open" in lowered:
        return "the file or its folder cannot be opened for writing"
    if "disk i/o" in lowered:
        return "the disk reported an input/output error"
    return text


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


_SIDE = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database


def _writable(path: Path) -> bool:
    """Whether the file and its folder (where SQLite keeps its log beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_COPYING = "copy_in_progress"  # meta key: the partial file of a copy not yet renamed into place


def _casefold(text: str | None) -> str | None:
    return None if text is None else str(text).casefold()


class PlanningDatabase:
    """A planning database file. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: str = "") -> None:
        self.path = path
        self.conn = conn
        self.db = Database(conn)
        self.read_only_reason = read_only  # why writes are refused; "" when they are not
        # SQLite's lower() knows only ASCII; body filters compare as Python does.
        conn.create_function("casefold", 1, _casefold, deterministic=True)

    @property
    def read_only(self) -> bool:
        """Whether this database was opened read-only (see :attr:`read_only_reason`)."""
        return bool(self.read_only_reason)

    # --- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = True, read_only: bool = False
    ) -> PlanningDatabase:
        """Open (and if needed create and migrate) the planning database at ``path``.

        A file that cannot be written (its mode, its folder, a read-only disk, or ``read_only``)
        is opened read-only: reading works and :meth:`write` refuses with a clear message. With
        ``create=False`` a missing or empty file is refused rather than made into a database.

        Raises :class:`StorageError` naming the file when it is not a planning database, is
        damaged, or was written by a newer version of the planner.
        """
        path = Path(path)
        exists = path.exists()
        if not exists and (read_only or not create):
            raise StorageError(f"{path}: no such planning database")
        if path.is_dir():
            raise StorageError(f"{path}: is a directory, not a planning database")
        if exists and not create and path.stat().st_size == 0:
            raise StorageError(f"{path}: an empty file, not a planning database")
        if exists and (read_only or not _writable(path)):
            return cls._open_read_only(path, "the file or its folder is read-only")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=True)
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"{path}: cannot open: {exc}") from exc
        planning = cls(path, conn)
        try:
            planning._prepare()
        except sqlite3.OperationalError as exc:
            conn.close()
            if exists and "full" in str(exc).lower():
                return cls._open_read_only(path, "the disk is full")
            if exists and _plain(exc) != str(exc):
                return cls._open_read_only(path, _plain(exc))
            raise StorageError(f"{path}: cannot open: {_plain(exc)}") from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StorageError(f"{path}: not a usable planning database ({exc})") from exc
        except StorageError:
            conn.close()
            raise
        planning._forget_interrupted_copy()
        return planning

    @classmethod
    def _open_read_only(cls, path: Path, reason: str) -> PlanningDatabase:
        """A read-only connection. A database in WAL mode needs its shared-memory file; where the
        folder is read-only too and that file is absent, the file is read as immutable (nobody
        can be writing it through this folder either)."""
        uri = f"{path.resolve().as_uri()}?mode=ro"
        last: sqlite3.Error | None = None
        for suffix in ("", "&immutable=1"):
            try:
                conn = sqlite3.connect(uri + suffix, uri=True, timeout=BUSY_TIMEOUT_S)
                planning = cls(path, conn, read_only=reason)
                planning._prepare()
                return planning
            except sqlite3.OperationalError as exc:
                conn.close()
                last = exc
            except sqlite3.DatabaseError as exc:
                conn.close()
                raise StorageError(f"{path}: not a usable planning database ({exc})") from exc
            except StorageError:
                conn.close()
                raise
        assert last is not None
        raise StorageError(f"{path}: cannot open even to read: {_plain(last)}") from last

    def _prepare(self) -> None:
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ours = "_sqlite_migrations" in tables and bool(
            conn.execute(
                "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1",
                [MIGRATION_SET],
            ).fetchone()
        )
        if tables and not ours:
            raise StorageError(
                f"{self.path}: an SQLite database, but not a planning database "
                f"(it has tables {', '.join(sorted(tables)[:5])} and no planner schema)"
            )
        if self.read_only:
            if not ours:
                raise StorageError(f"{self.path}: read-only, and not a planning database yet")
        elif conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if ours:
            known = set(self._known_migration_names())
            applied = {m.name for m in migrations.applied(self.db)}
            if applied - known:
                raise StorageError(
                    f"{self.path}: written by a newer version of the planner "
                    f"(unknown schema steps: {', '.join(sorted(applied - known))})"
                )
        if self.read_only and migrations.pending(self.db):
            raise StorageError(
                f"{self.path}: read-only, and saved by an older version of the planner; "
                "open it once where it can be written to bring it up to date"
            )
        if not ours or migrations.pending(self.db):
            with self.write():
                # Checked again under the write lock: another process may have migrated meanwhile.
                migrations.apply(self.db)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise StorageError(f"{self.path}: the database is damaged ({ok})")

    @staticmethod
    def _known_migration_names() -> list[str]:
        return [m.name for m in migrations._migrations]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PlanningDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions ----------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction, taken with ``BEGIN IMMEDIATE`` so concurrent writers queue up.

        Nested calls join the outer transaction. On any exception nothing is written; SQLite's
        own failures (a full disk, a read-only file, a lock held too long) become a
        :class:`StorageError` saying so.
        """
        if self.read_only:
            raise StorageError(
                f"{self.path}: opened read-only ({self.read_only_reason}); nothing was changed"
            )
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError(f"{self.path}: cannot write: {_plain(exc)}") from exc
        try:
            yield self.db
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            self.conn.rollback()
            raise StorageError(
                f"{self.path}: cannot write: {_plain(exc)}; nothing was changed"
            ) from exc
        except BaseException:
            self.conn.rollback()
            raise

    def _table(self, name: str) -> Table:
        return self.db.table(name)

    # --- meta ------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def save_copy(self, target: Path) -> None:
        """Write a consistent snapshot of the whole database to ``target``, through SQLite's
        backup API (a copy of the file could catch a write half done, and would miss what is
        still in the write-ahead log).

        A new file is written beside the target first and renamed into place once complete. An
        existing SQLite file is overwritten through SQLite, in one transaction that takes its
        locks and its write-ahead log into account (renaming over it could let a leftover log be
        replayed onto the copy, or pull it from under a program that has it open). Either way a
        failed copy leaves nothing half-written."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise StorageError(f"{target}: that is the open database itself")
        if not target.parent.is_dir():
            raise StorageError(f"{target}: folder {target.parent} does not exist")
        if target.exists():
            self._copy_into(target, target)
            return
        partial = target.with_name(f".{target.name}.partial")
        for leftover in (partial, *(Path(f"{p}{x}") for p in (partial, target) for x in _SIDE)):
            leftover.unlink(missing_ok=True)  # logs of a deleted file must not apply to the copy
        # Remembered until renamed, so that a copy killed half-way is cleaned up the next time
        # this database is opened rather than left hidden beside the target.
        if not self.read_only:
            self.set_meta(_COPYING, str(partial.resolve()))
        try:
            self._copy_into(partial, target)
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
            if not self.read_only:
                self._delete_meta(_COPYING)

    def _forget_interrupted_copy(self) -> None:
        """Remove the partial file of a copy that was killed before it was renamed."""
        left = self.get_meta(_COPYING)
        if not left:
            return
        partial = Path(left)
        if partial.name.startswith(".") and partial.name.endswith(".partial"):
            for leftover in (partial, *(Path(f"{partial}{x}") for x in _SIDE)):
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
        self._delete_meta(_COPYING)

    def _delete_meta(self, key: str) -> None:
        with self.write():
            self.conn.execute("DELETE FROM meta WHERE key = ?", [key])

    def _copy_into(self, path: Path, named: Path) -> None:
        try:
            copy = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
            try:
                self.conn.backup(copy)
                copy.execute("DELETE FROM meta WHERE key = ?", [_COPYING])
                copy.commit()
                # one self-contained file; if another program has it open in WAL mode, it stays
                # so (and still whole)
                with suppress(sqlite3.OperationalError):
                    copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"{named}: cannot save a copy: {exc}") from exc

    # --- meetings --------------------------------------------------------------------------------

    def meetings(self, where: MeetingFilter | None = None) -> list[Meeting]:
        """Meetings matching ``where``, ordered by start date, then code. A body filter takes in
        the bodies below the named ones too (:meth:`body_family`)."""
        where = where or MeetingFilter()
        if where.bodies:
            where = replace(where, bodies=self.body_family(where.bodies))
        clause, params = where.sql()
        columns = ", ".join(f'"{c}"' for c in MEETING_COLUMNS)
        cursor = self.conn.execute(
            f'SELECT {columns} FROM meetings WHERE {clause} ORDER BY start, "end", code, id',
            params,
        )
        try:
            return [meeting_from_values(values) for values in cursor]
        except (InvalidMeeting, KeyError, ValueError, TypeError) as exc:
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
        columns = ", ".join(f'"{c}"' for c in MEETING_COLUMNS)
        rows = self.conn.execute(f"SELECT {columns} FROM meetings WHERE {clause}", list(params))
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
        rows = [(*meeting_to_row(m).values(), stamps.get(m.id)) for m in meetings]
        if not rows:
            return
        # Prepared statements through executemany rather than Table.upsert_all, which rebuilds and
        # type-checks every row in Python; and separate INSERT and UPDATE rather than an UPSERT,
        # which SQLite runs three times slower with foreign keys on: 20,000 meetings take 0.4 s,
        # not 3 s.
        with self.write():
            stored = {r[0]: (r[1], r[2]) for r in self.conn.execute(_UNIQUE_KEYS)}
            added = [r for r in rows if r[0] not in stored]
            updated = [r for r in rows if r[0] in stored]
            # Codes and UIDs are unique at every statement, not only at commit: one meeting may
            # take the code another gives up in the same save, so those are let go first, and
            # new meetings come after the updates.
            letting_go = [(r[0],) for r in updated if (r[_CODE], r[_UID]) != stored[r[0]]]
            self.conn.executemany(_RELEASE_KEYS, letting_go)
            self.conn.executemany(_UPDATE_MEETING, [(*r[1:], r[0]) for r in updated])
            self.conn.executemany(_INSERT_MEETING, added)
            # A meeting put back is no longer deleted (migration 0007 says why this is not a
            # trigger).
            if added and self.conn.execute("SELECT 1 FROM deleted_meetings LIMIT 1").fetchone():
                self.conn.executemany(
                    "DELETE FROM deleted_meetings WHERE id = ?", [(r[0],) for r in added]
                )

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
