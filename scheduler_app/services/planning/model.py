"""The CP-SAT model of a plan: one start per meeting to place, the costs of each start, and the
constraints between meetings.

Days are day ordinals (``date.toordinal()``); a meeting to place has an integer start whose
domain is its window's starts left open by :mod:`.unary`, and a fixed length, so its end is
``start + days - 1``. A fixed meeting is a constant. A rule of error severity becomes a hard
constraint; a warning or an information finding a weighted penalty. With ``explain``, every hard
constraint is guarded by an assumption literal naming its rule and meetings, so that an
infeasible template can be answered with the constraints that conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

from scheduler_app.domain import Meeting
from scheduler_app.rules import Policy
from scheduler_app.rules.model import REGISTRY, Severity
from scheduler_app.services.planning.template import ToPlace
from scheduler_app.services.planning.unary import WEIGHTS, StartCosts

Expr = cp_model.LinearExprT


@dataclass(frozen=True, slots=True)
class Guard:
    """What an assumption literal stands for: a rule's constraint on some meetings."""

    rule_id: str
    meetings: tuple[str, ...]  # codes
    what: str


@dataclass(frozen=True, slots=True)
class Penalty:
    """A soft constraint's violation literal and weight, with what it stands for."""

    literal: cp_model.IntVar
    weight: int
    rule_id: str
    what: str


class PlanModel:
    """Variables and constraint helpers over the meetings of one planning problem."""

    def __init__(
        self,
        meetings: Sequence[Meeting],
        to_place: Sequence[ToPlace],
        costs: dict[str, StartCosts],
        policy: Policy,
        *,
        explain: bool = False,
    ) -> None:
        self.model = cp_model.CpModel()
        self.policy = policy
        self.explain = explain
        self.meetings = {m.id: m for m in meetings}
        self.items = {p.meeting.id: p for p in to_place}
        self.guards: dict[int, Guard] = {}  # assumption literal index -> what it guards
        self.penalties: list[Penalty] = []
        self.start: dict[str, cp_model.IntVar] = {}
        self._range: dict[str, tuple[int, int]] = {}
        self.cost_terms: list[tuple[int, cp_model.IntVar]] = []
        self.offset = 0
        for mid, item in self.items.items():
            c = costs[mid]
            var = self.model.new_int_var_from_domain(
                cp_model.Domain.from_values(c.starts), f"start[{item.meeting.label}]"
            )
            self.start[mid] = var
            self._range[mid] = (c.starts[0], c.starts[-1])
            least = c.least
            self.offset += least
            if any(x != least for x in c.costs):
                table = [0] * (c.starts[-1] - c.starts[0] + 1)
                for s, x in zip(c.starts, c.costs, strict=True):
                    table[s - c.starts[0]] = x - least
                index = self.model.new_int_var(0, len(table) - 1, "")
                self.model.add(index == var - c.starts[0])
                cost = self.model.new_int_var(0, max(table), f"cost[{item.meeting.label}]")
                self.model.add_element(index, table, cost)
                self.cost_terms.append((1, cost))

    # --- reading the meetings -----------------------------------------------------------------

    def placed(self, mid: str) -> bool:
        return mid in self.items

    def days(self, mid: str) -> int:
        item = self.items.get(mid)
        return item.days if item is not None else self.meetings[mid].days

    def start_of(self, mid: str) -> Expr:
        return self.start[mid] if mid in self.start else self.meetings[mid].start.toordinal()

    def end_of(self, mid: str) -> Expr:
        return self.start_of(mid) + (self.days(mid) - 1)

    def start_range(self, mid: str) -> tuple[int, int]:
        """Earliest and latest start."""
        if mid not in self._range:
            s = self.meetings[mid].start.toordinal()
            return s, s
        return self._range[mid]

    def reach(self, mid: str) -> tuple[int, int]:
        """The first and the last day the meeting may occupy."""
        lo, hi = self.start_range(mid)
        return lo, hi + self.days(mid) - 1

    def year_certain(self, mid: str) -> int | None:
        lo, hi = self.start_range(mid)
        a, b = dt.date.fromordinal(lo).year, dt.date.fromordinal(hi).year
        return a if a == b else None

    def label(self, mid: str) -> str:
        return self.meetings[mid].label

    # --- constraints --------------------------------------------------------------------------

    def severity(self, rule_id: str) -> Severity:
        return self.policy.severity(REGISTRY[rule_id])

    def enabled(self, rule_id: str) -> bool:
        return rule_id in REGISTRY and self.policy.enabled(REGISTRY[rule_id])

    def guard(self, rule_id: str, mids: Sequence[str], what: str) -> cp_model.IntVar | None:
        """A new assumption literal for a hard constraint (None when not explaining)."""
        if not self.explain:
            return None
        lit = self.model.new_bool_var(f"{rule_id}:{what}")
        self.model.add_assumption(lit)
        self.guards[lit.index] = Guard(rule_id, tuple(self.label(m) for m in mids), what)
        return lit

    def penalty(self, rule_id: str, what: str) -> cp_model.IntVar:
        """A violation literal weighted by the rule's severity."""
        lit = self.model.new_bool_var(f"{rule_id}:{what}")
        weight = WEIGHTS.get(self.severity(rule_id), WEIGHTS[Severity.WARNING])
        self.penalties.append(Penalty(lit, weight, rule_id, what))
        return lit

    def apart(self, rule_id: str, a: str, b: str, gap: int, what: str) -> None:
        """The later of ``a`` and ``b`` opens at least ``gap`` days after the earlier closes
        (``later.start - earlier.end >= gap``; 1 is "no common day"), in either order: hard for an
        error, penalised otherwise. Nothing is added when their reaches make it certain, or when
        neither is to be placed (the rules report fixed meetings as they are)."""
        if not (self.placed(a) or self.placed(b)):
            return
        (a_lo, a_hi), (b_lo, b_hi) = self.reach(a), self.reach(b)
        if b_lo - a_hi >= gap or a_lo - b_hi >= gap:
            return
        m = self.model
        first, second = m.new_bool_var(""), m.new_bool_var("")
        m.add(self.start_of(b) >= self.end_of(a) + gap).only_enforce_if(first)
        m.add(self.start_of(a) >= self.end_of(b) + gap).only_enforce_if(second)
        if self.severity(rule_id) is Severity.ERROR:
            lit = self.guard(rule_id, (a, b), what)
            clause = m.add_bool_or([first, second])
            if lit is not None:
                clause.only_enforce_if(lit)
        else:
            m.add_bool_or([first, second, self.penalty(rule_id, what)])

    def no_overlap(self, rule_id: str, mids: Sequence[str], what: str) -> None:
        """No two of ``mids`` (all to be placed) share a day: one CP-SAT no-overlap when the rule
        is an error (each meeting's part in it guarded when explaining), pairs otherwise."""
        mids = [m for m in mids if self.placed(m)]
        if len(mids) < 2:
            return
        if self.severity(rule_id) is not Severity.ERROR:
            for i, a in enumerate(mids):
                for b in mids[i + 1 :]:
                    self.apart(rule_id, a, b, 1, f"{what}: {self.label(a)}, {self.label(b)}")
            return
        intervals = []
        for mid in mids:
            start, size = self.start[mid], self.days(mid)
            lit = self.guard(rule_id, (mid,), what)
            if lit is None:
                intervals.append(self.model.new_fixed_size_interval_var(start, size, ""))
            else:
                intervals.append(
                    self.model.new_optional_fixed_size_interval_var(start, size, lit, "")
                )
        self.model.add_no_overlap(intervals)

    def before(self, a: str, b: str) -> cp_model.IntVar | bool:
        """Whether ``a`` opens before ``b`` opens: a constant when their starts say so."""
        (a_lo, a_hi), (b_lo, b_hi) = self.start_range(a), self.start_range(b)
        if a_hi < b_lo:
            return True
        if a_lo >= b_hi:
            return False
        lit = self.model.new_bool_var("")
        self.model.add(self.start_of(a) < self.start_of(b)).only_enforce_if(lit)
        self.model.add(self.start_of(a) >= self.start_of(b)).only_enforce_if(~lit)
        return lit

    def table_of(self, mid: str, value: Callable[[int], int], name: str) -> Expr:
        """A value that depends on the meeting's start (a year, a month-based limit), by an
        element constraint over its starts; a constant for a fixed meeting."""
        lo, hi = self.start_range(mid)
        if lo == hi:
            return value(lo)
        table = [value(s) for s in range(lo, hi + 1)]
        index = self.model.new_int_var(0, hi - lo, "")
        self.model.add(index == self.start[mid] - lo)
        out = self.model.new_int_var(min(table), max(table), name)
        self.model.add_element(index, table, out)
        return out

    def objective(self) -> None:
        terms = [c * v for c, v in self.cost_terms] + [p.weight * p.literal for p in self.penalties]
        if terms:
            self.model.minimize(sum(terms))
