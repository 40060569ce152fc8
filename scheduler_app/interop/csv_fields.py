"""A meeting's fields read from text, as CSV import reads a row: one function a field.

Both ways a file becomes meetings go through these: :func:`record_to_meeting` (a CSV row, a
synchronised resource) and :mod:`ics_events`, which reads the planner's own ``X-SCHEDULER-*``
properties with them directly, its dates already read from DTSTART and DTEND. Every function
raises :class:`InvalidMeeting` naming the column, never anything else for text it cannot use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from scheduler_app.domain import (
    DecidedPeriod,
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Sector,
    Status,
)
from scheduler_app.domain.dates import parse_period, period_of
from scheduler_app.domain.errors import MAX_FIELD_CHARS, grouped, quoted
from scheduler_app.domain.kinds import parse_enum
from scheduler_app.domain.meeting import new_id
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate

Dates = tuple[dt.date, dt.date, Precision, dt.time | None, dt.time | None]

_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)$")


def parse_moment(text: str, column: str) -> tuple[dt.date, dt.time | None]:
    """A day, or a day and a time of day, written ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    if m := _DATETIME.match(text):
        try:
            return dt.date.fromisoformat(m.group(1)), dt.time.fromisoformat(m.group(2).zfill(5))
        except ValueError as exc:
            raise InvalidMeeting(
                column,
                translate("Messages", "{value} is not a valid date and time ({reason})").format(
                    value=quoted(text), reason=exc
                ),
            ) from exc
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        pass
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ].*([+-]\d{2}:?\d{2}|Z)$", text):
        raise InvalidMeeting(
            column,
            translate(
                "Messages",
                "{value} has a UTC offset; write the local time and put the IANA zone "
                "in the timezone column",
            ).format(value=quoted(text)),
        )
    raise InvalidMeeting(
        column,
        translate(
            "Messages",
            "{value} is not a date (YYYY-MM-DD), a date and time (YYYY-MM-DDTHH:MM) "
            "or a period (YYYY, YYYY-MM, YYYY-Qn)",
        ).format(value=quoted(text)),
    )


def optional_int(record: Mapping[str, str], column: str) -> int | None:
    """A whole number (spaces between its digits allowed, as in ``1 200``), or None if empty."""
    text = record.get(column, "").replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        problem = translate("Messages", "{value} is not a whole number")
        raise InvalidMeeting(column, problem.format(value=quoted(record[column]))) from None


def optional_date(record: Mapping[str, str], column: str) -> dt.date | None:
    """A day, or a period's first (``..._from``) or last day, or None if empty."""
    text = record.get(column, "")
    if not text:
        return None
    period = parse_period(text, column)
    if period is not None:
        return period[0] if column.endswith("from") else period[1]
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problem = translate("Messages", "{value} is not a date (YYYY-MM-DD)")
        raise InvalidMeeting(column, problem.format(value=quoted(text))) from None


def decided_period(record: Mapping[str, str]) -> DecidedPeriod | None:
    """The period a higher body decided (``decided_from``, ``decided_to``, ``decided_source``)."""
    decided_from = optional_date(record, "decided_from")
    decided_to = optional_date(record, "decided_to")
    if (decided_from is None) != (decided_to is None):
        raise InvalidMeeting(
            "decided_to" if decided_to is None else "decided_from",
            translate("Messages", "give both decided_from and decided_to, or neither"),
        )
    if decided_from is None or decided_to is None:
        return None
    return DecidedPeriod(decided_from, decided_to, record.get("decided_source", ""))


# An end outside a coarse start's period, one sentence a precision so that a translation can
# name the period in its own words (the precision's slug stays the column's value elsewhere).
_OUTSIDE = {
    Precision.MONTH: QT_TRANSLATE_NOOP(
        "Messages", "{value} is outside the month that starts {start}"
    ),
    Precision.QUARTER: QT_TRANSLATE_NOOP(
        "Messages", "{value} is outside the quarter that starts {start}"
    ),
    Precision.YEAR: QT_TRANSLATE_NOOP(
        "Messages", "{value} is outside the year that starts {start}"
    ),
}


def record_dates(record: Mapping[str, str]) -> Dates:
    """Start, end, precision and times from ``start``, ``end`` and ``precision``."""
    start_text, end_text = record["start"], record["end"]
    if not start_text:
        raise InvalidMeeting("start", translate("Messages", "is empty"))
    precision_text = record.get("precision", "")
    try:
        precision = parse_enum(Precision, precision_text, "precision") if precision_text else None
    except ValueError as exc:
        raise InvalidMeeting("precision", str(exc)) from None

    period = parse_period(start_text, "start")
    if period is not None:
        start, end, implied = period
        if precision is not None and precision is not implied:
            raise InvalidMeeting(
                "precision",
                translate("Messages", "{precision} does not match start {value}").format(
                    precision=precision.value, value=quoted(start_text)
                ),
            )
        precision = implied
    else:
        start, start_time = parse_moment(start_text, "start")
        if precision is None or precision is Precision.DAY:
            if not end_text:
                raise InvalidMeeting(
                    "end", translate("Messages", "is empty (give the last day of the meeting)")
                )
            end, end_time = parse_moment(end_text, "end")
            if (start_time is None) != (end_time is None):
                raise InvalidMeeting(
                    "end", translate("Messages", "give times on both start and end, or on neither")
                )
            return start, end, Precision.DAY, start_time, end_time
        if start_time is not None:
            raise InvalidMeeting(
                "start",
                translate("Messages", "a {precision}-precision meeting has no time of day").format(
                    precision=precision.value
                ),
            )
        start, end = period_of(precision, start)
    # A coarse period: the end may be left empty, or name any day of the same period.
    if end_text:
        end_period = parse_period(end_text, "end")
        try:
            end_day = end_period[1] if end_period else dt.date.fromisoformat(end_text)
        except ValueError:
            problem = translate("Messages", "{value} is not a date or a period")
            raise InvalidMeeting("end", problem.format(value=quoted(end_text))) from None
        if not start <= end_day <= end:
            outside = translate("Messages", _OUTSIDE[precision])
            raise InvalidMeeting("end", outside.format(value=quoted(end_text), start=start))
    return start, end, precision, None, None


_E = TypeVar("_E", bound=StrEnum)
_BY_VALUE: dict[type[StrEnum], dict[str, StrEnum]] = {
    enum: {m.value: m for m in enum} for enum in (MeetingKind, Sector, Mode, Status)
}


def enum_member(enum: type[_E], text: str, column: str) -> _E:
    """The member written exactly as its value (what export writes), else as :func:`parse_enum`
    reads it (any case, spaces around): a dictionary look-up for the common case."""
    found = _BY_VALUE[enum].get(text)
    if found is not None:
        return found  # type: ignore[return-value]
    try:
        return parse_enum(enum, text, column)
    except ValueError as exc:
        raise InvalidMeeting(column, str(exc)) from None


def check_lengths(record: Mapping[str, str]) -> None:
    """No text longer than :data:`MAX_FIELD_CHARS`: the first column in the record's order that
    is too long is named."""
    if max(map(len, record.values()), default=0) > MAX_FIELD_CHARS:  # one C pass, then the name
        for column, text in record.items():
            if len(text) > MAX_FIELD_CHARS:
                raise InvalidMeeting(
                    column,
                    translate("Messages", "is {n} characters long; the limit is {limit}").format(
                        n=grouped(len(text)), limit=grouped(MAX_FIELD_CHARS)
                    ),
                )


def record_to_meeting(
    record: Mapping[str, str], *, sequence: int = 0, uid: str = ""
) -> tuple[Meeting, bool]:
    """Build a meeting from one row of text values keyed by (lower-case) column name, and whether
    the row gave its id.

    Raises :class:`InvalidMeeting` naming the column for every value that cannot be used."""
    check_lengths(record)
    for column in ("title", "kind"):
        if not record.get(column):
            raise InvalidMeeting(column, translate("Messages", "is empty"))
    kind = enum_member(MeetingKind, record["kind"], "kind")
    start, end, precision, start_time, end_time = record_dates(record)
    get = record.get
    sector_text, mode_text, status_text = get("sector", ""), get("mode", ""), get("status", "")
    sector = enum_member(Sector, sector_text, "sector") if sector_text else None
    mode = enum_member(Mode, mode_text, "mode") if mode_text else Mode.IN_PERSON
    status = enum_member(Status, status_text, "status") if status_text else Status.CONFIRMED
    decided = decided_period(record)
    given_id = get("id", "")
    meeting = Meeting(
        id=given_id or new_id(),
        code=get("code", ""),
        title=record["title"],
        kind=kind,
        start=start,
        end=end,
        precision=precision,
        sector=sector,
        start_time=start_time,
        end_time=end_time,
        timezone=get("timezone", ""),
        body=get("body", ""),
        parent=get("parent", ""),
        city=get("city", ""),
        country=get("country", "").upper(),
        venue=get("venue", ""),
        room=get("room", ""),
        mode=mode,
        status=status,
        decided=decided,
        nominal_year=optional_int(record, "nominal_year"),
        participants=optional_int(record, "participants"),
        chair=get("chair", ""),
        notes=get("notes", ""),
        source=get("source", ""),
        sequence=sequence,
        uid=uid,
    )
    return meeting, bool(given_id)
