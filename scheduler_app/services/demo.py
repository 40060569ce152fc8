"""A synthetic but realistic ITU calendar, for benchmarks and demonstrations.

Twenty-five years of cycles from 2026: a Plenipotentiary Conference every four years in the last
quarter, Council every June with its last meeting before each PP, CWG clusters in January and
September, RA+WRC, WTSA and WTDC in their years, CPMs, RPMs, the three advisory groups, the study
groups of the three Sectors with their working parties and rapporteur groups, forums, workshops and
outside ICT events, spread over the rooms of ITU headquarters and the CICG. The same ``seed`` always
gives the same calendar.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from scheduler_app.domain import (
    Body,
    DecidedPeriod,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Room,
    Sector,
    Status,
    Venue,
)
from scheduler_app.observances.public_holidays import public_holidays
from scheduler_app.storage import PlanningDatabase, StorageError

FIRST_YEAR = 2026
YEARS = 25
_NAMESPACE = uuid.UUID("0c6a4f4e-7c39-4b1e-8f0e-6a0f3d5b2c11")

_SGS: dict[Sector, list[str]] = {
    Sector.R: ["1", "3", "4", "5", "6", "7"],
    Sector.T: ["2", "3", "5", "9", "11", "12", "13", "15", "17", "20", "21"],
    Sector.D: ["1", "2"],
}
_ADVISORY = {Sector.R: "RAG", Sector.T: "TSAG", Sector.D: "TDAG"}
_HOSTS = [
    ("Doha", "QA"),
    ("Nairobi", "KE"),
    ("Bangkok", "TH"),
    ("Buenos Aires", "AR"),
    ("Riyadh", "SA"),
    ("Tallinn", "EE"),
    ("Kuala Lumpur", "MY"),
    ("Dakar", "SN"),
    ("Mexico City", "MX"),
    ("Seoul", "KR"),
]
_EXTERNAL = [
    ("MWC Barcelona", 2, 26, "Barcelona", "ES"),
    ("GITEX Global", 10, 13, "Dubai", "AE"),
    ("Internet Governance Forum", 6, 23, "Oslo", "NO"),
    ("IETF meeting", 11, 3, "Madrid", "ES"),
]
_RG_TOPICS = [
    "connectivity",
    "security",
    "AI",
    "IoT",
    "quantum",
    "networks",
    "EMF",
    "cities",
    "accessibility",
    "spectrum",
    "broadcasting",
    "emergency",
    "economics",
]


@dataclass
class DemoCalendar:
    bodies: list[Body]
    venues: list[Venue]
    rooms: list[Room]
    meetings: list[Meeting]


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


def _monday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


class _Builder:
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

    def skeleton(self, year: int) -> None:
        yy = f"{year % 100:02d}"
        r = self.rng
        gs, rr, tt, dd = Sector.GS, Sector.R, Sector.T, Sector.D
        council_start = _monday_on_or_after(dt.date(year, 6, 8))
        self.add(
            f"C{yy}",
            f"Council {year}",
            MeetingKind.COUNCIL,
            council_start,
            10,
            gs,
            body=self.body("Council", gs),
            venue="CICG",
            room="Room 1",
            participants=900,
        )
        for month, tag in ((1, "01"), (9, "09")):
            self.add(
                f"CWG-{year}-{tag}",
                f"Council working groups, {year}-{tag} cluster",
                MeetingKind.CWG,
                _monday_on_or_after(dt.date(year, month, 12)),
                10,
                gs,
                parent=self.body("Council", gs),
                **self.hq_room(),
            )
        if (year - 2026) % 4 == 0:
            city, country = _HOSTS[(year // 4) % len(_HOSTS)]
            pp = _monday_on_or_after(dt.date(year, 10, 19))
            self.add(
                f"C{yy}-LAST",
                f"Council {year}, last meeting",
                MeetingKind.COUNCIL_EXTRA,
                pp - dt.timedelta(days=2),
                1,
                gs,
                city=city,
                country=country,
                body=self.body("Council", gs),
            )
            self.add(
                f"PP-{yy}",
                f"Plenipotentiary Conference {year}",
                MeetingKind.PP,
                pp,
                19,
                gs,
                city=city,
                country=country,
                body=self.body("PP", gs),
                participants=2500,
                decided=DecidedPeriod(dt.date(year, 10, 1), dt.date(year, 12, 31), "demo"),
            )
        if (year - 2027) % 4 == 0:
            city, country = _HOSTS[(year + 3) % len(_HOSTS)]
            ra = _monday_on_or_after(dt.date(year, 10, 18))
            self.add(
                f"RA-{yy}",
                f"Radiocommunication Assembly {year}",
                MeetingKind.RA,
                ra,
                5,
                rr,
                city=city,
                country=country,
                body=self.body("RA", rr),
            )
            self.add(
                f"WRC-{yy}",
                f"World Radiocommunication Conference {year}",
                MeetingKind.WRC,
                ra + dt.timedelta(days=7),
                26,
                rr,
                city=city,
                country=country,
                body=self.body("WRC", rr),
                participants=3500,
            )
            self.add(
                f"CPM{(year + 4) % 100:02d}-1",
                "Conference Preparatory Meeting",
                MeetingKind.CPM,
                ra + dt.timedelta(days=35),
                2,
                rr,
                city=city,
                country=country,
                parent=self.body("WRC", rr),
            )
        if (year - 2028) % 4 == 0:
            city, country = _HOSTS[(year + 5) % len(_HOSTS)]
            self.add(
                f"WTSA-{yy}",
                f"World Telecommunication Standardization Assembly {year}",
                MeetingKind.WTSA,
                _monday_on_or_after(dt.date(year, 10, 12)),
                9,
                tt,
                city=city,
                country=country,
                body=self.body("WTSA", tt),
            )
        if (year - 2029) % 4 == 0:
            city, country = _HOSTS[(year + 7) % len(_HOSTS)]
            self.add(
                f"WTDC-{yy}",
                f"World Telecommunication Development Conference {year}",
                MeetingKind.WTDC,
                _monday_on_or_after(dt.date(year, 11, 2)),
                12,
                dd,
                city=city,
                country=country,
                body=self.body("WTDC", dd),
            )
            for i, region in enumerate(("AFR", "AMS", "ARB", "ASP", "CIS", "EUR")):
                self.add(
                    f"RPM-{region}-{yy}",
                    f"Regional preparatory meeting ({region})",
                    MeetingKind.RPM,
                    _monday_on_or_after(dt.date(year, 2, 2 + 10 * i // 3)),
                    2,
                    dd,
                    city=_HOSTS[i][0],
                    country=_HOSTS[i][1],
                    body=self.body(f"RPM-{region}", dd, "WTDC"),
                )
        for sector, adv in _ADVISORY.items():
            self.add(
                f"{adv}-{year}",
                f"{adv} meeting {year}",
                MeetingKind.ADVISORY_GROUP,
                _monday_on_or_after(dt.date(year, 3 + r.randrange(3), 1 + r.randrange(20))),
                5,
                sector,
                body=self.body(adv, sector),
                **self.hq_room(),
            )
        self.add(
            f"WSIS-{year}",
            f"WSIS Forum {year}",
            MeetingKind.FORUM,
            _monday_on_or_after(dt.date(year, 5, 20)),
            5,
            gs,
            venue="CICG",
            room="Room 2",
        )
        self.add(
            f"GSR-{year}",
            f"Global Symposium for Regulators {year}",
            MeetingKind.FORUM,
            _monday_on_or_after(dt.date(year, 7, 1)),
            3,
            dd,
            city=_HOSTS[year % 10][0],
            country=_HOSTS[year % 10][1],
        )
        for name, month, day, city, country in _EXTERNAL:
            self.add(
                f"EXT-{name.split()[0].upper()}-{year}",
                f"{name} {year}",
                MeetingKind.EXTERNAL,
                dt.date(year, month, day),
                4,
                gs,
                city=city,
                country=country,
            )

    def groups(self, year: int) -> Iterator[None]:
        """Study groups, working parties, rapporteur groups and such; yields once per meeting."""
        r = self.rng
        serial = 0
        while True:
            serial += 1
            sector = r.choice(list(_SGS))
            sg = r.choice(_SGS[sector])
            prefix = {Sector.R: "ITU-R", Sector.T: "ITU-T", Sector.D: "ITU-D"}[sector]
            sg_body = self.body(f"{prefix} SG{sg}", sector, _ADVISORY[sector])
            start = _monday_on_or_after(dt.date(year, 1, 5) + dt.timedelta(days=r.randrange(340)))
            roll = r.random()
            if roll < 0.15:
                self.add(
                    f"{prefix}-SG{sg}-{year}-{serial}",
                    f"{prefix} Study Group {sg}",
                    MeetingKind.STUDY_GROUP,
                    start,
                    5 + r.randrange(6),
                    sector,
                    body=sg_body,
                    parent=_ADVISORY[sector],
                    participants=50 + r.randrange(300),
                    **self.hq_room(),
                )
            elif roll < 0.40:
                wp = f"WP{r.randrange(1, 5)}/{sg}"
                self.add(
                    f"{prefix}-{wp}-{year}-{serial}",
                    f"{prefix} Working Party {wp}",
                    MeetingKind.WORKING_PARTY,
                    start,
                    2 + r.randrange(5),
                    sector,
                    body=self.body(f"{prefix} {wp}", sector, sg_body),
                    parent=sg_body,
                    **self.hq_room(),
                )
            elif roll < 0.85:
                question = f"Q{r.randrange(1, 12)}/{sg}"
                timed = r.random() < 0.4
                times: dict[str, object] = {}
                if timed:
                    hour = r.choice([9, 14])
                    times = {
                        "start_time": dt.time(hour, 30),
                        "end_time": dt.time(hour + 3, 0),
                        "timezone": "Europe/Zurich",
                    }
                mode = r.choice([Mode.IN_PERSON, Mode.HYBRID, Mode.VIRTUAL])
                place = self.hq_room() if mode is not Mode.VIRTUAL else {"city": ""}
                self.add(
                    f"{prefix}-RG-{question}-{year}-{serial}",
                    f"{prefix} rapporteur group {question} on {r.choice(_RG_TOPICS)}",
                    MeetingKind.RAPPORTEUR_GROUP,
                    start + dt.timedelta(days=r.randrange(5)),
                    1 if timed else 1 + r.randrange(3),
                    sector,
                    body=self.body(f"{prefix} RG-{question}", sector, sg_body),
                    parent=sg_body,
                    mode=mode,
                    **times,
                    **place,
                )
            else:
                kind = r.choice([MeetingKind.WORKSHOP, MeetingKind.EXPERT_GROUP, MeetingKind.OTHER])
                what = {
                    MeetingKind.WORKSHOP: "workshop",
                    MeetingKind.EXPERT_GROUP: "expert group",
                    MeetingKind.OTHER: "information session",
                }[kind]
                self.add(
                    f"{kind.value.upper()}-{year}-{serial}",
                    f"{prefix} {what} on {r.choice(_RG_TOPICS)}",
                    kind,
                    start,
                    1 + r.randrange(3),
                    sector,
                    **self.hq_room(),
                )
            yield None


def build_demo(meetings: int, seed: int = 2026) -> DemoCalendar:
    """A calendar of exactly ``meetings`` meetings (the skeleton alone has about 40 a year)."""
    if meetings < 1:
        raise ValueError("the demo needs at least one meeting")
    b = _Builder(seed)
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        b.skeleton(year)
    b.meetings = b.meetings[:meetings]
    generators = [b.groups(y) for y in range(FIRST_YEAR, FIRST_YEAR + YEARS)]
    i = 0
    while len(b.meetings) < meetings:
        next(generators[i % YEARS])
        i += 1
    precise = [m for m in b.meetings if m.kind is MeetingKind.WTDC]
    if precise:  # the WTDC after the horizon is known only by its year, as real ones are at first
        last = precise[-1]
        b.meetings[b.meetings.index(last)] = last.replace(
            start=dt.date(last.year, 1, 1),
            end=dt.date(last.year, 12, 31),
            precision=Precision.YEAR,
            status=Status.PROPOSED,
            decided=None,
        )
    return DemoCalendar(list(b.bodies.values()), b.venues, b.rooms, b.meetings)


def write_demo(db: PlanningDatabase, meetings: int, seed: int = 2026) -> DemoCalendar:
    """Fill an empty planning database with a demo calendar, in one transaction."""
    existing = db.count_meetings()
    if existing:
        raise StorageError(f"{db.path}: already holds {existing} meetings; use a new file")
    demo = build_demo(meetings, seed)
    with db.write():
        db.save_venues(demo.venues)
        db.save_rooms(demo.rooms)
        db.save_bodies(demo.bodies)
        db.save_meetings(demo.meetings)
    return demo
