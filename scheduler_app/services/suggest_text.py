"""Suggestions in words: what Suggest Dates… in the window and ``scheduler-app suggest`` both
say about a search (the counts of a candidate, its line, how it was ranked, and why no date is
free of warnings), written once so the two faces cannot drift apart."""

from __future__ import annotations

from scheduler_app.domain.dates import format_span
from scheduler_app.i18n import isolate, language, translate, weekday_name
from scheduler_app.rules import REGISTRY
from scheduler_app.rules.wording import counted, days, joined, rule_title, severity_name
from scheduler_app.services.suggesting import Candidate, Suggestions


def _count(key: str, n: int) -> str:
    # "information" is uncountable: "2 information", never "2 informations"
    if key == "error":
        return counted(n, translate("Findings", "{n} error"), translate("Findings", "{n} errors"))
    if key == "warning":
        one, many = translate("Findings", "{n} warning"), translate("Findings", "{n} warnings")
        return counted(n, one, many)
    one, many = translate("Findings", "{n} information"), translate("Findings", "{n} information")
    return counted(n, one, many)


def summary(c: Candidate) -> str:
    """The counts by severity, "1 warning, 2 information", or "no finding".

    Waived findings are not counted (see ``severity_counts``)."""
    counts = c.counts
    parts = [_count(key, counts[key]) for key in ("error", "warning", "info") if counts[key]]
    return joined(parts) or translate("Findings", "no finding")


def candidate_line(c: Candidate) -> str:
    """ "Mon 7-11 Jun 2027 — no finding": the weekday it opens, its dates and its counts."""
    weekday = f"{c.start:%a}" if language() == "en" else weekday_name(c.start.weekday())
    return f"{weekday} {isolate(format_span(c.start, c.end))} — {summary(c)}"


def ranking_note(result: Suggestions) -> str:
    """How the candidates were ranked: from every start, or (when the budget of full checks ran
    out before the bound settled) from a sample, so a better date may exist."""
    n, of = result.checked_in_full, result.considered
    if result.proven:
        starts = counted(
            of, translate("Findings", "all {n} start"), translate("Findings", "all {n} starts")
        )
        return translate(
            "Findings",
            "Ranked from {starts}: {checked} checked in full by every rule, the others ruled out "
            "by the rules about dates and rooms alone.",
        ).format(starts=starts, checked=n)
    return translate(
        "Findings",
        "Ranked from {checked} of {count} starts checked in full by every rule; the others by "
        "the rules about dates and rooms alone, so a better date may exist.",
    ).format(checked=n, count=of)


def explanation(result: Suggestions) -> str:
    """Why no date is free of warnings, in the planner's words: what closes which days, the
    rules that every date breaks, and the longest free stretch."""
    m, period = result.meeting, format_span(result.first, result.last)
    lines = [
        translate(
            "Findings", "No {days}-day dates within {period} are free of warnings for {code}."
        ).format(days=result.days, period=isolate(period), code=isolate(m.label))
    ]
    if result.blocked_by:
        lines.append(translate("Findings", "What closes them:"))
    for b in result.blocked_by:
        spec = REGISTRY.get(b.rule_id)
        rule = f"{rule_title(spec)}, {b.rule_id}" if spec is not None else b.rule_id
        severity = b.severity.value if language() == "en" else severity_name(b.severity.value)
        if b.days:
            where = ", ".join(isolate(format_span(a, z)) for a, z in b.days)
            line = translate("Findings", "• {cause} closes {days} ({rule}; {severity})")
            # an observance, a rule's title or a meeting's code: translated where it is one of ours
            cause = translate("Observances", b.cause)
            lines.append(line.format(cause=cause, days=where, rule=rule, severity=severity))
        else:
            line = translate("Findings", "• {message} ({rule}; {severity})")
            lines.append(line.format(message=b.message, rule=rule, severity=severity))
    free = result.longest_free
    if free is None:
        lines.append(translate("Findings", "Not one day of the period is free."))
    else:
        n = (free[1] - free[0]).days + 1
        lines.append(
            translate(
                "Findings", "The longest free stretch is {dates} ({days}); {code} needs {needed}."
            ).format(
                dates=isolate(format_span(*free)),
                days=days(n),
                code=isolate(m.label),
                needed=result.days,
            )
        )
    lines.append(
        translate("Findings", "Try a longer or another period, fewer days, or another venue.")
    )
    return "\n".join(lines)
