"""What a planner reads names documents they can open: no project file names (the seed texts'
``NNN_<hash>.txt``), no "SOURCES.md", and no reST markup, in the rule catalogue, the bundled
calendar, exports and printed PDFs (issue 14)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from scheduler_app.cli import main

LEAKS = re.compile(r"\d{3}_[0-9a-f]{16}\.txt|SOURCES\.md|``")


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0, argv
    out, _ = capsys.readouterr()
    return out


def leaks(text: str) -> list[str]:
    return sorted({m.group(0) for m in LEAKS.finditer(text)})


@pytest.fixture(scope="module")
def ref(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    return str(path)


def test_the_rule_catalogue_names_no_project_file_and_carries_no_markup(capsys, ref):
    out = run(capsys, "rules", "--db", ref, "--format", "json")
    assert leaks(out) == [] and "https://www.itu.int/pub/S-CONF-ACTF-2022" in out
    assert leaks(run(capsys, "rules", "--db", ref)) == []


def test_the_bundled_calendar_and_its_findings_name_documents_to_open(capsys, ref):
    listed = run(capsys, "list", "--db", ref, "--format", "json")
    assert leaks(listed) == [] and "PP-22 Final Acts" in listed
    assert leaks(run(capsys, "check", ref, "--as-of", "2026-01-01", "--format", "json")) == []
    assert leaks(run(capsys, "bodies", "--db", ref)) == []


@pytest.mark.parametrize("name", ["plan.ics", "plan.csv"])
def test_exports_name_no_project_file(capsys, ref, tmp_path, name):
    target = tmp_path / name
    extra = ["--deadlines"] if name.endswith(".ics") else []
    run(capsys, "export", "--db", ref, "-o", str(target), *extra)
    text = target.read_text(encoding="utf-8")
    # iCalendar folds long lines: unfold before searching
    text = text.replace("\r\n ", "").replace("\n ", "")
    assert leaks(text) == [] and "https://" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
@pytest.mark.parametrize("layout", ["list", "deadlines"])
def test_printed_lists_name_no_project_file(capsys, qapp, ref, tmp_path, layout):
    target = tmp_path / f"{layout}.pdf"
    run(capsys, "print", "--layout", layout, "--year", "2025", "--db", ref, "-o", str(target))
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.strip() and leaks(text) == []
