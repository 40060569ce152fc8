"""Two ways to one result: the import's fast paths checked against the ways they stand in for.

The block reader (:func:`ics_parse.parse`) against the line reader (``blocks=False``): the same
components, properties, lines, warnings and errors. Another calendar's event made into a meeting
directly against the record way the planner's own events take (``direct=False``): the same meeting
(its generated id aside) or the same problem. Each function returns what differs, or "".
"""

from __future__ import annotations

from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.interop.ics_events import plain_event
from scheduler_app.interop.ics_parse import parse
from scheduler_app.interop.ics_text import Component, IcsSyntaxError
from scheduler_app.interop.ics_zones import Problem, Zones


def tree(components: list[Component]) -> list[Any]:
    """Everything a reader gives the import, nested as the components are."""
    return [
        (c.name, c.line, c.props, c.by_name, c.text_lines, tree(c.children)) for c in components
    ]


def _read(text: str, blocks: bool, tolerant: bool) -> tuple[Any, ...]:
    warnings: list[tuple[int, str]] | None = [] if tolerant else None
    try:
        return ("read", tree(parse(text, warnings, blocks=blocks)), warnings)
    except IcsSyntaxError as exc:
        return ("refused", exc.line, exc.problem, exc.field, warnings)


def readers_differ(text: str) -> str:
    """What the block reader reads differently from the line reader ("" if nothing)."""
    for tolerant in (True, False):
        fast, slow = _read(text, True, tolerant), _read(text, False, tolerant)
        if fast != slow:
            return f"tolerant={tolerant}: block reader {fast!r:.300} line reader {slow!r:.300}"
    return ""


def _meeting(event: Component, zones: Zones, direct: bool) -> tuple[Any, ...]:
    try:
        e = plain_event(event, zones, direct=direct)
    except Problem as p:
        return ("problem", p.line, p.uid, p.field, p.problem)
    except (ValueError, OverflowError) as exc:
        return ("error", type(exc).__name__, str(exc))
    m: Meeting = e.meeting
    if e.uid.rpartition("@")[0] != m.id:  # a fresh random id, different each time
        m = m.replace(id="00000000-0000-4000-8000-000000000000")
    return ("meeting", m, e.uid, e.sequence, e.stamp, e.line, e.own, e.has_status)


def meeting_paths_differ(text: str) -> str:
    """For each event that is not part of a series, what the direct way makes differently from
    the record way ("" if nothing, or if the text is not read at all). The planner's own events
    take the record way either way."""
    try:
        roots = parse(text, [])
    except IcsSyntaxError:
        return ""
    for calendar in roots:
        if calendar.name != "VCALENDAR":
            continue
        zones = Zones(calendar)
        for event in calendar.children:
            if event.name != "VEVENT":
                continue
            if {"RRULE", "RDATE", "RECURRENCE-ID"} & event.by_name.keys():
                continue
            direct, record = _meeting(event, zones, True), _meeting(event, zones, False)
            if direct != record:
                return f"line {event.line}: direct {direct!r:.400} record {record!r:.400}"
    return ""
