"""An event's end checked against its start: DURATION added to DTSTART, an end before its start
refused (RFC 5545 section 3.6.1)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from scheduler_app.i18n import translate
from scheduler_app.interop.ics_text import Prop
from scheduler_app.interop.ics_zones import Problem, out_of_range


def end_after(
    start: tuple[dt.date, dt.time | None, str], duration: Prop, uid: str
) -> tuple[dt.date, dt.time | None, str]:
    from icalendar.prop import vDuration

    try:
        delta = vDuration.from_ical(duration.value.strip())  # type: ignore[no-untyped-call]
    except (ValueError, OverflowError, TypeError):
        raise Problem(
            duration.line,
            uid,
            "DURATION",
            translate("Messages", "{value} is not a duration").format(
                value=repr(duration.value[:40])
            ),
        ) from None
    if not isinstance(delta, dt.timedelta):
        raise Problem(
            duration.line,
            uid,
            "DURATION",
            translate("Messages", "{value} is not a duration").format(
                value=repr(duration.value[:40])
            ),
        )
    day, time, zone = start
    try:
        if time is None:
            return day + dt.timedelta(days=delta.days), None, ""
        moment = dt.datetime.combine(day, time) + delta
    except OverflowError:
        raise Problem(
            duration.line,
            uid,
            "DURATION",
            translate("Messages", "{value} ends past year 9999").format(
                value=repr(duration.value[:40])
            ),
        ) from None
    return moment.date(), moment.time(), zone


def check_order(
    start: tuple[dt.date, dt.time | None, str],
    end: tuple[dt.date, dt.time | None, str],
    uid: str,
    line: int,
) -> None:
    s_day, s_time, s_zone = start
    e_day, e_time, e_zone = end
    if s_time is None or e_time is None:
        if e_day < s_day:
            raise Problem(
                line,
                uid,
                "DTEND",
                translate("Messages", "the event ends {end} before it starts {start}").format(
                    end=e_day, start=s_day
                ),
            )
        return
    s = dt.datetime.combine(s_day, s_time, zoneinfo.ZoneInfo(s_zone))
    e = dt.datetime.combine(e_day, e_time, zoneinfo.ZoneInfo(e_zone))
    try:
        ends_first = e < s
    except OverflowError:
        raise Problem(line, uid, "DTEND", out_of_range()) from None
    if ends_first:
        raise Problem(
            line,
            uid,
            "DTEND",
            translate("Messages", "the event ends {end} before it starts {start}").format(
                end=f"{e:%Y-%m-%d %H:%M}", start=f"{s:%Y-%m-%d %H:%M}"
            ),
        )
