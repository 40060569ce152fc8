"""Editing the settings the rules read: venues and rooms, rule policy, observance corrections and
waivers. The window's editors and the command line both come here, one use case per change.

Each use case is one transaction and returns a :class:`~scheduler_app.services.settings_records.
SettingsEdit` (an :class:`~scheduler_app.services.editing.Undoable`): the rows it replaced and the
rows it wrote. An editor passes the rows it showed (``shown``), so that a change made meanwhile by
another window or process is refused rather than silently overwritten; the command line, which
shows nothing first, reads them in the same transaction.

Validation is the one the command line always had: :func:`~scheduler_app.services.checking.
validate_policy_value` for rule settings, the domain's own checks for venues and rooms, and
:func:`~scheduler_app.services.checking.correct_observance_on` and ``waive`` for the rest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from scheduler_app.domain import Meeting, Room, Venue
from scheduler_app.domain.dates import format_span
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules import Checker
from scheduler_app.rules.wording import counted
from scheduler_app.services import checking
from scheduler_app.services.settings_records import (
    ObservanceRow,
    PolicyRow,
    Row,
    SettingsConflict,
    SettingsEdit,
    SettingsRefused,
    WaiverRow,
    observance_rows,
    read_row,
    waived_what,
    waiver_rows,
    write,
)
from scheduler_app.storage import PlanningDatabase

__all__ = [
    "ObservanceRow",
    "PolicyRow",
    "SettingsConflict",
    "SettingsEdit",
    "SettingsRefused",
    "WaiverRow",
    "add_room",
    "add_venue",
    "correct_observance",
    "correct_observance_on",
    "delete_room",
    "delete_room_named",
    "delete_venue",
    "observance_rows",
    "observances_of_year",
    "policy_rows",
    "reset_policy",
    "restore_observance",
    "room",
    "set_policy",
    "set_room",
    "stored_waivers",
    "unwaive",
    "unwaive_rows",
    "update_room",
    "update_venue",
    "venue",
    "waive",
    "waived_what",
]


# --- venues and rooms ----------------------------------------------------------------------------


def venue(name: str, city: str = "", country: str = "", source: str = "") -> Venue:
    """A venue from what the planner typed: spaces trimmed, the country code in capitals."""
    return Venue(name.strip(), city.strip(), country.strip().upper(), source.strip())


def room(venue_name: str, name: str, capacity: int | None = None, source: str = "") -> Room:
    """A room from what the planner typed; the domain refuses a nameless one or no seats."""
    return Room(venue_name, name.strip(), capacity, source.strip())


def _unchanged(what: str) -> SettingsRefused:
    return SettingsRefused(
        translate("Messages", "Nothing to change: {what} already holds these values").format(
            what=what
        )
    )


def add_venue(db: PlanningDatabase, new: Venue) -> SettingsEdit:
    label = translate("Messages", "Add venue {venue}").format(venue=new.name)
    return write(db, SettingsEdit(label, (), (new,)))


def update_venue(db: PlanningDatabase, before: Venue, after: Venue) -> SettingsEdit:
    """Change a venue's city, country, source or name; a renamed venue keeps its rooms, and a
    venue meetings are held at keeps its name (they name it)."""
    if before == after:
        raise _unchanged(before.name)
    with db.write():
        if before.name == after.name:
            label = translate("Messages", "Edit venue {venue}").format(venue=after.name)
            return write(db, SettingsEdit(label, (before,), (after,)))
        rooms = db.rooms(before.name)
        moved = tuple(dataclasses.replace(r, venue=after.name) for r in rooms)
        label = translate("Messages", "Rename venue {venue} to {name}").format(
            venue=before.name, name=after.name
        )
        return write(db, SettingsEdit(label, (before, *rooms), (after, *moved)))


def delete_venue(db: PlanningDatabase, old: Venue) -> SettingsEdit:
    """Remove a venue and its rooms; refused while a meeting is held there."""
    with db.write():
        rooms = tuple(db.rooms(old.name))
        label = translate("Messages", "Delete venue {venue}").format(venue=old.name)
        return write(db, SettingsEdit(label, (old, *rooms), ()))


_ADD_ROOM = QT_TRANSLATE_NOOP("Messages", "Add room {room} at {venue}")
_EDIT_ROOM = QT_TRANSLATE_NOOP("Messages", "Edit room {room} at {venue}")


def _room_label(text: str, room: Room) -> str:
    """An undo label naming a room and its venue (Edit > Undo shows it)."""
    return translate("Messages", text).format(room=room.name, venue=room.venue)


def add_room(db: PlanningDatabase, new: Room) -> SettingsEdit:
    return write(db, SettingsEdit(_room_label(_ADD_ROOM, new), (), (new,)))


def update_room(db: PlanningDatabase, before: Room, after: Room) -> SettingsEdit:
    """Change a room's capacity, source or name (a room booked for meetings keeps its name)."""
    if before == after:
        raise _unchanged(
            translate("Messages", "{room} at {venue}").format(room=before.name, venue=before.venue)
        )
    if before.venue != after.venue:
        raise SettingsRefused(
            translate("Messages", "{room} stays at {venue}; add a room to the other venue").format(
                room=before.name, venue=before.venue
            )
        )
    return write(db, SettingsEdit(_room_label(_EDIT_ROOM, after), (before,), (after,)))


def delete_room(db: PlanningDatabase, old: Room) -> SettingsEdit:
    """Remove a room; refused while a meeting is booked in it."""
    label = translate("Messages", "Delete room {room} at {venue}")
    return write(db, SettingsEdit(label.format(room=old.name, venue=old.venue), (old,), ()))


def delete_room_named(db: PlanningDatabase, venue_name: str, room_name: str) -> SettingsEdit:
    """``scheduler-app venues --remove-room VENUE ROOM``."""
    with db.write():
        found = next((r for r in db.rooms(venue_name) if r.name == room_name), None)
        if found is None:
            raise SettingsRefused(
                translate("Messages", "no room {room} at venue {venue}").format(
                    room=repr(room_name), venue=repr(venue_name)
                )
            )
        return delete_room(db, found)


def set_room(
    db: PlanningDatabase,
    venue_name: str,
    room_name: str,
    *,
    capacity: int | None = None,
    city: str | None = None,
    country: str | None = None,
    source: str = "",
) -> SettingsEdit:
    """``scheduler-app venues --set-room``: add or change a room, and its venue with it (made
    when new); what is not given is kept."""
    with db.write():
        old_venue = next((v for v in db.venues() if v.name == venue_name), None)
        base = old_venue or Venue(venue_name)
        new_venue = venue(
            base.name,
            city if city is not None else base.city,
            country or base.country,
            base.source,
        )
        old_room = next((r for r in db.rooms(venue_name) if r.name == room_name), None)
        new_room = Room(
            venue_name,
            room_name,
            capacity if capacity is not None else (old_room.capacity if old_room else None),
            source or (old_room.source if old_room else ""),
        )
        before: tuple[Row, ...] = tuple(r for r in (old_venue, old_room) if r is not None)
        label = _room_label(_EDIT_ROOM if old_room else _ADD_ROOM, new_room)
        return write(db, SettingsEdit(label, before, (new_venue, new_room)))


# --- rule policy ---------------------------------------------------------------------------------


def policy_rows(db: PlanningDatabase, rule_id: str) -> dict[str, PolicyRow]:
    """The stored settings of one rule, by name (a name not here is at its default)."""
    rows = db.conn.execute("SELECT name, value FROM policy WHERE rule_id = ?", [rule_id])
    return {name: PolicyRow(rule_id, name, value) for name, value in rows}


def _setting_words(name: str, value: Any) -> str:
    shown = value if isinstance(value, str) else json.dumps(value)
    return translate("Messages", "{name} to {value}").format(name=isolate(name), value=shown)


def set_policy(
    db: PlanningDatabase,
    rule_id: str,
    values: Mapping[str, Any],
    *,
    shown: Mapping[str, PolicyRow] | None = None,
) -> SettingsEdit:
    """Give a rule new settings (``severity``, ``enabled`` or its parameters), validated as
    ``scheduler-app policy --set`` validates them, as one edit. ``shown`` is what the editor
    showed (:func:`policy_rows`); without it the stored settings are read now."""
    if not values:
        raise SettingsRefused(
            translate("Messages", "choose a setting of {rule} to change").format(rule=rule_id)
        )
    checked = {name: checking.validate_policy_value(rule_id, name, v) for name, v in values.items()}
    with db.write():
        current = dict(shown) if shown is not None else policy_rows(db, rule_id)
        before = tuple(current[n] for n in checked if n in current)
        after = tuple(PolicyRow(rule_id, n, json.dumps(v)) for n, v in checked.items())
        words = ", ".join(_setting_words(n, v) for n, v in checked.items())
        label = translate("Messages", "Set {rule} {settings}")
        return write(db, SettingsEdit(label.format(rule=rule_id, settings=words), before, after))


def reset_policy(
    db: PlanningDatabase,
    rule_id: str,
    name: str | None = None,
    *,
    shown: Mapping[str, PolicyRow] | None = None,
) -> SettingsEdit:
    """Put one setting of a rule, or all of them, back to the catalogue's default. A rule with
    no stored setting gives an edit that changes nothing (``before`` empty)."""
    from scheduler_app.rules import REGISTRY

    if rule_id not in REGISTRY:
        raise checking.PolicyError(checking.unknown_rule(rule_id))
    with db.write():
        current = dict(shown) if shown is not None else policy_rows(db, rule_id)
        if name is not None:
            if name not in current:
                raise SettingsRefused(
                    translate("Messages", "{rule} has no setting {name} to reset").format(
                        rule=rule_id, name=repr(name)
                    )
                )
            label = translate("Messages", "Reset {rule} {name}").format(rule=rule_id, name=name)
            return write(db, SettingsEdit(label, (current[name],), ()))
        label = translate("Messages", "Reset {rule} to its defaults").format(rule=rule_id)
        return write(db, SettingsEdit(label, tuple(current.values()), ()))


# --- observances ---------------------------------------------------------------------------------


def observances_of_year(db: PlanningDatabase, year: int) -> list[ObservanceRow]:
    """The stored religious periods overlapping ``year`` (computed and stored on first need)."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    checking.observances_between(db, first, last)
    return observance_rows(db, 'start <= ? AND "end" >= ?', [last.isoformat(), first.isoformat()])


def correct_observance(
    db: PlanningDatabase, shown: ObservanceRow, start: dt.date, end: dt.date
) -> SettingsEdit:
    """Correct the dates of one occurrence, as the editor showed it (limits as for
    ``scheduler-app observances --correct``: days earlier or later, not another year)."""
    with db.write():
        if read_row(db, shown) != shown:
            raise SettingsConflict(
                translate(
                    "Messages", "{observance} was changed elsewhere; reopen the editor and retry"
                ).format(observance=shown.label)
            )
        checking.correct_observance_on(db, shown.key, shown.variant, shown.start, start, end)
        after = read_row(db, shown)
        assert isinstance(after, ObservanceRow)
        # written by the service, in this same transaction: nothing else can have come between
        label = translate("Messages", "Correct {observance} to {span}").format(
            observance=shown.label, span=format_span(start, end)
        )
        return SettingsEdit(label, (shown,), (after,))


def correct_observance_on(
    db: PlanningDatabase, key: str, variant: str | None, day: dt.date, start: dt.date, end: dt.date
) -> SettingsEdit:
    """``scheduler-app observances --correct KEY DAY START END``: the occurrence covering
    ``day``."""
    with db.write():
        checking.observances_between(db, day, day)  # computed first, if need be
        where = 'key = ? AND start <= ? AND "end" >= ?'
        params: list[Any] = [key, day.isoformat(), day.isoformat()]
        if variant is not None:
            where += " AND variant = ?"
            params.append(variant)
        candidates = observance_rows(db, where, params)
        if len(candidates) != 1:  # none, or several variants: the service's message says which
            checking.correct_observance_on(db, key, variant, day, start, end)
            raise SettingsRefused(
                translate("Messages", "no single {key} observance covers {day}").format(
                    key=key, day=day
                )
            )
        return correct_observance(db, candidates[0], start, end)


def restore_observance(db: PlanningDatabase, shown: ObservanceRow) -> SettingsEdit:
    """Put a corrected occurrence back to the dates its library computes."""
    from scheduler_app.observances.religious import compute_religious

    if not shown.edited:
        raise SettingsRefused(
            translate("Messages", "{observance} already has its computed dates").format(
                observance=shown.label
            )
        )
    computed = next(
        (
            o
            for o in compute_religious(shown.anchor.year, shown.anchor.year)
            if (o.key, o.variant, o.start) == (shown.key, shown.variant, shown.anchor)
        ),
        None,
    )
    if computed is None:
        raise SettingsRefused(
            translate(
                "Messages",
                "the computed dates of {observance} can no longer be found; "
                "correct its dates instead",
            ).format(observance=shown.label)
        )
    after = dataclasses.replace(shown, start=computed.start, end=computed.end, edited=False)
    label = translate("Messages", "Restore the computed dates of {observance}").format(
        observance=shown.label
    )
    return write(db, SettingsEdit(label, (shown,), (after,)))


# --- waivers -------------------------------------------------------------------------------------


def stored_waivers(db: PlanningDatabase) -> list[WaiverRow]:
    """Every stored waiver, oldest first."""
    return waiver_rows(db)


def _probe(rule_id: str, meetings: Sequence[Meeting], subject: str) -> WaiverRow:
    """A row with the key of the waiver of ``rule_id`` on these meetings or this subject."""
    ids = tuple(sorted(m.id for m in meetings))
    return WaiverRow(rule_id, ids, "" if ids else subject.strip(), "", "", "")


def waive(
    db: PlanningDatabase,
    rule_id: str,
    meetings: Sequence[Meeting],
    reason: str,
    *,
    subject: str = "",
    checker: Checker | None = None,
) -> SettingsEdit:
    """Accept a current finding (see :func:`scheduler_app.services.checking.waive`); a waiver
    already stored for the same finding is replaced, and comes back on undo."""
    with db.write():
        old = read_row(db, _probe(rule_id, meetings, subject))
        checking.waive(db, rule_id, meetings, reason, subject=subject, checker=checker)
        new = read_row(db, _probe(rule_id, meetings, subject))
        assert isinstance(new, WaiverRow)
        # written by the service, in this same transaction: nothing else can have come between
        label = translate("Messages", "Waive {rule} for {what}").format(
            rule=rule_id, what=waived_what(db, new)
        )
        return SettingsEdit(label, (old,) if old is not None else (), (new,))


def unwaive(
    db: PlanningDatabase, rule_id: str, meetings: Sequence[Meeting], *, subject: str = ""
) -> SettingsEdit:
    """``scheduler-app unwaive``: take back the waiver of ``rule_id`` on these meetings (or on
    ``subject``); refused when there is none."""
    with db.write():
        old = read_row(db, _probe(rule_id, meetings, subject))
        if not isinstance(old, WaiverRow):
            checking.unwaive(db, rule_id, meetings, subject=subject)  # says there is none
            raise SettingsRefused(
                translate("Messages", "no waiver of {rule} to take back").format(rule=rule_id)
            )
        return unwaive_rows(db, [old])


def unwaive_rows(db: PlanningDatabase, rows: Sequence[WaiverRow]) -> SettingsEdit:
    """Take back these waivers, as the editor showed them, as one edit."""
    if not rows:
        raise SettingsRefused(translate("Messages", "select the waivers to take back"))
    if len(rows) == 1:
        label = translate("Messages", "Unwaive {rule} for {what}").format(
            rule=rows[0].rule_id, what=waived_what(db, rows[0])
        )
    else:
        label = counted(
            len(rows),
            translate("Messages", "Unwaive {n} waiver"),
            translate("Messages", "Unwaive {n} waivers"),
        )
    return write(db, SettingsEdit(label, tuple(rows), ()))
