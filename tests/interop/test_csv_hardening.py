"""CSV files built from the reproducers of issue 16: values escaping validation, formulas, long
fields."""

import csv
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scheduler_app.domain import InvalidMeeting
from scheduler_app.interop.csvfile import (
    COLUMNS,
    MAX_FIELD_CHARS,
    CsvFormatError,
    neutralise,
    parse_meetings,
    read_meetings,
    record_to_meeting,
    restore,
    write_meetings,
)
from tests.helpers import meeting

HEADER = "title,kind,start,end"


def problems(text: str) -> list[str]:
    with pytest.raises(CsvFormatError) as info:
        parse_meetings(text.encode("utf-8"), "in.csv")
    return [str(p) for p in info.value.problems]


# --- values escaping validation ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("columns", "values", "expected"),
    [
        (
            ",decided_from,decided_to",
            ",2027-13,2027-12",
            "in.csv:2: decided_from: '2027-13': month",
        ),
        (",decided_from,decided_to", ",0000,2027", "in.csv:2: decided_from: year 0 is outside"),
        (",decided_from,decided_to", ",2027,9999-12-31", "in.csv:2: decided_to: year 9999"),
        (",precision", ",weekly", "in.csv:2: precision: unknown precision 'weekly'"),
    ],
)
def test_a_bad_decided_period_or_precision_is_reported_with_file_line_and_column(
    columns, values, expected
):
    [problem] = problems(f"{HEADER}{columns}\nA,council,2027-01-05,2027-01-06{values}\n")
    assert problem.startswith(expected)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("0001-01-01", "0001-01-01", "in.csv:2: start: year 1 is outside"),
        ("9999-12-31", "9999-12-31", "in.csv:2: start: year 9999 is outside"),
        ("2027-01-01", "9999-12-31", "in.csv:2: end: year 9999 is outside"),
        ("9999", "", "in.csv:2: start: year 9999 is outside"),
        ("0000-Q1", "", "in.csv:2: start: year 0 is outside"),
        ("2027", "2027-13", "in.csv:2: end: '2027-13': month 13"),
    ],
)
def test_dates_at_the_ends_of_the_calendar_are_reported_not_raised(start, end, expected):
    [problem] = problems(f"{HEADER}\nA,council,{start},{end}\n")
    assert problem.startswith(expected)


_cells = st.text(alphabet=string.digits + "-QT:+Z ", max_size=12) | st.sampled_from(
    ["0000", "9999", "2027-13", "0001-01-01", "9999-12-31T23:59", "weekly", "9999-Q4", "1e9"]
)


@settings(max_examples=300)
@given(
    st.fixed_dictionaries(
        {
            "title": st.just("A"),
            "kind": st.just("council"),
            "start": _cells,
            "end": _cells,
            "precision": st.sampled_from(["", "day", "month", "quarter", "year", "weekly"]),
            "decided_from": _cells,
            "decided_to": _cells,
            "nominal_year": _cells,
            "participants": _cells,
        }
    )
)
def test_any_date_like_text_makes_a_meeting_or_an_invalid_meeting_naming_a_column(record):
    try:
        record_to_meeting(record)
    except InvalidMeeting as exc:
        assert exc.field in COLUMNS and exc.problem


# --- formulas ------------------------------------------------------------------------------------


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_is_written_with_an_apostrophe(tmp_path, trigger):
    path = tmp_path / "out.csv"
    title = f'{trigger}HYPERLINK("http://x","y")'
    write_meetings(path, [meeting("PP-30", kind="pp", title=title, notes=f"{trigger}1+1")])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["title"] == "'" + title and row["notes"] == f"'{trigger}1+1"
    assert not any(v[:1] in ("=", "+", "-", "@", "\t", "\r") for v in row.values())
    [back] = read_meetings(path)
    assert back.meeting.title == title and back.meeting.notes == f"{trigger}1+1"


def test_ten_formula_cells_of_the_fuzzing_run_all_go_out_neutralised(tmp_path):
    formulas = ["=1+1", "+1", "-1", "@SUM(A1)", "=cmd|'/c calc'!A0", '=HYPERLINK("x")',
                "+A1", "-A1+B1", "@A1", "=IMPORTXML(\"http://x\",\"//a\")"]  # fmt: skip
    path = tmp_path / "out.csv"
    write_meetings(path, [meeting(f"M{i}", title=f) for i, f in enumerate(formulas)])
    with path.open(encoding="utf-8-sig", newline="") as handle:
        titles = [r["title"] for r in csv.DictReader(handle)]
    assert titles == ["'" + f for f in formulas]
    assert [r.meeting.title for r in read_meetings(path)] == formulas


def test_a_genuine_leading_apostrophe_round_trips_before_a_trigger_and_elsewhere():
    assert neutralise("'=1+1") == "''=1+1" and restore("''=1+1") == "'=1+1"
    assert neutralise("''-") == "'''-" and restore("'''-") == "''-"
    assert neutralise("'t Hooft") == "'t Hooft" and restore("'t Hooft") == "'t Hooft"
    assert neutralise("'") == "'" and restore("'") == "'"


def test_an_apostrophe_typed_in_a_spreadsheet_before_a_formula_is_taken_off_on_import():
    [row] = parse_meetings(f"{HEADER}\n'=SUM(A1),pp,2030-10-05,2030-10-05\n".encode(), "in.csv")
    assert row.meeting.title == "=SUM(A1)"


def test_codes_and_dates_are_written_as_they_are():
    record = {"code": "WTDC-25", "start": "2025-11-17", "participants": "1900"}
    assert {c: neutralise(v) for c, v in record.items()} == record


@given(st.text())
def test_restore_undoes_neutralise_for_any_text(text):
    assert restore(neutralise(text)) == text
    assert neutralise(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


# Import strips the spaces around a cell, so text is drawn without them, except the tab or
# carriage return a formula-like cell starts with: its apostrophe keeps them.
_titles = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("'=+-@\t\r\n,\""),
    min_size=1,
    max_size=20,
).filter(lambda t: t.strip() and t.rstrip() == t and (t.lstrip() == t or t[0] in "\t\r"))


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_titles, min_size=1, max_size=4), _titles)
def test_any_text_survives_export_and_import_exactly(tmp_path, titles, notes):
    path = tmp_path / "round.csv"
    calendar = [meeting(f"M{i}", title=t, notes=notes, chair=t) for i, t in enumerate(titles)]
    write_meetings(path, calendar)
    assert [r.meeting for r in read_meetings(path)] == calendar


# --- long fields ---------------------------------------------------------------------------------


def test_notes_of_the_longest_allowed_length_survive_export_and_import(tmp_path):
    path = tmp_path / "long.csv"
    m = meeting("PP-30", kind="pp", notes="n" * MAX_FIELD_CHARS)
    write_meetings(path, [m])
    assert [r.meeting for r in read_meetings(path)] == [m]


def test_a_field_longer_than_the_old_csv_limit_is_refused_by_column_not_as_broken_csv():
    notes = "n" * 131_073
    [problem] = problems(f"{HEADER},notes\nA,pp,2030-10-05,2030-10-05,{notes}\n")
    assert problem == "in.csv:2: notes: is 131,073 characters long; the limit is 100,000"


def test_a_long_kind_is_refused_by_its_length_with_a_short_message():
    [problem] = problems(f"{HEADER}\nA,{'k' * (MAX_FIELD_CHARS + 5)},2030-10-05,2030-10-05\n")
    assert problem.startswith("in.csv:2: kind: is 100,005 characters long") and len(problem) < 100


def test_a_field_beyond_even_the_reading_limit_is_one_clear_problem():
    notes = "n" * (10 * MAX_FIELD_CHARS + 1)
    [problem] = problems(f"{HEADER},notes\nA,pp,2030-10-05,2030-10-05,{notes}\n")
    assert problem.startswith("in.csv:2: a field is longer than 1,000,000 characters")


def test_a_cell_quoted_in_a_message_is_cut_short():
    [problem] = problems(f"{HEADER}\nA,pp,{'2' * 5000},2030-10-05\n")
    assert "5,000 characters" in problem and len(problem) < 300
