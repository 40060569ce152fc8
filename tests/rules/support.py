"""Running one rule on a tiny hand-built calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.rules import REGISTRY, Calendar, CheckContext, Finding, Policy

D = dt.date.fromisoformat


def run(
    rule_id: str,
    *meetings: Meeting,
    policy: Policy | None = None,
    context: CheckContext | None = None,
    **params: Any,
) -> list[Finding]:
    """The findings of one rule; keyword arguments are policy parameters of that rule."""
    if params:
        assert policy is None, "give either a policy or parameters"
        policy = Policy({rule_id: params})
    findings = REGISTRY[rule_id].check(Calendar(meetings, context), policy or Policy())
    assert all(f.rule_id == rule_id for f in findings)
    return findings


def codes(findings: list[Finding]) -> list[tuple[str, ...]]:
    """The meeting codes of each finding, in the order found."""
    return [f.meeting_codes for f in findings]


def messages(findings: list[Finding]) -> list[str]:
    return [f.message for f in findings]
