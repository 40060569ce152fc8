"""``scheduler-app suggest``: exit codes, the JSON shape, the text and one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scheduler_app.cli import main
from scheduler_app.domain import Sector
from scheduler_app.services.planner import open_database
from tests.helpers import meeting

HQ = {"venue": "ITU headquarters", "city": "Geneva", "country": "CH"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite"
    with open_database(path, with_calendar=False) as db:
        db.save_meetings(
            [
                meeting(
                    "ITU-D-SG1-2027",
                    "2027-02-08",
                    "2027-02-12",
                    sector=Sector.D,
                    body="ITU-D SG1",
                    room="Popov Room",
                    **HQ,
                ),
                meeting("EXPO", "2027-06-01", "2027-06-30", "other", room="Popov Room", **HQ),
                meeting("PP-35", "2035-10-01", "2035-10-26", "pp"),
            ]
        )
    return path


def test_json_lists_candidates_with_their_findings(plan: Path, capsys):
    code, out, _ = run(
        capsys, "suggest", "ITU-D-SG1-2027", "--db", str(plan), "--within", "2027-02..2027-03",
        "--top", "3", "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["meeting"] == "ITU-D-SG1-2027"
    assert data["candidates"][0] == {
        "start": "2027-02-01",
        "end": "2027-02-05",
        "counts": {"error": 0, "warning": 0, "info": 0},
        "findings": [],
    }
    assert len(data["candidates"]) == 3
    for c in data["candidates"][1:]:
        for f in c["findings"]:
            assert set(f) >= {"rule", "severity", "message"}
    assert data["blocked_by"] == [] and data["longest_free"] is None


def test_the_impossible_pp_is_explained_in_text(plan: Path, capsys):
    code, out, _ = run(capsys, "suggest", "PP-35", "--db", str(plan), "--within", "2035-Q4")
    assert code == 0  # warnings everywhere, but no error
    assert "No 26-day dates within 1 Oct-31 Dec 2035 are free of warnings for PP-35." in out
    for cause in ("Rosh Hashanah", "Yom Kippur", "Diwali", "Ramadan closes 1-30 Nov 2035"):
        assert cause in out
    assert "Eid al-Fitr" in out and "Christmas closes 24-26 Dec 2035" in out
    assert "R77-PP-DURATION" in out
    assert "The longest free stretch is 4-23 Dec 2035 (20 days); PP-35 needs 26." in out


def test_only_errors_exit_1_and_json_names_the_booking(plan: Path, capsys):
    code, out, _ = run(
        capsys, "suggest", "ITU-D-SG1-2027", "--db", str(plan), "--within", "2027-06",
        "--format", "json",
    )  # fmt: skip
    assert code == 1
    data = json.loads(out)
    [room] = [b for b in data["blocked_by"] if b["rule"] == "VENUE-ROOM-CLASH"]
    assert room["cause"] == "EXPO" and room["days"] == [["2027-06-01", "2027-06-30"]]
    assert data["longest_free"] is None


def test_another_room_is_free(plan: Path, capsys):
    code, out, _ = run(
        capsys, "suggest", "ITU-D-SG1-2027", "--db", str(plan), "--within", "2027-06",
        "--venue", "ITU headquarters", "--room", "Room H (Montbrillant)", "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["candidates"][0]["start"] == "2027-06-07"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["NOPE"], "no meeting has the code NOPE"),
        (["PP-35", "--within", "2035-13"], "'2035-13' is not a period"),
        (["PP-35", "--within", "2035-10-10"], "longer than"),
        (["PP-35", "--room", "Room 1"], "--room needs --venue"),
        (["PP-35", "--venue", "Nowhere"], "no venue named 'Nowhere'"),
        (["PP-35", "--city", "Atlantis"], "no venue is known in Atlantis"),
    ],
)
def test_bad_input_exits_2_with_one_line(plan: Path, capsys, argv: list[str], words: str):
    code, out, err = run(capsys, "suggest", *argv, "--db", str(plan))
    assert code == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1


def test_zero_days_is_refused_by_the_parser(plan: Path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["suggest", "PP-35", "--db", str(plan), "--days", "0"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "a meeting lasts at least one day" in err


def test_top_zero_is_refused_in_its_own_words(plan: Path, capsys):
    """Issue 13 (review): --top reused the --days check ("a meeting lasts at least one day")."""
    with pytest.raises(SystemExit) as exc:
        main(["suggest", "PP-35", "--db", str(plan), "--top", "0"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "argument --top: at least 1, not 0" in err and "meeting lasts" not in err
