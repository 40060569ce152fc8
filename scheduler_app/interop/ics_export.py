"""iCalendar export in the profile Outlook gets right (RFC 5545; project field notes on Outlook).

- ``METHOD:PUBLISH``, ``X-WR-CALNAME``, ``X-PUBLISHED-TTL`` and ``REFRESH-INTERVAL`` as durations.
- One stable UID per meeting (``<id>@scheduler-app``, or the UID it was imported with), a
  ``SEQUENCE`` that grows with every change, a ``DTSTAMP`` that only changes when the meeting does,
  so the same data always gives the same bytes.
- Multi-day meetings as all-day events: ``DTSTART;VALUE=DATE`` and an *exclusive* ``DTEND``.
- Timed meetings in their IANA zone, with one RRULE-style ``VTIMEZONE`` per zone (one STANDARD and
  one DAYLIGHT block), or in UTC for a zone whose rules cannot be written that way.
- ``CATEGORIES`` with the kind, the Sector and "ITU Meeting Planner", so a user can find (and
  delete) everything the planner put in their calendar; a ``DESCRIPTION`` a person can read.
- Every field of the meeting again as ``X-SCHEDULER-*`` properties (the CSV columns), so the
  planner reads its own files back without loss.

Deliberate deviations: none from RFC 5545; a meeting known only by its month or year is exported
as an all-day event spanning that period, with its precision in ``X-SCHEDULER-PRECISION``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from scheduler_app import APP_NAME, __version__
from scheduler_app.domain import Meeting, Precision, Status, format_span
from scheduler_app.domain.deadlines import Deadline
from scheduler_app.domain.meeting import country_name
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.interop.csvfile import COLUMNS, meeting_to_record
from scheduler_app.interop.ics_text import CRLF, content_line, escape_text, fold
from scheduler_app.interop.vtimezone import UnrepresentableZone, vtimezone_lines

PRODID = f"-//ITU Meeting Planner//scheduler-app {__version__}//EN"
UID_DOMAIN = "scheduler-app"
TAG = APP_NAME  # the CATEGORIES tag on everything the planner writes
X = "X-SCHEDULER-"
HORIZON_YEAR = 2045
TTL = "PT12H"
_EPOCH_STAMP = "20000101T000000Z"

_STATUS = {
    Status.PROPOSED: "TENTATIVE",
    Status.TENTATIVE: "TENTATIVE",
    Status.CONFIRMED: "CONFIRMED",
    Status.HELD: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
}
# Natively written properties that need no X- copy, and CSV defaults that go without saying.
_NATIVE = {"title", "start", "end", "timezone", "id"}
_DEFAULTS = {"precision": "day", "mode": "in-person", "status": "confirmed"}


def meeting_uid(m: Meeting) -> str:
    return m.uid or f"{m.id}@{UID_DOMAIN}"


@dataclass(frozen=True, slots=True)
class Tombstone:
    """A meeting deleted since the subscriber's last update: written as STATUS:CANCELLED."""

    id: str
    uid: str
    title: str
    sequence: int
    start: dt.date
    end: dt.date
    deleted_at: str


@dataclass(frozen=True, slots=True)
class PublicHoliday:
    country: str
    region: str
    day: dt.date
    name: str


@dataclass
class ExportRequest:
    """Everything one export writes."""

    meetings: Sequence[Meeting]
    stamps: Mapping[str, str] = field(default_factory=dict)
    name: str = APP_NAME
    observances: Sequence[Observance] = ()
    holidays: Sequence[PublicHoliday] = ()
    deadlines: Sequence[Deadline] = ()
    tombstones: Sequence[Tombstone] = ()


def _date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


@functools.lru_cache(maxsize=4096)
def _stamp(iso: str | None) -> str:
    """``2026-11-22T10:00:00Z`` (or any ISO form) as iCalendar UTC ``20261122T100000Z``."""
    if not iso:
        return _EPOCH_STAMP
    moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _text(name: str, value: str) -> str:
    return content_line(name, escape_text(value))


class _Zones:
    """The VTIMEZONEs an export needs, and which zones have to fall back to UTC."""

    def __init__(self, meetings: Iterable[Meeting]) -> None:
        years: dict[str, list[int]] = {}
        for m in meetings:
            if m.is_timed:
                years.setdefault(m.timezone, []).extend((m.start.year, m.end.year))
        self.blocks: dict[str, list[str]] = {}
        self.utc: set[str] = set()
        for tzid, ys in sorted(years.items()):
            if tzid in ("UTC", "Etc/UTC"):
                self.utc.add(tzid)
                continue
            try:
                self.blocks[tzid] = vtimezone_lines(tzid, min(ys), max(HORIZON_YEAR, max(ys)))
            except UnrepresentableZone:
                self.utc.add(tzid)

    def moment(self, name: str, m: Meeting, day: dt.date, time: dt.time) -> str:
        if m.timezone in self.utc:
            local = dt.datetime.combine(day, time, _zone(m.timezone))
            return content_line(name, local.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"))
        value = dt.datetime.combine(day, time).strftime("%Y%m%dT%H%M%S")
        return content_line(name, value, [("TZID", m.timezone)])


def _zone(tzid: str) -> dt.tzinfo:
    import zoneinfo

    return zoneinfo.ZoneInfo(tzid)


# The religions of the periods the planner computes (observances.religious), for the catalogue.
RELIGIONS = (
    QT_TRANSLATE_NOOP("CalendarExport", "Buddhism"),
    QT_TRANSLATE_NOOP("CalendarExport", "Chinese traditional religion"),
    QT_TRANSLATE_NOOP("CalendarExport", "Christianity"),
    QT_TRANSLATE_NOOP("CalendarExport", "Hinduism"),
    QT_TRANSLATE_NOOP("CalendarExport", "Islam"),
    QT_TRANSLATE_NOOP("CalendarExport", "Judaism"),
    QT_TRANSLATE_NOOP("CalendarExport", "Sikhism"),
)


@dataclass(frozen=True, slots=True)
class _Words:
    """The words a person reads in an event's DESCRIPTION and LOCATION, in the language of the
    export, looked up once per file (the meetings' loop is the hot path of a large export).
    Only people read them: the planner reads its own files back from the X-SCHEDULER-*
    properties, so an export in any language imports back the same."""

    body: str
    body_reports: str
    reports_to: str
    status: str
    decided: str
    decided_source: str
    chair: str
    source: str
    online: str
    statuses: Mapping[Status, str]
    kinds: dict[str, str] = field(default_factory=dict)

    @classmethod
    def here(cls) -> _Words:
        return cls(
            body=translate("CalendarExport", "Body: {body}"),
            body_reports=translate("CalendarExport", "Body: {body} (reports to {parent})"),
            reports_to=translate("CalendarExport", "Reports to: {parent}"),
            status=translate("CalendarExport", "Status: {status}"),
            decided=translate("CalendarExport", "Decided period: {period}"),
            decided_source=translate("CalendarExport", "Decided period: {period} ({source})"),
            chair=translate("CalendarExport", "Chair: {chair}"),
            source=translate("CalendarExport", "Source: {source}"),
            online=translate("CalendarExport", "Online"),
            # the status slugs are the English words; their translations are the command
            # line's (services.report_words.STATUS_WORDS)
            statuses={s: translate("CommandLine", s.value) for s in Status},
        )

    def kind(self, m: Meeting) -> str:
        label = m.kind.label
        found = self.kinds.get(label)
        if found is None:
            found = self.kinds[label] = translate("Vocabulary", label)
        return found


def _description(m: Meeting, words: _Words) -> str:
    lines = [words.kind(m) + (f", {m.sector.value}" if m.sector else "")]
    if m.body:
        line = words.body_reports if m.parent else words.body
        lines.append(line.format(body=m.body, parent=m.parent))
    elif m.parent:
        lines.append(words.reports_to.format(parent=m.parent))
    lines.append(words.status.format(status=words.statuses[m.status]))
    if m.decided:
        period = format_span(m.decided.start, m.decided.end)
        line = words.decided_source if m.decided.source else words.decided
        lines.append(line.format(period=period, source=m.decided.source))
    if m.chair:
        lines.append(words.chair.format(chair=m.chair))
    if m.source:
        lines.append(words.source.format(source=m.source))
    if m.notes:
        lines.append(m.notes)
    return "\n".join(lines)


def _location(m: Meeting, words: _Words) -> str:
    country = country_name(m.country) if m.country else ""
    parts = [m.room, m.venue, m.city, country]
    return ", ".join(p for p in parts if p) or (words.online if m.mode.value == "virtual" else "")


_X_NAMES = {column: X + column.upper().replace("_", "-") + ":" for column in COLUMNS}


def _event(m: Meeting, stamp: str, zones: _Zones, words: _Words) -> list[str]:
    # Lines of fixed, short ASCII shape are written as they are; only free text is escaped and
    # folded. This is the inner loop of a 20,000-meeting export.
    out = [
        "BEGIN:VEVENT",
        fold("UID:" + escape_text(meeting_uid(m))),
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{m.sequence}",
    ]
    if m.start_time is not None and m.end_time is not None:
        out.append(zones.moment("DTSTART", m, m.start, m.start_time))
        out.append(zones.moment("DTEND", m, m.end, m.end_time))
    else:
        out.append(f"DTSTART;VALUE=DATE:{_date(m.start)}")
        out.append(f"DTEND;VALUE=DATE:{_date(m.end + _DAY)}")
    out.append(fold("SUMMARY:" + escape_text(m.title)))
    if location := _location(m, words):
        out.append(fold("LOCATION:" + escape_text(location)))
    out.append(f"STATUS:{_STATUS[m.status]}")
    # A meeting known only by its month or year must not block the whole period as busy.
    out.append("TRANSP:OPAQUE" if m.precision is Precision.DAY else "TRANSP:TRANSPARENT")
    categories = [m.kind.label, *([m.sector.value] if m.sector else []), TAG]
    out.append(fold("CATEGORIES:" + ",".join(escape_text(c) for c in categories)))
    out.append(fold("DESCRIPTION:" + escape_text(_description(m, words))))
    for column, value in meeting_to_record(m).items():
        if value and column not in _NATIVE and _DEFAULTS.get(column) != value:
            out.append(fold(_X_NAMES[column] + escape_text(value)))
    if m.is_timed and m.timezone in zones.utc and m.timezone not in ("UTC", "Etc/UTC"):
        out.append(_text(X + "TIMEZONE", m.timezone))  # written in UTC; read back in its zone
    out.append("END:VEVENT")
    return out


_DAY = dt.timedelta(days=1)


def _all_day(uid: str, stamp: str, start: dt.date, end: dt.date, summary: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        content_line("UID", escape_text(uid)),
        content_line("DTSTAMP", stamp),
        content_line("DTSTART", _date(start), [("VALUE", "DATE")]),
        content_line("DTEND", _date(end + dt.timedelta(days=1)), [("VALUE", "DATE")]),
        _text("SUMMARY", summary),
        content_line("TRANSP", "TRANSPARENT"),
    ]


def _observance(o: Observance, stamp: str) -> list[str]:
    uid = f"{o.key}{'-' + o.variant if o.variant else ''}-{_date(o.start)}@observances.{UID_DOMAIN}"
    religion = translate("CalendarExport", o.religion)
    note = (
        translate("CalendarExport", "{religion}. ").format(religion=religion) if o.religion else ""
    )
    note += translate("CalendarExport", "Estimated date. ") if o.estimated else ""
    note += translate("CalendarExport", "Computed by {provenance}.").format(provenance=o.provenance)
    return [
        *_all_day(uid, stamp, o.start, o.end, translate("Observances", o.label)),
        content_line("CATEGORIES", ",".join(escape_text(c) for c in ("Religious period", TAG))),
        _text("DESCRIPTION", note),
        _text(X + "OBSERVANCE", o.key),
        "END:VEVENT",
    ]


def _holiday(h: PublicHoliday, stamp: str) -> list[str]:
    where = f"{h.country}-{h.region}" if h.region else h.country
    uid = f"holiday-{where}-{_date(h.day)}@{UID_DOMAIN}"
    return [
        *_all_day(uid, stamp, h.day, h.day, f"{h.name} ({where})"),
        content_line("CATEGORIES", ",".join(escape_text(c) for c in ("Public holiday", TAG))),
        _text(X + "HOLIDAY", where),
        "END:VEVENT",
    ]


def _deadline(d: Deadline, stamp: str, related: str) -> list[str]:
    uid = f"{d.meeting_id}-{d.key}@deadlines.{UID_DOMAIN}"
    return [
        *_all_day(uid, stamp, d.day, d.day, f"{d.meeting_code}: {d.title}"),
        content_line("CATEGORIES", ",".join(escape_text(c) for c in ("Deadline", TAG))),
        _text("DESCRIPTION", f"{d.rule}. {d.source}"),
        content_line("RELATED-TO", escape_text(related)),
        _text(X + "DEADLINE", d.key),
        "END:VEVENT",
    ]


def _tombstone(t: Tombstone) -> list[str]:
    return [
        "BEGIN:VEVENT",
        content_line("UID", escape_text(t.uid)),
        content_line("DTSTAMP", _stamp(t.deleted_at)),
        content_line("SEQUENCE", str(t.sequence + 1)),
        content_line("DTSTART", _date(t.start), [("VALUE", "DATE")]),
        content_line("DTEND", _date(t.end + dt.timedelta(days=1)), [("VALUE", "DATE")]),
        _text("SUMMARY", t.title),
        content_line("STATUS", "CANCELLED"),
        content_line("CATEGORIES", escape_text(TAG)),
        "END:VEVENT",
    ]


def export_text(request: ExportRequest) -> str:
    """The whole calendar as iCalendar text (CRLF line ends, folded at 75 octets)."""
    meetings = sorted(request.meetings, key=lambda m: (m.start, m.code, meeting_uid(m)))
    zones = _Zones(meetings)
    newest = max((request.stamps.get(m.id, "") for m in meetings), default="") or None
    fixed = _stamp(newest)  # observances, holidays and deadlines change with the calendar
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        content_line("PRODID", PRODID),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        _text("X-WR-CALNAME", request.name),
        content_line("X-PUBLISHED-TTL", TTL),
        content_line("REFRESH-INTERVAL", TTL, [("VALUE", "DURATION")]),
    ]
    for tzid in sorted(zones.blocks):
        lines.extend(fold(line) for line in zones.blocks[tzid])
    uids = {m.id: meeting_uid(m) for m in meetings}
    words = _Words.here()
    for m in meetings:
        lines.extend(_event(m, _stamp(request.stamps.get(m.id)), zones, words))
    for t in sorted(request.tombstones, key=lambda t: (t.start, t.uid)):
        lines.extend(_tombstone(t))
    for o in sorted(request.observances, key=lambda o: (o.start, o.key, o.variant)):
        lines.extend(_observance(o, fixed))
    for h in sorted(request.holidays, key=lambda h: (h.day, h.country, h.region)):
        lines.extend(_holiday(h, fixed))
    for d in sorted(request.deadlines, key=lambda d: (d.day, d.meeting_code, d.key)):
        if d.meeting_id in uids:
            lines.extend(_deadline(d, fixed, uids[d.meeting_id]))
    lines.append("END:VCALENDAR")
    return CRLF.join(lines) + CRLF
