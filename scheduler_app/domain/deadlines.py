"""Deadlines and milestones computed from a meeting's dates (SOURCES.md section 3).

Each :class:`Deadline` is an :class:`~scheduler_app.domain.deadline_offsets.Offset` of the table
(:mod:`scheduler_app.domain.deadline_table`) counted from the meeting's dates under the conventions
of SOURCES.md section 1 (:mod:`scheduler_app.domain.deadline_offsets`). Meetings whose dates are
not known to the day, and cancelled meetings, get no deadlines. Pure date logic: no I/O, no clock,
no Qt.

Applicability, where the table of SOURCES.md section 3 leaves room for choice:

- The WTDC Resolution 1 rows (timetable, invitation circular, registration, contributions,
  secretariat documents, TDAG report) are ITU-D working methods, so they apply to ITU-D groups
  only: study groups and rapporteur groups of sector D, and TDAG (an ``advisory-group`` whose body
  is TDAG). ITU-T and ITU-R study groups, TSAG and RAG get none of them.
- A "block of rapporteur group meetings" is not stored as such: each ITU-D rapporteur-group
  meeting gets its deadlines from its own opening day.
- The invitation circular is owed "unless the meeting in question has been planned or scheduled in
  advance"; the calendar does not record that, so every ITU-D study-group and rapporteur-group
  meeting gets one (a planner can ignore it for a pre-scheduled meeting).
- Chair nominations (PP Resolution 208, Annex 1) are for the assemblies and conferences that
  appoint Sector group chairs: RA, WTSA and WTDC (not WRC, PP or WCIT).
- Res. 101's report is annual and goes to "the Council session": every ordinary session
  (``council``), not additional sessions or the last meeting before a PP (``council-extra``).
- Decision 5's budget data are owed only for the 2023 and 2025 ordinary sessions.
- The optional Council rows (not in the seeds; the Council 2025 and 2026 programmes follow them)
  give every ordinary session three deadlines (56, 30 and 14 days before) and the last meeting of
  a Council before a PP two (30 days for documents, 7 for contributions). That last meeting is a
  ``council-extra`` meeting closing at most :data:`LAST_MEETING_WINDOW_DAYS` days before a PP of
  the same list opens; other additional sessions get none.
- Interpretation (§ 3.5.8) is requested 45 days before ITU-D study-group and rapporteur-group
  meetings ("45 days", read as calendar days like the other 45-day deadlines).
- Draft Recommendations in all languages (§ 7.2.1) and the adoption circular (§ 7.2.3) are owed
  only when a study group means to adopt Recommendations; the calendar does not record that, so
  every ITU-D study-group meeting gets both (a planner ignores them when nothing is for adoption).
- Side events (§ 9.2) are the workshops, seminars and other events held during or around study
  group meetings: ITU-D ``workshop`` meetings, announced 45 days before their own opening.
- The contribution deadlines of study groups (45 days for translation, 12 for the last, 7 for the
  translated ones published) also apply to ITU-D working parties and expert groups (§ 10.1, "the
  same rules of procedure as for study groups") and to ITU-D regional preparatory meetings (§ 13.1,
  "the submission and processing of contributions" at "other regional and world meetings"); their
  source names the clause that extends them.
- EG-ITRs meetings are ``cwg`` meetings whose body is EG-ITRs (or whose code starts so). The
  "next meeting" is every EG-ITRs meeting after the earliest one in the list: each gets the first
  draft deadline, one month before its opening. (The seed asked for it before meeting 5 only.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

# Deadline is the type deadlines_for returns; its callers name it from here.
from scheduler_app.domain.deadline_offsets import Deadline as Deadline
from scheduler_app.domain.deadline_offsets import Offset
from scheduler_app.domain.deadline_table import (
    CHAIR_NOMINATIONS_LATEST,
    CHAIR_NOMINATIONS_PREFERRED,
    DEC5_BUDGET_DATA,
    EG_ITRS_FIRST_DRAFT,
    ITU_D_ADOPTION_CIRCULAR,
    ITU_D_CONTRIBUTIONS_LAST,
    ITU_D_CONTRIBUTIONS_PUBLISHED,
    ITU_D_CONTRIBUTIONS_TRANSLATED,
    ITU_D_DRAFT_RECOMMENDATIONS,
    ITU_D_INTERPRETATION,
    ITU_D_INVITATION,
    ITU_D_REGISTRATION,
    ITU_D_SECRETARIAT_DOCUMENTS,
    ITU_D_SIDE_EVENT,
    ITU_D_TIMETABLE,
    LAST_MEETING_ROWS,
    OTHER_GROUP_CONTRIBUTIONS,
    RES101_REPORT,
    RPM_CONTRIBUTIONS,
    TDAG_REPORT,
    WTDC_CONTRIBUTIONS,
    WTDC_CONTRIBUTIONS_PUBLISHED,
    WTDC_NEW_QUESTIONS,
    WTDC_QUESTIONS_LIST,
    WTDC_SECRETARIAT_DOCUMENTS,
    council_rows,
)
from scheduler_app.domain.kinds import MeetingKind, Precision, Sector, Status
from scheduler_app.domain.meeting import Meeting

LAST_MEETING_WINDOW_DAYS = 14
"""A ``council-extra`` meeting closing this many days or fewer before a PP opens is the Council's
last meeting before that PP (24 Sep 2022 before PP-22 on 26 Sep; 7 Nov 2026 before PP-26 on 9 Nov).
"""

DECISION_5_YEARS = frozenset({2023, 2025})
CHAIR_KINDS = frozenset({MeetingKind.RA, MeetingKind.WTSA, MeetingKind.WTDC})


# --- which meetings -------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def is_dated(m: Meeting) -> bool:
    """Day-precision and not cancelled: the meetings that get deadlines."""
    return m.precision is Precision.DAY and m.status is not Status.CANCELLED


def is_tdag(m: Meeting) -> bool:
    """TDAG: an ``advisory-group`` meeting whose body is TDAG (SOURCES.md section 1)."""
    return m.kind is MeetingKind.ADVISORY_GROUP and _norm(m.body) == "tdag"


def _itu_d(m: Meeting, kind: MeetingKind) -> bool:
    return m.kind is kind and m.sector is Sector.D


def is_itu_d_study_group(m: Meeting) -> bool:
    return _itu_d(m, MeetingKind.STUDY_GROUP)


def is_itu_d_rapporteur_group(m: Meeting) -> bool:
    return _itu_d(m, MeetingKind.RAPPORTEUR_GROUP)


def is_itu_d_other_group(m: Meeting) -> bool:
    """An ITU-D working party or expert group (the other groups of § 10.1)."""
    return _itu_d(m, MeetingKind.WORKING_PARTY) or _itu_d(m, MeetingKind.EXPERT_GROUP)


ITU_D_GROUP_KINDS = frozenset(
    {
        MeetingKind.STUDY_GROUP,
        MeetingKind.RAPPORTEUR_GROUP,
        MeetingKind.WORKING_PARTY,
        MeetingKind.EXPERT_GROUP,
        MeetingKind.ADVISORY_GROUP,
    }
)


def is_itu_d_group_meeting(m: Meeting) -> bool:
    """A meeting of the ITU-D group structure, the meetings the annual timetable covers
    (``004_2cd29aff50f41401.txt`` line 3609: "a timetable of meetings"): sector-D study groups,
    rapporteur groups, working parties, expert groups and advisory groups, and TDAG whatever its
    sector. Not the WTDC, its regional preparatory meetings, forums, workshops or other events."""
    return is_tdag(m) or (m.kind in ITU_D_GROUP_KINDS and m.sector is Sector.D)


def is_eg_itrs(m: Meeting) -> bool:
    """A meeting of the Council Expert Group on the ITRs."""
    return m.kind is MeetingKind.CWG and (
        _norm(m.body) == "eg-itrs" or m.code.casefold().startswith("eg-itrs")
    )


Applies = Callable[[Meeting], bool]

_PER_MEETING: tuple[tuple[Offset, Applies], ...] = (
    (ITU_D_INVITATION, lambda m: is_itu_d_study_group(m) or is_itu_d_rapporteur_group(m)),
    (ITU_D_REGISTRATION, is_itu_d_study_group),
    (
        ITU_D_CONTRIBUTIONS_TRANSLATED,
        lambda m: is_itu_d_study_group(m) or is_itu_d_rapporteur_group(m) or is_tdag(m),
    ),
    (
        ITU_D_CONTRIBUTIONS_LAST,
        lambda m: is_itu_d_study_group(m) or is_itu_d_rapporteur_group(m) or is_tdag(m),
    ),
    (
        ITU_D_CONTRIBUTIONS_PUBLISHED,
        lambda m: is_itu_d_study_group(m) or is_itu_d_rapporteur_group(m),
    ),
    (ITU_D_SECRETARIAT_DOCUMENTS, lambda m: is_itu_d_study_group(m) or is_tdag(m)),
    (WTDC_CONTRIBUTIONS, lambda m: m.kind is MeetingKind.WTDC),
    (WTDC_CONTRIBUTIONS_PUBLISHED, lambda m: m.kind is MeetingKind.WTDC),
    (WTDC_SECRETARIAT_DOCUMENTS, lambda m: m.kind is MeetingKind.WTDC),
    (WTDC_NEW_QUESTIONS, lambda m: m.kind is MeetingKind.WTDC),
    (WTDC_QUESTIONS_LIST, lambda m: m.kind is MeetingKind.WTDC),
    (ITU_D_INTERPRETATION, lambda m: is_itu_d_study_group(m) or is_itu_d_rapporteur_group(m)),
    (ITU_D_DRAFT_RECOMMENDATIONS, is_itu_d_study_group),
    (ITU_D_ADOPTION_CIRCULAR, is_itu_d_study_group),
    (ITU_D_SIDE_EVENT, lambda m: _itu_d(m, MeetingKind.WORKSHOP)),
    *((o, is_itu_d_other_group) for o in OTHER_GROUP_CONTRIBUTIONS),
    *((o, lambda m: _itu_d(m, MeetingKind.RPM)) for o in RPM_CONTRIBUTIONS),
    (TDAG_REPORT, is_tdag),
    (RES101_REPORT, lambda m: m.kind is MeetingKind.COUNCIL),
    (DEC5_BUDGET_DATA, lambda m: m.kind is MeetingKind.COUNCIL and m.year in DECISION_5_YEARS),
    (CHAIR_NOMINATIONS_PREFERRED, lambda m: m.kind in CHAIR_KINDS),
    (CHAIR_NOMINATIONS_LATEST, lambda m: m.kind in CHAIR_KINDS),
)


def is_last_meeting_before_pp(m: Meeting, meetings: Sequence[Meeting]) -> bool:
    """A ``council-extra`` meeting that closes 1 to :data:`LAST_MEETING_WINDOW_DAYS` days before a
    (day-precision, not cancelled) PP of ``meetings`` opens."""
    if m.kind is not MeetingKind.COUNCIL_EXTRA:
        return False
    return any(
        p.kind is MeetingKind.PP
        and is_dated(p)
        and 1 <= (p.start - m.end).days <= LAST_MEETING_WINDOW_DAYS
        for p in meetings
    )


def _timetable(meetings: Sequence[Meeting]) -> Iterator[Deadline]:
    """One deadline a year, three months before the year's first ITU-D group meeting and attached
    to it. Cancelled meetings do not count. When the earliest candidate is not dated to the day
    (a month- or year-precision meeting may come first), the year gets no deadline."""
    by_year: dict[int, list[Meeting]] = defaultdict(list)
    for m in meetings:
        if m.status is not Status.CANCELLED and is_itu_d_group_meeting(m):
            by_year[m.year].append(m)
    for year, group in by_year.items():
        first = min(group, key=lambda m: (m.start, m.precision is not Precision.DAY, m.code))
        if first.precision is Precision.DAY:
            yield ITU_D_TIMETABLE.deadline(
                first,
                anchor=f"opening of the first ITU-D meeting of {year}",
                title=f"ITU-D timetable of {year} meetings published",
            )


def _eg_itrs(meetings: Sequence[Meeting]) -> Iterator[Deadline]:
    """The first-draft deadline before each EG-ITRs meeting but the earliest (not cancelled, any
    precision), for the day-precision ones."""
    group = sorted(
        (m for m in meetings if is_eg_itrs(m) and m.status is not Status.CANCELLED),
        key=lambda m: (m.start, m.code),
    )
    for m in group[1:]:
        if m.precision is Precision.DAY:
            yield EG_ITRS_FIRST_DRAFT.deadline(m, anchor="opening of the next EG-ITRs meeting")


def deadlines_for(meetings: Sequence[Meeting]) -> list[Deadline]:
    """Every deadline of SOURCES.md section 3 for every meeting it applies to, sorted by day,
    meeting code and key. Cancelled meetings and meetings not dated to the day get none; the module
    docstring lists how each row's applicability was decided.

    >>> import datetime as dt
    >>> from scheduler_app.domain.meeting import new_id
    >>> wtdc = Meeting(new_id(), "WTDC-25", "WTDC-25", MeetingKind.WTDC,
    ...                dt.date(2025, 11, 17), dt.date(2025, 11, 28))
    >>> [(d.day.isoformat(), d.weekday) for d in deadlines_for([wtdc])][:2]
    [('2025-08-17', 'Sun'), ('2025-09-17', 'Wed')]
    """
    out: list[Deadline] = []
    for m in meetings:
        if not is_dated(m):
            continue
        out.extend(offset.deadline(m) for offset, applies in _PER_MEETING if applies(m))
        if m.kind is MeetingKind.COUNCIL:
            out.extend(offset.deadline(m) for offset in council_rows(m))
        elif is_last_meeting_before_pp(m, meetings):
            out.extend(offset.deadline(m) for offset in LAST_MEETING_ROWS)
    out.extend(_timetable(meetings))
    out.extend(_eg_itrs(meetings))
    out.sort(key=lambda d: (d.day, d.meeting_code, d.key))
    return out
