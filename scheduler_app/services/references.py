"""The bodies, venues and rooms that meetings name but the database does not know yet.

Importing a file and editing a meeting both create them with the meetings, in the same
transaction, so the foreign keys always hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from scheduler_app.domain import Body, InvalidBody, Meeting, Room, Venue
from scheduler_app.storage import PlanningDatabase


@dataclass
class NewReferences:
    bodies: list[Body] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    rooms: list[Room] = field(default_factory=list)


def missing_references(
    db: PlanningDatabase,
    meetings: Iterable[Meeting],
    on_problem: Callable[[Meeting, str, InvalidBody], None] | None = None,
) -> NewReferences:
    """What must be created for ``meetings`` to be saved. A body, venue or room that cannot exist
    (a body reporting to itself, a name with spaces around it) goes to ``on_problem`` with the
    field it came from, or raises without it."""
    bodies = {b.code for b in db.bodies()}
    venues = {v.name for v in db.venues()}
    rooms = {(r.venue, r.name) for r in db.rooms()}
    new = NewReferences()
    for m in meetings:
        field = "body"
        try:
            for code, parent in ((m.parent, ""), (m.body, m.parent)):
                if code and code not in bodies:
                    new.bodies.append(Body(code=code, parent=parent, sector=m.sector))
                    bodies.add(code)
            field = "venue"
            if m.venue and m.venue not in venues:
                new.venues.append(Venue(name=m.venue, city=m.city, country=m.country))
                venues.add(m.venue)
            field = "room"
            if m.room and (m.venue, m.room) not in rooms:
                new.rooms.append(Room(venue=m.venue, name=m.room))
                rooms.add((m.venue, m.room))
        except InvalidBody as exc:
            if on_problem is None:
                raise
            on_problem(m, field, exc)
    return new


def canonical_names(db: PlanningDatabase, meetings: Iterable[Meeting]) -> list[Meeting]:
    """The meetings with body, parent, venue and room spelt as the database already spells them
    when they differ only in case or spacing ("itu-d sg1" is ITU-D SG1): otherwise they would
    become new bodies and rooms, and the rules would not see that two meetings share them."""
    bodies = {_key(b.code): b.code for b in db.bodies()}
    venues = {_key(v.name): v.name for v in db.venues()}
    rooms = {(_key(r.venue), _key(r.name)): r.name for r in db.rooms()}
    # Each name's spelling worked out once: 20,000 meetings name a few hundred bodies and rooms,
    # and the key of each name four times a meeting was a tenth of an import.
    body_of: dict[str, str] = {}
    venue_of: dict[str, str] = {}
    room_of: dict[tuple[str, str], str] = {}
    out = []
    for m in meetings:
        venue, room, body, parent = m.venue, m.room, m.body, m.parent
        if venue:
            if (spelt := venue_of.get(venue)) is None:
                spelt = venue_of[venue] = venues.get(_key(venue), venue)
            venue = spelt
        if room:
            if (spelt := room_of.get((venue, room))) is None:
                spelt = room_of[venue, room] = rooms.get((_key(venue), _key(room)), room)
            room = spelt
        if body:
            if (spelt := body_of.get(body)) is None:
                spelt = body_of[body] = bodies.get(_key(body), body)
            body = spelt
        if parent:
            if (spelt := body_of.get(parent)) is None:
                spelt = body_of[parent] = bodies.get(_key(parent), parent)
            parent = spelt
        if (venue, room, body, parent) != (m.venue, m.room, m.body, m.parent):
            m = m.replace(venue=venue, room=room, body=body, parent=parent)
        out.append(m)
    return out


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def save_references(db: PlanningDatabase, new: NewReferences) -> None:
    with db.write():
        db.save_bodies(new.bodies)
        db.save_venues(new.venues)
        db.save_rooms(new.rooms)
