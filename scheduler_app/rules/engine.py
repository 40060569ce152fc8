"""Running the catalogue: a full check, waivers, and the incremental re-check after an edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting
from scheduler_app.rules.calendar import Calendar
from scheduler_app.rules.model import (
    REGISTRY,
    SEVERITY_ORDER,
    Finding,
    Policy,
    RuleSpec,
    Severity,
    ordered,
)


def catalogue() -> list[RuleSpec]:
    """Every registered rule, in catalogue order (each rule's ``order``; the README table's)."""
    return ordered()


class UnknownRule(ValueError):
    """A rule id that is not in the catalogue."""


def select(rule_ids: Iterable[str] | None) -> list[RuleSpec]:
    if not rule_ids:
        return catalogue()
    chosen = []
    for rule_id in rule_ids:
        if rule_id not in REGISTRY:
            raise UnknownRule(
                f"unknown rule {rule_id!r}; `scheduler-app rules` lists them "
                f"({', '.join(s.id for s in catalogue()[:3])}, ...)"
            )
        chosen.append(REGISTRY[rule_id])
    return chosen


@dataclass(frozen=True, slots=True)
class Waiver:
    """A planner's acceptance of a finding: the rule, the meetings (or, for a finding that names
    no meeting, its subject: the year), why, and the dates it was given against.

    ``fingerprint`` records the dates of what the finding rests on when the waiver was given;
    when that changes, the waiver no longer applies and the finding comes back (and applies again
    if the dates come back):

    - a waiver of meetings rests on those meetings: it lapses when any of them moves;
    - a waiver of a year ("No ordinary Council session in 2030") has no meeting to move, so it
      rests on the meetings of the kinds the rule reads that start in that year (none, usually):
      it lapses when such a meeting appears in that year, moves or goes. A subject that is not a
      year never lapses; ``unwaive`` takes it back.
    """

    rule_id: str
    meeting_ids: tuple[str, ...]
    reason: str
    fingerprint: str
    subject: str = ""

    @property
    def key(self) -> tuple[str, tuple[str, ...], str]:
        ids = tuple(sorted(self.meeting_ids))
        return (self.rule_id, ids, "" if ids else self.subject)


def fingerprint(meetings: Iterable[Meeting]) -> str:
    """The dates (and times) of the meetings a waiver covers, in a stable order."""
    parts = sorted(
        f"{m.id}:{m.start}:{m.end}:{m.start_time or ''}:{m.end_time or ''}" for m in meetings
    )
    return "|".join(parts)


def subject_meetings(rule_id: str, subject: str, meetings: Iterable[Meeting]) -> list[Meeting]:
    """What a waiver of ``subject`` rests on: when it is a year, the meetings of the kinds the
    rule reads (any kind when it reads all) that start in that year; otherwise none."""
    if not (len(subject) == 4 and subject.isdigit()):
        return []
    year = int(subject)
    spec = REGISTRY.get(rule_id)
    reads = spec.reads if spec is not None else None
    return [m for m in meetings if m.year == year and (reads is None or m.kind.value in reads)]


def subject_fingerprint(rule_id: str, subject: str, meetings: Iterable[Meeting]) -> str:
    """The fingerprint of a waiver of ``subject`` (see :class:`Waiver`)."""
    return f"{subject}:" + fingerprint(subject_meetings(rule_id, subject, meetings))


def apply_waivers(
    findings: Iterable[Finding], waivers: Iterable[Waiver], by_id: Mapping[str, Meeting]
) -> list[Finding]:
    """Mark the findings a still-valid waiver covers."""
    table = {w.key: w for w in waivers}
    by_subject: dict[tuple[str, str], str] = {}  # one pass over the meetings per year waived
    out = []
    for f in findings:
        w = table.get(f.key)
        if w is None:
            pass
        elif f.meeting_ids:
            if all(i in by_id for i in f.meeting_ids) and w.fingerprint == fingerprint(
                by_id[i] for i in f.meeting_ids
            ):
                f = f.as_waived(w.reason)
        elif f.subject:
            where = (f.rule_id, f.subject)
            if where not in by_subject:
                by_subject[where] = subject_fingerprint(f.rule_id, f.subject, by_id.values())
            if w.fingerprint == by_subject[where]:
                f = f.as_waived(w.reason)
        out.append(f)
    return out


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    order = {spec.id: spec.order for spec in REGISTRY.values()}
    return sorted(
        findings,
        key=lambda f: (
            SEVERITY_ORDER[f.severity],
            order.get(f.rule_id, 10**9),
            f.meeting_codes,
            f.message,
        ),
    )


def run_rules(
    calendar: Calendar, policy: Policy, rules: Sequence[RuleSpec]
) -> dict[str, list[Finding]]:
    return {
        spec.id: list(spec.check_fn(calendar, policy, spec)) if policy.enabled(spec) else []
        for spec in rules
    }


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Unwaived findings by severity."""
    result = {s.value: 0 for s in Severity}
    for f in findings:
        if not f.waived:
            result[f.severity.value] += 1
    return result


class Checker:
    """Keeps the findings of a calendar current as meetings change.

    A full check runs every enabled rule. After an edit, a *local* rule recomputes only the
    findings around the changed meetings; any other rule re-runs only if it reads a kind the edit
    touched (the old or the new kind of a changed meeting).
    """

    def __init__(
        self,
        calendar: Calendar,
        policy: Policy,
        rules: Sequence[RuleSpec] | None = None,
        waivers: Iterable[Waiver] = (),
    ) -> None:
        self.calendar = calendar
        self.policy = policy
        self.rules = list(rules) if rules is not None else catalogue()
        self.waivers = list(waivers)
        self._by_rule = run_rules(calendar, policy, self.rules)

    def findings(self) -> list[Finding]:
        raw = [f for fs in self._by_rule.values() for f in fs]
        return sort_findings(apply_waivers(raw, self.waivers, self.calendar.every_meeting))

    def set_waivers(self, waivers: Iterable[Waiver]) -> None:
        self.waivers = list(waivers)

    def update(self, before: Sequence[Meeting], after: Sequence[Meeting]) -> None:
        """Re-check after ``before`` (old versions, or nothing for new meetings) became ``after``
        (new versions, or nothing for deleted meetings)."""
        cal = self.calendar
        for m in before:
            cal.remove(m)
        for m in after:
            cal.add(m)
        changed_ids = {m.id for m in before} | {m.id for m in after}
        kinds = {m.kind.value for m in before} | {m.kind.value for m in after}
        present = [cal.by_id[m.id] for m in after if m.id in cal.by_id]
        for spec in self.rules:
            if not self.policy.enabled(spec):
                continue
            if spec.around is not None:
                kept = [
                    f for f in self._by_rule[spec.id] if not changed_ids.intersection(f.meeting_ids)
                ]
                kept.extend(spec.around(cal, self.policy, spec, present))
                self._by_rule[spec.id] = kept
            elif spec.reads is None or kinds & spec.reads:
                self._by_rule[spec.id] = list(spec.check_fn(cal, self.policy, spec))


def check(
    calendar: Calendar,
    policy: Policy | None = None,
    rule_ids: Iterable[str] | None = None,
    waivers: Iterable[Waiver] = (),
) -> list[Finding]:
    """Every finding of the chosen rules (default: the whole catalogue), sorted by severity."""
    checker = Checker(calendar, policy or Policy(), select(rule_ids), waivers)
    return checker.findings()


def markdown_table(rules: Sequence[RuleSpec] | None = None) -> str:
    """The README's rule table, generated from the catalogue (a test fails when it is stale)."""
    lines = ["| id | what it checks | severity | citation |", "|---|---|---|---|"]
    for spec in rules or catalogue():
        cells = (f"`{spec.id}`", spec.title, spec.severity.value, spec.citation)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)
