"""Time in iCalendar files: dates and date-times, and the zones they are in.

Time zones, in order: an IANA ``TZID`` (also behind a vendor prefix, as Mozilla and Evolution write
``/freeassociation.sourceforge.net/Tzfile/Europe/Zurich``); a Windows zone name as Outlook writes it
("W. Europe Standard Time", through icalendar's Windows-to-Olson table); a ``VTIMEZONE`` in the file
(times are then converted to UTC); a UTC time; a floating time in the calendar's ``X-WR-TIMEZONE``
(Google). Anything else is an unknown zone, reported with the event's UID and line.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import CsvProblem
from scheduler_app.interop.ics_text import Component, Prop

# --- time ----------------------------------------------------------------------------------------


def _windows_zones() -> dict[str, str]:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return dict(WINDOWS_TO_OLSON)


IANA = zoneinfo.available_timezones()


class Zones:
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
        if name in IANA:
            found = name
        elif name.startswith("/"):
            parts = [p for p in name.split("/") if p]
            found = next((t for i in range(len(parts)) if (t := "/".join(parts[i:])) in IANA), None)
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


# Values already read: a file repeats its dates (and its DTSTAMP) thousands of times. Bounded in
# number, and keyed only by values of the lengths read here, so a hostile file cannot fill it.
_READ: dict[str, dt.date | dt.datetime] = {}


def date_value(prop: Prop, uid: str) -> dt.date | dt.datetime:
    """DATE ``20251117``, UTC DATE-TIME ``20251117T093000Z`` or local ``20251117T093000``.

    Parsed by hand: ``strptime`` took a second for the 60,000 values of a 20,000-event file.
    """
    read = _READ.get(prop.value)
    # A value read once reads the same again, except a date-time under VALUE=DATE (a date then)
    if read is not None and (
        type(read) is dt.date or prop.params.get("VALUE", "").upper() != "DATE"
    ):
        return read
    read = _date_value(prop, uid)
    # not a value of another length read as a date because of VALUE=DATE
    kept = type(read) is not dt.date or len(prop.value.strip()) == 8
    if kept and len(_READ) < 8192 and len(prop.value) <= 24:
        _READ[prop.value] = read
    return read


def _date_value(prop: Prop, uid: str) -> dt.date | dt.datetime:
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
    raise Problem(
        prop.line,
        uid,
        prop.name,
        translate("Messages", "{value} is not an iCalendar date or date-time").format(
            value=repr(v)
        ),
    )


class Problem(Exception):
    def __init__(self, line: int, uid: str, field: str, problem: str) -> None:
        self.line, self.uid, self.field, self.problem = line, uid, field, problem
        super().__init__(problem)


def moment(prop: Prop, zones: Zones, uid: str) -> tuple[dt.date, dt.time | None, str]:
    """(day, time or None, IANA zone) of a DTSTART/DTEND, in the meeting's own zone."""
    value = date_value(prop, uid)
    if not isinstance(value, dt.datetime):
        return value, None, ""
    if value.tzinfo is not None:  # UTC; Google writes UTC and names the calendar's zone
        calendar_zone = zones.iana(zones.default) if zones.default else None
        if calendar_zone:
            try:
                local = value.astimezone(zoneinfo.ZoneInfo(calendar_zone))
            except OverflowError:
                raise Problem(prop.line, uid, prop.name, out_of_range()) from None
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
        raise Problem(
            prop.line,
            uid,
            "TZID",
            translate("Messages", "unknown time zone {zone}").format(zone=repr(tzid)),
        )
    try:
        utc = value.replace(tzinfo=tz).astimezone(dt.UTC)
    except OverflowError:
        raise Problem(prop.line, uid, prop.name, out_of_range()) from None
    return utc.date(), utc.time(), "UTC"


def out_of_range() -> str:
    """What a date too near year 1 or 9999 is told (translated when a problem is built)."""
    return translate("Messages", "the date is too close to year 1 or year 9999 to work with")


def in_zone(day: dt.date, time: dt.time, zone: str) -> tuple[dt.date, dt.time, str]:
    local = dt.datetime.combine(day, time, dt.UTC).astimezone(zoneinfo.ZoneInfo(zone))
    return local.date(), local.time(), zone


def series_zone(event: Component, zones: Zones) -> zoneinfo.ZoneInfo | None:
    dtstart = event.first("DTSTART")
    tzid = dtstart.params.get("TZID") if dtstart is not None else None
    iana = zones.iana(tzid) if tzid else (zones.iana(zones.default) if zones.default else None)
    return zoneinfo.ZoneInfo(iana) if iana else None


def to_zone(value: dt.date | dt.datetime, zone: zoneinfo.ZoneInfo) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(zone)
    return value


def decoded(value: dt.date | dt.datetime, zones: Zones) -> tuple[dt.date, dt.time | None, str]:
    if not isinstance(value, dt.datetime):
        return value, None, ""
    if value.tzinfo is None:
        zone = zones.iana(zones.default) if zones.default else None
        return value.date(), value.time(), zone or "UTC"
    key = getattr(value.tzinfo, "key", None)
    if key in IANA:
        return value.date(), value.time(), str(key)
    utc = value.astimezone(dt.UTC)
    return utc.date(), utc.time(), "UTC"


def decoded_end(
    start: dt.date | dt.datetime, end: dt.date | dt.datetime | None
) -> tuple[dt.date, dt.time | None, str] | None:
    if end is None:
        return None
    if not isinstance(end, dt.datetime):
        return end, None, ""
    key = getattr(end.tzinfo, "key", None) if end.tzinfo else None
    if key in IANA:
        return end.date(), end.time(), str(key)
    if end.tzinfo is None:
        assert isinstance(start, dt.datetime)
        zone = getattr(start.tzinfo, "key", None) or "UTC"
        return end.date(), end.time(), str(zone)
    utc = end.astimezone(dt.UTC)
    return utc.date(), utc.time(), "UTC"


def located(name: str, p: Problem) -> CsvProblem:
    where = f"UID {p.uid}: {p.field}" if p.uid else p.field
    return CsvProblem(name, p.line, where, p.problem)
