"""The demo calendar's group meetings: study groups of the three Sectors with their working parties
and rapporteur groups, workshops, expert groups and information sessions, on random days of a year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from scheduler_app.domain import MeetingKind, Mode, Sector
from scheduler_app.services.demo_builder import DemoBuilder, monday_on_or_after

SGS: dict[Sector, list[str]] = {
    Sector.R: ["1", "3", "4", "5", "6", "7"],
    Sector.T: ["2", "3", "5", "9", "11", "12", "13", "15", "17", "20", "21"],
    Sector.D: ["1", "2"],
}
ADVISORY = {Sector.R: "RAG", Sector.T: "TSAG", Sector.D: "TDAG"}
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


def group_meetings(b: DemoBuilder, year: int) -> Iterator[None]:
    """Study groups, working parties, rapporteur groups and such; yields once per meeting."""
    r = b.rng
    serial = 0
    while True:
        serial += 1
        sector = r.choice(list(SGS))
        sg = r.choice(SGS[sector])
        prefix = {Sector.R: "ITU-R", Sector.T: "ITU-T", Sector.D: "ITU-D"}[sector]
        sg_body = b.body(f"{prefix} SG{sg}", sector, ADVISORY[sector])
        start = monday_on_or_after(dt.date(year, 1, 5) + dt.timedelta(days=r.randrange(340)))
        roll = r.random()
        if roll < 0.15:
            b.add(
                f"{prefix}-SG{sg}-{year}-{serial}",
                f"{prefix} Study Group {sg}",
                MeetingKind.STUDY_GROUP,
                start,
                5 + r.randrange(6),
                sector,
                body=sg_body,
                parent=ADVISORY[sector],
                participants=50 + r.randrange(300),
                **b.hq_room(),
            )
        elif roll < 0.40:
            wp = f"WP{r.randrange(1, 5)}/{sg}"
            b.add(
                f"{prefix}-{wp}-{year}-{serial}",
                f"{prefix} Working Party {wp}",
                MeetingKind.WORKING_PARTY,
                start,
                2 + r.randrange(5),
                sector,
                body=b.body(f"{prefix} {wp}", sector, sg_body),
                parent=sg_body,
                **b.hq_room(),
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
            place = b.hq_room() if mode is not Mode.VIRTUAL else {"city": ""}
            b.add(
                f"{prefix}-RG-{question}-{year}-{serial}",
                f"{prefix} rapporteur group {question} on {r.choice(_RG_TOPICS)}",
                MeetingKind.RAPPORTEUR_GROUP,
                start + dt.timedelta(days=r.randrange(5)),
                1 if timed else 1 + r.randrange(3),
                sector,
                body=b.body(f"{prefix} RG-{question}", sector, sg_body),
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
            b.add(
                f"{kind.value.upper()}-{year}-{serial}",
                f"{prefix} {what} on {r.choice(_RG_TOPICS)}",
                kind,
                start,
                1 + r.randrange(3),
                sector,
                **b.hq_room(),
            )
        yield None
