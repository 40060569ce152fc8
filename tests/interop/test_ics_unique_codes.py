"""uniquely_coded drops a guessed code several events share (a code names one meeting); its
common case, every code once, is told by one set (issue 16, import speed) and must give what
the counting loop gives."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from scheduler_app.domain import Meeting, MeetingKind, new_id
from scheduler_app.interop.ics_events import IcsEvent
from scheduler_app.interop.ics_import import uniquely_coded

DAY = dt.date(2027, 3, 1)


def _event(code: str, own: bool) -> IcsEvent:
    meeting = Meeting(new_id(), code, f"Meeting {code}", MeetingKind.OTHER, DAY, DAY)
    return IcsEvent(meeting, f"{meeting.id}@elsewhere", 0, "", 1, own)


def _counted(events: list[IcsEvent]) -> list[tuple[str, str]]:
    """What the loop over every event made of them: (id, code) of each, in order."""
    counts: dict[str, int] = {}
    for e in events:
        if e.meeting.code:
            counts[e.meeting.code] = counts.get(e.meeting.code, 0) + 1
    return [
        (
            e.meeting.id,
            "" if e.meeting.code and counts[e.meeting.code] > 1 and not e.own else e.meeting.code,
        )
        for e in events
    ]


@given(
    st.lists(st.tuples(st.sampled_from(["", "", "PP-26", "SG1-2027-1", "WTDC-25"]), st.booleans()))
)
def test_codes_are_kept_and_dropped_as_the_counting_loop_keeps_and_drops_them(
    made: list[tuple[str, bool]],
) -> None:
    events = [_event(code, own) for code, own in made]
    assert [(e.meeting.id, e.meeting.code) for e in uniquely_coded(events)] == _counted(events)


def test_a_code_shared_by_two_other_calendars_events_is_dropped_from_both() -> None:
    events = [_event("PP-26", False), _event("", False), _event("PP-26", False)]
    assert [e.meeting.code for e in uniquely_coded(events)] == ["", "", ""]
    assert [e.meeting.code for e in uniquely_coded(events[:2])] == ["PP-26", ""]
