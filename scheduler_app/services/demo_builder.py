"""The demo calendar's bookkeeping: the rooms of ITU headquarters and the CICG, which of them are
booked on which days, Geneva's public holidays, the bodies met so far and the meetings added.

:mod:`scheduler_app.services.demo` and :mod:`scheduler_app.services.demo_groups` say which
meetings to add; :meth:`DemoBuilder.add` moves a Geneva meeting off a public holiday and books it
a free room.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from scheduler_app.domain import Body, Meeting, MeetingKind, Mode, Room, Sector, Status, Venue
from scheduler_app.observances.public_holidays import public_holidays

FIRST_YEAR = 2026
YEARS = 25
_NAMESPACE = uuid.UUID("0c6a4f4e-7c39-4b1e-8f0e-6a0f3d5b2c11")


def _hq_rooms() -> tuple[list[Venue], list[Room]]:
    venues = [Venue("ITU headquarters", "Geneva", "CH"), Venue("CICG", "Geneva", "CH")]
    rooms = [Room("ITU headquarters", "Popov Room")]
    rooms += [
        Room("ITU headquarters", f"Room {c}", random.Random(c).choice([40, 80, 120, 200]))
        for c in "ABCDEFGHKLMQ"
    ]
    rooms += [
        Room("CICG", f"Room {n}", cap) for n, cap in ((1, 1800), (2, 496), (3, 108), (4, 108))
    ]
    return venues, rooms


def monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


class DemoBuilder:
    """The meetings, bodies and room bookings of one demo calendar, drawn from one ``seed``."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.meetings: list[Meeting] = []
        self.codes: set[str] = set()
        self.venues, self.rooms = _hq_rooms()
        self.bodies: dict[str, Body] = {}
        # Planners book free rooms and avoid Geneva's public holidays: so does the demo, or its
        # calendar would be a wall of clashes no real plan looks like.
        self.booked: dict[tuple[str, str], set[int]] = {
            (r.venue, r.name): set() for r in self.rooms
        }
        self.geneva_holidays = {
            d.toordinal()
            for d in public_holidays("CH", range(FIRST_YEAR, FIRST_YEAR + YEARS + 1), "GE")
            if d.weekday() < 5
        }

    def body(self, code: str, sector: Sector, parent: str = "", name: str = "") -> str:
        if code not in self.bodies:
            self.bodies[code] = Body(code, name or code, sector, parent)
        return code

    def add(
        self,
        code: str,
        title: str,
        kind: MeetingKind,
        start: dt.date,
        days: int,
        sector: Sector,
        **extra: object,
    ) -> None:
        if code in self.codes:
            return
        self.codes.add(code)
        extra.setdefault("city", "Geneva")
        extra.setdefault("country", "CH")
        if extra["city"] == "Geneva":
            for _ in range(3):
                span = range(start.toordinal(), start.toordinal() + days)
                if not self.geneva_holidays.intersection(span):
                    break
                start += dt.timedelta(days=7)
        if extra.pop("auto_room", False):
            extra.update(self._free_room(start, days))
        elif extra.get("room"):
            self.booked[(str(extra["venue"]), str(extra["room"]))].update(
                range(start.toordinal(), start.toordinal() + days)
            )
        year = start.year
        status = (
            Status.HELD
            if year < FIRST_YEAR
            else (Status.CONFIRMED if year < FIRST_YEAR + 2 else Status.TENTATIVE)
        )
        extra.setdefault("status", status)
        self.meetings.append(
            Meeting(
                id=str(uuid.uuid5(_NAMESPACE, code)),
                code=code,
                title=title,
                kind=kind,
                start=start,
                end=start + dt.timedelta(days=days - 1),
                sector=sector,
                source="scheduler-app demo (synthetic)",
                **extra,  # type: ignore[arg-type]
            )
        )

    def hq_room(self) -> dict[str, object]:
        """Ask :meth:`add` for a room free on every day of the meeting."""
        return {"auto_room": True}

    def _free_room(self, start: dt.date, days: int) -> dict[str, object]:
        span = set(range(start.toordinal(), start.toordinal() + days))
        first = self.rng.randrange(len(self.rooms))  # from a random room onwards: cheap and fair
        for room in self.rooms[first:] + self.rooms[:first]:
            taken = self.booked[(room.venue, room.name)]
            if not taken & span:
                taken |= span
                seats = room.capacity or 300
                return {
                    "venue": room.venue,
                    "room": room.name,
                    "participants": self.rng.randint(max(5, seats // 4), seats),
                }
        return {"mode": Mode.VIRTUAL, "city": ""}  # every room taken: the group meets online
