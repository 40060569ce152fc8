"""Major religious periods: PP Resolution 111 and its application to ITU-D by WTDC Resolution 1.

The seeds cite Resolution 111 (Rev. Busan, 2014) by title only (``003_c612d4d2e2ee9deb.txt`` line
2038); its operative words for ITU-D meetings are in WTDC Resolution 1 (Rev. Baku, 2025), § 3.7.6
(``004_2cd29aff50f41401.txt`` line 3615) and § 11.5 for TDAG (line 4072).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting, MeetingKind, format_span
from scheduler_app.domain.kinds import CONFERENCE_KINDS
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import Calendar, has_days, is_body, itu_d
from scheduler_app.rules.facts import dates
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, local, rule
from scheduler_app.rules.params import Param, kinds

OBSERVANCE_KEYS = [
    "ramadan",
    "eid-al-fitr",
    "eid-al-adha",
    "good-friday-easter-monday",
    "orthodox-good-friday-easter-monday",
    "christmas",
    "orthodox-christmas",
    "rosh-hashanah",
    "yom-kippur",
    "passover",
    "diwali",
    "vesak",
    "lunar-new-year",
    "gurpurab",
]


@rule(
    id="R111-RELIGIOUS",
    title=QT_TRANSLATE_NOOP("Rules", "Avoid major religious periods"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A conference, assembly or Council meeting, or an ITU-D study group, rapporteur group "
        "or TDAG meeting, whose sitting days fall in an enabled observance. Weekend days are "
        "ignored when the meeting also sits on weekdays (sitting_days_only; a Saturday-only "
        "meeting sits on Saturday). With include_eve, Jewish and Islamic observances start the "
        "evening before, i.e. the day before counts. islamic_uncertainty_days widens Islamic "
        "dates, which vary by country by about a day. Add kinds such as rpm with the kinds "
        "parameter.",
    ),
    severity=Severity.WARNING,
    quote="should make every possible effort, as far as practicable, in order that the planned "
    "period for meetings not be scheduled during a period which is considered a major religious "
    "period by a Member State",
    cites=("wtdc-res1-3.7.6", "wtdc-res1-11.5"),
    context=("res77-recalling-f",),
    note="which apply PP Resolution 111 (Rev. Busan, 2014) to ITU-D meetings (the text of "
    "Resolution 111 is not in the planner's sources: PP Resolution 77, recalling f), cites it by "
    "title only)",
    params=[
        kinds(
            "kinds",
            [*sorted(k.value for k in CONFERENCE_KINDS), "council", "council-extra"],
            QT_TRANSLATE_NOOP("Parameters", "the kinds checked in every Sector"),
        ),
        kinds(
            "itu_d_kinds",
            ["study-group", "rapporteur-group"],
            QT_TRANSLATE_NOOP("Parameters", "the ITU-D kinds checked"),
        ),
        Param(
            "tdag_body",
            "TDAG",
            str,
            doc=QT_TRANSLATE_NOOP("Parameters", "the body of TDAG's advisory-group meetings"),
        ),
        Param(
            "observances",
            OBSERVANCE_KEYS,
            list,
            choices=OBSERVANCE_KEYS,
            doc=QT_TRANSLATE_NOOP("Parameters", "the religious periods avoided"),
        ),
        Param(
            "sitting_days_only",
            True,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "ignore weekend days of a weekday meeting"),
        ),
        Param(
            "include_eve",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP("Parameters", "Jewish and Islamic days begin the evening before"),
        ),
        Param(
            "islamic_uncertainty_days",
            0,
            int,
            maximum=3,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "days by which Islamic dates may differ by country"
            ),
        ),
    ],
    reads=[
        *(k.value for k in CONFERENCE_KINDS),
        "council",
        "council-extra",
        "study-group",
        "rapporteur-group",
        "advisory-group",
    ],
    order=1700,
)
def religious(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    # Observance by observance: a few hundred index queries find the meetings worth a closer
    # look, instead of walking every day of every meeting.
    enabled = set(policy.param(spec, "observances"))
    kinds = {*policy.param(spec, "kinds"), *policy.param(spec, "itu_d_kinds"), "advisory-group"}
    margin = dt.timedelta(
        days=max(
            int(policy.param(spec, "islamic_uncertainty_days")),
            1 if policy.param(spec, "include_eve") else 0,
        )
    )
    candidates: dict[str, Meeting] = {}
    for o in cal.context.observances:
        if o.key in enabled:
            for m in cal.overlapping(o.start - margin, o.end + margin, kinds):
                candidates[m.id] = m
    return _religious(cal, policy, spec, list(candidates.values()))


def _applies(kinds: set[str], itu_d_kinds: set[str], tdag: str, m: Meeting) -> bool:
    kind = m.kind.value
    if kind in kinds:
        return True
    if m.kind is MeetingKind.ADVISORY_GROUP and is_body(m, tdag):
        return True  # "TDAG" is an advisory-group meeting whose body is TDAG (SOURCES.md)
    return itu_d(m) and kind in itu_d_kinds


_EVE = {"ramadan", "eid-al-fitr", "eid-al-adha", "rosh-hashanah", "yom-kippur", "passover"}
_ISLAMIC = {"ramadan", "eid-al-fitr", "eid-al-adha"}


def _sitting_days(m: Meeting, weekend: frozenset[int], sitting_only: bool) -> list[dt.date]:
    days = [m.start + dt.timedelta(days=i) for i in range(m.days)]
    if not sitting_only:
        return days
    weekdays = [d for d in days if d.weekday() not in weekend]
    return weekdays or days


def _religious(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    enabled = set(policy.param(spec, "observances"))
    sitting_only = policy.param(spec, "sitting_days_only")
    eve = policy.param(spec, "include_eve")
    widen = int(policy.param(spec, "islamic_uncertainty_days"))
    kinds, itu_d_kinds = set(policy.param(spec, "kinds")), set(policy.param(spec, "itu_d_kinds"))
    tdag = policy.param(spec, "tdag_body")
    for m in ms:
        # Observances are judged day by day: a meeting known only by a period sits in one only if
        # every placement does, i.e. if the observance covers its whole period, which none of a
        # month or more does; so such meetings stay skipped, as SOURCES.md says.
        if not has_days(m) or not _applies(kinds, itu_d_kinds, tdag, m):
            continue
        weekend = cal.context.weekend(m.country) if m.country else frozenset({5, 6})
        hits: dict[tuple[str, str], Observance] = {}
        hit_days: dict[tuple[str, str], set[dt.date]] = {}
        for day in _sitting_days(m, weekend, sitting_only):
            probes = {day}
            if eve:
                probes.add(day + dt.timedelta(days=1))  # the evening of ``day`` begins the next
            for offset in range(1, widen + 1):
                probes |= {day - dt.timedelta(days=offset), day + dt.timedelta(days=offset)}
            for probe in probes:
                for o in cal.observances_on(probe):
                    if o.key not in enabled:
                        continue
                    if (o.key, o.variant) in hits:
                        hit_days[(o.key, o.variant)].add(day)
                        continue
                    shifted = probe != day
                    if shifted and not (
                        (eve and probe == day + dt.timedelta(days=1) and o.key in _EVE)
                        or (widen and o.key in _ISLAMIC)
                    ):
                        continue
                    hits[(o.key, o.variant)] = o
                    hit_days[(o.key, o.variant)] = {day}
        if hits:
            found = sorted(hits.items(), key=lambda kv: kv[1].start)
            names = say.joined(_observance_text(o) for _k, o in found)
            yield spec.finding(
                policy,
                translate("Findings", "{meeting} sits during {observances}").format(
                    meeting=describe(m), observances=names
                ),
                (m,),
                details=dates(
                    m,
                    observance=found[0][1].label,
                    observance_dates=[found[0][1].start.isoformat(), found[0][1].end.isoformat()],
                    observances=[
                        {
                            "observance": o.label,
                            "observance_dates": [o.start.isoformat(), o.end.isoformat()],
                            "estimated": o.estimated,
                            "sitting_days": sorted(d.isoformat() for d in hit_days[k]),
                        }
                        for k, o in found
                    ],
                    wanted="no sitting day in a major religious period",
                ),
            )


def _observance_text(o: Observance) -> str:
    text = (
        translate("Findings", "{observance} ({dates}, estimated)")
        if o.estimated
        else translate("Findings", "{observance} ({dates})")
    )
    return text.format(
        observance=translate("Observances", o.label), dates=isolate(format_span(o.start, o.end))
    )


@local(religious)
def _religious_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _religious(cal, policy, spec, changed)
