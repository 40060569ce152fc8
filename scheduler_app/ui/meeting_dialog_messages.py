"""Why the meeting dialog's OK is disabled, in the planner's words.

The domain's :class:`InvalidMeeting` speaks the command line's language ("precision: a
year-precision meeting must span 2029-01-01 to 2029-12-31, not ..."), naming the CSV column; the
command line keeps it. The dialog turns it into a sentence that names the meeting and says what to
do ("WTDC-29 is known only by its year: its dates are all of 2029"), reading the values it was
about to build the meeting from rather than parsing the domain's text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from scheduler_app.domain import InvalidMeeting, Precision
from scheduler_app.domain.dates import format_day, format_span, period_of
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR, MAX_FIELD_CHARS
from scheduler_app.domain.meeting import MAX_PARTICIPANTS
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

# What the dialog's labels call each field
FIELD_NAMES = {
    "code": QT_TRANSLATE_NOOP("MeetingDialog", "code"),
    "title": QT_TRANSLATE_NOOP("MeetingDialog", "title"),
    "body": QT_TRANSLATE_NOOP("MeetingDialog", "body"),
    "parent": QT_TRANSLATE_NOOP("MeetingDialog", "“Reports to” body"),
    "city": QT_TRANSLATE_NOOP("MeetingDialog", "city"),
    "venue": QT_TRANSLATE_NOOP("MeetingDialog", "venue"),
    "room": QT_TRANSLATE_NOOP("MeetingDialog", "room"),
    "chair": QT_TRANSLATE_NOOP("MeetingDialog", "chair"),
    "notes": QT_TRANSLATE_NOOP("MeetingDialog", "notes"),
    "source": QT_TRANSLATE_NOOP("MeetingDialog", "source"),
    "uid": QT_TRANSLATE_NOOP("MeetingDialog", "calendar UID"),
    "decided_source": QT_TRANSLATE_NOOP("MeetingDialog", "“Decided by”"),
}
# "WTDC-29 is known only by its year": one sentence per precision, as languages inflect the unit
_KNOWN_ONLY = {
    Precision.MONTH: QT_TRANSLATE_NOOP(
        "MeetingDialog", "%1 is known only by its month: its dates are all of %2."
    ),
    Precision.QUARTER: QT_TRANSLATE_NOOP(
        "MeetingDialog", "%1 is known only by its quarter: its dates are all of %2."
    ),
    Precision.YEAR: QT_TRANSLATE_NOOP(
        "MeetingDialog", "%1 is known only by its year: its dates are all of %2."
    ),
}


def fill(translated: str, *args: object) -> str:
    """``translated`` with %1, %2... replaced by ``args`` in one pass (so that a code holding
    "%2" stays as typed)."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1]), translated)


def _tr(text: str, *args: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP, in the window's language, filled with ``args``."""
    return fill(QCoreApplication.translate("MeetingDialog", text), *args)


class DialogProblem(InvalidMeeting):
    """A problem only the dialog knows of (a taken code, a venue not in the list), already worded
    for the planner."""


def explain(exc: InvalidMeeting, values: Mapping[str, object]) -> str:
    """A sentence for ``exc``, raised while making a meeting from ``values`` (Meeting's fields)."""
    if isinstance(exc, DialogProblem):
        return exc.problem
    label = str(
        values.get("code")
        or values.get("title")
        or fill(QCoreApplication.translate("MeetingDialog", "This meeting"))
    )
    field = exc.field
    text = _text_problem(field, values, label)
    if text:
        return text
    start, end = values.get("start"), values.get("end")
    start_time, end_time = values.get("start_time"), values.get("end_time")
    precision = values.get("precision")
    if field == "title":
        return fill(QCoreApplication.translate("MeetingDialog", "Give %1 a title."), label)
    if field in ("start", "end") and isinstance(start, dt.date) and isinstance(end, dt.date):
        for day in (start, end):
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                return fill(
                    QCoreApplication.translate(
                        "MeetingDialog",
                        "%1 falls in %2; the planner holds meetings from %3 to %4: choose dates in "
                        "those years.",
                    ),
                    label,
                    day.year,
                    FIRST_YEAR,
                    LAST_YEAR,
                )
        if end < start:
            return fill(
                QCoreApplication.translate(
                    "MeetingDialog",
                    "%1 ends on %2, before it starts on %3: change its first or last day.",
                ),
                label,
                format_day(end),
                format_day(start),
            )
        if field == "start" and start_time is not None:
            return fill(
                QCoreApplication.translate(
                    "MeetingDialog",
                    "%1 has set times, so its dates must be known to the day: choose “Day” as what "
                    "its dates are known to, or clear “At set times”.",
                ),
                label,
            )
        if isinstance(start_time, dt.time) and isinstance(end_time, dt.time):
            return fill(
                QCoreApplication.translate(
                    "MeetingDialog",
                    "%1 ends at %2, before it starts at %3 on the same day: change its times.",
                ),
                label,
                f"{end_time:%H:%M}",
                f"{start_time:%H:%M}",
            )
    if field == "precision" and isinstance(precision, Precision) and isinstance(start, dt.date):
        period = format_span(*period_of(precision, start), precision)
        if precision in _KNOWN_ONLY:
            return _tr(_KNOWN_ONLY[precision], label, period)
    if field == "timezone":
        if start_time is None:
            return fill(
                QCoreApplication.translate(
                    "MeetingDialog",
                    "%1 has no set times, so it has no time zone: clear the time zone.",
                ),
                label,
            )
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "%1 has set times: choose the time zone they are in (Geneva's is Europe/Zurich).",
            ),
            label,
        )
    if field == "country":
        return fill(
            QCoreApplication.translate(
                "MeetingDialog", "%1 is not a country: choose one from the list by name."
            ),
            repr(values.get("country")),
        )
    if field == "participants":
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "Give the number of participants of %1 from 0 to %2, or leave it unknown.",
            ),
            label,
            f"{MAX_PARTICIPANTS:,}",
        )
    if field == "nominal_year":
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "The cycle year of %1, %2, is not plausible: give a year from %3 to %4, or leave "
                "it the same as its year.",
            ),
            label,
            values.get("nominal_year"),
            FIRST_YEAR,
            LAST_YEAR,
        )
    if field == "room":
        return fill(
            QCoreApplication.translate(
                "MeetingDialog", "%1 has a room, %2, but no venue: choose its venue first."
            ),
            label,
            repr(values.get("room")),
        )
    if field in ("decided_from", "decided_to"):
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "The period decided for %1 %2: change its first or last day, or clear “Period "
                "decided by a higher body”.",
            ),
            label,
            _decided_problem(values),
        )
    return fill(
        QCoreApplication.translate("MeetingDialog", "%1: the %2 %3."),
        label,
        _tr(FIELD_NAMES.get(field, field)),
        exc.problem,
    )


def _text_problem(field: str, values: Mapping[str, object], label: str) -> str:
    """Too long, or holding a control character: read off the value itself."""
    value = values.get(field)
    if field not in FIELD_NAMES or not isinstance(value, str):
        return ""
    name = _tr(FIELD_NAMES[field])
    # the sentences start with what to do: "notes" and "title" would need different verbs
    if len(value) > MAX_FIELD_CHARS:
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "Shorten the %1 of %2: %3 characters, where a field holds at most %4.",
            ),
            name,
            label,
            f"{len(value):,}",
            f"{MAX_FIELD_CHARS:,}",
        )
    if any((ord(c) < 32 and c not in "\t\n\r") or ord(c) == 127 for c in value):
        return fill(
            QCoreApplication.translate(
                "MeetingDialog",
                "Retype the %1 of %2: there is an invisible control character in it (only tabs and "
                "line breaks may be used).",
            ),
            name,
            label,
        )
    if field == "code" and value != value.strip():
        return fill(
            QCoreApplication.translate(
                "MeetingDialog", "The code %1 has spaces around it: remove them."
            ),
            repr(value),
        )
    return ""


def _decided_problem(values: Mapping[str, object]) -> str:
    first, last = values.get("decided_from"), values.get("decided_to")
    if not (isinstance(first, dt.date) and isinstance(last, dt.date)):
        return fill(QCoreApplication.translate("MeetingDialog", "is incomplete"))
    if last < first:
        return fill(
            QCoreApplication.translate("MeetingDialog", "ends on %1, before it begins on %2"),
            format_day(last),
            format_day(first),
        )
    return fill(
        QCoreApplication.translate("MeetingDialog", "must fall within %1-%2"), FIRST_YEAR, LAST_YEAR
    )
