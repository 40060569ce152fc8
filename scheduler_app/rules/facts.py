"""What findings say beside their message: structured facts, and the hours of timed meetings.

``details`` hold JSON-able values only (strings, numbers, lists, dicts): the meetings' dates in ISO
form, the limit or window the rule wanted, and the observance or meeting that caused the finding.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import format_day
from scheduler_app.i18n import isolate, translate


def meeting_facts(m: Meeting) -> dict[str, Any]:
    """``{"code": "RA-27", "start": "2027-10-11", "end": "2027-11-12", "precision": "day"}``,
    with the times and zone of a timed meeting."""
    facts: dict[str, Any] = {
        "code": m.label,
        "start": m.start.isoformat(),
        "end": m.end.isoformat(),
        "precision": m.precision.value,
    }
    if m.start_time is not None and m.end_time is not None:
        facts |= {
            "start_time": m.start_time.strftime("%H:%M"),
            "end_time": m.end_time.strftime("%H:%M"),
            "timezone": m.timezone,
        }
    return facts


def dates(*ms: Meeting, **more: Any) -> dict[str, Any]:
    """The details of a finding: its meetings' dates, then whatever the rule adds."""
    return {"meetings": [meeting_facts(m) for m in ms], **more}


def window(first: dt.date, last: dt.date) -> str:
    """``start on or after 2027-10-01 and end by 2027-12-31``: what a window rule wanted."""
    return f"start on or after {first.isoformat()} and end by {last.isoformat()}"


def days(n: int) -> str:
    """``1 day``, ``9 days``, in English: the details are for scripts (``wording.days`` is the
    planner's)."""
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def zone_place(m: Meeting) -> str:
    """The place whose clock a timed meeting keeps: its city, else the zone's city
    (``Pacific/Auckland``: Auckland)."""
    return m.city or m.timezone.rsplit("/", 1)[-1].replace("_", " ")


def hours(m: Meeting) -> str:
    """``14:00-17:00 Geneva time`` (with the days when it runs over midnight)."""
    if m.start_time is None or m.end_time is None:
        return ""
    if m.start == m.end:
        when = f"{m.start_time:%H:%M}-{m.end_time:%H:%M}"
    else:
        when = f"{format_day(m.start)} {m.start_time:%H:%M}-{format_day(m.end)} {m.end_time:%H:%M}"
    return translate("Findings", "{hours} {place} time").format(
        hours=isolate(when), place=isolate(zone_place(m))
    )


def hours_of(a: Meeting, b: Meeting) -> str:
    """``: 14:00-17:00 Geneva time, 02:00-05:00 Auckland time`` when both meetings have times
    (they clashed by their hours), else nothing."""
    if not (a.is_timed and b.is_timed):
        return ""
    return translate("Findings", ": {hours}, {other_hours}").format(
        hours=hours(a), other_hours=hours(b)
    )
