"""One VEVENT to one meeting: its dates, zone, kind, code, status and the planner's own fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass

from scheduler_app.domain import (
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Sector,
    Status,
    new_id,
)
from scheduler_app.domain.errors import grouped
from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import MAX_FIELD_CHARS, record_to_meeting
from scheduler_app.interop.ics_event_end import check_order as _check_order
from scheduler_app.interop.ics_event_end import end_after as _after
from scheduler_app.interop.ics_kinds import guess_kind_and_code
from scheduler_app.interop.ics_own import STATUS as _STATUS
from scheduler_app.interop.ics_own import Moments as _Moments
from scheduler_app.interop.ics_own import X as X
from scheduler_app.interop.ics_own import own_meeting, own_record
from scheduler_app.interop.ics_text import Component, Prop, split_list, unescape_text
from scheduler_app.interop.ics_zones import (
    IANA,
    Problem,
    Zones,
    in_zone,
    moment,
    out_of_range,
)

_OWN_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SECTORS = {s.value: s for s in Sector}
_ONE_DAY = dt.timedelta(days=1)
_DAY, _IN_PERSON = Precision.DAY, Mode.IN_PERSON


@dataclass(frozen=True, slots=True)
class IcsEvent:
    """One meeting read from a file, with what matching and ordering need."""

    meeting: Meeting
    uid: str
    sequence: int
    stamp: str  # ISO UTC, e.g. "2026-11-22T10:00:00Z"
    line: int
    own: bool  # written by the planner (carries its X- properties)
    has_status: bool = False  # the event says TENTATIVE, CONFIRMED or CANCELLED itself


# The slots' own setters: the generated __init__ of a frozen dataclass goes through
# object.__setattr__ for each field (1.8 us an event, against 1.0 this way).
_SET_MEETING, _SET_UID, _SET_SEQUENCE, _SET_STAMP, _SET_LINE, _SET_OWN, _SET_HAS_STATUS = (
    IcsEvent.__dict__[f.name].__set__ for f in dataclasses.fields(IcsEvent)
)


def _ics_event_init(  # the dataclass's own fields, in order
    self: IcsEvent,
    meeting: Meeting,
    uid: str,
    sequence: int,
    stamp: str,
    line: int,
    own: bool,
    has_status: bool = False,
) -> None:
    _SET_MEETING(self, meeting)
    _SET_UID(self, uid)
    _SET_SEQUENCE(self, sequence)
    _SET_STAMP(self, stamp)
    _SET_LINE(self, line)
    _SET_OWN(self, own)
    _SET_HAS_STATUS(self, has_status)


_ics_event_init.__qualname__ = "IcsEvent.__init__"
IcsEvent.__init__ = _ics_event_init  # type: ignore[method-assign]


_UTC_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z")


# Stamps already read: an export stamps all its events with one moment. Bounded, and only short
# values, so a hostile file cannot fill it.
_STAMPS: dict[str, str] = {}


def _iso_stamp(prop: Prop | None) -> str:
    """``20261122T100000Z`` as ``2026-11-22T10:00:00Z``; "" if absent or not a UTC time."""
    return "" if prop is None else iso_stamp(prop.value)


def iso_stamp(value: str) -> str:
    """A DTSTAMP's value ``20261122T100000Z`` as ``2026-11-22T10:00:00Z``; "" if not a UTC time."""
    found = _STAMPS.get(value)
    if found is None:
        m = _UTC_STAMP.fullmatch(value.strip())
        found = "{}-{}-{}T{}:{}:{}Z".format(*m.groups()) if m else ""
        if len(_STAMPS) < 4096 and len(value) <= 24:
            _STAMPS[value] = found
    return found


def meeting_from_event(
    event: Component,
    zones: Zones,
    start: tuple[dt.date, dt.time | None, str],
    end: tuple[dt.date, dt.time | None, str] | None,
    uid: str,
    occurrence: str = "",
    *,
    direct: bool = True,
) -> IcsEvent:
    """The meeting an event stands for (``occurrence``: the key of one occurrence of a series).

    An event the planner wrote carries its own fields as ``X-SCHEDULER-*`` text, read as CSV
    reads a row (:func:`ics_own.own_meeting`). Another calendar's event has only dates, title,
    place and categories. Either way the meeting is made from the values directly, as
    :func:`csvfile.record_to_meeting` would make it from the event written as a row of text
    (:func:`_record`), without writing dates and kinds out as text to read them back (a third of
    the import); ``direct=False`` takes the row's way, for the tests that compare the two.
    """
    line = event.line
    by_name = event.by_name
    summary_prop = by_name.get("SUMMARY")
    summary = (unescape_text(summary_prop.value).strip() if summary_prop else "") or "(untitled)"
    own = own_record(event)
    s_day, s_time, s_zone = start
    if end is None:
        e_day, e_time, e_zone = (s_day, s_time, s_zone) if s_time else (s_day, None, "")
    else:
        e_day, e_time, e_zone = end
        if e_time is None and s_time is None and e_day != s_day:
            # DTEND of an all-day event is exclusive; DTEND = DTSTART, as some producers write a
            # one-day event, is that day.
            if e_day == dt.date.min:
                raise Problem(line, uid, "DTEND", out_of_range())
            e_day = e_day - _ONE_DAY
    if (s_time is None) != (e_time is None):
        raise Problem(
            line,
            uid,
            "DTEND",
            translate("Messages", "DTSTART and DTEND mix a date with a date-time"),
        )
    own_zone = own.get("timezone", "") if own else ""
    if s_time is not None and s_zone == "UTC" and own_zone in IANA and own_zone != "UTC":
        # The planner wrote this zone's times in UTC (no yearly rule fits it): read them back in it.
        try:
            s_day, s_time, s_zone = in_zone(s_day, s_time, own_zone)
            if e_time is not None and e_zone == "UTC":
                e_day, e_time, e_zone = in_zone(e_day, e_time, own_zone)
        except OverflowError:
            raise Problem(line, uid, "DTSTART", out_of_range()) from None
    if s_time is not None and e_time is not None and e_zone != s_zone:
        # Outlook may write the end in another zone: express it in the start's zone.
        end_at = dt.datetime.combine(e_day, e_time, zoneinfo.ZoneInfo(e_zone))
        try:
            local = end_at.astimezone(zoneinfo.ZoneInfo(s_zone))
        except OverflowError:
            raise Problem(line, uid, "DTEND", out_of_range()) from None
        e_day, e_time = local.date(), local.time()
    sequence_text = (by_name["SEQUENCE"].value.strip() if "SEQUENCE" in by_name else "0") or "0"
    try:
        sequence = int(sequence_text)
    except ValueError:
        raise Problem(
            line,
            uid,
            "SEQUENCE",
            translate("Messages", "{value} is not a number").format(value=repr(sequence_text)),
        ) from None
    if not 0 <= sequence < 2**31:
        raise Problem(
            line,
            uid,
            "SEQUENCE",
            translate("Messages", "{value} is out of range").format(value=sequence_text),
        )
    # The planner writes a meeting's UID as "<its id>@scheduler-app". Anything else ending so
    # ("x@scheduler-app") is kept as a foreign UID, or every re-import would add it again.
    prefix, _, domain = uid.rpartition("@")
    own_uid = domain == "scheduler-app" and not occurrence and bool(_OWN_ID.fullmatch(prefix))
    meeting_uid = "" if own_uid else (f"{uid}/{occurrence}" if occurrence else uid)
    moments = (s_day, s_time, s_zone), (e_day, e_time)
    status_prop = by_name.get("STATUS")
    status = status_prop.value.strip().upper() if status_prop else ""
    if not own and direct:
        meeting = _foreign_meeting(
            event, summary, moments, status, occurrence, prefix if own_uid else "", sequence, uid
        )
    else:
        try:
            given = own.get("id", "") or (prefix if own_uid else "")
            direct_one = (  # the planner's own fields read directly
                own_meeting(own, summary, moments, status, given, sequence, meeting_uid)
                if direct and not occurrence
                else None
            )
            if direct_one is not None:
                meeting = direct_one
            else:  # through the event's row
                record = _record(event, own, summary, moments, status, occurrence)
                if own_uid and not own.get("id"):
                    record["id"] = prefix
                if max(map(len, record.values())) > MAX_FIELD_CHARS:
                    _refuse_long_field(event, record, uid)
                meeting, _ = record_to_meeting(record, sequence=sequence, uid=meeting_uid)
        except InvalidMeeting as exc:
            raise Problem(line, uid, exc.field, exc.problem) from None
        except (ValueError, OverflowError) as exc:  # a value the row's checks let through
            raise Problem(
                line,
                uid,
                X + "*",
                translate("Messages", "not a valid meeting: {problem}").format(problem=exc),
            ) from None
    stamp = _iso_stamp(by_name.get("DTSTAMP"))
    return IcsEvent(meeting, uid, sequence, stamp, line, bool(own), status_prop is not None)


def _record(
    event: Component,
    own: dict[str, str],
    summary: str,
    moments: _Moments,
    status: str,
    occurrence: str,
) -> dict[str, str]:
    """The event as a row of text values, as CSV import reads one (the planner's own events)."""
    (s_day, s_time, s_zone), (e_day, e_time) = moments
    record = dict(own)
    record["title"] = summary
    if s_time is not None and e_time is not None:
        record["start"] = f"{s_day.isoformat()}T{s_time.hour:02d}:{s_time.minute:02d}"
        record["end"] = f"{e_day.isoformat()}T{e_time.hour:02d}:{e_time.minute:02d}"
        record["timezone"] = s_zone
        record.pop("precision", None)
    else:
        precision = own.get("precision", "day")
        record["start"] = s_day.isoformat()
        record["end"] = e_day.isoformat() if precision in ("", "day") else ""
        record.pop("timezone", None)
    if status == "CANCELLED" or "status" not in own:
        record["status"] = _STATUS.get(status, Status.CONFIRMED).value
    if not own.get("kind"):
        kind, code, sector, notes = _guessed(event, summary)
        record["kind"] = kind.value
        if code and not own.get("code"):
            record["code"] = code + (f"-{occurrence}" if occurrence else "")
        if sector is not None:
            record["sector"] = sector.value
        if any(notes):
            record["notes"] = "\n".join(
                x for x in (notes[0], record.get("notes", ""), notes[1]) if x
            )
    if occurrence and own.get("code"):
        record["code"] = f"{own['code']}-{occurrence}"
    if not own.get("id") or occurrence:
        record["id"] = ""
    return record


def _guessed(
    event: Component, summary: str
) -> tuple[MeetingKind, str, Sector | None, tuple[str, str]]:
    """Kind, code and Sector guessed from the title and categories, and what the notes say:
    ``Location: ...`` and the description."""
    by_name = event.by_name
    categories = (
        [c for p in event.all("CATEGORIES") for c in split_list(p.value)]
        if "CATEGORIES" in by_name
        else []
    )
    kind, code = guess_kind_and_code(summary, categories)
    sector = None
    for category in categories:
        if (found := _SECTORS.get(category.strip().upper())) is not None:
            sector = found
    location_prop, description_prop = by_name.get("LOCATION"), by_name.get("DESCRIPTION")
    location = _place(location_prop.value) if location_prop else ""
    description = unescape_text(description_prop.value).strip() if description_prop else ""
    return kind, code, sector, (f"Location: {location}" if location else "", description)


# Places already read: another calendar repeats a few LOCATIONs thousands of times. Bounded, and
# only short values, so a hostile file cannot fill it.
_PLACES: dict[str, str] = {}


def _place(value: str) -> str:
    """A LOCATION's text, unescaped and stripped."""
    found = _PLACES.get(value)
    if found is None:
        found = unescape_text(value).strip()
        if len(_PLACES) < 4096 and len(value) <= 200:
            _PLACES[value] = found
    return found


def _foreign_meeting(
    event: Component,
    summary: str,
    moments: _Moments,
    status: str,
    occurrence: str,
    given_id: str,
    sequence: int,
    uid: str,
) -> Meeting:
    """Another calendar's event as a meeting, made as :func:`_record` and
    :func:`csvfile.record_to_meeting` would make it (times to the minute, as the record writes
    them), without the text in between."""
    (s_day, s_time, s_zone), (e_day, e_time) = moments
    kind, code, sector, (location, description) = _guessed(event, summary)
    notes = f"{location}\n{description}" if location and description else location or description
    if occurrence and code:
        code = f"{code}-{occurrence}"
    if max(len(summary), len(notes), len(code)) > MAX_FIELD_CHARS:
        record = _record(event, {}, summary, moments, status, occurrence)
        _refuse_long_field(event, record, uid)
    try:
        return Meeting(  # positional, in the dataclass's order: a keyword call is dearer
            given_id or new_id(),
            code,
            summary,
            kind,
            s_day,
            e_day,
            _DAY,
            sector,
            "",
            "",
            dt.time(s_time.hour, s_time.minute) if s_time is not None else None,
            dt.time(e_time.hour, e_time.minute) if e_time is not None else None,
            s_zone if s_time is not None else "",
            "",
            "",
            "",
            "",
            _IN_PERSON,
            _STATUS.get(status, Status.CONFIRMED),
            None,
            None,
            None,
            "",
            notes,
            "",
            sequence,
            "" if given_id else (f"{uid}/{occurrence}" if occurrence else uid),
        )
    except InvalidMeeting as exc:
        raise Problem(event.line, uid, exc.field, exc.problem) from None


def _refuse_long_field(event: Component, record: dict[str, str], uid: str) -> None:
    """Refuse a value CSV could not carry back (Python's csv module refuses fields over 131,072
    characters): the limit is CSV import's own, :data:`csvfile.MAX_FIELD_CHARS`."""
    column = max(record, key=lambda c: len(record[c]))
    props = {"title": ("SUMMARY",), "notes": ("DESCRIPTION", "LOCATION", X + "NOTES")}.get(
        column, (X + column.upper().replace("_", "-"),)
    )
    found = [p for name in props if (p := event.first(name)) is not None]
    prop = max(found, key=lambda p: len(p.value)) if found else None
    raise Problem(
        prop.line if prop else event.line,
        uid,
        prop.name if prop else column,
        translate(
            "Messages",
            "{column} would be {length} characters long; the planner keeps at most {most} in "
            "one field (MAX_FIELD_CHARS), so that every meeting can also be written to and read "
            "back from CSV",
        ).format(column=column, length=grouped(len(record[column])), most=grouped(MAX_FIELD_CHARS)),
    )


def plain_event(
    event: Component, zones: Zones, *, direct: bool = True, uid: str | None = None
) -> IcsEvent:
    """The meeting of an event that is not part of a series (``uid``: its UID, unescaped and
    stripped, if the caller has read it already)."""
    by_name = event.by_name
    if uid is None:
        uid_prop = by_name.get("UID")
        uid = unescape_text(uid_prop.value).strip() if uid_prop is not None else ""
    if not uid:
        raise Problem(event.line, "", "UID", translate("Messages", "the event has no UID"))
    dtstart = by_name.get("DTSTART")
    if dtstart is None:
        raise Problem(event.line, uid, "DTSTART", translate("Messages", "the event has no start"))
    start = moment(dtstart, zones, uid)
    dtend = by_name.get("DTEND")
    end = moment(dtend, zones, uid) if dtend is not None else None
    if end is None and (duration := by_name.get("DURATION")) is not None:
        end = _after(start, duration, uid)
    if end is not None:
        if start[1] is None and end[1] is None:  # all-day: the days say it (most events)
            if end[0] < start[0]:
                line = (dtend or dtstart).line
                raise Problem(
                    line,
                    uid,
                    "DTEND",
                    translate("Messages", "the event ends {end} before it starts {start}").format(
                        end=end[0], start=start[0]
                    ),
                )
        else:
            _check_order(start, end, uid, (dtend or dtstart).line)
    return meeting_from_event(event, zones, start, end, uid, direct=direct)
