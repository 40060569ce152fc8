"""ITU-D working methods (WTDC Resolution 1) and preparations for the WTDC (WTDC Resolution 31).

Quotes from the WTDC-25 final report, seed ``004_2cd29aff50f41401.txt``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence

from dateutil.relativedelta import relativedelta

from scheduler_app.domain import Meeting, MeetingKind, format_span
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
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
    naming,
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


def _tdags(cal: Calendar, body: str = "TDAG") -> list[Meeting]:
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
    for t in _tdags(cal):
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


def _region(m: Meeting, regions: Sequence[str]) -> str | None:
    for text in (m.body, m.code, m.title):
        for token in re.split(r"[^A-Za-z]+", text.upper()):
            if token in regions:
                return token
    return None


@rule(
    id="R31-RPM-TIMING",
    title=QT_TRANSLATE_NOOP(
        "Rules", "Regional preparatory meetings, then the last TDAG, then the WTDC"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "For each WTDC (its cycle runs from the previous WTDC's close to its opening): (1) the "
        "last TDAG of the cycle opens between max_months and min_months before the WTDC; (2) "
        'every regional preparatory meeting of the cycle ends before that TDAG ("as soon as '
        'possible before the last meeting of TDAG"); (3) no RPM overlaps another ITU-D '
        "meeting; (4) information when fewer than six regions held one (a region may decline). "
        "Cycles with no dated TDAG skip (1)-(2).",
    ),
    severity=Severity.WARNING,
    quote="to convene the last TDAG meeting not less than three months and not more than six "
    "months before WTDC",
    cites=("wtdc-res31-instructs-6", "wtdc-res31-instructs-1"),
    params=[
        Param(
            "min_months",
            3,
            int,
            maximum=60,
            doc=QT_TRANSLATE_NOOP("Parameters", "fewest months from the last TDAG to WTDC"),
        ),
        Param(
            "max_months",
            6,
            int,
            maximum=60,
            doc=QT_TRANSLATE_NOOP("Parameters", "most months from the last TDAG to WTDC"),
        ),
        Param(
            "regions",
            ["AFR", "AMS", "ARB", "ASP", "CIS", "EUR"],
            list,
            choices=("AFR", "AMS", "ARB", "ASP", "CIS", "EUR"),
            doc=QT_TRANSLATE_NOOP("Parameters", "the regions expected to hold an RPM"),
        ),
    ],
    reads={"rpm", "advisory-group", "wtdc", "study-group", "rapporteur-group"},
    order=2200,
)
def rpm_timing(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    previous_end = dt.date.min
    for w in cal.of_kind(MeetingKind.WTDC):
        if not has_days(w):
            continue
        yield from _rpm_cycle(cal, policy, spec, w, previous_end)
        previous_end = w.end


def _cycle_of(
    cal: Calendar, w: Meeting, previous_end: dt.date
) -> tuple[list[Meeting], Meeting | None]:
    """The RPMs of the cycle ending at ``w`` (opening after ``previous_end`` and before ``w``),
    and its last dated TDAG."""
    start, end = previous_end, w.start
    rpms, rpm_starts = _dated(cal, "rpms", MeetingKind.RPM, lambda: cal.of_kind(MeetingKind.RPM))
    rpms = rpms[bisect.bisect_right(rpm_starts, start) : bisect.bisect_left(rpm_starts, end)]
    tdags, starts = _dated(cal, "tdags", MeetingKind.ADVISORY_GROUP, lambda: _tdags(cal))
    lo, hi = bisect.bisect_right(starts, start), bisect.bisect_left(starts, end)
    if lo >= hi:
        return rpms, None
    return rpms, tdags[bisect.bisect_left(starts, starts[hi - 1], lo, hi)]  # the first latest


def _dated(
    cal: Calendar, name: str, kind: MeetingKind, meetings: Callable[[], list[Meeting]]
) -> tuple[list[Meeting], list[dt.date]]:
    """The meetings with days among ``meetings`` (of ``kind``, by start) and their starts; kept
    until a meeting of that kind changes, as R31-RPM-TIMING looks them up once per WTDC."""

    def compute() -> tuple[list[Meeting], list[dt.date]]:
        dated = [m for m in meetings() if has_days(m)]
        return dated, [m.start for m in dated]

    return cal.derived(("dated", name), (kind,), compute)


def _rpm_cycle(
    cal: Calendar,
    policy: Policy,
    spec: RuleSpec,
    w: Meeting,
    previous_end: dt.date,
    *,
    naming_w: bool = False,
) -> Iterator[Finding]:
    """The findings of the cycle ending at the WTDC ``w``; with ``naming_w``, only those that
    name ``w`` (the TDAG's window and the regions missing)."""
    rpms, last = _cycle_of(cal, w, previous_end)
    if last is not None:
        yield from _tdag_window(policy, spec, w, last)
        if not naming_w:
            yield from _rpm_after_tdag(policy, spec, rpms, last)
    if not naming_w:
        yield from _rpm_overlaps(cal, policy, spec, rpms)
    regions = list(policy.param(spec, "regions"))
    held = {reg for r in rpms if (reg := _region(r, regions))}
    if rpms and len(held) < len(regions):
        missing = say.joined(sorted(set(regions) - held))
        f = spec.finding(
            policy,
            translate(
                "Findings", "No regional preparatory meeting before {meeting} for {regions}"
            ).format(meeting=describe(w), regions=missing),
            (w,),
            details=dates(
                w,
                *rpms,
                missing_regions=sorted(set(regions) - held),
                wanted=f"one RPM for each of {', '.join(regions)}",
            ),
        )
        yield dataclasses.replace(f, severity=Severity.INFO)


def _tdag_window(policy: Policy, spec: RuleSpec, w: Meeting, last: Meeting) -> Iterator[Finding]:
    lo, hi = policy.param(spec, "min_months"), policy.param(spec, "max_months")
    earliest, latest = (w.start - relativedelta(months=hi), w.start - relativedelta(months=lo))
    if not earliest <= last.start <= latest:
        yield spec.finding(
            policy,
            translate(
                "Findings",
                "{meeting}, the last TDAG before {other}, should open between {dates} ({low} to "
                "{high} months before)",
            ).format(
                meeting=describe(last),
                other=describe(w),
                dates=isolate(format_span(earliest, latest)),
                low=say.count(lo),
                high=say.count(hi),
            ),
            (last, w),
            details=dates(
                last,
                w,
                other_meeting=w.label,
                wanted=f"open on or after {earliest.isoformat()} and by {latest.isoformat()}",
            ),
        )


def _rpm_after_tdag(
    policy: Policy, spec: RuleSpec, rpms: Sequence[Meeting], last: Meeting
) -> Iterator[Finding]:
    for r in rpms:
        if r.end >= last.start:
            yield spec.finding(
                policy,
                translate("Findings", "{meeting} does not end before {other}").format(
                    meeting=describe(r), other=describe(last)
                ),
                (r, last),
                details=dates(
                    r,
                    last,
                    other_meeting=last.label,
                    wanted=f"end by {(last.start - dt.timedelta(days=1)).isoformat()}",
                ),
            )


def _rpm_overlaps(
    cal: Calendar, policy: Policy, spec: RuleSpec, rpms: Sequence[Meeting]
) -> Iterator[Finding]:
    for r in rpms:
        for other in cal.reaching(r):
            if other.kind is MeetingKind.RPM and (other.start, other.id) <= (r.start, r.id):
                continue  # two RPMs: reported once, from the earlier one
            if not (has_days(other) and overlap(r, other)):
                continue  # month-only meetings skipped; times compared when both have them
            if itu_d(other) and _itu_d_meeting(other):
                yield spec.finding(
                    policy,
                    translate("Findings", "{meeting} overlaps {other}{hours}").format(
                        meeting=describe(r), other=describe(other), hours=hours_of(r, other)
                    ),
                    (r, other),
                    details=dates(
                        r,
                        other,
                        other_meeting=other.label,
                        wanted="no overlap with other ITU-D meetings",
                    ),
                )


@naming(rpm_timing, {"wtdc"})
def _rpm_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # A WTDC is named by the window of its cycle's last TDAG and by its missing regions alone.
    ids = {m.id for m in ms if m.kind is MeetingKind.WTDC}
    previous_end = dt.date.min
    for w in cal.of_kind(MeetingKind.WTDC):
        if not has_days(w):
            continue
        if w.id in ids:
            yield from _rpm_cycle(cal, policy, spec, w, previous_end, naming_w=True)
        previous_end = w.end


def _itu_d_meeting(m: Meeting) -> bool:
    return m.kind in (
        MeetingKind.STUDY_GROUP,
        MeetingKind.RAPPORTEUR_GROUP,
        MeetingKind.ADVISORY_GROUP,
        MeetingKind.RPM,
    )
