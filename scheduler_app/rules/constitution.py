"""The periodicity rules of the ITU Constitution and Convention, as recalled by PP Resolution 77.

All quotes are from the Final Acts of PP-22, Resolution 77 (Rev. Bucharest, 2022), *recalling*
a)-e),
seed ``003_c612d4d2e2ee9deb.txt`` lines 2033-2037. That the RA and the WRC are associated in
place and time (CS No. 91, *recalling* b) is in :mod:`scheduler_app.rules.constitution_ra_wrc`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, normalise
from scheduler_app.rules.facts import dates
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, rule
from scheduler_app.rules.params import YEAR_RANGE, Param
from scheduler_app.rules.placement import (
    Placements,
    Verdict,
    known_only,
    placements,
    undetermined,
    verdict,
    worth_noting,
)


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
    title=QT_TRANSLATE_NOOP("Rules", "A Plenipotentiary Conference every four years"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Consecutive Plenipotentiary Conferences must be four years apart. Only years are "
        "compared, so a PP known only by its year counts; a skipped PP gives one finding for "
        "the long gap.",
    ),
    severity=Severity.ERROR,
    quote="No. 47 in Article 8 of the ITU Constitution, which stipulates that the "
    "Plenipotentiary Conference shall be convened every four years",
    cites=("res77-recalling-a",),
    params=[
        Param(
            "interval_years",
            4,
            int,
            maximum=100,
            doc=QT_TRANSLATE_NOOP("Parameters", "years from one PP to the next"),
        )
    ],
    reads={"pp"},
    order=100,
)
def pp_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    want = policy.param(spec, "interval_years")
    for a, b, years in _series_gaps(cal.of_kind(MeetingKind.PP)):
        if years != want:
            yield spec.finding(
                policy,
                translate(
                    "Findings", "{meeting} and {other} are {years} apart, not {wanted}"
                ).format(
                    meeting=describe(a),
                    other=describe(b),
                    years=say.years(years),
                    wanted=say.count(want),
                ),
                (a, b),
                details=dates(a, b, wanted=f"{want} years between them", years_apart=years),
            )


@rule(
    id="CS90-WRC-INTERVAL",
    title=QT_TRANSLATE_NOOP(
        "Rules", "A world radiocommunication conference every three to four years"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        'WRCs (and, if asked, RAs as a series of their own) "normally" every three to four '
        "years, compared by year. WRC-07 to WRC-12 is five by year numbers: a warning, "
        "acceptable for a normally clause and silenced by a waiver.",
    ),
    severity=Severity.WARNING,
    quote="world radiocommunication conferences (WRCs) and radiocommunication assemblies (RAs) "
    "shall normally be convened every three to four years",
    cites=("res77-recalling-b",),
    params=[
        Param(
            "min_years",
            3,
            int,
            maximum=100,
            doc=QT_TRANSLATE_NOOP("Parameters", "fewest years from one WRC to the next"),
        ),
        Param(
            "max_years",
            4,
            int,
            maximum=100,
            doc=QT_TRANSLATE_NOOP("Parameters", "most years from one WRC to the next"),
        ),
        Param(
            "include_ra",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "check RAs as a series of their own too"),
        ),
    ],
    reads={"wrc", "ra"},
    order=200,
)
def wrc_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    lo, hi = policy.param(spec, "min_years"), policy.param(spec, "max_years")
    series = [MeetingKind.WRC] + ([MeetingKind.RA] if policy.param(spec, "include_ra") else [])
    for kind in series:
        for a, b, years in _series_gaps(cal.of_kind(kind)):
            if not lo <= years <= hi:
                yield spec.finding(
                    policy,
                    translate(
                        "Findings",
                        "{meeting} and {other} are {years} apart (normally {low} to {high})",
                    ).format(
                        meeting=describe(a),
                        other=describe(b),
                        years=say.years(years),
                        low=say.count(lo),
                        high=say.count(hi),
                    ),
                    (a, b),
                    details=dates(
                        a, b, wanted=f"{lo} to {hi} years between them", years_apart=years
                    ),
                )


@rule(
    id="CS114-WTSA-INTERVAL",
    title=QT_TRANSLATE_NOOP(
        "Rules", "A world telecommunication standardization assembly every four years"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Consecutive WTSAs four years apart, by cycle year: the nominal year when one is set "
        "(WTSA-20 met in March 2022, postponed by the pandemic), else the start year.",
    ),
    severity=Severity.WARNING,
    quote="world telecommunication standardization assemblies (WTSAs) shall be convened every "
    "four years",
    cites=("res77-recalling-c",),
    params=[
        Param(
            "interval_years",
            4,
            int,
            maximum=100,
            doc=QT_TRANSLATE_NOOP("Parameters", "years from one WTSA to the next"),
        ),
        Param(
            "use_nominal_year",
            True,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "count a postponed WTSA in its nominal year"),
        ),
    ],
    reads={"wtsa"},
    order=400,
)
def wtsa_interval(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
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
                translate(
                    "Findings", "{meeting} and {other} are {years} apart, not {wanted}"
                ).format(
                    meeting=describe(a),
                    other=describe(b),
                    years=say.counted(
                        years,
                        translate("Findings", "{n} cycle year"),
                        translate("Findings", "{n} cycle years"),
                    ),
                    wanted=say.count(want),
                ),
                (a, b),
                details=dates(a, b, wanted=f"{want} cycle years between them", years_apart=years),
            )


@rule(
    id="CS141-ONE-WTDC",
    title=QT_TRANSLATE_NOOP("Rules", "Exactly one WTDC between two Plenipotentiary Conferences"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Between consecutive PPs there must be exactly one WTDC, by dates (WTDC-22 met in June "
        "2022, before PP-22 in September: it belongs to the PP-18 to PP-22 interval). After "
        "the last PP only more than one is reported. A WTDC known only by its year counts "
        "where its year settles it.",
    ),
    severity=Severity.WARNING,
    quote="between two plenipotentiary conferences, there shall be one world telecommunication "
    "development conference (WTDC)",
    cites=("res77-recalling-d",),
    reads={"wtdc", "pp"},
    order=500,
)
def one_wtdc(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    pps = cal.of_kind(MeetingKind.PP)
    wtdcs = cal.of_kind(MeetingKind.WTDC)
    for i, p1 in enumerate(pps):
        p2 = pps[i + 1] if i + 1 < len(pps) else None
        # P1.end < W.start < P2.start, over every placement of meetings known by a period
        verdicts = [(w, _between(placements(w), placements(p1), p2)) for w in wtdcs]
        inside = [w for w, v in verdicts if v is Verdict.MET]
        maybe = [w for w, v in verdicts if v is Verdict.UNDETERMINED]
        if p2 is None:
            if len(inside) > 1:
                codes = say.joined(describe(m) for m in inside)
                yield spec.finding(
                    policy,
                    translate("Findings", "{count} WTDCs after {meeting}: {listed}").format(
                        count=say.count(len(inside)), meeting=describe(p1), listed=codes
                    ),
                    (p1, *inside),
                    details=dates(p1, *inside, wanted="one WTDC after the last PP"),
                )
            elif len(inside) + len(maybe) > 1 and worth_noting([p1, *maybe]):
                yield undetermined(
                    spec,
                    policy,
                    translate(
                        "Findings", "{known}: some placements put more than one WTDC after {code}"
                    ).format(known=known_only([p1, *maybe]), code=say.code(p1)),
                    (p1, *inside, *maybe),
                    dates(p1, *inside, *maybe, wanted="one WTDC after the last PP"),
                )
            continue
        wanted = f"one WTDC opening after {p1.label} closes and before {p2.label} opens"
        if len(inside) > 1 or not (inside or maybe):
            listed = (
                say.joined(describe(m) for m in inside) if inside else translate("Findings", "none")
            )
            yield spec.finding(
                policy,
                translate(
                    "Findings",
                    "{count} WTDCs between {meeting} and {other} ({listed}); there shall be one",
                ).format(
                    count=say.count(len(inside)),
                    meeting=describe(p1),
                    other=describe(p2),
                    listed=listed,
                ),
                (p1, p2, *inside),
                details=dates(p1, p2, *inside, wanted=wanted),
            )
        elif maybe and worth_noting([p1, p2, *maybe]):
            yield undetermined(
                spec,
                policy,
                (
                    translate(
                        "Findings",
                        "{known}: some placements leave more than one WTDC between {code} and "
                        "{other_code}",
                    )
                    if inside
                    else translate(
                        "Findings",
                        "{known}: some placements leave no WTDC between {code} and {other_code}",
                    )
                ).format(
                    known=known_only([p1, p2, *maybe]), code=say.code(p1), other_code=say.code(p2)
                ),
                (p1, p2, *inside, *maybe),
                dates(p1, p2, *inside, *maybe, wanted=wanted),
            )


def _between(w: Placements, p1: Placements, p2: Meeting | None) -> Verdict:
    """Whether a WTDC opens after the first PP closes and before the second opens."""
    after = verdict(w.first > p1.last, w.latest_start <= p1.earliest_end)
    if p2 is None or after is Verdict.BROKEN:
        return after
    q = placements(p2)
    before = verdict(w.latest_start < q.first, w.first >= q.latest_start)
    if Verdict.BROKEN in (after, before):
        return Verdict.BROKEN
    return Verdict.MET if after is before is Verdict.MET else Verdict.UNDETERMINED


@rule(
    id="CV51-COUNCIL-ANNUAL",
    title=QT_TRANSLATE_NOOP(
        "Rules", "One ordinary Council session a year, at the seat of the Union"
    ),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Each year from the first to the last with any Council meeting (or the years set in "
        "the policy) has exactly one ordinary session (council; additional sessions and the "
        "short meetings before a PP are council-extra and never count), held in seat_city.",
    ),
    severity=Severity.WARNING,
    quote="the ITU Council shall hold an ordinary session annually at the seat of the Union",
    cites=("res77-recalling-e",),
    params=[
        Param(
            "seat_city", "Geneva", str, doc=QT_TRANSLATE_NOOP("Parameters", "the seat of the Union")
        ),
        Param(
            "years",
            None,
            YEAR_RANGE,
            optional=True,
            doc=QT_TRANSLATE_NOOP(
                "Parameters",
                "[first, last] years to check (null: first to last year with a Council meeting)",
            ),
        ),
    ],
    reads={"council", "council-extra"},
    order=600,
)
def council_annual(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
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
                translate("Findings", "No ordinary Council session in {year}").format(year=year),
                (),
                (),
                spec.citation,
                subject=str(year),
                details={"meetings": [], "year": year, "wanted": f"one ordinary session in {year}"},
            )
        elif len(sessions) > 1:
            listed = say.joined(describe(m) for m in sessions)
            yield spec.finding(
                policy,
                translate(
                    "Findings", "{count} ordinary Council sessions in {year}: {listed}"
                ).format(count=say.count(len(sessions)), year=year, listed=listed),
                sessions,
                details=dates(*sessions, year=year, wanted=f"one ordinary session in {year}"),
            )
        for m in sessions:
            if m.city and normalise(m.city) != normalise(seat):
                yield spec.finding(
                    policy,
                    translate(
                        "Findings", "{meeting} is in {city}, not at the seat of the Union ({seat})"
                    ).format(meeting=describe(m), city=say.text(m.city), seat=say.text(seat)),
                    (m,),
                    details=dates(m, wanted=f"held in {seat}", city=m.city),
                )
