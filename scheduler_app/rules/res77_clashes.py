"""PP Resolution 77 (Rev. Bucharest, 2022): ITU meetings that share days with outside ICT events
(resolves 3) or with forums (resolves 4), wherever each is held.

The other rules of the resolution are in :mod:`scheduler_app.rules.res77` and
:mod:`scheduler_app.rules.council`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from scheduler_app.domain import Meeting
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.rules.calendar import Calendar, has_days, overlap
from scheduler_app.rules.facts import dates, hours_of
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
from scheduler_app.rules.res77 import CONF, kinds_of


@rule(
    id="R77-ICT-EVENT",
    title=QT_TRANSLATE_NOOP("Rules", "No clash with other major ICT events"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A conference, assembly or Council session sharing a day with an outside ICT event, "
        "wherever each is held. With only_major, only outside events expecting at least "
        "major_min_participants count. WTSA-24 opened alongside the India Mobile Congress 2024 "
        "on purpose: such a co-location is accepted with a waiver.",
    ),
    severity=Severity.WARNING,
    quote="the planned period of any ITU conference, assembly or Council session not be scheduled "
    "during a period which coincides with other major ICT events",
    cites=("res77-resolves-3",),
    params=[
        kinds(
            "kinds",
            [*CONF, "council", "council-extra"],
            QT_TRANSLATE_NOOP("Parameters", "the ITU meetings checked"),
        ),
        kinds(
            "external_kinds",
            ["external"],
            QT_TRANSLATE_NOOP("Parameters", "the kinds that are outside events"),
        ),
        Param(
            "only_major",
            False,
            bool,
            doc=QT_TRANSLATE_NOOP(
                "Parameters", "count only outside events of major_min_participants"
            ),
        ),
        Param(
            "major_min_participants",
            5000,
            int,
            maximum=10_000_000,
            doc=QT_TRANSLATE_NOOP("Parameters", "participants that make an outside event major"),
        ),
    ],
    reads=[*CONF, "council", "council-extra", "external"],
    order=1100,
)
def ict_event(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    externals = kinds_of(policy, spec, "external_kinds")
    for m in cal.of_kind(*kinds_of(policy, spec)):
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
        translate("Findings", "{meeting} coincides with {other}{hours}").format(
            meeting=describe(m), other=describe(e), hours=hours_of(m, e)
        ),
        (m, e),
        details=dates(m, e, other_meeting=e.label, wanted="no outside ICT event at the same time"),
    )


@naming(ict_event, [*CONF, "council", "council-extra", "external"])
def _ict_about(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    # A clash is a pair that overlaps, so the findings naming a meeting are among those it reaches
    # (reaching is symmetric), whichever side of the pair it is on.
    chosen, externals = set(kinds_of(policy, spec)), kinds_of(policy, spec, "external_kinds")
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


CORE = [*CONF, "council", "council-extra"]


@rule(
    id="R77-FORUM-CORE",
    title=QT_TRANSLATE_NOOP("Rules", "Forums yield to core activities"),
    rationale=QT_TRANSLATE_NOOP(
        "Rationales",
        "A forum, symposium or exhibition (a forum on the calendar; a planner may add "
        "workshops) shares a day with a conference, an assembly or a Council session, wherever "
        "each is held: such events are scheduled around the core activities of the Union, not "
        "beside them. Times of day are compared when both have them. A meeting known only by a "
        "month or a year is left out, since whether it clashes depends on days not fixed yet.",
    ),
    severity=Severity.WARNING,
    quote="subject to the schedule and meeting space requirements of core activities of ITU and "
    "other mandatory Union events, such as conferences, assemblies and Council sessions",
    cites=("res77-resolves-4",),
    params=[
        kinds(
            "kinds",
            ["forum"],
            QT_TRANSLATE_NOOP("Parameters", "the kinds that are forums, symposia or exhibitions"),
        ),
        kinds(
            "core_kinds",
            CORE,
            QT_TRANSLATE_NOOP("Parameters", "the conferences, assemblies and Council sessions"),
        ),
    ],
    reads=[*CORE, "forum"],
    order=2270,
)
def forum_core(cal: Calendar, policy: Policy, spec: RuleSpec) -> Iterator[Finding]:
    return _forum_clashes(cal, policy, spec, cal.of_kind(*kinds_of(policy, spec)))


def _forum_clashes(
    cal: Calendar, policy: Policy, spec: RuleSpec, ms: Sequence[Meeting]
) -> Iterator[Finding]:
    forums = set(kinds_of(policy, spec))
    core = set(kinds_of(policy, spec, "core_kinds")) - forums
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
                translate(
                    "Findings",
                    "{meeting} coincides with {other}{hours}; forums and similar events are "
                    "scheduled around conferences, assemblies and Council sessions",
                ).format(meeting=describe(f), other=describe(c), hours=hours_of(f, c)),
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
