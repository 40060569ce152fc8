"""The planning assistant (issue 13, part 3): templates placed by CP-SAT, checked by the rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.services.checking import check_meetings, checker_for_database
from scheduler_app.services.planner import open_database
from scheduler_app.services.planning import parse_within, plan, read_template
from scheduler_app.services.planning.template import parse_template
from tests.services.study_period import write_template

HEADER = "code,title,kind,sector,body,parent,start,end,city,country,venue,room,days,within\n"
HQ = "Geneva,CH,ITU headquarters"
# June 2027 is free of the religious periods PP Res. 111 names and of Geneva's holidays.
SMALL = HEADER + (
    f"SG1-A,ITU-D Study Group 1,study-group,D,ITU-D SG1,TDAG,2027-06-07,2027-06-11,{HQ},Popov,,\n"
    f"SG2-A,ITU-D Study Group 2,study-group,D,ITU-D SG2,TDAG,,,{HQ},Popov,5,2027-06-07..2027-06-18\n"
    f"RG1,Rapporteur group Q1/1,rapporteur-group,D,RG-Q1/1,ITU-D SG1,,,{HQ},K,3,2027-06-07..2027-06-11\n"
    f"RG2,Rapporteur group Q2/1,rapporteur-group,D,RG-Q2/1,ITU-D SG1,,,{HQ},L,2,2027-06-07..2027-06-09\n"
)


def _template(text: str) -> object:
    return parse_template(text.encode(), "template.csv")


def test_within_takes_a_year_a_quarter_a_month_or_two_dates() -> None:
    assert (parse_within("2035").first, parse_within("2035").last) == (
        dt.date(2035, 1, 1),
        dt.date(2035, 12, 31),
    )
    assert parse_within("2035-Q4").first == dt.date(2035, 10, 1)
    assert parse_within("2035-10").last == dt.date(2035, 10, 31)
    assert parse_within("2035-03-01..2035-06-30").last == dt.date(2035, 6, 30)


def test_a_row_with_dates_and_days_is_refused_with_its_line() -> None:
    bad = (
        HEADER + f"X,Study group,study-group,D,ITU-D SG1,TDAG,2027-06-07,2027-06-11,{HQ},,5,2027\n"
    )
    with pytest.raises(CsvFormatError) as caught:
        parse_template(bad.encode(), "t.csv")
    [problem] = caught.value.problems
    assert problem.line == 2 and "not both" in problem.problem


def test_days_longer_than_the_period_are_refused() -> None:
    bad = HEADER + f"X,Study group,study-group,D,ITU-D SG1,TDAG,,,{HQ},,40,2027-06\n"
    with pytest.raises(CsvFormatError, match="do not fit within 2027-06"):
        parse_template(bad.encode(), "t.csv")


def test_a_small_template_has_its_unique_solution_found() -> None:
    # SG2 shares the Popov Room with SG1's fixed week, so it takes the next one; RG2 (Mon-Wed)
    # and RG1 (3 days) never in parallel: only RG2 on Monday-Tuesday leaves RG1 Wednesday-Friday.
    result = plan(parse_template(SMALL.encode(), "t.csv"))
    got = {m.code: (m.start.isoformat(), m.end.isoformat()) for m in result.placed}
    assert got == {
        "SG2-A": ("2027-06-14", "2027-06-18"),
        "RG2": ("2027-06-07", "2027-06-08"),
        "RG1": ("2027-06-09", "2027-06-11"),
    }
    assert result.status == "optimal" and result.findings == [] and not result.has_errors


def test_the_result_is_what_the_rules_engine_says_of_it() -> None:
    result = plan(parse_template(SMALL.encode(), "t.csv"))
    again = check_meetings(result.meetings).findings
    assert [(f.rule_id, f.meeting_codes) for f in again] == [
        (f.rule_id, f.meeting_codes) for f in result.findings
    ]


def test_an_impossible_template_names_the_constraints_that_conflict() -> None:
    # two 3-day rapporteur groups of one study group in one working week
    text = SMALL.replace("L,2,2027-06-07..2027-06-09", "L,3,2027-06-07..2027-06-11")
    result = plan(parse_template(text.encode(), "t.csv"))
    assert result.status == "infeasible" and result.has_errors
    [conflict] = result.conflicts
    assert conflict.rule_id == "WTDC1-RG-PARALLEL"
    assert set(conflict.meetings) == {"RG1", "RG2"}
    assert "ITU-D SG1" in conflict.text() and "3 days within" in conflict.text()


def test_a_meeting_every_start_of_which_breaks_an_error_rule_is_explained() -> None:
    # the Popov Room is taken for the whole of SG2's period
    text = SMALL.replace("5,2027-06-07..2027-06-18", "5,2027-06-07..2027-06-11")
    result = plan(parse_template(text.encode(), "t.csv"))
    assert result.status == "infeasible"
    assert {c.rule_id for c in result.conflicts} == {"VENUE-ROOM-CLASH"}
    assert "SG2-A" in result.conflicts[0].text()


def test_warnings_are_avoided_where_a_free_start_exists() -> None:
    # March 2027: Ramadan until 8 March and Eid al-Fitr 9-11 March; the clean week is 15-19
    text = HEADER + f"SG1-B,ITU-D Study Group 1,study-group,D,ITU-D SG1,TDAG,,,{HQ},,5,2027-03\n"
    [m] = plan(parse_template(text.encode(), "t.csv")).placed
    assert m.start >= dt.date(2027, 3, 12) and m.start.weekday() == 0


def test_the_same_seed_gives_the_same_plan(tmp_path: Path) -> None:
    path = tmp_path / "study.csv"
    write_template(path)
    text = path.read_text().replace("2026,2027,2028", "")
    lines = [line for line in text.splitlines() if "-2026" in line or line.startswith("code")]
    template = "\n".join(lines) + "\n"
    one = plan(parse_template(template.encode(), "t.csv"), seed=7)
    two = plan(parse_template(template.encode(), "t.csv"), seed=7)
    assert [(m.code, m.start) for m in one.placed] == [(m.code, m.start) for m in two.placed]


@pytest.mark.slow
def test_the_study_period_template_comes_out_clean(tmp_path: Path) -> None:
    path = tmp_path / "study.csv"
    assert write_template(path) > 100
    with open_database(tmp_path / "base.sqlite", with_calendar=True) as db:
        base = db.meetings()
        template = read_template(path)
        checker = checker_for_database(db, meetings=[*base, *(r.meeting for r in template.rows)])
    result = plan(template, base, context=checker.calendar.context, policy=checker.policy)
    assert result.solved and len(result.placed) == len(template.to_place)
    assert result.counts == {"error": 0, "warning": 0, "info": 0}, [
        f.message for f in result.findings
    ]


def test_a_plan_that_fails_half_way_leaves_the_existing_output_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 13 (review): write_plan unlinked the old output before the new one was made."""
    from scheduler_app.services import importing
    from scheduler_app.services.planning.output import write_plan

    template = parse_template(SMALL.encode(), "t.csv")
    result = plan(template)
    out = tmp_path / "plan.sqlite"
    write_plan(out, result, template, "t.csv")
    before = out.read_bytes()

    def broken(*_args: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importing, "apply_import", broken)
    with pytest.raises(RuntimeError):
        write_plan(out, result, template, "t.csv")
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.sqlite"]  # no work file left beside
    monkeypatch.undo()
    with open_database(out, create=False) as db:
        assert db.meeting_by_code("RG1") is not None


def test_a_row_whose_days_fail_is_not_also_said_to_have_no_start() -> None:
    """Issue 13 (review): the row got a second, wrong problem, "start: is empty"."""
    text = "code,title,kind,days,within\nX1,Thing,study-group,0,2027\nX2,T,bogus,3,2027\n"
    with pytest.raises(CsvFormatError) as raised:
        parse_template(text.encode(), "t.csv")
    assert [(p.line, p.column) for p in raised.value.problems] == [(2, "days"), (3, "kind")]
