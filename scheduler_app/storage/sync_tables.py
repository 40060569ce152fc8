"""The state of the sync with a shared CalDAV collection, kept in the planning database
(migration ``0009_shared_calendar_sync``).

- ``sync_remote``: one row per collection address: the RFC 6578 sync token of the last sync.
- ``sync_items``: per meeting, the resource it is on the server (``href``), the ETag the server
  gave it when the two sides last agreed, and ``base``: the meeting's fields as they were then
  (JSON of the CSV record), the common ancestor of the three-way merge. ``base_sequence`` is the
  meeting's SEQUENCE then: a cheap first test for a local edit. ``recheck`` asks the next sync to
  fetch the resource again even if the server does not list it as changed (after a resolution).
  ``pending`` is what a write about to be sent holds (written ahead of the PUT, so a sync killed
  between the PUT and its record can tell whether the server took it); stored beside the base
  in the ``base`` column's JSON, under keys no field has.
- ``sync_conflicts``: fields both sides changed, with both values, until the planner chooses.

Nothing here holds a password.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from scheduler_app.storage.database import PlanningDatabase

# The shared rule policy and waivers are one resource of their own
# (scheduler_app.services.sync.shared_settings), kept in sync_items under this id, which no
# meeting has (meeting ids are UUIDs).
SETTINGS_ID = "~shared-settings"
SETTINGS_NAME = "scheduler-app-settings.ics"


@dataclass(frozen=True, slots=True)
class SyncItem:
    meeting_id: str
    href: str
    etag: str  # "" when the resource is gone from the server (a deletion in conflict)
    base: dict[str, str] | None
    base_sequence: int = -1
    recheck: bool = False
    pending: dict[str, str] | None = None


_BASE, _PENDING = "\u0000base", "\u0000pending"


def _decoded(text: str | None) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    """The base and the pending write of a ``base`` column."""
    if not text:
        return None, None
    value = json.loads(text)
    if _PENDING in value:
        return value[_BASE], value[_PENDING]
    return value, None


def _encoded(s: SyncItem) -> str | None:
    value = s.base if s.pending is None else {_BASE: s.base, _PENDING: s.pending}
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class StoredConflict:
    meeting_id: str
    field: str
    code: str
    title: str
    mine: str
    theirs: str


def remote_token(db: PlanningDatabase, url: str) -> str | None:
    """The sync token of ``url`` ("" before the first sync token), None if never synced."""
    row = db.conn.execute("SELECT token FROM sync_remote WHERE url = ?", [url]).fetchone()
    return None if row is None else str(row[0])


def synced_at(db: PlanningDatabase, url: str) -> str:
    row = db.conn.execute("SELECT synced_at FROM sync_remote WHERE url = ?", [url]).fetchone()
    return "" if row is None else str(row[0])


def save_remote(db: PlanningDatabase, url: str, token: str, when: str = "") -> None:
    with db.write():
        db.conn.execute(
            "INSERT INTO sync_remote(url, token, synced_at) VALUES (?, ?, ?) ON CONFLICT(url) "
            "DO UPDATE SET token = excluded.token, "
            "synced_at = CASE WHEN excluded.synced_at = '' THEN synced_at "
            "ELSE excluded.synced_at END",
            [url, token, when],
        )


def items(db: PlanningDatabase, url: str) -> dict[str, SyncItem]:
    """Every synced meeting's state, by meeting id."""
    rows = db.conn.execute(
        "SELECT meeting_id, href, etag, base, base_sequence, recheck FROM sync_items WHERE url = ?",
        [url],
    )
    out = {}
    for r in rows:
        base, pending = _decoded(r[3])
        out[r[0]] = SyncItem(r[0], r[1], r[2], base, r[4], bool(r[5]), pending)
    return out


def save_items(db: PlanningDatabase, url: str, states: Iterable[SyncItem]) -> None:
    rows = [
        (
            url,
            s.meeting_id,
            s.href,
            s.etag,
            _encoded(s),
            s.base_sequence,
            int(s.recheck),
        )
        for s in states
    ]
    with db.write():
        # The href of a meeting may have been another's (a resource replaced on the server).
        db.conn.executemany(
            "DELETE FROM sync_items WHERE url = ? AND href = ? AND meeting_id <> ?",
            [(r[0], r[2], r[1]) for r in rows],
        )
        db.conn.executemany(
            "INSERT OR REPLACE INTO sync_items"
            "(url, meeting_id, href, etag, base, base_sequence, recheck) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def forget_items(db: PlanningDatabase, url: str, meeting_ids: Iterable[str]) -> None:
    with db.write():
        db.conn.executemany(
            "DELETE FROM sync_items WHERE url = ? AND meeting_id = ?",
            [(url, mid) for mid in meeting_ids],
        )


def local_candidates(db: PlanningDatabase, url: str, since: str) -> set[str]:
    """Meetings that may have changed here since the last sync, found by SQL alone: never
    synced, or a SEQUENCE other than the one synced, or changed at or after ``since`` (the
    start of the last sync). The engine compares each with its base to be sure."""
    rows = db.conn.execute(
        "SELECT m.id FROM meetings m LEFT JOIN sync_items s "
        "ON s.url = ? AND s.meeting_id = m.id "
        "WHERE s.meeting_id IS NULL OR s.base IS NULL OR m.sequence <> s.base_sequence "
        "OR m.updated_at >= ?",
        [url, since or ""],
    )
    return {r[0] for r in rows}


def deleted_here(db: PlanningDatabase, url: str) -> set[str]:
    """Synced meetings the database no longer holds."""
    rows = db.conn.execute(
        "SELECT s.meeting_id FROM sync_items s LEFT JOIN meetings m ON m.id = s.meeting_id "
        "WHERE s.url = ? AND m.id IS NULL AND s.meeting_id <> ?",
        [url, SETTINGS_ID],
    )
    return {r[0] for r in rows}


def conflicts(db: PlanningDatabase, url: str) -> list[StoredConflict]:
    rows = db.conn.execute(
        "SELECT meeting_id, field, code, title, mine, theirs FROM sync_conflicts WHERE url = ? "
        "ORDER BY code, title, meeting_id, field",
        [url],
    )
    return [StoredConflict(*r) for r in rows]


def replace_conflicts(
    db: PlanningDatabase, url: str, meeting_ids: Iterable[str], found: Iterable[StoredConflict]
) -> None:
    """The conflicts of these meetings are now ``found`` (none left for a meeting not in it)."""
    with db.write():
        db.conn.executemany(
            "DELETE FROM sync_conflicts WHERE url = ? AND meeting_id = ?",
            [(url, mid) for mid in meeting_ids],
        )
        db.conn.executemany(
            "INSERT OR REPLACE INTO sync_conflicts"
            "(url, meeting_id, field, code, title, mine, theirs) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(url, c.meeting_id, c.field, c.code, c.title, c.mine, c.theirs) for c in found],
        )
