"""The closed vocabularies of the planner: meeting kinds, Sectors, modes, statuses, date precisions.

The slugs are a contract: scripts, the CSV interchange format and the rule catalogue
(``shared/SOURCES.md``, section 1, "Meeting kinds") rely on them, so never rename one.
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import TypeVar

from scheduler_app.domain.errors import quoted
from scheduler_app.i18n import translate


class MeetingKind(StrEnum):
    """What kind of meeting this is; decides which rules apply to it."""

    PP = "pp"
    COUNCIL = "council"
    COUNCIL_EXTRA = "council-extra"
    CWG = "cwg"
    WTDC = "wtdc"
    WTSA = "wtsa"
    WRC = "wrc"
    RA = "ra"
    WCIT = "wcit"
    CPM = "cpm"
    RPM = "rpm"
    ADVISORY_GROUP = "advisory-group"
    STUDY_GROUP = "study-group"
    WORKING_PARTY = "working-party"
    RAPPORTEUR_GROUP = "rapporteur-group"
    EXPERT_GROUP = "expert-group"
    FORUM = "forum"
    WORKSHOP = "workshop"
    EXTERNAL = "external"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The name a planner reads in a list or a legend."""
        return KIND_LABELS[self]

    @property
    def short_label(self) -> str:
        """A compact name for table cells and chart legends: "WTDC", "Rapporteur group"."""
        return KIND_SHORT_LABELS.get(self) or self.label

    @property
    def is_conference(self) -> bool:
        """Conferences and assemblies (CONF in SOURCES.md): PP, WRC, RA, WTSA, WTDC, WCIT."""
        return self in CONFERENCE_KINDS


KIND_LABELS: dict[MeetingKind, str] = {
    MeetingKind.PP: "Plenipotentiary Conference",
    MeetingKind.COUNCIL: "Council (ordinary session)",
    MeetingKind.COUNCIL_EXTRA: "Council (additional or last meeting)",
    MeetingKind.CWG: "Council working group / expert group",
    MeetingKind.WTDC: "World Telecommunication Development Conference",
    MeetingKind.WTSA: "World Telecommunication Standardization Assembly",
    MeetingKind.WRC: "World Radiocommunication Conference",
    MeetingKind.RA: "Radiocommunication Assembly",
    MeetingKind.WCIT: "World Conference on International Telecommunications",
    MeetingKind.CPM: "Conference Preparatory Meeting",
    MeetingKind.RPM: "Regional preparatory meeting",
    MeetingKind.ADVISORY_GROUP: "Advisory group",
    MeetingKind.STUDY_GROUP: "Study group",
    MeetingKind.WORKING_PARTY: "Working party",
    MeetingKind.RAPPORTEUR_GROUP: "Rapporteur group",
    MeetingKind.EXPERT_GROUP: "Expert group",
    MeetingKind.FORUM: "Forum",
    MeetingKind.WORKSHOP: "Workshop",
    MeetingKind.EXTERNAL: "Outside ICT event",
    MeetingKind.OTHER: "Other",
}

KIND_SHORT_LABELS: dict[MeetingKind, str] = {
    MeetingKind.PP: "PP",
    MeetingKind.COUNCIL: "Council",
    MeetingKind.COUNCIL_EXTRA: "Council (extra)",
    MeetingKind.CWG: "CWG / Council EG",
    MeetingKind.WTDC: "WTDC",
    MeetingKind.WTSA: "WTSA",
    MeetingKind.WRC: "WRC",
    MeetingKind.RA: "RA",
    MeetingKind.WCIT: "WCIT",
    MeetingKind.CPM: "CPM",
    MeetingKind.RPM: "RPM",
    MeetingKind.EXTERNAL: "Outside event",
}

CONFERENCE_KINDS: frozenset[MeetingKind] = frozenset(
    {
        MeetingKind.PP,
        MeetingKind.WRC,
        MeetingKind.RA,
        MeetingKind.WTSA,
        MeetingKind.WTDC,
        MeetingKind.WCIT,
    }
)


class Sector(StrEnum):
    """GS is the General Secretariat (PP, Council, CWGs); R, T and D are the three Sectors."""

    GS = "GS"
    R = "R"
    T = "T"
    D = "D"


class Mode(StrEnum):
    IN_PERSON = "in-person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class Status(StrEnum):
    PROPOSED = "proposed"
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"


class Precision(StrEnum):
    """How exactly the dates are known.

    A meeting known only as "WTDC, 2029" has precision ``year`` and spans the whole of 2029; rules
    that need days skip it (SOURCES.md section 1, "Conventions").
    """

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


E = TypeVar("E", bound=StrEnum)


@functools.cache
def _lookup(enum: type[E]) -> dict[str, E]:
    return {member.value.lower(): member for member in enum}


def parse_enum(enum: type[E], value: str, field: str) -> E:
    """Read ``value`` as a member of ``enum`` or raise ``ValueError`` naming the allowed values.

    >>> parse_enum(MeetingKind, "WTDC", "kind")
    <MeetingKind.WTDC: 'wtdc'>
    """
    found: E | None = _lookup(enum).get(value.strip().lower())
    if found is not None:
        return found
    allowed = ", ".join(m.value for m in enum)
    raise ValueError(
        translate("Messages", "unknown {field} {value} (expected one of: {allowed})").format(
            field=field, value=quoted(value), allowed=allowed
        )
    )
