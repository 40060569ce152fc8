"""Writing output files from the command line (issue 16, items 6 and 11): every output is the old
file or the whole new one, every OS error is one line naming the path, an existing file is
replaced only with --force, and the reading commands never make a database of a stray file."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

import pytest

from scheduler_app.cli import main
from scheduler_app.interop import atomic
from scheduler_app.interop.atomic import OutputError, replacing_text, write_bytes

OLD = b"the old file, which must survive\r\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def ref(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ref") / "ref.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    return str(path)


@pytest.fixture
def full_disk(monkeypatch):
    """The temporary file beside the target is real, but its descriptor writes to /dev/full: the
    kernel answers ENOSPC, as on a full disk, through the whole Python I/O stack."""
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full (Linux)")
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def export_args(ref: str, target: Path, *extra: str) -> list[str]:
    return ["export", "--db", ref, "-o", str(target), *extra]


def print_args(ref: str, target: Path, *extra: str) -> list[str]:
    return ["print", "--layout", "year", "--year", "2027", "--db", ref, "-o", str(target), *extra]


# --- full disk -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan.csv", "plan.ics"])
def test_export_on_a_full_disk_leaves_the_old_file_and_says_so_in_one_line(
    capsys, ref, tmp_path, full_disk, name
):
    target = tmp_path / name
    target.write_bytes(OLD)
    code, out, err = run(capsys, *export_args(ref, target, "--force"))
    assert code == 2 and out == ""
    assert err == f"scheduler-app export: {target}: cannot write: No space left on device\n"
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_print_on_a_full_disk_fails_instead_of_reporting_pages(
    capsys, qapp, ref, tmp_path, full_disk
):
    target = tmp_path / "year.pdf"
    target.write_bytes(OLD)
    code, out, err = run(capsys, *print_args(ref, target, "--force"))
    assert code == 2 and "wrote" not in out
    assert err == f"scheduler-app print: {target}: cannot write: No space left on device\n"
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_a_disk_that_fills_only_at_fsync_still_keeps_the_old_file(
    capsys, ref, tmp_path, monkeypatch
):
    def fsync(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    target = tmp_path / "plan.csv"
    target.write_bytes(OLD)
    code, _, err = run(capsys, *export_args(ref, target, "--force"))
    assert code == 2 and "No space left on device" in err and err.count("\n") == 1
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_a_pdf_writer_that_produces_nothing_whole_is_an_error(qapp, tmp_path, monkeypatch):
    from scheduler_app.printing import render
    from scheduler_app.printing.page import Page

    monkeypatch.setattr(render, "render", lambda pages, *_: len(pages))  # draws nothing
    target = tmp_path / "x.pdf"
    target.write_bytes(OLD)
    with pytest.raises(OSError, match="did not produce a whole file"):
        render.write_pdf([Page(210, 297, [])], target)
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_the_pdf_written_is_whole(capsys, qapp, ref, tmp_path):
    target = tmp_path / "year.pdf"
    code, out, _ = run(capsys, *print_args(ref, target))
    data = target.read_bytes()
    assert code == 0 and out.startswith("wrote ") and data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF") and leftovers(tmp_path) == []


# --- folders -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["out.csv", "out.ics"])
def test_export_to_a_folder_is_refused_in_one_line(capsys, ref, tmp_path, name):
    (tmp_path / name).mkdir()
    code, _, err = run(capsys, *export_args(ref, tmp_path / name, "--force"))
    assert (
        code == 2
        and err == f"scheduler-app export: {tmp_path / name} is a folder; name a file in it\n"
    )
    assert leftovers(tmp_path) == []


def test_print_to_a_folder_is_refused_in_one_line(capsys, ref, tmp_path):
    (tmp_path / "out.pdf").mkdir()
    code, _, err = run(capsys, *print_args(ref, tmp_path / "out.pdf"))
    assert code == 2 and "is a folder" in err and err.count("\n") == 1


@pytest.mark.parametrize("command", ["export", "print"])
def test_output_to_a_missing_folder_is_refused(capsys, ref, tmp_path, command):
    target = tmp_path / "nowhere" / ("x.csv" if command == "export" else "x.pdf")
    args = export_args if command == "export" else print_args
    code, _, err = run(capsys, *args(ref, target))
    assert code == 2 and f"folder {target.parent} does not exist" in err
    assert not target.parent.exists()


def test_a_read_only_folder_is_one_line_naming_the_file(capsys, ref, tmp_path, monkeypatch):
    def mkstemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), kwargs.get("dir"))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    target = tmp_path / "plan.ics"
    code, _, err = run(capsys, *export_args(ref, target))
    assert code == 2 and err == f"scheduler-app export: {target}: cannot write: Permission denied\n"
    assert not target.exists()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root writes into a folder whatever its mode; the monkeypatched test above stands in",
)
def test_a_really_read_only_folder_is_one_line(capsys, ref, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "plan.csv").write_bytes(OLD)
    folder.chmod(0o555)
    try:
        code, _, err = run(capsys, *export_args(ref, folder / "plan.csv", "--force"))
    finally:
        folder.chmod(0o755)
    assert code == 2 and "Permission denied" in err and err.count("\n") == 1
    assert (folder / "plan.csv").read_bytes() == OLD and leftovers(folder) == []


# --- the atomic writer on its own ----------------------------------------------------------------


def test_a_folder_that_is_really_a_file_is_an_output_error_naming_the_target(tmp_path):
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "out.csv"
    with pytest.raises(OutputError) as info:
        write_bytes(target, b"new")
    assert str(info.value).startswith(f"{target}: cannot write: ")
    assert info.value.errno == errno.ENOTDIR and isinstance(info.value, OSError)


def test_an_error_in_the_middle_of_writing_removes_the_temporary_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    with pytest.raises(OutputError), replacing_text(target) as handle:
        handle.write("half")
        raise OSError(errno.EIO, "Input/output error")
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


def test_a_written_file_has_an_ordinary_mode(tmp_path):
    target = tmp_path / "out.csv"
    write_bytes(target, b"new")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o666 & ~umask


# --- overwriting asks ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan.csv", "plan.ics"])
def test_export_over_an_existing_file_needs_force(capsys, ref, tmp_path, name):
    target = tmp_path / name
    target.write_bytes(OLD)
    code, out, err = run(capsys, *export_args(ref, target))
    assert code == 2 and out == ""
    assert err == f"scheduler-app export: {target} exists; use --force to replace it\n"
    assert target.read_bytes() == OLD
    code, out, _ = run(capsys, *export_args(ref, target, "--force"))
    assert code == 0 and out.startswith("wrote ") and target.read_bytes() != OLD


def test_print_over_an_existing_file_needs_force(capsys, qapp, ref, tmp_path):
    target = tmp_path / "year.pdf"
    target.write_bytes(OLD)
    code, _, err = run(capsys, *print_args(ref, target))
    assert code == 2 and err == f"scheduler-app print: {target} exists; use --force to replace it\n"
    assert target.read_bytes() == OLD
    assert run(capsys, *print_args(ref, target, "--force"))[0] == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_copy_words_its_refusal_the_same_way(capsys, ref, tmp_path):
    target = tmp_path / "copy.sqlite"
    target.write_bytes(OLD)
    code, _, err = run(capsys, "copy", "--db", ref, "-o", str(target))
    assert code == 2 and err == f"scheduler-app copy: {target} exists; use --force to replace it\n"


# --- reading commands never make a database ------------------------------------------------------


def _reading(command: str, db: Path, tmp_path: Path) -> list[str]:
    return {
        "list": ["list", "--db", str(db)],
        "check": ["check", str(db)],
        "export": ["export", "--db", str(db), "-o", str(tmp_path / "out.ics")],
        "print": ["print", "--layout", "list", "--db", str(db), "-o", str(tmp_path / "out.pdf")],
    }[command]


@pytest.mark.parametrize("command", ["list", "check", "export", "print"])
def test_a_reading_command_refuses_an_empty_file_and_leaves_it_empty(capsys, tmp_path, command):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, _, err = run(capsys, *_reading(command, empty, tmp_path))
    assert code == 2 and "empty file, not a planning database" in err and err.count("\n") == 1
    assert empty.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


@pytest.mark.parametrize("command", ["list", "check", "export", "print"])
def test_a_reading_command_does_not_create_a_missing_database(capsys, tmp_path, command):
    missing = tmp_path / "missing.sqlite"
    code, _, err = run(capsys, *_reading(command, missing, tmp_path))
    assert code == 2 and "no such planning database" in err
    assert list(tmp_path.iterdir()) == []
