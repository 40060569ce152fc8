"""The planner's own blocks read straight to meetings (``ics_own_block``, issue 16, import speed)
give what the general way gives: the same events, skipped notes, or the same refusal naming the
same file, line and field, on the planner's exports, the seed corpus, its mutants, Hypothesis's
files and planner blocks mutated field by field and line by line."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.interop.ics_import import read_ics
from scheduler_app.interop.ics_own_block import OwnBlock, own_block
from scheduler_app.interop.ics_parse import parse
from scheduler_app.services.calendar_export import build_request, write_ics
from scheduler_app.services.demo import build_demo
from scheduler_app.services.planner import open_database
from scheduler_app.services.references import missing_references, save_references
from tests.fuzz.mutate import CORPUS, Corpus, mutant
from tests.fuzz.test_import_fuzz import OFFSET, RUNS, SEED, _hypothesis_settings, ics_files

MUTANTS = max(1, RUNS // 3)
_FRESH = "00000000-0000-4000-8000-000000000000"


def outcome(data: bytes, own_blocks: bool) -> tuple[Any, ...]:
    """Everything read_ics gives the import (a fresh random id aside), or its problems."""
    try:
        read = read_ics(data, "cal.ics", own_blocks=own_blocks)
    except CsvFormatError as exc:
        return ("refused", [(p.file, p.line, p.column, p.problem) for p in exc.problems])
    events = []
    for e in read.events:
        m = e.meeting
        # an id the file does not hold was made fresh (random) by the reading: not compared
        # (a test of the id's first digits took a random "0000..." for a given one, 1 in 65,536)
        if m.id.encode() not in data:
            m = m.replace(id=_FRESH)
        events.append((m, e.uid, e.sequence, e.stamp, e.line, e.own, e.has_status))
    # A series' occurrences may come in another order from one reading to the next (the general
    # way's own doing): they are compared as a set, every other event in file order.
    plain = [e for e in events if not e[0].uid or "/" not in e[0].uid]
    return ("read", plain, sorted(map(repr, events)), read.skipped)


def ways_differ(data: bytes) -> str:
    fast, general = outcome(data, True), outcome(data, False)
    return "" if fast == general else f"own blocks {fast!r:.600}\ngeneral {general!r:.600}"


@functools.cache
def demo_export() -> str:
    """The planner's export of a small demo calendar (every kind of meeting and field)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite", with_calendar=False)
        demo = build_demo(300)
        save_references(db, missing_references(db, demo.meetings))
        db.save_meetings(demo.meetings)
        write_ics(Path(tmp) / "demo.ics", build_request(db))
        text = (Path(tmp) / "demo.ics").read_bytes().decode("utf-8")
        db.close()
    return text


def _blocks(text: str) -> tuple[str, list[str], str]:
    head, _, rest = text.partition("BEGIN:VEVENT\r\n")
    body, _, tail = rest.rpartition("END:VEVENT\r\n")
    blocks = ["BEGIN:VEVENT\r\n" + b + "END:VEVENT\r\n" for b in body.split("BEGIN:VEVENT\r\n")]
    return head, blocks, tail


def test_the_planners_export_takes_the_own_blocks_way_and_reads_the_same() -> None:
    text = demo_export()
    [calendar] = parse(text, [], quick=own_block)
    held = [c for c in calendar.children if isinstance(c, OwnBlock)]
    assert len(held) == text.count("X-SCHEDULER-KIND:") > 250  # every meeting, none left out
    assert ways_differ(text.encode()) == ""


def test_seed_files_and_their_mutants_read_the_same_both_ways() -> None:
    for seed_file in sorted((CORPUS / "ics").glob("*.ics")):
        assert ways_differ(seed_file.read_bytes()) == "", seed_file.name
    corpus = Corpus.load()
    differ = []
    for index in range(OFFSET, OFFSET + MUTANTS):
        name, data = mutant(corpus, "ics", SEED, index)
        if found := ways_differ(data):
            differ.append(f"seed {SEED} index {index} (from {name}): {found}")
    assert not differ, "\n".join(differ[:3])


@_hypothesis_settings
@given(data=ics_files())
def test_generated_files_read_the_same_both_ways(data: bytes) -> None:
    assert ways_differ(data) == ""


# Values that each way must judge alike: escapes, folds, control characters, bad dates, bad
# enums, spaces, an overlong text, lower case, a room without a venue.
_HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "x",
        "\\,\\;\\n\\N\\\\",
        "a\\",
        "\\x",
        "Room\r\n  B",
        "\x01",
        "\x7f",
        "Geneva",
        "CH",
        "ch",
        "ZZ",
        "2027",
        "2027-Q4",
        "2027-13",
        "2027-11-31",
        "month",
        "year",
        "quarter",
        "day",
        "cancelled",
        "CONFIRMED",
        "virtual",
        "hybrid",
        "study-group",
        "pp",
        "-1",
        "1 200",
        "9" * 12,
        "T",
        "D",
        "Europe/Zurich",
        "x" * 140_000,
    ]
)
_LINE_VALUES = st.one_of(
    _HOSTILE,
    st.text(st.characters(codec="utf-8", exclude_characters="\r\n"), max_size=30),
    st.sampled_from(["20270301", "20270229", "20261301", "00010101", "99991231", "2027030"]),
    st.sampled_from(["20270301T093000", "20270301T250000", "20270301T093000Z"]),
)


@st.composite
def mutated_exports(draw: st.DrawFn) -> bytes:
    """The demo export's first blocks, some of their lines given other values, dropped,
    repeated, swapped, lower-cased, folded or given parameters."""
    head, blocks, tail = _blocks(demo_export())
    chosen = draw(st.lists(st.sampled_from(blocks), min_size=1, max_size=4))
    out = []
    for block in chosen:
        lines = block.split("\r\n")[:-1]
        for _ in range(draw(st.integers(0, 3))):
            i = draw(st.integers(1, len(lines) - 2))
            name, _, value = lines[i].partition(":")
            how = draw(st.integers(0, 7))
            if how == 0:
                lines[i] = f"{name}:{draw(_LINE_VALUES)}"
            elif how == 1:
                del lines[i]
            elif how == 2:
                lines.insert(i, lines[i])
            elif how == 3:
                j = draw(st.integers(1, len(lines) - 2))
                lines[i], lines[j] = lines[j], lines[i]
            elif how == 4:
                lines[i] = f"{name.lower()}:{value}"
            elif how == 5:
                cut = draw(st.integers(0, len(lines[i])))
                lines[i] = (
                    lines[i][:cut] + draw(st.sampled_from(["\r\n ", "\r\n\t"])) + lines[i][cut:]
                )
            elif how == 6:
                lines[i] = f"{name};X-P=1:{value}"
            else:
                extra = draw(st.sampled_from(["X-SCHEDULER-ID", "X-SCHEDULER-TIMEZONE", "RRULE"]))
                lines.insert(i, f"{extra}:{draw(_LINE_VALUES)}")
        out.append("\r\n".join(lines) + "\r\n")
    return (head + "".join(out) + tail).encode("utf-8", "surrogatepass")


@settings(max_examples=300, deadline=None)
@given(data=mutated_exports())
def test_mutated_planner_blocks_read_the_same_both_ways(data: bytes) -> None:
    assert ways_differ(data) == ""
