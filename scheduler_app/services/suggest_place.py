"""Another place for a meeting being suggested dates: a city, or a venue (and a room) on file.

The place decides which public holidays and weekends apply and which room bookings can clash, so
a city needs its country: it is taken from a venue on file in that city, else from a meeting held
there.
"""

from __future__ import annotations

from scheduler_app.domain import Meeting
from scheduler_app.rules.calendar import normalise
from scheduler_app.services.suggesting import Place, SuggestError
from scheduler_app.storage import PlanningDatabase


def place_in_database(
    db: PlanningDatabase,
    meeting: Meeting,
    *,
    city: str | None = None,
    venue: str | None = None,
    room: str | None = None,
) -> Place | None:
    """The place ``--city`` or ``--venue`` (with ``--room``) names, or None to keep the
    meeting's own. A venue and a room must be on file (``scheduler-app venues``)."""
    if room is not None and venue is None:
        raise SuggestError("a room is chosen within a venue: give the venue too")
    if city is not None and venue is not None:
        raise SuggestError("give a city or a venue, not both (a venue has its city)")
    if venue is not None:
        return _venue_place(db, meeting, venue, room)
    if city is not None:
        return _city_place(db, meeting, city)
    return None


def _venue_place(db: PlanningDatabase, meeting: Meeting, venue: str, room: str | None) -> Place:
    venues = {normalise(v.name): v for v in db.venues()}
    found = venues.get(normalise(venue))
    if found is None:
        known = ", ".join(sorted(v.name for v in venues.values())) or "none yet"
        raise SuggestError(f"no venue named {venue!r} is on file (known: {known})")
    room_name = ""
    if room is not None:
        rooms = {normalise(r.name): r for r in db.rooms(found.name)}
        chosen = rooms.get(normalise(room))
        if chosen is None:
            known = ", ".join(sorted(r.name for r in rooms.values())) or "none yet"
            raise SuggestError(f"{found.name} has no room named {room!r} (rooms: {known})")
        room_name = chosen.name
    city = found.city or (meeting.city if found.name == meeting.venue else "")
    country = found.country or (meeting.country if found.name == meeting.venue else "")
    return Place(city=city, country=country, venue=found.name, room=room_name)


def _city_place(db: PlanningDatabase, meeting: Meeting, city: str) -> Place:
    name = city.strip()
    if not name:
        raise SuggestError("the city is empty")
    key = normalise(name)
    if normalise(meeting.city) == key and meeting.country:
        return Place(city=meeting.city, country=meeting.country)
    for v in db.venues():
        if normalise(v.city) == key and v.country:
            return Place(city=v.city, country=v.country)
    for m in db.meetings():
        if normalise(m.city) == key and m.country:
            return Place(city=m.city, country=m.country)
    raise SuggestError(
        f"no venue is known in {name}, so its country (and its public holidays) is unknown: "
        "add one under Planning > Venues and Rooms, or with `scheduler-app venues`"
    )
