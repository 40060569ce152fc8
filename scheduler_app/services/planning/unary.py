"""What each possible start of one meeting costs against the fixed calendar, by the rules
themselves.

For every start a meeting to place may take, the meeting is dated there and handed to the rules
that judge a meeting against the calendar around it (the local rules: religious periods, venue
holidays, rooms, chairs, rapporteur groups, decided periods...) and to the rules that judge a
meeting alone (the last quarter, Council in June-July, PP's length). So the costs are the rules'
own verdicts, not a copy of them: an error closes the start, a warning or an information finding
adds its weight. What depends on two meetings that are both still to place is the solver's
(:mod:`.model`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from scheduler_app.rules import Calendar, Policy
from scheduler_app.rules.engine import catalogue
from scheduler_app.rules.model import RuleSpec, Severity
from scheduler_app.services.planning.template import ToPlace

# Weights of a finding in the objective: any number of information findings weighs less than one
# warning in a plan of a few hundred meetings.
WEIGHTS = {Severity.WARNING: 1000, Severity.INFO: 1}
# Rules that judge a meeting by itself, with no other meeting: run on a calendar of one.
ALONE = frozenset({"R77-LAST-QUARTER", "R77-COUNCIL-JUNE-JULY", "R77-PP-DURATION"})


@dataclass(slots=True)
class StartCosts:
    """The starts (day ordinals) a meeting may take without an error, each with its cost, and
    for the starts closed by errors, which rules closed how many."""

    item: ToPlace
    starts: list[int]
    costs: list[int]
    closed: Counter[str] = field(default_factory=Counter)
    considered: int = 0

    @property
    def least(self) -> int:
        return min(self.costs) if self.costs else 0


def working_starts(item: ToPlace, weekend: frozenset[int]) -> list[int]:
    """The starts that open and close on a working day of the host country, as ITU meetings do,
    and keep a meeting of a working week or less inside one week; every start when none fits."""
    first, days = item.window.first.toordinal(), item.days
    last = item.window.last.toordinal() - days + 1
    every = list(range(first, last + 1))
    week = 7 - len(weekend)
    sitting = range(days) if days <= week else (0, days - 1)
    working = [
        s
        for s in every
        if all(dt.date.fromordinal(s + i).weekday() not in weekend for i in sitting)
    ]
    return working or every


def applicable(policy: Policy, kind: str) -> list[RuleSpec]:
    """The enabled rules that can judge one meeting of ``kind`` against the fixed calendar."""
    return [
        spec
        for spec in catalogue()
        if policy.enabled(spec)
        and (spec.around is not None or spec.id in ALONE)
        and (spec.reads is None or kind in spec.reads)
    ]


def start_costs(item: ToPlace, fixed: Calendar, policy: Policy) -> StartCosts:
    """Run the applicable rules on the meeting at each working start of its window."""
    m = item.meeting
    weekend = fixed.context.weekend(m.country) if m.country else frozenset({5, 6})
    specs = applicable(policy, m.kind.value)
    local = [s for s in specs if s.around is not None]
    alone = [s for s in specs if s.id in ALONE]
    result = StartCosts(item, [], [])
    span = dt.timedelta(days=item.days - 1)
    for s in working_starts(item, weekend):
        start = dt.date.fromordinal(s)
        candidate = m.replace(start=start, end=start + span)
        findings = [f for spec in local for f in spec.around(fixed, policy, spec, [candidate])]  # type: ignore[misc]
        if alone:
            one = Calendar([candidate], fixed.context)
            findings += [f for spec in alone for f in spec.check_fn(one, policy, spec)]
        result.considered += 1
        errors = {f.rule_id for f in findings if f.severity is Severity.ERROR}
        if errors:
            result.closed.update(errors)
            continue
        result.starts.append(s)
        result.costs.append(sum(WEIGHTS[f.severity] for f in findings))
    return result


def all_start_costs(
    items: Sequence[ToPlace], fixed: Calendar, policy: Policy
) -> dict[str, StartCosts]:
    return {item.meeting.id: start_costs(item, fixed, policy) for item in items}
