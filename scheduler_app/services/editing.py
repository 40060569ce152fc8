"""Editing meetings: every edit is one transaction and returns what changed, so it can be undone.

The window pushes each :class:`Change` on a ``QUndoStack``; undoing it applies the change in
reverse, which is itself an edit (the meetings' SEQUENCE keeps growing, so calendars that
subscribed to an export see the undo as the newest version).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from scheduler_app.domain import Meeting, new_id
from scheduler_app.services.references import missing_references, save_references
from scheduler_app.storage import PlanningDatabase, StorageError


class EditConflict(StorageError):
    """The meeting changed in the database since it was read (another window or process)."""


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
                    f"{old.label} was changed or deleted elsewhere; reload and retry"
                )
        for new in change.after:
            if new.id not in stored and db.meeting(new.id) is not None:
                raise EditConflict(f"{new.label} already exists")
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


def create(db: PlanningDatabase, meeting: Meeting) -> Change:
    return _write(db, Change(f"Create {meeting.label}", (), (meeting.replace(sequence=0),)))


def update(db: PlanningDatabase, before: Meeting, after: Meeting, label: str = "") -> Change:
    if before.id != after.id:
        raise ValueError("an update keeps the meeting's id")
    return _write(db, Change(label or f"Edit {after.label}", (before,), (after,)))


def delete(db: PlanningDatabase, meetings: Sequence[Meeting]) -> Change:
    names = ", ".join(m.label for m in meetings[:3]) + ("…" if len(meetings) > 3 else "")
    return _write(db, Change(f"Delete {names}", tuple(meetings), ()))


def move(db: PlanningDatabase, meeting: Meeting, days: int) -> Change:
    """Move a meeting by whole days, keeping its length."""
    shift = dt.timedelta(days=days)
    after = meeting.replace(start=meeting.start + shift, end=meeting.end + shift)
    direction = "later" if days > 0 else "earlier"
    return update(db, meeting, after, f"Move {meeting.label} {abs(days)} day(s) {direction}")


def reschedule(db: PlanningDatabase, meeting: Meeting, start: dt.date, end: dt.date) -> Change:
    """Give a meeting new first and last days (a drag of the bar or of its edge)."""
    return update(db, meeting, meeting.replace(start=start, end=end), f"Reschedule {meeting.label}")


def duplicate(db: PlanningDatabase, meeting: Meeting) -> Change:
    """A copy with a new id and a code that is still free (``PP-30 copy``, ``PP-30 copy 2``...)."""
    code = ""
    if meeting.code:
        code = f"{meeting.code} copy"
        n = 2
        while db.meeting_by_code(code) is not None:
            code = f"{meeting.code} copy {n}"
            n += 1
    copy = meeting.replace(id=new_id(), code=code, uid="", sequence=0)
    return _write(db, Change(f"Duplicate {meeting.label}", (), (copy,)))


def undo(db: PlanningDatabase, change: Change) -> Change:
    """Put back what ``change`` replaced (as a new edit, so sequences keep growing)."""
    return _write(db, Change(f"Undo {change.label}", change.after, change.before))
