"""Colours by meeting kind: one table so the table, the calendar views and print agree.

Colours group related kinds (conferences in strong hues, Council in reds, Sector groups in blues
and greens, forums and outside events in greys), and never carry meaning alone: every view also
writes the kind or code.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from scheduler_app.domain import MeetingKind

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


def kind_color(kind: MeetingKind) -> QColor:
    return QColor(KIND_HEX[kind])
