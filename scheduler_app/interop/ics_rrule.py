"""An RRULE checked before anything expands it: the rules refused, and the occurrences counted.

Refused: sub-daily rules, intervals or counts below one, a COUNT or start times a day past their
bounds, rules that never occur. A dateutil pass counts the occurrences inside the import window
(RFC 5545 section 3.3.10), so a series over the limit is refused before icalendar builds it.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass

from dateutil.rrule import rrule, rrulestr

from scheduler_app.domain.errors import grouped
from scheduler_app.i18n import translate
from scheduler_app.interop.ics_text import Prop
from scheduler_app.interop.ics_zones import Problem

_MAX_COUNT = 50_000  # a COUNT walked from its DTSTART; beyond this the walk itself is the cost
_MAX_PER_DAY = 24  # start times a day (BYHOUR x BYMINUTE x BYSECOND) a series may have
_PROBE_PERIODS = 5_000  # periods a rule may go without an occurrence: more than 400 years
_SUB_DAILY = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
_FREQS = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}) | _SUB_DAILY


@dataclass(frozen=True, slots=True)
class Rule:
    """What the planner checks in an RRULE before anything expands it (RFC 5545 section 3.3.10)."""

    text: str
    freq: str
    interval: int
    count: int | None
    per_day: int


def checked_rule(prop: Prop, uid: str) -> Rule:
    """Refuse the rules whose expansion has no useful bound.

    Sub-daily series (``FREQ=SECONDLY``, ``MINUTELY``, ``HOURLY``) are refused, not collapsed:
    the planner holds meetings, and a series of sessions several times a day is written as
    ``FREQ=DAILY;BYHOUR=9,14``, which is accepted (up to 24 start times a day).
    """
    parts: dict[str, str] = {}
    for item in prop.value.strip().split(";"):
        if not item.strip():
            continue
        key, sep, value = item.partition("=")
        if not sep:
            raise Problem(
                prop.line,
                uid,
                "RRULE",
                translate("Messages", "{item} is not NAME=VALUE").format(item=repr(item[:40])),
            )
        parts[key.strip().upper()] = value.strip()
    freq = parts.get("FREQ", "").upper()
    if not freq:
        raise Problem(prop.line, uid, "RRULE", translate("Messages", "the rule has no FREQ"))
    if freq not in _FREQS:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate("Messages", "FREQ={freq} is not a frequency").format(freq=freq[:20]),
        )
    if freq in _SUB_DAILY:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate(
                "Messages",
                "FREQ={freq}: a series that repeats more often than daily is not imported (write "
                "sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)",
            ).format(freq=freq),
        )
    interval = _positive(parts, "INTERVAL", prop, uid, default=1) or 1
    count = _positive(parts, "COUNT", prop, uid, default=None)
    if count is not None and count > _MAX_COUNT:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate("Messages", "COUNT={count} is more than the {most} expanded").format(
                count=count, most=grouped(_MAX_COUNT)
            ),
        )
    per_day = 1
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if parts.get(key):
            per_day *= len({v for v in parts[key].split(",") if v.strip()})
    if per_day > _MAX_PER_DAY:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate(
                "Messages", "the rule gives {count} start times a day (at most {most})"
            ).format(count=per_day, most=_MAX_PER_DAY),
        )
    return Rule(prop.value.strip(), freq, interval, count, per_day)


def _positive(
    parts: dict[str, str], key: str, prop: Prop, uid: str, default: int | None
) -> int | None:
    if key not in parts:
        return default
    try:
        number = int(parts[key])
    except ValueError:
        number = 0
    if number < 1:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate("Messages", "{key}={value} must be a whole number of 1 or more").format(
                key=key, value=parts[key][:20]
            ),
        )
    return number


class _Exhausted(Exception):
    """A rule probed for longer than :data:`_PROBE_PERIODS` without an occurrence."""


class _CountedRule(rrule):
    """A dateutil rule that stops after so many periods.

    dateutil checks UNTIL only against the occurrences it finds, so a rule that never matches
    (``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30``) walks day by day to year 9999 (3 s). Its iterator
    reads ``_byeaster`` once per period (per month at most), which is where this counts.
    """

    budget = 0

    @property
    def _byeaster(self) -> object:
        self.budget -= 1
        if self.budget < 0:
            raise _Exhausted
        return self.__dict__["_byeaster"]


def probe(
    rule: Rule,
    start: dt.date | dt.datetime,
    window: tuple[dt.date, dt.date],
    prop: Prop,
    uid: str,
    enough: int,
) -> int:
    """About how many occurrences ``rule`` from ``start`` has in ``window`` (counting stops past
    ``enough``), having proved that its expansion gets past the window, or to its COUNT, soon.

    Every rule the calendar allows recurs within the 400-year Gregorian cycle; one that has not
    within :data:`_PROBE_PERIODS` periods never will. Only dateutil runs here (a few microseconds
    an occurrence), so a series over the limit is refused before anything else is built; UNTIL is
    compared without its zone, so the count may be off by the occurrences of one day.
    """
    kept, until = [], None
    for part in rule.text.split(";"):
        if part.upper().startswith("UNTIL="):
            until = _naive_until(part[6:].strip())
        else:
            kept.append(part)
    naive = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    naive = naive.replace(tzinfo=None)
    try:
        parsed = rrulestr(";".join(kept), dtstart=naive)
    except (ValueError, TypeError, OverflowError) as exc:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate("Messages", "not a valid rule: {problem}").format(problem=exc),
        ) from None
    if not isinstance(parsed, rrule):
        raise Problem(prop.line, uid, "RRULE", translate("Messages", "not a valid rule"))
    months = (window[1].year - naive.year) * 12 + window[1].month - naive.month
    probe = copy.copy(parsed)
    probe.__class__ = _CountedRule
    assert isinstance(probe, _CountedRule)
    probe.budget = max(months, 0) + 12 + _PROBE_PERIODS
    first = dt.datetime.combine(window[0], dt.time())
    last = dt.datetime.combine(window[1], dt.time.max)
    if until is not None:
        last = min(last, until)
    count = 0
    try:
        for moment in probe:
            if moment > last:
                break
            if moment >= first:
                count += 1
                if count > enough:
                    break
    except _Exhausted:
        raise Problem(
            prop.line,
            uid,
            "RRULE",
            translate(
                "Messages", "{rule} has no occurrence for more than 400 years: it never occurs"
            ).format(rule=rule.text[:60]),
        ) from None
    except (ValueError, OverflowError):
        pass  # ran to year 9999: finite
    return count


def _naive_until(value: str) -> dt.datetime | None:
    """UNTIL as a wall-clock time (its zone dropped), the end of the day for a DATE."""
    try:
        day = dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8]))
        if len(value) >= 15 and value[8] == "T":
            return dt.datetime(  # noqa: DTZ001 - compared with dateutil's naive occurrences
                day.year, day.month, day.day, int(value[9:11]), int(value[11:13]), int(value[13:15])
            )
        return dt.datetime.combine(day, dt.time.max)
    except ValueError:
        return None  # recurring-ical-events refuses it with a located problem
