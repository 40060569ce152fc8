"""Deadlines and milestones computed from a meeting's dates (SOURCES.md section 3).

*Before* counts back from the opening day (``start``), *after* forward from the closing day
(``end``). Conventions (SOURCES.md section 1): "N months before D" subtracts calendar months and
clips to the month end (31 May minus 3 months is 28 or 29 February); a week is 7 days; days are
calendar days; a deadline that falls on a weekend is not moved (no text says so). Meetings whose
dates are not known to the day, and cancelled meetings, get no deadlines.

Pure date logic: no I/O, no clock, no Qt. Each :class:`Deadline` carries the offset in words and
the ITU text it comes from: a citation from the source registry with the quoted words and the
document's public address (:func:`scheduler_app.domain.sources.quoted`).

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

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import relativedelta

from scheduler_app.domain.dates import WEEKDAYS
from scheduler_app.domain.kinds import MeetingKind, Precision, Sector, Status
from scheduler_app.domain.meeting import Meeting
from scheduler_app.domain.sources import quoted, registry

COUNCIL_2025_PAGE = "council-2025-programme"
COUNCIL_2026_PAGE = "council-2026-programme"
"""Keys of the Council programme pages in the source registry (the optional Council rows)."""

LAST_MEETING_WINDOW_DAYS = 14
"""A ``council-extra`` meeting closing this many days or fewer before a PP opens is the Council's
last meeting before that PP (24 Sep 2022 before PP-22 on 26 Sep; 7 Nov 2026 before PP-26 on 9 Nov).
"""


Unit = Literal["calendar days", "weeks", "months"]


def months_before(day: dt.date, n: int) -> dt.date:
    """``day`` minus ``n`` calendar months, clipped to the end of a shorter month.

    >>> months_before(dt.date(2025, 5, 31), 3)
    datetime.date(2025, 2, 28)
    >>> months_before(dt.date(2028, 5, 31), 3)
    datetime.date(2028, 2, 29)
    """
    return day - relativedelta(months=n)


def months_after(day: dt.date, n: int) -> dt.date:
    """``day`` plus ``n`` calendar months, clipped to the end of a shorter month.

    >>> months_after(dt.date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    return day + relativedelta(months=n)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated deadline or milestone of one meeting.

    ``key`` is a stable slug ("wtdc-contributions"), ``title`` what a planner reads ("WTDC
    contributions due"), ``rule`` the offset in words ("opening - 21 calendar days") and
    ``source`` the ITU text it comes from, with its quoted words.
    """

    key: str
    title: str
    day: dt.date
    meeting_id: str
    meeting_code: str
    rule: str
    source: str

    @property
    def weekday(self) -> str:
        """The day of the week in English, e.g. ``Mon``; deadlines are never moved off weekends."""
        return WEEKDAYS[self.day.weekday()]


@dataclass(frozen=True, slots=True)
class _Offset:
    """A deadline ``amount`` ``unit`` before the opening (or, ``after``, after the closing)."""

    key: str
    title: str
    amount: int
    unit: Unit
    source: str
    after: bool = False

    def day_for(self, m: Meeting) -> dt.date:
        return shift(m.end if self.after else m.start, self.amount, self.unit, after=self.after)

    def words(self, anchor: str = "") -> str:
        return offset_words(
            anchor or ("closing" if self.after else "opening"),
            self.amount,
            self.unit,
            after=self.after,
        )

    def deadline(self, m: Meeting, anchor: str = "", title: str = "") -> Deadline:
        return Deadline(
            key=self.key,
            title=title or self.title,
            day=self.day_for(m),
            meeting_id=m.id,
            meeting_code=m.code,
            rule=self.words(anchor),
            source=self.source,
        )


def shift(day: dt.date, amount: int, unit: Unit, *, after: bool = False) -> dt.date:
    """``day`` moved ``amount`` units back (or forward, ``after``); months clip to the month end.

    >>> shift(dt.date(2025, 11, 17), 21, "calendar days")
    datetime.date(2025, 10, 27)
    >>> shift(dt.date(2025, 11, 28), 3, "weeks", after=True)
    datetime.date(2025, 12, 19)
    """
    if unit == "months":
        return months_after(day, amount) if after else months_before(day, amount)
    delta = dt.timedelta(days=amount * (7 if unit == "weeks" else 1))
    return day + delta if after else day - delta


def offset_words(anchor: str, amount: int, unit: Unit, *, after: bool = False) -> str:
    """The offset as a planner reads it.

    >>> offset_words("opening", 1, "months")
    'opening - 1 month'
    >>> offset_words("closing", 3, "weeks", after=True)
    'closing + 3 weeks'
    """
    word = unit[:-1] if amount == 1 else unit
    return f"{anchor} {'+' if after else '-'} {amount} {word}"


# --- the table of SOURCES.md section 3 ------------------------------------------------------------

ITU_D_TIMETABLE = _Offset(
    "itu-d-timetable",
    "ITU-D timetable of the year's meetings published",
    3,
    "months",
    quoted("wtdc-res1-3.7.4"),
)
ITU_D_INVITATION = _Offset(
    "itu-d-invitation-circular",
    "Invitation circular sent",
    3,
    "months",
    quoted("wtdc-res1-3.7.2", "wtdc-res1-3.8.4"),
)
ITU_D_REGISTRATION = _Offset(
    "itu-d-registration",
    "Registration form due",
    45,
    "calendar days",
    quoted("wtdc-res1-3.8.5"),
)
ITU_D_CONTRIBUTIONS_TRANSLATED = _Offset(
    "itu-d-contributions-for-translation",
    "Contributions due for translation",
    45,
    "calendar days",
    quoted("wtdc-res1-4.1.3.2"),
)
ITU_D_CONTRIBUTIONS_LAST = _Offset(
    "itu-d-contributions-last",
    "Last contributions due (published untranslated)",
    12,
    "calendar days",
    quoted("wtdc-res1-4.1.3.2-untranslated"),
)
ITU_D_CONTRIBUTIONS_PUBLISHED = _Offset(
    "itu-d-contributions-published",
    "Translated contributions published",
    7,
    "calendar days",
    quoted("wtdc-res1-4.2.1.1"),
)
ITU_D_SECRETARIAT_DOCUMENTS = _Offset(
    "itu-d-secretariat-documents",
    "Secretariat documents published",
    30,
    "calendar days",
    quoted("wtdc-res1-4.1.3.9"),
)
WTDC_CONTRIBUTIONS = _Offset(
    "wtdc-contributions",
    "WTDC contributions due",
    21,
    "calendar days",
    quoted("wtdc-res1-4.1.1"),
)
WTDC_CONTRIBUTIONS_PUBLISHED = _Offset(
    "wtdc-contributions-published",
    "All WTDC contributions published",
    14,
    "calendar days",
    quoted("wtdc-res1-4.1.1-published"),
)
WTDC_SECRETARIAT_DOCUMENTS = _Offset(
    "wtdc-secretariat-documents",
    "WTDC secretariat documents published",
    35,
    "calendar days",
    quoted("wtdc-res1-4.1.2"),
)
WTDC_NEW_QUESTIONS = _Offset(
    "wtdc-new-questions",
    "Proposed new ITU-D study Questions due",
    2,
    "months",
    quoted("wtdc-res1-5.1.1"),
)
WTDC_QUESTIONS_LIST = _Offset(
    "wtdc-questions-list",
    "List of proposed study Questions communicated",
    1,
    "months",
    quoted("wtdc-res1-5.2.2"),
)
ITU_D_INTERPRETATION = _Offset(
    "itu-d-interpretation",
    "Interpretation requested",
    45,
    "calendar days",
    quoted("wtdc-res1-3.5.8"),
)
ITU_D_DRAFT_RECOMMENDATIONS = _Offset(
    "itu-d-draft-recommendations",
    "Draft Recommendations available in all languages",
    4,
    "weeks",
    quoted("wtdc-res1-7.2.1"),
)
ITU_D_ADOPTION_CIRCULAR = _Offset(
    "itu-d-adoption-circular",
    "Circular on Recommendations for adoption received",
    2,
    "months",
    quoted("wtdc-res1-7.2.3"),
)
ITU_D_SIDE_EVENT = _Offset(
    "itu-d-side-event-announced",
    "Side event announced",
    45,
    "calendar days",
    quoted("wtdc-res1-9.2"),
)


def _extended(offset: _Offset, excerpt: str, clause: str) -> _Offset:
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

TDAG_REPORT = _Offset(
    "tdag-detailed-report",
    "TDAG detailed report available",
    3,
    "weeks",
    quoted("wtdc-res1-11.12"),
    after=True,
)
RES101_REPORT = _Offset(
    "res101-report",
    "Res. 101 report on IP-based networks distributed",
    1,
    "months",
    quoted("res101-instructs-sg-1"),
)
DEC5_BUDGET_DATA = _Offset(
    "dec5-budget-data",
    "Decision 5 budget data to Council",
    7,
    "weeks",
    quoted("dec5-instructs-sg-1"),
)
CHAIR_NOMINATIONS_PREFERRED = _Offset(
    "chair-nominations-preferred",
    "Chair and vice-chair candidates (preferred date)",
    3,
    "months",
    quoted("res208-annex1-1a"),
)
CHAIR_NOMINATIONS_LATEST = _Offset(
    "chair-nominations-latest",
    "Chair and vice-chair candidates (at the latest)",
    2,
    "weeks",
    quoted("res208-annex1-1a"),
)
EG_ITRS_FIRST_DRAFT = _Offset(
    "eg-itrs-first-draft",
    "EG-ITRs first draft of the final report",
    1,
    "months",
    quoted("eg-itrs-first-draft"),
)

DECISION_5_YEARS = frozenset({2023, 2025})
CHAIR_KINDS = frozenset({MeetingKind.RA, MeetingKind.WTSA, MeetingKind.WTDC})


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


def _council_rows(m: Meeting) -> list[_Offset]:
    """The optional rows for an ordinary session: 56, 30 and 14 days before it opens."""
    page = _council_page(m.year)
    return [
        _Offset(
            "council-financial-documents",
            "Council secretariat documents with serious financial implications",
            56,
            "calendar days",
            _council_source(page, "secretariat documents with serious financial implications"),
        ),
        _Offset(
            "council-secretariat-documents",
            "All Council secretariat documents",
            30,
            "calendar days",
            _council_source(page, "all secretariat documents"),
        ),
        _Offset(
            "council-contributions",
            "Member State contributions to Council",
            14,
            "calendar days",
            _council_source(page, "Member State contributions"),
        ),
    ]


LAST_MEETING_ROWS = (
    _Offset(
        "council-secretariat-documents",
        "Documents for the Council's last meeting before the PP",
        30,
        "calendar days",
        _council_source(COUNCIL_2026_PAGE, "documents for the last meeting of Council 2026"),
    ),
    _Offset(
        "council-contributions",
        "Contributions to the Council's last meeting before the PP",
        7,
        "calendar days",
        _council_source(COUNCIL_2026_PAGE, "contributions for the last meeting of Council 2026"),
    ),
)
"""The optional rows for the Council's last meeting before a PP: 30 and 7 days before."""


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

_PER_MEETING: tuple[tuple[_Offset, Applies], ...] = (
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
            out.extend(offset.deadline(m) for offset in _council_rows(m))
        elif is_last_meeting_before_pp(m, meetings):
            out.extend(offset.deadline(m) for offset in LAST_MEETING_ROWS)
    out.extend(_timetable(meetings))
    out.extend(_eg_itrs(meetings))
    out.sort(key=lambda d: (d.day, d.meeting_code, d.key))
    return out
