"""The planner's own events: their ``X-SCHEDULER-*`` properties straight to a meeting.

An event the planner exported carries every field of its meeting as an ``X-SCHEDULER-*`` text
property, the values a CSV row would hold. :func:`own_meeting` reads them with CSV import's own
field functions (:mod:`csv_fields`), its dates taken as DTSTART and DTEND gave them, as
:func:`csv_fields.record_to_meeting` would read the row :func:`ics_events._record` writes for the
event (the tests compare both ways on every kind of event and value): without writing the dates
out as text and reading them back, which was a third of importing the planner's own export.
"""

from __future__ import annotations

import datetime as dt

from scheduler_app.domain import Meeting, MeetingKind, Mode, Precision, Sector, Status, new_id
from scheduler_app.interop.csv_fields import (
    decided_period,
    enum_member,
    optional_int,
    record_dates,
)
from scheduler_app.interop.csvfile import COLUMNS, MAX_FIELD_CHARS
from scheduler_app.interop.ics_text import Component, unescape_text

X = "X-SCHEDULER-"
STATUS = {
    "TENTATIVE": Status.TENTATIVE,
    "CONFIRMED": Status.CONFIRMED,
    "CANCELLED": Status.CANCELLED,
}
X_COLUMNS = {X + c.upper().replace("_", "-"): c for c in COLUMNS}
_X_NAMES = frozenset(X_COLUMNS)

Moments = tuple[tuple[dt.date, dt.time | None, str], tuple[dt.date, dt.time | None]]


def own_record(event: Component) -> dict[str, str]:
    """The planner's own X-SCHEDULER-* columns (the last of a repeated one wins)."""
    if event.by_name.keys().isdisjoint(_X_NAMES):  # another calendar's event: one C-level test
        return {}
    columns = X_COLUMNS
    # the planner's properties (about half of its events' lines), in file order: one
    # comprehension costs less than chaining compress and map over the lines twice
    record = {columns[name]: value for name, _, value, _ in event.props if name in columns}
    if "\\" in "".join(record.values()):  # most values escape nothing: one test for them all
        for column, value in record.items():
            record[column] = unescape_text(value)
    return record


def own_meeting(
    own: dict[str, str],
    title: str,
    moments: Moments,
    status: str,
    given_id: str,
    sequence: int,
    uid: str,
) -> Meeting | None:
    """The meeting of a planner's event that is not an occurrence of a series, from its own
    fields ``own`` (:func:`own_record`), its SUMMARY ``title``, its STATUS and its dates: the
    meeting :func:`csv_fields.record_to_meeting` makes of the event's row, or the same
    :class:`InvalidMeeting`.

    None where only the row can say it: an event without ``X-SCHEDULER-KIND`` (its kind, code and
    notes are guessed as another calendar's are) or with a value too long for a field (the
    refusal names the property the row's longest value came from).
    """
    get = own.get
    kind_text = get("kind")
    if not kind_text or max(len(title), *map(len, own.values())) > MAX_FIELD_CHARS:
        return None
    kind = enum_member(MeetingKind, kind_text, "kind")
    (start, start_time, zone), (end, end_time) = moments
    precision = Precision.DAY
    if start_time is not None and end_time is not None:
        # to the minute, as the row writes the times
        start_time = dt.time(start_time.hour, start_time.minute)
        end_time = dt.time(end_time.hour, end_time.minute)
    else:
        zone = ""
        precision_text = get("precision", "")
        if precision_text not in ("", "day"):  # a coarse period: the row's way reads it
            row = {"start": start.isoformat(), "end": "", "precision": precision_text}
            start, end, precision, start_time, end_time = record_dates(row)
    sector_text, mode_text = get("sector", ""), get("mode", "")
    sector = enum_member(Sector, sector_text, "sector") if sector_text else None
    mode = enum_member(Mode, mode_text, "mode") if mode_text else Mode.IN_PERSON
    if status == "CANCELLED" or "status" not in own:  # what the event's STATUS says
        meeting_status = STATUS.get(status, Status.CONFIRMED)
    else:
        status_text = own["status"]
        meeting_status = (
            enum_member(Status, status_text, "status") if status_text else Status.CONFIRMED
        )
    # Fields the event does not have read as the row's empty cells do, without a call each.
    decided = decided_period(own) if "decided_from" in own or "decided_to" in own else None
    nominal_year = optional_int(own, "nominal_year") if "nominal_year" in own else None
    participants = optional_int(own, "participants") if "participants" in own else None
    return Meeting(
        given_id or new_id(),
        get("code", ""),
        title,
        kind,
        start,
        end,
        precision,
        sector,
        get("body", ""),
        get("parent", ""),
        start_time,
        end_time,
        zone,
        get("city", ""),
        get("country", "").upper(),
        get("venue", ""),
        get("room", ""),
        mode,
        meeting_status,
        decided,
        nominal_year,
        participants,
        get("chair", ""),
        get("notes", ""),
        get("source", ""),
        sequence,
        uid,
    )
