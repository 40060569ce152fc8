"""ITU-D working methods (WTDC Resolution 1): study groups every year, rapporteur groups never in
parallel, TDAG apart from the study groups.

Quotes from the WTDC-25 final report, seed ``004_2cd29aff50f41401.txt``. The preparations for
the WTDC (WTDC Resolution 31) are in :mod:`scheduler_app.rules.wtdc_res31`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days, is_body, itu_d, overlap
from scheduler_app.rules.facts import dates, days, hours_of
from scheduler_app.rules.model import (
    Finding,
    Policy,
    RuleSpec,
    Severity,
    describe,
    local,
    rule,
)
from scheduler_app.rules.params import Param
from scheduler_app.rules.placement import separation


def _wtdc_periods(cal: Calendar) -> list[tuple[Meeting, range]]:
    """Study periods from the calendar: after each WTDC up to and including the next WTDC's year;
    after the last one, the four years that follow it (the "four-year cycle for WTDCs",
    ``004_2cd29aff50f41401.txt`` line 7122)."""
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    periods = []
    for i, w1 in enumerate(wtdcs):
        w2 = wtdcs[i + 1] if i + 1 < len(wtdcs) else None
        last = w2.year if w2 is not None else w1.year + 4
        if last > w1.year:
            periods.append((w1, range(w1.year + 1, last + 1)))
    return periods


SgGroups = list[tuple[str, dict[int, list[Meeting]]]]


def _sg_by_group_year(cal: Calendar) -> SgGroups:
    """ITU-D study group meetings by group (sorted) and opening year, in start order; derived
    once until a study group meeting changes (a WTDC move re-runs WTDC1-SG-ANNUAL)."""

    def compute() -> SgGroups:
        groups: dict[str, dict[int, list[Meeting]]] = defaultdict(lambda: defaultdict(list))
        for m in cal.of_kind(MeetingKind.STUDY_GROUP):
            if itu_d(m):
                groups[m.body or m.title][m.year].append(m)
        return [(body, dict(by_year)) for body, by_year in sorted(groups.items())]

    return cal.derived("sg-by-group-year", (MeetingKind.STUDY_GROUP,), compute)


@rule(
    id="WTDC1-SG-ANNUAL",
    title=QT_TRANSLATE_NOOP("Rules", "Each ITU-D study group meets every year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "In each study period (from the calendar's WTDCs: the years after one WTDC up to and "
        "including the next one's), every ITU-D study group that meets at all in the period "
        "meets at least min_per_year times in each of its years (a meeting counts for its "
        "start year). A group with no meeting in a period is not reported: it may not exist "
        "then. With prefer_second_half, a year whose only meeting opens before 1 July is noted "
        "as information.",
    ),
    severity=Severity.WARNING,
    quote="The study groups shall in principle meet at least once a year during the interval "
    "between two WTDCs, preferably in the second half of the year",
    cites=("wtdc-res1-3.7.1",),
    context=("wtdc25-overview-3",),
    params=[
        Param(
            "min_per_year",
            1,
            int,
            minimum=1,
            maximum=12,
            doc=QT_TRANSLATE_NOOP("Parameters", "meetings of a group in a year"),
        ),
        Param(
            "prefer_second_half",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "note a year's only meeting before July"),
        ),
    ],
    reads={"study-group", "wtdc"},
    order=1900,
)
def sg_annual(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    want = policy.param(spec, "min_per_year")
    second_half = policy.param(spec, "prefer_second_half")
    groups = _sg_by_group_year(cal)
    for wtdc, years in _wtdc_periods(cal):
        for body, by_year in groups:
            inside = [m for year in years for m in by_year.get(year, ())]  # by start, as before
            if not inside:
                continue
            for year in years:
                held = by_year.get(year, [])
                if len(held) < want:
                    yield spec.finding(
                        policy,
                        translate(
                            "Findings",
                            "{group} has {count} meeting(s) in {year}, study period {first}-{last} "
                            "after {code} (at least {wanted} a year)",
                        ).format(
                            group=say.text(body),
                            count=say.count(len(held)),
                            year=year,
                            first=years[0],
                            last=years[-1],
                            code=say.code(wtdc),
                            wanted=say.count(want),
                        ),
                        inside,
                        details=dates(
                            *inside,
                            year=year,
                            study_period=[years[0], years[-1]],
                            wanted=f"at least {want} meeting(s) of {body} in {year}",
                            other_meeting=wtdc.label,
                        ),
                    )
                elif second_half and len(held) == 1 and held[0].start < dt.date(year, 7, 1):
                    f = spec.finding(
                        policy,
                        translate(
                            "Findings",
                            "{meeting} is {group}'s only meeting in {year} and opens before July "
                            "(the second half of the year is preferred)",
                        ).format(meeting=describe(held[0]), group=say.text(body), year=year),
                        held,
                        details=dates(
                            *held, year=year, wanted=f"a meeting opening on or after {year}-07-01"
                        ),
                    )
                    yield dataclasses.replace(f, severity=Severity.INFO)


def _rg_test(policy: Policy, spec: RuleSpec, a: Meeting, b: Meeting) -> str | None:
    if a.body and a.body == b.body:
        return None  # sessions of one group never clash with each other
    if not (has_days(a) and has_days(b)):
        return None  # month- or year-only meetings are skipped by rules that need days
    use_times = policy.param(spec, "use_times")
    if not overlap(a, b, use_times=use_times):
        return None
    return translate(
        "Findings",
        "{meeting} and {other} are rapporteur groups of {group} meeting in parallel{hours}",
    ).format(
        meeting=describe(a),
        other=describe(b),
        group=say.text(a.parent),
        hours=hours_of(a, b) if use_times else "",
    )


def _rg_details(a: Meeting, b: Meeting) -> dict[str, object]:
    return dates(
        a, b, other_meeting=b.label, parent=a.parent, wanted="not at the same time as each other"
    )


def _rg_pairs(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    seen: set[tuple[str, str]] = set()
    for m in ms:
        if m.kind is not MeetingKind.RAPPORTEUR_GROUP or not itu_d(m):
            continue
        for other in cal.same_parent(m):
            if other.kind is not MeetingKind.RAPPORTEUR_GROUP or not itu_d(other):
                continue
            a, b = (m, other) if (m.start, m.id) <= (other.start, other.id) else (other, m)
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            message = _rg_test(policy, spec, a, b)
            if message:
                yield spec.finding(policy, message, (a, b), details=_rg_details(a, b))


@rule(
    id="WTDC1-RG-PARALLEL",
    title=QT_TRANSLATE_NOOP("Rules", "One study group's rapporteur groups never in parallel"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Two ITU-D rapporteur groups reporting to the same study group (their parent) meet at "
        "the same time: by time of day when both have times, else by day. Groups of different "
        "study groups may meet in parallel; sessions of one group never clash with each other.",
    ),
    severity=Severity.ERROR,
    quote="meeting sessions of rapporteur groups on ITU-D study Questions from the same study "
    "group shall not take place in parallel",
    cites=("wtdc-res1-3.7.5",),
    context=("wtdc-res1-3.3.5",),
    params=[
        Param(
            "use_times",
            True,
            bool,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "compare times of day when both meetings have them"
            ),
        )
    ],
    reads={"rapporteur-group"},
    order=2000,
)
def rg_parallel(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    for a, b in cal.parent_pairs():
        if _itu_d_rg(a) and _itu_d_rg(b) and (message := _rg_test(policy, spec, a, b)):
            yield spec.finding(policy, message, (a, b), details=_rg_details(a, b))


def _itu_d_rg(m: Meeting) -> bool:
    return m.kind is MeetingKind.RAPPORTEUR_GROUP and itu_d(m)


@local(rg_parallel)
def _rg_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _rg_pairs(cal, policy, spec, changed)


def tdag_meetings(cal: Calendar, body: str = "TDAG") -> list[Meeting]:
    """The advisory group meetings of ``body``, by start; kept until an advisory group changes
    (R31-RPM-TIMING asks for them once per WTDC)."""

    def compute() -> list[Meeting]:
        return [m for m in cal.of_kind(MeetingKind.ADVISORY_GROUP) if is_body(m, body)]

    return list(cal.derived(("tdags", body), (MeetingKind.ADVISORY_GROUP,), compute))


@rule(
    id="WTDC1-TDAG-WITH-SG",
    title=QT_TRANSLATE_NOOP("Rules", "TDAG not in conjunction with study group meetings"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A TDAG meeting and an ITU-D study group meeting at most min_gap_days apart, in either "
        "order, overlaps included. A study group ending on Thursday and TDAG opening on Friday "
        "(gap 1) is reported; ending on Friday with TDAG on Monday (gap 3) is not. Month-only "
        "TDAG meetings are skipped.",
    ),
    severity=Severity.WARNING,
    quote="TDAG meetings should not take place in conjunction with the study group meetings",
    cites=("wtdc-res1-11.6",),
    params=[
        Param(
            "min_gap_days",
            1,
            int,
            maximum=365,
            doc=QT_TRANSLATE_NOOP("Parameters", "days between TDAG and a study group"),
        ),
        Param(
            "include_rapporteur_groups",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "check rapporteur groups too"),
        ),
    ],
    reads={"advisory-group", "study-group", "rapporteur-group"},
    order=2100,
)
def tdag_with_sg(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    min_gap = policy.param(spec, "min_gap_days")
    kinds = ["study-group"] + (
        ["rapporteur-group"] if policy.param(spec, "include_rapporteur_groups") else []
    )
    margin = dt.timedelta(days=min_gap)
    wanted = f"more than {days(min_gap)} between TDAG and a study group meeting, in either order"
    for t in tdag_meetings(cal):
        # A month-only TDAG is within a day of a study group in every placement only if the study
        # group fills the month: it stays skipped, as SOURCES.md says of the dated TDAGs.
        if not has_days(t):
            continue
        for sg in cal.overlapping(t.start - margin, t.end + margin, kinds):
            if not itu_d(sg) or not has_days(sg):
                continue
            gap = separation(t, sg)[0]
            if gap <= min_gap:
                text = (
                    translate(
                        "Findings", "{meeting} overlaps {other}; more than {wanted} apart wanted"
                    )
                    if gap <= 0
                    else translate(
                        "Findings",
                        "{meeting} is {days} from {other}; more than {wanted} apart wanted",
                    )
                )
                yield spec.finding(
                    policy,
                    text.format(
                        meeting=describe(t),
                        other=describe(sg),
                        days=say.days(gap),
                        wanted=say.days(min_gap),
                    ),
                    (t, sg),
                    details=dates(t, sg, other_meeting=sg.label, gap_days=gap, wanted=wanted),
                )
