"""Editing meetings: every edit is one transaction and returns what changed, so it can be undone.

The window pushes each :class:`Change` on a ``QUndoStack``; undoing it applies the change in
reverse, which is itself an edit (the meetings' SEQUENCE keeps growing, so calendars that
subscribed to an export see the undo as the newest version).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from scheduler_app.domain import (
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Status,
    new_id,
)
from scheduler_app.domain.kinds import parse_enum
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules.wording import code as coded
from scheduler_app.rules.wording import counted, joined
from scheduler_app.rules.wording import days as _days
from scheduler_app.services import edit_words
from scheduler_app.services.importing import ImportReport, apply_import_read_back
from scheduler_app.services.references import missing_references, save_references
from scheduler_app.storage import PlanningDatabase, StorageError


class EditConflict(StorageError):
    """The meeting changed in the database since it was read (another window or process)."""


class EditRefused(ValueError):
    """An edit that cannot be made as asked; the message names the meeting and what to do."""


class Undoable(Protocol):
    """What every edit returns, of meetings or of settings (venues, rule policy, observance
    corrections, waivers): a record that names itself and can write its own reverse."""

    @property
    def label(self) -> str: ...

    def undo(self, db: PlanningDatabase) -> Undoable:
        """Write the reverse of this edit as a new edit (one transaction) and return its record:
        undoing that record redoes this one."""
        ...


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit did: the meetings before (absent when created) and after (absent when
    deleted), by id, in the same order."""

    label: str
    before: tuple[Meeting, ...]
    after: tuple[Meeting, ...]

    @property
    def ids(self) -> set[str]:
        return {m.id for m in self.before} | {m.id for m in self.after}

    def undo(self, db: PlanningDatabase) -> Change:
        return undo(db, self)


def _write(db: PlanningDatabase, change: Change) -> Change:
    """Write ``change.after`` and delete what it drops, checking that ``change.before`` is what
    the database holds, all in one transaction; sequences grow by one per edit."""
    with db.write():
        stored = {m.id: m for m in db.meetings_by_ids([m.id for m in change.before])}
        for old in change.before:
            current = stored.get(old.id)
            # Sequence numbers are not compared: undo and redo raise them on every step.
            if current is None or current.replace(sequence=old.sequence) != old:
                raise EditConflict(
                    translate(
                        "Messages", "{code} was changed or deleted elsewhere; reload and retry"
                    ).format(code=coded(old))
                )
        for new in change.after:
            if new.id not in stored and db.meeting(new.id) is not None:
                raise EditConflict(
                    translate("Messages", "{code} already exists").format(code=coded(new))
                )
        _refuse_taken_codes(db, change)
        sequences = {m.id: stored[m.id].sequence for m in change.before}
        # A meeting put back after a deletion continues from the sequence it was deleted with.
        sequences.update(db.deleted_sequences([m.id for m in change.after if m.id not in stored]))
        written = tuple(
            m.replace(sequence=max(sequences.get(m.id, -1) + 1, m.sequence)) for m in change.after
        )
        save_references(db, missing_references(db, written))
        gone = {m.id for m in change.before} - {m.id for m in written}
        db.delete_meetings(sorted(gone))
        db.save_meetings(written)
    return Change(change.label, change.before, written)


def _refuse_taken_codes(db: PlanningDatabase, change: Change) -> None:
    """Refuse a change that would give a meeting a code another meeting keeps (the database's
    unique index would otherwise fail the save with SQLite's own error). A code the change takes
    from a meeting it also edits or deletes is free: the save lets those go first."""
    mine = {m.id for m in change.before} | {m.id for m in change.after}
    given: dict[str, Meeting] = {}
    for m in change.after:
        if not m.code:
            continue
        if m.code in given:
            raise EditRefused(
                translate(
                    "Messages",
                    "{code} would be the code of both {first} and {second}: choose another code",
                ).format(code=coded(m), first=_titled(given[m.code]), second=_titled(m))
            )
        given[m.code] = m
    codes = sorted(given)
    for i in range(0, len(codes), 500):  # below SQLite's limit of bound values
        part = codes[i : i + 500]
        rows = db.conn.execute(
            f"SELECT code, id FROM meetings WHERE code IN ({', '.join('?' * len(part))})", part
        )
        for code, held_by in rows:
            if held_by not in mine:
                other = db.meeting(held_by)
                raise EditRefused(
                    translate(
                        "Messages",
                        "{code} is already the code of another meeting ({other}, {span}): "
                        "choose another code",
                    ).format(
                        code=coded(given[code]),
                        other=_titled(other) if other else "",
                        span=other.span if other else "",
                    )
                )


def _titled(m: Meeting) -> str:
    """The meeting's title, kept whole inside a right-to-left sentence."""
    return isolate(m.title or m.label)


def create(db: PlanningDatabase, meeting: Meeting) -> Change:
    label = translate("Messages", "Create {code}").format(code=coded(meeting))
    return _write(db, Change(label, (), (meeting.replace(sequence=0),)))


def update(db: PlanningDatabase, before: Meeting, after: Meeting, label: str = "") -> Change:
    if before.id != after.id:
        raise ValueError("an update keeps the meeting's id")
    label = label or translate("Messages", "Edit {code}").format(code=coded(after))
    return _write(db, Change(label, (before,), (after,)))


def delete(db: PlanningDatabase, meetings: Sequence[Meeting]) -> Change:
    """ "Delete C26, PP-26 and WTDC-25", "Delete 4 meetings"."""
    label = translate("Messages", "Delete {meetings}").format(meetings=names(meetings, most=3))
    return _write(db, Change(label, tuple(meetings), ()))


def names(meetings: Sequence[Meeting], *, most: int = 2, more: bool = False) -> str:
    """How the planner's words name a few meetings: up to ``most`` by code ("PP-30", "PP-30
    and C-30", "PP-30, C-30 and RA-31"), beyond that their count ("4 meetings") or, with
    ``more``, the first ``most`` and the count of the rest ("PP-30, C-30 and 2 more", for a
    question that should show what it acts on)."""
    labels = [coded(m) for m in meetings]
    if len(labels) > most:
        if not more:
            return counted(
                len(labels),
                translate("Messages", "{n} meeting"),
                translate("Messages", "{n} meetings"),
            )
        return translate("Messages", "{first} and {n} more").format(
            first=joined(labels[:most]), n=len(labels) - most
        )
    if len(labels) > 1:
        return translate("Messages", "{first} and {last}").format(
            first=joined(labels[:-1]), last=labels[-1]
        )
    return labels[0] if labels else translate("Messages", "no meeting")


# The fields many meetings can be given at once, and the closed vocabulary of each (venue: the
# database's venues).
BULK_FIELDS: dict[str, type[StrEnum] | None] = {
    "status": Status,
    "kind": MeetingKind,
    "venue": None,
    "mode": Mode,
}


def _rebuilt(meeting: Meeting, refusal: str, words: dict[str, str], **changes: object) -> Meeting:
    """``meeting.replace(**changes)``; when the result cannot exist, a refusal naming the
    meeting: ``refusal`` (translated, with ``{code}``, ``{problem}`` and ``words``) filled in."""
    try:
        return meeting.replace(**changes)
    except InvalidMeeting as exc:
        raise EditRefused(
            refusal.format(code=coded(meeting), problem=exc.problem, **words)
        ) from exc


def set_fields(db: PlanningDatabase, meetings: Sequence[Meeting], **fields: object) -> Change:
    """Give every meeting the same status, kind, venue or mode, as one edit.

    Values may be members of the field's vocabulary or their slugs ("confirmed"). A new venue
    must be one the database knows ("" takes the venue away); the place follows it when the
    venue names its city, and a room is kept only when the new venue has a room of that name.
    Meetings that already hold the values are left out; when none is left the edit is refused.
    """
    unknown = sorted(set(fields) - set(BULK_FIELDS))
    if unknown:
        raise EditRefused(
            translate("Messages", "{fields} cannot be changed here (only {allowed})").format(
                fields=", ".join(unknown), allowed=", ".join(BULK_FIELDS)
            )
        )
    if not fields:
        raise EditRefused(translate("Messages", "choose what to change"))
    if not meetings:
        raise EditRefused(translate("Messages", "select the meetings to change"))
    values: dict[str, object] = {}
    for field, value in fields.items():
        enum = BULK_FIELDS[field]
        if enum is not None and not isinstance(value, enum):
            value = parse_enum(enum, str(value), field)
        values[field] = value
    venue = None
    rooms: set[str] = set()
    if "venue" in values:
        name = str(values["venue"]).strip()
        venue = next((v for v in db.venues() if v.name == name), None)
        if name and venue is None:
            raise EditRefused(
                translate(
                    "Messages", "{venue} is not a known venue; add it to the venues first"
                ).format(venue=isolate(repr(name)))
            )
        values["venue"] = name
        rooms = {r.name for r in db.rooms(name)} if name else set()
    words = edit_words.given(values)
    refusal = translate("Messages", "{code} cannot be changed ({changes}): {problem}")
    before, after = [], []
    for m in meetings:
        changes = dict(values)
        if venue is not None:
            if venue.city:
                changes.update(city=venue.city, country=venue.country)
            if m.room not in rooms:
                changes["room"] = ""
        elif "venue" in changes:
            changes["room"] = ""
        new = _rebuilt(m, refusal, {"changes": words}, **changes)
        if new != m:
            before.append(m)
            after.append(new)
    if not after:
        nothing = (
            translate("Messages", "Nothing to change: {meetings} already has {held}")
            if len(meetings) == 1
            else translate("Messages", "Nothing to change: {meetings} already have {held}")
        )
        raise EditRefused(nothing.format(meetings=names(meetings), held=edit_words.held(values)))
    label = translate("Messages", "Change {meetings}: {changes}").format(
        meetings=names(before), changes=words
    )
    return _write(db, Change(label, tuple(before), tuple(after)))


def move_many(db: PlanningDatabase, meetings: Sequence[Meeting], days: int) -> Change:
    """Move meetings by whole days, each keeping its length, as one edit. A meeting known only
    by its month, quarter or year cannot move by days: the planner gives it days first."""
    if days == 0:
        raise EditRefused(translate("Messages", "move the meetings by at least one day"))
    if not meetings:
        raise EditRefused(translate("Messages", "select the meetings to move"))
    shift = dt.timedelta(days=days)
    refusal = translate("Messages", "{code} cannot be moved by {days}: {problem}")
    moved_by = {"days": _days(abs(days))}
    after = []
    for m in meetings:
        why = not_movable_by_days(m)
        if why is not None:
            raise EditRefused(why)
        after.append(_rebuilt(m, refusal, moved_by, start=m.start + shift, end=m.end + shift))
    moved = (
        translate("Messages", "Move {meetings} {days} later")
        if days > 0
        else translate("Messages", "Move {meetings} {days} earlier")
    )
    label = moved.format(meetings=names(meetings), days=_days(abs(days)))
    return _write(db, Change(label, tuple(meetings), tuple(after)))


# Why a meeting known only by a period cannot move by days, one whole sentence a precision.
_NOT_MOVABLE = {
    Precision.MONTH: QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is known only by its month ({span}); give it days in Edit Meeting before "
        "moving it by days",
    ),
    Precision.QUARTER: QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is known only by its quarter ({span}); give it days in Edit Meeting before "
        "moving it by days",
    ),
    Precision.YEAR: QT_TRANSLATE_NOOP(
        "Messages",
        "{code} is known only by its year ({span}); give it days in Edit Meeting before "
        "moving it by days",
    ),
}


def not_movable_by_days(m: Meeting) -> str | None:
    """Why ``m`` cannot be moved by whole days (by a menu or a drag), in the planner's words:
    it is known only by its month, quarter or year. None when it can."""
    if m.precision is Precision.DAY:
        return None
    return translate("Messages", _NOT_MOVABLE[m.precision]).format(
        code=coded(m), span=isolate(m.span)
    )


def move(db: PlanningDatabase, meeting: Meeting, days: int) -> Change:
    """Move a meeting by whole days, keeping its length."""
    return move_many(db, [meeting], days)


def reschedule(db: PlanningDatabase, meeting: Meeting, start: dt.date, end: dt.date) -> Change:
    """Give a meeting new first and last days (a drag of the bar or of its edge)."""
    label = translate("Messages", "Reschedule {code}").format(code=coded(meeting))
    return update(db, meeting, meeting.replace(start=start, end=end), label)


def duplicate_many(db: PlanningDatabase, meetings: Sequence[Meeting]) -> Change:
    """Copies of meetings, as one edit, each made so that it raises no error at once: a new id
    and no UID (it is a new event), ``proposed``, a code that is still free (``PP-30 copy``,
    ``PP-30 copy 2``...), and no room, since the original holds the room on those days
    (VENUE-ROOM-CLASH is an error).

    A copy of a Plenipotentiary Conference still makes two PPs in one year, which
    CS47-PP-INTERVAL reports until the copy is moved.
    """
    if not meetings:
        raise EditRefused(translate("Messages", "select the meetings to duplicate"))
    taken: set[str] = set()
    copies = []
    for m in meetings:
        code = _free_code(db, m.code, taken)
        taken.add(code)
        copies.append(
            _rebuilt(
                m,
                translate("Messages", "{code} cannot be copied: {problem}"),
                {},
                id=new_id(),
                code=code,
                uid="",
                sequence=0,
                status=Status.PROPOSED,
                room="",
            )
        )
    label = translate("Messages", "Duplicate {meetings}").format(meetings=names(meetings))
    return _write(db, Change(label, (), tuple(copies)))


def _free_code(db: PlanningDatabase, code: str, taken: set[str]) -> str:
    if not code:
        return ""
    candidate, n = f"{code} copy", 2
    while candidate in taken or db.meeting_by_code(candidate) is not None:
        candidate = f"{code} copy {n}"
        n += 1
    return candidate


def duplicate(db: PlanningDatabase, meeting: Meeting) -> Change:
    """A proposed copy with a new id and a free code (see :func:`duplicate_many`)."""
    return duplicate_many(db, [meeting])


def undo(db: PlanningDatabase, change: Change) -> Change:
    """Put back what ``change`` replaced (as a new edit, so sequences keep growing)."""
    label = translate("Messages", "Undo {edit}").format(edit=change.label)
    return _write(db, Change(label, change.after, change.before))


def imported(db: PlanningDatabase, report: ImportReport, label: str) -> Change:
    """Apply a planned import (in one transaction, refused if the database changed since the
    plan) as an edit that can be undone: undo deletes the meetings it added and puts back the
    stored versions of those it updated. Bodies, venues and rooms it created stay."""
    written = {m.id: m for m in apply_import_read_back(db, report)}
    before = tuple(report.based_on[m.id] for m in report.updated if m.id in report.based_on)
    return Change(label, before, tuple(written.values()))
