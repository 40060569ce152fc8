"""A meeting as one CalDAV calendar object resource (RFC 4791 section 4.1), and back.

The resource is the planner's own export profile (:mod:`scheduler_app.interop.ics_export`) for
one meeting: its UID, SEQUENCE, all-day or zoned dates, SUMMARY, LOCATION, STATUS, CATEGORIES and
every planner field again as ``X-SCHEDULER-*``. Three things differ from a file export, as RFC
4791 section 4.1 asks of a resource in a calendar collection: no ``METHOD``, no whole-calendar
properties (``X-WR-CALNAME``, ``X-PUBLISHED-TTL``, ``REFRESH-INTERVAL``).

Reading one back goes through the planner's iCalendar reader (:func:`read_ics`). A colleague's
Thunderbird or Apple Calendar keeps the ``X-`` properties it does not know when it edits an
event and changes the native ones, so the native ones win where they say something else:

- dates, times and SUMMARY: the reader already takes them from the native properties;
- STATUS: TENTATIVE, CONFIRMED or CANCELLED that does not fit the planner's status (tentative
  and proposed are written TENTATIVE, confirmed and held CONFIRMED) replaces it;
- LOCATION: text other than what the planner would write for the meeting's room, venue, city
  and country becomes its city, with no venue or room (it no longer names one the planner
  knows). Deliberate deviation: the planner cannot split free text back into venue and city.

An event with no ``X-SCHEDULER-*`` property (made by a plain CalDAV client) is read as any
other calendar's event: kind and code guessed from its title, its UID kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from scheduler_app.domain import Meeting, Status
from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import CsvFormatError, meeting_to_record
from scheduler_app.interop.ics_export import ExportRequest, export_text, meeting_uid
from scheduler_app.interop.ics_import import read_ics
from scheduler_app.interop.ics_parse import split_line, unfold
from scheduler_app.interop.ics_text import unescape_text

# Lines of a file export that a resource in a calendar collection must not carry.
_WHOLE_CALENDAR = ("METHOD:", "X-WR-CALNAME:", "X-PUBLISHED-TTL:", "REFRESH-INTERVAL;")
_NATIVE_STATUS = {
    "TENTATIVE": (Status.TENTATIVE, {Status.TENTATIVE, Status.PROPOSED}),
    "CONFIRMED": (Status.CONFIRMED, {Status.CONFIRMED, Status.HELD}),
    "CANCELLED": (Status.CANCELLED, {Status.CANCELLED}),
}


class UnreadableResource(ValueError):
    """A resource on the server that is not one meeting the planner can read."""


@dataclass(frozen=True, slots=True)
class RemoteMeeting:
    meeting: Meeting
    own: bool  # written by the planner (it carries X-SCHEDULER-* properties)


def href_for(m: Meeting) -> str:
    """The resource name of a new meeting: its UID and ``.ics`` (as a path segment)."""
    return quote(meeting_uid(m), safe="@-_.") + ".ics"


def resource_text(m: Meeting, stamp: str | None = None) -> str:
    """The resource for one meeting (``stamp``: the DTSTAMP to write, ISO UTC)."""
    text = export_text(ExportRequest([m], {m.id: stamp} if stamp else {}))
    return "".join(
        line for line in text.splitlines(keepends=True) if not line.startswith(_WHOLE_CALENDAR)
    )


def collection_text(meetings: list[Meeting]) -> str:
    """Every meeting in one calendar, for a server that takes a whole collection in one PUT."""
    text = export_text(ExportRequest(meetings))
    return "".join(
        line for line in text.splitlines(keepends=True) if not line.startswith(_WHOLE_CALENDAR)
    )


def _native(text: str) -> dict[str, str]:
    """STATUS and LOCATION of the (first) VEVENT, unescaped."""
    found: dict[str, str] = {}
    inside = False
    for number, line in unfold(text):
        upper = line[:16].upper()
        if upper.startswith("BEGIN:VEVENT"):
            inside = True
        elif upper.startswith("END:VEVENT"):
            break
        elif inside and upper.startswith(("STATUS", "LOCATION")):
            prop = split_line(number, line)
            found.setdefault(prop.name, unescape_text(prop.value).strip())
    return found


def _written(m: Meeting) -> dict[str, str]:
    return _native(resource_text(m))


def sync_label(url: str) -> str:
    """The undo step of what one sync received: "Sync with https://…"."""
    return translate("Messages", "Sync with {address}").format(address=url)


def read_resource(text: str, href: str) -> RemoteMeeting:
    """The meeting one resource holds, the colleagues' edits of native properties applied."""
    try:
        read = read_ics(text.encode("utf-8"), href)
    except CsvFormatError as exc:
        raise UnreadableResource(f"{href}: {exc.problems[0]}") from exc
    if len(read.events) != 1:
        raise UnreadableResource(
            translate("Messages", "{address}: holds {count} meetings, not one").format(
                address=href, count=len(read.events)
            )
        )
    event = read.events[0]
    m = event.meeting
    if not event.own:
        return RemoteMeeting(m, False)
    native = _native(text)
    expected = _written(m)
    status = native.get("STATUS", "").upper()
    if status in _NATIVE_STATUS and status != expected.get("STATUS", "").upper():
        new_status, fitting = _NATIVE_STATUS[status]
        if m.status not in fitting:
            m = m.replace(status=new_status)
    location = native.get("LOCATION", "")
    if location != expected.get("LOCATION", ""):
        m = m.replace(city=location, venue="", room="", country="")
    return RemoteMeeting(m, True)


def record(m: Meeting) -> dict[str, str]:
    """The fields the merge compares: every CSV column but the id."""
    out = meeting_to_record(m)
    del out["id"]
    return out
