"""The rule commands: check, rules, policy, observances, waive, unwaive."""

import json

import pytest

from scheduler_app.cli import main
from scheduler_app.rules import CATALOGUE_ORDER


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ref(tmp_path, capsys):
    path = tmp_path / "ref.sqlite"
    assert run(capsys, "init", "--db", str(path))[0] == 0
    return str(path)


def check_json(capsys, *argv):
    code, out, err = run(capsys, "check", *argv, "--format", "json")
    return code, json.loads(out) if out else None, err


def test_check_json_has_the_documented_shape_and_matches_reality(capsys, ref):
    code, report, _ = check_json(capsys, ref, "--as-of", "2026-11-22")
    assert code == 0 and set(report) == {"findings", "counts"}
    first = report["findings"][0]
    assert set(first) == {
        "rule",
        "severity",
        "message",
        "meetings",
        "citation",
        "waived",
        "details",
        "meeting_dates",
    }
    rules = {(f["rule"], tuple(f["meetings"])) for f in report["findings"]}
    assert ("R77-SAME-YEAR", ("WTSA-20", "WTDC-22", "PP-22")) in rules
    assert {m for r, m in rules if r == "R77-COUNCIL-JUNE-JULY"} == {("C22",), ("C26",)}
    assert report["counts"]["error"] == 0 and report["counts"]["warning"] == sum(
        1 for f in report["findings"] if f["severity"] == "warning" and not f["waived"]
    )


def test_check_can_run_chosen_rules_only(capsys, ref):
    _, report, _ = check_json(capsys, ref, "--rule", "R77-LAST-QUARTER")
    assert {f["rule"] for f in report["findings"]} == {"R77-LAST-QUARTER"}
    assert sorted(f["meetings"][0] for f in report["findings"]) == ["PP-22", "WTDC-22", "WTSA-20"]


def test_an_unknown_rule_is_bad_input(capsys, ref):
    code, _, err = run(capsys, "check", ref, "--rule", "R77-NOPE")
    assert code == 2 and "unknown rule 'R77-NOPE'" in err


def test_check_exits_1_on_an_unwaived_error_and_0_once_waived(capsys, tmp_path):
    csv = tmp_path / "plan.csv"
    csv.write_text(
        "code,title,kind,start,end,venue,room\n"
        "A,Workshop A,workshop,2027-03-01,2027-03-02,CICG,Room 2\n"
        "B,Workshop B,workshop,2027-03-02,2027-03-03,CICG,Room 2\n"
    )
    code, report, _ = check_json(capsys, str(csv))
    assert code == 1 and report["counts"]["error"] == 1
    assert report["findings"][0]["rule"] == "VENUE-ROOM-CLASH"
    db = str(tmp_path / "plan.sqlite")
    run(capsys, "import", str(csv), "--db", db)
    assert check_json(capsys, db)[0] == 1
    code, out, _ = run(
        capsys, "waive", "VENUE-ROOM-CLASH", "A", "B", "--reason", "shared set-up", "--db", db
    )
    assert code == 0 and "waived VENUE-ROOM-CLASH for A, B" in out
    code, report, _ = check_json(capsys, db)
    assert (
        code == 0
        and report["findings"][0]["waived"]
        and report["findings"][0]["waiver"] == "shared set-up"
    )
    assert run(capsys, "unwaive", "VENUE-ROOM-CLASH", "A", "B", "--db", db)[0] == 0
    assert check_json(capsys, db)[0] == 1


def test_waive_needs_known_codes_and_a_rule(capsys, ref):
    assert (
        "no meeting with code 'PP-99'"
        in run(capsys, "waive", "R77-GAP", "PP-99", "--reason", "x", "--db", ref)[2]
    )
    assert (
        "unknown rule" in run(capsys, "waive", "R77-NOPE", "PP-26", "--reason", "x", "--db", ref)[2]
    )


@pytest.fixture
def gap_year(tmp_path, capsys):
    """A database whose Council skips 2029: CV51-COUNCIL-ANNUAL finds a year, no meeting."""
    csv = tmp_path / "councils.csv"
    csv.write_text(
        "code,title,kind,start,end,city\n"
        "C28,Council 2028,council,2028-06-06,2028-06-16,Geneva\n"
        "C30,Council 2030,council,2030-06-04,2030-06-14,Geneva\n"
    )
    db = str(tmp_path / "councils.sqlite")
    assert run(capsys, "import", str(csv), "--db", db)[0] == 0
    return db


def annual(capsys, db):
    _, report, _ = check_json(capsys, db, "--rule", "CV51-COUNCIL-ANNUAL")
    return report["findings"]


def test_a_finding_that_names_no_meeting_is_waived_by_its_year(capsys, gap_year):
    [finding] = annual(capsys, gap_year)
    assert (finding["subject"], finding["meetings"], finding["waived"]) == ("2029", [], False)
    code, out, err = run(
        capsys,
        "waive",
        "CV51-COUNCIL-ANNUAL",
        "--year",
        "2029",
        "--reason",
        "no session in the PP year",
        "--db",
        gap_year,
    )
    assert (code, err) == (0, "")
    assert out == "waived CV51-COUNCIL-ANNUAL for 2029: no session in the PP year\n"
    [finding] = annual(capsys, gap_year)
    assert finding["waived"] and finding["waiver"] == "no session in the PP year"
    code, out, _ = run(capsys, "unwaive", "CV51-COUNCIL-ANNUAL", "--year", "2029", "--db", gap_year)
    assert code == 0 and out == "removed the waiver of CV51-COUNCIL-ANNUAL for 2029\n"
    assert [f["waived"] for f in annual(capsys, gap_year)] == [False]


def test_waiving_a_finding_that_does_not_exist_is_bad_input_and_writes_nothing(capsys, gap_year):
    for target in (["--year", "2031"], ["C28"], ["C28", "C30"]):
        code, out, err = run(
            capsys, "waive", "CV51-COUNCIL-ANNUAL", *target, "--reason", "x", "--db", gap_year
        )
        assert (code, out) == (2, "") and len(err.splitlines()) == 1
        assert "no current finding of CV51-COUNCIL-ANNUAL for" in err and "nothing was" in err
    assert (
        "for 2031"
        in run(
            capsys,
            "waive",
            "CV51-COUNCIL-ANNUAL",
            "--year",
            "2031",
            "--reason",
            "x",
            "--db",
            gap_year,
        )[2]
    )
    assert [f["waived"] for f in annual(capsys, gap_year)] == [False]


def test_unwaiving_what_was_never_waived_is_bad_input(capsys, gap_year):
    for target in (["--year", "2029"], ["C28"]):
        code, out, err = run(capsys, "unwaive", "CV51-COUNCIL-ANNUAL", *target, "--db", gap_year)
        assert (code, out) == (2, "") and len(err.splitlines()) == 1
        assert "no waiver of CV51-COUNCIL-ANNUAL for" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["C28", "--year", "2029"], "give meeting codes or --year, not both"),
        ([], "give the meeting codes of the finding, or --year"),
    ],
)
def test_a_waiver_names_meetings_or_a_year(capsys, gap_year, argv, message):
    for command, extra in (("waive", ["--reason", "x"]), ("unwaive", [])):
        code, _, err = run(capsys, command, "CV51-COUNCIL-ANNUAL", *argv, *extra, "--db", gap_year)
        assert code == 2 and message in err


def test_a_year_is_four_digits(capsys, gap_year):
    with pytest.raises(SystemExit) as exit_:
        main(["waive", "CV51-COUNCIL-ANNUAL", "--year", "29", "--reason", "x", "--db", gap_year])
    assert exit_.value.code == 2 and "'29' is not a year" in capsys.readouterr().err


def test_check_of_a_bad_csv_names_the_line(capsys, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("title,kind,start,end\nX,pp,2030-10-05,2030-10-01\n")
    code, _, err = run(capsys, "check", str(csv))
    assert code == 2 and f"{csv}:2: end:" in err


def test_check_of_a_missing_source_is_bad_input(capsys, tmp_path):
    code, _, err = run(capsys, "check", str(tmp_path / "nope.sqlite"))
    assert code == 2 and "no such planning database" in err


def test_text_output_ends_with_the_counts(capsys, ref):
    code, out, _ = run(capsys, "check", ref, "--as-of", "2026-11-22")
    assert code == 0 and out.rstrip().splitlines()[-1].startswith("0 error(s), 13 warning(s)")
    assert "WARNING  R77-SAME-YEAR: 3 conferences or assemblies in 2022" in out


def test_rules_lists_the_whole_catalogue_with_parameters(capsys, ref):
    code, out, _ = run(capsys, "rules", "--db", ref, "--format", "json")
    rules = json.loads(out)
    assert code == 0 and [r["id"] for r in rules] == list(CATALOGUE_ORDER)
    pp = next(r for r in rules if r["id"] == "R77-PP-DURATION")
    assert pp["parameters"] == {"max_days": 21} and pp["severity"] == "warning"
    assert "three weeks" in pp["quote"] and pp["rationale"]


def test_policy_changes_a_parameter_and_check_follows(capsys, ref):
    assert (
        run(
            capsys, "policy", "--db", ref, "--set", "R77-COUNCIL-JUNE-JULY", "tolerance_days", "40"
        )[0]
        == 0
    )
    _, report, _ = check_json(capsys, ref, "--rule", "R77-COUNCIL-JUNE-JULY")
    assert [f["meetings"] for f in report["findings"]] == [["C22"]]
    assert "tolerance_days = 40" in run(capsys, "policy", "--db", ref)[1]
    run(capsys, "policy", "--db", ref, "--reset", "R77-COUNCIL-JUNE-JULY")
    _, report, _ = check_json(capsys, ref, "--rule", "R77-COUNCIL-JUNE-JULY")
    assert len(report["findings"]) == 2


def test_policy_severity_and_enabled(capsys, ref):
    run(capsys, "policy", "--db", ref, "--set", "R77-LAST-QUARTER", "severity", "error")
    code, report, _ = check_json(capsys, ref, "--rule", "R77-LAST-QUARTER")
    assert code == 1 and {f["severity"] for f in report["findings"]} == {"error"}
    run(capsys, "policy", "--db", ref, "--set", "R77-LAST-QUARTER", "enabled", "false")
    code, report, _ = check_json(capsys, ref, "--rule", "R77-LAST-QUARTER")
    assert code == 0 and report["findings"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["R77-NOPE", "x", "1"], "unknown rule"),
        (["R77-GAP", "gap_days", "1"], "has no parameter 'gap_days'"),
        (["R77-GAP", "min_gap_days", "eight weeks"], "a whole number"),
        (["CV51-COUNCIL-ANNUAL", "years", "2020"], "[first year, last year]"),
        (["R111-RELIGIOUS", "kinds", '["summit"]'], "unknown summit"),
        (["HOLIDAY-VENUE", "subdivisions", '{"CH": "GE"}'], "a mapping like"),
        (["R77-COUNCIL-JUNE-JULY", "tolerance_days", "1e9"], "a whole number"),
        (["R111-RELIGIOUS", "observances", '["halloween"]'], "unknown halloween"),
        (["R77-GAP", "severity", "fatal"], "severity is one of"),
        (["R77-GAP", "enabled", "maybe"], "enabled is true or false"),
    ],
)
def test_policy_refuses_bad_values(capsys, ref, args, message):
    code, _, err = run(capsys, "policy", "--db", ref, "--set", *args)
    assert code == 2 and message in err


def test_observances_are_listed_with_provenance_and_can_be_corrected(capsys, ref):
    code, out, _ = run(
        capsys,
        "observances",
        "--db",
        ref,
        "--from",
        "2027-10-01",
        "--to",
        "2027-10-31",
        "--format",
        "json",
    )
    found = {(o["key"], o["variant"]): o for o in json.loads(out)}
    assert code == 0 and found[("yom-kippur", None)]["start"] == "2027-10-11"
    assert (
        found[("diwali", "India")]["start"] == "2027-10-29"
        and found[("diwali", "India")]["estimated"]
    )
    assert "pyluach" in found[("yom-kippur", None)]["provenance"]
    code, out, _ = run(
        capsys,
        "observances",
        "--db",
        ref,
        "--from",
        "2027-10-01",
        "--to",
        "2027-10-31",
        "--correct",
        "diwali",
        "2027-10-29",
        "2027-10-30",
        "2027-10-30",
        "--variant",
        "India",
    )
    assert code == 0 and "corrected Diwali (India)" in out
    out = run(
        capsys,
        "observances",
        "--db",
        ref,
        "--from",
        "2027-10-01",
        "--to",
        "2027-10-31",
        "--format",
        "json",
    )[1]
    diwali = next(o for o in json.loads(out) if o["key"] == "diwali" and o["variant"] == "India")
    assert diwali["start"] == "2027-10-30" and diwali["provenance"] == "edited by the planner"


def test_observances_need_a_sane_range(capsys, ref):
    code, _, err = run(
        capsys, "observances", "--db", ref, "--from", "2027-10-01", "--to", "2027-01-01"
    )
    assert code == 2 and "before --from" in err


def test_the_as_of_date_can_be_kept_in_the_policy(capsys, ref):
    assert (
        run(
            capsys, "policy", "--db", ref, "--set", "R77-COUNCIL-NEXT-THREE", "as_of", "2026-01-01"
        )[0]
        == 0
    )
    _, report, _ = check_json(capsys, ref, "--rule", "R77-COUNCIL-NEXT-THREE")
    assert [f["message"][:45] for f in report["findings"]] == [
        "No ordinary Council session scheduled for 202" for _ in range(2)
    ]
    assert "2027" in report["findings"][0]["message"] and "2028" in report["findings"][1]["message"]
    code, _, err = run(
        capsys, "policy", "--db", ref, "--set", "R77-COUNCIL-NEXT-THREE", "as_of", "soon"
    )
    assert code == 2 and "not a date" in err


def test_a_bad_setting_written_behind_the_planners_back_is_a_clear_error(capsys, ref):
    import sqlite3

    conn = sqlite3.connect(ref)
    conn.execute("INSERT INTO policy VALUES ('CV51-COUNCIL-ANNUAL', 'years', '2020')")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "check", ref)
    assert code == 2 and "policy --reset" in err and "Traceback" not in err


def test_resetting_a_setting_that_is_not_set_says_so(capsys, ref):
    code, _, err = run(capsys, "policy", "--db", ref, "--reset", "R77-GAP", "nosuch")
    assert code == 2 and "no setting 'nosuch'" in err


def test_an_observance_correction_moves_it_by_days_not_years(capsys, ref):
    code, _, err = run(
        capsys,
        "observances",
        "--db",
        ref,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--correct",
        "christmas",
        "2026-12-24",
        "2020-12-24",
        "2035-12-26",
    )
    assert code == 2 and "a correction moves it by days" in err
