"""The rule policy and the waivers, shared with the meetings on the same calendar collection.

**One resource of their own**, ``scheduler-app-settings.ics``: a VCALENDAR holding one VJOURNAL
(RFC 5545 section 3.6.3: a note with no place in time, which calendar clients do not show
among events and an Outlook subscription ignores) whose ``X-SCHEDULER-SETTING`` properties each
carry one field as the TEXT-escaped JSON pair ``[key, value]``:

- ``policy <rule id> <setting>``: the setting's JSON value as the rules read it (a setting
  left at the catalogue's default is absent);
- ``waiver <rule id> <meeting ids, comma-separated>`` or ``waiver <rule id> subject
  <subject>``: JSON of the waiver's reason and the fingerprint of the finding it waives.
  Meeting ids are the same in every database that syncs the collection, so a waiver names
  the same meetings on both sides.

**Merged like a meeting** (:mod:`.merge`): the last synced version is the base, each field
(one setting, one waiver) changes on one side only or is a conflict listed under the code
:data:`CODE` with both values, kept on both sides until resolved; a waiver removed on one side
and given another reason on the other is a conflict on that waiver. A field absent is a
setting at its default or no waiver, so the first sync of a database without settings takes
the colleagues' ones without conflict. The resource is read on every sync (one small
request), so a sync stopped after the meetings and before the settings loses nothing: the
next one compares the ETag again.

A settings resource deleted from the server by hand is written again from this side, never
taken as "every waiver removed". Observances and venues stay in each database.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from scheduler_app.interop.ics_parse import split_line, unfold
from scheduler_app.interop.ics_text import content_line, escape_text, unescape_text
from scheduler_app.services.settings_records import (
    PolicyRow,
    Row,
    SettingsEdit,
    WaiverRow,
    waiver_rows,
    write,
)
from scheduler_app.services.sync.client import CalDavClient, PreconditionFailed
from scheduler_app.services.sync.merge import merge
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage import sync_tables as state
from scheduler_app.storage.sync_tables import SETTINGS_ID, SETTINGS_NAME, StoredConflict, SyncItem

CODE = "rule-settings"  # what conflicts are listed under, and what --resolve takes
TITLE = "Rule settings and waivers"
_PROPERTY = "X-SCHEDULER-SETTING"
_ROUNDS = 3


@dataclass
class SettingsSync:
    """What the sync of the shared settings did here: the edits written (for undo), how many
    fields came in and whether this side's were sent."""

    edits: list[SettingsEdit] = field(default_factory=list)
    received: int = 0
    sent: bool = False


# --- the record ----------------------------------------------------------------------------------


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _waiver_key(w: WaiverRow) -> str:
    ids = ",".join(sorted(w.meeting_ids))
    return f"waiver {w.rule_id} {ids}" if ids else f"waiver {w.rule_id} subject {w.subject}"


def local_record(db: PlanningDatabase) -> dict[str, str]:
    """The shared fields as this database holds them."""
    out = {
        f"policy {rule_id} {name}": _json(json.loads(value))
        for rule_id, name, value in db.conn.execute("SELECT rule_id, name, value FROM policy")
    }
    for w in waiver_rows(db):
        out[_waiver_key(w)] = _json({"reason": w.reason, "fingerprint": w.fingerprint})
    return out


def _rows(db: PlanningDatabase) -> dict[str, Row]:
    rows: dict[str, Row] = {
        f"policy {rule_id} {name}": PolicyRow(rule_id, name, value)
        for rule_id, name, value in db.conn.execute("SELECT rule_id, name, value FROM policy")
    }
    rows.update((_waiver_key(w), w) for w in waiver_rows(db))
    return rows


def _row(key: str, value: str, kept: Row | None, now: str) -> Row:
    kind, rule_id, rest = key.split(" ", 2)
    data = json.loads(value)
    if kind == "policy":
        return PolicyRow(rule_id, rest, json.dumps(data))
    if rest.startswith("subject "):
        ids: tuple[str, ...] = ()
        subject = rest[len("subject ") :]
    else:
        ids, subject = tuple(rest.split(",")), ""
    created = kept.created_at if isinstance(kept, WaiverRow) else now
    return WaiverRow(rule_id, ids, subject, data["reason"], data["fingerprint"], created)


def resource_text(record: Mapping[str, str], stamp: str) -> str:
    """The settings resource for ``record`` (``stamp``: DTSTAMP, UTC basic format)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ITU Meeting Planner//shared settings//EN",
        "BEGIN:VJOURNAL",
        "UID:scheduler-app-shared-settings",
        f"DTSTAMP:{stamp}",
        f"SUMMARY:{escape_text(TITLE)}",
        *(content_line(_PROPERTY, escape_text(_json([k, record[k]]))) for k in sorted(record)),
        "END:VJOURNAL",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def read_record(text: str) -> dict[str, str]:
    """The fields a settings resource holds (those it cannot read are left out)."""
    out: dict[str, str] = {}
    for number, line in unfold(text):
        if line[: len(_PROPERTY)].upper() != _PROPERTY:
            continue
        prop = split_line(number, line)
        if prop.name.upper() != _PROPERTY:
            continue
        try:
            key, value = json.loads(unescape_text(prop.value))
        except (ValueError, TypeError):
            continue
        if isinstance(key, str) and isinstance(value, str) and key.count(" ") >= 2:
            out[key] = value
    return out


# --- the sync ------------------------------------------------------------------------------------


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _clean(record: Mapping[str, str] | None) -> dict[str, str]:
    """A record without its empty fields (a setting at its default, no waiver)."""
    return {k: v for k, v in (record or {}).items() if v}


def sync_settings(db: PlanningDatabase, client: CalDavClient) -> SettingsSync:
    """Merge the shared settings with the server's and send the result; raises the client's
    :class:`~.client.SyncError` when the server cannot be used."""
    url = client.url
    href = client.href_in_collection(SETTINGS_NAME)
    done = SettingsSync()
    for _ in range(_ROUNDS):
        st = state.items(db, url).get(SETTINGS_ID)
        base = _clean(st.base if st is not None else None)
        fetched = client.fetch([href]).get(href)
        etag = fetched[0] if fetched else ""
        # absent from the server: nothing changed there (it is written again below)
        theirs = read_record(fetched[1]) if fetched else dict(base)
        with db.write():
            open_fields = [c.field for c in state.conflicts(db, url) if c.meeting_id == SETTINGS_ID]
            mine = local_record(db)
            merged = merge(base, mine, theirs, open_fields)
            local, remote, new_base = (
                _clean(r) for r in (merged.local, merged.remote, merged.base)
            )
            if local != mine:
                done.edits.append(_write_local(db, mine, local))
                done.received += sum(local.get(k) != mine.get(k) for k in {*mine, *local})
            found = [
                StoredConflict(SETTINGS_ID, c.field, CODE, TITLE, c.mine, c.theirs)
                for c in merged.conflicts
            ]
            state.replace_conflicts(db, url, [SETTINGS_ID], found)
            state.save_items(db, url, [SyncItem(SETTINGS_ID, href, etag, new_base)])
        if remote == theirs and (fetched or not remote):
            return done  # the server holds it already (or nothing to share, nothing there)
        try:
            new_etag = client.put(href, resource_text(remote, _stamp()), etag or None)
        except PreconditionFailed:
            continue  # a colleague wrote first: merge theirs again
        done.sent = True
        state.save_items(db, url, [SyncItem(SETTINGS_ID, href, new_etag, new_base)])
        return done
    return done


def _write_local(
    db: PlanningDatabase, mine: dict[str, str], wanted: dict[str, str]
) -> SettingsEdit:
    rows = _rows(db)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    changed = sorted(k for k in {*mine, *wanted} if mine.get(k, "") != wanted.get(k, ""))
    before = tuple(rows[k] for k in changed if k in rows)
    after = tuple(_row(k, wanted[k], rows.get(k), now) for k in changed if wanted.get(k, ""))
    return write(
        db, SettingsEdit("Rule settings and waivers from the shared calendar", before, after)
    )


def resolve_settings(db: PlanningDatabase, url: str, keep: str) -> int:
    """Settle the conflicts of the shared settings for ``keep`` ("mine" or "theirs"): the base
    is made to agree with the side not kept, so the next sync takes the kept side's values
    across. No request: the settings are read again by every sync."""
    open_ = [c for c in state.conflicts(db, url) if c.meeting_id == SETTINGS_ID]
    st = state.items(db, url).get(SETTINGS_ID)
    if not open_ or st is None:
        return 0
    base = dict(st.base or {})
    for c in open_:
        value = c.theirs if keep == "mine" else c.mine
        if value:
            base[c.field] = value
        else:
            base.pop(c.field, None)
    with db.write():
        state.save_items(db, url, [SyncItem(SETTINGS_ID, st.href, st.etag, base)])
        state.replace_conflicts(db, url, [SETTINGS_ID], [])
    return len(open_)
