"""What only the meeting dialog knows, checked before the meeting is built: the codes other
meetings use, the venues and their rooms, the time zones, the countries of the list.

The domain checks the rest when :class:`~scheduler_app.domain.Meeting` is constructed. Each
refusal is a :class:`~scheduler_app.ui.meeting_dialog_messages.DialogProblem` naming the field,
worded for the planner and filed for the translators under the dialog's context.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from scheduler_app.domain import Meeting, Room, Venue
from scheduler_app.ui.meeting_dialog_messages import DialogProblem, fill


def check_entered(
    values: Mapping[str, Any],
    original: Meeting | None,
    taken: set[str],
    venues: Mapping[str, Venue],
    rooms: Sequence[Room],
    *,
    country_known: bool,
) -> None:
    """Raise DialogProblem for the first field of ``values`` (the meeting's keyword arguments)
    that the dialog refuses. A code, venue or room kept from ``original`` passes as it was."""
    code = values["code"]
    if not code and (original is None or original.code):
        raise DialogProblem(
            "code",
            QCoreApplication.translate(
                "MeetingDialog", "Give the meeting a code, such as PP-30, C27 or RG-Q3/1."
            ),
        )
    if code in taken:
        raise DialogProblem(
            "code",
            QCoreApplication.translate(
                "MeetingDialog", "%1 is already used by another meeting: choose another code."
            ).replace("%1", code),
        )
    venue, room = values["venue"], values["room"]
    kept = original is not None and (venue, room) == (original.venue, original.room)
    if venue and venue not in venues and not kept:
        raise DialogProblem(
            "venue",
            QCoreApplication.translate(
                "MeetingDialog", "%1 is not a known venue: choose one from the list, or none."
            ).replace("%1", repr(venue)),
        )
    if venue and room and not kept and room not in {r.name for r in rooms if r.venue == venue}:
        raise DialogProblem(
            "room",
            fill(
                QCoreApplication.translate(
                    "MeetingDialog", "%1 has no room %2: choose one of its rooms from the list."
                ),
                venue,
                repr(room),
            ),
        )
    zone = values["timezone"]
    if values["start_time"] is not None and zone not in zoneinfo.available_timezones():
        raise DialogProblem(
            "timezone",
            QCoreApplication.translate(
                "MeetingDialog",
                "%1 is not an IANA time zone: choose one from the list "
                "(Geneva's is Europe/Zurich).",
            ).replace("%1", repr(zone)),
        )
    if not country_known:
        raise DialogProblem(
            "country",
            QCoreApplication.translate(
                "MeetingDialog", "%1 is not a country in the list: choose one by its name."
            ).replace("%1", repr(values["country"])),
        )
