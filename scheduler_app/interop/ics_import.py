"""Reading iCalendar files from Outlook, Google, Thunderbird, ITU calendars and the planner.

Plain events are read from the planner's own content-line tokenizer (:mod:`ics_text`); recurring
series (``RRULE``, ``RDATE``, ``RECURRENCE-ID`` overrides, ``EXDATE``) and custom time zone
definitions are handed to icalendar and recurring-ical-events, which expand the occurrences in the
range asked for. Nothing in a file makes the planner fetch a URL or open another file.

Time zones, in order: an IANA ``TZID``; a Windows zone name as Outlook writes it ("W. Europe
Standard Time", through icalendar's Windows-to-Olson table); a ``VTIMEZONE`` in the file (times are
then converted to UTC); a UTC time; a floating time in the calendar's ``X-WR-TIMEZONE`` (Google).
Anything else is an unknown zone, reported with the event's UID and line.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
import warnings
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from dateutil.rrule import rrule, rrulestr

from scheduler_app.domain import InvalidMeeting, Meeting, MeetingKind, Sector, Status
from scheduler_app.domain.kinds import KIND_LABELS
from scheduler_app.interop.csvfile import (
    COLUMNS,
    MAX_FIELD_CHARS,
    CsvFormatError,
    CsvProblem,
    record_to_meeting,
)
from scheduler_app.interop.ics_text import (
    Component,
    IcsSyntaxError,
    Prop,
    parse,
    split_list,
    unescape_text,
)

X = "X-SCHEDULER-"
_OWN_EXTRAS = frozenset({X + "OBSERVANCE", X + "DEADLINE", X + "HOLIDAY"})
_SERIES = frozenset({"RRULE", "RDATE"})
_STATUS = {
    "TENTATIVE": Status.TENTATIVE,
    "CONFIRMED": Status.CONFIRMED,
    "CANCELLED": Status.CANCELLED,
}
_X_COLUMNS = {X + c.upper().replace("_", "-"): c for c in COLUMNS}
_LABEL_KINDS = {label.casefold(): kind for kind, label in KIND_LABELS.items()}
_SLUG_KINDS = {kind.value: kind for kind in MeetingKind}


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


@dataclass
class IcsRead:
    events: list[IcsEvent]
    skipped: list[str]  # what was left out and why ("observance", "deadline", ...)


# --- time ----------------------------------------------------------------------------------------


def _windows_zones() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return dict(WINDOWS_TO_OLSON)


_IANA = zoneinfo.available_timezones()


class _Zones:
    """Resolves TZIDs: IANA, Windows names, or the file's own VTIMEZONE definitions."""

    def __init__(self, calendar: Component) -> None:
        self.defined = {
            c.value("TZID"): c
            for c in calendar.children
            if c.name == "VTIMEZONE" and c.value("TZID")
        }
        self.default = calendar.value("X-WR-TIMEZONE").strip()
        self._windows: dict[str, str] | None = None
        self._custom: dict[str, dt.tzinfo] = {}
        self._names: dict[str, str | None] = {}

    def iana(self, tzid: str) -> str | None:
        """The IANA name for a TZID, if there is one.

        Producers may prefix a vendor path: Thunderbird ``/mozilla.org/20050126_1/Europe/Zurich``,
        Evolution ``/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires``; the
        longest tail that is an IANA name wins (``America/Argentina/Buenos_Aires``, not a shorter
        one).
        """
        if tzid in self._names:
            return self._names[tzid]
        name = tzid.strip().strip('"')
        found: str | None = None
        if name in _IANA:
            found = name
        elif name.startswith("/"):
            parts = [p for p in name.split("/") if p]
            found = next(
                (t for i in range(len(parts)) if (t := "/".join(parts[i:])) in _IANA), None
            )
        if found is None:
            if self._windows is None:
                self._windows = _windows_zones()
            found = self._windows.get(name)
        self._names[tzid] = found
        return found

    def custom(self, tzid: str) -> dt.tzinfo | None:
        """A tzinfo built by icalendar from the file's VTIMEZONE for ``tzid``."""
        if tzid in self._custom:
            return self._custom[tzid]
        comp = self.defined.get(tzid)
        if comp is None:
            return None
        from icalendar import Calendar, Timezone

        text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + "\r\n".join(comp.text_lines)
        text += "\r\nEND:VCALENDAR\r\n"
        try:
            [vtz] = Calendar.from_ical(text).walk("VTIMEZONE")
            tz: dt.tzinfo = Timezone.to_tz(vtz)  # type: ignore[arg-type]
        except Exception:  # icalendar raises many kinds on a broken definition
            return None
        self._custom[tzid] = tz
        return tz


def _date_value(prop: Prop, uid: str) -> dt.date | dt.datetime:
    """DATE ``20251117``, UTC DATE-TIME ``20251117T093000Z`` or local ``20251117T093000``.

    Parsed by hand: ``strptime`` took a second for the 60,000 values of a 20,000-event file.
    """
    v = prop.value.strip()
    try:
        if prop.params.get("VALUE", "").upper() == "DATE" or len(v) == 8:
            return dt.date(int(v[0:4]), int(v[4:6]), int(v[6:8]))
        if len(v) in (15, 16) and v[8] == "T" and (len(v) == 15 or v[15] == "Z"):
            moment = dt.datetime(  # noqa: DTZ001 - wall-clock time, zone resolved by the caller
                int(v[0:4]), int(v[4:6]), int(v[6:8]), int(v[9:11]), int(v[11:13]), int(v[13:15])
            )
            return moment.replace(tzinfo=dt.UTC) if len(v) == 16 else moment
    except ValueError:
        pass
    raise _Problem(prop.line, uid, prop.name, f"{v!r} is not an iCalendar date or date-time")


class _Problem(Exception):
    def __init__(self, line: int, uid: str, field: str, problem: str) -> None:
        self.line, self.uid, self.field, self.problem = line, uid, field, problem
        super().__init__(problem)


def _moment(prop: Prop, zones: _Zones, uid: str) -> tuple[dt.date, dt.time | None, str]:
    """(day, time or None, IANA zone) of a DTSTART/DTEND, in the meeting's own zone."""
    value = _date_value(prop, uid)
    if not isinstance(value, dt.datetime):
        return value, None, ""
    if value.tzinfo is not None:  # UTC; Google writes UTC and names the calendar's zone
        calendar_zone = zones.iana(zones.default) if zones.default else None
        if calendar_zone:
            try:
                local = value.astimezone(zoneinfo.ZoneInfo(calendar_zone))
            except OverflowError:
                raise _Problem(prop.line, uid, prop.name, _OUT_OF_RANGE) from None
            return local.date(), local.time(), calendar_zone
        return value.date(), value.time(), "UTC"
    tzid = prop.params.get("TZID")
    if tzid is None:
        if zones.default and zones.iana(zones.default):
            return value.date(), value.time(), str(zones.iana(zones.default))
        return value.date(), value.time(), "UTC"  # floating time, no calendar zone: read as UTC
    iana = zones.iana(tzid)
    if iana:
        return value.date(), value.time(), iana
    tz = zones.custom(tzid)
    if tz is None:
        raise _Problem(prop.line, uid, "TZID", f"unknown time zone {tzid!r}")
    try:
        utc = value.replace(tzinfo=tz).astimezone(dt.UTC)
    except OverflowError:
        raise _Problem(prop.line, uid, prop.name, _OUT_OF_RANGE) from None
    return utc.date(), utc.time(), "UTC"


_OUT_OF_RANGE = "the date is too close to year 1 or year 9999 to work with"


# --- kinds and codes -----------------------------------------------------------------------------

_CODE = re.compile(
    r"\b(PP|WTDC|WTSA|WRC|RA|WCIT|CPM\d{2}|RPM|EG-ITRs|C)-?(\d{2})(?:-(\d+|[A-Z]+))?\b"
)
_COUNCIL = re.compile(r"\bCouncil\s+(\d{4})\b", re.IGNORECASE)
_RG = re.compile(r"\bSG(\d+)\s+RG\s+Q(\d+)/(\d+)\b", re.IGNORECASE)
_ACRONYM_KINDS = {
    "PP": MeetingKind.PP,
    "WTDC": MeetingKind.WTDC,
    "WTSA": MeetingKind.WTSA,
    "WRC": MeetingKind.WRC,
    "RA": MeetingKind.RA,
    "WCIT": MeetingKind.WCIT,
    "RPM": MeetingKind.RPM,
    "EG-ITRS": MeetingKind.CWG,
    "C": MeetingKind.COUNCIL,
}
_WORD_KINDS = [
    (re.compile(r"\bTDAG|TSAG|RAG\b"), MeetingKind.ADVISORY_GROUP),
    (re.compile(r"\bstudy group\b|\bSG\d+\b", re.IGNORECASE), MeetingKind.STUDY_GROUP),
    (re.compile(r"\bworking party\b|\bWP\d", re.IGNORECASE), MeetingKind.WORKING_PARTY),
    (re.compile(r"\brapporteur\b|\bRG\b", re.IGNORECASE), MeetingKind.RAPPORTEUR_GROUP),
    (re.compile(r"\bCWG\b|council working group", re.IGNORECASE), MeetingKind.CWG),
    (re.compile(r"\bforum\b|\bsymposium\b|\bGSR\b", re.IGNORECASE), MeetingKind.FORUM),
    (re.compile(r"\bworkshop\b", re.IGNORECASE), MeetingKind.WORKSHOP),
]


_RELATED = re.compile(
    r"\b(briefing|preparatory|prep|workshop|webinar|information|info|side event|reception|"
    r"orientation|training|seminar|rehearsal|consultation|dinner|registration|"
    r"deadline|session on|event on|symposium|forum)\b",
    re.IGNORECASE,
)


def guess_kind_and_code(summary: str, categories: Sequence[str]) -> tuple[MeetingKind, str]:
    """Kind and code from CATEGORIES, else from the ITU acronym in the summary, else ``other``.

    >>> guess_kind_and_code("WTDC-25 opening", [])
    (<MeetingKind.WTDC: 'wtdc'>, 'WTDC-25')
    >>> guess_kind_and_code("ITU Council 2027", [])
    (<MeetingKind.COUNCIL: 'council'>, 'C27')
    >>> guess_kind_and_code("SG1 RG Q3/1", [])
    (<MeetingKind.RAPPORTEUR_GROUP: 'rapporteur-group'>, '')
    >>> guess_kind_and_code("WRC-27 briefing for delegates", [])
    (<MeetingKind.OTHER: 'other'>, '')
    """
    kind: MeetingKind | None = None
    for category in categories:
        key = category.strip().casefold()
        kind = _SLUG_KINDS.get(key) or _LABEL_KINDS.get(key)
        if kind:
            break
    code = ""
    if kind is None and _RG.search(summary):
        kind = MeetingKind.RAPPORTEUR_GROUP
    related = _RELATED.search(summary)
    if related:  # "WRC-27 briefing" is not WRC-27: no code, and the acronym decides no kind
        for pattern, candidate in _WORD_KINDS:
            if pattern.search(summary):
                return kind or candidate, ""
        return kind or MeetingKind.OTHER, ""
    if m := _CODE.search(summary):
        acronym = m.group(1).upper()
        code = m.group(0) if acronym != "C" else f"C{m.group(2)}"
        kind = (
            kind
            or _ACRONYM_KINDS.get(acronym)
            or (MeetingKind.CPM if acronym.startswith("CPM") else None)
        )
    elif m := _COUNCIL.search(summary):
        code = f"C{m.group(1)[2:]}"
        kind = kind or MeetingKind.COUNCIL
    if kind is None and _RG.search(summary):
        kind = MeetingKind.RAPPORTEUR_GROUP
    if kind is None:
        for pattern, candidate in _WORD_KINDS:
            if pattern.search(summary):
                kind = candidate
                break
    return kind or MeetingKind.OTHER, code


# --- events --------------------------------------------------------------------------------------


_UTC_STAMP = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z")


def _iso_stamp(prop: Prop | None) -> str:
    """``20261122T100000Z`` as ``2026-11-22T10:00:00Z``; "" if absent or not a UTC time."""
    if prop is None or not (m := _UTC_STAMP.fullmatch(prop.value.strip())):
        return ""
    return "{}-{}-{}T{}:{}:{}Z".format(*m.groups())


def _own_record(event: Component) -> dict[str, str]:
    """The planner's own X-SCHEDULER-* columns (the last of a repeated one wins)."""
    columns = _X_COLUMNS
    return {columns[p.name]: unescape_text(p.value) for p in event.props if p.name in columns}


def _meeting(
    event: Component,
    zones: _Zones,
    start: tuple[dt.date, dt.time | None, str],
    end: tuple[dt.date, dt.time | None, str] | None,
    uid: str,
    occurrence: str = "",
) -> IcsEvent:
    line = event.line
    summary = unescape_text(event.value("SUMMARY")).strip() or "(untitled)"
    own = _own_record(event)
    s_day, s_time, s_zone = start
    if end is None:
        e_day, e_time, e_zone = (s_day, s_time, s_zone) if s_time else (s_day, None, "")
    else:
        e_day, e_time, e_zone = end
        if e_time is None and s_time is None and e_day != s_day:
            # DTEND of an all-day event is exclusive; DTEND = DTSTART, as some producers write a
            # one-day event, is that day.
            if e_day == dt.date.min:
                raise _Problem(line, uid, "DTEND", _OUT_OF_RANGE)
            e_day = e_day - dt.timedelta(days=1)
    if (s_time is None) != (e_time is None):
        raise _Problem(line, uid, "DTEND", "DTSTART and DTEND mix a date with a date-time")
    own_zone = own.get("timezone", "")
    if s_time is not None and s_zone == "UTC" and own_zone in _IANA and own_zone != "UTC":
        # The planner wrote this zone's times in UTC (no yearly rule fits it): read them back in it.
        try:
            s_day, s_time, s_zone = _in_zone(s_day, s_time, own_zone)
            if e_time is not None and e_zone == "UTC":
                e_day, e_time, e_zone = _in_zone(e_day, e_time, own_zone)
        except OverflowError:
            raise _Problem(line, uid, "DTSTART", _OUT_OF_RANGE) from None
    if s_time is not None and e_time is not None and e_zone != s_zone:
        # Outlook may write the end in another zone: express it in the start's zone.
        end_at = dt.datetime.combine(e_day, e_time, zoneinfo.ZoneInfo(e_zone))
        try:
            local = end_at.astimezone(zoneinfo.ZoneInfo(s_zone))
        except OverflowError:
            raise _Problem(line, uid, "DTEND", _OUT_OF_RANGE) from None
        e_day, e_time = local.date(), local.time()
    record = dict(own)
    record["title"] = summary
    if s_time is not None and e_time is not None:
        record["start"] = f"{s_day.isoformat()}T{s_time.strftime('%H:%M')}"
        record["end"] = f"{e_day.isoformat()}T{e_time.strftime('%H:%M')}"
        record["timezone"] = s_zone
        record.pop("precision", None)
    else:
        precision = own.get("precision", "day")
        record["start"] = s_day.isoformat()
        record["end"] = e_day.isoformat() if precision in ("", "day") else ""
        record.pop("timezone", None)
    status = event.value("STATUS").strip().upper()
    if status == "CANCELLED" or "status" not in own:
        record["status"] = _STATUS.get(status, Status.CONFIRMED).value
    if not own.get("kind"):
        categories = [c for p in event.all("CATEGORIES") for c in split_list(p.value)]
        kind, code = guess_kind_and_code(summary, categories)
        record["kind"] = kind.value
        if code and not own.get("code"):
            record["code"] = code + (f"-{occurrence}" if occurrence and code else "")
        for category in categories:
            if category.strip().upper() in {s.value for s in Sector}:
                record["sector"] = category.strip().upper()
        location = unescape_text(event.value("LOCATION")).strip()
        if location:
            record["notes"] = "\n".join(
                x for x in (f"Location: {location}", record.get("notes", "")) if x
            )
        description = unescape_text(event.value("DESCRIPTION")).strip()
        if description:
            record["notes"] = "\n".join(x for x in (record.get("notes", ""), description) if x)
    if occurrence and own.get("code"):
        record["code"] = f"{own['code']}-{occurrence}"
    if not own.get("id") or occurrence:
        record["id"] = ""
    sequence_text = event.value("SEQUENCE", "0").strip() or "0"
    try:
        sequence = int(sequence_text)
    except ValueError:
        raise _Problem(line, uid, "SEQUENCE", f"{sequence_text!r} is not a number") from None
    if not 0 <= sequence < 2**31:
        raise _Problem(line, uid, "SEQUENCE", f"{sequence_text} is out of range")
    own_uid = uid.endswith("@scheduler-app") and not occurrence
    if own_uid and not own.get("id"):
        candidate = uid.split("@", 1)[0]
        if re.fullmatch(r"[0-9a-f-]{36}", candidate):
            record["id"] = candidate
    if max(map(len, record.values())) > MAX_FIELD_CHARS:
        _refuse_long_field(event, record, uid)
    try:
        meeting, _ = record_to_meeting(
            record,
            sequence=max(sequence, 0),
            uid="" if own_uid else (f"{uid}/{occurrence}" if occurrence else uid),
        )
    except InvalidMeeting as exc:
        raise _Problem(line, uid, exc.field, exc.problem) from None
    except (ValueError, OverflowError) as exc:  # a value the record's checks let through
        raise _Problem(line, uid, X + "*", f"not a valid meeting: {exc}") from None
    has_status = event.first("STATUS") is not None
    stamp = _iso_stamp(event.first("DTSTAMP"))
    return IcsEvent(meeting, uid, sequence, stamp, line, bool(own), has_status)


def _refuse_long_field(event: Component, record: dict[str, str], uid: str) -> None:
    """Refuse a value CSV could not carry back (Python's csv module refuses fields over 131,072
    characters): the limit is CSV import's own, :data:`csvfile.MAX_FIELD_CHARS`."""
    column = max(record, key=lambda c: len(record[c]))
    props = {"title": ("SUMMARY",), "notes": ("DESCRIPTION", "LOCATION", X + "NOTES")}.get(
        column, (X + column.upper().replace("_", "-"),)
    )
    found = [p for name in props if (p := event.first(name)) is not None]
    prop = max(found, key=lambda p: len(p.value)) if found else None
    raise _Problem(
        prop.line if prop else event.line,
        uid,
        prop.name if prop else column,
        f"{column} would be {len(record[column]):,} characters long; the planner keeps at most "
        f"{MAX_FIELD_CHARS:,} in one field (MAX_FIELD_CHARS), so that every meeting can also be "
        "written to and read back from CSV",
    )


def _in_zone(day: dt.date, time: dt.time, zone: str) -> tuple[dt.date, dt.time, str]:
    local = dt.datetime.combine(day, time, dt.UTC).astimezone(zoneinfo.ZoneInfo(zone))
    return local.date(), local.time(), zone


def _plain_event(event: Component, zones: _Zones) -> IcsEvent:
    uid = unescape_text(event.value("UID")).strip()
    if not uid:
        raise _Problem(event.line, "", "UID", "the event has no UID")
    dtstart = event.first("DTSTART")
    if dtstart is None:
        raise _Problem(event.line, uid, "DTSTART", "the event has no start")
    start = _moment(dtstart, zones, uid)
    dtend = event.first("DTEND")
    end = _moment(dtend, zones, uid) if dtend is not None else None
    if end is None and (duration := event.first("DURATION")) is not None:
        end = _after(start, duration, uid)
    if end is not None:
        _check_order(start, end, uid, (dtend or dtstart).line)
    return _meeting(event, zones, start, end, uid)


def _after(
    start: tuple[dt.date, dt.time | None, str], duration: Prop, uid: str
) -> tuple[dt.date, dt.time | None, str]:
    from icalendar.prop import vDuration

    try:
        delta = vDuration.from_ical(duration.value.strip())  # type: ignore[no-untyped-call]
    except (ValueError, OverflowError, TypeError):
        raise _Problem(
            duration.line, uid, "DURATION", f"{duration.value[:40]!r} is not a duration"
        ) from None
    if not isinstance(delta, dt.timedelta):
        raise _Problem(duration.line, uid, "DURATION", f"{duration.value[:40]!r} is not a duration")
    day, time, zone = start
    try:
        if time is None:
            return day + dt.timedelta(days=delta.days), None, ""
        moment = dt.datetime.combine(day, time) + delta
    except OverflowError:
        raise _Problem(
            duration.line, uid, "DURATION", f"{duration.value[:40]!r} ends past year 9999"
        ) from None
    return moment.date(), moment.time(), zone


def _check_order(
    start: tuple[dt.date, dt.time | None, str],
    end: tuple[dt.date, dt.time | None, str],
    uid: str,
    line: int,
) -> None:
    s_day, s_time, s_zone = start
    e_day, e_time, e_zone = end
    if s_time is None or e_time is None:
        if e_day < s_day:
            raise _Problem(line, uid, "DTEND", f"the event ends {e_day} before it starts {s_day}")
        return
    s = dt.datetime.combine(s_day, s_time, zoneinfo.ZoneInfo(s_zone))
    e = dt.datetime.combine(e_day, e_time, zoneinfo.ZoneInfo(e_zone))
    try:
        ends_first = e < s
    except OverflowError:
        raise _Problem(line, uid, "DTEND", _OUT_OF_RANGE) from None
    if ends_first:
        raise _Problem(
            line,
            uid,
            "DTEND",
            f"the event ends {e:%Y-%m-%d %H:%M} before it starts {s:%Y-%m-%d %H:%M}",
        )


# --- recurring series ----------------------------------------------------------------------------

MAX_OCCURRENCES = 5_000
"""Occurrences one series may have inside the import window (``read_ics(max_occurrences=)``)."""

_MAX_COUNT = 50_000  # a COUNT walked from its DTSTART; beyond this the walk itself is the cost
_MAX_PER_DAY = 24  # start times a day (BYHOUR x BYMINUTE x BYSECOND) a series may have
_PROBE_PERIODS = 5_000  # periods a rule may go without an occurrence: more than 400 years
_SUB_DAILY = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
_FREQS = frozenset({"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}) | _SUB_DAILY
_INDEX = "X-SCHEDULER-APP-INDEX"  # which of the file's components an occurrence comes from
# Days, weeks, months and years in the 400-year cycle of the Gregorian calendar, after which
# dates, weekdays and leap years repeat exactly.
_CYCLE = {"DAILY": 146_097, "WEEKLY": 20_871, "MONTHLY": 4_800, "YEARLY": 400}


@dataclass(frozen=True, slots=True)
class _Rule:
    """What the planner checks in an RRULE before anything expands it (RFC 5545 section 3.3.10)."""

    text: str
    freq: str
    interval: int
    count: int | None
    per_day: int


def _rule(prop: Prop, uid: str) -> _Rule:
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
            raise _Problem(prop.line, uid, "RRULE", f"{item[:40]!r} is not NAME=VALUE")
        parts[key.strip().upper()] = value.strip()
    freq = parts.get("FREQ", "").upper()
    if not freq:
        raise _Problem(prop.line, uid, "RRULE", "the rule has no FREQ")
    if freq not in _FREQS:
        raise _Problem(prop.line, uid, "RRULE", f"FREQ={freq[:20]} is not a frequency")
    if freq in _SUB_DAILY:
        raise _Problem(
            prop.line,
            uid,
            "RRULE",
            f"FREQ={freq}: a series that repeats more often than daily is not imported (write "
            "sessions on the same days as FREQ=DAILY with BYHOUR, e.g. BYHOUR=9,14)",
        )
    interval = _positive(parts, "INTERVAL", prop, uid, default=1) or 1
    count = _positive(parts, "COUNT", prop, uid, default=None)
    if count is not None and count > _MAX_COUNT:
        raise _Problem(
            prop.line, uid, "RRULE", f"COUNT={count} is more than the {_MAX_COUNT:,} expanded"
        )
    per_day = 1
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if parts.get(key):
            per_day *= len({v for v in parts[key].split(",") if v.strip()})
    if per_day > _MAX_PER_DAY:
        raise _Problem(
            prop.line,
            uid,
            "RRULE",
            f"the rule gives {per_day} start times a day (at most {_MAX_PER_DAY})",
        )
    return _Rule(prop.value.strip(), freq, interval, count, per_day)


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
        raise _Problem(
            prop.line, uid, "RRULE", f"{key}={parts[key][:20]} must be a whole number of 1 or more"
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


def _probe(
    rule: _Rule,
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
        raise _Problem(prop.line, uid, "RRULE", f"not a valid rule: {exc}") from None
    if not isinstance(parsed, rrule):
        raise _Problem(prop.line, uid, "RRULE", "not a valid rule")
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
        raise _Problem(
            prop.line,
            uid,
            "RRULE",
            f"{rule.text[:60]} has no occurrence for more than 400 years: it never occurs",
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
        raise _Problem(
            head.line, uid, "RDATE", f"{rdates:,} dates: more than the {limit:,} per series"
        )
    dtstart = head.first("DTSTART")
    if dtstart is None:
        raise _Problem(head.line, uid, "DTSTART", "the event has no start")
    start = _date_value(dtstart, uid)
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
            raise _Problem(head.line, uid, "RRULE", _too_many(limit, window))
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
        body = [x for x in own[1:] if not x.upper().startswith(_INDEX)]
        lines.extend([own[0], f"{_INDEX}:{number}.{i}", *body])
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
            end = _date_value(dtend, uid)
            end_day = end.date() if isinstance(end, dt.datetime) else end
            start_day = start.date() if isinstance(start, dt.datetime) else start
            return max((end_day - start_day).days, 0) + 1
        if (duration := event.first("DURATION")) is not None:
            from icalendar.prop import vDuration

            delta = vDuration.from_ical(duration.value.strip())  # type: ignore[no-untyped-call]
            return max(int(delta.days), 0) + 1
    except (ValueError, OverflowError, TypeError, _Problem):
        return 0
    return 0


def _recurring(
    calendar: Component,
    groups: dict[str, list[Component]],
    zones: _Zones,
    window: tuple[dt.date, dt.date],
    limit: int,
    name: str,
    skipped: list[str],
    problems: list[CsvProblem],
) -> list[IcsEvent]:
    """Occurrences of recurring series inside ``window``, expanded by recurring-ical-events.

    Each series is checked first (:func:`_rule`, :func:`_probe`) and its DTSTART moved close to
    the window (:func:`_shifted_start`), then expanded a few thousand occurrences at a time, so
    no series costs more than about ``limit`` occurrences before it is refused.
    """
    from icalendar import Calendar

    ready: list[_Series] = []
    for uid, components in groups.items():
        try:
            ready.append(_prepare(len(ready), uid, components, window, limit))
        except _Problem as p:
            problems.append(_located(name, p))
    if not ready:
        return []
    zone_lines = [x for c in calendar.children if c.name == "VTIMEZONE" for x in c.text_lines]

    def parsed(series: list[_Series]) -> Calendar:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:scheduler-app", *zone_lines]
        for s in series:
            lines.extend(s.lines)
        lines.append("END:VCALENDAR")
        with warnings.catch_warnings():  # e.g. a vendor-prefixed TZID: resolved by _Zones
            warnings.simplefilter("ignore")
            return Calendar.from_ical("\r\n".join(lines) + "\r\n")

    by_series: dict[int, list[Any]] = {}
    try:
        whole = parsed(ready)
        for component in whole.walk("VEVENT"):
            number = int(str(component[_INDEX]).partition(".")[0])
            by_series.setdefault(number, []).append(component)
    except Exception:  # one broken series: find it by parsing each alone
        whole = None
    found: list[IcsEvent] = []
    for number, series in enumerate(ready):
        try:
            read = parsed([series]).walk("VEVENT") if whole is None else by_series.get(number, [])
            events = _expand(series, read, zones, window, limit)
        except _Problem as p:
            problems.append(_located(name, p))
            continue
        except Exception as exc:  # a broken RRULE, EXDATE or date icalendar refuses
            problems.append(
                _located(name, _Problem(series.line, series.uid, "RRULE", f"cannot expand: {exc}"))
            )
            continue
        if not events:
            skipped.append(
                f"{name}:{series.line}: the series UID {series.uid} ({series.summary!r}) has no "
                f"occurrence between {window[0]} and {window[1]}, the import window: nothing "
                "was imported from it"
            )
        found.extend(events)
    return found


def _too_many(limit: int, window: tuple[dt.date, dt.date]) -> str:
    return (
        f"the series has more than {limit:,} occurrences between {window[0]} and {window[1]}, "
        "the most the planner imports from one series"
    )


def _expand(
    series: _Series,
    components: list[Any],
    zones: _Zones,
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
    zone = _series_zone(head or series.components[0], zones)
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
                raise _Problem(series.line, series.uid, "RRULE", _too_many(limit, window))
            source = series.components[int(str(occ.get(_INDEX, "0.0")).partition(".")[2])]
            found.append(_occurrence(occ, source, zone, zones, series.uid, key))
        begin = end_of_span
    return found


def _occurrence(
    occ: Any, source: Component, zone: zoneinfo.ZoneInfo | None, zones: _Zones, uid: str, key: str
) -> IcsEvent:
    """One occurrence as a meeting, with its own component's title, status and place: an
    override (RECURRENCE-ID) that moves or cancels one meeting of a series says so itself."""
    start = occ.decoded("DTSTART")
    end = occ.decoded("DTEND") if "DTEND" in occ else None
    try:
        if zone is not None:  # show the occurrences in the series' own zone
            start = _to_zone(start, zone)
            end = _to_zone(end, zone) if end is not None else None
        return _meeting(source, zones, _decoded(start, zones), _decoded_end(start, end), uid, key)
    except OverflowError:
        raise _Problem(source.line, uid, "DTSTART", _OUT_OF_RANGE) from None


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


def _series_zone(event: Component, zones: _Zones) -> zoneinfo.ZoneInfo | None:
    dtstart = event.first("DTSTART")
    tzid = dtstart.params.get("TZID") if dtstart is not None else None
    iana = zones.iana(tzid) if tzid else (zones.iana(zones.default) if zones.default else None)
    return zoneinfo.ZoneInfo(iana) if iana else None


def _to_zone(value: dt.date | dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(zone)
    return value


def _decoded(value: dt.date | dt.datetime, zones: _Zones) -> tuple[dt.date, dt.time | None, str]:
    if not isinstance(value, dt.datetime):
        return value, None, ""
    if value.tzinfo is None:
        zone = zones.iana(zones.default) if zones.default else None
        return value.date(), value.time(), zone or "UTC"
    key = getattr(value.tzinfo, "key", None)
    if key in _IANA:
        return value.date(), value.time(), str(key)
    utc = value.astimezone(dt.UTC)
    return utc.date(), utc.time(), "UTC"


def _decoded_end(
    start: dt.date | dt.datetime, end: dt.date | dt.datetime | None
) -> tuple[dt.date, dt.time | None, str] | None:
    if end is None:
        return None
    if not isinstance(end, dt.datetime):
        return end, None, ""
    key = getattr(end.tzinfo, "key", None) if end.tzinfo else None
    if key in _IANA:
        return end.date(), end.time(), str(key)
    if end.tzinfo is None:
        assert isinstance(start, dt.datetime)
        zone = getattr(start.tzinfo, "key", None) or "UTC"
        return end.date(), end.time(), str(zone)
    utc = end.astimezone(dt.UTC)
    return utc.date(), utc.time(), "UTC"


def read_ics(
    data: bytes,
    name: str,
    window: tuple[dt.date, dt.date] | None = None,
    *,
    max_occurrences: int = MAX_OCCURRENCES,
) -> IcsRead:
    """Every meeting in an iCalendar file, or :class:`CsvFormatError` listing every problem
    (``FILE:LINE: UID x: PROPERTY: problem``). ``window`` bounds recurring series, and a series
    with more than ``max_occurrences`` in it is refused.

    All or nothing for the meetings it reads; what it leaves out is listed in
    :attr:`IcsRead.skipped` with its line: components that are not meetings, broken lines outside
    the VEVENTs and VTIMEZONEs it imports (RFC 5545 section 3.6 lets a calendar hold VTODO,
    VJOURNAL, VFREEBUSY and components it does not define), series with nothing in the window,
    and an ``X-WR-TIMEZONE`` it does not know (times are then read as UTC).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFormatError([CsvProblem(name, line, "", "not UTF-8 text")]) from exc
    warnings: list[tuple[int, str]] = []
    try:
        roots = parse(text, warnings)
    except IcsSyntaxError as exc:
        raise CsvFormatError([CsvProblem(name, exc.line, exc.field, exc.problem)]) from exc
    calendars = [r for r in roots if r.name == "VCALENDAR"]
    if not calendars:
        line, what = warnings[0] if warnings else (1, "no BEGIN:VCALENDAR")
        raise CsvFormatError([CsvProblem(name, line, "", f"{what}: not an iCalendar file")])
    window = window or _default_window()
    skipped = [f"{name}:{line}: skipped {what}" for line, what in warnings]
    skipped.extend(
        f"{name}:{r.line}: skipped BEGIN:{r.name} outside BEGIN:VCALENDAR"
        for r in roots
        if r.name != "VCALENDAR"
    )
    events: list[IcsEvent] = []
    problems: list[CsvProblem] = []
    seen = _Seen(name, problems)
    for calendar in calendars:
        zones = _Zones(calendar)
        if zones.default and zones.iana(zones.default) is None:
            where = calendar.first("X-WR-TIMEZONE")
            skipped.append(
                f"{name}:{where.line if where else calendar.line}: X-WR-TIMEZONE "
                f"{zones.default[:60]!r} is not a known time zone: times without one were read "
                "as UTC"
            )
        groups: dict[str, list[Component]] = {}
        other: dict[str, list[int]] = {}
        for event in calendar.children:
            if event.name != "VEVENT":
                if event.name != "VTIMEZONE":
                    other.setdefault(event.name, []).append(event.line)
                continue
            if not event.by_name.keys().isdisjoint(_OWN_EXTRAS):
                skipped.append("observance, holiday or deadline written by the planner")
                continue
            uid = unescape_text(event.value("UID")).strip()
            recurrence_id = event.first("RECURRENCE-ID")
            if not seen.first(event, uid, recurrence_id):
                continue
            if recurrence_id or not event.by_name.keys().isdisjoint(_SERIES):
                if not uid:
                    problems.append(
                        _located(name, _Problem(event.line, "", "UID", "the series has no UID"))
                    )
                else:
                    groups.setdefault(uid, []).append(event)
                continue
            try:
                events.append(_plain_event(event, zones))
            except _Problem as p:
                problems.append(_located(name, p))
            except (ValueError, OverflowError) as exc:  # nothing may escape as a traceback
                problems.append(_located(name, _Problem(event.line, uid, "VEVENT", str(exc))))
        for component, lines in other.items():
            listed = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
            skipped.append(
                f"{name}:{lines[0]}: skipped {len(lines)} {component} (not a meeting; "
                f"line{'s' if len(lines) > 1 else ''} {listed})"
            )
        if groups:
            events.extend(
                _recurring(
                    calendar, groups, zones, window, max_occurrences, name, skipped, problems
                )
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
                also = f" and RECURRENCE-ID {key[1]}" if key[1] else ""
                self._problem(event.line, uid, "UID", f"the event{also} is also on line ", key)
                fine = False
            else:
                self.uids[key] = event.line
        own_id = event.first(X + "ID")
        if own_id is not None and recurrence_id is None and (value := own_id.value.strip()):
            if value in self.ids:
                self.problems.append(
                    CsvProblem(
                        self.name,
                        own_id.line,
                        f"UID {uid}: {X}ID" if uid else f"{X}ID",
                        f"{value} is also the id of the event on line {self.ids[value]}",
                    )
                )
                fine = False
            else:
                self.ids[value] = own_id.line
        return fine

    def _problem(self, line: int, uid: str, field: str, text: str, key: tuple[str, str]) -> None:
        self.problems.append(
            _located(self.name, _Problem(line, uid, field, f"{text}{self.uids[key]}"))
        )

    def meetings(self, events: list[IcsEvent]) -> None:
        """No two meetings with one id or one UID (a safety net under :meth:`first`)."""
        ids: dict[str, IcsEvent] = {}
        uids: dict[str, IcsEvent] = {}
        for e in events:
            m = e.meeting
            for seen, key, what in ((ids, m.id, "id"), (uids, m.uid, "UID")):
                if not key:
                    continue
                if (other := seen.get(key)) is not None:
                    self.problems.append(
                        CsvProblem(
                            self.name,
                            e.line,
                            f"UID {e.uid}",
                            f"gives a meeting the {what} {key} that the event on line "
                            f"{other.line} gives too",
                        )
                    )
                else:
                    seen[key] = e


def _located(name: str, p: _Problem) -> CsvProblem:
    where = f"UID {p.uid}: {p.field}" if p.uid else p.field
    return CsvProblem(name, p.line, where, p.problem)


def _default_window() -> tuple[dt.date, dt.date]:
    """Recurring series are expanded over ten years from the start of last year by default."""
    this_year = dt.datetime.now(dt.UTC).year
    return dt.date(this_year - 1, 1, 1), dt.date(this_year + 9, 12, 31)


def uniquely_coded(events: Iterable[IcsEvent]) -> list[IcsEvent]:
    """Drop guessed codes that several events share: a code must name one meeting."""
    events = list(events)
    counts: dict[str, int] = {}
    for e in events:
        if e.meeting.code:
            counts[e.meeting.code] = counts.get(e.meeting.code, 0) + 1
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
