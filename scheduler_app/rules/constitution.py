"""The periodicity rules of the ITU Constitution and Convention, as recalled by PP Resolution 77.

All quotes are from the Final Acts of PP-22, Resolution 77 (Rev. Bucharest, 2022), *recalling*
a)-e),
seed ``003_c612d4d2e2ee9deb.txt`` lines 2033-2037.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.rules.calendar import Calendar, has_days, normalise
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, rule
from scheduler_app.rules.params import YEAR_RANGE, Param


def _series_gaps(
    meetings: list[Meeting], year_of: dict[str, int] | None = None
) -> Iterator[tuple[Meeting, Meeting, int]]:
    """Consecutive meetings of one series with the number of years between them."""
    ordered = sorted(meetings, key=lambda m: (year_of or {}).get(m.id, m.year))
    for a, b in itertools.pairwise(ordered):
        ya, yb = (year_of or {}).get(a.id, a.year), (year_of or {}).get(b.id, b.year)
        yield a, b, yb - ya


@rule(
    id="CS47-PP-INTERVAL",
    title="A Plenipotentiary Conference every four years",
    severity=Severity.ERROR,
    quote="No. 47 in Article 8 of the ITU Constitution, which stipulates that the "
    "Plenipotentiary Conference shall be convened every four years",
    cites=("res77-recalling-a",),
    params=[Param("interval_years", 4, int, maximum=100, doc="years from one PP to the next")],
    reads={"pp"},
    order=100,
)
def pp_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Consecutive Plenipotentiary Conferences must be four years apart. Only years are compared,
    so a PP known only by its year counts; a skipped PP gives one finding for the long gap."""
    want = policy.param(spec, "interval_years")
    for a, b, years in _series_gaps(cal.of_kind(MeetingKind.PP)):
        if years != want:
            yield spec.finding(
                policy,
                f"{describe(a)} and {describe(b)} are {years} years apart, not {want}",
                (a, b),
            )


@rule(
    id="CS90-WRC-INTERVAL",
    title="A world radiocommunication conference every three to four years",
    severity=Severity.WARNING,
    quote="world radiocommunication conferences (WRCs) and radiocommunication assemblies (RAs) "
    "shall normally be convened every three to four years",
    cites=("res77-recalling-b",),
    params=[
        Param("min_years", 3, int, maximum=100, doc="fewest years from one WRC to the next"),
        Param("max_years", 4, int, maximum=100, doc="most years from one WRC to the next"),
        Param("include_ra", False, bool, doc="check RAs as a series of their own too"),
    ],
    reads={"wrc", "ra"},
    order=200,
)
def wrc_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """WRCs (and, if asked, RAs as a series of their own) "normally" every three to four years,
    compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, acceptable for a
    normally clause and silenced by a waiver."""
    lo, hi = policy.param(spec, "min_years"), policy.param(spec, "max_years")
    series = [MeetingKind.WRC] + ([MeetingKind.RA] if policy.param(spec, "include_ra") else [])
    for kind in series:
        for a, b, years in _series_gaps(cal.of_kind(kind)):
            if not lo <= years <= hi:
                yield spec.finding(
                    policy,
                    f"{describe(a)} and {describe(b)} are {years} years apart "
                    f"(normally {lo} to {hi})",
                    (a, b),
                )


def associated_pairs(cal: Calendar, max_gap_days: int) -> dict[str, str]:
    """RA and WRC meetings associated in place and time, both ways: {ra id: wrc id, wrc id: ra id}.

    An RA is associated with a WRC in the same city that overlaps it, is adjacent to it (gap of at
    most one day either way), or ends at most ``max_gap_days`` before it opens (CS91-RA-WITH-WRC).
    """
    pairs: dict[str, str] = {}
    ras = [r for r in cal.of_kind(MeetingKind.RA) if has_days(r)]
    for wrc in cal.of_kind(MeetingKind.WRC):
        if not has_days(wrc):
            continue
        for ra in ras:
            if ra.id in pairs or normalise(ra.city) != normalise(wrc.city):
                continue
            if _associated_in_time(ra, wrc, max_gap_days):
                pairs[ra.id], pairs[wrc.id] = wrc.id, ra.id
                break
    return pairs


def _associated_in_time(ra: Meeting, wrc: Meeting, max_gap_days: int) -> bool:
    if ra.start <= wrc.end and wrc.start <= ra.end:
        return True
    if (ra.start - wrc.end).days <= 1 and ra.start > wrc.end:
        return True  # the RA directly follows the WRC
    return 0 < (wrc.start - ra.end).days <= max(max_gap_days, 1)


@rule(
    id="CS91-RA-WITH-WRC",
    title="RA and WRC associated in place and time",
    severity=Severity.WARNING,
    quote="and shall be associated in place and time",
    cites=("res77-recalling-b",),
    context=("res77-resolves-5.2",),
    params=[
        Param("max_gap_days", 7, int, maximum=365, doc="days an RA may close before its WRC opens")
    ],
    reads={"wrc", "ra"},
    order=300,
)
def ra_with_wrc(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most
    max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 Nov
    2023, WRC-23 opened Monday 20 Nov: a gap of three days)."""
    max_gap = policy.param(spec, "max_gap_days")
    pairs = associated_pairs(cal, max_gap)
    ras = [r for r in cal.of_kind(MeetingKind.RA) if has_days(r)]
    wrcs = [w for w in cal.of_kind(MeetingKind.WRC) if has_days(w)]
    named: set[frozenset[str]] = set()  # a WRC and an RA in different places: one warning
    for lonely, others, what in ((wrcs, ras, "RA"), (ras, wrcs, "WRC")):
        for m in lonely:
            if m.id in pairs:
                continue
            near = [o for o in others if o.id not in pairs and _near(o, m, max_gap)]
            if near:
                o = near[0]
                if frozenset((m.id, o.id)) in named:
                    continue
                named.add(frozenset((m.id, o.id)))
                yield spec.finding(
                    policy,
                    f"{describe(m)} in {m.city or 'an unstated place'} and {describe(o)} in "
                    f"{o.city or 'an unstated place'} are not in the same place",
                    (m, o),
                )
            else:
                yield spec.finding(
                    policy,
                    f"{describe(m)} has no {what} associated with it in place and time "
                    f"(at most {max_gap} days apart)",
                    (m,),
                )


def _near(a: Meeting, b: Meeting, max_gap: int) -> bool:
    ra, wrc = (a, b) if a.kind is MeetingKind.RA else (b, a)
    return _associated_in_time(ra, wrc, max_gap)


@rule(
    id="CS114-WTSA-INTERVAL",
    title="A world telecommunication standardization assembly every four years",
    severity=Severity.WARNING,
    quote="world telecommunication standardization assemblies (WTSAs) shall be convened every "
    "four years",
    cites=("res77-recalling-c",),
    params=[
        Param("interval_years", 4, int, maximum=100, doc="years from one WTSA to the next"),
        Param("use_nominal_year", True, bool, doc="count a postponed WTSA in its nominal year"),
    ],
    reads={"wtsa"},
    order=400,
)
def wtsa_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set
    (WTSA-20 met in March 2022, postponed by the pandemic), else the start year."""
    want = policy.param(spec, "interval_years")
    wtsas = cal.of_kind(MeetingKind.WTSA)
    year_of = (
        {m.id: m.nominal_year for m in wtsas if m.nominal_year}
        if policy.param(spec, "use_nominal_year")
        else {}
    )
    for a, b, years in _series_gaps(wtsas, year_of):
        if years != want:
            yield spec.finding(
                policy,
                f"{describe(a)} and {describe(b)} are {years} cycle years apart, not {want}",
                (a, b),
            )


@rule(
    id="CS141-ONE-WTDC",
    title="Exactly one WTDC between two Plenipotentiary Conferences",
    severity=Severity.WARNING,
    quote="between two plenipotentiary conferences, there shall be one world telecommunication "
    "development conference (WTDC)",
    cites=("res77-recalling-d",),
    reads={"wtdc", "pp"},
    order=500,
)
def one_wtdc(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June 2022,
    before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After the last PP only
    more than one is reported. A WTDC known only by its year counts where its year settles it."""
    pps = cal.of_kind(MeetingKind.PP)
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    for i, p1 in enumerate(pps):
        p2 = pps[i + 1] if i + 1 < len(pps) else None
        # P1.end < W.start < P2.start; a month-, quarter- or year-only WTDC only when its whole
        # period lies before P2 (its year settles the question)
        after = [
            w
            for w in wtdcs
            if w.start > p1.end and (p2 is None or (w.start if has_days(w) else w.end) < p2.start)
        ]
        if p2 is None:
            if len(after) > 1:
                codes = ", ".join(describe(w) for w in after)
                yield spec.finding(
                    policy, f"{len(after)} WTDCs after {describe(p1)}: {codes}", (p1, *after)
                )
            continue
        straddling = [
            w
            for w in wtdcs
            if not has_days(w) and (w.start <= p2.start <= w.end or w.start <= p1.end <= w.end)
        ]
        if len(after) != 1 and not (len(after) == 0 and straddling):
            listed = ", ".join(describe(w) for w in after) if after else "none"
            yield spec.finding(
                policy,
                f"{len(after)} WTDCs between {describe(p1)} and {describe(p2)} ({listed}); "
                "there shall be one",
                (p1, p2, *after),
            )


@rule(
    id="CV51-COUNCIL-ANNUAL",
    title="One ordinary Council session a year, at the seat of the Union",
    severity=Severity.WARNING,
    quote="the ITU Council shall hold an ordinary session annually at the seat of the Union",
    cites=("res77-recalling-e",),
    params=[
        Param("seat_city", "Geneva", str, doc="the seat of the Union"),
        Param(
            "years",
            None,
            YEAR_RANGE,
            optional=True,
            doc="[first, last] years to check (null: first to last year with a Council meeting)",
        ),
    ],
    reads={"council", "council-extra"},
    order=600,
)
def council_annual(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    """Each year from the first to the last with any Council meeting (or the years set in the
    policy) has exactly one ordinary session (council; additional sessions and the short
    meetings before a PP are council-extra and never count), held in seat_city."""
    ordinary = cal.of_kind(MeetingKind.COUNCIL)
    every = ordinary + cal.of_kind(MeetingKind.COUNCIL_EXTRA)
    if not every:
        return
    years = policy.param(spec, "years")
    span = (
        range(int(years[0]), int(years[1]) + 1)
        if years
        else range(min(m.year for m in every), max(m.year for m in every) + 1)
    )
    seat = policy.param(spec, "seat_city")
    by_year: dict[int, list[Meeting]] = defaultdict(list)
    for m in ordinary:
        by_year[m.year].append(m)
    for year in span:
        sessions = by_year.get(year, [])
        if not sessions:
            yield Finding(
                spec.id,
                policy.severity(spec),
                f"No ordinary Council session in {year}",
                (),
                (),
                spec.citation,
                subject=str(year),
            )
        elif len(sessions) > 1:
            listed = ", ".join(describe(m) for m in sessions)
            yield spec.finding(
                policy, f"{len(sessions)} ordinary Council sessions in {year}: {listed}", sessions
            )
        for m in sessions:
            if m.city and normalise(m.city) != normalise(seat):
                yield spec.finding(
                    policy,
                    f"{describe(m)} is in {m.city}, not at the seat of the Union ({seat})",
                    (m,),
                )
