"""Checking a plan against the rule catalogue, for ``scheduler-app check`` and the findings panel.

The calendar to check comes from a planning database (with its policy, waivers and stored,
possibly corrected, observances) or from a CSV file in the interchange format (default policy, no
waivers, observances computed on the spot).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import translate
from scheduler_app.observances.public_holidays import (
    UnknownHolidayCalendar,
    public_holidays,
    weekend_days,
)
from scheduler_app.observances.religious import compute_religious
from scheduler_app.rules import (
    Calendar,
    CheckContext,
    Checker,
    Finding,
    Policy,
    Waiver,
    counts,
    fingerprint,
)
from scheduler_app.rules.calendar import normalise
from scheduler_app.rules.engine import UnknownRule, select, subject_fingerprint
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage.checking import (
    correct_observance,
    delete_waiver,
    load_observances,
    load_policy,
    load_waivers,
    observance_years,
    save_waiver,
    store_computed_observances,
)

FIRST_OBSERVANCE_YEAR = 1925  # hijridate's Umm al-Qura tables start in 1924
LAST_OBSERVANCE_YEAR = 2076


@functools.cache
def holidays_for(country: str, subdiv: str, year: int) -> Mapping[dt.date, str]:
    """Public holidays of a country (and region) in a year; empty for an unknown calendar."""
    try:
        return public_holidays(country, [year], subdiv or None)
    except UnknownHolidayCalendar:
        try:  # a city the policy maps to a region the library lacks: the country's holidays
            return public_holidays(country, [year]) if subdiv else {}
        except UnknownHolidayCalendar:
            return {}


@functools.cache
def _weekend_for(country: str) -> frozenset[int]:
    try:
        return weekend_days(country)
    except UnknownHolidayCalendar:
        return frozenset({5, 6})


def _year_span(meetings: Sequence[Meeting]) -> range:
    """The years whose observances can touch the meetings: from the year before the first one
    starts, since a period that began in December runs into January (Ramadan 1452: 26 December
    2030 to 23 January 2031)."""
    if not meetings:
        return range(0)
    first = max(min(m.start.year for m in meetings) - 1, FIRST_OBSERVANCE_YEAR)
    last = min(max(m.end.year for m in meetings), LAST_OBSERVANCE_YEAR)
    return range(first, last + 1)


def ensure_observances(db: PlanningDatabase, years: Iterable[int]) -> None:
    """Compute and store the observances of any of ``years`` not computed yet."""
    missing = sorted(set(years) - observance_years(db))
    if missing:
        store_computed_observances(db, missing, compute_religious(missing[0], missing[-1]))


def _observances(
    db: PlanningDatabase,
    years: range,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> list[Observance]:
    """The stored observances of ``years`` (overlapping the dates, if given), computed and stored
    on first need; a read-only database cannot store them, so they are computed for this use."""
    if not db.read_only:
        ensure_observances(db, years)
    observances = load_observances(db, date_from, date_to)
    missing = sorted(set(years) - observance_years(db))
    if missing:
        computed = compute_religious(missing[0], missing[-1])
        observances += [
            o
            for o in computed
            if date_from is None or date_to is None or (o.end >= date_from and o.start <= date_to)
        ]
    return observances


def context_for(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    capacities: Mapping[tuple[str, str], int] | None = None,
    today: dt.date | None = None,
) -> CheckContext:
    return CheckContext(
        observances=observances,
        holidays=holidays_for,
        weekend=_weekend_for,
        capacities=capacities or {},
        today=today,
    )


@dataclass
class CheckResult:
    """Findings with what produced them, ready for text, JSON or the findings panel."""

    findings: list[Finding]
    checker: Checker

    @property
    def counts(self) -> dict[str, int]:
        return counts(self.findings)

    def has_errors(self) -> bool:
        return self.counts["error"] > 0

    def as_json(self) -> dict[str, Any]:
        """The findings for ``check --format json``. Scripts rely on every key, so keys are only
        ever added: beside the message come ``subject`` (what a finding naming no meeting is
        about, when set), ``details`` (the rule's structured facts) and ``meeting_dates`` (the
        first and last day of each meeting named, by code)."""
        return {
            "findings": [
                {
                    "rule": f.rule_id,
                    "severity": f.severity.value,
                    "message": f.message,
                    "meetings": list(f.meeting_codes),
                    "citation": f.citation,
                    "waived": f.waived,
                    **({"waiver": f.waiver_reason} if f.waived else {}),
                    **({"subject": f.subject} if f.subject else {}),
                    "details": {str(k): jsonable(v) for k, v in f.details.items()},
                    "meeting_dates": self._meeting_dates(f),
                }
                for f in self.findings
            ],
            "counts": self.counts,
        }

    def _meeting_dates(self, f: Finding) -> dict[str, list[str]]:
        by_id = self.checker.calendar.every_meeting
        return {
            code: [by_id[i].start.isoformat(), by_id[i].end.isoformat()]
            for i, code in zip(f.meeting_ids, f.meeting_codes, strict=True)
            if i in by_id
        }


def jsonable(value: Any) -> Any:
    """A finding's detail as JSON: dates and times as ISO text, meetings by code, enumerations by
    value, mappings and sequences element by element, anything else as text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.time)):  # dt.datetime is a dt.date
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.days if value == dt.timedelta(days=value.days) else value.total_seconds()
    if isinstance(value, Meeting):
        return value.label
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    return str(value)


def checker_for_database(
    db: PlanningDatabase,
    *,
    as_of: dt.date | None = None,
    rule_ids: Iterable[str] | None = None,
    meetings: Sequence[Meeting] | None = None,
) -> Checker:
    """A checker over the database's meetings with its stored policy, waivers and observances."""
    meetings = list(meetings) if meetings is not None else db.meetings()
    years = _year_span(meetings)
    observances = _observances(db, years)
    capacities = {
        (normalise(r.venue), normalise(r.name)): r.capacity
        for r in db.rooms()
        if r.capacity is not None
    }
    calendar = Calendar(meetings, context_for(meetings, observances, capacities, as_of))
    policy = load_policy(db, as_of=as_of)
    try:
        return Checker(calendar, policy, select(rule_ids), load_waivers(db))
    except (TypeError, KeyError, AttributeError, OverflowError, ValueError) as exc:
        if isinstance(exc, UnknownRule):
            raise
        raise PolicyError(_unusable_setting(policy, exc)) from exc


def _unusable_setting(policy: Policy, exc: Exception) -> str:
    """Words for both faces naming the stored setting the rules could not use, and how to reset
    it: the first that its rule's declaration refuses, else the error the rules raised."""
    from scheduler_app.rules import REGISTRY

    for rule_id, values in sorted(policy.overrides().items()):
        for name, value in sorted(values.items()):
            if rule_id not in REGISTRY:
                continue  # a rule of a later version: the checker ignores it
            try:
                validate_policy_value(rule_id, name, value)
            except PolicyError:
                return (
                    f"the stored setting {name!r} of {rule_id} cannot be used ({value!r}): reset "
                    "it under Planning > Rule Settings, or with "
                    f"`scheduler-app policy --reset {rule_id}`"
                )
    return (
        f"a stored rule setting cannot be used ({exc}): reset it under Planning > Rule "
        "Settings, or with `scheduler-app policy --reset RULE`"
    )


def check_database(
    db: PlanningDatabase,
    *,
    as_of: dt.date | None = None,
    rule_ids: Iterable[str] | None = None,
) -> CheckResult:
    checker = checker_for_database(db, as_of=as_of, rule_ids=rule_ids)
    return CheckResult(checker.findings(), checker)


def check_meetings(
    meetings: Sequence[Meeting],
    *,
    as_of: dt.date | None = None,
    rule_ids: Iterable[str] | None = None,
    policy: Policy | None = None,
) -> CheckResult:
    """Check meetings that are not in a database (a CSV file): default policy, no waivers."""
    years = _year_span(meetings)
    observances = compute_religious(years.start, years.stop - 1) if years else []
    calendar = Calendar(meetings, context_for(meetings, observances, today=as_of))
    checker = Checker(calendar, policy or Policy(as_of=as_of), select(rule_ids))
    return CheckResult(checker.findings(), checker)


def check_csv(path: Path, **kwargs: Any) -> CheckResult:
    from scheduler_app.interop.csvfile import read_meetings

    return check_meetings([row.meeting for row in read_meetings(path)], **kwargs)


class WaiverError(ValueError):
    """A waiver that cannot be given or taken back."""


def _waived_what(meetings: Sequence[Meeting], subject: str) -> str:
    return ", ".join(m.label for m in meetings) if meetings else subject


def waive(
    db: PlanningDatabase,
    rule_id: str,
    meetings: Sequence[Meeting],
    reason: str,
    *,
    subject: str = "",
    checker: Checker | None = None,
) -> Waiver:
    """Accept the current finding of ``rule_id`` on exactly ``meetings`` or, for a finding that
    names no meeting, on its ``subject`` (the year), with a justification; one transaction.

    The finding must be among the current ones: those of ``checker`` (the window's, kept
    current) or else of a check of the database for that rule. How the waiver lapses is
    described on :class:`~scheduler_app.rules.Waiver`.
    """
    if not reason.strip():
        raise WaiverError('a waiver needs a justification (e.g. "Council Decision 623")')
    select([rule_id])
    subject = subject.strip()
    if meetings and subject:
        raise WaiverError("a waiver names the meetings it covers or a year, not both")
    if not meetings and not subject:
        raise WaiverError(
            "a waiver names the meetings it covers, or the year of a finding that names none"
        )
    if checker is None:
        checker = checker_for_database(db, rule_ids=[rule_id])
    ids = tuple(sorted(m.id for m in meetings))
    key = (rule_id, ids, "" if ids else subject)
    if not any(f.key == key for f in checker.findings()):
        raise WaiverError(
            f"no current finding of {rule_id} for {_waived_what(meetings, subject)}: "
            f"nothing was waived (see `scheduler-app check --rule {rule_id}`)"
        )
    waiver = Waiver(
        rule_id,
        ids,
        reason.strip(),
        fingerprint(meetings) if ids else subject_fingerprint(rule_id, subject, checker.calendar),
        "" if ids else subject,
    )
    save_waiver(db, waiver)
    return waiver


def unwaive(
    db: PlanningDatabase, rule_id: str, meetings: Sequence[Meeting], *, subject: str = ""
) -> None:
    """Take back the stored waiver of ``rule_id`` on ``meetings`` (or on ``subject`` when there
    are none); a waiver that no longer applies can be taken back too."""
    if not delete_waiver(db, rule_id, [m.id for m in meetings], subject.strip()):
        raise WaiverError(
            f"no waiver of {rule_id} for {_waived_what(meetings, subject.strip())}: "
            "nothing was removed"
        )


def observances_between(
    db: PlanningDatabase, date_from: dt.date, date_to: dt.date
) -> list[Observance]:
    """The stored observances (computed on first need, with corrections) overlapping a range."""
    first = max(date_from.year - 1, FIRST_OBSERVANCE_YEAR)
    last = min(date_to.year, LAST_OBSERVANCE_YEAR)
    return _observances(db, range(first, last + 1), date_from, date_to)


def correct_observance_on(
    db: PlanningDatabase, key: str, variant: str | None, day: dt.date, start: dt.date, end: dt.date
) -> Observance:
    """Correct the occurrence of ``key`` (and ``variant``) that covers ``day``; a correction is
    kept when the observances are computed again."""
    candidates = [
        o
        for o in observances_between(db, day, day)
        if o.key == key and (variant is None or o.variant == variant)
    ]
    if not candidates:
        raise ValueError(f"no {key} observance covers {day} (see `scheduler-app observances`)")
    if len({o.variant for o in candidates}) > 1:
        variants = ", ".join(sorted(o.variant for o in candidates))
        raise ValueError(f"{key} on {day} has variants {variants}: choose one with --variant")
    target = candidates[0]
    if end < start:
        raise ValueError(f"{key}: the corrected end {end} is before the start {start}")
    if (end - start).days > 40 or abs((start - target.start).days) > 14:
        raise ValueError(
            f"{target.label} {target.start} to {target.end}: a correction moves it by days, not "
            f"to {start} to {end} (at most 14 days earlier or later, and 41 days long)"
        )
    anchor = db.conn.execute(
        'SELECT anchor FROM observances WHERE key = ? AND variant = ? AND start = ? AND "end" = ?',
        [target.key, target.variant, target.start.isoformat(), target.end.isoformat()],
    ).fetchone()[0]
    correct_observance(db, target.key, target.variant, dt.date.fromisoformat(anchor), start, end)
    return Observance(
        target.key,
        target.name,
        start,
        end,
        target.estimated,
        "edited by the planner",
        target.variant,
        target.religion,
    )


class PolicyError(ValueError):
    """A rule setting that cannot be used; the message says which and why."""


def unknown_rule(rule_id: str) -> str:
    """The refusal of a rule id the catalogue does not have (the command to list them kept)."""
    return translate("Messages", "unknown rule {rule} (see `scheduler-app rules`)").format(
        rule=repr(rule_id)
    )


def validate_policy_value(rule_id: str, name: str, value: Any) -> Any:
    """Check a setting against the rule's declaration of that parameter (its type, range and
    allowed values, :class:`scheduler_app.rules.params.Param`); returns it as stored."""
    from scheduler_app.rules import REGISTRY, Severity
    from scheduler_app.rules.params import ParamError

    spec = REGISTRY.get(rule_id)
    if spec is None:
        raise PolicyError(unknown_rule(rule_id))
    if name == "severity":
        try:
            return Severity(str(value)).value
        except ValueError:
            raise PolicyError(
                translate("Messages", "severity is one of: error, warning, info")
            ) from None
    if name == "enabled":
        if not isinstance(value, bool):
            raise PolicyError(translate("Messages", "enabled is true or false"))
        return value
    param = spec.parameter(name)
    if param is None:
        known = ", ".join(["severity", "enabled", *(p.name for p in spec.parameters)])
        raise PolicyError(
            translate("Messages", "{rule} has no parameter {name} (it has: {known})").format(
                rule=rule_id, name=repr(name), known=known
            )
        )
    try:
        return param.validate(value, rule_id)
    except ParamError as e:
        raise PolicyError(str(e)) from None
