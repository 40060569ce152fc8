"""The planner's own VEVENT blocks read straight to meetings, without a property tuple a line.

:func:`ics_export._event` writes each meeting as a block of one fixed layout: UID, DTSTAMP,
SEQUENCE, all-day or zoned DTSTART and DTEND, SUMMARY, LOCATION, STATUS, TRANSP, CATEGORIES,
DESCRIPTION, then the X-SCHEDULER-* fields in the CSV columns' order. :func:`own_block` matches a
whole block against that layout with one compiled expression (C-level work, no object a line);
:func:`own_event` turns the match into the :class:`IcsEvent` the general way makes of it, with
the same functions it uses (:func:`ics_zones.date_value`, :func:`ics_own.own_meeting`,
:func:`ics_text.unescape_text`), so the same values pass the same checks.

It proves nothing it cannot prove cheaply: a block that differs from the layout in any way (a
property it does not know, another order, lower-case names, an X-SCHEDULER-ID, a TZID that is
not an IANA name, a date that does not read, an end before the start, a value the meeting
refuses) is left to the general way, which reads it as it always did and names the same line
and field for every fault. Tests compare both ways on exports, corpus files, mutants and
generated blocks (``tests/fuzz/test_own_blocks.py``).
"""

from __future__ import annotations

import datetime as dt
import re

from scheduler_app.domain import InvalidMeeting
from scheduler_app.interop.csvfile import COLUMNS
from scheduler_app.interop.ics_events import IcsEvent, iso_stamp
from scheduler_app.interop.ics_own import X, own_meeting
from scheduler_app.interop.ics_parse import read_block
from scheduler_app.interop.ics_text import Component, unescape_text
from scheduler_app.interop.ics_zones import Zones

# A logical line's value: the rest of its physical line and any folded continuations.
_VALUE = r"[^\r\n]*+(?:\r\n[ \t][^\r\n]*+)*+"
# The X-SCHEDULER-* fields export writes, in its order; id, title, start, end and timezone are
# not among them (UID, SUMMARY, DTSTART, DTEND carry those; X-SCHEDULER-TIMEZONE is rare).
_FIELDS = tuple(c for c in COLUMNS if c not in ("id", "title", "start", "end", "timezone"))
_FIELD_LINES = "".join(
    f"(?:{X}{c.upper().replace('_', '-')}:(?P<{c}>{_VALUE})\r\n)?" for c in _FIELDS
)
_BLOCK = re.compile(
    "BEGIN:VEVENT\r\n"
    r"UID:(?P<uid>(?P<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
    "@scheduler-app)\r\n"
    r"DTSTAMP:(?P<stamp>[0-9]{8}T[0-9]{6}Z)\r\n"
    r"SEQUENCE:(?P<sequence>[0-9]{1,9})\r\n"
    r"(?:DTSTART;VALUE=DATE:(?P<start>[0-9]{8})\r\nDTEND;VALUE=DATE:(?P<end>[0-9]{8})\r\n"
    r"|DTSTART;TZID=(?P<tzid>[A-Za-z0-9_+/-]+):(?P<start_at>[0-9]{8}T[0-9]{6})\r\n"
    r"DTEND;TZID=(?P=tzid):(?P<end_at>[0-9]{8}T[0-9]{6})\r\n)"
    f"SUMMARY:(?P<summary>{_VALUE})\r\n"
    f"(?:LOCATION:{_VALUE}\r\n)?"
    "STATUS:(?P<event_status>TENTATIVE|CONFIRMED|CANCELLED)\r\n"
    "TRANSP:(?:OPAQUE|TRANSPARENT)\r\n"
    f"CATEGORIES:{_VALUE}\r\n"
    f"DESCRIPTION:{_VALUE}\r\n"
    f"{_FIELD_LINES}"
    "END:VEVENT\r\n"
)
_FIRST_FIELD = _BLOCK.groupindex[_FIELDS[0]]
assert [_BLOCK.groupindex[c] for c in _FIELDS] == list(
    range(_FIRST_FIELD, _FIRST_FIELD + len(_FIELDS))
), "the fields' groups are the last ones, in order"
_ONE_DAY = dt.timedelta(days=1)


class OwnBlock(Component):
    """A VEVENT block in the planner's layout, matched but not read yet (:func:`own_event`)."""

    __slots__ = ("match",)

    def __init__(self, line: int, match: re.Match[str]) -> None:  # not the dataclass's: cheaper
        self.name, self.line, self.match = "VEVENT", line, match

    def general(self) -> Component:
        """The block as the general reader reads it (for anything :func:`own_event` leaves)."""
        return read_block(self.match.string, self.line)


def own_block(block: str, line: int) -> OwnBlock | None:
    """``block`` (``BEGIN:VEVENT`` to ``END:VEVENT``, CRLF line breaks) if it has the planner's
    layout, for :func:`ics_parse.parse` to hold instead of reading it line by line."""
    match = _BLOCK.fullmatch(block)
    return OwnBlock(line, match) if match is not None else None


# Days and moments already read: an export repeats a few thousand days. Bounded.
_DAYS: dict[str, dt.date] = {}


def _day(text: str) -> dt.date:
    """An all-day DTSTART or DTEND's eight digits as :func:`ics_zones.date_value` reads them
    (ValueError for a day that does not exist)."""
    found = _DAYS.get(text)
    if found is None:
        found = dt.date(int(text[0:4]), int(text[4:6]), int(text[6:8]))
        if len(_DAYS) < 8192:
            _DAYS[text] = found
    return found


def _moment(v: str) -> dt.datetime:
    """A zoned ``YYYYMMDDTHHMMSS`` as :func:`ics_zones.date_value` reads it (wall-clock time)."""
    return dt.datetime(  # noqa: DTZ001 - wall-clock time in the block's TZID
        int(v[0:4]), int(v[4:6]), int(v[6:8]), int(v[9:11]), int(v[11:13]), int(v[13:15])
    )


def _unfolded(value: str) -> str:
    """A value without its folds, as the block reader unfolds a CRLF block."""
    return value.replace("\r\n ", "").replace("\r\n\t", "") if "\r\n" in value else value


def own_event(block: OwnBlock, zones: Zones) -> IcsEvent | None:
    """The event :func:`ics_events.plain_event` makes of the block, or None where it might
    refuse it or make anything else of it (then the general way reads the block)."""
    match, line = block.match, block.line
    group = match.group
    uid = group("uid")
    try:
        if (start_text := group("start")) is not None:
            start, end = _day(start_text), _day(group("end"))
            if end < start:
                return None
            if end != start:  # an all-day DTEND is exclusive
                end -= _ONE_DAY
            moments: tuple[tuple[dt.date, dt.time | None, str], tuple[dt.date, dt.time | None]]
            moments = (start, None, ""), (end, None)
        else:
            tzid = group("tzid")
            zone = zones.iana(tzid)
            if not zone or zone == "UTC":  # a custom zone, or one read back from the planner's
                return None
            start_at, end_at = _moment(group("start_at")), _moment(group("end_at"))
            if end_at < start_at:  # one zone: the wall-clock times say it
                return None
            moments = (start_at.date(), start_at.time(), zone), (end_at.date(), end_at.time())
        fields = match.groups()[_FIRST_FIELD - 1 :]
        own = {c: v for c, v in zip(_FIELDS, fields, strict=True) if v is not None}
        joined = "".join(own.values())  # one test for all of them: most fold and escape nothing
        if "\r\n" in joined:
            own = {c: _unfolded(v) for c, v in own.items()}
        if "\\" in joined:
            own = {c: unescape_text(v) for c, v in own.items()}
        summary = unescape_text(_unfolded(group("summary"))).strip() or "(untitled)"
        sequence = int(group("sequence"))
        meeting = own_meeting(
            own, summary, moments, group("event_status"), group("id"), sequence, ""
        )
    except (InvalidMeeting, ValueError, OverflowError):
        return None
    if meeting is None:
        return None
    return IcsEvent(meeting, uid, sequence, iso_stamp(group("stamp")), line, True, True)
