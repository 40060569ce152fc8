"""Storage under stress: read-only files, full disks, empty files, interrupted copies, and
imports that must not write over what another writer committed meanwhile."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler_app.services import editing
from scheduler_app.services.importing import ImportConflict, apply_import, import_file
from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase, StorageError
from tests.helpers import meeting

HEADER = "code,title,kind,start,end"


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump() if "sqlite_sequence" not in line]
    finally:
        conn.close()


def _with_meetings(path: Path, *codes: str) -> None:
    with open_database(path, with_calendar=False) as db:
        for code in codes:
            editing.create(db, meeting(code, "2027-03-01", "2027-03-03"))


# --- read-only ------------------------------------------------------------------------------------


def test_a_database_opened_read_only_reads_and_refuses_edits_leaving_the_file_alone(db_path):
    _with_meetings(db_path, "SG1-2027-1")
    before = _dump(db_path)
    with PlanningDatabase.open(db_path, read_only=True) as db:
        assert db.read_only
        [m] = db.meetings()
        with pytest.raises(StorageError, match=r"opened read-only .* nothing was changed"):
            editing.update(db, m, m.replace(title="Changed"))
    assert _dump(db_path) == before


def test_opening_read_only_a_file_that_does_not_exist_is_refused(tmp_path):
    with pytest.raises(StorageError, match="no such planning database"):
        PlanningDatabase.open(tmp_path / "missing.sqlite", read_only=True)
    assert not (tmp_path / "missing.sqlite").exists()


def _on_read_only_disk(protected: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a Python that sees ``protected`` (a file or a folder) on a read-only
    mount, which refuses even root; without the rights to mount, file modes do it for an
    ordinary user."""
    if shutil.which("unshare") and os.geteuid() == 0:
        script = f'mount --bind -o ro "{protected}" "{protected}" && exec "$0" -c "$1"'
        argv = ["unshare", "-m", "sh", "-c", script, sys.executable, code]
    elif os.geteuid() != 0:
        for path in (protected, *(protected.iterdir() if protected.is_dir() else ())):
            path.chmod(0o555 if path.is_dir() else 0o444)
        argv = [sys.executable, "-c", code]
    else:
        pytest.skip("running as root without unshare: nothing here can make a file read-only")
    return subprocess.run(
        argv,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_opens_read_only_for_listing_and_refuses_edits(tmp_path, what):
    path = tmp_path / "plan.sqlite"
    pdf = tmp_path.parent / f"{tmp_path.name}-2031.pdf"  # outside the read-only folder
    _with_meetings(path, "SG1-2027-1", "SG2-2027-1")
    before = _dump(path)
    try:
        result = _on_read_only_disk(
            path if what == "file" else tmp_path,
            "from scheduler_app.cli import main\n"
            f"print('list exit', main(['list', '--db', {str(path)!r}]))\n"
            f"print('check exit', main(['check', {str(path)!r}]))\n"
            f"print('print exit', main(['print', '--db', {str(path)!r}, '-o', {str(pdf)!r}, "
            "'--layout', 'year', '--year', '2031']))\n"
            "from scheduler_app.storage import PlanningDatabase\n"
            "from scheduler_app.services import editing\n"
            f"db = PlanningDatabase.open({str(path)!r})\n"
            "print('read only:', db.read_only)\n"
            "m = db.meetings()[0]\n"
            "try:\n"
            "    editing.update(db, m, m.replace(title='Changed'))\n"
            "except Exception as exc:\n"
            "    print('refused:', type(exc).__name__, exc)\n",
        )
    finally:
        for p in (tmp_path, *tmp_path.iterdir()):
            p.chmod(0o755 if p.is_dir() else 0o644)
    assert result.returncode == 0, result.stderr
    assert "SG1-2027-1" in result.stdout and "SG2-2027-1" in result.stdout
    assert "list exit 0" in result.stdout
    assert "check exit 0" in result.stdout and "Traceback" not in result.stderr
    assert "print exit 0" in result.stdout and pdf.stat().st_size > 0
    assert "read only: True" in result.stdout
    assert "refused: StorageError" in result.stdout and "read-only" in result.stdout
    assert _dump(path) == before


# --- full disk ------------------------------------------------------------------------------------


def _fill_disk(db: PlanningDatabase) -> None:
    """Make the file unable to grow: SQLite then fails exactly as on a full disk (SQLITE_FULL)."""
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages}")


def test_an_edit_on_a_full_disk_is_refused_in_plain_words_and_nothing_is_written(db_path):
    _with_meetings(db_path, "SG1-2027-1")
    with PlanningDatabase.open(db_path) as db:
        [m] = db.meetings()
        _fill_disk(db)
        big = [meeting(f"RG-{i}", "2027-04-01", notes="x" * 20_000) for i in range(20)]
        with pytest.raises(StorageError, match=r"cannot write: the disk is full; nothing was"):
            db.save_meetings(big)
        assert db.meetings() == [m]


def test_an_import_on_a_full_disk_is_refused_and_leaves_the_database_as_it_was(db_path, tmp_path):
    _with_meetings(db_path, "SG1-2027-1")
    rows = "".join(
        f"RG-{i},{'Title ' * 500},rapporteur-group,2027-05-0{1 + i % 9},2027-05-0{1 + i % 9}\n"
        for i in range(200)
    )
    source = tmp_path / "many.csv"
    source.write_text(f"{HEADER}\n{rows}", encoding="utf-8")
    before = _dump(db_path)
    with PlanningDatabase.open(db_path) as db:
        _fill_disk(db)
        with pytest.raises(StorageError, match="the disk is full"):
            import_file(db, source)
    assert _dump(db_path) == before


# --- empty files and interrupted copies -----------------------------------------------------------


def test_an_empty_file_is_not_made_into_a_database_by_a_command_that_only_reads(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    with pytest.raises(StorageError, match="an empty file, not a planning database"):
        PlanningDatabase.open(empty, create=False)
    assert empty.stat().st_size == 0


def test_a_copy_killed_before_its_rename_leaves_no_hidden_file_once_the_database_reopens(
    db_path, tmp_path
):
    _with_meetings(db_path, "SG1-2027-1")
    target = tmp_path / "out" / "copy.sqlite"
    target.parent.mkdir()
    code = (
        "import os, pathlib\n"
        "from scheduler_app.storage import PlanningDatabase\n"
        "def die(self, path, named):\n"
        "    path.write_bytes(b'half a copy')\n"
        "    os._exit(9)\n"
        "PlanningDatabase._copy_into = die\n"
        f"PlanningDatabase.open({str(db_path)!r}).save_copy(pathlib.Path({str(target)!r}))\n"
    )
    killed = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert killed.returncode == 9, killed.stderr
    assert [p.name for p in target.parent.iterdir()] == [".copy.sqlite.partial"]
    PlanningDatabase.open(db_path).close()
    assert list(target.parent.iterdir()) == []


def test_a_copy_does_not_carry_the_note_of_its_own_progress(db_path, tmp_path):
    _with_meetings(db_path, "SG1-2027-1")
    with PlanningDatabase.open(db_path) as db:
        db.save_copy(tmp_path / "copy.sqlite")
        assert db.get_meta("copy_in_progress") is None
    with PlanningDatabase.open(tmp_path / "copy.sqlite") as copy:
        assert copy.get_meta("copy_in_progress") is None
        assert [m.code for m in copy.meetings()] == ["SG1-2027-1"]


# --- imports and other writers --------------------------------------------------------------------


def test_an_import_checked_before_another_writer_edited_is_refused_not_written_over(
    db_path, tmp_path
):
    _with_meetings(db_path, "SG1-2027-1")
    source = tmp_path / "notes.csv"
    source.write_text(
        f"{HEADER},notes\nSG1-2027-1,Meeting SG1-2027-1,study-group,2027-03-01,2027-03-03,"
        "from the file\n",
        encoding="utf-8",
    )
    with PlanningDatabase.open(db_path) as db, PlanningDatabase.open(db_path) as other:
        preview = import_file(db, source, dry_run=True)  # the window's preview, waiting
        [m] = other.meetings()
        editing.update(other, m, m.replace(city="Kigali"))
        with pytest.raises(ImportConflict, match="SG1-2027-1 was changed or deleted by someone"):
            apply_import(db, preview)
        [stored] = db.meetings()
    assert (stored.city, stored.notes) == ("Kigali", "")


def test_an_import_of_some_columns_keeps_what_another_writer_put_in_the_others(db_path, tmp_path):
    _with_meetings(db_path, "SG1-2027-1")
    source = tmp_path / "notes.csv"
    source.write_text(
        f"{HEADER},notes\nSG1-2027-1,Meeting SG1-2027-1,study-group,2027-03-01,2027-03-03,"
        "from the file\n",
        encoding="utf-8",
    )
    with PlanningDatabase.open(db_path) as db, PlanningDatabase.open(db_path) as other:
        [m] = other.meetings()
        editing.update(other, m, m.replace(city="Kigali"))
        import_file(db, source)
        [stored] = db.meetings()
    assert (stored.city, stored.notes) == ("Kigali", "from the file")
    assert stored.sequence == 2


def test_an_addition_checked_before_another_writer_took_the_code_is_refused(db_path, tmp_path):
    with open_database(db_path, with_calendar=False):
        pass
    source = tmp_path / "new.csv"
    source.write_text(f"{HEADER}\nSG1-2027-1,SG1,study-group,2027-03-01,2027-03-03\n", "utf-8")
    with PlanningDatabase.open(db_path) as db, PlanningDatabase.open(db_path) as other:
        preview = import_file(db, source, dry_run=True)
        editing.create(other, meeting("SG1-2027-1", "2027-06-01"))
        with pytest.raises(ImportConflict, match="SG1-2027-1 was added by someone else"):
            apply_import(db, preview)
        assert [m.start.isoformat() for m in db.meetings()] == ["2027-06-01"]


def test_a_foreign_event_that_changes_a_meeting_raises_its_sequence_never_reuses_it(
    db_path, tmp_path
):
    _with_meetings(db_path, "SG1-2027-1")
    with PlanningDatabase.open(db_path) as db:
        [m] = db.meetings()
        for title in ("one", "two", "three"):
            m = editing.update(db, m, m.replace(title=title)).after[0]
        assert m.sequence == 3
        ics = tmp_path / "outlook.ics"
        ics.write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft//Outlook//EN\r\n"
            f"BEGIN:VEVENT\r\nUID:{m.id}@scheduler-app\r\nSEQUENCE:3\r\n"
            "SUMMARY:Moved in Outlook\r\nDTSTART;VALUE=DATE:20270308\r\n"
            "DTEND;VALUE=DATE:20270311\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            encoding="utf-8",
        )
        import_file(db, ics)
        [after] = db.meetings()
    assert (after.title, after.start.isoformat(), after.sequence) == (
        "Moved in Outlook",
        "2027-03-08",
        4,
    )


def test_a_meeting_put_back_after_its_deletion_is_no_longer_listed_as_deleted(db_path):
    _with_meetings(db_path, "SG1-2027-1", "SG2-2027-1")
    with PlanningDatabase.open(db_path) as db:
        gone = editing.delete(db, db.meetings())
        assert len(db.changed_since("2000-01-01")[1]) == 2
        editing.undo(db, gone)
        assert db.changed_since("2000-01-01")[1] == []
        assert db.deleted_sequences([m.id for m in gone.before]) == {}


def test_one_save_may_give_a_code_to_the_meeting_another_gives_it_up_to(db_path):
    _with_meetings(db_path, "PP-26", "TSAG-2026")
    with PlanningDatabase.open(db_path) as db:
        pp, tsag = sorted(db.meetings(), key=lambda m: m.code)
        db.save_meetings([tsag.replace(code="PP-26"), pp.replace(code="")])
        assert sorted(m.code for m in db.meetings()) == ["", "PP-26"]
        assert db.meeting(tsag.id).code == "PP-26"
