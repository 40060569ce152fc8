"""Rooms, people and places: planning constraints the ITU texts ask for in general terms.

Every rule here is *local*: what it says about a meeting depends only on that meeting and the
meetings sharing its days, so after an edit only the changed meetings are re-checked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from scheduler_app.domain import Meeting, Mode
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, language, translate
from scheduler_app.i18n import day as i18n_day
from scheduler_app.rules import wording as say
from scheduler_app.rules.calendar import (
    Calendar,
    has_days,
    normalise,
    ordered_pair,
    overlap,
)
from scheduler_app.rules.facts import dates, hours_of
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity, describe, local, rule
from scheduler_app.rules.params import Param, kinds

SPACE_QUOTE = (
    "the availability of sufficient meeting space to accommodate core ITU Sector activities"
)
# Res. 77 considering b) (not recognizing b), which is about revenues) and WTDC Res. 1 § 3.7.4.
SPACE_SOURCES = ("res77-considering-b", "wtdc-res1-3.7.4")

Neighbours = Callable[[Calendar, Meeting], list[Meeting]]
PairTest = Callable[[Policy, RuleSpec, Meeting, Meeting], str | None]
"""The message for a pair that breaks the rule, or None."""


def _all_pairs(
    policy: Policy,
    spec: RuleSpec,
    pairs: Iterable[tuple[Meeting, Meeting]],
    test: PairTest,
) -> Iterator[Finding]:
    """The full check of a pair rule, over the pairs the calendar's sweep yields."""
    for a, b in pairs:
        message = test(policy, spec, a, b)
        if message is not None:
            yield spec.finding(policy, message, (a, b), details=_pair_details(a, b))


def _pairs(
    cal: Calendar,
    policy: Policy,
    spec: RuleSpec,
    meetings: Iterable[Meeting],
    neighbours: Neighbours,
    test: PairTest,
) -> Iterator[Finding]:
    """Findings for each pair (m, neighbour) around ``meetings``, each pair once, in a stable
    order (the local form of a pair rule)."""
    seen: set[tuple[str, str]] = set()
    for m in meetings:
        for other in neighbours(cal, m):
            a, b = ordered_pair(m, other)
            if (a.id, b.id) in seen:
                continue
            seen.add((a.id, b.id))
            message = test(policy, spec, a, b)
            if message is not None:
                yield spec.finding(policy, message, (a, b), details=_pair_details(a, b))


def _pair_details(a: Meeting, b: Meeting) -> dict[str, object]:
    return dates(a, b, other_meeting=b.label, wanted="not at the same time")


def pair_around(spec: RuleSpec, neighbours: Neighbours, test: PairTest) -> None:
    """Attach the local form of a pair rule: the same test, around the changed meetings only."""

    def around(
        cal: Calendar, policy: Policy, s: RuleSpec, changed: Sequence[Meeting]
    ) -> Iterator[Finding]:
        return _pairs(cal, policy, s, changed, neighbours, test)

    local(spec)(around)


def _in_room(cal: Calendar, m: Meeting) -> list[Meeting]:
    return cal.in_room(m)


def _same_chair(cal: Calendar, m: Meeting) -> list[Meeting]:
    return cal.same_chair(m)


def _in_person(m: Meeting) -> bool:
    return m.mode is not Mode.VIRTUAL


def _dated_overlap(a: Meeting, b: Meeting) -> bool:
    """Overlap of two day-precision meetings, by instants when both have times. Month- or
    year-only ones are skipped (SOURCES.md): a clash needs days, and a meeting known only by a
    period clashes in some placements and not in others."""
    return has_days(a) and has_days(b) and overlap(a, b)


def _room_test(policy: Policy, spec: RuleSpec, a: Meeting, b: Meeting) -> str | None:
    if not _dated_overlap(a, b):
        return None
    return translate(
        "Findings", "{meeting} and {other} are both booked in {room} ({venue}){hours}"
    ).format(
        meeting=describe(a),
        other=describe(b),
        room=say.text(a.room),
        venue=say.text(a.venue),
        hours=hours_of(a, b),
    )


@rule(
    id="VENUE-ROOM-CLASH",
    title=QT_TRANSLATE_NOOP("Rules", "One room, one meeting at a time"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "Two in-person or hybrid meetings in the same room of the same venue (names compared "
        "ignoring case and spacing) at the same time: by time of day when both have times, "
        'else by day. A rapporteur group meeting "in conjunction with" its study group shares '
        "the room only at other times. Virtual meetings and meetings without a room are "
        "skipped.",
    ),
    severity=Severity.ERROR,
    quote=SPACE_QUOTE,
    cites=SPACE_SOURCES,
    order=2300,
)
def room_clash(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _all_pairs(policy, spec, cal.room_pairs(), _room_test)


pair_around(room_clash, _in_room, _room_test)


def _hq_test(policy: Policy, spec: RuleSpec, a: Meeting, b: Meeting) -> str | None:
    hq = {normalise(v) for v in policy.param(spec, "hq_venues")}
    if normalise(a.venue) not in hq or not _dated_overlap(a, b):
        return None
    high, low = set(policy.param(spec, "high_kinds")), set(policy.param(spec, "low_kinds"))
    for core, minor in ((a, b), (b, a)):
        if core.kind.value in high and minor.kind.value in low:
            return translate(
                "Findings",
                "{meeting} should yield {room} at {venue} to {other}, which has scheduling "
                "priority at headquarters{hours}",
            ).format(
                meeting=describe(minor),
                room=say.text(minor.room),
                venue=say.text(minor.venue),
                other=describe(core),
                hours=hours_of(minor, core),
            )
    return None


@rule(
    id="R77-HQ-PRIORITY",
    title=QT_TRANSLATE_NOOP("Rules", "Core groups first at headquarters"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "When a forum, workshop or other lower-priority meeting and a study group, advisory "
        "group, Council or CWG meeting want the same headquarters room at the same time, the "
        "lower one is the meeting to move (VENUE-ROOM-CLASH reports the clash itself; this "
        "rule says who yields). Drop rapporteur-group from high_kinds for a strict reading of "
        "the text.",
    ),
    severity=Severity.WARNING,
    quote="to give scheduling priority to the study groups and advisory groups of the three ITU "
    "Sectors, the Council and the Council working groups when the meetings listed are held at "
    "ITU headquarters",
    cites=("res77-instructs-sg-2",),
    context=("res77-resolves-4",),
    params=[
        Param(
            "hq_venues",
            ["ITU headquarters"],
            list,
            doc=QT_TRANSLATE_NOOP("Parameters", "venues that are ITU headquarters"),
        ),
        kinds(
            "high_kinds",
            [
                "study-group",
                "working-party",
                "rapporteur-group",
                "advisory-group",
                "council",
                "council-extra",
                "cwg",
            ],
            QT_TRANSLATE_NOOP("Parameters", "the kinds with priority"),
        ),
        kinds(
            "low_kinds",
            ["forum", "workshop", "other"],
            QT_TRANSLATE_NOOP("Parameters", "the kinds that yield"),
        ),
    ],
    order=1600,
)
def hq_priority(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _all_pairs(policy, spec, cal.room_pairs(), _hq_test)


pair_around(hq_priority, _in_room, _hq_test)


def _person_test(policy: Policy, spec: RuleSpec, a: Meeting, b: Meeting) -> str | None:
    if not _dated_overlap(a, b):
        return None
    return translate("Findings", "{chair} chairs both {meeting} and {other}{hours}").format(
        chair=say.text(a.chair), meeting=describe(a), other=describe(b), hours=hours_of(a, b)
    )


@rule(
    id="PERSON-CLASH",
    title=QT_TRANSLATE_NOOP("Rules", "One chair, two meetings at once"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "The same chair on two meetings at the same time (by time of day when both have "
        "times). Chairs are matched by name without Mr/Ms, case and extra spaces; names "
        'written differently ("Mr Roberto Mitsuake Hirayama" and "Mr Roberto Hirayama") are '
        "different people to the planner until people get ids of their own.",
    ),
    severity=Severity.WARNING,
    quote="avoiding overlap wherever possible in view of the limited number of members of some "
    "delegations",
    cites=("wtdc25-committee-1",),
    context=("wtdc-res1-annex5-3",),
    params=[
        Param(
            "match_by",
            "name",
            str,
            choices=("name",),
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "how chairs are matched (by name until people have ids)"
            ),
        )
    ],
    order=2500,
)
def person_clash(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _all_pairs(policy, spec, cal.chair_pairs(), _person_test)


pair_around(person_clash, _same_chair, _person_test)


@rule(
    id="VENUE-CAPACITY",
    title=QT_TRANSLATE_NOOP("Rules", "The room holds the expected participants"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A meeting expecting more participants than its room seats (times 1 + margin). Rooms "
        "of unknown capacity and meetings without an expected attendance are skipped.",
    ),
    severity=Severity.WARNING,
    quote=SPACE_QUOTE,
    cites=SPACE_SOURCES,
    params=[
        Param(
            "margin",
            0.0,
            float,
            doc=QT_TRANSLATE_NOOP("Parameters", "share of seats by which a room may be overfilled"),
        )
    ],
    order=2400,
)
def capacity(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    margin = 1 + float(policy.param(spec, "margin"))
    for key, seats in cal.context.capacities.items():
        limit = seats * margin
        over = [m for m in cal.in_rooms([key]) if m.participants and m.participants > limit]
        yield from _capacity(cal, policy, spec, over)


def _capacity(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Iterable[Meeting]
) -> Iterator[Finding]:
    margin = float(policy.param(spec, "margin"))
    for m in ms:
        if m.participants is None:
            continue
        key = cal.room_of(m)
        if key is None:
            continue
        seats = cal.context.capacities.get(key)
        if seats is not None and m.participants > seats * (1 + margin):
            yield spec.finding(
                policy,
                translate(
                    "Findings",
                    "{meeting} expects {participants} participants; {room} ({venue}) seats {seats}",
                ).format(
                    meeting=describe(m),
                    participants=say.count(m.participants),
                    room=say.text(m.room),
                    venue=say.text(m.venue),
                    seats=say.count(seats),
                ),
                (m,),
                details=dates(
                    m,
                    participants=m.participants,
                    seats=seats,
                    wanted=f"at most {int(seats * (1 + margin))} participants",
                ),
            )


@local(capacity)
def _capacity_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _capacity(cal, policy, spec, changed)


@rule(
    id="HOLIDAY-VENUE",
    title=QT_TRANSLATE_NOOP("Rules", "A sitting day that is a public holiday at the venue"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "An in-person or hybrid meeting sitting on a public holiday of its host country (and "
        "region, such as the canton of Geneva with Jeûne genevois). Weekends are the host "
        "country's (Friday-Saturday in Qatar). Information only: ITU and the UN in Geneva keep "
        "closure days of their own.",
    ),
    citation="Planning aid (no ITU text): public holidays of the host country",
    severity=Severity.INFO,
    quote="",
    source="holidays library; Geneva is Switzerland, canton of Geneva",
    params=[
        Param(
            "subdivisions",
            {"CH": {"Geneva": "GE", "Genève": "GE"}},
            dict,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "the region of a city, by country, where holidays differ by region"
            ),
        )
    ],
    order=2600,
)
def holiday_venue(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    # Holiday by holiday rather than meeting by meeting: a few hundred index queries instead of
    # walking every day of 20,000 meetings.
    region = _region_of(policy, spec)
    regions = {
        c: {""} | set(cities.values()) for c, cities in policy.param(spec, "subdivisions").items()
    }
    hits: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
    for country, index in cal.countries():
        weekend = cal.context.weekend(country)
        for subdiv in sorted(regions.get(country, {""})):
            for year in index.years():
                for day, name in cal.context.holidays(country, subdiv, year).items():
                    if day.weekday() in weekend:
                        continue
                    for m in cal.same_country(country, day):
                        if region(m) == subdiv:
                            hits[m.id].append((day, name))
    for mid, days in hits.items():
        yield _holiday_finding(policy, spec, cal.by_id[mid], sorted(days))


def _region_of(policy: Policy, spec: RuleSpec) -> Callable[[Meeting], str]:
    """The holiday region of a meeting's city, from the ``subdivisions`` parameter."""
    table = {
        country: {normalise(city): code for city, code in cities.items()}
        for country, cities in policy.param(spec, "subdivisions").items()
    }
    cache: dict[tuple[str, str], str] = {}

    def region(m: Meeting) -> str:
        key = (m.country, m.city)
        if key not in cache:
            cache[key] = table.get(m.country, {}).get(normalise(m.city), "") if m.city else ""
        return cache[key]

    return region


def _holiday_finding(
    policy: Policy, spec: RuleSpec, m: Meeting, days: Sequence[tuple[dt.date, str]]
) -> Finding:
    english = language() == "en"  # the planner's "1 Aug", kept as it was
    listed = say.joined(
        f"{name} ({day.day} {day:%b})" if english else f"{name} ({isolate(i18n_day(day, 'MMMd'))})"
        for day, name in days
    )
    where = say.text(f"{m.city}, {m.country}" if m.city else m.country)
    return spec.finding(
        policy,
        translate("Findings", "{meeting} sits on a public holiday in {place}: {listed}").format(
            meeting=describe(m), place=where, listed=listed
        ),
        (m,),
        details=dates(
            m,
            holidays=[{"holiday": name, "date": day.isoformat()} for day, name in days],
            wanted="no sitting day on a public holiday of the host country",
        ),
    )


def _holidays(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    region = _region_of(policy, spec)
    for m in ms:
        # Holidays are days: a meeting known only by a period sits on one only if every placement
        # does, which would take a holiday as long as the period; it stays skipped (SOURCES.md).
        if not m.country or not _in_person(m) or not has_days(m):
            continue
        weekend = cal.context.weekend(m.country)
        days = []
        day = m.start
        while day <= m.end:
            if day.weekday() not in weekend:
                name = cal.context.holidays(m.country, region(m), day.year).get(day)
                if name:
                    days.append((day, name))
            day += dt.timedelta(days=1)
        if days:
            yield _holiday_finding(policy, spec, m, days)


@local(holiday_venue)
def _holidays_around(
    cal: Calendar, policy: Policy, spec: RuleSpec, changed: Sequence[Meeting]
) -> Iterator[Finding]:
    return _holidays(cal, policy, spec, changed)
