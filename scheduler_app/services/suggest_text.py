"""Suggestions in words: what Suggest Dates… in the window and ``scheduler-app suggest`` both
say about a search (the counts of a candidate, its line, how it was ranked, and why no date is
free of warnings), written once so the two faces cannot drift apart."""

from __future__ import annotations

from scheduler_app.domain.dates import format_span
from scheduler_app.rules import REGISTRY
from scheduler_app.services.suggesting import Candidate, Suggestions

# "information" is uncountable: "2 information", never "2 informations"
_WORDS = (
    ("error", "error", "errors"),
    ("warning", "warning", "warnings"),
    ("info", "information", "information"),
)


def summary(c: Candidate) -> str:
    """The counts by severity, "1 warning, 2 information", or "no finding".

    Waived findings are not counted (see ``severity_counts``)."""
    counts = c.counts
    parts = [
        f"{counts[key]} {one if counts[key] == 1 else many}"
        for key, one, many in _WORDS
        if counts[key]
    ]
    return ", ".join(parts) or "no finding"


def candidate_line(c: Candidate) -> str:
    """ "Mon 7-11 Jun 2027 — no finding": the weekday it opens, its dates and its counts."""
    return f"{c.start:%a} {format_span(c.start, c.end)} — {summary(c)}"


def ranking_note(result: Suggestions) -> str:
    """How the candidates were ranked: from every start, or (when the budget of full checks ran
    out before the bound settled) from a sample, so a better date may exist."""
    n, of = result.checked_in_full, result.considered
    if result.proven:
        return (
            f"Ranked from all {of} start{'s' if of != 1 else ''}: {n} checked in full by every "
            "rule, the others ruled out by the rules about dates and rooms alone."
        )
    return (
        f"Ranked from {n} of {of} starts checked in full by every rule; the others by the rules "
        "about dates and rooms alone, so a better date may exist."
    )


def explanation(result: Suggestions) -> str:
    """Why no date is free of warnings, in the planner's words: what closes which days, the
    rules that every date breaks, and the longest free stretch."""
    m, period = result.meeting, format_span(result.first, result.last)
    lines = [f"No {result.days}-day dates within {period} are free of warnings for {m.label}."]
    if result.blocked_by:
        lines.append("What closes them:")
    for b in result.blocked_by:
        spec = REGISTRY.get(b.rule_id)
        rule = f"{spec.title}, {b.rule_id}" if spec is not None else b.rule_id
        if b.days:
            where = ", ".join(format_span(a, z) for a, z in b.days)
            lines.append(f"• {b.cause} closes {where} ({rule}; {b.severity.value})")
        else:
            lines.append(f"• {b.message} ({rule}; {b.severity.value})")
    free = result.longest_free
    if free is None:
        lines.append("Not one day of the period is free.")
    else:
        n = (free[1] - free[0]).days + 1
        lines.append(
            f"The longest free stretch is {format_span(*free)} ({n} day{'s' if n != 1 else ''}); "
            f"{m.label} needs {result.days}."
        )
    lines.append("Try a longer or another period, fewer days, or another venue.")
    return "\n".join(lines)
