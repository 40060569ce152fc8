"""The rows of the table of SOURCES.md section 3: one :class:`Offset` per deadline, with its
title, its offset from the meeting's dates and the quoted ITU text it comes from.

The WTDC Resolution 1 rows, the Council rows of PP Resolution 101 and Decision 5, the chair
nominations of PP Resolution 208 (Annex 1) and the EG-ITRs first draft, then the optional Council
rows (not in the seeds; the Council 2025 and 2026 programmes follow them), whose source is the
Council's own practice. Which meeting gets which row is decided in
:mod:`scheduler_app.domain.deadlines`.
"""

from __future__ import annotations

import dataclasses

from scheduler_app.domain.deadline_offsets import Offset
from scheduler_app.domain.meeting import Meeting
from scheduler_app.domain.sources import quoted, registry

COUNCIL_2025_PAGE = "council-2025-programme"
COUNCIL_2026_PAGE = "council-2026-programme"
"""Keys of the Council programme pages in the source registry (the optional Council rows)."""


ITU_D_TIMETABLE = Offset(
    "itu-d-timetable",
    "ITU-D timetable of the year's meetings published",
    3,
    "months",
    quoted("wtdc-res1-3.7.4"),
)
ITU_D_INVITATION = Offset(
    "itu-d-invitation-circular",
    "Invitation circular sent",
    3,
    "months",
    quoted("wtdc-res1-3.7.2", "wtdc-res1-3.8.4"),
)
ITU_D_REGISTRATION = Offset(
    "itu-d-registration",
    "Registration form due",
    45,
    "calendar days",
    quoted("wtdc-res1-3.8.5"),
)
ITU_D_CONTRIBUTIONS_TRANSLATED = Offset(
    "itu-d-contributions-for-translation",
    "Contributions due for translation",
    45,
    "calendar days",
    quoted("wtdc-res1-4.1.3.2"),
)
ITU_D_CONTRIBUTIONS_LAST = Offset(
    "itu-d-contributions-last",
    "Last contributions due (published untranslated)",
    12,
    "calendar days",
    quoted("wtdc-res1-4.1.3.2-untranslated"),
)
ITU_D_CONTRIBUTIONS_PUBLISHED = Offset(
    "itu-d-contributions-published",
    "Translated contributions published",
    7,
    "calendar days",
    quoted("wtdc-res1-4.2.1.1"),
)
ITU_D_SECRETARIAT_DOCUMENTS = Offset(
    "itu-d-secretariat-documents",
    "Secretariat documents published",
    30,
    "calendar days",
    quoted("wtdc-res1-4.1.3.9"),
)
WTDC_CONTRIBUTIONS = Offset(
    "wtdc-contributions",
    "WTDC contributions due",
    21,
    "calendar days",
    quoted("wtdc-res1-4.1.1"),
)
WTDC_CONTRIBUTIONS_PUBLISHED = Offset(
    "wtdc-contributions-published",
    "All WTDC contributions published",
    14,
    "calendar days",
    quoted("wtdc-res1-4.1.1-published"),
)
WTDC_SECRETARIAT_DOCUMENTS = Offset(
    "wtdc-secretariat-documents",
    "WTDC secretariat documents published",
    35,
    "calendar days",
    quoted("wtdc-res1-4.1.2"),
)
WTDC_NEW_QUESTIONS = Offset(
    "wtdc-new-questions",
    "Proposed new ITU-D study Questions due",
    2,
    "months",
    quoted("wtdc-res1-5.1.1"),
)
WTDC_QUESTIONS_LIST = Offset(
    "wtdc-questions-list",
    "List of proposed study Questions communicated",
    1,
    "months",
    quoted("wtdc-res1-5.2.2"),
)
ITU_D_INTERPRETATION = Offset(
    "itu-d-interpretation",
    "Interpretation requested",
    45,
    "calendar days",
    quoted("wtdc-res1-3.5.8"),
)
ITU_D_DRAFT_RECOMMENDATIONS = Offset(
    "itu-d-draft-recommendations",
    "Draft Recommendations available in all languages",
    4,
    "weeks",
    quoted("wtdc-res1-7.2.1"),
)
ITU_D_ADOPTION_CIRCULAR = Offset(
    "itu-d-adoption-circular",
    "Circular on Recommendations for adoption received",
    2,
    "months",
    quoted("wtdc-res1-7.2.3"),
)
ITU_D_SIDE_EVENT = Offset(
    "itu-d-side-event-announced",
    "Side event announced",
    45,
    "calendar days",
    quoted("wtdc-res1-9.2"),
)


def _extended(offset: Offset, excerpt: str, clause: str) -> Offset:
    """A study-group contribution deadline (quoting ``excerpt``) applied to other groups by
    ``clause``: the same key, title and offset, with the clause that extends it quoted too."""
    return dataclasses.replace(offset, source=quoted(excerpt, clause))


CONTRIBUTION_ROWS = (
    (ITU_D_CONTRIBUTIONS_TRANSLATED, "wtdc-res1-4.1.3.2"),
    (ITU_D_CONTRIBUTIONS_LAST, "wtdc-res1-4.1.3.2-untranslated"),
    (ITU_D_CONTRIBUTIONS_PUBLISHED, "wtdc-res1-4.2.1.1"),
)
OTHER_GROUP_CONTRIBUTIONS = tuple(_extended(o, x, "wtdc-res1-10.1") for o, x in CONTRIBUTION_ROWS)
"""The contribution deadlines for ITU-D working parties and expert groups (§ 10.1)."""
RPM_CONTRIBUTIONS = tuple(_extended(o, x, "wtdc-res1-13.1") for o, x in CONTRIBUTION_ROWS)
"""The contribution deadlines for ITU-D regional preparatory meetings (§ 13.1)."""

TDAG_REPORT = Offset(
    "tdag-detailed-report",
    "TDAG detailed report available",
    3,
    "weeks",
    quoted("wtdc-res1-11.12"),
    after=True,
)
RES101_REPORT = Offset(
    "res101-report",
    "Res. 101 report on IP-based networks distributed",
    1,
    "months",
    quoted("res101-instructs-sg-1"),
)
DEC5_BUDGET_DATA = Offset(
    "dec5-budget-data",
    "Decision 5 budget data to Council",
    7,
    "weeks",
    quoted("dec5-instructs-sg-1"),
)
CHAIR_NOMINATIONS_PREFERRED = Offset(
    "chair-nominations-preferred",
    "Chair and vice-chair candidates (preferred date)",
    3,
    "months",
    quoted("res208-annex1-1a"),
)
CHAIR_NOMINATIONS_LATEST = Offset(
    "chair-nominations-latest",
    "Chair and vice-chair candidates (at the latest)",
    2,
    "weeks",
    quoted("res208-annex1-1a"),
)
EG_ITRS_FIRST_DRAFT = Offset(
    "eg-itrs-first-draft",
    "EG-ITRs first draft of the final report",
    1,
    "months",
    quoted("eg-itrs-first-draft"),
)


def _council_page(year: int) -> tuple[str, ...]:
    if year == 2025:
        return (COUNCIL_2025_PAGE,)
    if year == 2026:
        return (COUNCIL_2026_PAGE,)
    return (COUNCIL_2025_PAGE, COUNCIL_2026_PAGE)


def _council_source(pages: str | tuple[str, ...], what: str) -> str:
    """An optional Council row: the Council's own practice, which no ITU text sets."""
    docs = [registry().documents[p] for p in ((pages,) if isinstance(pages, str) else pages)]
    named = " and ".join(f"{d.short} ({d.url})" for d in docs)
    return f"{named}: {what} (the Council's practice; no ITU resolution sets this date)"


def council_rows(m: Meeting) -> list[Offset]:
    """The optional rows for an ordinary session: 56, 30 and 14 days before it opens."""
    page = _council_page(m.year)
    return [
        Offset(
            "council-financial-documents",
            "Council secretariat documents with serious financial implications",
            56,
            "calendar days",
            _council_source(page, "secretariat documents with serious financial implications"),
        ),
        Offset(
            "council-secretariat-documents",
            "All Council secretariat documents",
            30,
            "calendar days",
            _council_source(page, "all secretariat documents"),
        ),
        Offset(
            "council-contributions",
            "Member State contributions to Council",
            14,
            "calendar days",
            _council_source(page, "Member State contributions"),
        ),
    ]


LAST_MEETING_ROWS = (
    Offset(
        "council-secretariat-documents",
        "Documents for the Council's last meeting before the PP",
        30,
        "calendar days",
        _council_source(COUNCIL_2026_PAGE, "documents for the last meeting of Council 2026"),
    ),
    Offset(
        "council-contributions",
        "Contributions to the Council's last meeting before the PP",
        7,
        "calendar days",
        _council_source(COUNCIL_2026_PAGE, "contributions for the last meeting of Council 2026"),
    ),
)
"""The optional rows for the Council's last meeting before a PP: 30 and 7 days before."""
