"""Outlook-compatible VTIMEZONE definitions for IANA time zones (RFC 5545 section 3.6.5).

Why not icalendar's ``add_missing_timezones()``: it writes RDATE lists with two STANDARD blocks
and a horizon ending in 2038. Outlook expects the shape Windows time zones have: ONE ``STANDARD``
block and, when the zone has daylight saving time, ONE ``DAYLIGHT`` block, each with a yearly
``RRULE``; it has been reported to shift events by an hour otherwise. The planner's horizon runs
through 2045.

Everything is derived from :class:`zoneinfo.ZoneInfo`: the UTC offset changes between local
1 January of ``first_year`` and local 1 January after ``last_year`` are located to the second, and
each kind of change (to daylight time, back to standard time) must happen in every year of the
range on the same "nth or last weekday of a month" at the same local time. A zone whose offsets
cannot be written that way raises :class:`UnrepresentableZone` and the exporter writes its times
in UTC instead.

>>> lines = vtimezone_lines("Europe/Zurich", 2026)
>>> [line for line in lines if line.startswith("RRULE")]
['RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["DEFAULT_LAST_YEAR", "UnknownZone", "UnrepresentableZone", "vtimezone_lines"]

DEFAULT_LAST_YEAR = 2045
"""The end of the planner's horizon."""

_UTC = dt.UTC
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=_UTC)
_SCAN_STEP = 86_400
"""Seconds between offset samples. Since 1970 no two UTC offset changes in tzdata 2026 are less
than 167 hours apart (Brazil 2000, Gaza's predicted rules), so a daily sample sees every change."""

_TZID = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+)*")
"""The characters of IANA keys; anything else could not be written safely as a TZID anyway."""

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# what a zone's onsets are called in a refusal (translated only when one is refused)
_DAYLIGHT_STARTS = QT_TRANSLATE_NOOP("Messages", "daylight time starts")
_STANDARD_RETURNS = QT_TRANSLATE_NOOP("Messages", "standard time returns")


class UnknownZone(ValueError):
    """The time zone database has no zone of that name."""


class UnrepresentableZone(ValueError):
    """The zone's offsets over the years asked for are not one yearly STANDARD/DAYLIGHT rule pair.

    The rules changed inside the range, daylight time started or stopped inside it, or a change
    falls on a date no ``BYMONTH``/``BYDAY`` rule gives (Iran before 2022, Morocco's Ramadan
    suspensions, Israel's "Friday before the last Sunday", Chile's "first Sunday on or after the
    2nd"). The caller writes that zone's times in UTC instead.
    """


@dataclass(frozen=True)
class _Change:
    """One change of UTC offset: the first second of the new offset, and the offsets around it."""

    utc: dt.datetime
    before: dt.timedelta
    after: dt.timedelta

    @property
    def local(self) -> dt.datetime:
        """The onset as RFC 5545 writes it: wall-clock time in the offset in force before."""
        return (self.utc + self.before).replace(tzinfo=None)


@dataclass(frozen=True)
class _Scan:
    """The offset at local 1 January of the first year and every change until the range ends."""

    initial: dt.timedelta
    changes: tuple[_Change, ...]


@dataclass(frozen=True)
class _YearlyRule:
    """A yearly onset: the nth (or, with ``nth == -1``, the last) weekday of a month at a local
    time, i.e. ``RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=nXX`` with DTSTART's time of day."""

    month: int
    weekday: int
    nth: int
    time: dt.time

    def rrule(self) -> str:
        return f"RRULE:FREQ=YEARLY;BYMONTH={self.month};BYDAY={self.nth}{_WEEKDAYS[self.weekday]}"

    def onset(self, year: int) -> dt.datetime:
        """The local date-time the rule gives in ``year``."""
        if self.nth == -1:
            last_day = calendar.monthrange(year, self.month)[1]
            day = dt.date(year, self.month, last_day)
            day -= dt.timedelta(days=(day.weekday() - self.weekday) % 7)
        else:
            day = dt.date(year, self.month, 1)
            day += dt.timedelta(days=(self.weekday - day.weekday()) % 7 + 7 * (self.nth - 1))
        return dt.datetime.combine(day, self.time)


def vtimezone_lines(tzid: str, first_year: int, last_year: int = DEFAULT_LAST_YEAR) -> list[str]:
    """Unfolded content lines of a VTIMEZONE for ``tzid``, valid for ``first_year``..``last_year``.

    The shape Outlook expects (RFC 5545 section 3.6.5): one ``STANDARD`` block and, if the zone
    keeps daylight saving time in the range, one ``DAYLIGHT`` block, each with a yearly ``RRULE``
    and no ``UNTIL``. A zone without daylight time gets one ``STANDARD`` block with equal
    ``TZOFFSETFROM`` and ``TZOFFSETTO``.

    ``DTSTART`` of each block is the onset its rule gives in the year *before* ``first_year``, so
    both observances have begun before any local time of the range and every client resolves
    1 January of ``first_year`` from the rules themselves; section 3.6.5 leaves times before the
    first onset undefined, and clients differ there. (Outlook's own ``1601`` start would make the
    definition claim today's rules for four centuries; local times before ``first_year`` are
    outside what this definition vouches for either way.) Without daylight time ``DTSTART`` is
    local midnight of 1 January of ``first_year``.

    The output is the same for the same arguments and is cached (a copy is returned).

    Raises :class:`UnknownZone` for a name the time zone database does not have,
    :class:`UnrepresentableZone` when the offsets in the range are not one yearly rule pair, and
    :class:`ValueError` for an empty or impossible year range.
    """
    if first_year > last_year:
        raise ValueError(f"first_year {first_year} is after last_year {last_year}")
    if first_year <= dt.MINYEAR or last_year >= dt.MAXYEAR:
        raise ValueError(f"years must lie between {dt.MINYEAR + 1} and {dt.MAXYEAR - 1}")
    definition = _definition(_zone(tzid).key, first_year, last_year)
    if isinstance(definition, UnrepresentableZone):
        raise UnrepresentableZone(*definition.args)  # a fresh exception for every caller
    return list(definition)


@functools.cache
def _definition(
    tzid: str, first_year: int, last_year: int
) -> tuple[str, ...] | UnrepresentableZone:
    """The lines, or why there are none; cached either way (an unrepresentable zone is asked
    about again by every export)."""
    try:
        return tuple(_lines(tzid, first_year, last_year, _scan(tzid, first_year, last_year)))
    except UnrepresentableZone as problem:
        return problem


# --- finding the offset changes ------------------------------------------------------------------


def _zone(tzid: str) -> zoneinfo.ZoneInfo:
    if not isinstance(tzid, str) or not _TZID.fullmatch(tzid):
        raise UnknownZone(
            translate("Messages", "{zone} is not an IANA time zone name").format(zone=repr(tzid))
        )
    try:
        return zoneinfo.ZoneInfo(tzid)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise UnknownZone(
            translate("Messages", "no time zone named {zone} in the time zone database").format(
                zone=repr(tzid)
            )
        ) from error


def _offset(zone: zoneinfo.ZoneInfo, second: int) -> dt.timedelta:
    """The UTC offset ``second`` seconds after the epoch (no ``fromtimestamp``: Windows rejects
    negative timestamps)."""
    offset = (_EPOCH + dt.timedelta(seconds=second)).astimezone(zone).utcoffset()
    assert offset is not None  # a ZoneInfo always has one
    return offset


def _seconds(moment: dt.datetime) -> int:
    return (moment - _EPOCH) // dt.timedelta(seconds=1)


def _scan(tzid: str, first_year: int, last_year: int) -> _Scan:
    """The offset at local midnight starting ``first_year`` and every UTC offset change up to the
    last second of ``last_year``, each located to the second by bisection."""
    zone = zoneinfo.ZoneInfo(tzid)
    start = _seconds(dt.datetime(first_year, 1, 1, tzinfo=zone))
    end = _seconds(dt.datetime(last_year + 1, 1, 1, tzinfo=zone)) - 1
    initial = current = _offset(zone, start)
    changes: list[_Change] = []
    low = start
    while low < end:
        high = min(low + _SCAN_STEP, end)
        after = _offset(zone, high)
        if after == current:
            low = high
            continue
        # offset(low) == current != offset(high): bisect to the first second that differs.
        while high - low > 1:
            middle = (low + high) // 2
            if _offset(zone, middle) == current:
                low = middle
            else:
                high = middle
        after = _offset(zone, high)
        changes.append(_Change(_EPOCH + dt.timedelta(seconds=high), current, after))
        current, low = after, high
    return _Scan(initial, tuple(changes))


# --- fitting one yearly rule pair ----------------------------------------------------------------


def _lines(tzid: str, first_year: int, last_year: int, scan: _Scan) -> list[str]:
    zone = zoneinfo.ZoneInfo(tzid)
    span = f"{first_year}-{last_year}" if first_year != last_year else str(first_year)
    if not scan.changes:
        name = zone.tzname(dt.datetime(first_year, 1, 1, tzinfo=zone))
        return [
            "BEGIN:VTIMEZONE",
            f"TZID:{tzid}",
            *_observance(
                "STANDARD",
                dt.datetime.combine(dt.date(first_year, 1, 1), dt.time()),
                scan.initial,
                scan.initial,
                {name} if name else set(),
                None,
            ),
            "END:VTIMEZONE",
        ]

    offsets = sorted({scan.initial, *(change.after for change in scan.changes)})
    if len(offsets) != 2:
        raise UnrepresentableZone(
            translate(
                "Messages",
                "{zone}: the UTC offset takes {count} values in {span} ({offsets}), so its rules "
                "change inside the range; one STANDARD and one DAYLIGHT rule can only alternate "
                "between two",
            ).format(
                zone=tzid,
                count=len(offsets),
                span=span,
                offsets=", ".join(_offset_text(o) for o in offsets),
            )
        )
    standard, daylight = offsets  # Europe/Dublin's "negative DST" still puts winter in STANDARD
    to_daylight = [c for c in scan.changes if c.after == daylight]
    to_standard = [c for c in scan.changes if c.after == standard]
    starts_in = Counter(c.local.year for c in to_daylight)
    ends_in = Counter(c.local.year for c in to_standard)
    for year in range(first_year, last_year + 1):
        starts, ends = starts_in[year], ends_in[year]
        if starts != 1 or ends != 1:
            raise UnrepresentableZone(
                translate(
                    "Messages",
                    "{zone}: {year} has {starts} change(s) to daylight time and {ends} back to "
                    "standard time; a yearly rule pair for {span} needs exactly one of each every "
                    "year",
                ).format(zone=tzid, year=year, starts=starts, ends=ends, span=span)
            )
    daylight_rule = _yearly_rule(tzid, _DAYLIGHT_STARTS, to_daylight)
    standard_rule = _yearly_rule(tzid, _STANDARD_RETURNS, to_standard)
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        *_observance(
            "STANDARD",
            standard_rule.onset(first_year - 1),
            daylight,
            standard,
            _names(zone, to_standard),
            standard_rule,
        ),
        *_observance(
            "DAYLIGHT",
            daylight_rule.onset(first_year - 1),
            standard,
            daylight,
            _names(zone, to_daylight),
            daylight_rule,
        ),
        "END:VTIMEZONE",
    ]


def _yearly_rule(tzid: str, what: str, changes: Sequence[_Change]) -> _YearlyRule:
    """The one "nth or last weekday of a month at a time" rule that gives every onset, preferring
    "last" where both fit (a short range cannot tell "4th Sunday" from "last Sunday", and tzdata's
    rules say "lastSun")."""
    onsets = [change.local for change in changes]
    first = onsets[0]
    if all(
        (o.month, o.weekday(), o.time()) == (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        if all(o.day + 7 > calendar.monthrange(o.year, o.month)[1] for o in onsets):
            return _YearlyRule(first.month, first.weekday(), -1, first.time())
        nth = (first.day - 1) // 7 + 1
        if nth <= 4 and all((o.day - 1) // 7 + 1 == nth for o in onsets):
            return _YearlyRule(first.month, first.weekday(), nth, first.time())
    shown = ", ".join(f"{o:%a %Y-%m-%d %H:%M}" for o in onsets[:6])
    more = ", ..." if len(onsets) > 6 else ""
    raise UnrepresentableZone(
        translate(
            "Messages",
            "{zone}: {what} on {onsets}{more} (local time); no single 'nth or last weekday of a "
            "month at one local time' rule gives all of these dates",
        ).format(zone=tzid, what=translate("Messages", what), onsets=shown, more=more)
    )


def _names(zone: zoneinfo.ZoneInfo, changes: Iterable[_Change]) -> set[str]:
    names = set()
    for change in changes:
        name = change.utc.astimezone(zone).tzname()
        if name:
            names.add(name)
    return names


def _observance(
    kind: str,
    onset: dt.datetime,
    offset_from: dt.timedelta,
    offset_to: dt.timedelta,
    names: set[str],
    rule: _YearlyRule | None,
) -> list[str]:
    """One STANDARD or DAYLIGHT sub-component (RFC 5545 section 3.6.5). ``TZNAME`` is written only
    when the abbreviation is the same all through the range."""
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{onset:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{_offset_text(offset_from)}",
        f"TZOFFSETTO:{_offset_text(offset_to)}",
    ]
    if len(names) == 1:
        lines.append(f"TZNAME:{_escape_text(next(iter(names)))}")
    if rule is not None:
        lines.append(rule.rrule())
    lines.append(f"END:{kind}")
    return lines


def _offset_text(offset: dt.timedelta) -> str:
    """A UTC-OFFSET value (RFC 5545 section 3.3.14): ``+0530``, ``-0300``, never ``-0000``.

    >>> _offset_text(dt.timedelta(hours=5, minutes=45)), _offset_text(dt.timedelta(hours=-3))
    ('+0545', '-0300')
    """
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


def _escape_text(value: str) -> str:
    """TEXT escaping (RFC 5545 section 3.3.11) for TZNAME."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
