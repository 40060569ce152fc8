"""The planner's own events read straight from their X-SCHEDULER-* properties (issue 16, import
speed) make the meeting their row of text makes, or the same refusal naming the same line and
field: for every event of a demo export and for hostile values of every field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler_app.domain.errors import MAX_FIELD_CHARS
from scheduler_app.interop import ics_events, ics_own
from scheduler_app.interop.csv_fields import record_to_meeting
from scheduler_app.interop.ics_events import plain_event
from scheduler_app.interop.ics_parse import parse
from scheduler_app.interop.ics_text import escape_text
from scheduler_app.interop.ics_zones import Problem, Zones
from scheduler_app.services.calendar_export import build_request, write_ics
from scheduler_app.services.demo import build_demo
from scheduler_app.services.references import missing_references, save_references
from scheduler_app.storage import PlanningDatabase
from tests.fuzz.agree import meeting_paths_differ

HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"
ID = "0b6c3f4e-8f0a-4c9e-9a47-3d2f0c1e5b7a"


def own_event(fields: dict[str, str], *, timed: bool = False, status: str = "") -> str:
    """One of the planner's events with these X-SCHEDULER-* fields (escaped as export writes)."""
    dates = (
        "DTSTART;TZID=Europe/Zurich:20270301T093045\r\nDTEND;TZID=Europe/Zurich:20270301T121530\r\n"
        if timed
        else "DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270305\r\n"
    )
    lines = [f"UID:{ID}@scheduler-app", "SUMMARY:Study group 1", dates.rstrip("\r\n")]
    if status:
        lines.append(f"STATUS:{status}")
    lines += [
        f"X-SCHEDULER-{k.upper().replace('_', '-')}:{escape_text(v)}" for k, v in fields.items()
    ]
    return "BEGIN:VEVENT\r\n" + "\r\n".join(lines) + "\r\nEND:VEVENT\r\n"


def outcomes(text: str) -> tuple[Any, Any]:
    """What the direct way and the row's way make of the file's one event."""
    [calendar] = parse(text, [])
    [event] = [c for c in calendar.children if c.name == "VEVENT"]
    zones = Zones(calendar)

    def one(direct: bool) -> Any:
        try:
            e = plain_event(event, zones, direct=direct)
        except Problem as p:
            return ("problem", p.line, p.uid, p.field, p.problem)
        m = e.meeting if e.meeting.id == ID or not e.meeting.id else e.meeting.replace(id=ID)
        return ("meeting", m, e.uid, e.sequence, e.line, e.own, e.has_status)

    return one(True), one(False)


BASE = {
    "kind": "study-group",
    "code": "SG1-27",
    "sector": "D",
    "body": "ITU-D SG1",
    "country": "CH",
}
LONG = "x" * (MAX_FIELD_CHARS + 1)
HOSTILE: list[dict[str, str]] = [
    {},
    {"kind": ""},  # no kind: guessed from the title, as another calendar's event
    *({"kind": k} for k in ("SG", " sg ", "congress", "study group")),
    *({"sector": s} for s in ("d", "ITU-D", "", "x")),
    *({"mode": v} for v in ("virtual", "VIRTUAL", " hybrid", "in person", "")),
    *({"status": v} for v in ("cancelled", "Tentative", "held", "")),
    *({"precision": p} for p in ("", "day", "DAY", " day", "month", "Quarter", "year", "week")),
    {"precision": "month", "start": "2027-03"},
    {"kind": "congress", "sector": "x", "status": "done"},  # the first fault is named
    {"country": "ch"},
    {"country": "xx"},
    {"decided_from": "2027-01-01"},
    {"decided_from": "2027-Q4", "decided_to": "2027-Q4", "decided_source": "Council"},
    {"decided_from": "2027-13", "decided_to": "2027"},
    {"decided_from": "2027-02-01", "decided_to": "2027-01-01"},
    {"participants": "1 200"},
    {"participants": "many"},
    {"participants": "-1"},
    {"nominal_year": "1200"},
    {"nominal_year": "2026"},
    {"id": "not-a-uuid"},
    {"id": ""},
    {"id": "1b6c3f4e-8f0a-4c9e-9a47-3d2f0c1e5b7a"},
    {"room": "Room 9"},
    {"room": "Room 9", "venue": "CICG"},
    {"notes": "a\x00b"},
    {"notes": "line one\nline two, with; escapes\\"},
    {"timezone": "Europe/Zurich"},
    {"timezone": "Mars/Olympus"},
    {"code": " SG1 "},
    {"title": "ignored: SUMMARY is the title"},
    *({column: LONG} for column in ("notes", "code", "timezone", "precision", "status", "id")),
]


@pytest.mark.parametrize("timed", [False, True], ids=["all-day", "timed"])
@pytest.mark.parametrize("changes", HOSTILE, ids=lambda c: repr(c)[:50])
@pytest.mark.parametrize("status", ["", "CANCELLED", "TENTATIVE"])
def test_an_own_event_reads_the_same_directly_and_through_its_row(
    changes: dict[str, str], timed: bool, status: str
) -> None:
    text = HEAD + own_event({**BASE, **changes}, timed=timed, status=status) + TAIL
    direct, row = outcomes(text)
    assert direct == row


def test_the_direct_way_is_taken_for_the_planners_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without this the comparisons above would compare the row's way with itself."""

    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError("the row's way was taken")

    text = HEAD + own_event(BASE) + own_event({**BASE, "precision": "day"}, timed=True) + TAIL
    [calendar] = parse(text, [])
    monkeypatch.setattr(ics_events, "record_to_meeting", refuse)
    for event in calendar.children:
        assert plain_event(event, Zones(calendar)).meeting.code == "SG1-27"


TEXT = st.text(st.characters(codec="utf-8"), max_size=12)
FIELD = st.sampled_from(
    ["kind", "sector", "mode", "status", "precision", "country", "participants", "nominal_year",
     "decided_from", "decided_to", "decided_source", "venue", "room", "timezone", "id", "code"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    changes=st.dictionaries(FIELD, TEXT | st.sampled_from(["", "2027", "2027-Q1", "month"])),
    timed=st.booleans(),
)
def test_any_own_fields_read_the_same_both_ways(changes: dict[str, str], timed: bool) -> None:
    text = HEAD + own_event({**BASE, **changes}, timed=timed) + TAIL
    assert meeting_paths_differ(text) == ""
    direct, row = outcomes(text)
    assert direct == row


def test_every_event_of_a_demo_export_reads_the_same_both_ways(
    empty_db: PlanningDatabase, tmp_path: Path
) -> None:
    demo = build_demo(400)
    save_references(empty_db, missing_references(empty_db, demo.meetings))
    empty_db.save_meetings(demo.meetings)
    write_ics(tmp_path / "demo.ics", build_request(empty_db))
    text = (tmp_path / "demo.ics").read_text(encoding="utf-8")
    assert meeting_paths_differ(text) == ""


def test_own_fields_are_unescaped_and_the_last_of_a_repeated_one_wins() -> None:
    text = (
        HEAD
        + own_event({**BASE, "notes": "a, b; c\nd"}).replace(
            "END:VEVENT", "X-SCHEDULER-CODE:SG1-28\r\nEND:VEVENT"
        )
        + TAIL
    )
    [calendar] = parse(text, [])
    own = ics_own.own_record(calendar.children[0])
    assert own["notes"] == "a, b; c\nd" and own["code"] == "SG1-28"
    row = {**own, "title": "x", "start": "2027-03-01", "end": "2027-03-04"}
    assert record_to_meeting(row)[0].notes == "a, b; c\nd"
    assert dt.date(2027, 3, 4) == plain_event(calendar.children[0], Zones(calendar)).meeting.end
