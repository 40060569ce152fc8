"""The fast ways through an import read what the careful ways read (issue 16, import speed).

Plain VEVENT blocks are read whole (:mod:`ics_parse`); anything unusual in a block sends it to the
line reader, and either way the components, lines, warnings and errors are the same. Another
calendar's event becomes a meeting without a detour through text, the meeting the record way
makes. Titles are read once per shape.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler_app.domain import MeetingKind
from scheduler_app.interop import ics_import, ics_kinds, ics_recurrence
from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.interop.ics_events import IcsEvent, meeting_from_event, plain_event
from scheduler_app.interop.ics_import import read_ics
from scheduler_app.interop.ics_parse import parse
from scheduler_app.interop.ics_text import Component, IcsSyntaxError
from scheduler_app.interop.ics_zones import Zones
from scheduler_app.services.importing import import_ics
from scheduler_app.storage import PlanningDatabase
from tests.fuzz.agree import meeting_paths_differ, readers_differ

FIXTURES = Path(__file__).parent / "fixtures"
DAY = dt.date(2027, 3, 1)
CORPUS_ICS = Path(__file__).parents[1] / "fuzz" / "corpus" / "ics"
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
TAIL = "END:VCALENDAR\r\n"
PLAIN = (
    "BEGIN:VEVENT\r\nUID:a@test\r\nDTSTART;VALUE=DATE:20270301\r\nSUMMARY:Team meeting\r\n"
    "END:VEVENT\r\n"
)


def events(text: str) -> list[Component]:
    [calendar] = parse(text, [])
    return [c for c in calendar.children if c.name == "VEVENT"]


def read_whole(event: Component) -> bool:
    """Whether the block reader took the event (it keeps the block as one source entry)."""
    entry = event.source[event.first_index]
    return event.first_index == event.last_index and entry.count("\n") > 1


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.ics")), ids=lambda p: p.name)
def test_fixtures_read_the_same_by_blocks_and_by_lines(fixture: Path) -> None:
    text = fixture.read_bytes().decode("utf-8-sig")
    assert readers_differ(text) == ""
    assert meeting_paths_differ(text) == ""


UNUSUAL_BLOCKS = {
    "lf line ends": PLAIN.replace("\r\n", "\n"),
    "folded with a space": PLAIN.replace("Team meeting", "Team\r\n  meeting"),
    "folded with a tab, lf": PLAIN.replace("\r\n", "\n").replace("Team", "Te\n\tam"),
    "fold inside a name": PLAIN.replace("SUMMARY", "SUM\r\n MARY"),
    "fold inside parameters": PLAIN.replace("VALUE=DATE", "VALUE=\r\n DATE"),
    "quoted parameter with a colon": PLAIN.replace(
        "SUMMARY:", 'SUMMARY;ALTREP="http://x.org/a;b":'
    ),
    "parameter list": PLAIN.replace("SUMMARY:", "SUMMARY;X-A=1,2;x-b=c:"),
    "lower-case names": PLAIN.replace("SUMMARY", "summary").replace("UID", "Uid"),
    "name with odd characters": PLAIN.replace("SUMMARY:", "SUM MARY:"),
    "parameter without a value": PLAIN.replace("SUMMARY:", "SUMMARY;LANGUAGE:"),
    "unclosed quote": PLAIN.replace("SUMMARY:", 'SUMMARY;ALTREP="x:'),
    "line without a colon": PLAIN.replace("SUMMARY:Team meeting", "SUMMARY Team meeting"),
    "line starting with a colon": PLAIN.replace("SUMMARY", ""),
    "blank line": PLAIN.replace("SUMMARY", "\r\nSUMMARY"),
    "blank line before a fold": PLAIN.replace("Team meeting", "Team\r\n\r\n \tmeeting"),
    "blank line before a fold, lf": PLAIN.replace("\r\n", "\n").replace("Team", "T\n\n \tx"),
    "fold then tab": PLAIN.replace("Team meeting", "Team\r\n \tmeeting\r\n\t x"),
    "line of spaces": PLAIN.replace("SUMMARY", "   \r\nSUMMARY"),
    "lone cr": PLAIN.replace("SUMMARY:Team", "SUMMARY:Te\ram"),
    "mixed line ends": PLAIN.replace("SUMMARY:Team meeting\r\n", "SUMMARY:Team meeting\n"),
    "nested alarm": PLAIN.replace(
        "END:VEVENT", "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT"
    ),
    "nested with parameters": PLAIN.replace("SUMMARY:", "BEGIN;X=1:VALARM\r\nSUMMARY:"),
    "stray end inside": PLAIN.replace("SUMMARY", "END:VTODO\r\nSUMMARY"),
    "end folded into more": PLAIN.replace("END:VEVENT\r\n", "END:VEVENT\r\n X\r\n"),
    "end with a space": PLAIN.replace("END:VEVENT", "END:VEVENT "),
    "begin in lower case": PLAIN.replace("BEGIN:VEVENT", "begin:vevent"),
    "never closed": PLAIN.replace("END:VEVENT\r\n", ""),
    "two begins, one end": PLAIN.replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nBEGIN:VEVENT\r\n"),
    "empty event": "BEGIN:VEVENT\r\nEND:VEVENT\r\n",
    "control characters": PLAIN.replace("Team", "Te\x00a\x0bm"),
}


@pytest.mark.parametrize("block", UNUSUAL_BLOCKS.values(), ids=UNUSUAL_BLOCKS.keys())
def test_unusual_blocks_read_as_the_line_reader_reads_them(block: str) -> None:
    for text in (HEAD + block + TAIL, HEAD + PLAIN + block + PLAIN + TAIL, block, HEAD + block):
        assert readers_differ(text) == ""


def test_plain_blocks_are_read_whole_and_unusual_ones_line_by_line() -> None:
    text = HEAD + PLAIN + UNUSUAL_BLOCKS["nested alarm"] + UNUSUAL_BLOCKS["folded with a space"]
    assert [read_whole(e) for e in events(text + TAIL)] == [True, False, True]


def test_a_block_read_whole_gives_icalendar_its_unfolded_lines() -> None:
    [event] = events(HEAD + UNUSUAL_BLOCKS["folded with a space"] + TAIL)
    assert read_whole(event)
    assert event.text_lines == [
        "BEGIN:VEVENT",
        "UID:a@test",
        "DTSTART;VALUE=DATE:20270301",
        "SUMMARY:Team meeting",
        "END:VEVENT",
    ]


def test_properties_of_a_block_keep_the_lines_they_start_on() -> None:
    folded = PLAIN.replace("Team meeting", "Team\r\n \r\n  meeting").replace("UID", "UI\r\n D")
    text = HEAD + PLAIN + folded.replace("UI\r\n D", "UID") + TAIL
    first, second = events(text)
    assert [(p.name, p.line) for p in first.props] == [("UID", 5), ("DTSTART", 6), ("SUMMARY", 7)]
    assert second.line == 9
    assert [(p.name, p.line) for p in second.props] == [
        ("UID", 10),
        ("DTSTART", 11),
        ("SUMMARY", 12),
    ]
    assert second.by_name["SUMMARY"].value == "Team meeting"


def test_an_error_after_folded_events_names_its_physical_line() -> None:
    folded = PLAIN.replace("Team meeting", "Team\r\n meeting\r\n again")  # lines 4-10
    broken = PLAIN.replace("SUMMARY:", "SUMMARY;LANGUAGE:")  # its SUMMARY is on line 14
    text = HEAD + folded + broken + TAIL
    with pytest.raises(IcsSyntaxError) as caught:
        parse(text)
    assert caught.value.line == 14
    with pytest.raises(CsvFormatError) as refused:
        read_ics(text.encode(), "other.ics")
    [problem] = refused.value.problems
    assert (problem.file, problem.line) == ("other.ics", 14)


def test_a_line_outside_the_events_is_skipped_with_its_line_between_blocks() -> None:
    text = HEAD + PLAIN + "stray text\r\n" + PLAIN.replace("a@test", "b@test") + TAIL
    warnings: list[tuple[int, str]] = []
    parse(text, warnings)
    assert readers_differ(text) == ""
    read = read_ics(text.encode(), "other.ics")
    assert len(read.events) == 2
    assert read.skipped == [
        "other.ics:9: skipped not a content line (NAME:VALUE): 'stray text' inside VCALENDAR"
    ]


def test_times_with_seconds_are_kept_to_the_minute_as_the_record_keeps_them() -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:t@test\r\nSUMMARY:Call\r\n"
        "DTSTART;TZID=Europe/Zurich:20270301T093015\r\n"
        "DTEND;TZID=America/New_York:20270301T050059\r\nEND:VEVENT\r\n"
    )
    text = HEAD + event + TAIL
    assert meeting_paths_differ(text) == ""
    [calendar] = parse(text, [])
    m = plain_event(calendar.children[0], Zones(calendar)).meeting
    assert (m.start_time, m.end_time, m.timezone) == (
        dt.time(9, 30),
        dt.time(11, 0),
        "Europe/Zurich",
    )


def test_another_calendars_event_becomes_the_meeting_the_record_makes() -> None:
    event = (
        "BEGIN:VEVENT\r\nUID:w@test\r\nSUMMARY:WTDC-25 opening\r\nCATEGORIES:R,Workshop\r\n"
        "CATEGORIES:D\r\nLOCATION:Room B\\, Geneva\r\nDESCRIPTION:Bring\\nbadges\r\n"
        "STATUS:tentative\r\nSEQUENCE:3\r\nDTSTAMP:20261101T090000Z\r\n"
        "DTSTART;VALUE=DATE:20251117\r\nDTEND;VALUE=DATE:20251129\r\nEND:VEVENT\r\n"
    )
    text = HEAD + event + TAIL
    assert meeting_paths_differ(text) == ""
    [e] = read_ics(text.encode(), "other.ics").events
    m = e.meeting
    assert (m.code, m.kind, m.sector, m.start, m.end) == (
        "WTDC-25",
        MeetingKind.WORKSHOP,
        m.sector.D if m.sector else None,
        dt.date(2025, 11, 17),
        dt.date(2025, 11, 28),
    )
    assert (m.notes, m.status.value, m.sequence, m.uid) == (
        "Location: Room B, Geneva\nBring\nbadges",
        "tentative",
        3,
        "w@test",
    )
    assert (e.stamp, e.has_status, e.own) == ("2026-11-01T09:00:00Z", True, False)


def test_a_foreign_event_refused_by_the_meeting_gives_the_records_problem() -> None:
    long_title = "x" * 200_000
    for summary in (long_title, "Fine"):
        event = PLAIN.replace("Team meeting", summary).replace(
            "DTSTART;VALUE=DATE:20270301", "DTSTART;VALUE=DATE:00010101"
        )
        assert meeting_paths_differ(HEAD + event + TAIL) == ""
        with pytest.raises(CsvFormatError):
            read_ics((HEAD + event + TAIL).encode(), "other.ics")


def test_imported_meetings_are_stored_as_they_were_read(tmp_path: Path) -> None:
    path = tmp_path / "other.ics"
    body = "".join(
        PLAIN.replace("a@test", f"e{i}@test").replace("Team meeting", f"Team meeting {i}")
        for i in range(5)
    )
    timed = (
        "BEGIN:VEVENT\r\nUID:t@test\r\nSUMMARY:ITU-T SG17 RG Q3/17 call\r\n"
        "DTSTART:20270301T090000Z\r\nDTEND:20270301T100000Z\r\nEND:VEVENT\r\n"
    )
    path.write_text(HEAD + body + timed + TAIL, newline="")
    db = PlanningDatabase.open(tmp_path / "p.sqlite")
    try:
        report = import_ics(db, path)
        assert sorted(db.meetings(), key=lambda m: m.id) == sorted(report.added, key=lambda m: m.id)
    finally:
        db.close()


TITLE_WORDS = st.sampled_from(
    ["WTDC-25", "C27", "Council", "2027", "SG1", "RG", "Q3/1", "WP5D", "briefing", "TSAG", "12",
     "Team", "meeting", "PP-26", "CPM27-2", "forum", "workshop", "x", "-", "7"]
)  # fmt: skip


@given(words=st.lists(TITLE_WORDS, max_size=6), digits=st.lists(st.integers(0, 9), max_size=40))
def test_titles_of_one_shape_are_read_as_if_each_were_read_alone(
    words: list[str], digits: list[int]
) -> None:
    title = " ".join(words)
    other = iter(digits)
    again = "".join(str(next(other, 0)) if c.isdigit() else c for c in title)
    for t in (title, again):
        kind, code = ics_kinds._read_title(t)
        assert ics_kinds.guess_kind_and_code(t, []) == (kind or MeetingKind.OTHER, code)


def test_a_title_with_a_code_is_never_answered_from_another_of_its_shape() -> None:
    assert ics_kinds.guess_kind_and_code("Team meeting 12", []) == (MeetingKind.OTHER, "")
    assert ics_kinds.guess_kind_and_code("Team meeting 47", []) == (MeetingKind.OTHER, "")
    assert ics_kinds.guess_kind_and_code("WRC-27", [])[1] == "WRC-27"
    assert ics_kinds.guess_kind_and_code("WRC-31", [])[1] == "WRC-31"
    assert ics_kinds.guess_kind_and_code("Team meeting 12", ["Workshop"])[0] is MeetingKind.WORKSHOP


def test_another_calendars_events_get_distinct_random_version_4_uuids() -> None:
    block = PLAIN.replace("UID:a@test", "UID:{n}@test")
    text = HEAD + "".join(block.replace("{n}", str(n)) for n in range(2000)) + TAIL
    ids = {e.meeting.id for e in read_ics(text.encode(), "other.ics").events}
    assert len(ids) == 2000
    for x in list(ids)[:200]:
        u = uuid.UUID(x)
        assert (str(u), u.version, u.variant) == (x, 4, uuid.RFC_4122)


def _normalized(events: list[IcsEvent]) -> list[tuple[object, ...]]:
    """The events with fresh random ids replaced by their position (ids the file gave kept)."""
    out = []
    for i, e in enumerate(events):
        m = e.meeting
        if e.uid.rpartition("@")[0] != m.id:
            m = m.replace(id=str(uuid.UUID(int=i)))
        out.append((m, e.uid, e.sequence, e.stamp, e.line, e.own, e.has_status))
    return out


SERIES_FILES = sorted([*FIXTURES.glob("*.ics"), *CORPUS_ICS.glob("*.ics")], key=lambda p: p.name)


@pytest.mark.parametrize("path", SERIES_FILES, ids=lambda p: p.name)
def test_whole_files_with_series_read_the_same_by_the_direct_way_and_the_record_way(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = (dt.date(2024, 1, 1), dt.date(2030, 12, 31))
    data = path.read_bytes()

    def outcome() -> object:
        try:
            return _normalized(read_ics(data, path.name, window).events)
        except CsvFormatError as exc:
            return [str(p) for p in exc.problems]

    direct = outcome()
    record_way = functools.partial(meeting_from_event, direct=False)
    monkeypatch.setattr(ics_recurrence, "meeting_from_event", record_way)
    monkeypatch.setattr(ics_import, "plain_event", functools.partial(plain_event, direct=False))
    assert outcome() == direct
