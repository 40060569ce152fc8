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
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days
from scheduler_app.rules.facts import dates, days, window
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

# The conference and assembly kinds; with kinds_of, shared by res77_clashes.
CONF = sorted(k.value for k in CONFERENCE_KINDS)


def kinds_of(policy: Policy, spec: RuleSpec, name: str = "kinds") -> list[str]:
    """The meeting kinds that the rule's parameter ``name`` lists in ``policy``."""
    return list(policy.param(spec, name))


def _pairs(cal: Calendar, policy: Policy) -> dict[str, str]:
    spec = REGISTRY["CS91-RA-WITH-WRC"]
    return associated_pairs(cal, policy.param(spec, "max_gap_days"))


@rule(
    id="R77-LAST-QUARTER",
    title=QT_TRANSLATE_NOOP("Rules", "Conferences and assemblies in the last quarter of the year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A conference or assembly opens on or after 1 October and closes by 31 December of its "
        "year. PP-22 opened on 26 September 2022, five days early. The pandemic year is for a "
        "waiver, not for a weaker rule. A meeting known only by its year is skipped; one known "
        "by month or quarter is checked, since its period already settles the question.",
    ),
    severity=Severity.WARNING,
    quote="ITU conferences and assemblies shall, in principle, be held in the last quarter of the "
    "year",
    cites=("res77-resolves-1",),
    context=("wtdc-res1-considering-also-b",),
    params=[
        kinds("kinds", CONF, QT_TRANSLATE_NOOP("Parameters", "the kinds held to the last quarter"))
    ],
    reads=CONF,
    order=700,
)
def last_quarter(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _outside_last_quarter(policy, spec, cal.of_kind(*kinds_of(policy, spec)))


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
            translate("Findings", "{meeting} is not within October-December {year}").format(
                meeting=describe(m), year=m.year
            ),
            translate("Findings", "October-December {year}").format(year=m.year),
            dates(m, wanted=window(first, last)),
        )


@naming(last_quarter, CONF)
def _last_quarter_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # each finding names one conference and depends on its dates alone
    chosen = set(kinds_of(policy, spec))
    stored = [cal.by_id[i] for i in dict.fromkeys(m.id for m in ms) if i in cal.by_id]
    return _outside_last_quarter(policy, spec, [m for m in stored if m.kind.value in chosen])


@rule(
    id="R77-SAME-YEAR",
    title=QT_TRANSLATE_NOOP("Rules", "Not two conferences or assemblies in one year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Conferences and assemblies are grouped by start year; an RA and a WRC associated in "
        "place and time count as one (the exception of recalling b)). More than one in a year: "
        "one warning listing them. 2022 held WTSA-20, WTDC-22 and PP-22.",
    ),
    severity=Severity.WARNING,
    quote="and not in the same year, except as provided in recalling b) above",
    cites=("res77-resolves-1",),
    context=("res77-recalling-b",),
    params=[
        kinds("kinds", CONF, QT_TRANSLATE_NOOP("Parameters", "the kinds counted")),
        Param(
            "pair_counts_as_one",
            True,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "an associated RA and WRC count as one"),
        ),
    ],
    reads=CONF,
    order=800,
)
def same_year(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    pairs = _pairs(cal, policy) if policy.param(spec, "pair_counts_as_one") else {}
    by_year: dict[int, list[Meeting]] = defaultdict(list)
    for m in cal.of_kind(*kinds_of(policy, spec)):
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
            listed = say.joined(describe(m) for m in meetings)
            note = "; ".join(
                translate("Findings", "{code} and {other_code} counting as one").format(
                    code=say.code(ra), other_code=say.code(wrc)
                )
                for ra, wrc in as_one
            )
            text = (
                translate(
                    "Findings", "{count} conferences or assemblies in {year} ({note}): {listed}"
                )
                if note
                else translate("Findings", "{count} conferences or assemblies in {year}: {listed}")
            )
            yield spec.finding(
                policy,
                text.format(count=say.count(units), year=year, note=note, listed=listed),
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
    title=QT_TRANSLATE_NOOP("Rules", "Other conferences, assemblies and forums in a PP year"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "For each Plenipotentiary Conference, every conference, assembly or forum starting in "
        "the same year is noted (information only: an annual forum shows up in every PP year, "
        "as intended).",
    ),
    severity=Severity.INFO,
    quote="holding conferences, assemblies and forums in the same year as the plenipotentiary "
    "conference represents a burden for the Union's membership and staff",
    cites=("res77-considering-c",),
    params=[
        kinds(
            "kinds",
            [k for k in CONF if k != "pp"] + ["forum"],
            QT_TRANSLATE_NOOP("Parameters", "the kinds noted in a PP year"),
        )
    ],
    reads=[*CONF, "forum"],
    order=900,
)
def pp_year(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    others = cal.of_kind(*kinds_of(policy, spec))
    for pp in cal.of_kind(MeetingKind.PP):
        for m in others:
            if m.year == pp.year and m.id != pp.id:
                yield spec.finding(
                    policy,
                    translate("Findings", "{meeting} is in the same year as {other}").format(
                        meeting=describe(m), other=describe(pp)
                    ),
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
    title=QT_TRANSLATE_NOOP("Rules", "A Plenipotentiary Conference lasts at most three weeks"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Plenipotentiary conferences are limited to three weeks (21 days, first and last "
        "included) unless there is a pressing need, which a waiver can state. Monday to the "
        "Monday three weeks later is 22 days.",
    ),
    severity=Severity.WARNING,
    quote="plenipotentiary conferences shall, unless there is a pressing need otherwise, be "
    "limited to a duration of three weeks",
    cites=("res77-resolves-2",),
    params=[
        Param(
            "max_days",
            21,
            int,
            minimum=1,
            doc=QT_TRANSLATE_NOOP("Parameters", "longest PP, first and last day included"),
        )
    ],
    reads={"pp"},
    order=1000,
)
def pp_duration(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    limit = policy.param(spec, "max_days")
    for pp in cal.of_kind(MeetingKind.PP):
        # A PP known only by a period has no length yet: some placement is always short enough
        # and a one-day placement meets the limit, so it is never broken (and no news to note).
        if has_days(pp) and pp.days > limit:
            yield spec.finding(
                policy,
                translate("Findings", "{meeting} lasts {days} (limit {limit})").format(
                    meeting=describe(pp), days=say.days(pp.days), limit=say.count(limit)
                ),
                (pp,),
                details=dates(pp, days=pp.days, wanted=f"at most {limit} days"),
            )


@rule(
    id="R77-GAP",
    title=QT_TRANSLATE_NOOP("Rules", "Sufficient time between conferences"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Between two conferences or assemblies (other than an associated RA and WRC) at least "
        "min_gap_days (eight weeks) pass from the close of one to the opening of the next; "
        "overlapping ones are reported too. In 2022, WTSA-20 to WTDC-22 was 89 days and "
        "WTDC-22 to PP-22 102 days.",
    ),
    severity=Severity.WARNING,
    quote="leaving sufficient time between the various conferences",
    cites=("res77-resolves-7",),
    params=[
        kinds("kinds", CONF, QT_TRANSLATE_NOOP("Parameters", "the kinds kept apart")),
        Param(
            "min_gap_days",
            56,
            int,
            maximum=3650,
            doc=QT_TRANSLATE_NOOP("Parameters", "days from one close to the next opening"),
        ),
    ],
    reads=CONF,
    order=1400,
)
def gap(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    min_gap = policy.param(spec, "min_gap_days")
    kinds = kinds_of(policy, spec)
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
                translate("Findings", "{what} (at least {limit} days wanted)").format(
                    what=_gap_text(a, b, most), limit=say.count(min_gap)
                ),
                translate(
                    "Findings",
                    "some placements leave less than {days} between {code} and {other_code}",
                ).format(days=say.days(min_gap), code=say.code(a), other_code=say.code(b)),
                details,
                breach_details={**details, "gap_days": most},
            )


def _gap_text(a: Meeting, b: Meeting, most: int) -> str:
    if not coarse((a, b)):
        text = (
            translate("Findings", "{meeting} overlaps {other}")
            if most <= 0
            else translate("Findings", "{meeting} opens {days} after {other}")
        )
        return text.format(meeting=describe(b), other=describe(a), days=say.days(most))
    if most <= 0:
        text = translate(
            "Findings", "{meeting} and {other} overlap wherever they are held in their periods"
        )
    else:
        text = translate(
            "Findings",
            "{meeting} and {other} are at most {days} apart wherever they are held in their "
            "periods",
        )
    return text.format(meeting=describe(a), other=describe(b), days=say.days(most))


@rule(
    id="R77-DECIDED-PERIOD",
    title=QT_TRANSLATE_NOOP("Rules", "Inside the period decided for the meeting"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A meeting for which a higher body decided a period (Resolution 77 resolves 5.2-5.6, "
        "or a later Council decision, whose source is kept with the period) is held inside it. "
        "A quarter means its first to last day. Places are the Council's to set and are not "
        "checked.",
    ),
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
    return _decided(cal, policy, spec, list(cal.by_id.values()))


def _decided(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    for m in ms:
        d = m.decided
        if d is None:
            continue
        period = isolate(format_span(d.start, d.end))
        breach = (
            translate(
                "Findings", "{meeting} is outside the period decided for it by {source} ({period})"
            )
            if d.source
            else translate("Findings", "{meeting} is outside the period decided for it ({period})")
        )
        yield from window_findings(
            spec,
            policy,
            m,
            d.start,
            d.end,
            breach.format(meeting=describe(m), source=say.text(d.source), period=period),
            translate("Findings", "the period decided for it ({period})").format(period=period),
            dates(m, wanted=window(d.start, d.end), decided_by=d.source),
        )


@local(decided_period)
def _decided_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _decided(cal, policy, spec, changed)
