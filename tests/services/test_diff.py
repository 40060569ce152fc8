"""``diff``: meetings added, removed and moved, findings gained and lost (issue 13, part 4)."""

from __future__ import annotations

from pathlib import Path

from scheduler_app.interop.csvfile import write_meetings
from scheduler_app.services.diff import diff, diff_files, load_side
from scheduler_app.services.planning import plan, read_template
from tests.services.test_planning import SMALL

HEADER = "code,title,kind,sector,body,parent,start,end,city,country\n"
A = HEADER + (
    "C27,Council 2027,council,GS,Council,PP,2027-06-07,2027-06-17,Geneva,CH\n"
    "SG1-27,ITU-D Study Group 1,study-group,D,ITU-D SG1,TDAG,2027-09-06,2027-09-10,Geneva,CH\n"
    "SG2-27,ITU-D Study Group 2,study-group,D,ITU-D SG2,TDAG,2027-09-13,2027-09-17,Geneva,CH\n"
)
# Council moves into March (outside June-July), SG2 goes, SG1 stays, TDAG comes
B = HEADER + (
    "C27,Council 2027,council,GS,Council,PP,2027-03-01,2027-03-11,Geneva,CH\n"
    "SG1-27,ITU-D Study Group 1,study-group,D,ITU-D SG1,TDAG,2027-09-06,2027-09-10,Geneva,CH\n"
    "TDAG-27,TDAG 2027,advisory-group,D,TDAG,WTDC,2027-05-03,2027-05-06,Geneva,CH\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_added_removed_and_moved_meetings_with_old_and_new_dates(tmp_path: Path) -> None:
    d = diff_files(_write(tmp_path, "a.csv", A), _write(tmp_path, "b.csv", B))
    assert [m.code for m in d.added] == ["TDAG-27"]
    assert [m.code for m in d.removed] == ["SG2-27"]
    [moved] = d.moved
    assert (moved.label, moved.old, moved.new) == ("C27", "7-17 Jun 2027", "1-11 Mar 2027")


def test_findings_gained_and_lost(tmp_path: Path) -> None:
    d = diff_files(_write(tmp_path, "a.csv", A), _write(tmp_path, "b.csv", B))
    gained = {f.rule_id for f in d.gained}
    assert "R77-COUNCIL-JUNE-JULY" in gained
    assert all(f.rule_id != "R77-COUNCIL-JUNE-JULY" for f in d.lost)
    back = diff_files(_write(tmp_path, "b2.csv", B), _write(tmp_path, "a2.csv", A))
    assert "R77-COUNCIL-JUNE-JULY" in {f.rule_id for f in back.lost}


def test_a_calendar_against_itself_has_no_change(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.csv", A)
    side = load_side(path)
    d = diff(side, side)
    assert d.empty and d.as_text().endswith("no change")


def test_the_diff_of_a_plan_against_its_template_lists_exactly_the_placed_meetings(
    tmp_path: Path,
) -> None:
    template_path = _write(tmp_path, "template.csv", SMALL)
    result = plan(read_template(template_path))
    write_meetings(tmp_path / "plan.csv", result.meetings)
    d = diff_files(template_path, tmp_path / "plan.csv")
    assert (
        {mv.label for mv in d.moved} == {m.code for m in result.placed} == {"SG2-A", "RG1", "RG2"}
    )
    assert d.added == [] and d.removed == []
    assert all("days within" in mv.old for mv in d.moved)
    as_json = d.as_json()
    assert {m["code"] for m in as_json["moved"]} == {"SG2-A", "RG1", "RG2"}


def test_a_folder_is_named_as_a_folder_not_as_a_missing_file(tmp_path: Path) -> None:
    """Issue 13 (review): ``diff t.sqlite /tmp`` said "/tmp: no such file"."""
    import pytest

    from scheduler_app.services.diff import side_problem
    from scheduler_app.storage import StorageError

    folder = tmp_path / "plans.sqlite"
    folder.mkdir()
    for path in (tmp_path, folder):
        assert side_problem(path) == f"{path} is a folder, not a planning database or CSV file"
        with pytest.raises(StorageError, match="is a folder"):
            load_side(path)
    assert side_problem(tmp_path / "missing.csv") == f"{tmp_path / 'missing.csv'}: no such file"
    assert side_problem(_write(tmp_path, "a.csv", A)) == ""
