"""The names of the planner's closed vocabularies (kinds, Sectors, statuses, modes) as the window
shows them, in the window's language.

The domain's slugs never change (JSON, CSV and the rule catalogue rely on them) and its English
labels stay what the headless code prints; here each English label is listed once where
``pyside6-lupdate`` finds it, and looked up in the installed translation when shown.
``tests/ui/test_i18n_vocabulary.py`` keeps these lists equal to the domain's labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.domain.kinds import Mode
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

KIND_NAMES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Plenipotentiary Conference"),
    QT_TRANSLATE_NOOP("Vocabulary", "Council (ordinary session)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Council (additional or last meeting)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Council working group / expert group"),
    QT_TRANSLATE_NOOP("Vocabulary", "World Telecommunication Development Conference"),
    QT_TRANSLATE_NOOP("Vocabulary", "World Telecommunication Standardization Assembly"),
    QT_TRANSLATE_NOOP("Vocabulary", "World Radiocommunication Conference"),
    QT_TRANSLATE_NOOP("Vocabulary", "Radiocommunication Assembly"),
    QT_TRANSLATE_NOOP("Vocabulary", "World Conference on International Telecommunications"),
    QT_TRANSLATE_NOOP("Vocabulary", "Conference Preparatory Meeting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Regional preparatory meeting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Advisory group"),
    QT_TRANSLATE_NOOP("Vocabulary", "Study group"),
    QT_TRANSLATE_NOOP("Vocabulary", "Working party"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rapporteur group"),
    QT_TRANSLATE_NOOP("Vocabulary", "Expert group"),
    QT_TRANSLATE_NOOP("Vocabulary", "Forum"),
    QT_TRANSLATE_NOOP("Vocabulary", "Workshop"),
    QT_TRANSLATE_NOOP("Vocabulary", "Outside ICT event"),
    QT_TRANSLATE_NOOP("Vocabulary", "Other"),
)
# The short forms of table cells; the acronyms (PP, WTDC, WRC...) are the Union's own in every
# language, as in its documents, so only the worded ones are translated.
KIND_SHORT_NAMES = (
    QT_TRANSLATE_NOOP("Vocabulary", "Council"),
    QT_TRANSLATE_NOOP("Vocabulary", "Council (extra)"),
    QT_TRANSLATE_NOOP("Vocabulary", "CWG / Council EG"),
    QT_TRANSLATE_NOOP("Vocabulary", "Outside event"),
)
SECTOR_NAMES: dict[Sector, str] = {
    Sector.GS: QT_TRANSLATE_NOOP("Vocabulary", "General Secretariat"),
    Sector.R: "ITU-R",
    Sector.T: "ITU-T",
    Sector.D: "ITU-D",
}
STATUS_NAMES: dict[Status, str] = {
    Status.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    Status.TENTATIVE: QT_TRANSLATE_NOOP("Vocabulary", "Tentative"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Vocabulary", "Confirmed"),
    Status.HELD: QT_TRANSLATE_NOOP("Vocabulary", "Held"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
}
MODE_NAMES: dict[Mode, str] = {
    Mode.IN_PERSON: QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    Mode.VIRTUAL: QT_TRANSLATE_NOOP("Vocabulary", "Virtual"),
    Mode.HYBRID: QT_TRANSLATE_NOOP("Vocabulary", "Hybrid"),
}

# Texts that other modules hand to ``tr()`` from a variable, which lupdate cannot read: the views
# (screen/periods.VIEWS, ui/calendar_pane.VIEW_NAMES), the print layouts (printing/job.TITLES),
# the database file filter (ui/file_actions) and the sync conflicts' columns
# (ui/shared_calendar_dialog). The translator finds a text under any context.
PASSED_TEXTS = (
    QT_TRANSLATE_NOOP("Vocabulary", "&Agenda"),
    QT_TRANSLATE_NOOP("Vocabulary", "&Year Planner"),
    QT_TRANSLATE_NOOP("Vocabulary", "&Cycle Timeline"),
    QT_TRANSLATE_NOOP("Vocabulary", "&Month"),
    QT_TRANSLATE_NOOP("Vocabulary", "&Week"),
    QT_TRANSLATE_NOOP("Vocabulary", "&Day"),
    QT_TRANSLATE_NOOP("Vocabulary", "Year planner"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cycle timeline"),
    QT_TRANSLATE_NOOP("Vocabulary", "Month"),
    QT_TRANSLATE_NOOP("Vocabulary", "Week"),
    QT_TRANSLATE_NOOP("Vocabulary", "Day"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cycle chart"),
    QT_TRANSLATE_NOOP("Vocabulary", "Quarter timetable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Month timetable"),
    QT_TRANSLATE_NOOP("Vocabulary", "Month calendar"),
    QT_TRANSLATE_NOOP("Vocabulary", "Meeting list"),
    QT_TRANSLATE_NOOP("Vocabulary", "Deadlines checklist"),
    QT_TRANSLATE_NOOP("Vocabulary", "Changes between two calendars"),
    QT_TRANSLATE_NOOP("Vocabulary", "Planning databases (*.sqlite *.db)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
    QT_TRANSLATE_NOOP("Vocabulary", "Field"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mine"),
    QT_TRANSLATE_NOOP("Vocabulary", "Theirs"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: MeetingKind) -> str:
    """ "Study group", "Commission d'études", "研究组"..."""
    return _tr(kind.label)


def kind_short_name(kind: MeetingKind) -> str:
    """The compact name of table cells: "WTDC", "Council", "Conseil"."""
    return _tr(kind.short_label)


def sector_name(sector: Sector | None) -> str:
    return _tr(SECTOR_NAMES[sector]) if sector is not None else ""


def status_name(status: Status) -> str:
    return _tr(STATUS_NAMES[status])


def mode_name(mode: Mode) -> str:
    return _tr(MODE_NAMES[mode])


__all__ = [
    "KIND_NAMES",
    "KIND_SHORT_NAMES",
    "MODE_NAMES",
    "SECTOR_NAMES",
    "STATUS_NAMES",
    "kind_name",
    "kind_short_name",
    "mode_name",
    "sector_name",
    "status_name",
]
