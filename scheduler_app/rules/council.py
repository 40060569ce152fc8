"""The Council's calendar: PP Resolution 77 (Rev. Bucharest, 2022) and PP Decision 11 on CWGs.

Quotes from seed ``003_c612d4d2e2ee9deb.txt`` (Resolution 77 lines 2082 and 2108; Decision 11
lines 489-494).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.domain.kinds import CONFERENCE_KINDS
from scheduler_app.i18n import QT_TRANSLATE_NOOP, day, day_range, isolate, language, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days, overlap
from scheduler_app.rules.facts import dates, hours_of, window
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, naming, rule
from scheduler_app.rules.params import Param, kinds
from scheduler_app.rules.placement import window_findings


@rule(
    id="R77-COUNCIL-JUNE-JULY",
    title=QT_TRANSLATE_NOOP("Rules", "The ordinary Council session within or around June-July"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "An ordinary session opens no earlier than 1 June and closes no later than 31 July, "
        'each widened by tolerance_days ("around"): with the default 14, from 18 May to 14 '
        "August. Council 2022 (March) and Council 2026 (28 April-8 May) fall outside. "
        "Additional sessions and the meetings before a PP are other kinds and are not checked.",
    ),
    severity=Severity.WARNING,
    quote="the Council shall, in principle, hold its ordinary session within or around June-July "
    "of the calendar year",
    cites=("res77-resolves-5.1",),
    context=("res77-bearing-in-mind-c",),
    params=[
        Param(
            "tolerance_days",
            14,
            int,
            maximum=180,
            doc=QT_TRANSLATE_NOOP("Parameters", "days either side of June-July accepted"),
        )
    ],
    reads={"council"},
    order=1200,
)
def council_june_july(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    tolerance = dt.timedelta(days=policy.param(spec, "tolerance_days"))
    for m in cal.of_kind(MeetingKind.COUNCIL):
        first, last = dt.date(m.year, 6, 1) - tolerance, dt.date(m.year, 7, 31) + tolerance
        english = language() == "en"  # the planner's own "18 May-14 Aug", kept as it was
        accepted = f"{first.day} {first:%b}-{last.day} {last:%b}" if english else _days(first, last)
        padded = f"{first:%d %b}-{last:%d %b}" if english else accepted
        yield from window_findings(
            spec,
            policy,
            m,
            first,
            last,
            translate(
                "Findings",
                "{meeting} is outside June-July {year} (accepted: {accepted} with {tolerance} "
                "days' tolerance)",
            ).format(
                meeting=describe(m),
                year=m.year,
                accepted=padded,
                tolerance=say.count(tolerance.days),
            ),
            accepted,
            dates(m, wanted=window(first, last)),
        )


@rule(
    id="R77-COUNCIL-NEXT-THREE",
    title=QT_TRANSLATE_NOOP(
        "Rules", "The next three ordinary Council sessions are on the calendar"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Counting from the year of the latest ordinary session ended on or before the as-of "
        "date (scheduler-app check --as-of, else the policy's as_of, else today), each of the "
        "next horizon years needs an ordinary session on the calendar; a month or a year is "
        "enough. The June-July test is R77-COUNCIL-JUNE-JULY's.",
    ),
    severity=Severity.INFO,
    quote="at each ordinary session, to schedule its next three ordinary sessions in June-July "
    "and to review the Council's schedule on a rolling basis",
    cites=("res77-instructs-council-1",),
    params=[
        Param(
            "horizon",
            3,
            int,
            minimum=1,
            maximum=20,
            doc=QT_TRANSLATE_NOOP("Parameters", "sessions ahead to be scheduled"),
        ),
        Param(
            "as_of",
            None,
            dt.date,
            optional=True,
            doc=QT_TRANSLATE_NOOP("Parameters", "the date to count from (null: today)"),
        ),
    ],
    reads={"council"},
    order=1300,
)
def council_next_three(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    stored = policy.param(spec, "as_of")
    as_of = (
        policy.as_of
        or (dt.date.fromisoformat(stored) if stored else None)
        or cal.context.today
        or dt.date.today()  # noqa: DTZ011 - a calendar date, the planner's own
    )
    councils = cal.of_kind(MeetingKind.COUNCIL)
    if not councils:
        return  # a plan without the Council (or an empty one) has no sessions to roll forward
    held = [m for m in councils if m.end <= as_of]
    base = max(m.year for m in held) if held else as_of.year - 1
    years = {m.year for m in councils}
    for year in range(base + 1, base + 1 + policy.param(spec, "horizon")):
        if year not in years:
            yield Finding(
                spec.id,
                policy.severity(spec),
                translate(
                    "Findings",
                    "No ordinary Council session scheduled for {year} (as of {day}, the next "
                    "three after {base} should be)",
                ).format(
                    year=year,
                    day=f"{as_of:%d %b %Y}" if language() == "en" else isolate(day(as_of)),
                    base=base,
                ),
                (),
                (),
                spec.citation,
                subject=str(year),
                details={
                    "meetings": [],
                    "year": year,
                    "as_of": as_of.isoformat(),
                    "after": base,
                    "wanted": f"an ordinary session on the calendar for each of {base + 1}-"
                    f"{base + policy.param(spec, 'horizon')}",
                },
            )


CONF = sorted(k.value for k in CONFERENCE_KINDS)


def _days(first: dt.date, last: dt.date) -> str:
    """Days of any year ("18 mai – 14 août"), kept whole in a right-to-left sentence."""
    return isolate(day_range(first, last, "MMMd"))


@rule(
    id="DEC11-CWG-CLASH",
    title=QT_TRANSLATE_NOOP(
        "Rules", "No CWG meeting during a major conference or a Sector advisory group"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A Council working group (or Council expert group such as EG-ITRs, which are cwg) "
        "sharing a day with a conference, an assembly or a Sector advisory group (TDAG, TSAG, "
        "RAG). Meeting alongside the Council is allowed: Decision 11 asks for it. A virtual "
        "CWG still counts; month-only meetings are skipped. With include_expert_groups, "
        "expert-group meetings are checked too.",
    ),
    severity=Severity.WARNING,
    quote="meetings of CWGs shall not be held during major conferences and assemblies of the "
    "Union, or during meetings of the Sector advisory groups",
    cites=("dec11-decides-13",),
    context=("dec11-decides-11",),
    params=[
        kinds(
            "conference_kinds",
            CONF,
            QT_TRANSLATE_NOOP("Parameters", "the conferences and assemblies"),
        ),
        kinds(
            "advisory_kinds",
            ["advisory-group"],
            QT_TRANSLATE_NOOP("Parameters", "the Sector advisory groups"),
        ),
        Param(
            "include_expert_groups",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "check expert-group meetings too"),
        ),
    ],
    reads=[*CONF, "advisory-group", "cwg", "expert-group"],
    order=1800,
)
def cwg_clash(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    cwg_kinds, against = _cwg_kinds(policy, spec)
    yield from _cwg_findings(cal, policy, spec, cal.of_kind(*cwg_kinds), against)


def _cwg_kinds(policy: Policy, spec: RuleSpec) -> tuple[list[str], list[str]]:
    """The kinds of the working groups, and the kinds they must not meet during."""
    cwg_kinds = ["cwg"] + (["expert-group"] if policy.param(spec, "include_expert_groups") else [])
    against = list(policy.param(spec, "conference_kinds")) + list(
        policy.param(spec, "advisory_kinds")
    )
    return cwg_kinds, against


def _cwg_clash(policy: Policy, spec: RuleSpec, cwg: Meeting, other: Meeting) -> Finding | None:
    """The finding of ``cwg`` (with days) meeting during ``other``, which may overlap it."""
    if not (has_days(other) and overlap(cwg, other)):  # by instants when both have times
        return None
    return spec.finding(
        policy,
        translate("Findings", "{meeting} meets during {other}{hours}").format(
            meeting=describe(cwg), other=describe(other), hours=hours_of(cwg, other)
        ),
        (cwg, other),
        details=dates(
            cwg,
            other,
            other_meeting=other.label,
            wanted="no CWG meeting during a conference, an assembly or a Sector advisory group",
        ),
    )


@naming(cwg_clash, [*CONF, "advisory-group", "cwg", "expert-group"])
def _cwg_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # A clash is a pair that overlaps: the findings naming a meeting are among those it reaches
    # (reaching is symmetric), on either side of the pair.
    cwg_kinds, against = _cwg_kinds(policy, spec)
    pairs: dict[tuple[str, str], tuple[Meeting, Meeting]] = {}  # each clash once
    for x in [cal.by_id[i] for i in dict.fromkeys(m.id for m in ms) if i in cal.by_id]:
        if x.kind.value in cwg_kinds and has_days(x):
            pairs.update(((x.id, o.id), (x, o)) for o in cal.reaching(x, against))
        if x.kind.value in against:
            found = cal.reaching(x, cwg_kinds)
            pairs.update(((c.id, x.id), (c, x)) for c in found if has_days(c))
    for cwg, other in pairs.values():
        if (f := _cwg_clash(policy, spec, cwg, other)) is not None:
            yield f


def _cwg_findings(
    cal: Calendar, policy: Policy, spec: RuleSpec, cwgs: Sequence[Meeting], against: list[str]
) -> Iterator[Finding]:
    for cwg in cwgs:
        # A clash needs days: a meeting known only by a period clashes in some placements and not
        # in others, so month- and year-only meetings stay skipped (SOURCES.md section 1).
        if not has_days(cwg):
            continue
        for other in cal.reaching(cwg, against):
            if (f := _cwg_clash(policy, spec, cwg, other)) is not None:
                yield f
