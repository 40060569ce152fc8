"""When TDAG and the other Sectors' advisory groups meet (WTDC Resolution 1, § 11.6).

Quotes from the WTDC-25 report, by key of the source registry. That TDAG keeps apart from the
study groups (the same clause) is WTDC1-TDAG-WITH-SG, with the other ITU-D rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import pairwise

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days, normalise
from scheduler_app.rules.facts import dates, days
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, rule
from scheduler_app.rules.params import Param


@rule(
    id="WTDC1-TDAG-ANNUAL",
    title=QT_TRANSLATE_NOOP("Rules", "TDAG meets every year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Every year from the first to the last TDAG meeting on the calendar has at least one "
        "TDAG meeting (an advisory group meeting whose body is TDAG). A meeting counts for the "
        "year it opens in, so a meeting known only by its month or its year still counts. "
        "Years before the first and after the last TDAG meeting on the calendar are not "
        "judged: they are not planned yet. A year without TDAG is one warning about that year.",
    ),
    severity=Severity.WARNING,
    quote="TDAG meetings should take place at least once a year.",
    cites=("wtdc-res1-11.6",),
    params=[
        Param(
            "body",
            "TDAG",
            str,
            doc=QT_TRANSLATE_NOOP("Parameters", "the body whose meetings are counted"),
        )
    ],
    reads={"advisory-group"},
    order=2230,
)
def tdag_annual(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    body = policy.param(spec, "body")
    mine = [
        m for m in cal.of_kind(MeetingKind.ADVISORY_GROUP) if normalise(m.body) == normalise(body)
    ]
    if not mine:
        return
    previous: Meeting | None = None
    for m in mine:  # by start: each gap in the years lies between two consecutive meetings
        if previous is not None:
            for year in range(previous.year + 1, m.year):
                yield spec.finding(
                    policy,
                    translate(
                        "Findings",
                        "No {group} meeting in {year}, between {meeting} and {other}; {group} "
                        "meets at least once a year",
                    ).format(
                        group=say.text(body),
                        year=year,
                        meeting=describe(previous),
                        other=describe(m),
                    ),
                    (),
                    subject=str(year),
                    details={
                        "meetings": [],
                        "year": year,
                        "wanted": f"at least one {body} meeting opening in {year}",
                        "previous_meeting": previous.label,
                        "next_meeting": m.label,
                    },
                )
        previous = m


@rule(
    id="WTDC1-ADVISORY-CONSECUTIVE",
    title=QT_TRANSLATE_NOOP("Rules", "The three Sectors' advisory groups one after another"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "In a year in which two or more of the three Sectors' advisory groups (RAG, TSAG and "
        "TDAG) meet, their meetings, in order of opening, follow one another: each opens "
        "within max_gap_days (7) of the close of the one before, so that delegates can attend "
        "them in one stay. Two meetings of the same group in a row are not compared. "
        "Information only: the text asks for this whenever possible. Meetings known only by a "
        "month or a year are left out, since their order is not known.",
    ),
    severity=Severity.INFO,
    quote="Meetings of the advisory groups of the three Sectors of the Union should preferably "
    "be held consecutively whenever possible.",
    cites=("wtdc-res1-11.6",),
    params=[
        Param(
            "max_gap_days",
            7,
            int,
            maximum=365,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "days from one advisory group's close to the next one's opening"
            ),
        ),
        Param(
            "bodies",
            ["RAG", "TSAG", "TDAG"],
            list,
            doc=QT_TRANSLATE_NOOP("Parameters", "the advisory groups of the three Sectors"),
        ),
    ],
    reads={"advisory-group"},
    order=2240,
)
def advisory_consecutive(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    max_gap = policy.param(spec, "max_gap_days")
    wanted_bodies = {normalise(b): b for b in policy.param(spec, "bodies")}
    by_year: dict[int, list[Meeting]] = defaultdict(list)
    for m in cal.of_kind(MeetingKind.ADVISORY_GROUP):  # by start
        if has_days(m) and normalise(m.body) in wanted_bodies:
            by_year[m.year].append(m)
    for year, meetings in sorted(by_year.items()):
        if len({normalise(m.body) for m in meetings}) < 2:
            continue
        for a, b in pairwise(meetings):
            if normalise(a.body) == normalise(b.body):
                continue
            gap = (b.start - a.end).days
            if gap <= max_gap:
                continue
            yield spec.finding(
                policy,
                translate(
                    "Findings",
                    "{meeting} opens {days} after {other} closes; the advisory groups of the three "
                    "Sectors preferably meet one after another (within {limit})",
                ).format(
                    meeting=describe(b),
                    days=say.days(gap),
                    other=describe(a),
                    limit=say.days(max_gap),
                ),
                (a, b),
                details=dates(
                    a,
                    b,
                    year=year,
                    gap_days=gap,
                    other_meeting=a.label,
                    wanted=f"open within {days(max_gap)} of the close of {a.label}",
                ),
            )
