"""Moving a timed meeting by minutes, or one of its ends: what a drag in the week and day views
does, in 15-minute steps the caller rounds to.

A timed meeting is one event from ``start`` + ``start_time`` to ``end`` + ``end_time`` on the
clock of its own ``timezone`` (the iCalendar export writes it as one DTSTART and one DTEND, and the
rules compare timed meetings by these instants). The planner drags it on the clock of *their*
zone, so a drag of ``minutes`` moves the dragged end that far on the planner's clock; the result
is written back on the meeting's own clock. A Geneva session 09:30-12:30 seen from New York and
dragged 60 minutes later becomes 10:30-13:30 Geneva time; its days change when it crosses
midnight in Geneva, not in New York.

A move keeps the meeting's length in real time (three hours stay three hours across a change of
summer time); a resize moves one end and refuses an end at or before the start.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from scheduler_app.domain import InvalidMeeting, Meeting
from scheduler_app.i18n import day, isolate, language, translate
from scheduler_app.rules.facts import zone_place

MODES = ("move", "start", "end")


def moved_by_minutes(m: Meeting, minutes: int, mode: str, zone: str) -> Meeting:
    """``m`` with its hours moved by ``minutes`` on the clock of ``zone`` (the planner's IANA
    zone): ``mode`` "move" shifts the whole meeting, "start" or "end" moves that end only.

    Raises ``ValueError`` in the planner's words, naming the meeting, when ``m`` has no times,
    when a resize would end it at or before its start, or when the result cannot be a meeting.

    >>> import datetime as dt
    >>> from scheduler_app.domain import MeetingKind
    >>> m = Meeting("0c6a4f4e-7c39-4b1e-8f0e-6a0f3d5b2c11", "C26", "Council", MeetingKind.COUNCIL,
    ...     dt.date(2026, 6, 9), dt.date(2026, 6, 9), start_time=dt.time(9, 30),
    ...     end_time=dt.time(12, 30), timezone="Europe/Zurich")
    >>> later = moved_by_minutes(m, 60, "move", "America/New_York")
    >>> f"{later.start_time:%H:%M}-{later.end_time:%H:%M} {later.timezone}"
    '10:30-13:30 Europe/Zurich'
    """
    if mode not in MODES:
        raise ValueError(
            translate("Messages", "unknown drag mode {mode}: expected one of {modes}").format(
                mode=repr(mode), modes=", ".join(MODES)
            )
        )
    start, end = m.starts_at(), m.ends_at()
    if start is None or end is None:
        raise ValueError(
            translate(
                "Messages",
                "{code} has no hours, so it cannot be moved by minutes; give it a start and "
                "an end time in Edit Meeting, or move it by days",
            ).format(code=isolate(m.label))
        )
    # in UTC: two aware times of one zone subtract and compare as wall clocks
    start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    planner = zoneinfo.ZoneInfo(zone)
    if mode == "move":
        new_start = _on_clock(start, minutes, planner)
        new_end = new_start + (end - start)
    elif mode == "start":
        new_start, new_end = _on_clock(start, minutes, planner), end
    else:
        new_start, new_end = start, _on_clock(end, minutes, planner)
    if mode != "move" and new_end <= new_start:
        own = zoneinfo.ZoneInfo(m.timezone)
        s, e = new_start.astimezone(own), new_end.astimezone(own)
        text = (
            translate(
                "Messages",
                "{code} would end at {end} on {end_day} but start at {start} on {start_day} "
                "({place} time): a meeting must end after it starts, so drag its start earlier",
            )
            if mode == "start"
            else translate(
                "Messages",
                "{code} would end at {end} on {end_day} but start at {start} on {start_day} "
                "({place} time): a meeting must end after it starts, so drag its end later",
            )
        )
        raise ValueError(
            text.format(
                code=isolate(m.label),
                end=f"{e:%H:%M}",
                end_day=_day(e.date()),
                start=f"{s:%H:%M}",
                start_day=_day(s.date()),
                place=zone_place(m),
            )
        )
    own = zoneinfo.ZoneInfo(m.timezone)
    s, e = new_start.astimezone(own), new_end.astimezone(own)
    try:
        return m.replace(
            start=s.date(),
            end=e.date(),
            # a meeting keeps wall-clock times: the repeated hour of an autumn night reads as
            # its first occurrence, as ``Meeting.starts_at`` reads it back
            start_time=s.time().replace(fold=0),
            end_time=e.time().replace(fold=0),
        )
    except InvalidMeeting as exc:
        raise ValueError(
            translate("Messages", "{code} cannot be moved there: {problem}").format(
                code=isolate(m.label), problem=exc.problem
            )
        ) from exc


def _day(d: dt.date) -> str:
    """ "3 Jun" in English, as it always read; the language's own day and month elsewhere."""
    return f"{d.day} {d:%b}" if language() == "en" else day(d, "MMMd")


def _on_clock(moment: dt.datetime, minutes: int, planner: zoneinfo.ZoneInfo) -> dt.datetime:
    """``moment`` moved ``minutes`` on the planner's wall clock, where the drag was made: the
    point under the mouse is a time of that clock. A time that clock skips (the spring-forward
    hour) is read as the same distance past the change, as ``datetime`` arithmetic in UTC does."""
    if minutes == 0:  # the repeated autumn hour would read as its first occurrence
        return moment
    wall = moment.astimezone(planner).replace(tzinfo=None) + dt.timedelta(minutes=minutes)
    return wall.replace(tzinfo=planner).astimezone(dt.UTC)
