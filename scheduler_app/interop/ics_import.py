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

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scheduler_app.domain import InvalidMeeting, Meeting, MeetingKind, Sector, Status
from scheduler_app.domain.kinds import KIND_LABELS
from scheduler_app.interop.csvfile import COLUMNS, CsvFormatError, CsvProblem, record_to_meeting
from scheduler_app.interop.ics_text import (
    Component,
    IcsSyntaxError,
    Prop,
    parse,
    split_list,
    unescape_text,
)

X = "X-SCHEDULER-"
_OWN_EXTRAS = (X + "OBSERVANCE", X + "DEADLINE", X + "HOLIDAY")
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

    def iana(self, tzid: str) -> str | None:
        """The IANA name for a TZID, if there is one."""
        tzid = tzid.strip().strip('"')
        if tzid in _IANA:
            return tzid
        if tzid.startswith(
            "/"
        ):  # some producers prefix a vendor path: /mozilla.org/.../Europe/Zurich
            tail = "/".join(tzid.split("/")[-2:])
            if tail in _IANA:
                return tail
        if self._windows is None:
            self._windows = _windows_zones()
        return self._windows.get(tzid)

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
            local = value.astimezone(zoneinfo.ZoneInfo(calendar_zone))
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
    utc = value.replace(tzinfo=tz).astimezone(dt.UTC)
    return utc.date(), utc.time(), "UTC"


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
    record: dict[str, str] = {}
    for p in event.props:
        column = _X_COLUMNS.get(p.name)
        if column:
            record[column] = unescape_text(p.value)
    return record


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
        if e_time is None and s_time is None:
            e_day = e_day - dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
            if e_day == s_day - dt.timedelta(days=1):
                e_day = s_day  # DTEND = DTSTART, as some producers write a one-day event
    if (s_time is None) != (e_time is None):
        raise _Problem(line, uid, "DTEND", "DTSTART and DTEND mix a date with a date-time")
    own_zone = own.get("timezone", "")
    if s_time is not None and s_zone == "UTC" and own_zone in _IANA and own_zone != "UTC":
        # The planner wrote this zone's times in UTC (no yearly rule fits it): read them back in it.
        s_day, s_time, s_zone = _in_zone(s_day, s_time, own_zone)
        if e_time is not None and e_zone == "UTC":
            e_day, e_time, e_zone = _in_zone(e_day, e_time, own_zone)
    if s_time is not None and e_time is not None and e_zone != s_zone:
        # Outlook may write the end in another zone: express it in the start's zone.
        end_at = dt.datetime.combine(e_day, e_time, zoneinfo.ZoneInfo(e_zone))
        local = end_at.astimezone(zoneinfo.ZoneInfo(s_zone))
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
    try:
        meeting, _ = record_to_meeting(
            record,
            sequence=max(sequence, 0),
            uid="" if own_uid else (f"{uid}/{occurrence}" if occurrence else uid),
        )
    except InvalidMeeting as exc:
        raise _Problem(line, uid, exc.field, exc.problem) from None
    has_status = event.first("STATUS") is not None
    stamp = _iso_stamp(event.first("DTSTAMP"))
    return IcsEvent(meeting, uid, sequence, stamp, line, bool(own), has_status)


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
    except ValueError:
        raise _Problem(
            duration.line, uid, "DURATION", f"{duration.value!r} is not a duration"
        ) from None
    day, time, zone = start
    if time is None:
        return day + dt.timedelta(days=delta.days), None, ""
    moment = dt.datetime.combine(day, time) + delta
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
    if e < s:
        raise _Problem(
            line,
            uid,
            "DTEND",
            f"the event ends {e:%Y-%m-%d %H:%M} before it starts {s:%Y-%m-%d %H:%M}",
        )


def _recurring(
    calendar: Component, series: list[Component], zones: _Zones, window: tuple[dt.date, dt.date]
) -> list[IcsEvent]:
    """Occurrences of recurring series inside ``window``, expanded by recurring-ical-events."""
    import recurring_ical_events
    from icalendar import Calendar

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:scheduler-app"]
    for c in calendar.children:
        if c.name == "VTIMEZONE":
            lines.extend(c.text_lines)
    for event in series:
        lines.extend(event.text_lines)
    lines.append("END:VCALENDAR")
    by_uid = {
        unescape_text(e.value("UID")).strip(): e for e in series if not e.first("RECURRENCE-ID")
    }
    try:
        cal = Calendar.from_ical("\r\n".join(lines) + "\r\n")
        occurrences = recurring_ical_events.of(cal).between(
            window[0], window[1] + dt.timedelta(days=1)
        )
    except Exception as exc:  # a broken RRULE or EXDATE
        raise _Problem(series[0].line, "", "RRULE", f"cannot expand the series: {exc}") from exc
    found = []
    for occ in occurrences:
        uid = str(occ.get("UID", "")).strip()
        source = by_uid.get(uid, series[0])
        start, end = occ.decoded("DTSTART"), occ.decoded("DTEND") if "DTEND" in occ else None
        series_zone = _series_zone(source, zones)
        if series_zone is not None:  # show the occurrences in the series' own zone
            start = _to_zone(start, series_zone)
            end = _to_zone(end, series_zone) if end is not None else None
        key = start.strftime("%Y%m%d")
        found.append(
            _meeting(source, zones, _decoded(start, zones), _decoded_end(start, end), uid, key)
        )
    return found


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


def read_ics(data: bytes, name: str, window: tuple[dt.date, dt.date] | None = None) -> IcsRead:
    """Every meeting in an iCalendar file, or :class:`CsvFormatError` listing every problem
    (``FILE:LINE: UID x: PROPERTY: problem``). ``window`` bounds recurring series."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFormatError([CsvProblem(name, line, "", "not UTF-8 text")]) from exc
    try:
        roots = parse(text)
    except IcsSyntaxError as exc:
        raise CsvFormatError([CsvProblem(name, exc.line, "", exc.problem)]) from exc
    calendars = [r for r in roots if r.name == "VCALENDAR"]
    if not calendars:
        raise CsvFormatError([CsvProblem(name, 1, "", "no BEGIN:VCALENDAR: not an iCalendar file")])
    window = window or _default_window()
    events: list[IcsEvent] = []
    skipped: list[str] = []
    problems: list[CsvProblem] = []
    for calendar in calendars:
        zones = _Zones(calendar)
        series: list[Component] = []
        for event in (c for c in calendar.children if c.name == "VEVENT"):
            if any(event.first(x) for x in _OWN_EXTRAS):
                skipped.append("observance, holiday or deadline written by the planner")
                continue
            if event.first("RRULE") or event.first("RDATE") or event.first("RECURRENCE-ID"):
                series.append(event)
                continue
            try:
                events.append(_plain_event(event, zones))
            except _Problem as p:
                problems.append(_located(name, p))
        if series:
            try:
                events.extend(_recurring(calendar, series, zones, window))
            except _Problem as p:
                problems.append(_located(name, p))
    if problems:
        raise CsvFormatError(problems)
    return IcsRead(events, skipped)


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


__all__ = ["IcsEvent", "IcsRead", "guess_kind_and_code", "read_ics", "uniquely_coded"]
