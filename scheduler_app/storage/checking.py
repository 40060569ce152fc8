"""Stored rule settings, waivers and observances (migrations 0002 and 0008)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from scheduler_app.domain.observance import Observance
from scheduler_app.rules import Policy, Waiver
from scheduler_app.storage.database import PlanningDatabase


def load_policy(db: PlanningDatabase, *, as_of: dt.date | None = None) -> Policy:
    overrides: dict[str, dict[str, Any]] = {}
    for rule_id, name, value in db.conn.execute("SELECT rule_id, name, value FROM policy"):
        overrides.setdefault(rule_id, {})[name] = json.loads(value)
    return Policy(overrides, as_of=as_of)


def save_policy_value(db: PlanningDatabase, rule_id: str, name: str, value: Any) -> None:
    with db.write():
        db.conn.execute(
            "INSERT INTO policy(rule_id, name, value) VALUES (?, ?, ?) "
            "ON CONFLICT(rule_id, name) DO UPDATE SET value = excluded.value",
            [rule_id, name, json.dumps(value)],
        )


def reset_policy_value(db: PlanningDatabase, rule_id: str, name: str | None = None) -> int:
    with db.write():
        if name is None:
            cursor = db.conn.execute("DELETE FROM policy WHERE rule_id = ?", [rule_id])
        else:
            cursor = db.conn.execute(
                "DELETE FROM policy WHERE rule_id = ? AND name = ?", [rule_id, name]
            )
    return cursor.rowcount


def load_waivers(db: PlanningDatabase) -> list[Waiver]:
    rows = db.conn.execute("SELECT rule_id, meeting_ids, reason, fingerprint, subject FROM waivers")
    return [
        Waiver(r, tuple(ids.split(",")) if ids else (), reason, fp, subject)
        for r, ids, reason, fp, subject in rows
    ]


def save_waiver(db: PlanningDatabase, waiver: Waiver) -> None:
    """Store a waiver, replacing the one with the same key (rule and meetings, or rule and
    subject when it names no meeting); one transaction."""
    _rule, ids, subject = waiver.key
    if not ids and not subject:
        raise ValueError(f"a waiver of {waiver.rule_id} names no meeting and no subject")
    with db.write():
        db.conn.execute(
            "INSERT INTO waivers(rule_id, meeting_ids, subject, reason, fingerprint, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(rule_id, meeting_ids, subject) DO UPDATE SET "
            "reason = excluded.reason, fingerprint = excluded.fingerprint, "
            "created_at = excluded.created_at",
            [
                waiver.rule_id,
                ",".join(ids),
                subject,
                waiver.reason,
                waiver.fingerprint,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ],
        )


def delete_waiver(
    db: PlanningDatabase, rule_id: str, meeting_ids: Iterable[str], subject: str = ""
) -> bool:
    """Remove the waiver of ``rule_id`` on these meetings or, with none, on ``subject``."""
    ids = ",".join(sorted(meeting_ids))
    with db.write():
        cursor = db.conn.execute(
            "DELETE FROM waivers WHERE rule_id = ? AND meeting_ids = ? AND subject = ?",
            [rule_id, ids, "" if ids else subject],
        )
    return cursor.rowcount > 0


_OBS_COLUMNS = 'key, variant, anchor, name, religion, start, "end", estimated, provenance, edited'


def load_observances(
    db: PlanningDatabase, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> list[Observance]:
    sql = f"SELECT {_OBS_COLUMNS} FROM observances"
    params: list[str] = []
    if date_from and date_to:
        sql += ' WHERE "end" >= ? AND start <= ?'
        params = [date_from.isoformat(), date_to.isoformat()]
    rows = db.conn.execute(sql + " ORDER BY start, key, variant", params)
    return [
        Observance(
            key=key,
            name=name,
            start=dt.date.fromisoformat(start),
            end=dt.date.fromisoformat(end),
            estimated=bool(estimated),
            provenance="edited by the planner" if edited else provenance,
            variant=variant,
            religion=religion,
        )
        for key, variant, _anchor, name, religion, start, end, estimated, provenance, edited in rows
    ]


def observance_years(db: PlanningDatabase) -> set[int]:
    return {r[0] for r in db.conn.execute("SELECT year FROM observance_years")}


def store_computed_observances(
    db: PlanningDatabase, years: Iterable[int], computed: Iterable[Observance]
) -> None:
    """Store freshly computed rows for ``years``, replacing earlier computed rows of the same
    occurrence but never a row the planner edited."""
    with db.write():
        db.conn.executemany(
            f"INSERT INTO observances({_OBS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
            "ON CONFLICT(key, variant, anchor) DO UPDATE SET name = excluded.name, "
            'religion = excluded.religion, start = excluded.start, "end" = excluded."end", '
            "estimated = excluded.estimated, provenance = excluded.provenance "
            "WHERE observances.edited = 0",
            [
                (
                    o.key,
                    o.variant,
                    o.start.isoformat(),
                    o.name,
                    o.religion,
                    o.start.isoformat(),
                    o.end.isoformat(),
                    int(o.estimated),
                    o.provenance,
                )
                for o in computed
            ],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO observance_years(year) VALUES (?)", [(y,) for y in years]
        )


def correct_observance(
    db: PlanningDatabase, key: str, variant: str, anchor: dt.date, start: dt.date, end: dt.date
) -> bool:
    """A planner's correction of one occurrence (e.g. Eid al-Fitr observed a day later)."""
    if end < start:
        raise ValueError(f"{key}: the corrected end {end} is before the start {start}")
    with db.write():
        cursor = db.conn.execute(
            'UPDATE observances SET start = ?, "end" = ?, edited = 1 '
            "WHERE key = ? AND variant = ? AND anchor = ?",
            [start.isoformat(), end.isoformat(), key, variant, anchor.isoformat()],
        )
    return cursor.rowcount > 0
