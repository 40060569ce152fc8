"""The planning database file: opening it (read-only when it cannot be written), its write
transactions, its meta values and consistent copies of it.

Every change is one ``BEGIN IMMEDIATE`` transaction (:meth:`DatabaseFile.write`): a second
process writing the same file waits for the lock (up to ``busy_timeout``) instead of failing, and
an edit either lands whole or not at all. The file is in WAL mode so that readers never block
the writer. What is stored in it is :mod:`scheduler_app.storage.database`'s business.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Self

from sqlite_utils import Database
from sqlite_utils.db import Table

from scheduler_app.i18n import translate
from scheduler_app.storage.migrations import MIGRATION_SET, migrations

BUSY_TIMEOUT_S = 30.0


class StorageError(Exception):
    """The planning database cannot be opened, read or written; the message names the file."""


def _plain(exc: sqlite3.Error) -> str:
    """SQLite's error in the planner's words (the cases a desk machine meets)."""
    text = str(exc)
    lowered = text.lower()
    if "full" in lowered:
        return translate("Messages", "the disk is full")
    if "readonly" in lowered or "read-only" in lowered:
        return translate("Messages", "the file or its folder is read-only")
    if "locked" in lowered or "busy" in lowered:
        return translate(
            "Messages", "another program kept the database locked for over {seconds} s"
        ).format(seconds=f"{BUSY_TIMEOUT_S:.0f}")
    if "unable to open" in lowered:
        return translate("Messages", "the file or its folder cannot be opened for writing")
    if "disk i/o" in lowered:
        return translate("Messages", "the disk reported an input/output error")
    return text  # SQLite's own words, as it wrote them


def _cannot_open(path: Path, reason: str) -> str:
    return translate("Messages", "{path}: cannot open: {reason}").format(path=path, reason=reason)


def _not_usable(path: Path, exc: sqlite3.Error) -> str:
    return translate("Messages", "{path}: not a usable planning database ({reason})").format(
        path=path, reason=exc
    )


_SIDE = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database


def _writable(path: Path) -> bool:
    """Whether the file and its folder (where SQLite keeps its log beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


_COPYING = "copy_in_progress"  # meta key: the partial file of a copy not yet renamed into place


def _casefold(text: str | None) -> str | None:
    return None if text is None else str(text).casefold()


class DatabaseFile:
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
    def open(cls, path: Path | str, *, create: bool = True, read_only: bool = False) -> Self:
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
            raise StorageError(
                translate("Messages", "{path}: no such planning database").format(path=path)
            )
        if path.is_dir():
            raise StorageError(
                translate("Messages", "{path}: is a directory, not a planning database").format(
                    path=path
                )
            )
        if exists and not create and path.stat().st_size == 0:
            raise StorageError(
                translate("Messages", "{path}: an empty file, not a planning database").format(
                    path=path
                )
            )
        if exists and (read_only or not _writable(path)):
            return cls._open_read_only(
                path, translate("Messages", "the file or its folder is read-only")
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=True)
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(_cannot_open(path, str(exc))) from exc
        planning = cls(path, conn)
        try:
            planning._prepare()
        except sqlite3.OperationalError as exc:
            conn.close()
            if exists and "full" in str(exc).lower():
                return cls._open_read_only(path, translate("Messages", "the disk is full"))
            if exists and _plain(exc) != str(exc):
                return cls._open_read_only(path, _plain(exc))
            raise StorageError(_cannot_open(path, _plain(exc))) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StorageError(_not_usable(path, exc)) from exc
        except StorageError:
            conn.close()
            raise
        planning._forget_interrupted_copy()
        return planning

    @classmethod
    def _open_read_only(cls, path: Path, reason: str) -> Self:
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
                raise StorageError(_not_usable(path, exc)) from exc
            except StorageError:
                conn.close()
                raise
        assert last is not None
        raise StorageError(
            translate("Messages", "{path}: cannot open even to read: {reason}").format(
                path=path, reason=_plain(last)
            )
        ) from last

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
                translate(
                    "Messages",
                    "{path}: an SQLite database, but not a planning database "
                    "(it has tables {tables} and no planner schema)",
                ).format(path=self.path, tables=", ".join(sorted(tables)[:5]))
            )
        if self.read_only:
            if not ours:
                raise StorageError(
                    translate(
                        "Messages", "{path}: read-only, and not a planning database yet"
                    ).format(path=self.path)
                )
        elif conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        if ours:
            known = set(self._known_migration_names())
            applied = {m.name for m in migrations.applied(self.db)}
            if applied - known:
                raise StorageError(
                    translate(
                        "Messages",
                        "{path}: written by a newer version of the planner "
                        "(unknown schema steps: {steps})",
                    ).format(path=self.path, steps=", ".join(sorted(applied - known)))
                )
        if self.read_only and migrations.pending(self.db):
            raise StorageError(
                translate(
                    "Messages",
                    "{path}: read-only, and saved by an older version of the planner; "
                    "open it once where it can be written to bring it up to date",
                ).format(path=self.path)
            )
        if not ours or migrations.pending(self.db):
            with self.write():
                # Checked again under the write lock: another process may have migrated meanwhile.
                migrations.apply(self.db)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise StorageError(
                translate("Messages", "{path}: the database is damaged ({check})").format(
                    path=self.path, check=ok
                )
            )

    @staticmethod
    def _known_migration_names() -> list[str]:
        return [m.name for m in migrations._migrations]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
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
                translate(
                    "Messages", "{path}: opened read-only ({reason}); nothing was changed"
                ).format(path=self.path, reason=self.read_only_reason)
            )
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError(
                translate("Messages", "{path}: cannot write: {reason}").format(
                    path=self.path, reason=_plain(exc)
                )
            ) from exc
        try:
            yield self.db
            self.conn.commit()
        except sqlite3.OperationalError as exc:
            self.conn.rollback()
            raise StorageError(
                translate("Messages", "{path}: cannot write: {reason}; nothing was changed").format(
                    path=self.path, reason=_plain(exc)
                )
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
            raise StorageError(
                translate("Messages", "{path}: that is the open database itself").format(
                    path=target
                )
            )
        if not target.parent.is_dir():
            raise StorageError(
                translate("Messages", "{path}: folder {folder} does not exist").format(
                    path=target, folder=target.parent
                )
            )
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
            raise StorageError(
                translate("Messages", "{path}: cannot save a copy: {reason}").format(
                    path=named, reason=exc
                )
            ) from exc
