"""The planner's domain: meetings, bodies, venues and the values they are made of. No I/O, no Qt."""

from scheduler_app.domain.bodies import Body, InvalidBody, Room, Venue
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.errors import InvalidMeeting
from scheduler_app.domain.kinds import MeetingKind, Mode, Precision, Sector, Status
from scheduler_app.domain.meeting import DecidedPeriod, Meeting, new_id

__all__ = [
    "Body",
    "DecidedPeriod",
    "InvalidBody",
    "InvalidMeeting",
    "Meeting",
    "MeetingKind",
    "Mode",
    "Precision",
    "Room",
    "Sector",
    "Status",
    "Venue",
    "format_span",
    "new_id",
]
