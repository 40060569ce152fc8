import json
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler_app import __version__
from scheduler_app.cli import COMMANDS, build_parser, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ref(tmp_path, capsys):
    path = tmp_path / "ref.sqlite"
    assert run(capsys, "init", "--db", str(path))[0] == 0
    return str(path)


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help(capsys, command):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0 and "usage: scheduler-app" in capsys.readouterr().out


def test_list_prints_a_table_of_the_reference_calendar(capsys, ref):
    code, out, _ = run(capsys, "list", "--db", ref, "--kind", "pp")
    assert code == 0
    assert (
        "29 Oct-16 Nov 2018  PP-18" in out
        and "9-27 Nov 2026" in out
        and out.rstrip().endswith("3 meetings")
    )


def test_list_json_is_keyed_by_the_csv_columns_plus_id(capsys, ref):
    code, out, _ = run(capsys, "list", "--db", ref, "--format", "json", "--from", "2027-01-01")
    records = json.loads(out)
    assert code == 0 and [r["code"] for r in records] == ["RA-27", "WRC-27", "WTDC-29"]
    wrc = records[1]
    assert wrc["start"] == "2027-10-11" and wrc["end"] == "2027-11-12" and wrc["kind"] == "wrc"
    assert wrc["decided_from"] == "2027-10-01" and wrc["participants"] is None and "id" in wrc
    from scheduler_app.interop.csvfile import COLUMNS

    assert set(wrc) == set(COLUMNS)


def test_list_filters_combine(capsys, ref):
    _, out, _ = run(
        capsys,
        "list",
        "--db",
        ref,
        "--format",
        "json",
        "--kind",
        "council",
        "council-extra",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--sector",
        "GS",
    )
    assert [r["code"] for r in json.loads(out)] == ["C26", "C26-LAST"]
    _, out, _ = run(capsys, "list", "--db", ref, "--format", "json", "--status", "tentative")
    assert [r["code"] for r in json.loads(out)] == ["RA-27", "WRC-27"]


def test_an_unknown_kind_is_refused_with_the_choices(capsys, ref):
    with pytest.raises(SystemExit) as info:
        main(["list", "--db", ref, "--kind", "summit"])
    assert info.value.code == 2 and "unknown kind 'summit'" in capsys.readouterr().err


def test_a_range_ending_before_it_starts_is_refused(capsys, ref):
    code, _, err = run(capsys, "list", "--db", ref, "--from", "2027-01-01", "--to", "2026-01-01")
    assert code == 2 and "--to 2026-01-01 is before --from 2027-01-01" in err


def test_import_of_a_bad_file_names_file_line_and_column_and_changes_nothing(capsys, ref, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,title,kind,start,end\nPP-30,PP,pp,2030-10-05,2030-10-23\n"
        "WTDC-30,WTDC,wtdc,2030-11-15,2030-11-04\n"
    )
    code, _, err = run(capsys, "import", str(bad), "--db", ref)
    assert code == 2
    assert f"{bad}:3: end: the meeting ends 2030-11-04 before it starts 2030-11-15" in err
    assert "nothing was imported" in err
    _, out, _ = run(capsys, "list", "--db", ref, "--format", "json", "--from", "2030-01-01")
    assert json.loads(out) == []


def test_import_dry_run_then_real_then_again(capsys, ref, tmp_path):
    good = tmp_path / "good.csv"
    good.write_text(
        "code,title,kind,start,end,city,country\nPP-30,PP,pp,2030-10-07,2030-10-25,Riyadh,SA\n"
    )
    assert "would add 1" in run(capsys, "import", str(good), "--db", ref, "--dry-run")[1]
    assert "added 1" in run(capsys, "import", str(good), "--db", ref)[1]
    assert "added 0, updated 0, 1 unchanged" in run(capsys, "import", str(good), "--db", ref)[1]


def test_export_then_import_into_an_empty_database_gives_the_same_meetings(capsys, ref, tmp_path):
    out_csv = tmp_path / "all.csv"
    code, out, _ = run(capsys, "export", "-o", str(out_csv), "--db", ref)
    assert code == 0 and "wrote 40 meetings" in out
    empty = tmp_path / "empty.sqlite"
    run(capsys, "init", "--db", str(empty), "--empty")
    assert "added 40" in run(capsys, "import", str(out_csv), "--db", str(empty))[1]
    a = json.loads(run(capsys, "list", "--db", ref, "--format", "json")[1])
    b = json.loads(run(capsys, "list", "--db", str(empty), "--format", "json")[1])
    assert a == b


def test_export_refuses_a_non_csv_name_and_a_missing_folder(capsys, ref, tmp_path):
    assert (
        "name the file .ics" in run(capsys, "export", "-o", str(tmp_path / "x.pdf"), "--db", ref)[2]
    )
    assert (
        "does not exist"
        in run(capsys, "export", "-o", str(tmp_path / "no" / "x.csv"), "--db", ref)[2]
    )


def test_demo_writes_the_requested_number_and_refuses_to_mix(capsys, tmp_path):
    db = str(tmp_path / "demo.sqlite")
    code, out, _ = run(capsys, "demo", "--meetings", "400", "--db", db)
    assert code == 0 and "wrote 400 meetings" in out
    assert len(json.loads(run(capsys, "list", "--db", db, "--format", "json")[1])) == 400
    code, _, err = run(capsys, "demo", "--meetings", "10", "--db", db)
    assert code == 2 and "already holds 400 meetings" in err


def test_a_corrupt_database_is_refused_with_its_name(capsys, tmp_path):
    bad = tmp_path / "broken.sqlite"
    bad.write_bytes(b"\x00garbage" * 500)
    code, _, err = run(capsys, "list", "--db", str(bad))
    assert code == 2 and "broken.sqlite" in err and "Traceback" not in err


def test_venues_are_listed_and_editable(capsys, ref):
    out = run(capsys, "venues", "--db", ref)[1]
    assert (
        "CICG (Geneva, CH)" in out
        and "Room 2: 496 seats" in out
        and "Popov Room: capacity unknown" in out
    )
    assert (
        "updated Popov Room"
        in run(
            capsys,
            "venues",
            "--db",
            ref,
            "--set-room",
            "ITU headquarters",
            "Popov Room",
            "--capacity",
            "500",
            "--source",
            "room plan",
        )[1]
    )
    assert "Popov Room: 500 seats" in run(capsys, "venues", "--db", ref)[1]
    assert (
        "added Room X"
        in run(
            capsys,
            "venues",
            "--db",
            ref,
            "--set-room",
            "Palexpo",
            "Room X",
            "--city",
            "Geneva",
            "--country",
            "ch",
        )[1]
    )
    assert "Palexpo (Geneva, CH)" in run(capsys, "venues", "--db", ref)[1]
    assert run(capsys, "venues", "--db", ref, "--remove-room", "Palexpo", "Room X")[0] == 0
    code, _, err = run(capsys, "venues", "--db", ref, "--remove-room", "Palexpo", "Room X")
    assert code == 2 and "no room" in err


def test_bodies_print_as_a_tree(capsys, ref):
    out = run(capsys, "bodies", "--db", ref)[1]
    assert "\n  ITU-D SG1 [D]" in out and "\n    RG-Q3/1 [D]" in out


def test_no_command_means_the_gui():
    args = build_parser().parse_args([])
    assert args.command is None and "gui" in COMMANDS


def test_the_installed_command_and_python_m_are_the_same(tmp_path):
    db = str(tmp_path / "x.sqlite")
    assert main(["init", "--empty", "--db", db]) == 0  # `list` reads; it makes no database
    script = Path(sys.executable).parent / "scheduler-app"  # the venv's console script
    for cmd in ([str(script)], [sys.executable, "-m", "scheduler_app"]):
        done = subprocess.run(
            [*cmd, "list", "--db", db], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0 and "0 meetings" in done.stdout, done.stderr


def test_headless_commands_never_load_qt(tmp_path):
    code = (
        "import sys; from scheduler_app.cli import main; "
        f"main(['list', '--db', {str(tmp_path / 'q.sqlite')!r}]); "
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, check=False).returncode
        == 0
    )


def test_ics_export_and_import_through_the_command_line(capsys, ref, tmp_path):
    out = tmp_path / "plan.ics"
    code, text, _ = run(
        capsys,
        "export",
        "-o",
        str(out),
        "--db",
        ref,
        "--kind",
        "pp",
        "--name",
        "PPs",
        "--observances",
        "--deadlines",
    )
    assert code == 0 and text.startswith("wrote 3 meetings (and ") and "religious periods" in text
    assert b"X-WR-CALNAME:PPs\r\n" in out.read_bytes()
    empty = str(tmp_path / "empty.sqlite")
    run(capsys, "init", "--db", empty, "--empty")
    code, text, _ = run(capsys, "import", str(out), "--db", empty, "--dry-run")
    assert (
        code == 0 and "would add 3" in text and "skipped: observance, holiday or deadline" in text
    )
    code, text, _ = run(capsys, "import", str(out), "--db", empty)
    assert code == 0 and "added 3" in text
    codes = [
        r["code"] for r in json.loads(run(capsys, "list", "--db", empty, "--format", "json")[1])
    ]
    assert codes == ["PP-18", "PP-22", "PP-26"]


def test_a_bad_ics_is_refused_with_line_and_uid(capsys, ref, tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
        "DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270301\r\nSUMMARY:X\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    code, _, err = run(capsys, "import", str(bad), "--db", ref)
    assert (
        code == 2
        and f"{bad}:7: UID u1: DTEND: the event ends" in err
        and "nothing was imported" in err
    )


def test_ics_only_options_are_refused_for_csv(capsys, ref, tmp_path):
    code, _, err = run(capsys, "export", "-o", str(tmp_path / "x.csv"), "--db", ref, "--deadlines")
    assert code == 2 and "--deadlines: only for an .ics export" in err


def test_licences_are_listed_with_the_lgpl_text(capsys):
    code, out, _ = run(capsys, "licences")
    assert code == 0 and "PySide6" in out and "LGPL-3.0" in out and "holidays" in out
    code, out, _ = run(capsys, "licences", "--text", "LGPL-3.0")
    assert code == 0 and "GNU LESSER GENERAL PUBLIC LICENSE" in out


def test_list_by_body_brings_the_groups_reporting_to_it(ref, capsys):
    code, out, _ = run(capsys, "list", "--db", ref, "--body", "council", "--format", "json")
    codes = {m["code"] for m in json.loads(out)}
    assert code == 0
    assert {"C26", "CWG-2026-01", "EG-ITRs-6"} <= codes  # the body, and what reports to it
    assert not codes & {"PP-26", "WRC-27"}


def test_copy_saves_a_snapshot_and_will_not_overwrite_unasked(ref, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "copy", "--db", ref, "-o", str(target))
    assert code == 0 and out.startswith("copied 40 meetings to")
    code, _, err = run(capsys, "copy", "--db", ref, "-o", str(target))
    assert code == 2 and "copy.sqlite exists; use --force to replace it" in err
    assert run(capsys, "copy", "--db", ref, "-o", str(target), "--force")[0] == 0
    code, _, err = run(capsys, "copy", "--db", ref, "-o", ref, "--force")
    assert code == 2 and "the open database itself" in err
    code, out, _ = run(capsys, "list", "--db", str(target), "--format", "json")
    assert len(json.loads(out)) == 40


def test_print_a_month_grid_and_refuse_an_unknown_overlay(qapp, ref, tmp_path, capsys):
    # qapp: the command would otherwise make a QGuiApplication, on which no later test could
    # make a widget
    pdf = tmp_path / "grid.pdf"
    code, out, _ = run(
        capsys, "print", "--db", ref, "--layout", "grid", "--from", "2026-11-01",
        "--overlays", "religious,holidays", "-o", str(pdf),
    )  # fmt: skip
    assert code == 0 and out == f"wrote 1 page to {pdf}\n" and pdf.stat().st_size > 1000
    code, _, err = run(
        capsys, "print", "--db", ref, "--layout", "year", "--overlays", "snow", "-o", str(pdf)
    )
    assert code == 2 and "--overlays: unknown overlay snow" in err


def test_copy_refuses_a_database_that_does_not_exist(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "copy", "--db", str(missing), "-o", str(tmp_path / "c.sqlite"))
    assert code == 2 and "no such database" in err and not missing.exists()


def test_a_mistyped_body_is_refused_rather_than_listing_nothing(ref, capsys):
    code, _, err = run(capsys, "list", "--db", ref, "--body", "Councel")
    assert code == 2 and "--body: no body named 'Councel' (see `scheduler-app bodies`)" in err
    code, out, _ = run(capsys, "list", "--db", ref, "--body", "eg-itrs", "--format", "json")
    assert code == 0 and {m["code"] for m in json.loads(out)} >= {"EG-ITRs-6"}
