"""CS No. 91, as recalled by PP Resolution 77: the RA and the WRC associated in place and time.

The quote is from the Final Acts of PP-22, Resolution 77 (Rev. Bucharest, 2022), *recalling* b),
seed ``003_c612d4d2e2ee9deb.txt`` lines 2033-2037. The other periodicity rules of the
Constitution and Convention are in :mod:`scheduler_app.rules.constitution`.
"""

from __future__ import annotations

from collections.abc import Iterator

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar
from scheduler_app.rules.facts import dates, days
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, rule
from scheduler_app.rules.pairing import (
    allowed_gap,
    associated_pairs,
    association,
    same_place,
)
from scheduler_app.rules.params import Param
from scheduler_app.rules.placement import (
    Verdict,
    coarse,
    known_only,
    separation,
    undetermined,
    worth_noting,
)


@rule(
    id="CS91-RA-WITH-WRC",
    title=QT_TRANSLATE_NOOP("Rules", "RA and WRC associated in place and time"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Every WRC needs an RA in the same city that overlaps it, adjoins it, or ends at most "
        "max_gap_days days before it opens; every RA needs such a WRC (RA-23 ended Friday 17 "
        "Nov 2023, WRC-23 opened Monday 20 Nov: a gap of three days).",
    ),
    severity=Severity.WARNING,
    quote="and shall be associated in place and time",
    cites=("res77-recalling-b",),
    context=("res77-resolves-5.2",),
    params=[
        Param(
            "max_gap_days",
            7,
            int,
            maximum=365,
            doc=QT_TRANSLATE_NOOP("Parameters", "days an RA may close before its WRC opens"),
        )
    ],
    reads={"wrc", "ra"},
    order=300,
)
def ra_with_wrc(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    max_gap = policy.param(spec, "max_gap_days")
    limit = allowed_gap(max_gap)
    wanted = f"an RA and a WRC in the same city, at most {days(limit)} apart in either order"
    pairs = associated_pairs(cal, max_gap)
    by_id = cal.by_id
    ras = cal.of_kind(MeetingKind.RA)
    wrcs = cal.of_kind(MeetingKind.WRC)
    for wrc in wrcs:  # paired while known only by periods: may still end up apart
        ra = by_id[pairs[wrc.id]] if wrc.id in pairs else None
        if ra is None or association(ra, wrc, max_gap) is not Verdict.UNDETERMINED:
            continue
        if worth_noting((ra, wrc)):
            yield undetermined(
                spec,
                policy,
                translate(
                    "Findings", "{known}: some placements leave them more than {days} apart"
                ).format(known=known_only((ra, wrc)), days=say.days(limit)),
                (ra, wrc),
                dates(ra, wrc, wanted=wanted, other_meeting=ra.label),
            )
    named: set[frozenset[str]] = set()  # a pair named from both sides: one warning
    ra_name, wrc_name = QT_TRANSLATE_NOOP("Findings", "RA"), QT_TRANSLATE_NOOP("Findings", "WRC")
    for lonely, others, what in ((wrcs, ras, ra_name), (ras, wrcs, wrc_name)):
        for m in lonely:
            if m.id in pairs:
                continue
            free = [o for o in others if o.id not in pairs]
            elsewhere = [
                o
                for o in free
                if not same_place(o, m)
                and association(*_ra_first(m, o), max_gap) is not Verdict.BROKEN
            ]
            missed = _nearest(m, [o for o in free if same_place(o, m)])
            o = elsewhere[0] if elsewhere else missed
            if o is not None:
                if frozenset((m.id, o.id)) in named:
                    continue
                named.add(frozenset((m.id, o.id)))
            details = dates(m, *([o] if o else []), wanted=wanted)
            if elsewhere and o is not None:
                yield spec.finding(
                    policy,
                    translate(
                        "Findings",
                        "{meeting} in {city} and {other} in {other_city} are not in the same place",
                    ).format(
                        meeting=describe(m), city=_city(m), other=describe(o), other_city=_city(o)
                    ),
                    (m, o),
                    details={**details, "other_meeting": o.label},
                )
            elif o is not None:
                ra, wrc = _ra_first(m, o)
                gap = separation(ra, wrc)[0]
                yield spec.finding(
                    policy,
                    translate("Findings", "{what}; at most {limit} allowed").format(
                        what=_near_miss(ra, wrc), limit=say.count(limit)
                    ),
                    (m, o),
                    details={**details, "other_meeting": o.label, "gap_days": gap},
                )
            else:
                yield spec.finding(
                    policy,
                    translate(
                        "Findings",
                        "{meeting} has no {kind} associated with it in place and time "
                        "(at most {days} apart)",
                    ).format(
                        meeting=describe(m), kind=translate("Findings", what), days=say.days(limit)
                    ),
                    (m,),
                    details=details,
                )


# A same-city RA or WRC missing its partner by less than this is named in the finding; farther
# apart they are two events of different cycles, not a pair missed by a few days.
NEAR_MISS_DAYS = 183


def _ra_first(a: Meeting, b: Meeting) -> tuple[Meeting, Meeting]:
    return (a, b) if a.kind is MeetingKind.RA else (b, a)


def _nearest(m: Meeting, others: list[Meeting]) -> Meeting | None:
    near = [(separation(m, o)[0], o.start, o) for o in others]
    near = [n for n in near if n[0] <= NEAR_MISS_DAYS]
    return min(near, key=lambda n: (n[0], n[1]))[2] if near else None


def _city(m: Meeting) -> str:
    return say.text(m.city) if m.city else translate("Findings", "an unstated place")


def _near_miss(ra: Meeting, wrc: Meeting) -> str:
    """``RA-31 closes 9 days before WRC-31 opens in Dubai``."""
    where = translate("Findings", " in {city}").format(city=say.text(wrc.city)) if wrc.city else ""
    least = say.days(separation(ra, wrc)[0])
    if coarse((ra, wrc)):
        return translate(
            "Findings",
            "{meeting} and {other}{where} are at least {days} apart wherever they are held in "
            "their periods",
        ).format(meeting=describe(ra), other=describe(wrc), where=where, days=least)
    if ra.end < wrc.start:
        text = translate("Findings", "{code} closes {days} before {other_code} opens{where}")
    else:
        text = translate("Findings", "{code} opens {days} after {other_code} closes{where}")
    return text.format(code=say.code(ra), other_code=say.code(wrc), days=least, where=where)
