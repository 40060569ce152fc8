"""Why the meeting dialog's OK is disabled, in the planner's words.

The domain's :class:`InvalidMeeting` speaks the command line's language ("precision: a
year-precision meeting must span 2029-01-01 to 2029-12-31, not ..."), naming the CSV column; the
command line keeps it. The dialog turns it into a sentence that names the meeting and says what to
do ("WTDC-29 is known only by its year: its dates are all of 2029"), reading the values it was
about to build the meeting from rather than parsing the domain's text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from scheduler_app.domain import InvalidMeeting, Precision
from scheduler_app.domain.dates import format_day, format_span, period_of
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR, MAX_FIELD_CHARS
from scheduler_app.domain.meeting import MAX_PARTICIPANTS

# What the dialog's labels call each field
FIELD_NAMES = {
    "code": "code",
    "title": "title",
    "body": "body",
    "parent": "“Reports to” body",
    "city": "city",
    "venue": "venue",
    "room": "room",
    "chair": "chair",
    "notes": "notes",
    "source": "source",
    "uid": "calendar UID",
    "decided_source": "“Decided by”",
}
_UNITS = {Precision.MONTH: "month", Precision.QUARTER: "quarter", Precision.YEAR: "year"}


class DialogProblem(InvalidMeeting):
    """A problem only the dialog knows of (a taken code, a venue not in the list), already worded
    for the planner."""


def explain(exc: InvalidMeeting, values: Mapping[str, object]) -> str:
    """A sentence for ``exc``, raised while making a meeting from ``values`` (Meeting's fields)."""
    if isinstance(exc, DialogProblem):
        return exc.problem
    label = str(values.get("code") or values.get("title") or "This meeting")
    field = exc.field
    text = _text_problem(field, values, label)
    if text:
        return text
    start, end = values.get("start"), values.get("end")
    start_time, end_time = values.get("start_time"), values.get("end_time")
    precision = values.get("precision")
    if field == "title":
        return f"Give {label} a title."
    if field in ("start", "end") and isinstance(start, dt.date) and isinstance(end, dt.date):
        for day in (start, end):
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                return (
                    f"{label} falls in {day.year}; the planner holds meetings from {FIRST_YEAR} "
                    f"to {LAST_YEAR}: choose dates in those years."
                )
        if end < start:
            return (
                f"{label} ends on {format_day(end)}, before it starts on {format_day(start)}: "
                "change its first or last day."
            )
        if field == "start" and start_time is not None:
            return (
                f"{label} has set times, so its dates must be known to the day: choose “Day” "
                "as what its dates are known to, or clear “At set times”."
            )
        if isinstance(start_time, dt.time) and isinstance(end_time, dt.time):
            return (
                f"{label} ends at {end_time:%H:%M}, before it starts at {start_time:%H:%M} on "
                "the same day: change its times."
            )
    if field == "precision" and isinstance(precision, Precision) and isinstance(start, dt.date):
        unit = _UNITS.get(precision, precision.value)
        period = format_span(*period_of(precision, start), precision)
        return f"{label} is known only by its {unit}: its dates are all of {period}."
    if field == "timezone":
        if start_time is None:
            return f"{label} has no set times, so it has no time zone: clear the time zone."
        return (
            f"{label} has set times: choose the time zone they are in (Geneva's is Europe/Zurich)."
        )
    if field == "country":
        return f"{values.get('country')!r} is not a country: choose one from the list by name."
    if field == "participants":
        return (
            f"Give the number of participants of {label} from 0 to {MAX_PARTICIPANTS:,}, or "
            "leave it unknown."
        )
    if field == "nominal_year":
        return (
            f"The cycle year of {label}, {values.get('nominal_year')}, is not plausible: give a "
            f"year from {FIRST_YEAR} to {LAST_YEAR}, or leave it the same as its year."
        )
    if field == "room":
        return f"{label} has a room, {values.get('room')!r}, but no venue: choose its venue first."
    if field in ("decided_from", "decided_to"):
        return (
            f"The period decided for {label} {_decided_problem(values)}: change its first or "
            "last day, or clear “Period decided by a higher body”."
        )
    return f"{label}: the {FIELD_NAMES.get(field, field)} {exc.problem}."


def _text_problem(field: str, values: Mapping[str, object], label: str) -> str:
    """Too long, or holding a control character: read off the value itself."""
    value = values.get(field)
    if field not in FIELD_NAMES or not isinstance(value, str):
        return ""
    name = FIELD_NAMES[field]
    # the sentences start with what to do: "notes" and "title" would need different verbs
    if len(value) > MAX_FIELD_CHARS:
        return (
            f"Shorten the {name} of {label}: {len(value):,} characters, where a field holds at "
            f"most {MAX_FIELD_CHARS:,}."
        )
    if any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in value):
        return (
            f"Retype the {name} of {label}: there is an invisible control character in it (only "
            "tabs and line breaks may be used)."
        )
    if field == "code" and value != value.strip():
        return f"The code {value!r} has spaces around it: remove them."
    return ""


def _decided_problem(values: Mapping[str, object]) -> str:
    first, last = values.get("decided_from"), values.get("decided_to")
    if not (isinstance(first, dt.date) and isinstance(last, dt.date)):
        return "is incomplete"
    if last < first:
        return f"ends on {format_day(last)}, before it begins on {format_day(first)}"
    return f"must fall within {FIRST_YEAR}-{LAST_YEAR}"
