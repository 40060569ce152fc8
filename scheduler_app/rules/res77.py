"""PP Resolution 77 (Rev. Bucharest, 2022): scheduling and duration of conferences and assemblies.

Quotes from seed ``003_c612d4d2e2ee9deb.txt`` lines 2050-2096. The Council rules of the same
resolution are in :mod:`scheduler_app.rules.council`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.kinds import CONFERENCE_KINDS
from scheduler_app.rules.calendar import Calendar, has_days, overlap
from scheduler_app.rules.facts import dates, days, hours_of, window
from scheduler_app.rules.model import (
    REGISTRY,
    Finding,
    Policy,
    RuleSpec,
    Severity,
    describe,
    local,
    naming,
    rule,
)
from scheduler_app.rules.pairing import associated_pairs
from scheduler_app.rules.params import Param, kinds
from scheduler_app.rules.placement import (
    Verdict,
    coarse,
    judged,
    separation,
    verdict,
    window_findings,
)

CONF = sorted(k.value for k in CONFERENCE_KINDS)


def _kinds(policy: Policy, spec: RuleSpec, name: str = "kinds") -> list[str]:
    return list(policy.param(spec, name))


def _pairs(cal: Calendar, policy: Policy) -> dict[str, str]:
    spec = REGISTRY["CS91-RA-WITH-WRC"]
    return associated_pairs(cal, policy.param(spec, "max_gap_days"))


@rule(
    id="R77-LAST-QUARTER",
    title="Conferences and assemblies in the last quarter of the year",
    severity=Severity.WARNING,
    quote="ITU conferences and assemblies shall, in principle, be held in the last quarter of the "
    "year",
    cites=("res77-resolves-1",),
    context=("wtdc-res1-considering-also-b",),
    params=[kinds("kinds", CONF, "the kinds held to the last quarter")],
    reads=CONF,
    order=700,
)
def last_quarter(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """A conference or assembly opens on or after 1 October and closes by 31 December of its year.
    PP-22 opened on 26 September 2022, five days early. The pandemic year is for a waiver, not for
    a weaker rule. A meeting known only by its year is skipped; one known by month or quarter is
    checked, since its period already settles the question."""
    return _outside_last_quarter(policy, spec, cal.of_kind(*_kinds(policy, spec)))


def _outside_last_quarter(
    policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    for m in ms:
        first, last = dt.date(m.year, 10, 1), dt.date(m.year, 12, 31)
        yield from window_findings(
            spec,
            policy,
            m,
            first,
            last,
            f"{describe(m)} is not within October-December {m.year}",
            f"October-December {m.year}",
            dates(m, wanted=window(first, last)),
        )


@naming(last_quarter, CONF)
def _last_quarter_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # each finding names one conference and depends on its dates alone
    chosen = set(_kinds(policy, spec))
    stored = [cal.by_id[i] for i in dict.fromkeys(m.id for m in ms) if i in cal.by_id]
    return _outside_last_quarter(policy, spec, [m for m in stored if m.kind.value in chosen])


@rule(
    id="R77-SAME-YEAR",
    title="Not two conferences or assemblies in one year",
    severity=Severity.WARNING,
    quote="and not in the same year, except as provided in recalling b) above",
    cites=("res77-resolves-1",),
    context=("res77-recalling-b",),
    params=[
        kinds("kinds", CONF, "the kinds counted"),
        Param("pair_counts_as_one", True, bool, doc="an associated RA and WRC count as one"),
    ],
    reads=CONF,
    order=800,
)
def same_year(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Conferences and assemblies are grouped by start year; an RA and a WRC associated in place
    and time count as one (the exception of recalling b)). More than one in a year: one warning
    listing them. 2022 held WTSA-20, WTDC-22 and PP-22."""
    pairs = _pairs(cal, policy) if policy.param(spec, "pair_counts_as_one") else {}
    by_year: dict[int, list[Meeting]] = defaultdict(list)
    for m in cal.of_kind(*_kinds(policy, spec)):
        by_year[m.year].append(m)  # a period never crosses a year: its year is certain
    for year, meetings in sorted(by_year.items()):
        ids = {m.id for m in meetings}
        as_one = [
            (m, cal.by_id[pairs[m.id]])
            for m in meetings
            if m.kind is MeetingKind.RA and pairs.get(m.id) in ids
        ]
        units = len(meetings) - len(as_one)
        if units > 1:
            listed = ", ".join(describe(m) for m in meetings)
            note = "; ".join(f"{ra.label} and {wrc.label} counting as one" for ra, wrc in as_one)
            yield spec.finding(
                policy,
                f"{units} conferences or assemblies in {year}"
                f"{f' ({note})' if note else ''}: {listed}",
                meetings,
                details=dates(
                    *meetings,
                    year=year,
                    conferences=units,
                    wanted=f"at most one conference or assembly in {year}",
                    counted_as_one=[[ra.label, wrc.label] for ra, wrc in as_one],
                ),
            )


@rule(
    id="R77-PP-YEAR",
    title="Other conferences, assemblies and forums in a PP year",
    severity=Severity.INFO,
    quote="holding conferences, assemblies and forums in the same year as the plenipotentiary "
    "conference represents a burden for the Union's membership and staff",
    cites=("res77-considering-c",),
    params=[
        kinds("kinds", [k for k in CONF if k != "pp"] + ["forum"], "the kinds noted in a PP year")
    ],
    reads=[*CONF, "forum"],
    order=900,
)
def pp_year(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """For each Plenipotentiary Conference, every conference, assembly or forum starting in the
    same year is noted (information only: an annual forum shows up in every PP year, as
    intended)."""
    others = cal.of_kind(*_kinds(policy, spec))
    for pp in cal.of_kind(MeetingKind.PP):
        for m in others:
            if m.year == pp.year and m.id != pp.id:
                yield spec.finding(
                    policy,
                    f"{describe(m)} is in the same year as {describe(pp)}",
                    (m, pp),
                    details=dates(
                        m,
                        pp,
                        year=pp.year,
                        other_meeting=pp.label,
                        wanted=f"no other conference, assembly or forum in {pp.year}",
                    ),
                )


@rule(
    id="R77-PP-DURATION",
    title="A Plenipotentiary Conference lasts at most three weeks",
    severity=Severity.WARNING,
    quote="plenipotentiary conferences shall, unless there is a pressing need otherwise, be "
    "limited to a duration of three weeks",
    cites=("res77-resolves-2",),
    params=[Param("max_days", 21, int, minimum=1, doc="longest PP, first and last day included")],
    reads={"pp"},
    order=1000,
)
def pp_duration(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Plenipotentiary conferences are limited to three weeks (21 days, first and last included)
    unless there is a pressing need, which a waiver can state. Monday to the Monday three weeks
    later is 22 days."""
    limit = policy.param(spec, "max_days")
    for pp in cal.of_kind(MeetingKind.PP):
        # A PP known only by a period has no length yet: some placement is always short enough
        # and a one-day placement meets the limit, so it is never broken (and no news to note).
        if has_days(pp) and pp.days > limit:
            yield spec.finding(
                policy,
                f"{describe(pp)} lasts {pp.days} days (limit {limit})",
                (pp,),
                details=dates(pp, days=pp.days, wanted=f"at most {limit} days"),
            )


@rule(
    id="R77-ICT-EVENT",
    title="No clash with other major ICT events",
    severity=Severity.WARNING,
    quote="the planned period of any ITU conference, assembly or Council session not be scheduled "
    "during a period which coincides with other major ICT events",
    cites=("res77-resolves-3",),
    params=[
        kinds("kinds", [*CONF, "council", "council-extra"], "the ITU meetings checked"),
        kinds("external_kinds", ["external"], "the kinds that are outside events"),
        Param("only_major", False, bool, doc="count only outside events of major_min_participants"),
        Param(
            "major_min_participants",
            5000,
            int,
            maximum=10_000_000,
            doc="participants that make an outside event major",
        ),
    ],
    reads=[*CONF, "council", "council-extra", "external"],
    order=1100,
)
def ict_event(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """A conference, assembly or Council session sharing a day with an outside ICT event, wherever
    each is held. With only_major, only outside events expecting at least
    major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 on
    purpose: such a co-location is accepted with a waiver."""
    externals = _kinds(policy, spec, "external_kinds")
    for m in cal.of_kind(*_kinds(policy, spec)):
        # A clash needs days: a meeting known only by a period clashes in some placements and not
        # in others unless the event fills the whole period, so it stays skipped (SOURCES.md).
        if not has_days(m):
            continue
        for e in cal.reaching(m, externals):
            if (f := _ict_clash(policy, spec, m, e)) is not None:
                yield f


def _ict_clash(policy: Policy, spec: RuleSpec, m: Meeting, e: Meeting) -> Finding | None:
    """The finding of the ITU meeting ``m`` (with days) against the outside event ``e``, which
    may overlap it, if they do."""
    if not has_days(e) or (
        policy.param(spec, "only_major")
        and (e.participants or 0) < policy.param(spec, "major_min_participants")
    ):
        return None
    if not overlap(m, e):
        return None  # different hours (instants compared when both have times)
    return spec.finding(
        policy,
        f"{describe(m)} coincides with {describe(e)}{hours_of(m, e)}",
        (m, e),
        details=dates(m, e, other_meeting=e.label, wanted="no outside ICT event at the same time"),
    )


@naming(ict_event, [*CONF, "council", "council-extra", "external"])
def _ict_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # A clash is a pair that overlaps, so the findings naming a meeting are among those it reaches
    # (reaching is symmetric), whichever side of the pair it is on.
    chosen, externals = set(_kinds(policy, spec)), _kinds(policy, spec, "external_kinds")
    pairs: dict[tuple[str, str], tuple[Meeting, Meeting]] = {}  # each clash once
    for x in [cal.by_id[i] for i in dict.fromkeys(m.id for m in ms) if i in cal.by_id]:
        if x.kind.value in chosen and has_days(x):
            pairs.update(((x.id, e.id), (x, e)) for e in cal.reaching(x, externals))
        if x.kind.value in externals:
            found = cal.reaching(x, chosen)
            pairs.update(((m.id, x.id), (m, x)) for m in found if has_days(m))
    for m, e in pairs.values():
        if (f := _ict_clash(policy, spec, m, e)) is not None:
            yield f


@rule(
    id="R77-GAP",
    title="Sufficient time between conferences",
    severity=Severity.WARNING,
    quote="leaving sufficient time between the various conferences",
    cites=("res77-resolves-7",),
    params=[
        kinds("kinds", CONF, "the kinds kept apart"),
        Param("min_gap_days", 56, int, maximum=3650, doc="days from one close to the next opening"),
    ],
    reads=CONF,
    order=1400,
)
def gap(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Between two conferences or assemblies (other than an associated RA and WRC) at least
    min_gap_days (eight weeks) pass from the close of one to the opening of the next;
    overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and WTDC-22 to PP-22
    102 days."""
    min_gap = policy.param(spec, "min_gap_days")
    kinds = _kinds(policy, spec)
    pairs = _pairs(cal, policy)
    reach = dt.timedelta(days=min_gap)
    wanted = f"at least {days(min_gap)} from the close of one to the opening of the next"
    for b in cal.of_kind(*kinds):
        # both sides: with periods, which comes first may not be known yet
        for a in cal.overlapping(b.start - reach, b.end + reach, kinds):
            if a.id == b.id or pairs.get(a.id) == b.id:
                continue
            if (a.start, a.id) > (b.start, b.id):
                continue  # each pair once, from the later (by first possible day) meeting
            least, most = separation(a, b)
            v = verdict(least >= min_gap, most < min_gap)
            if v is Verdict.MET:
                continue
            details = dates(a, b, wanted=wanted, other_meeting=a.label)
            yield from judged(
                spec,
                policy,
                v,
                (a, b),
                f"{_gap_text(a, b, most)} (at least {min_gap} days wanted)",
                f"some placements leave less than {days(min_gap)} between {a.label} and {b.label}",
                details,
                breach_details={**details, "gap_days": most},
            )


def _gap_text(a: Meeting, b: Meeting, most: int) -> str:
    if not coarse((a, b)):
        what = "overlaps" if most <= 0 else f"opens {days(most)} after"
        return f"{describe(b)} {what} {describe(a)}"
    if most <= 0:
        return f"{describe(a)} and {describe(b)} overlap wherever they are held in their periods"
    return (
        f"{describe(a)} and {describe(b)} are at most {days(most)} apart wherever they are held "
        "in their periods"
    )


@rule(
    id="R77-DECIDED-PERIOD",
    title="Inside the period decided for the meeting",
    severity=Severity.WARNING,
    quote="should be held within the periods indicated there",
    cites=("res77-resolves-7",),
    context=(
        "res77-resolves-5.2",
        "res77-resolves-5.3",
        "res77-resolves-5.4",
        "res77-resolves-5.5",
        "res77-resolves-5.6",
    ),
    order=1500,
)
def decided_period(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, or a
    later Council decision, whose source is kept with the period) is held inside it. A quarter
    means its first to last day. Places are the Council's to set and are not checked."""
    return _decided(cal, policy, spec, list(cal.by_id.values()))


def _decided(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    for m in ms:
        d = m.decided
        if d is None:
            continue
        source = f" by {d.source}" if d.source else ""
        yield from window_findings(
            spec,
            policy,
            m,
            d.start,
            d.end,
            f"{describe(m)} is outside the period decided for it{source} "
            f"({format_span(d.start, d.end)})",
            f"the period decided for it ({format_span(d.start, d.end)})",
            dates(m, wanted=window(d.start, d.end), decided_by=d.source),
        )


@local(decided_period)
def _decided_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _decided(cal, policy, spec, changed)


CORE = [*CONF, "council", "council-extra"]


@rule(
    id="R77-FORUM-CORE",
    title="Forums yield to core activities",
    severity=Severity.WARNING,
    quote="subject to the schedule and meeting space requirements of core activities of ITU and "
    "other mandatory Union events, such as conferences, assemblies and Council sessions",
    cites=("res77-resolves-4",),
    params=[
        kinds("kinds", ["forum"], "the kinds that are forums, symposia or exhibitions"),
        kinds("core_kinds", CORE, "the conferences, assemblies and Council sessions"),
    ],
    reads=[*CORE, "forum"],
    order=2270,
)
def forum_core(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """A forum, symposium or exhibition (a forum on the calendar; a planner may add workshops)
    shares a day with a conference, an assembly or a Council session, wherever each is held:
    such events are scheduled around the core activities of the Union, not beside them. Times
    of day are compared when both have them. A meeting known only by a month or a year is
    left out, since whether it clashes depends on days not fixed yet."""
    return _forum_clashes(cal, policy, spec, cal.of_kind(*_kinds(policy, spec)))


def _forum_clashes(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    forums = set(_kinds(policy, spec))
    core = set(_kinds(policy, spec, "core_kinds")) - forums
    seen: set[tuple[str, str]] = set()
    for m in ms:
        if not has_days(m):
            continue
        if m.kind.value in forums:
            pairs = [(m, c) for c in cal.reaching(m, core)]
        elif m.kind.value in core:
            pairs = [(f, m) for f in cal.reaching(m, forums)]
        else:
            continue
        for f, c in pairs:
            if (f.id, c.id) in seen or not (has_days(f) and has_days(c)) or not overlap(f, c):
                continue
            seen.add((f.id, c.id))
            yield spec.finding(
                policy,
                f"{describe(f)} coincides with {describe(c)}{hours_of(f, c)}; forums and "
                "similar events are scheduled around conferences, assemblies and Council sessions",
                (f, c),
                details=dates(
                    f,
                    c,
                    other_meeting=c.label,
                    wanted="no conference, assembly or Council session at the same time",
                ),
            )


@local(forum_core)
def _forum_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _forum_clashes(cal, policy, spec, changed)
