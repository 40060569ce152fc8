"""Meetings known only by a month, a quarter or a year, judged by where they could still fall.

A coarse meeting ("Council, 2031-Q3") spans its whole period while its days are not fixed. The
rules judge it by its *placements*: any run of at least one day inside the period (a day-precision
meeting has one placement, itself). A rule is broken when every placement breaks it, met when
every placement meets it, and otherwise undetermined: an information finding at most, saying so.
Every date rule asks this module, so that the principle is written once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from enum import StrEnum
from typing import Any

from scheduler_app.domain import Meeting, Precision
from scheduler_app.i18n import isolate, translate
from scheduler_app.rules.model import Finding, Policy, RuleSpec, Severity
from scheduler_app.rules.wording import code


class Verdict(StrEnum):
    MET = "met"
    BROKEN = "broken"
    UNDETERMINED = "undetermined"


def verdict(always: bool, never: bool) -> Verdict:
    """MET when every placement meets the rule, BROKEN when none does, else UNDETERMINED."""
    if always:
        return Verdict.MET
    if never:
        return Verdict.BROKEN
    return Verdict.UNDETERMINED


@dataclasses.dataclass(frozen=True, slots=True)
class Placements:
    """Where a meeting can still fall: its first possible day, its last, and its least length."""

    first: dt.date
    last: dt.date
    days: int

    @property
    def latest_start(self) -> dt.date:
        return self.last - dt.timedelta(days=self.days - 1)

    @property
    def earliest_end(self) -> dt.date:
        return self.first + dt.timedelta(days=self.days - 1)


def placements(m: Meeting) -> Placements:
    """A dated meeting sits where it is; a coarse one anywhere in its period, for a day or more."""
    return Placements(m.start, m.end, m.days if m.precision is Precision.DAY else 1)


def within(m: Meeting, first: dt.date, last: dt.date) -> Verdict:
    """Does the meeting open on or after ``first`` and close by ``last``?"""
    p = placements(m)
    room = (min(p.last, last) - max(p.first, first)).days + 1
    return verdict(p.first >= first and p.last <= last, room < p.days)


def separation(a: Meeting, b: Meeting) -> tuple[int, int]:
    """The least and the most days from the close of the earlier to the opening of the later,
    over all placements of both (``b.start - a.end`` in SOURCES.md's terms: the next day is 1, an
    overlap 0 or less)."""
    pa, pb = placements(a), placements(b)
    # max(b.start - a.end, a.start - b.end) is the gap in whichever order they come; it is least
    # when both fill their periods and most when each sits at an opposite end of its own.
    least = max((pb.first - pa.last).days, (pa.first - pb.last).days)
    most = max((pb.latest_start - pa.earliest_end).days, (pa.latest_start - pb.earliest_end).days)
    return least, most


def coarse(ms: Iterable[Meeting]) -> list[Meeting]:
    """The meetings among ``ms`` known only by a period."""
    return [m for m in ms if m.precision is not Precision.DAY]


def worth_noting(ms: Iterable[Meeting]) -> bool:
    """Whether an undetermined verdict is worth an information finding.

    Only meetings narrowed to a month or a quarter are noted: a meeting known only by its year is
    a placeholder ("WTDC, 2029"), and nearly every date rule is undetermined for it, which the
    planner knows without being told.
    """
    return any(m.precision in (Precision.MONTH, Precision.QUARTER) for m in ms)


def known_only(ms: Sequence[Meeting]) -> str:
    """``C31 is known only as Q3 2031`` (for each coarse meeting of ``ms``)."""
    parts = [
        translate("Findings", "{code} is known only as {period}").format(
            code=code(m), period=isolate(m.span)
        )
        for m in coarse(ms)
    ]
    known = parts[0] if parts else ""
    for part in parts[1:]:
        known = translate("Findings", "{first} and {second}").format(first=known, second=part)
    return known


def undetermined(
    spec: RuleSpec,
    policy: Policy,
    message: str,
    meetings: Sequence[Meeting],
    details: Mapping[str, Any],
) -> Finding:
    """An information finding for a rule that some placements meet and others break, whatever
    severity the rule itself has."""
    f = spec.finding(policy, message, meetings, details={**details, "verdict": "undetermined"})
    return dataclasses.replace(f, severity=Severity.INFO)


def judged(
    spec: RuleSpec,
    policy: Policy,
    v: Verdict,
    meetings: Sequence[Meeting],
    breach: str,
    unsure: str,
    details: Mapping[str, Any],
    *,
    breach_details: Mapping[str, Any] | None = None,
) -> Iterator[Finding]:
    """The finding a verdict gives: ``breach`` when every placement breaks the rule; when only
    some do, an information finding "<what is known only by a period>: ``unsure``"; when all
    meet it, none."""
    if v is Verdict.BROKEN:
        yield spec.finding(policy, breach, meetings, details=breach_details or details)
    elif v is Verdict.UNDETERMINED and worth_noting(meetings):
        message = translate("Findings", "{known}: {unsure}").format(
            known=known_only(meetings), unsure=unsure
        )
        yield undetermined(spec, policy, message, meetings, details)


def window_findings(
    spec: RuleSpec,
    policy: Policy,
    m: Meeting,
    first: dt.date,
    last: dt.date,
    breach: str,
    outside: str,
    details: Mapping[str, Any],
) -> Iterator[Finding]:
    """The finding of a rule that wants ``m`` inside [first, last] (``outside`` names that
    window in the message for a meeting only some placements of which are inside)."""
    unsure = translate("Findings", "some placements in it fall outside {window}").format(
        window=outside
    )
    return judged(spec, policy, within(m, first, last), (m,), breach, unsure, details)
