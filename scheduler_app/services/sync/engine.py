"""One sync of the planning database with its shared calendar collection.

A sync pulls, then pushes, and pulls again while its own writes met a colleague's:

1. **Pull.** Ask what changed since the stored sync token (or list every ETag); fetch the
   resources whose ETag is not the one stored, and those with a conflict open or a resolution
   to apply; merge each with the meeting here against the base (:mod:`.merge`). What changes
   here is written through :func:`editing.imported` and :func:`editing.delete` (so SEQUENCE
   grows and the window can undo it), together with the new state, the conflicts and the new
   token, in one transaction: a sync stopped before it commits left nothing behind.
2. **Push.** Every meeting edited here since the last agreement (or never sent) is PUT with
   ``If-Match`` its stored ETag (``If-None-Match: *`` when new); every meeting deleted here is
   DELETEd with ``If-Match``. A 412 means a colleague wrote first: the next pull merges it.
   Each batch of writes is recorded *ahead* (what is about to be sent, as ``pending``) and
   again once sent. A sync killed between a PUT and its record leaves the pending write: the
   next pull fetches it again and merges against what was sent where the server holds it (the
   write landed), else against the base before; a new meeting's write that never landed is
   forgotten and sent again. A DELETE done but not recorded meets an absent resource and a
   deleted meeting: the state is dropped. No duplicate, no loss (tests/services/sync/
   test_kill_resume.py kills real sync processes with SIGKILL).
3. **Settings.** The rule policy and the waivers, merged the same way in a resource of their
   own (:mod:`.shared_settings`).

What a sync did is its :class:`~.report.SyncReport`.
"""

from __future__ import annotations

from collections.abc import Iterable

from scheduler_app.domain import InvalidMeeting, Meeting
from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import record_to_meeting
from scheduler_app.services import editing
from scheduler_app.services.importing import ImportReport
from scheduler_app.services.references import missing_references
from scheduler_app.services.sync.client import (
    CalDavClient,
    PreconditionFailed,
    TokenExpired,
)
from scheduler_app.services.sync.merge import DELETED, Merged, fields_of, merge, take
from scheduler_app.services.sync.report import SyncReport
from scheduler_app.services.sync.resources import (
    UnreadableResource,
    href_for,
    read_resource,
    record,
    resource_text,
    sync_label,
)
from scheduler_app.services.sync.shared_settings import CODE, resolve_settings, sync_settings
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage import sync_tables as state
from scheduler_app.storage.sync_tables import SETTINGS_ID, SETTINGS_NAME, StoredConflict, SyncItem

_ROUNDS = 3
_COMMIT_EVERY = 100


def _now(db: PlanningDatabase) -> str:
    return str(db.conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now')").fetchone()[0])


def sync(db: PlanningDatabase, client: CalDavClient, *, name: str = "ITU meetings") -> SyncReport:
    """Sync ``db`` with the collection of ``client`` (made if absent); raises
    :class:`~.client.SyncError` when the server cannot be used. Conflicts are in the report."""
    url = client.url
    report = SyncReport(url)
    report.created = client.ensure_collection(name)
    if state.remote_token(db, url) is None:
        state.save_remote(db, url, "")
    since = state.synced_at(db, url)
    for _ in range(_ROUNDS):
        also = _pull(db, client, report)
        if not _push(db, client, report, since, also):
            break
    # after the meetings, as waivers name them; read on every sync, so never missed
    shared = sync_settings(db, client)
    report.settings_changes = shared.edits
    report.settings_received, report.settings_sent = shared.received, shared.sent
    state.save_remote(db, url, state.remote_token(db, url) or "", _now(db))
    report.conflicts = state.conflicts(db, url)
    return report


def unsent(db: PlanningDatabase, url: str) -> int:
    """How many meetings edited, added or deleted here the next sync would send (what an
    offline planner is waiting to send); those in conflict wait for the planner instead."""
    states = state.items(db, url)
    held = {c.meeting_id for c in state.conflicts(db, url)}
    ids = state.local_candidates(db, url, state.synced_at(db, url)) - held
    count = 0
    for m in db.meetings_by_ids(sorted(ids)):
        st = states.get(m.id)
        count += st is None or st.base != record(m)
    deleted = state.deleted_here(db, url) - held
    return count + sum(1 for mid in deleted if states[mid].etag)


# --- pull ----------------------------------------------------------------------------------------


def _pull(db: PlanningDatabase, client: CalDavClient, report: SyncReport) -> set[str]:
    """Merge what changed on the server; returns the ids whose server copy must be rewritten."""
    url = client.url
    token = state.remote_token(db, url) or ""
    try:
        listing = client.changes(token)
    except TokenExpired:
        listing = client.changes("")
    states = state.items(db, url)
    states.pop(SETTINGS_ID, None)  # the shared settings are merged on their own
    settings_href = client.href_in_collection(SETTINGS_NAME)
    listing.etags.pop(settings_href, None)
    listing.removed.discard(settings_href)
    by_href = {s.href: s for s in states.values()}
    open_ids = {c.meeting_id for c in state.conflicts(db, url)}
    recheck = {s.href for s in states.values() if s.recheck or s.meeting_id in open_ids}
    removed = set(listing.removed)
    if listing.full:
        removed |= {h for h, s in by_href.items() if s.etag and h not in listing.etags}
    wanted = {h for h, e in listing.etags.items() if (s := by_href.get(h)) is None or s.etag != e}
    fetched = client.fetch(wanted | recheck) if wanted or recheck else {}
    # A new meeting's write that never reached the server: as if never sent.
    unsent_new = [
        s for s in states.values() if s.pending is not None and not s.etag and s.href not in fetched
    ]
    if unsent_new:
        state.forget_items(db, url, [s.meeting_id for s in unsent_new])
        for s in unsent_new:
            by_href.pop(s.href, None)
            recheck.discard(s.href)
    removed |= {h for h in recheck if h not in fetched}
    # Each meeting the server changed: (state or None, remote meeting or None, etag)
    touched: dict[str, tuple[SyncItem | None, Meeting | None, str, str]] = {}
    local_ids = _ids_by_uid(db, fetched.values())
    for href, (etag, text) in fetched.items():
        try:
            remote = read_resource(text, href).meeting
        except UnreadableResource as exc:
            report.skipped.append(str(exc))
            continue
        st = _landed(by_href.get(href), remote)
        mid = st.meeting_id if st else local_ids.get(remote.uid, remote.id)
        touched[mid] = (st, remote.replace(id=mid), etag, href)
    for href in removed:
        if (st := by_href.get(href)) is not None and st.meeting_id not in touched:
            touched[st.meeting_id] = (st, None, "", href)
    if not touched:
        with db.write():
            state.save_remote(db, url, listing.token or token)
        return set()
    return _apply(db, url, touched, listing.token or token, report)


def _landed(st: SyncItem | None, remote: Meeting) -> SyncItem | None:
    """The state to merge against after a write sent but not recorded (``pending``).

    A new meeting's resource on the server is there because the write landed (no one else
    makes that name): what was sent is the base. For an update the server may hold what was
    sent, or the old version, or a colleague's since: field by field, what was sent where the
    server holds it, else the base before. Never a loss; at worst a colleague's edit just after
    the write is listed as a conflict rather than taken."""
    if st is None or st.pending is None:
        return st
    sent = st.pending
    if st.base is None:
        base = dict(sent)
    else:
        theirs, base = record(remote), {}
        for columns in fields_of({**st.base, **sent, **theirs}).values():
            took = all(theirs.get(c, "") == sent.get(c, "") for c in columns)
            base.update((c, (sent if took else st.base).get(c, "")) for c in columns)
    return SyncItem(st.meeting_id, st.href, st.etag, base, st.base_sequence, st.recheck)


def _ids_by_uid(db: PlanningDatabase, fetched: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Meeting ids by the foreign UID they were imported with (a plain client's event)."""
    rows = db.conn.execute("SELECT uid, id FROM meetings WHERE uid IS NOT NULL AND uid <> ''")
    return {str(uid): str(mid) for uid, mid in rows}


def _meeting(rec: dict[str, str], mid: str, sequence: int, uid: str) -> Meeting:
    meeting, _ = record_to_meeting({**rec, "id": mid}, sequence=sequence, uid=uid)
    return meeting


def _apply(
    db: PlanningDatabase,
    url: str,
    touched: dict[str, tuple[SyncItem | None, Meeting | None, str, str]],
    token: str,
    report: SyncReport,
) -> set[str]:
    push: set[str] = set()
    with db.write():
        local = {m.id: m for m in db.meetings_by_ids(sorted(touched))}
        open_fields: dict[str, set[str]] = {}
        for c in state.conflicts(db, url):
            open_fields.setdefault(c.meeting_id, set()).add(c.field)
        codes = {code: mid for mid, code in db.conn.execute("SELECT id, code FROM meetings")}
        imported = ImportReport(url)
        deleted: list[Meeting] = []
        new_states: list[SyncItem] = []
        gone: list[str] = []
        found: list[StoredConflict] = []
        for mid, (st, remote, etag, href) in touched.items():
            mine = local.get(mid)
            theirs_rec = record(remote) if remote is not None else None
            base = st.base if st else None
            merged = merge(
                base, record(mine) if mine else None, theirs_rec, open_fields.get(mid, ())
            )
            label = mine or remote
            if label is None:  # gone on both sides (a deletion sent but not recorded)
                gone.append(mid)
                continue
            found.extend(
                StoredConflict(mid, c.field, label.code, label.title, c.mine, c.theirs)
                for c in merged.conflicts
            )
            if merged.local is None and mine is not None and not merged.conflicts:
                deleted.append(mine)
            elif merged.local is not None and (mine is None or merged.local != record(mine)):
                try:
                    m = _written(merged, mid, mine, remote, codes, report)
                except InvalidMeeting as exc:
                    report.skipped.append(
                        translate("CommandLine", "{meeting}: not merged ({reason})").format(
                            meeting=label.label, reason=exc
                        )
                    )
                    continue
                if mine is None:
                    imported.added.append(m)
                else:
                    imported.updated.append(m)
                    imported.based_on[mid] = mine
            if remote is None and merged.remote is None and not merged.conflicts:
                gone.append(mid)
                continue
            if remote is not None and merged.remote is None and not merged.conflicts:
                push.add(mid)  # deleted here, unchanged there: the push deletes it
            elif merged.remote is not None and merged.remote != theirs_rec:
                push.add(mid)
            server_base = theirs_rec if theirs_rec is not None else merged.base
            if merged.conflicts and any(c.field == DELETED for c in merged.conflicts):
                server_base = base
            new_states.append(
                SyncItem(mid, href, etag, server_base, -1 if mid in push else _seq(mine, remote))
            )
        if imported.added or imported.updated:
            written = imported.added + imported.updated
            refs = missing_references(db, written)
            imported.new_bodies, imported.new_venues, imported.new_rooms = (
                refs.bodies,
                refs.venues,
                refs.rooms,
            )
            report.changes.append(editing.imported(db, imported, sync_label(url)))
        if deleted:
            report.changes.append(editing.delete(db, deleted))
        report.received += len(imported.added) + len(imported.updated) + len(deleted)
        # The sequences as written (imported and delete raise them).
        stored = {m.id: m.sequence for m in db.meetings_by_ids([s.meeting_id for s in new_states])}
        new_states = [
            s
            if s.base_sequence < 0 or s.meeting_id not in stored
            else SyncItem(s.meeting_id, s.href, s.etag, s.base, stored[s.meeting_id])
            for s in new_states
        ]
        state.save_items(db, url, new_states)
        state.forget_items(db, url, gone)
        state.replace_conflicts(db, url, touched, found)
        state.save_remote(db, url, token)
    return push


def _seq(mine: Meeting | None, remote: Meeting | None) -> int:
    return (mine or remote).sequence if (mine or remote) is not None else -1  # type: ignore[union-attr]


def _written(
    merged: Merged,
    mid: str,
    mine: Meeting | None,
    remote: Meeting | None,
    codes: dict[str, str],
    report: SyncReport,
) -> Meeting:
    assert merged.local is not None
    rec = dict(merged.local)
    code = rec.get("code", "")
    if code and codes.get(code, mid) != mid:
        report.skipped.append(
            translate(
                "CommandLine", "{code}: another meeting here has this code; kept without it"
            ).format(code=code)
        )
        rec["code"] = ""
    sequence = max(remote.sequence if remote else 0, (mine.sequence + 1) if mine else 0)
    uid = (mine.uid if mine else "") or (remote.uid if remote else "")
    return _meeting(rec, mid, sequence, uid)


# --- push ----------------------------------------------------------------------------------------


def _push(
    db: PlanningDatabase, client: CalDavClient, report: SyncReport, since: str, also: set[str]
) -> bool:
    """Send what changed here; True when a write met a colleague's first (pull again)."""
    url = client.url
    states = state.items(db, url)
    theirs: dict[str, dict[str, str]] = {}
    blocked: set[str] = set()
    for c in state.conflicts(db, url):
        if c.field == DELETED:
            blocked.add(c.meeting_id)
        theirs.setdefault(c.meeting_id, {})[c.field] = c.theirs
    candidates = state.local_candidates(db, url, since) | also
    local = {m.id: m for m in db.meetings_by_ids(sorted(candidates))}
    again = False
    done: list[SyncItem] = []
    sends: list[tuple[Meeting, Meeting, dict[str, str], SyncItem]] = []
    for mid, m in local.items():
        st = states.get(mid)
        if mid in blocked:
            continue
        wanted_meeting = _server_side(m, theirs.get(mid), st)
        wanted = record(wanted_meeting)
        if st is not None and st.base == wanted:
            if st.base_sequence != m.sequence:
                done.append(SyncItem(mid, st.href, st.etag, st.base, m.sequence))
            continue
        href = st.href if st else client.href_in_collection(href_for(m))
        ahead = SyncItem(
            mid, href, st.etag if st else "", st.base if st else None, -1, True, wanted
        )
        sends.append((m, wanted_meeting, wanted, ahead))
    state.save_items(db, url, done)
    for i in range(0, len(sends), _COMMIT_EVERY):
        batch = sends[i : i + _COMMIT_EVERY]
        # Written ahead of the PUTs: a sync killed between a PUT and its record leaves what
        # was being sent, so the next pull tells whether the server took it (see _landed).
        state.save_items(db, url, [ahead for *_, ahead in batch])
        done = []
        for m, wanted_meeting, wanted, ahead in batch:
            try:
                etag = client.put(ahead.href, resource_text(wanted_meeting), ahead.etag or None)
            except PreconditionFailed:
                again = True
                continue
            done.append(SyncItem(m.id, ahead.href, etag, wanted, m.sequence))
            report.sent += 1
        state.save_items(db, url, done)
    for mid in sorted(state.deleted_here(db, url) - blocked):
        st = states.get(mid)
        if st is None:
            continue
        try:
            if st.etag:
                client.delete(st.href, st.etag)
                report.sent += 1
        except PreconditionFailed:
            again = True
            continue
        state.forget_items(db, url, [mid])
    return again


def _server_side(m: Meeting, theirs: dict[str, str] | None, st: SyncItem | None) -> Meeting:
    """The meeting as the server should hold it: with the server's values of the fields in
    conflict (each side keeps its own until the planner chooses)."""
    if not theirs or st is None or st.base is None:
        return m
    rec = take(record(m), st.base, theirs)
    return _meeting(rec, m.id, m.sequence, m.uid)


# --- conflicts -----------------------------------------------------------------------------------


def resolve(db: PlanningDatabase, client: CalDavClient, code: str, keep: str) -> int:
    """Settle every conflict of the meeting with this code (or id) for ``keep`` ("mine" or
    "theirs"): the base is made to agree with the side *not* kept on those fields, so the next
    merge takes the kept side's values to the other side. The server's copy is read again
    first, so a colleague's newer edit is met as a new conflict, not written over. Returns how
    many conflicts were settled (0: the meeting has none)."""
    if keep not in ("mine", "theirs"):
        raise ValueError("keep 'mine' or 'theirs'")
    url = client.url
    if code in (CODE, SETTINGS_ID):
        return resolve_settings(db, url, keep)
    open_ = [c for c in state.conflicts(db, url) if code in (c.code, c.meeting_id)]
    if not open_:
        return 0
    mid = open_[0].meeting_id
    fields = [c.field for c in open_ if c.meeting_id == mid]
    st = state.items(db, url).get(mid)
    if st is None:
        return 0
    fetched = client.fetch([st.href])
    remote = None
    etag = st.etag
    if st.href in fetched:
        etag, text = fetched[st.href]
        remote = record(read_resource(text, st.href).meeting)
    with db.write():
        local = db.meeting(mid)
        mine = record(local) if local is not None else None
        base: dict[str, str] | None
        if DELETED in fields or mine is None or remote is None:
            kept, other = (mine, remote) if keep == "mine" else (remote, mine)
            # The kept side deleted it: the base is the other's version, so the deletion goes
            # through. The kept side has it: no base, so it is new to the other side.
            base = other if kept is None else None
        else:
            base = take(st.base or {}, remote if keep == "mine" else mine, fields)
        state.save_items(db, url, [SyncItem(mid, st.href, etag, base, -1, True)])
        state.replace_conflicts(db, url, [mid], [])
    return len(fields)
