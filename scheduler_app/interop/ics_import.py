"""Reading iCalendar files from Outlook, Google, Thunderbird, ITU calendars and the planner.

Plain events are read from the planner's own content-line tokenizer (:mod:`ics_text`); recurring
series (``RRULE``, ``RDATE``, ``RECURRENCE-ID`` overrides, ``EXDATE``) and custom time zone
definitions are handed to icalendar and recurring-ical-events, which expand the occurrences in the
range asked for. Nothing in a file makes the planner fetch a URL or open another file.

One module an idea: :mod:`ics_zones` (dates and zones), :mod:`ics_kinds` (kind and code from a
title), :mod:`ics_events` (one event to one meeting), :mod:`ics_recurrence` (series, bounded);
this one reads a whole file and refuses what cannot be imported, every problem with its line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem
from scheduler_app.interop.ics_events import IcsEvent, X, plain_event
from scheduler_app.interop.ics_kinds import guess_kind_and_code
from scheduler_app.interop.ics_own_block import OwnBlock, own_block, own_event
from scheduler_app.interop.ics_parse import parse
from scheduler_app.interop.ics_recurrence import MAX_OCCURRENCES, recurring
from scheduler_app.interop.ics_text import Component, IcsSyntaxError, Prop, unescape_text
from scheduler_app.interop.ics_zones import Problem, Zones, located

_OWN_EXTRAS = frozenset({X + "OBSERVANCE", X + "DEADLINE", X + "HOLIDAY"})
_SERIES = frozenset({"RRULE", "RDATE"})
_OWN_ID = X + "ID"
_SAME_ID = QT_TRANSLATE_NOOP(
    "Messages", "gives a meeting the id {key} that the event on line {line} gives too"
)
_SAME_UID = QT_TRANSLATE_NOOP(
    "Messages", "gives a meeting the UID {key} that the event on line {line} gives too"
)


@dataclass
class IcsRead:
    events: list[IcsEvent]
    skipped: list[str]  # what was left out and why ("observance", "deadline", ...)


def read_ics(
    data: bytes,
    name: str,
    window: tuple[dt.date, dt.date] | None = None,
    *,
    max_occurrences: int = MAX_OCCURRENCES,
    own_blocks: bool = True,
) -> IcsRead:
    """Every meeting in an iCalendar file, or :class:`CsvFormatError` listing every problem
    (``FILE:LINE: UID x: PROPERTY: problem``). ``window`` bounds recurring series, and a series
    with more than ``max_occurrences`` in it is refused.

    All or nothing for the meetings it reads; what it leaves out is listed in
    :attr:`IcsRead.skipped` with its line: components that are not meetings, broken lines outside
    the VEVENTs and VTIMEZONEs it imports (RFC 5545 section 3.6 lets a calendar hold VTODO,
    VJOURNAL, VFREEBUSY and components it does not define), series with nothing in the window,
    and an ``X-WR-TIMEZONE`` it does not know (times are then read as UTC).

    The planner's own events in its export layout are read straight from their blocks
    (:mod:`ics_own_block`); ``own_blocks=False`` reads them the general way, for the tests that
    compare the two.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFormatError(
            [CsvProblem(name, line, "", translate("Messages", "not UTF-8 text"))]
        ) from exc
    warnings: list[tuple[int, str]] = []
    try:
        roots = parse(text, warnings, quick=own_block if own_blocks else None)
    except IcsSyntaxError as exc:
        raise CsvFormatError([CsvProblem(name, exc.line, exc.field, exc.problem)]) from exc
    calendars = [r for r in roots if r.name == "VCALENDAR"]
    if not calendars:
        line, what = warnings[0] if warnings else (1, translate("Messages", "no BEGIN:VCALENDAR"))
        text = translate("Messages", "{problem}: not an iCalendar file").format(problem=what)
        raise CsvFormatError([CsvProblem(name, line, "", text)])
    window = window or _default_window()
    skipped = [
        f"{name}:{line}: " + translate("Messages", "skipped {what}").format(what=what)
        for line, what in warnings
    ]
    skipped.extend(
        f"{name}:{r.line}: "
        + translate("Messages", "skipped BEGIN:{component} outside BEGIN:VCALENDAR").format(
            component=r.name
        )
        for r in roots
        if r.name != "VCALENDAR"
    )
    events: list[IcsEvent] = []
    problems: list[CsvProblem] = []
    seen = _Seen(name, problems)
    own_extra = ""
    for calendar in calendars:
        zones = Zones(calendar)
        if zones.default and zones.iana(zones.default) is None:
            where = calendar.first("X-WR-TIMEZONE")
            skipped.append(
                f"{name}:{where.line if where else calendar.line}: "
                + translate(
                    "Messages",
                    "X-WR-TIMEZONE {zone} is not a known time zone: times without one were read "
                    "as UTC",
                ).format(zone=repr(zones.default[:60]))
            )
        groups: dict[str, list[Component]] = {}
        other: dict[str, list[int]] = {}
        for event in calendar.children:
            if type(event) is OwnBlock:  # the planner's own layout, matched whole
                if (read := own_event(event, zones)) is not None:
                    if seen.first_plain(event.line, read.uid):
                        events.append(read)
                    continue
                event = event.general()  # what own_event leaves, the general way reads
            if event.name != "VEVENT":
                if event.name != "VTIMEZONE":
                    other.setdefault(event.name, []).append(event.line)
                continue
            if not event.by_name.keys().isdisjoint(_OWN_EXTRAS):
                # translated once per import: the planner's own files hold many of these
                own_extra = own_extra or translate(
                    "Messages", "observance, holiday or deadline written by the planner"
                )
                skipped.append(own_extra)
                continue
            uid_prop = event.by_name.get("UID")
            uid = unescape_text(uid_prop.value).strip() if uid_prop is not None else ""
            recurrence_id = event.by_name.get("RECURRENCE-ID")
            if not seen.first(event, uid, recurrence_id):
                continue
            if recurrence_id or not event.by_name.keys().isdisjoint(_SERIES):
                if not uid:
                    problems.append(
                        located(
                            name,
                            Problem(
                                event.line,
                                "",
                                "UID",
                                translate("Messages", "the series has no UID"),
                            ),
                        )
                    )
                else:
                    groups.setdefault(uid, []).append(event)
                continue
            try:
                events.append(plain_event(event, zones, uid=uid))
            except Problem as p:
                problems.append(located(name, p))
            except (ValueError, OverflowError) as exc:  # nothing may escape as a traceback
                problems.append(located(name, Problem(event.line, uid, "VEVENT", str(exc))))
        for component, lines in other.items():
            listed = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
            skipped.append(
                f"{name}:{lines[0]}: "
                + (
                    translate(
                        "Messages", "skipped {count} {component} (not a meeting; lines {lines})"
                    )
                    if len(lines) > 1
                    else translate(
                        "Messages", "skipped {count} {component} (not a meeting; line {lines})"
                    )
                ).format(count=len(lines), component=component, lines=listed)
            )
        if groups:
            events.extend(
                recurring(calendar, groups, zones, window, max_occurrences, name, skipped, problems)
            )
    seen.meetings(events)
    if problems:
        raise CsvFormatError(problems)
    return IcsRead(events, skipped)


class _Seen:
    """What makes one meeting in a file: a UID (with its RECURRENCE-ID) and an X-SCHEDULER-ID
    name one event each, and no two meetings may end up with one id or UID (the database keys)."""

    def __init__(self, name: str, problems: list[CsvProblem]) -> None:
        self.name, self.problems = name, problems
        self.uids: dict[tuple[str, str], int] = {}
        self.ids: dict[str, int] = {}

    def first(self, event: Component, uid: str, recurrence_id: Prop | None) -> bool:
        """Whether ``event`` is the first with its UID and X-SCHEDULER-ID; a problem if not."""
        fine = True
        if uid:
            key = (uid, recurrence_id.value.strip() if recurrence_id else "")
            if key in self.uids:
                text = (
                    translate(
                        "Messages",
                        "the event and RECURRENCE-ID {recurrence} is also on line {line}",
                    )
                    if key[1]
                    else translate("Messages", "the event is also on line {line}")
                )
                self._problem(event.line, uid, "UID", text, key, recurrence=key[1])
                fine = False
            else:
                self.uids[key] = event.line
        own_id = event.by_name.get(_OWN_ID)
        if own_id is not None and recurrence_id is None and (value := own_id.value.strip()):
            if value in self.ids:
                self.problems.append(
                    CsvProblem(
                        self.name,
                        own_id.line,
                        f"UID {uid}: {X}ID" if uid else f"{X}ID",
                        translate(
                            "Messages", "{value} is also the id of the event on line {line}"
                        ).format(value=value, line=self.ids[value]),
                    )
                )
                fine = False
            else:
                self.ids[value] = own_id.line
        return fine

    def first_plain(self, line: int, uid: str) -> bool:
        """:meth:`first` for an event on ``line`` with a UID and neither RECURRENCE-ID nor
        X-SCHEDULER-ID."""
        key = (uid, "")
        if key in self.uids:
            self._problem(
                line, uid, "UID", translate("Messages", "the event is also on line {line}"), key
            )
            return False
        self.uids[key] = line
        return True

    def _problem(
        self, line: int, uid: str, field: str, text: str, key: tuple[str, str], **values: str
    ) -> None:
        self.problems.append(
            located(
                self.name, Problem(line, uid, field, text.format(line=self.uids[key], **values))
            )
        )

    def meetings(self, events: list[IcsEvent]) -> None:
        """No two meetings with one id or one UID (a safety net under :meth:`first`)."""
        meetings = [e.meeting for e in events]
        all_ids = [m.id for m in meetings]
        all_uids = [m.uid for m in meetings if m.uid]
        if len(set(all_ids)) == len(all_ids) and len(set(all_uids)) == len(all_uids):
            return  # the common case, told by two sets; the loop below says which ones clash
        ids: dict[str, IcsEvent] = {}
        uids: dict[str, IcsEvent] = {}
        for e in events:
            m = e.meeting
            for seen, key, what in ((ids, m.id, _SAME_ID), (uids, m.uid, _SAME_UID)):
                if not key:
                    continue
                if (other := seen.get(key)) is not None:
                    self.problems.append(
                        CsvProblem(
                            self.name,
                            e.line,
                            f"UID {e.uid}",
                            translate("Messages", what).format(key=key, line=other.line),
                        )
                    )
                else:
                    seen[key] = e


def _default_window() -> tuple[dt.date, dt.date]:
    """Recurring series are expanded over ten years from the start of last year by default."""
    this_year = dt.datetime.now(dt.UTC).year
    return dt.date(this_year - 1, 1, 1), dt.date(this_year + 9, 12, 31)


def uniquely_coded(events: Iterable[IcsEvent]) -> list[IcsEvent]:
    """Drop guessed codes that several events share: a code must name one meeting."""
    events = list(events)
    codes = [e.meeting.code for e in events]
    if len(set(codes)) + (codes.count("") or 1) - 1 == len(codes):
        return events  # the common case, told by one set: every code names one event or is ""
    counts: dict[str, int] = {}
    for code in codes:
        if code:
            counts[code] = counts.get(code, 0) + 1
    out = []
    for e in events:
        if e.meeting.code and counts[e.meeting.code] > 1 and not e.own:
            e = IcsEvent(
                e.meeting.replace(code=""), e.uid, e.sequence, e.stamp, e.line, e.own, e.has_status
            )
        out.append(e)
    return out


__all__ = [
    "MAX_OCCURRENCES",
    "IcsEvent",
    "IcsRead",
    "guess_kind_and_code",
    "read_ics",
    "uniquely_coded",
]
