"""The short cuts of an import's reading and writing give what the long ways give (issue 16,
import speed): dates and stamps read once per value, escapes undone and lists split with string
methods, rows written without the columns that hold their defaults."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler_app.domain import (
    Body,
    DecidedPeriod,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Room,
    Sector,
    Status,
    Venue,
    new_id,
)
from scheduler_app.interop.ics_events import _iso_stamp
from scheduler_app.interop.ics_parse import _line_numbers, unfold
from scheduler_app.interop.ics_text import Prop, split_list, unescape_text
from scheduler_app.interop.ics_zones import Problem, date_value
from scheduler_app.storage import PlanningDatabase

DAY = dt.date(2027, 3, 1)


def plain() -> Meeting:
    return Meeting(
        id=new_id(), code="", title="Team meeting", kind=MeetingKind.OTHER, start=DAY, end=DAY
    )


def everything_set() -> list[Meeting]:
    """Meetings that between them hold a value other than the default in every column."""
    full = Meeting(
        id=new_id(),
        code="SG1-27",
        title="Study group 1",
        kind=MeetingKind.STUDY_GROUP,
        start=DAY,
        end=DAY,
        sector=Sector.D,
        body="ITU-D SG1",
        parent="TDAG",
        start_time=dt.time(9, 30),
        end_time=dt.time(12),
        timezone="Europe/Zurich",
        city="Geneva",
        country="CH",
        venue="ITU headquarters",
        room="Room A",
        mode=Mode.VIRTUAL,
        status=Status.TENTATIVE,
        decided=DecidedPeriod(DAY, DAY + dt.timedelta(days=90), "Council"),
        nominal_year=2027,
        participants=40,
        chair="A. Chair",
        notes="notes",
        source="source",
        sequence=3,
        uid="sg1@elsewhere",
    )
    month = Meeting(
        id=new_id(),
        code="",
        title="Some time in March",
        kind=MeetingKind.OTHER,
        start=DAY,
        end=dt.date(2027, 3, 31),
        precision=Precision.MONTH,
    )
    return [full, month]


def saved(path: Path, meetings: list[Meeting], *, stamp: str | None = None) -> PlanningDatabase:
    db = PlanningDatabase.open(path)
    db.save_bodies([Body("TDAG"), Body("ITU-D SG1", parent="TDAG")])
    db.save_venues([Venue("ITU headquarters", "Geneva", "CH")])
    db.save_rooms([Room("ITU headquarters", "Room A")])
    db.save_meetings(meetings, {m.id: stamp for m in meetings} if stamp else None)
    return db


def row(path: Path, meeting_id: str) -> dict[str, object]:
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute("SELECT * FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        return {k: v for k, v in zip(found.keys(), found, strict=True) if k != "updated_at"}


def test_a_meeting_saved_with_columns_left_to_their_defaults_is_stored_as_one_written_in_full(
    tmp_path: Path,
) -> None:
    m = plain()
    lean = saved(tmp_path / "lean.sqlite", [m])
    full = saved(tmp_path / "full.sqlite", [m, *everything_set()])
    assert row(tmp_path / "lean.sqlite", m.id) == row(tmp_path / "full.sqlite", m.id)
    assert lean.meeting(m.id) == full.meeting(m.id) == m
    for other in everything_set():  # and a full row reads back whole
        db = saved(tmp_path / f"{other.id}.sqlite", [other])
        assert db.meeting(other.id) == other
        db.close()
    lean.close()
    full.close()


def test_stamps_and_update_times_are_written_when_every_column_else_is_at_its_default(
    tmp_path: Path,
) -> None:
    m = plain()
    db = saved(tmp_path / "db.sqlite", [m], stamp="2026-11-22T10:00:00Z")
    stored = row(tmp_path / "db.sqlite", m.id)
    assert stored["stamp"] == "2026-11-22T10:00:00Z" and stored["precision"] == "day"
    assert db.export_stamps() == {m.id: "2026-11-22T10:00:00Z"}
    db.close()


def prop(value: str, **params: str) -> Prop:
    return Prop("DTSTART", params, value, 1)


def test_a_date_time_read_as_a_date_under_value_date_is_still_a_date_time_without_it() -> None:
    assert date_value(prop("20270301T093000", VALUE="DATE"), "u") == DAY
    assert date_value(prop("20270301T093000"), "u") == dt.datetime(2027, 3, 1, 9, 30)  # noqa: DTZ001
    assert date_value(prop("20270301T093000", VALUE="DATE"), "u") == DAY


def test_a_value_of_another_length_read_as_a_date_is_refused_without_value_date() -> None:
    assert date_value(prop("202703011", VALUE="DATE"), "u") == DAY
    with pytest.raises(Problem, match="202703011"):
        date_value(prop("202703011"), "u")


def test_values_read_again_are_the_values_read_the_first_time() -> None:
    for value in ("20270301", "20270301T093000Z", " 20270301T093000 "):
        assert date_value(prop(value), "u") == date_value(prop(value), "u")
    stamp = Prop("DTSTAMP", {}, "20261122T100000Z", 1)
    assert _iso_stamp(stamp) == _iso_stamp(stamp) == "2026-11-22T10:00:00Z"
    assert _iso_stamp(Prop("DTSTAMP", {}, "20261122T100000", 1)) == ""  # not UTC


def test_another_calendars_events_are_inserted_naming_only_the_columns_they_fill(
    tmp_path: Path,
) -> None:
    db = PlanningDatabase.open(tmp_path / "db.sqlite")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    db.save_meetings([plain(), plain()])
    inserts = [s for s in statements if s.startswith("INSERT INTO meetings")]
    assert len(inserts) == 2  # one statement, run once a row
    named = {s[s.index("(") + 1 : s.index(")")] for s in inserts}
    assert named == {'"id", "title", "kind", "start", "end", "updated_at"'}
    db.close()


def _unescaped_one_match_at_a_time(value: str) -> str:
    """RFC 5545 section 3.3.11 read as the regular expression reads it, a match at a time."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.S)


def _split_char_by_char(value: str) -> list[str]:
    items, current, i = [], "", 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            current += value[i : i + 2]
            i += 2
            continue
        if value[i] == ",":
            items.append(_unescaped_one_match_at_a_time(current))
            current = ""
        else:
            current += value[i]
        i += 1
    items.append(_unescaped_one_match_at_a_time(current))
    return [item for item in items if item]


TEXT = st.text(alphabet="\\nN,;a :\n\r", max_size=24)


@given(TEXT)
def test_text_is_unescaped_as_one_match_at_a_time_unescapes_it(value: str) -> None:
    assert unescape_text(value) == _unescaped_one_match_at_a_time(value)


@given(TEXT)
def test_lists_split_as_a_character_by_character_reading_splits_them(value: str) -> None:
    assert split_list(value) == _split_char_by_char(value)


@given(
    st.lists(st.sampled_from(["BEGIN:VEVENT", "A:b", " c", "\td", "", " ", "SUMMARY:x y"])),
    st.sampled_from(["\r\n", "\n"]),
)
def test_the_lines_numbered_are_those_a_line_by_line_reading_finds(
    lines: list[str], sep: str
) -> None:
    block = sep.join(["BEGIN:VEVENT", *lines, "END:VEVENT", ""])
    assert _line_numbers(block.split(sep), 7) == [n + 6 for n, _ in unfold(block)]


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_the_garbage_collector_is_paused_then_back_with_what_was_made_counted_as_old() -> None:
    import gc
    import weakref

    from scheduler_app.interop.ics_parse import paused_gc

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        kept = _Node()
        cycle = _Node()
        cycle.other = cycle  # garbage once dropped, that only the collector frees
        gone = weakref.ref(cycle)
        del cycle
    assert gc.isenabled()
    assert any(o is kept for o in gc.get_objects(generation=2))  # not scanned again as young
    gc.collect()
    assert gone() is None  # and the garbage made during the pause is still collected
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # a pause inside a pause leaves the collector off
    finally:
        gc.enable()


_X_NAMES = ["X-SCHEDULER-CODE", "X-SCHEDULER-BODY", "X-SCHEDULER-NOTES", "SUMMARY", "X-OTHER"]


@given(st.lists(st.tuples(st.sampled_from(_X_NAMES), TEXT), max_size=8))
def test_the_planners_own_fields_are_those_a_property_by_property_reading_finds(
    lines: list[tuple[str, str]],
) -> None:
    from scheduler_app.interop.ics_own import X_COLUMNS, own_record
    from scheduler_app.interop.ics_text import Component

    props = [Prop(name, {}, value, i) for i, (name, value) in enumerate(lines, 2)]
    event = Component("VEVENT", 1, props, by_name={p.name: p for p in reversed(props)})
    expected: dict[str, str] = {}
    for p in props:  # the last of a repeated property wins, in the place of the first
        if p.name in X_COLUMNS:
            expected[X_COLUMNS[p.name]] = unescape_text(p.value)
    found = own_record(event)
    assert found == expected and list(found) == list(expected)
