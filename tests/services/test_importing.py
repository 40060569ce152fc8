import datetime as dt

import pytest

from scheduler_app.interop.csvfile import CsvFormatError, write_meetings
from scheduler_app.services.importing import import_csv
from tests.helpers import meeting

HEADER = "code,title,kind,start,end,body,parent,venue,room,city,country"


def write(tmp_path, text: str, name: str = "in.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_row_imports_nothing(empty_db, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n"
        "WTDC-30,WTDC,wtdc,2030-11-15,2030-11-04,,,,,,\n",
    )
    with pytest.raises(CsvFormatError) as info:
        import_csv(empty_db, path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:3: end: the meeting ends 2030-11-04 before it starts 2030-11-15"
    ]
    assert empty_db.count_meetings() == 0


def test_reimporting_the_same_rows_updates_and_never_duplicates(empty_db, tmp_path):
    path = write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n")
    first = import_csv(empty_db, path)
    again = import_csv(empty_db, path)
    assert (len(first.added), len(again.added), len(again.unchanged)) == (1, 0, 1)
    [stored] = empty_db.meetings()
    assert stored.sequence == 0
    write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-14,2030-11-01,,,,,Doha,QA\n")
    moved = import_csv(empty_db, path)
    [stored] = empty_db.meetings()
    assert len(moved.updated) == 1 and stored.start == dt.date(2030, 10, 14)
    assert stored.sequence == 1 and stored.id == first.added[0].id


def test_rows_match_by_id_when_they_have_no_code(empty_db, tmp_path):
    m = meeting("")
    empty_db.save_meetings([m])
    path = tmp_path / "by-id.csv"
    write_meetings(path, [m.replace(title="Renamed")])
    report = import_csv(empty_db, path)
    assert len(report.updated) == 1 and empty_db.meetings()[0].title == "Renamed"


def test_rows_without_code_or_id_match_on_title_kind_and_dates(empty_db, tmp_path):
    path = write(tmp_path, "title,kind,start,end\nWSIS Forum,forum,2027-05-10,2027-05-14\n")
    import_csv(empty_db, path)
    import_csv(empty_db, path)
    assert empty_db.count_meetings() == 1


def test_a_code_and_an_id_that_disagree_are_refused(empty_db, tmp_path):
    empty_db.save_meetings([meeting("PP-30", kind="pp")])
    other = meeting("PP-30", kind="pp", id="00000000-0000-4000-8000-000000000001")
    path = tmp_path / "clash.csv"
    write_meetings(path, [other])
    with pytest.raises(CsvFormatError, match="belongs to stored meeting"):
        import_csv(empty_db, path)


def test_a_dry_run_reports_and_writes_nothing(empty_db, tmp_path):
    path = write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n")
    report = import_csv(empty_db, path, dry_run=True)
    assert len(report.added) == 1 and "would add 1" in report.summary()
    assert empty_db.count_meetings() == 0


def test_unknown_bodies_venues_and_rooms_are_created_with_the_meeting(empty_db, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\nRG-Q9/9-1,RG,rapporteur-group,2027-03-01,2027-03-01,"
        "RG-Q9/9,ITU-D SG9,Varembé,Room 7,Geneva,CH\n",
    )
    report = import_csv(empty_db, path)
    assert [b.code for b in report.new_bodies] == ["ITU-D SG9", "RG-Q9/9"]
    bodies = {b.code: b for b in empty_db.bodies()}
    assert bodies["RG-Q9/9"].parent == "ITU-D SG9"
    assert {r.name for r in empty_db.rooms("Varembé")} == {"Room 7"}
    assert report.new_venues[0].country == "CH"


def test_a_file_with_some_columns_changes_only_those(reference_db, tmp_path):
    path = write(
        tmp_path,
        "code,title,kind,start,end,notes\n"
        "WTSA-20,World Telecommunication Standardization Assembly (WTSA-20),wtsa,"
        "2022-03-01,2022-03-09,changed note\n",
    )
    report = import_csv(reference_db, path)
    wtsa = reference_db.meeting_by_code("WTSA-20")
    assert len(report.updated) == 1 and wtsa.notes == "changed note"
    assert (wtsa.nominal_year, wtsa.status.value, wtsa.city, wtsa.body) == (
        2020,
        "held",
        "Geneva",
        "WTSA",
    )
    assert wtsa.source.startswith("https://www.itu.int/")


def test_two_rows_without_code_for_the_same_meeting_are_refused(empty_db, tmp_path):
    path = write(
        tmp_path,
        "title,kind,start,end\nB,other,2027-01-01,2027-01-02\nB,other,2027-01-01,2027-01-02\n",
    )
    with pytest.raises(CsvFormatError, match="same title, kind and dates as line 2"):
        import_csv(empty_db, path)


def test_names_that_differ_only_in_case_use_the_stored_spelling(reference_db, tmp_path):
    path = write(
        tmp_path,
        "code,title,kind,start,end,sector,body,parent,venue,room\n"
        "RG-A,Q1/1,rapporteur-group,2027-03-01,2027-03-01,D,rg-q1/1,itu-d sg1,cicg,room 2\n"
        "RG-B,Q3/1,rapporteur-group,2027-03-01,2027-03-01,D,RG-Q3/1,ITU-D SG1,CICG,Room 2\n",
    )
    report = import_csv(reference_db, path)
    assert report.new_bodies == [] and report.new_venues == [] and report.new_rooms == []
    a = reference_db.meeting_by_code("RG-A")
    assert (a.body, a.parent, a.venue, a.room) == ("RG-Q1/1", "ITU-D SG1", "CICG", "Room 2")
    from scheduler_app.services.checking import check_database

    rules = {f.rule_id for f in check_database(reference_db).findings}
    assert {"WTDC1-RG-PARALLEL", "VENUE-ROOM-CLASH"} <= rules


def test_skipped_events_are_counted_by_reason_commonest_first():
    from scheduler_app.services.importing import ImportReport

    report = ImportReport("x.ics", skipped=["observance", "line 9 outside any event", "observance"])
    assert report.skip_reasons() == [("observance", 2), ("line 9 outside any event", 1)]
    assert report.summary() == "x.ics: added 0, updated 0, 0 unchanged, 3 skipped"
