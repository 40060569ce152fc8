"""ITU-D study groups and their groups between two WTDCs (WTDC Resolution 1, §§ 3.5 and 3.7).

How often rapporteur groups meet (§ 3.7.3), how early study groups finish before a WTDC
(§ 3.7.8), and where the groups meet (§§ 3.5.1 and 3.5.7). Quotes from the WTDC-25 report, by key
of the source registry.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting, MeetingKind, Mode
from scheduler_app.domain.dates import format_day
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, itu_d, normalise
from scheduler_app.rules.facts import dates, days
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
from scheduler_app.rules.params import Param, kinds
from scheduler_app.rules.placement import (
    judged,
    placements,
    verdict,
)

GROUP_KINDS = ["study-group", "working-party", "rapporteur-group"]
HQ_CITIES = ["Geneva", "Genève"]


def _times(n: int) -> str:
    if n == 1:
        return translate("Findings", "once")
    if n == 2:
        return translate("Findings", "twice")
    return say.counted(n, translate("Findings", "{n} time"), translate("Findings", "{n} times"))


def _between_wtdcs(cal: Calendar) -> list[tuple[Meeting, Meeting | None, range]]:
    """(WTDC, next WTDC or None, the years strictly between them): from the year after one WTDC
    to the year before the next; after the last WTDC, every year that follows (the caller caps
    it). WTDCs of one year or of two adjacent years leave no year between them."""
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    out = []
    for i, w1 in enumerate(wtdcs):
        w2 = wtdcs[i + 1] if i + 1 < len(wtdcs) else None
        out.append((w1, w2, range(w1.year + 1, w2.year if w2 is not None else dt.MAXYEAR)))
    return out


RgGroups = list[tuple[str, dict[int, list[Meeting]], int]]


def _rg_by_group(cal: Calendar) -> RgGroups:
    """ITU-D rapporteur groups naming their group, by group (sorted) and opening year, with the
    group's last year; derived once until a rapporteur group changes, as a WTDC move re-runs
    WTDC1-RG-TWICE-A-YEAR without touching any of them."""

    def compute() -> RgGroups:
        groups: dict[str, dict[int, list[Meeting]]] = defaultdict(lambda: defaultdict(list))
        for m in cal.of_kind(MeetingKind.RAPPORTEUR_GROUP):
            if itu_d(m) and m.body.strip():
                groups[m.body][m.year].append(m)
        return [(body, dict(by_year), max(by_year)) for body, by_year in sorted(groups.items())]

    return cal.derived("rg-by-group-year", (MeetingKind.RAPPORTEUR_GROUP,), compute)


@rule(
    id="WTDC1-RG-TWICE-A-YEAR",
    title=QT_TRANSLATE_NOOP("Rules", "Rapporteur groups meet twice a year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Each ITU-D rapporteur group meets at least min_per_year times (twice) in every year "
        "between two WTDCs: from the year after a WTDC to the year before the next one (after "
        "the last WTDC on the calendar, the years that follow it), and no later than the last "
        "year in which that group has a meeting on the calendar, since later years are not "
        "planned yet. A meeting counts for the year it opens in. A group with no meeting at "
        "all between two WTDCs is not reported (its Question may not exist then), nor is a "
        "meeting that names no group. One warning per group and year, naming that year's "
        "meetings.",
    ),
    severity=Severity.WARNING,
    quote="Rapporteur groups shall in principle meet twice a year, at least in the period between "
    "two WTDCs",
    cites=("wtdc-res1-3.7.3",),
    params=[
        Param(
            "min_per_year",
            2,
            int,
            minimum=1,
            maximum=12,
            doc=QT_TRANSLATE_NOOP("Parameters", "meetings of a group in a year"),
        )
    ],
    reads={"rapporteur-group", "wtdc"},
    order=2210,
)
def rg_twice_a_year(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    want = policy.param(spec, "min_per_year")
    groups = _rg_by_group(cal)
    if not groups:
        return
    periods = _between_wtdcs(cal)
    for body, by_year, last_year in groups:
        for w1, w2, between in periods:
            years = range(between.start, min(between.stop, last_year + 1))
            if not any(y in by_year for y in years):
                continue
            after = (
                translate("Findings", "between {code} and {other_code}")
                if w2
                else translate("Findings", "after {code}")
            ).format(code=say.code(w1), other_code=say.code(w2) if w2 else "")
            for year in years:
                held = by_year.get(year, [])
                if len(held) >= want:
                    continue
                text = (
                    translate(
                        "Findings",
                        "{group} meets {times} in {year}: {listed} (at least {wanted} a year "
                        "{period})",
                    )
                    if held
                    else translate(
                        "Findings",
                        "{group} has no meeting in {year} (at least {wanted} a year {period})",
                    )
                )
                yield spec.finding(
                    policy,
                    text.format(
                        group=say.text(body),
                        times=_times(len(held)),
                        year=year,
                        listed=say.joined(describe(m) for m in held),
                        wanted=_times(want),
                        period=after,
                    ),
                    held,
                    subject=str(year),
                    details=dates(
                        *held,
                        group=body,
                        year=year,
                        held=len(held),
                        wanted=f"at least {want} meetings of {body} opening in {year}",
                        between=[w1.label, w2.label if w2 else None],
                    ),
                )


@rule(
    id="WTDC1-SG-BEFORE-WTDC",
    title=QT_TRANSLATE_NOOP("Rules", "Study groups meet early enough before a WTDC"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "The last meeting of each ITU-D study group before a WTDC closes at least min_days (35 "
        "calendar days) before the WTDC opens, so that its approved reports and draft "
        "Recommendations can reach administrations in time: closing exactly 35 days before is "
        "enough, 34 is not. A planner may raise the number to allow for translation and "
        "dispatch. The meetings looked at are those opening after the previous WTDC opened and "
        "before this one opens. A meeting known only by a month or a quarter that could fall "
        "either side of the limit is noted as information; a WTDC known only by its year is "
        "not judged.",
    ),
    severity=Severity.WARNING,
    quote="All study groups shall meet sufficiently in advance of WTDC in order to enable the "
    "approved ITU-D reports and draft ITU-D Recommendations to reach administrations of Member "
    "States and Sector Members no later than 35 calendar days before the opening of WTDC.",
    cites=("wtdc-res1-3.7.8",),
    params=[
        Param(
            "min_days",
            35,
            int,
            maximum=365,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "days from a study group's last close to the WTDC's opening"
            ),
        )
    ],
    reads={"study-group", "wtdc"},
    order=2220,
)
def sg_before_wtdc(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    for i in range(len(wtdcs)):
        yield from _sg_before_one(cal, policy, spec, wtdcs, i)


SgLasts = list[tuple[list[Meeting], list[dt.date], dt.timedelta]]


def _sg_groups(cal: Calendar) -> SgLasts:
    """ITU-D study group meetings by group (sorted by group), each with their starts and the
    group's longest meeting; derived once until a study group meeting changes."""

    def compute() -> SgLasts:
        groups: dict[str, list[Meeting]] = defaultdict(list)
        for m in cal.of_kind(MeetingKind.STUDY_GROUP):
            if itu_d(m):
                groups[normalise(m.body) or m.id].append(m)  # naming no group: it stands alone
        return [
            (ms, [m.start for m in ms], max(m.end - m.start for m in ms))
            for _key, ms in sorted(groups.items())
        ]

    return cal.derived("sg-before-wtdc-groups", (MeetingKind.STUDY_GROUP,), compute)


def _last_of(meetings: list[Meeting], lo: int, hi: int, longest: dt.timedelta) -> Meeting:
    """``max(meetings[lo:hi], key=(end, start, id))`` for meetings sorted by start, looking back
    from ``hi`` only as far as a meeting could still close later than the latest close seen."""
    best = meetings[hi - 1]
    best_key = (best.end, best.start, best.id)
    for i in range(hi - 2, lo - 1, -1):
        m = meetings[i]
        if m.start + longest < best.end:
            break  # this one and every earlier one close before ``best``
        key = (m.end, m.start, m.id)
        if key > best_key:
            best, best_key = m, key
    return best


def _sg_before_one(
    cal: Calendar, policy: Policy, spec: RuleSpec, wtdcs: Sequence[Meeting], i: int
) -> Iterator[Finding]:
    """The findings about the WTDC ``wtdcs[i]`` (the WTDCs in start order)."""
    min_days = policy.param(spec, "min_days")
    margin = dt.timedelta(days=min_days)
    w = wtdcs[i]
    previous = wtdcs[i - 1].start if i > 0 else None
    pw = placements(w)
    for meetings, starts, longest in _sg_groups(cal):
        lo = 0 if previous is None else bisect.bisect_right(starts, previous)
        hi = bisect.bisect_left(starts, pw.latest_start)
        if lo >= hi:
            continue
        last = _last_of(meetings, lo, hi, longest)
        pm = placements(last)
        least, most = (pw.first - pm.last).days, (pw.latest_start - pm.earliest_end).days
        v = verdict(least >= min_days, most < min_days)
        by = pw.latest_start - margin
        details = dates(
            last,
            w,
            other_meeting=w.label,
            wanted=f"close by {by.isoformat()}, {days(min_days)} before {w.label} opens",
        )
        group = say.text(last.body or last.label)
        breach = (
            translate(
                "Findings",
                "{meeting}, {group}'s last meeting before {other}, closes {days} before it opens; "
                "it should close by {day} ({limit} before), so that its reports reach "
                "administrations in time",
            )
            if most > 0
            else translate(
                "Findings",
                "{meeting}, {group}'s last meeting before {other}, does not close before it "
                "opens; it should close by {day} ({limit} before), so that its reports reach "
                "administrations in time",
            )
        )
        yield from judged(
            spec,
            policy,
            v,
            (last, w),
            breach.format(
                meeting=describe(last),
                group=group,
                other=describe(w),
                days=say.days(most),
                day=isolate(format_day(by)),
                limit=say.days(min_days),
            ),
            translate(
                "Findings",
                "some placements leave less than {days} from the close of {code} to the opening "
                "of {other_code}",
            ).format(days=say.days(min_days), code=say.code(last), other_code=say.code(w)),
            details,
            breach_details={**details, "gap_days": most},
        )


@naming(sg_before_wtdc, {"wtdc"})
def _sg_before_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # A WTDC is named by its own findings alone (the next WTDC's name that one and a study group).
    ids = {m.id for m in ms if m.kind is MeetingKind.WTDC}
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    for i, w in enumerate(wtdcs):
        if w.id in ids:
            yield from _sg_before_one(cal, policy, spec, wtdcs, i)


def _hq(policy: Policy, spec: RuleSpec) -> tuple[set[str], str]:
    cities = list(policy.param(spec, "hq_cities"))
    return {normalise(c) for c in cities}, (cities[0] if cities else "Geneva")


def _elsewhere(m: Meeting, kinds_: Sequence[str], hq: set[str]) -> bool:
    """An ITU-D meeting of these kinds with people in a room in a known city other than HQ."""
    return (
        itu_d(m)
        and m.kind.value in kinds_
        and m.mode is not Mode.VIRTUAL
        and bool(m.city.strip())
        and normalise(m.city) not in hq
    )


@rule(
    id="WTDC1-SG-AT-HQ",
    title=QT_TRANSLATE_NOOP("Rules", "ITU-D study groups and their groups at headquarters"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "An ITU-D study group, working party or rapporteur group meeting in person or hybrid "
        "in a city other than Geneva is noted, as information: these groups normally meet at "
        "ITU headquarters, and a meeting elsewhere is usually an invitation a planner has "
        "accepted on purpose. Virtual meetings and meetings with no city yet are not noted.",
    ),
    severity=Severity.INFO,
    quote="The study groups and their relevant groups shall normally meet at ITU headquarters.",
    cites=("wtdc-res1-3.5.1",),
    params=[
        kinds(
            "kinds",
            GROUP_KINDS,
            QT_TRANSLATE_NOOP("Parameters", "the ITU-D groups expected at headquarters"),
        ),
        Param(
            "hq_cities",
            HQ_CITIES,
            list,
            doc=QT_TRANSLATE_NOOP("Parameters", "the names of the headquarters city"),
        ),
    ],
    reads=GROUP_KINDS,
    order=2250,
)
def sg_at_hq(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _away(cal, policy, spec, list(cal.of_kind(*policy.param(spec, "kinds"))))


def _away(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    hq, seat = _hq(policy, spec)
    chosen = list(policy.param(spec, "kinds"))
    for m in ms:
        if _elsewhere(m, chosen, hq):
            yield spec.finding(
                policy,
                translate(
                    "Findings",
                    "{meeting} meets in {city}; ITU-D study groups and their groups normally meet "
                    "at ITU headquarters in {seat}",
                ).format(meeting=describe(m), city=say.text(m.city), seat=say.text(seat)),
                (m,),
                details=dates(m, city=m.city, wanted=f"meet in {seat}"),
            )


@local(sg_at_hq)
def _away_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _away(cal, policy, spec, changed)


@rule(
    id="WTDC1-CANCELLED-TO-GENEVA",
    title=QT_TRANSLATE_NOOP("Rules", "A cancelled invitation moves to Geneva"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "An ITU-D study group, working party or rapporteur group meeting that was to be held "
        "elsewhere than Geneva, at someone's invitation, and is now cancelled: the planner is "
        "reminded to propose it in Geneva on the dates first planned. This is the one rule "
        "that reads cancelled meetings. Virtual meetings and meetings with no city are left "
        "out.",
    ),
    severity=Severity.INFO,
    quote="Should an invitation be cancelled for any reason, it shall be proposed that the "
    "meeting be convened in Geneva, in principle on the date originally planned.",
    cites=("wtdc-res1-3.5.7",),
    params=[
        kinds(
            "kinds",
            GROUP_KINDS,
            QT_TRANSLATE_NOOP(
                "Parameters", "the ITU-D groups whose cancelled invitations are noted"
            ),
        ),
        Param(
            "hq_cities",
            HQ_CITIES,
            list,
            doc=QT_TRANSLATE_NOOP("Parameters", "the names of the headquarters city"),
        ),
    ],
    # the only rule that reads cancelled meetings: any edit may cancel or restore one
    reads=None,
    order=2260,
)
def cancelled_to_geneva(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    hq, seat = _hq(policy, spec)
    chosen = list(policy.param(spec, "kinds"))
    for m in cal.cancelled():
        if _elsewhere(m, chosen, hq):
            yield spec.finding(
                policy,
                translate(
                    "Findings",
                    "{meeting} in {city} is cancelled: propose it in {seat} on the dates first "
                    "planned ({dates})",
                ).format(
                    meeting=describe(m),
                    city=say.text(m.city),
                    seat=say.text(seat),
                    dates=isolate(m.span),
                ),
                (m,),
                details=dates(
                    m,
                    city=m.city,
                    proposed={"city": seat, "start": m.start.isoformat(), "end": m.end.isoformat()},
                    wanted=f"convened in {seat} from {m.start.isoformat()} to {m.end.isoformat()}",
                ),
            )
