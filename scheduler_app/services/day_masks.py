"""What closes the days of a period to a meeting, and the longest stretch left open.

When no candidate is free of warnings, the planner needs to know why. A day is *closed* when the
meeting, sitting on that day alone, would break a local rule (``RuleSpec.around``) with a warning
or an error: a religious observance, a public holiday made a warning by the policy, a room or a
chair taken by another meeting. The same rules engine judges each one-day probe, so the mask says
what ``check`` would say; the observance, holiday or meeting to blame comes from the finding's
details. Rules that judge the meeting as a whole (a Plenipotentiary Conference longer than three
weeks, a Council session outside June-July) close no particular day; they are named from the
candidates checked in full.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from scheduler_app.domain import Meeting
from scheduler_app.rules import REGISTRY, Finding, Severity

if TYPE_CHECKING:
    from scheduler_app.services.suggesting import Blocker, Candidate, Place, _Probe

BLOCKING = (Severity.ERROR, Severity.WARNING)
MAX_WIDENING = 7  # days a free stretch may grow at each end when judged as one meeting


def causes(f: Finding, m: Meeting) -> list[str]:
    """What a finding about ``m`` blames: its observances, its holidays, the other meetings it
    names, or else the rule itself."""
    details = f.details
    observances = details.get("observances")
    if observances:
        return [str(o["observance"]) for o in observances]
    holidays = details.get("holidays")
    if holidays:
        return sorted({str(h["holiday"]) for h in holidays})
    others = [code for i, code in zip(f.meeting_ids, f.meeting_codes, strict=True) if i != m.id]
    if others:
        return others
    spec = REGISTRY.get(f.rule_id)
    return [spec.title if spec is not None else f.rule_id]


def runs(days: Iterable[dt.date]) -> tuple[tuple[dt.date, dt.date], ...]:
    """Consecutive days as (first, last) ranges, in order."""
    out: list[tuple[dt.date, dt.date]] = []
    for d in sorted(set(days)):
        if out and (d - out[-1][1]).days == 1:
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return tuple(out)


def closed_days(
    probe: _Probe, stored: Meeting, first: dt.date, last: dt.date, place: Place | None
) -> dict[tuple[str, Severity, str], set[dt.date]]:
    """For each (rule, severity, cause), the days of [first, last] it closes to the meeting."""
    from scheduler_app.services.suggesting import placed

    closed: dict[tuple[str, Severity, str], set[dt.date]] = defaultdict(set)
    day = first
    while day <= last:
        m = placed(stored, day, 1, place)
        for f in probe.local_findings(m):
            if f.waived or f.severity not in BLOCKING:
                continue
            for cause in causes(f, m):
                closed[(f.rule_id, f.severity, cause)].add(day)
        day += dt.timedelta(days=1)
    return closed


def _is_free(probe: _Probe, stored: Meeting, a: dt.date, b: dt.date, place: Place | None) -> bool:
    from scheduler_app.services.suggesting import placed

    m = placed(stored, a, (b - a).days + 1, place)
    return not any(not f.waived and f.severity in BLOCKING for f in probe.local_findings(m))


def longest_free(
    probe: _Probe,
    stored: Meeting,
    first: dt.date,
    last: dt.date,
    place: Place | None,
    closed: Iterable[dt.date],
) -> tuple[dt.date, dt.date] | None:
    """The longest run of open days, then widened while the meeting held over the whole run
    still breaks no local rule (a weekend in an observance does not count against a meeting that
    also sits on weekdays, when the rule ignores non-sitting days)."""
    shut = set(closed)
    best: tuple[dt.date, dt.date] | None = None
    start: dt.date | None = None
    day = first
    while day <= last + dt.timedelta(days=1):
        open_day = day <= last and day not in shut
        if open_day and start is None:
            start = day
        elif not open_day and start is not None:
            end = day - dt.timedelta(days=1)
            if best is None or (end - start) > (best[1] - best[0]):
                best = (start, end)
            start = None
        day += dt.timedelta(days=1)
    if best is None:
        return None
    a, b = best
    one = dt.timedelta(days=1)
    for _ in range(MAX_WIDENING):
        if b + one <= last and _is_free(probe, stored, a, b + one, place):
            b += one
        else:
            break
    for _ in range(MAX_WIDENING):
        if a - one >= first and _is_free(probe, stored, a - one, b, place):
            a -= one
        else:
            break
    return a, b


def explain(
    probe: _Probe,
    stored: Meeting,
    first: dt.date,
    last: dt.date,
    place: Place | None,
    checked: Sequence[Candidate],
) -> tuple[list[Blocker], tuple[dt.date, dt.date] | None]:
    """What blocks the meeting in [first, last]: the days each rule and cause closes, then the
    rules that judge the meeting as a whole, from the candidates checked in full; and the
    longest free stretch."""
    from scheduler_app.services.suggesting import Blocker

    closed = closed_days(probe, stored, first, last, place)
    blockers = [
        Blocker(rule_id, severity, cause, runs(days))
        for (rule_id, severity, cause), days in sorted(
            closed.items(), key=lambda kv: (min(kv[1]), kv[0][0], kv[0][2])
        )
    ]
    day_rules = {rule_id for rule_id, _s, _c in closed}
    seen: dict[str, list[Finding]] = defaultdict(list)
    for c in checked:
        for f in c.findings:
            if not f.waived and f.severity in BLOCKING and f.rule_id not in day_rules:
                seen[f.rule_id].append(f)
    for rule_id, found in seen.items():
        hit = {id(c) for c in checked if any(f.rule_id == rule_id for f in c.findings)}
        where = (
            "wherever it starts"
            if len(hit) == len(checked)
            else f"at {len(hit)} of the {len(checked)} dates checked in full"
        )
        spec = REGISTRY.get(rule_id)
        blockers.append(
            Blocker(
                rule_id,
                found[0].severity,
                spec.title if spec is not None else rule_id,
                (),
                f"{found[0].message} ({where})",
            )
        )
    all_closed = {d for days in closed.values() for d in days}
    return blockers, longest_free(probe, stored, first, last, place, all_closed)
