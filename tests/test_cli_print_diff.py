"""``scheduler-app print --layout diff --against B``: the diff annex as a PDF (issue 13, part 4)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from scheduler_app.cli import main

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def calendars(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The reference calendar, and a CSV of it with WRC-27 a week later and C26-LAST gone."""
    base = tmp_path / "calendar.sqlite"
    exported = tmp_path / "export.csv"
    assert run(capsys, "init", "--db", str(base))[0] == 0
    assert run(capsys, "export", "--db", str(base), "-o", str(exported))[0] == 0
    with exported.open(encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["code"] != "C26-LAST"]
    for r in rows:
        if r["code"] == "WRC-27":
            r.update(start="2027-10-18", end="2027-11-19")
    draft = tmp_path / "draft.csv"
    with draft.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return base, draft


def test_the_annex_is_written_with_the_moved_meetings_old_and_new_dates(
    qapp: object, calendars: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # qapp: the command would otherwise make a QGuiApplication, on which no later test could
    # make a widget
    base, draft = calendars
    pdf = tmp_path / "annex.pdf"
    code, out, _ = run(
        capsys, "print", "--layout", "diff", "--db", str(base), "--against", str(draft),
        "-o", str(pdf),
    )  # fmt: skip
    assert code == 0 and out == f"wrote 1 page to {pdf}\n"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    wrc = next(line for line in text.splitlines() if "WRC-27" in line)
    assert "11 Oct-12 Nov 2027" in wrc and "18 Oct-19 Nov 2027" in wrc and "7 days later" in wrc
    assert "C26-LAST" in text and "calendar.sqlite" in text and "draft.csv" in text
    assert str(tmp_path) not in text


def test_without_against_the_diff_is_refused_in_one_line(
    calendars: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, draft = calendars
    pdf = tmp_path / "annex.pdf"
    code, _, err = run(capsys, "print", "--layout", "diff", "--db", str(base), "-o", str(pdf))
    assert code == 2 and err.count("\n") == 1 and "--against" in err and not pdf.exists()
    code, _, err = run(
        capsys, "print", "--layout", "list", "--db", str(base), "--against", str(draft),
        "-o", str(pdf),
    )  # fmt: skip
    assert code == 2 and err == (
        "scheduler-app print: --against is for --layout diff, not --layout list\n"
    )
    code, _, err = run(
        capsys, "print", "--layout", "diff", "--db", str(base), "--against", str(draft),
        "--year", "2027", "-o", str(pdf),
    )  # fmt: skip
    assert code == 2 and "compares whole calendars" in err and not pdf.exists()
