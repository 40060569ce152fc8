"""``csvfile.record_to_meeting`` made cheaper (issue 16: the planner's own export is read through
it) against the version it replaced: the same meeting or the same error for every record of the
bundled calendar, a demo and hostile values."""

from __future__ import annotations

from typing import Any

import pytest

from scheduler_app.domain import (
    DecidedPeriod,
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Sector,
    Status,
)
from scheduler_app.domain.kinds import parse_enum
from scheduler_app.interop import csv_fields
from scheduler_app.interop.csvfile import (
    MAX_FIELD_CHARS,
    meeting_to_record,
    record_to_meeting,
)
from scheduler_app.services.demo import build_demo

ID = "0b6c3f4e-8f0a-4c9e-9a47-3d2f0c1e5b7a"


def _old_record_to_meeting(
    record: dict[str, str], *, sequence: int = 0, uid: str = ""
) -> tuple[Meeting, bool]:
    """``record_to_meeting`` as it was before the fast path (commit 3654183)."""
    for column, text in record.items():
        if len(text) > MAX_FIELD_CHARS:
            raise InvalidMeeting(
                column, f"is {len(text):,} characters long; the limit is {MAX_FIELD_CHARS:,}"
            )
    for column in ("title", "kind"):
        if not record.get(column):
            raise InvalidMeeting(column, "is empty")
    try:
        kind = parse_enum(MeetingKind, record["kind"], "kind")
    except ValueError as exc:
        raise InvalidMeeting("kind", str(exc)) from None
    start, end, precision, start_time, end_time = csv_fields.record_dates(record)
    values: dict[str, object] = {}
    for column, enum in (("sector", Sector), ("mode", Mode), ("status", Status)):
        text = record.get(column, "")
        if text:
            try:
                values[column] = parse_enum(enum, text, column)
            except ValueError as exc:
                raise InvalidMeeting(column, str(exc)) from None
    decided_from = csv_fields.optional_date(record, "decided_from")
    decided_to = csv_fields.optional_date(record, "decided_to")
    if (decided_from is None) != (decided_to is None):
        raise InvalidMeeting(
            "decided_to" if decided_to is None else "decided_from",
            "give both decided_from and decided_to, or neither",
        )
    decided = (
        DecidedPeriod(decided_from, decided_to, record.get("decided_source", ""))
        if decided_from is not None and decided_to is not None
        else None
    )
    given_id = record.get("id", "")
    country = record.get("country", "").upper()
    meeting = Meeting(
        id=given_id or ID,
        code=record.get("code", ""),
        title=record["title"],
        kind=kind,
        start=start,
        end=end,
        precision=precision,
        start_time=start_time,
        end_time=end_time,
        timezone=record.get("timezone", ""),
        body=record.get("body", ""),
        parent=record.get("parent", ""),
        city=record.get("city", ""),
        country=country,
        venue=record.get("venue", ""),
        room=record.get("room", ""),
        decided=decided,
        nominal_year=csv_fields.optional_int(record, "nominal_year"),
        participants=csv_fields.optional_int(record, "participants"),
        chair=record.get("chair", ""),
        notes=record.get("notes", ""),
        source=record.get("source", ""),
        sequence=sequence,
        uid=uid,
        **values,  # type: ignore[arg-type]
    )
    return meeting, bool(given_id)


def _outcome(read: Any, record: dict[str, str]) -> Any:
    try:
        meeting, given = read(dict(record), sequence=3, uid="u@example.org")
    except Exception as exc:  # any error, compared by type and message
        return type(exc).__name__, str(exc)
    return (meeting if given else meeting.replace(id=ID)), given


def _same(record: dict[str, str]) -> None:
    assert _outcome(record_to_meeting, record) == _outcome(_old_record_to_meeting, record)


def test_every_record_of_the_bundled_calendar_and_a_demo_reads_the_same(reference_db):
    meetings = reference_db.meetings() + build_demo(2000).meetings
    for m in meetings:
        record = meeting_to_record(m)
        _same(record)
        _same({**record, "id": ""})
        assert record_to_meeting(record, sequence=m.sequence, uid=m.uid)[0] == m


BASE = meeting_to_record(build_demo(60).meetings[-1])
LONG = "x" * (MAX_FIELD_CHARS + 1)
HOSTILE: list[dict[str, str]] = [
    *({column: LONG} for column in BASE),
    {"notes": LONG, "code": LONG},  # the first column in the record's order is named
    {"notes": "x" * MAX_FIELD_CHARS},
    *({"kind": k} for k in ("sg", "SG", " sg ", "Sg", "congress", "", "study group")),
    *({"sector": s} for s in ("D", "d", " D ", "ITU-D", "", "x")),
    *({"mode": v} for v in ("virtual", "VIRTUAL", " hybrid", "in person", "")),
    *({"status": v} for v in ("cancelled", "Cancelled", "held ", "done", "")),
    {"kind": "congress", "sector": "x", "status": "done"},  # the first fault is named
    {"status": "done", "start": ""},
    {"title": ""},
    {"title": "   "},
    {"country": "ch"},
    {"country": "xx"},
    {"decided_from": "2027-01-01"},
    {"decided_from": "2027-Q4", "decided_to": "2027-Q4"},
    {"participants": "1 200"},
    {"participants": "many"},
    {"nominal_year": "1200"},
    {"id": "not-a-uuid"},
    {"room": "Room 9", "venue": ""},
    {"notes": "a\x00b"},
]


@pytest.mark.parametrize("changes", HOSTILE, ids=lambda c: repr(c)[:40])
def test_a_hostile_record_gives_the_same_meeting_or_the_same_error(changes):
    _same({**BASE, **changes})
    partial = {
        c: v
        for c, v in {**BASE, **changes}.items()
        if c in ("title", "kind", "start", "end", *changes)
    }
    _same(partial)  # a file with only some columns


def test_the_fast_enum_table_knows_every_member():
    for enum in (MeetingKind, Sector, Mode, Status):
        for member in enum:
            assert csv_fields.enum_member(enum, member.value, "x") is member
            assert csv_fields.enum_member(enum, f" {member.value.upper()} ", "x") is member
