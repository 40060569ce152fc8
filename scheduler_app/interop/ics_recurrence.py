"""Recurring series: expanded inside the import window, and bounded whatever the file says.

Occurrences are expanded by icalendar and recurring-ical-events, after a dateutil pass has counted
them and refused what no planner means (:mod:`ics_rrule`): more than ``MAX_OCCURRENCES`` in the
window, sub-daily rules, intervals or counts below one, rules that never occur. A start long
before the window is moved forward by whole periods first, so expansion never walks centuries of
occurrences.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
import zoneinfo
from dataclasses import dataclass
from typing import Any

from scheduler_app.domain.errors import grouped
from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import CsvProblem
from scheduler_app.interop.ics_events import IcsEvent, meeting_from_event
from scheduler_app.interop.ics_rrule import Rule as _Rule
from scheduler_app.interop.ics_rrule import checked_rule as _rule
from scheduler_app.interop.ics_rrule import probe as _probe
from scheduler_app.interop.ics_text import Component, unescape_text
from scheduler_app.interop.ics_zones import (
    Problem,
    Zones,
    date_value,
    decoded,
    decoded_end,
    located,
    out_of_range,
    series_zone,
    to_zone,
)

MAX_OCCURRENCES = 5_000
"""Occurrences one series may have inside the import window (``read_ics(max_occurrences=)``)."""

INDEX = "X-SCHEDULER-APP-INDEX"  # which of the file's components an occurrence comes from
# Days, weeks, months and years in the 400-year cycle of the Gregorian calendar, after which
# dates, weekdays and leap years repeat exactly.
_CYCLE = {"DAILY": 146_097, "WEEKLY": 20_871, "MONTHLY": 4_800, "YEARLY": 400}


def _shift(
    rules: list[_Rule], start: dt.date | dt.datetime, horizon: dt.date
) -> dt.timedelta | int:
    """How far DTSTART may move on (days, or whole years) keeping every occurrence from ``horizon``.

    recurring-ical-events and dateutil walk every occurrence from DTSTART: a daily series from
    year 1 took 20 s and 2 GB. Moving DTSTART on by whole periods of the rule keeps every later
    occurrence: by whole multiples of INTERVAL days or weeks for DAILY and WEEKLY rules, by whole
    400-year cycles (that are also multiples of INTERVAL) for MONTHLY and YEARLY ones, which keep
    dates, weekdays and leap days where they were. UNTIL, EXDATE, RDATE and RECURRENCE-ID are
    absolute and stay as written. A COUNT is counted from the first DTSTART, so a series with
    one is never moved (its walk is bounded by the COUNT instead).
    """
    day = start.date() if isinstance(start, dt.datetime) else start
    if day >= horizon or len({(r.freq, r.interval) for r in rules}) != 1:
        return 0
    if any(r.count is not None for r in rules):
        return 0
    rule = rules[0]
    if rule.freq in ("DAILY", "WEEKLY"):
        step = rule.interval * (7 if rule.freq == "WEEKLY" else 1)
        periods = (horizon - day).days // step
        return dt.timedelta(days=periods * step) if periods > 0 else 0
    cycles = rule.interval // math.gcd(rule.interval, _CYCLE[rule.freq])
    years = 400 * cycles  # whole cycles that are also whole steps of the rule
    periods = (horizon.year - day.year - 1) // years
    return periods * years if periods > 0 else 0


def _moved(value: dt.date | dt.datetime, moved: dt.timedelta | int) -> dt.date | dt.datetime:
    if isinstance(moved, dt.timedelta):
        return value + moved
    return value.replace(year=value.year + moved) if moved else value


def _rewritten(event: Component, moved: dt.timedelta | int) -> list[str]:
    """The event's lines with DTSTART (and DTEND) moved by days or by years."""
    lines = []
    for line in event.text_lines:
        head = line[:8].upper()
        if head.startswith(("DTSTART;", "DTSTART:", "DTEND;", "DTEND:")):
            colon = line.rfind(":")
            value = line[colon + 1 :].strip()
            lines.append(line[: colon + 1] + _moved_value(value, moved))
        else:
            lines.append(line)
    return lines


def _moved_value(value: str, moved: dt.timedelta | int) -> str:
    new = _moved(dt.date(int(value[0:4]), int(value[4:6]), int(value[6:8])), moved)
    return f"{new.year:04d}{new.month:02d}{new.day:02d}{value[8:]}"


@dataclass
class _Series:
    """One UID's master event and its RECURRENCE-ID overrides, checked and ready to expand."""

    uid: str
    components: list[Component]
    lines: list[str]
    per_day: int
    timed: bool
    line: int
    summary: str
    empty: bool = False  # nothing in the window: no need to expand it


def _prepare(
    number: int,
    uid: str,
    components: list[Component],
    window: tuple[dt.date, dt.date],
    limit: int,
) -> _Series:
    master = next((c for c in components if c.first("RECURRENCE-ID") is None), None)
    head = master or components[0]
    rules = [_rule(p, uid) for p in master.all("RRULE")] if master is not None else []
    rdates = sum(len(p.value.split(",")) for c in components for p in c.all("RDATE"))
    if rdates > limit:
        raise Problem(
            head.line,
            uid,
            "RDATE",
            translate("Messages", "{count} dates: more than the {most} per series").format(
                count=grouped(rdates), most=grouped(limit)
            ),
        )
    dtstart = head.first("DTSTART")
    if dtstart is None:
        raise Problem(head.line, uid, "DTSTART", translate("Messages", "the event has no start"))
    start = date_value(dtstart, uid)
    moved: dt.timedelta | int = 0
    in_rules = 0
    days_long = _days_long(head, start, uid)
    if master is not None and rules:
        horizon = _before(window[0], dt.timedelta(days=2 * 366 + days_long))
        moved = _shift(rules, start, horizon)
        exdates = sum(len(p.value.split(",")) for p in master.all("EXDATE"))
        for rule, prop in zip(rules, master.all("RRULE"), strict=True):
            in_rules += _probe(rule, _moved(start, moved), window, prop, uid, limit + exdates)
        if in_rules + rdates - exdates > limit:
            raise Problem(head.line, uid, "RRULE", _too_many(limit, window))
    first_day = start.date() if isinstance(start, dt.datetime) else start
    # Nothing to expand (a series that ended before the window, say): recurring-ical-events
    # would still walk it from its DTSTART. DTSTART itself is always an occurrence (RFC 5545
    # section 3.8.5.3), even when the rule does not match it.
    empty = (
        bool(rules)
        and in_rules == 0
        and rdates == 0
        and len(components) == 1
        and not (
            window[0].toordinal() - days_long - 1 <= first_day.toordinal() <= window[1].toordinal()
        )
    )
    lines: list[str] = []
    for i, c in enumerate(components):
        own = _rewritten(c, moved) if moved and c is master else list(c.text_lines)
        body = [x for x in own[1:] if not x.upper().startswith(INDEX)]
        lines.extend([own[0], f"{INDEX}:{number}.{i}", *body])
    per_day = max([r.per_day for r in rules], default=1)
    summary = unescape_text(head.value("SUMMARY")).strip()[:60]
    timed = isinstance(start, dt.datetime)
    return _Series(uid, components, lines, per_day, timed, head.line, summary, empty)


def _before(day: dt.date, delta: dt.timedelta) -> dt.date:
    try:
        return day - delta
    except OverflowError:
        return dt.date.min


def _days_long(event: Component, start: dt.date | dt.datetime, uid: str) -> int:
    """How many days one occurrence lasts, roughly (0 if unknown)."""
    dtend = event.first("DTEND")
    try:
        if dtend is not None:
            end = date_value(dtend, uid)
            end_day = end.date() if isinstance(end, dt.datetime) else end
            start_day = start.date() if isinstance(start, dt.datetime) else start
            return max((end_day - start_day).days, 0) + 1
        if (duration := event.first("DURATION")) is not None:
            from icalendar.prop import vDuration

            delta = vDuration.from_ical(duration.value.strip())  # type: ignore[no-untyped-call]
            return max(int(delta.days), 0) + 1
    except (ValueError, OverflowError, TypeError, Problem):
        return 0
    return 0


def recurring(
    calendar: Component,
    groups: dict[str, list[Component]],
    zones: Zones,
    window: tuple[dt.date, dt.date],
    limit: int,
    name: str,
    skipped: list[str],
    problems: list[CsvProblem],
) -> list[IcsEvent]:
    """Occurrences of recurring series inside ``window``, expanded by recurring-ical-events.

    Each series is checked first (:func:`ics_rrule.checked_rule`, :func:`ics_rrule.probe`) and
    its DTSTART moved close to the window (:func:`_shift`), then expanded a few thousand
    occurrences at a time, so no series costs more than about ``limit`` occurrences before it is
    refused.
    """
    from icalendar import Calendar

    ready: list[_Series] = []
    for uid, components in groups.items():
        try:
            ready.append(_prepare(len(ready), uid, components, window, limit))
        except Problem as p:
            problems.append(located(name, p))
        except OverflowError:  # an occurrence lasting millions of days, a start near year 1
            problems.append(
                located(name, Problem(components[0].line, uid, "DTEND", out_of_range()))
            )
    if not ready:
        return []
    zone_lines = [x for c in calendar.children if c.name == "VTIMEZONE" for x in c.text_lines]

    def parsed(series: list[_Series]) -> Calendar:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:scheduler-app", *zone_lines]
        for s in series:
            lines.extend(s.lines)
        lines.append("END:VCALENDAR")
        with warnings.catch_warnings():  # e.g. a vendor-prefixed TZID: resolved by Zones
            warnings.simplefilter("ignore")
            return Calendar.from_ical("\r\n".join(lines) + "\r\n")

    by_series: dict[int, list[Any]] = {}
    try:
        whole = parsed(ready)
        for component in whole.walk("VEVENT"):
            number = int(str(component[INDEX]).partition(".")[0])
            by_series.setdefault(number, []).append(component)
    except Exception:  # one broken series: find it by parsing each alone
        whole = None
    found: list[IcsEvent] = []
    for number, series in enumerate(ready):
        try:
            read = parsed([series]).walk("VEVENT") if whole is None else by_series.get(number, [])
            events = _expand(series, read, zones, window, limit)
        except Problem as p:
            problems.append(located(name, p))
            continue
        except Exception as exc:  # a broken RRULE, EXDATE, date or zone icalendar refuses
            problems.append(
                located(name, Problem(series.line, series.uid, "RRULE", _cannot_expand(exc)))
            )
            continue
        if not events:
            skipped.append(
                f"{name}:{series.line}: "
                + translate(
                    "Messages",
                    "the series UID {uid} ({title}) has no occurrence between {start} and {end}, "
                    "the import window: nothing was imported from it",
                ).format(uid=series.uid, title=repr(series.summary), start=window[0], end=window[1])
            )
        found.extend(events)
    return found


def _too_many(limit: int, window: tuple[dt.date, dt.date]) -> str:
    return translate(
        "Messages",
        "the series has more than {most} occurrences between {start} and {end}, the most "
        "the planner imports from one series",
    ).format(most=grouped(limit), start=window[0], end=window[1])


def _expand(
    series: _Series,
    components: list[Any],
    zones: Zones,
    window: tuple[dt.date, dt.date],
    limit: int,
) -> list[IcsEvent]:
    """The occurrences of one series in the window, fetched a bounded span at a time."""
    if series.empty:
        return []
    import recurring_ical_events
    from icalendar import Calendar

    calendar = Calendar()
    for component in components:
        calendar.add_component(component)
    query = recurring_ical_events.of(calendar)
    head = next((c for c in series.components if c.first("RECURRENCE-ID") is None), None)
    zone = series_zone(head or series.components[0], zones)
    # At most ``per_day`` start times a day, plus RDATEs (at most ``limit``): one span holds at
    # most about twice the limit, and the limit is checked after each.
    span = dt.timedelta(days=max(1, limit // series.per_day))
    stop = window[1] + dt.timedelta(days=1) if window[1] < dt.date.max else window[1]
    seen: set[str] = set()
    found: list[IcsEvent] = []
    begin = window[0]
    while begin < stop:
        end_of_span = stop if (stop - begin) <= span else begin + span
        for occ in query.between(begin, end_of_span):
            rid = occ.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in occ else occ.decoded("DTSTART")
            key = _occurrence_key(rid, zone, series.timed)
            if key in seen:  # a long occurrence reaches into the next span too
                continue
            seen.add(key)
            if len(seen) > limit:
                raise Problem(series.line, series.uid, "RRULE", _too_many(limit, window))
            source = series.components[int(str(occ.get(INDEX, "0.0")).partition(".")[2])]
            found.append(_occurrence(occ, source, zone, zones, series.uid, key))
        begin = end_of_span
    return found


def _occurrence(
    occ: Any, source: Component, zone: zoneinfo.ZoneInfo | None, zones: Zones, uid: str, key: str
) -> IcsEvent:
    """One occurrence as a meeting, with its own component's title, status and place: an
    override (RECURRENCE-ID) that moves or cancels one meeting of a series says so itself."""
    start = occ.decoded("DTSTART")
    end = occ.decoded("DTEND") if "DTEND" in occ else None
    try:
        if zone is not None:  # show the occurrences in the series' own zone
            start = to_zone(start, zone)
            end = to_zone(end, zone) if end is not None else None
        return meeting_from_event(
            source, zones, decoded(start, zones), decoded_end(start, end), uid, key
        )
    except OverflowError:
        raise Problem(source.line, uid, "DTSTART", out_of_range()) from None


def _occurrence_key(
    value: dt.date | dt.datetime, zone: zoneinfo.ZoneInfo | None, timed: bool
) -> str:
    """What tells one occurrence from the others of its series, in its code and UID: the day,
    and for a timed series the time too (``FREQ=DAILY;BYHOUR=9,14`` has two a day)."""
    if isinstance(value, dt.datetime):
        if zone is not None and value.tzinfo is not None:
            value = value.astimezone(zone)
        if timed:
            day = f"{value.year:04d}{value.month:02d}{value.day:02d}"
            return f"{day}T{value.hour:02d}{value.minute:02d}"
        value = value.date()
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _cannot_expand(exc: Exception) -> str:
    """The library's complaint in words a planner can act on, not its internals."""
    text = str(exc)
    if "UTC offset" in text:
        return translate(
            "Messages",
            "cannot expand the series: a time zone in the file has a missing or malformed offset",
        )
    if not text or "None" in text.split() or text.endswith("None"):
        return translate(
            "Messages",
            "cannot expand the series: its rule, dates or time zone are not valid iCalendar",
        )
    return translate("Messages", "cannot expand the series: {problem}").format(problem=text)
