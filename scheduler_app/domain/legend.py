"""How meetings look, on screen and on paper: colours by kind, marks by status, lanes by group.

One table for every face of the planner, so a colour means the same on the screen, in the PDF and
on a grey-scale copy (where the status marks and the printed codes carry the meaning instead).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scheduler_app.domain.kinds import CONFERENCE_KINDS, MeetingKind, Sector, Status
from scheduler_app.domain.meeting import Meeting

KIND_HEX: dict[MeetingKind, str] = {
    MeetingKind.PP: "#7b1fa2",
    MeetingKind.COUNCIL: "#c62828",
    MeetingKind.COUNCIL_EXTRA: "#ef9a9a",
    MeetingKind.CWG: "#ad1457",
    MeetingKind.WTDC: "#2e7d32",
    MeetingKind.WTSA: "#1565c0",
    MeetingKind.WRC: "#e65100",
    MeetingKind.RA: "#f9a825",
    MeetingKind.WCIT: "#4e342e",
    MeetingKind.CPM: "#ffb74d",
    MeetingKind.RPM: "#81c784",
    MeetingKind.ADVISORY_GROUP: "#00838f",
    MeetingKind.STUDY_GROUP: "#1e88e5",
    MeetingKind.WORKING_PARTY: "#64b5f6",
    MeetingKind.RAPPORTEUR_GROUP: "#4db6ac",
    MeetingKind.EXPERT_GROUP: "#9575cd",
    MeetingKind.FORUM: "#8d6e63",
    MeetingKind.WORKSHOP: "#a1887f",
    MeetingKind.EXTERNAL: "#757575",
    MeetingKind.OTHER: "#b0bec5",
}

OBSERVANCE_HEX = "#fff3c4"  # religious periods: a pale band behind the meetings
HOLIDAY_HEX = "#ffe0b2"
WEEKEND_HEX = "#eeeeee"
DECIDED_HEX = "#d1c4e9"  # Resolution 77 decided periods, drawn behind what they constrain
LAST_QUARTER_HEX = "#f3e5f5"


def text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` ("#rrggbb")."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def status_mark(status: Status) -> str:
    """The pattern that tells a status without colour: "" (solid), "hatch" or "cross"."""
    if status is Status.CANCELLED:
        return "cross"
    if status in (Status.PROPOSED, Status.TENTATIVE):
        return "hatch"
    return ""


@dataclass(frozen=True, slots=True)
class Lane:
    """A band of the cycle chart and timeline: which meetings it holds."""

    key: str
    title: str
    kinds: frozenset[MeetingKind] = frozenset()
    sector: Sector | None = None

    def holds(self, m: Meeting) -> bool:
        if self.sector is not None:
            return m.sector is self.sector and m.kind not in _SEPARATE
        return m.kind in self.kinds


_COUNCIL = frozenset({MeetingKind.COUNCIL, MeetingKind.COUNCIL_EXTRA, MeetingKind.CWG})
_CONFERENCES = frozenset(CONFERENCE_KINDS | {MeetingKind.CPM, MeetingKind.RPM})
_EVENTS = frozenset({MeetingKind.FORUM, MeetingKind.WORKSHOP})
_SEPARATE = _COUNCIL | _CONFERENCES | _EVENTS | {MeetingKind.EXTERNAL}

LANES: tuple[Lane, ...] = (
    Lane("conferences", "Conferences and assemblies", _CONFERENCES),
    Lane("council", "Council and CWGs", _COUNCIL),
    Lane("itu-r", "ITU-R groups", sector=Sector.R),
    Lane("itu-t", "ITU-T groups", sector=Sector.T),
    Lane("itu-d", "ITU-D groups", sector=Sector.D),
    Lane("events", "Forums and workshops", _EVENTS),
    Lane("external", "Outside ICT events", frozenset({MeetingKind.EXTERNAL})),
    Lane("other", "Other"),
)


def lane_of(m: Meeting, lanes: Sequence[Lane] = LANES) -> Lane:
    """The first lane that holds the meeting; "Other" for the rest."""
    for lane in lanes[:-1]:
        if lane.holds(m):
            return lane
    return lanes[-1]
