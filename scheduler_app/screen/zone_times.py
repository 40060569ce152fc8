"""A timed meeting's hours on the planner's clock, for the week and day views.

What the hours mean, as the rest of the planner reads them: a timed meeting is ONE event from its
``start`` day at ``start_time`` to its ``end`` day at ``end_time``, both on the clock of its own
IANA ``timezone`` (``Meeting.starts_at``/``ends_at``). The iCalendar export writes exactly that, one
DTSTART and one DTEND, not daily sessions; the rules compare two timed meetings by these instants
alone (``rules.calendar.overlap``) and say each one's hours on its own clock ("14:00-17:00 Geneva
time", ``rules.facts.hours``). So a meeting from 10 March 22:00 to 11 March 02:00 runs over
midnight, and one from 10 March 09:00 to 12 March 17:00 runs for 56 hours.

The views draw those instants on the planner's clock (their zone): a Geneva session 09:30-12:30
Europe/Zurich seen from America/New_York sits at 03:30-06:30, and its label says the meeting's own
times with its place ("09:30-12:30 Geneva time") whenever the two clocks differ at its hours.
Positions are wall-clock minutes counted from midnight of the view's first day, as every desktop
calendar draws them: on a spring-forward day the skipped hour is drawn but empty.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import NamedTuple

from scheduler_app.domain import Meeting
from scheduler_app.i18n import translate
from scheduler_app.rules.facts import zone_place
from scheduler_app.screen.words import day_month

DAY_MINUTES = 1440


@functools.lru_cache(maxsize=64)
def zone_of(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def planner_span(m: Meeting, zone: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The meeting's start and end on the planner's clock; None for a meeting without times."""
    start, end = m.starts_at(), m.ends_at()
    if start is None or end is None:
        return None
    here = zone_of(zone)
    return start.astimezone(here), end.astimezone(here)


def wall_minutes(local: dt.datetime, first_day: dt.date) -> float:
    """Minutes of wall-clock time from midnight of ``first_day`` to ``local`` (same clock)."""
    days = (local.date() - first_day).days
    return days * DAY_MINUTES + local.hour * 60 + local.minute + local.second / 60


class Segment(NamedTuple):
    """The part of a timed meeting in one day column, in minutes after that day's midnight on
    the planner's clock; ``starts``/``ends`` say whether the meeting starts or ends in it."""

    col: int
    start: float
    end: float
    starts: bool
    ends: bool


def day_segments(m: Meeting, zone: str, first_day: dt.date, days: int) -> list[Segment]:
    """The parts of a timed meeting in the day columns ``0..days-1`` it meets. A meeting over
    midnight continues in the next column; one of no length has a segment of no length."""
    span = planner_span(m, zone)
    if span is None:
        return []
    s = wall_minutes(span[0], first_day)
    # in the repeated autumn hour a short meeting can end "before" it starts on the wall clock
    e = max(s, wall_minutes(span[1], first_day))
    out = []
    for col in range(max(0, int(s // DAY_MINUTES)), min(days - 1, int(e // DAY_MINUTES)) + 1):
        lo, hi = max(s, col * DAY_MINUTES), min(e, (col + 1) * DAY_MINUTES)
        if hi > lo or (s == e and lo == s):
            base = col * DAY_MINUTES
            out.append(Segment(col, lo - base, hi - base, lo == s, hi == e))
    return out


def clocks_differ(m: Meeting, zone: str) -> bool:
    """Whether the meeting's own clock reads differently from the planner's at its start or
    end (Geneva seen from New York: yes; Paris seen from Zurich: no)."""
    start, end = m.starts_at(), m.ends_at()
    if start is None or end is None or m.timezone == zone:
        return False
    here = zone_of(zone)
    return any(t.utcoffset() != t.astimezone(here).utcoffset() for t in (start, end))


def _hm(t: dt.datetime | dt.time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def _short_day(d: dt.date) -> str:
    return day_month(d)


def _at_place(hours: str, place: str) -> str:
    """ "09:30-12:30 Geneva time", "09:30-12:30 heure de Geneva"."""
    return translate("Calendar", "{hours} {place} time").format(hours=hours, place=place)


def _hours(start: dt.datetime, end: dt.datetime) -> str:
    """``09:30-12:30``; overnight ``22:00-02:00``; longer with the days, ``10 Mar 09:00-12 Mar
    17:00``, so a 56-hour meeting is not read as daily sessions."""
    overnight = end.date() == start.date() + dt.timedelta(days=1) and end.time() <= start.time()
    if end.date() == start.date() or overnight:
        return f"{_hm(start)}-{_hm(end)}"
    return f"{_short_day(start.date())} {_hm(start)}-{_short_day(end.date())} {_hm(end)}"


def time_texts(m: Meeting, zone: str) -> tuple[str, ...]:
    """The meeting's time line, longest first, for the label to take the first that fits.

    When the clocks differ the line gives the meeting's own times and place ("09:30-12:30 Geneva
    time"), then its zone's abbreviation ("09:30-12:30 CEST"); when neither fits, the planner's
    times, which match where the bar is drawn. The same clock: "09:30-12:30", then "09:30"."""
    start, end = m.starts_at(), m.ends_at()
    if start is None or end is None:
        return ()
    here = zone_of(zone)
    mine = _hours(start.astimezone(here), end.astimezone(here))
    short = (_hm(start.astimezone(here)),)
    if not clocks_differ(m, zone):
        return (mine, *short) if mine != short[0] else short
    own = _hours(start, end)
    abbreviation = start.tzname() or ""
    texts = [_at_place(own, zone_place(m))]
    if abbreviation and not abbreviation.startswith(("+", "-")):  # "+03" says nothing
        texts.append(f"{own} {abbreviation}")
    return (*texts, mine, *short)


def hours_tip(m: Meeting, zone: str) -> str:
    """The tooltip's line of hours: ``09:30-12:30 Geneva time (03:30-06:30 New York time)``,
    or ``09:30-12:30 Geneva time`` when the planner keeps the same clock."""
    span = planner_span(m, zone)
    start, end = m.starts_at(), m.ends_at()
    if span is None or start is None or end is None:
        return ""
    own = _at_place(_hours(start, end), zone_place(m))
    if not clocks_differ(m, zone):
        return own
    place = zone.rsplit("/", 1)[-1].replace("_", " ")
    return f"{own} ({_at_place(_hours(*span), place)})"
