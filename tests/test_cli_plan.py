"""``scheduler-app plan`` and ``scheduler-app diff`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scheduler_app.cli import main
from scheduler_app.interop.csvfile import read_meetings
from scheduler_app.services.planner import open_database
from tests.services.test_planning import SMALL


@pytest.fixture
def template(tmp_path: Path) -> Path:
    path = tmp_path / "template.csv"
    path.write_text(SMALL)
    return path


def test_plan_to_csv_exits_0_with_progress_on_standard_error(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    assert main(["plan", str(template), "-o", str(out), "--seed", "3"]) == 0
    captured = capsys.readouterr()
    assert "plan: solving" in captured.err and "weighted findings" in captured.err
    assert "placed 3 meetings" in captured.out and "0 errors" in captured.out
    dates = {r.meeting.code: str(r.meeting.start) for r in read_meetings(out)}
    assert dates == {
        "SG1-A": "2027-06-07",
        "SG2-A": "2027-06-14",
        "RG1": "2027-06-09",
        "RG2": "2027-06-07",
    }


def test_plan_to_sqlite_among_a_database(template: Path, tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite"
    open_database(base, with_calendar=True).close()
    out = tmp_path / "plan.sqlite"
    assert main(["plan", str(template), "--db", str(base), "-o", str(out)]) == 0
    with open_database(out, create=False) as db, open_database(base, create=False) as before:
        codes = {m.code for m in db.meetings()}
        assert {"SG2-A", "RG1", "RG2", "C26", "WTDC-29"} <= codes
        assert db.count_meetings() == before.count_meetings() + 4


def test_an_impossible_template_exits_1_naming_the_conflict(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template.write_text(SMALL.replace("L,2,2027-06-07..2027-06-09", "L,3,2027-06-07..2027-06-11"))
    out = tmp_path / "plan.csv"
    assert main(["plan", str(template), "-o", str(out)]) == 1
    text = capsys.readouterr().out
    assert "cannot be satisfied" in text and "WTDC1-RG-PARALLEL" in text and "RG1" in text
    assert not out.exists()


def test_errors_left_exit_1(template: Path, tmp_path: Path) -> None:
    # a fixed meeting clashing with a fixed one: no placement can repair it
    clash = "SG1-B,ITU-D Study Group 1 bis,study-group,D,ITU-D SG1,TDAG,2027-06-07,2027-06-11,"
    template.write_text(SMALL + clash + "Geneva,CH,ITU headquarters,Popov,,\n")
    assert main(["plan", str(template), "-o", str(tmp_path / "plan.csv")]) == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("5,2027-06-07..2027-06-18", "5,2027-06-40"),
        lambda t: t.replace("3,2027-06-07..2027-06-11", "three,2027-06"),
    ],
)
def test_bad_input_exits_2(
    template: Path, tmp_path: Path, change: object, capsys: pytest.CaptureFixture[str]
) -> None:
    template.write_text(change(SMALL))  # type: ignore[operator]
    assert main(["plan", str(template), "-o", str(tmp_path / "plan.csv")]) == 2
    assert "template.csv:" in capsys.readouterr().err


def test_plan_refuses_an_output_that_is_neither_csv_nor_sqlite(
    template: Path, tmp_path: Path
) -> None:
    assert main(["plan", str(template), "-o", str(tmp_path / "plan.txt")]) == 2


def test_diff_of_a_plan_against_its_template_as_json(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.csv"
    assert main(["plan", str(template), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["diff", str(template), str(out), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {m["code"] for m in data["moved"]} == {"SG2-A", "RG1", "RG2"}
    assert data["added"] == [] and data["removed"] == []
    assert main(["diff", str(template), str(tmp_path / "missing.csv")]) == 2


def test_a_row_to_place_with_a_stored_code_is_refused_naming_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13 (review): the row was imported over the stored PP-26, making it a study group."""
    base = tmp_path / "base.sqlite"
    open_database(base, with_calendar=True).close()
    template = tmp_path / "t.csv"
    template.write_text("code,title,kind,days,within\nPP-26,Thing,study-group,5,2027\n")
    out = tmp_path / "plan.sqlite"
    assert main(["plan", str(template), "--db", str(base), "-o", str(out)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"{template}:2: PP-26 is already on the calendar (9-27 Nov 2026); give the row a new "
        "code, or give it dates to keep it fixed"
    )
    assert not out.exists()


def test_a_folder_to_compare_with_is_named_as_a_folder(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "base.sqlite"
    open_database(base, with_calendar=False).close()
    said = f"{tmp_path} is a folder, not a planning database or CSV file"
    assert main(["diff", str(base), str(tmp_path)]) == 2
    assert said in capsys.readouterr().err
    pdf = str(tmp_path / "d.pdf")
    argv = ["print", "--db", str(base), "--layout", "diff", "--against", str(tmp_path), "-o", pdf]
    assert main(argv) == 2
    assert said in capsys.readouterr().err
