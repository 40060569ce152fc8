"""Placing a template's meetings all at once, then checking the result with the rules engine.

``plan`` takes a template and the calendar it goes into (a planning database's meetings, or
none), dates every row to place with CP-SAT and returns the template's meetings with their
dates and the findings the engine still reports about them. Deterministic for a seed: the
search runs on one worker, so the same template and seed give the same plan.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from scheduler_app.domain import Meeting, Status
from scheduler_app.i18n import language, number, translate
from scheduler_app.observances.religious import compute_religious
from scheduler_app.rules import Calendar, CheckContext, Checker, Finding, Policy, Waiver, counts
from scheduler_app.rules.engine import catalogue
from scheduler_app.rules.wording import count
from scheduler_app.services.planning.encode import encode
from scheduler_app.services.planning.explain import Conflict, closed_meetings, core
from scheduler_app.services.planning.model import PlanModel
from scheduler_app.services.planning.template import Template, ToPlace
from scheduler_app.services.planning.unary import StartCosts, all_start_costs

Progress = Callable[[str], None]
# Meetings further than this from every window cannot meet any encoded rule (R31's six months,
# R77-GAP's eight weeks and the year of R77-SAME-YEAR are the widest).
REACH_DAYS = 400


@dataclass
class PlanResult:
    """A plan: the template's meetings dated (``placed`` are the ones the solver dated), the
    findings the rules engine reports about them, or the conflicts that made it impossible."""

    status: str  # "optimal", "feasible", "infeasible", "no plan in time"
    meetings: list[Meeting]
    placed: list[Meeting]
    findings: list[Finding] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    seconds: float = 0.0
    cost: int = 0

    @property
    def solved(self) -> bool:
        return self.status in ("optimal", "feasible")

    @property
    def counts(self) -> dict[str, int]:
        return counts(self.findings)

    @property
    def has_errors(self) -> bool:
        return not self.solved or self.counts["error"] > 0


def merge_into(template: Template, base: Sequence[Meeting]) -> tuple[list[Meeting], Template]:
    """The calendar with the template in it: a template row with the code (or the id) of a
    stored meeting takes that meeting's place and id, as an import would update it."""
    by_code = {m.code: m for m in base if m.code}
    by_id = {m.id: m for m in base}
    renamed: dict[str, Meeting] = {}
    for row in template.rows:
        m = row.meeting
        target = by_code.get(m.code) if m.code else None
        if target is None and row.has_id:
            target = by_id.get(m.id)
        if target is not None:
            renamed[m.id] = m.replace(id=target.id, sequence=target.sequence + 1, uid=target.uid)
    if not renamed:
        return [*base, *(r.meeting for r in template.rows)], template
    rows = [
        type(r)(r.line, renamed.get(r.meeting.id, r.meeting), r.has_id, r.columns)
        for r in template.rows
    ]
    items = [
        ToPlace(p.line, renamed.get(p.meeting.id, p.meeting), p.days, p.window)
        for p in template.to_place
    ]
    replaced = {m.id for m in renamed.values()}
    merged = [m for m in base if m.id not in replaced] + [r.meeting for r in rows]
    return merged, Template(template.name, rows, items)


def _horizon(items: Sequence[ToPlace]) -> tuple[dt.date, dt.date]:
    first = min(p.window.first for p in items)
    last = max(p.window.last for p in items)
    return first, last


def context_without_database(meetings: Sequence[Meeting], items: Sequence[ToPlace]) -> CheckContext:
    """Observances computed for the years of the meetings and windows (as ``check`` does for a
    CSV file), the holidays library for venues."""
    from scheduler_app.services.checking import context_for

    years = [m.start.year for m in meetings] + [p.window.last.year for p in items]
    first, last = max(min(years) - 1, 1925), min(max(years), 2076)
    return context_for(meetings, compute_religious(first, last))


def plan(
    template: Template,
    base: Sequence[Meeting] = (),
    *,
    context: CheckContext | None = None,
    policy: Policy | None = None,
    waivers: Sequence[Waiver] = (),
    time_limit: float = 30.0,
    seed: int = 0,
    progress: Progress | None = None,
) -> PlanResult:
    """Place ``template``'s rows to place among ``base`` (the stored calendar) and the template's
    fixed rows, minimising the weighted findings; then check the whole calendar."""
    say = progress or (lambda _text: None)
    began = time.monotonic()
    policy = policy or Policy()
    merged, template = merge_into(template, base)
    items = template.to_place
    if context is None:
        context = context_without_database(merged, items)
    placing = {p.meeting.id for p in items}
    fixed = Calendar([m for m in merged if m.id not in placing], context)
    if not items:
        return _checked(template, merged, {}, context, policy, waivers, "optimal", 0, began)

    say(
        translate(
            "Messages", "judging the possible starts of {n} meetings against {others} others"
        ).format(n=count(len(items)), others=count(len(fixed)))
    )
    costs = all_start_costs(items, fixed, policy)
    closed = closed_meetings(costs)
    if closed:
        return _impossible(template, closed, began)
    first, last = _horizon(items)
    lo, hi = first.toordinal() - REACH_DAYS, last.toordinal() + REACH_DAYS
    involved = [
        m
        for m in fixed
        if m.status is not Status.CANCELLED
        and m.precision.value == "day"
        and m.end.toordinal() >= lo
        and m.start.toordinal() <= hi
    ] + [p.meeting for p in items]
    pm = _model(involved, items, costs, policy, explain=False)
    say(
        translate("Messages", "solving: {n} meetings to place, {soft} soft constraints").format(
            n=count(len(items)), soft=count(len(pm.penalties))
        )
    )
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = 1  # one worker: the same seed gives the same plan
    status = solver.solve(pm.model, _Reporter(say, began, pm.offset))
    if status == cp_model.INFEASIBLE:
        say("no plan satisfies every error rule; looking for the constraints that conflict")
        explained = _model(involved, items, costs, policy, explain=True)
        return _impossible(template, core(explained, max(time_limit, 5.0)), began)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        result = PlanResult("no plan in time", [r.meeting for r in template.rows], [])
        result.seconds = time.monotonic() - began
        return result
    dated = {mid: _dated(pm.items[mid], solver.value(pm.start[mid])) for mid in pm.items}
    final = [dated.get(m.id, m) for m in merged]
    name = "optimal" if status == cp_model.OPTIMAL else "feasible"
    cost = int(solver.objective_value) + pm.offset if pm.cost_terms or pm.penalties else pm.offset
    result = _checked(template, final, dated, context, policy, waivers, name, cost, began)
    return result


def _model(
    involved: Sequence[Meeting],
    items: Sequence[ToPlace],
    costs: dict[str, StartCosts],
    policy: Policy,
    *,
    explain: bool,
) -> PlanModel:
    pm = PlanModel(involved, items, costs, policy, explain=explain)
    encode(pm, involved)
    if not explain:
        pm.objective()
    return pm


def _dated(item: ToPlace, start: int) -> Meeting:
    first = dt.date.fromordinal(start)
    return item.meeting.replace(start=first, end=first + dt.timedelta(days=item.days - 1))


def _checked(
    template: Template,
    final: Sequence[Meeting],
    dated: dict[str, Meeting],
    context: CheckContext,
    policy: Policy,
    waivers: Sequence[Waiver],
    status: str,
    cost: int,
    began: float,
) -> PlanResult:
    """Check the whole calendar and keep the findings about the template: those naming one of
    its meetings, and those about a year (a group with no meeting) in the template's years."""
    checker = Checker(Calendar(final, context), policy, catalogue(), waivers)
    ids = {r.meeting.id for r in template.rows}
    mine = [dated.get(r.meeting.id, r.meeting) for r in template.rows]
    years = {str(y) for m in mine for y in range(m.start.year, m.end.year + 1)}
    findings = [
        f
        for f in checker.findings()
        if ids.intersection(f.meeting_ids) or (not f.meeting_ids and f.subject in years)
    ]
    placed = [dated[p.meeting.id] for p in template.to_place if p.meeting.id in dated]
    return PlanResult(status, mine, placed, findings, [], time.monotonic() - began, cost)


def _impossible(template: Template, conflicts: list[Conflict], began: float) -> PlanResult:
    result = PlanResult("infeasible", [r.meeting for r in template.rows], [], [], conflicts)
    result.seconds = time.monotonic() - began
    return result


class _Reporter(cp_model.CpSolverSolutionCallback):
    """Progress on each better plan found."""

    def __init__(self, say: Progress, began: float, offset: int) -> None:
        super().__init__()
        self._say, self._began, self._offset, self._n = say, began, offset, 0

    def on_solution_callback(self) -> None:
        self._n += 1
        cost = int(self.objective_value) + self._offset
        seconds = time.monotonic() - self._began
        self._say(
            translate("Messages", "plan {n}: weighted findings {cost} after {seconds} s").format(
                n=self._n,
                cost=count(cost),
                seconds=f"{seconds:.1f}" if language() == "en" else number(seconds, 1),
            )
        )
