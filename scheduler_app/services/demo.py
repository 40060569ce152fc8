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
from dataclasses import dataclass

from scheduler_app.domain import (
    Body,
    DecidedPeriod,
    Meeting,
    MeetingKind,
    Precision,
    Room,
    Sector,
    Status,
    Venue,
)
from scheduler_app.services.demo_builder import FIRST_YEAR, YEARS, DemoBuilder, monday_on_or_after
from scheduler_app.services.demo_groups import ADVISORY, group_meetings
from scheduler_app.storage import PlanningDatabase, StorageError

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


@dataclass
class DemoCalendar:
    bodies: list[Body]
    venues: list[Venue]
    rooms: list[Room]
    meetings: list[Meeting]


def _skeleton(b: DemoBuilder, year: int) -> None:
    """The meetings of ``year`` that follow a cycle: Council and its working groups, the
    conferences and assemblies in their years, advisory groups, forums and outside events."""
    yy = f"{year % 100:02d}"
    r = b.rng
    gs, rr, tt, dd = Sector.GS, Sector.R, Sector.T, Sector.D
    council_start = monday_on_or_after(dt.date(year, 6, 8))
    b.add(
        f"C{yy}",
        f"Council {year}",
        MeetingKind.COUNCIL,
        council_start,
        10,
        gs,
        body=b.body("Council", gs),
        venue="CICG",
        room="Room 1",
        participants=900,
    )
    for month, tag in ((1, "01"), (9, "09")):
        b.add(
            f"CWG-{year}-{tag}",
            f"Council working groups, {year}-{tag} cluster",
            MeetingKind.CWG,
            monday_on_or_after(dt.date(year, month, 12)),
            10,
            gs,
            parent=b.body("Council", gs),
            **b.hq_room(),
        )
    if (year - 2026) % 4 == 0:
        city, country = _HOSTS[(year // 4) % len(_HOSTS)]
        pp = monday_on_or_after(dt.date(year, 10, 19))
        b.add(
            f"C{yy}-LAST",
            f"Council {year}, last meeting",
            MeetingKind.COUNCIL_EXTRA,
            pp - dt.timedelta(days=2),
            1,
            gs,
            city=city,
            country=country,
            body=b.body("Council", gs),
        )
        b.add(
            f"PP-{yy}",
            f"Plenipotentiary Conference {year}",
            MeetingKind.PP,
            pp,
            19,
            gs,
            city=city,
            country=country,
            body=b.body("PP", gs),
            participants=2500,
            decided=DecidedPeriod(dt.date(year, 10, 1), dt.date(year, 12, 31), "demo"),
        )
    if (year - 2027) % 4 == 0:
        city, country = _HOSTS[(year + 3) % len(_HOSTS)]
        ra = monday_on_or_after(dt.date(year, 10, 18))
        b.add(
            f"RA-{yy}",
            f"Radiocommunication Assembly {year}",
            MeetingKind.RA,
            ra,
            5,
            rr,
            city=city,
            country=country,
            body=b.body("RA", rr),
        )
        b.add(
            f"WRC-{yy}",
            f"World Radiocommunication Conference {year}",
            MeetingKind.WRC,
            ra + dt.timedelta(days=7),
            26,
            rr,
            city=city,
            country=country,
            body=b.body("WRC", rr),
            participants=3500,
        )
        b.add(
            f"CPM{(year + 4) % 100:02d}-1",
            "Conference Preparatory Meeting",
            MeetingKind.CPM,
            ra + dt.timedelta(days=35),
            2,
            rr,
            city=city,
            country=country,
            parent=b.body("WRC", rr),
        )
    if (year - 2028) % 4 == 0:
        city, country = _HOSTS[(year + 5) % len(_HOSTS)]
        b.add(
            f"WTSA-{yy}",
            f"World Telecommunication Standardization Assembly {year}",
            MeetingKind.WTSA,
            monday_on_or_after(dt.date(year, 10, 12)),
            9,
            tt,
            city=city,
            country=country,
            body=b.body("WTSA", tt),
        )
    if (year - 2029) % 4 == 0:
        city, country = _HOSTS[(year + 7) % len(_HOSTS)]
        b.add(
            f"WTDC-{yy}",
            f"World Telecommunication Development Conference {year}",
            MeetingKind.WTDC,
            monday_on_or_after(dt.date(year, 11, 2)),
            12,
            dd,
            city=city,
            country=country,
            body=b.body("WTDC", dd),
        )
        for i, region in enumerate(("AFR", "AMS", "ARB", "ASP", "CIS", "EUR")):
            b.add(
                f"RPM-{region}-{yy}",
                f"Regional preparatory meeting ({region})",
                MeetingKind.RPM,
                monday_on_or_after(dt.date(year, 2, 2 + 10 * i // 3)),
                2,
                dd,
                city=_HOSTS[i][0],
                country=_HOSTS[i][1],
                body=b.body(f"RPM-{region}", dd, "WTDC"),
            )
    for sector, adv in ADVISORY.items():
        b.add(
            f"{adv}-{year}",
            f"{adv} meeting {year}",
            MeetingKind.ADVISORY_GROUP,
            monday_on_or_after(dt.date(year, 3 + r.randrange(3), 1 + r.randrange(20))),
            5,
            sector,
            body=b.body(adv, sector),
            **b.hq_room(),
        )
    b.add(
        f"WSIS-{year}",
        f"WSIS Forum {year}",
        MeetingKind.FORUM,
        monday_on_or_after(dt.date(year, 5, 20)),
        5,
        gs,
        venue="CICG",
        room="Room 2",
    )
    b.add(
        f"GSR-{year}",
        f"Global Symposium for Regulators {year}",
        MeetingKind.FORUM,
        monday_on_or_after(dt.date(year, 7, 1)),
        3,
        dd,
        city=_HOSTS[year % 10][0],
        country=_HOSTS[year % 10][1],
    )
    for name, month, day, city, country in _EXTERNAL:
        b.add(
            f"EXT-{name.split()[0].upper()}-{year}",
            f"{name} {year}",
            MeetingKind.EXTERNAL,
            dt.date(year, month, day),
            4,
            gs,
            city=city,
            country=country,
        )


def build_demo(meetings: int, seed: int = 2026) -> DemoCalendar:
    """A calendar of exactly ``meetings`` meetings (the skeleton alone has about 40 a year)."""
    if meetings < 1:
        raise ValueError("the demo needs at least one meeting")
    b = DemoBuilder(seed)
    for year in range(FIRST_YEAR, FIRST_YEAR + YEARS):
        _skeleton(b, year)
    b.meetings = b.meetings[:meetings]
    generators = [group_meetings(b, y) for y in range(FIRST_YEAR, FIRST_YEAR + YEARS)]
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
