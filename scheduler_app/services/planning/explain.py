"""Why a template cannot be satisfied: the constraints that conflict, in the planner's words.

Two answers: a meeting whose every start breaks an error rule against the fixed calendar (no
solver needed: the rules say which), or a set of hard constraints between meetings to place that
cannot all hold, found by CP-SAT as a sufficient set of assumptions for infeasibility.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from scheduler_app.i18n import translate
from scheduler_app.rules.model import REGISTRY
from scheduler_app.rules.wording import count, joined
from scheduler_app.services.planning.model import PlanModel
from scheduler_app.services.planning.unary import StartCosts


@dataclass(frozen=True, slots=True)
class Conflict:
    """One constraint of a conflicting set: the rule, the meetings it binds, and what it is."""

    rule_id: str
    meetings: tuple[str, ...]
    what: str

    @property
    def title(self) -> str:
        spec = REGISTRY.get(self.rule_id)
        return translate("Rules", spec.title) if spec else self.rule_id

    @property
    def citation(self) -> str:
        spec = REGISTRY.get(self.rule_id)
        return spec.citation if spec else ""

    def text(self) -> str:
        return f"{self.rule_id} ({self.title}; {self.citation}): {self.what}"

    def as_json(self) -> dict[str, object]:
        return {
            "rule": self.rule_id,
            "title": self.title,
            "citation": self.citation,
            "meetings": list(self.meetings),
            "what": self.what,
        }


def closed_meetings(costs: dict[str, StartCosts]) -> list[Conflict]:
    """Meetings with no start free of errors, each with the rules that close its starts."""
    out = []
    for c in costs.values():
        if c.starts:
            continue
        rules = joined(
            translate("Messages", "{rule} closes {n} of them").format(rule=rule, n=count(n))
            for rule, n in c.closed.most_common()
        )
        what = translate(
            "Messages",
            "{meeting}: none of its {n} possible starts is free of errors ({rules}); widen its "
            "period or move what it clashes with",
        ).format(meeting=c.item.describe(), n=count(c.considered), rules=rules)
        for rule in c.closed:
            out.append(Conflict(rule, (c.item.meeting.label,), what))
    return out


def core(pm: PlanModel, time_limit: float) -> list[Conflict]:
    """Solve the model (built with ``explain``) for a sufficient set of its assumptions; merge
    the guards of one rule on one thing into one conflict naming all its meetings."""
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # assumptions cores come from the sequential search
    solver.parameters.max_time_in_seconds = time_limit
    status = solver.solve(pm.model)
    if status != cp_model.INFEASIBLE:
        return []
    merged: dict[tuple[str, str], list[str]] = {}
    for index in solver.sufficient_assumptions_for_infeasibility():
        guard = pm.guards.get(index)
        if guard is None:
            continue
        codes = merged.setdefault((guard.rule_id, guard.what), [])
        codes.extend(c for c in guard.meetings if c not in codes)
    out = []
    for (rule, what), codes in merged.items():
        described = joined(pm.items[mid].describe() for mid in _ids(pm, codes)) or joined(codes)
        out.append(Conflict(rule, tuple(codes), f"{what}: {described}"))
    return out


def _ids(pm: PlanModel, codes: list[str]) -> list[str]:
    return [mid for code in codes for mid, item in pm.items.items() if item.meeting.label == code]
