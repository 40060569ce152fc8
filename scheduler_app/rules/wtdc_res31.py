"""Preparations for the WTDC (WTDC Resolution 31): the regional preparatory meetings, then the
last TDAG, then the WTDC.

Quotes from the WTDC-25 final report, seed ``004_2cd29aff50f41401.txt``. The ITU-D working
methods (WTDC Resolution 1) are in :mod:`scheduler_app.rules.wtdc`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence

from dateutil.relativedelta import relativedelta

from scheduler_app.domain import Meeting, MeetingKind, format_span
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days, itu_d, overlap
from scheduler_app.rules.facts import dates, hours_of
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, naming, rule
from scheduler_app.rules.params import Param
from scheduler_app.rules.wtdc import tdag_meetings


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
    tdags, starts = _dated(cal, "tdags", MeetingKind.ADVISORY_GROUP, lambda: tdag_meetings(cal))
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
