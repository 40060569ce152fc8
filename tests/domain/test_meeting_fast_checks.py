"""Meeting's cheap construction (issues 12 and 16) against the checks it replaced.

``_reference_checks`` is the field-by-field validation ``Meeting.__post_init__`` ran before it was
made cheap; every meeting of the bundled calendar and every hostile value below must give the same
meeting or the same error (type and message) both ways.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
import types
import uuid
from typing import Any

import pytest

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
from scheduler_app.domain.dates import period_of
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR, MAX_FIELD_CHARS, check_year, quoted
from scheduler_app.domain.meeting import (
    _TEXT_FIELDS,
    MAX_PARTICIPANTS,
    MAX_SEQUENCE,
    _check_enum,
    _check_text,
    _known_countries,
    _known_zones,
    new_id,
)
from scheduler_app.services.demo import build_demo
from scheduler_app.storage.rows import meeting_to_row

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ID = "0b6c3f4e-8f0a-4c9e-9a47-3d2f0c1e5b7a"
DAY = dt.date(2027, 3, 1)


def _reference_checks(m: Any) -> None:
    """``Meeting.__post_init__`` as it was before the fast paths (commit 3654183)."""
    code = m.code
    for name in _TEXT_FIELDS:
        _check_text(name, getattr(m, name), code)
    if not isinstance(m.id, str) or _UUID.match(m.id) is None:
        raise InvalidMeeting("id", f"{quoted(m.id)} is not a UUID", code)
    if code != code.strip() or "\n" in code:
        raise InvalidMeeting("code", f"{quoted(code)} has surrounding spaces or a line break", code)
    if not m.title.strip():
        raise InvalidMeeting("title", "is empty", code)
    _check_enum("kind", m.kind, MeetingKind, code)
    _check_enum("precision", m.precision, Precision, code)
    _check_enum("mode", m.mode, Mode, code)
    _check_enum("status", m.status, Status, code)
    if m.sector is not None:
        _check_enum("sector", m.sector, Sector, code)
    check_year(m.start.year, "start", code)
    check_year(m.end.year, "end", code)
    if m.end < m.start:
        raise InvalidMeeting("end", f"the meeting ends {m.end} before it starts {m.start}", code)
    if m.precision is not Precision.DAY:
        expected = period_of(m.precision, m.start)
        if (m.start, m.end) != expected:
            raise InvalidMeeting(
                "precision",
                f"a {m.precision.value}-precision meeting must span "
                f"{expected[0]} to {expected[1]}, not {m.start} to {m.end}",
                code,
            )
    if (m.start_time is None) != (m.end_time is None):
        raise InvalidMeeting("end", "give both a start time and an end time, or neither", code)
    if m.start_time is None or m.end_time is None:
        if m.timezone:
            raise InvalidMeeting("timezone", "is given for a meeting without times", code)
    else:
        if m.precision is not Precision.DAY:
            raise InvalidMeeting("start", "times need day precision", code)
        if not m.timezone:
            raise InvalidMeeting("timezone", "a meeting with times needs an IANA time zone", code)
        if m.timezone not in _known_zones():
            raise InvalidMeeting(
                "timezone",
                f"{quoted(m.timezone)} is not an IANA time zone (e.g. Europe/Zurich)",
                code,
            )
        if m.start == m.end and m.end_time < m.start_time:
            raise InvalidMeeting(
                "end",
                f"the meeting ends at {m.end_time:%H:%M} before it starts at {m.start_time:%H:%M}",
                code,
            )
    if m.country and m.country not in _known_countries():
        raise InvalidMeeting(
            "country", f"{quoted(m.country)} is not an ISO 3166 two-letter country code", code
        )
    if m.participants is not None and not 0 <= m.participants <= MAX_PARTICIPANTS:
        raise InvalidMeeting(
            "participants", f"{m.participants} is not from 0 to {MAX_PARTICIPANTS:,}", code
        )
    if m.nominal_year is not None and not FIRST_YEAR <= m.nominal_year <= LAST_YEAR:
        raise InvalidMeeting("nominal_year", f"{m.nominal_year} is not a plausible year", code)
    if m.room and not m.venue:
        raise InvalidMeeting("room", f"room {quoted(m.room)} is given without a venue", code)
    if not 0 <= m.sequence <= MAX_SEQUENCE:
        raise InvalidMeeting("sequence", f"{m.sequence} is not from 0 to {MAX_SEQUENCE}", code)


def _outcome(make: Any) -> tuple[str, str] | Any:
    try:
        return make()
    except Exception as exc:  # any error, compared by type and message
        return type(exc).__name__, str(exc)


def _both_ways(**changes: Any) -> tuple[Any, Any]:
    """The new constructor's outcome and the old checks' (on the same values)."""
    values = {f.name: f.default for f in dataclasses.fields(Meeting)}
    values.update(id=ID, code="SG1-2027-1", title="Study Group 1", kind=MeetingKind.STUDY_GROUP)
    values.update(start=DAY, end=DAY)
    values.update(changes)
    new = _outcome(lambda: Meeting(**values))
    old = _outcome(lambda: _reference_checks(types.SimpleNamespace(**values)))
    if not isinstance(new, Meeting):
        return new, old
    assert {f: getattr(new, f) for f in values} == values
    return "made", ("made" if old is None else old)


class _Text(str):
    """A str subclass: text to the old checks (isinstance), not to ``type(x) is str``."""


LONG = "x" * (MAX_FIELD_CHARS + 1)
HOSTILE: list[dict[str, Any]] = [
    *({name: bad} for name in _TEXT_FIELDS for bad in (None, 7, b"bytes", ["x"])),
    *({name: bad} for name in _TEXT_FIELDS for bad in ("a\x00b", "\x7f", "x\x1b[31m", LONG)),
    *({name: ok} for name in _TEXT_FIELDS if name != "code" for ok in ("a\tb", "a\nb\r\nc")),
    {"notes": "x" * MAX_FIELD_CHARS, "source": "y" * MAX_FIELD_CHARS},  # long in total only
    {"title": _Text("A title"), "notes": _Text("n\x00")},
    {"title": "", "notes": "\x00"},  # the text check comes first
    {"id": ID.upper()},
    {"id": ID + "\n"},  # accepted before, so still accepted
    {"id": " " + ID},
    {"id": None},
    {"id": 12},
    {"id": ID, "code": " SG1"},
    {"code": "SG1\n2027"},
    {"code": ""},
    {"title": "   "},
    {"title": "\n"},
    {"kind": "sg"},
    {"kind": Mode.VIRTUAL},
    {"kind": "sg", "status": "x"},
    {"precision": "month"},
    {"mode": "virtual"},
    {"status": "confirmed"},
    {"sector": "ITU-D"},
    {"sector": Status.CONFIRMED},
    {"sector": Sector.D},
    {"start": dt.date(1864, 12, 31)},
    {"start": dt.date(2200, 1, 1), "end": dt.date(2200, 1, 2)},
    {"end": dt.date(2200, 1, 1)},
    {"start": dt.date(1800, 1, 1), "end": dt.date(2300, 1, 1)},
    {"end": DAY - dt.timedelta(days=1)},
    {"start": "2027-03-01"},
    {"end": None},
    {
        "start": dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC),
        "end": dt.datetime(2027, 3, 1, 10, tzinfo=dt.UTC),
    },
    {"precision": Precision.MONTH},
    {"precision": Precision.MONTH, "end": dt.date(2027, 3, 31)},
    {"precision": Precision.QUARTER, "start": dt.date(2027, 1, 1), "end": dt.date(2027, 3, 31)},
    {"precision": Precision.YEAR, "start": dt.date(2027, 1, 1), "end": dt.date(2027, 12, 30)},
    {"start_time": dt.time(9)},
    {"end_time": dt.time(9)},
    {"timezone": "Europe/Zurich"},
    {"timezone": None},
    {"start_time": dt.time(9), "end_time": dt.time(10)},
    {"start_time": dt.time(9), "end_time": dt.time(10), "timezone": "Mars/Olympus"},
    {"start_time": dt.time(9), "end_time": dt.time(10), "timezone": "Europe/Zurich"},
    {"start_time": dt.time(10), "end_time": dt.time(9), "timezone": "Europe/Zurich"},
    {"start_time": dt.time(9), "end_time": dt.time(9), "timezone": "UTC"},
    {
        "start_time": dt.time(9),
        "end_time": dt.time(10),
        "timezone": "UTC",
        "precision": Precision.MONTH,
        "end": dt.date(2027, 3, 31),
    },
    {"country": "XX"},
    {"country": "ch"},
    {"country": "CH"},
    {"participants": -1},
    {"participants": MAX_PARTICIPANTS + 1},
    {"participants": 0},
    {"nominal_year": 1800},
    {"nominal_year": 2029},
    {"room": "Room 2"},
    {"room": "Room 2", "venue": "CICG"},
    {"sequence": -1},
    {"sequence": MAX_SEQUENCE + 1},
    {"sequence": "3"},
    {"sequence": MAX_SEQUENCE},
    {"decided": DecidedPeriod(DAY, DAY, "Council")},
]


@pytest.mark.parametrize("changes", HOSTILE, ids=lambda c: quoted(c, 40))
def test_a_hostile_value_gives_the_same_meeting_or_the_same_error_as_the_old_checks(changes):
    new, old = _both_ways(**changes)
    assert new == old


def _same_as_before(meetings: list[Meeting]) -> None:
    for m in meetings:
        values = {f.name: getattr(m, f.name) for f in dataclasses.fields(Meeting)}
        assert _reference_checks(types.SimpleNamespace(**values)) is None
        again = Meeting(**values)
        assert again == m and meeting_to_row(again) == meeting_to_row(m)


def test_every_meeting_of_the_bundled_calendar_is_made_as_the_old_checks_made_it(reference_db):
    meetings = reference_db.meetings()
    assert len(meetings) >= 40
    _same_as_before(meetings)


def test_the_demo_calendars_meetings_are_made_as_the_old_checks_made_them():
    meetings = build_demo(3000).meetings  # every kind, precision, room and Sector the demo uses
    assert {m.precision for m in meetings} > {Precision.DAY}
    _same_as_before(meetings)


def test_the_slot_setting_init_keeps_the_dataclass_signature_and_defaults():
    params = list(inspect.signature(Meeting).parameters.values())
    fields = dataclasses.fields(Meeting)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    by_position = Meeting(ID, "SG1-2027-1", "SG1", MeetingKind.STUDY_GROUP, DAY, DAY)
    by_name = Meeting(
        id=ID, code="SG1-2027-1", title="SG1", kind=MeetingKind.STUDY_GROUP, start=DAY, end=DAY
    )
    assert by_position == by_name and by_position.precision is Precision.DAY
    assert by_position.replace(title="Other").title == "Other"
    with pytest.raises(InvalidMeeting, match="title: is empty"):
        by_position.replace(title="")
    with pytest.raises(TypeError):
        Meeting(ID, "SG1-2027-1", "SG1")  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        by_position.title = "Changed"  # type: ignore[misc]


def test_new_ids_are_random_version_4_uuids_in_canonical_form():
    ids = {new_id() for _ in range(5000)}
    assert len(ids) == 5000
    for x in ids:
        u = uuid.UUID(x)
        assert (str(u), u.version, u.variant) == (x, 4, uuid.RFC_4122)
    # every random hex digit varies: 122 random bits, as uuid.uuid4 gives
    columns = [{x[i] for x in ids} for i in range(36)]
    assert [len(c) for c in columns] == [
        1 if i in (8, 13, 14, 18, 23) else 4 if i == 19 else 16 for i in range(36)
    ]
    assert Meeting(new_id(), "", "t", MeetingKind.OTHER, DAY, DAY).id
