"""The import preview's rows: what each meeting to add or update would become, field by field."""

import dataclasses
import datetime as dt

from scheduler_app.domain import DecidedPeriod, Meeting, MeetingKind, Precision, Sector
from scheduler_app.services.import_changes import (
    COMPARED_FIELDS,
    NONE,
    NOT_COMPARED,
    FieldChange,
    field_changes,
    import_changes,
)
from scheduler_app.services.importing import ImportReport, import_csv, import_ics
from tests.helpers import meeting

HEADER = "code,title,kind,start,end,body,parent,venue,room,city,country"


def write(tmp_path, text: str, name: str = "in.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_meeting_field_is_compared_once_but_bookkeeping():
    names = {f.name for f in dataclasses.fields(Meeting)}
    assert names == COMPARED_FIELDS | NOT_COMPARED
    assert not COMPARED_FIELDS & NOT_COMPARED


def test_a_moved_meeting_shows_its_dates_as_planners_write_them(empty_db, tmp_path):
    path = write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n")
    import_csv(empty_db, path)
    write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-14,2030-11-01,,,,,Doha,QA\n")
    changes = import_changes(import_csv(empty_db, path, dry_run=True))
    [row] = changes.updated
    assert (row.code, row.title, row.dates) == ("PP-30", "PP", "14 Oct-1 Nov 2030")
    assert row.changes == (FieldChange("Dates", "7-25 Oct 2030", "14 Oct-1 Nov 2030"),)
    assert changes.added == () and changes.unchanged == 0


def test_a_changed_title_and_city_are_two_rows_in_the_dialog_order(empty_db, tmp_path):
    path = write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n")
    import_csv(empty_db, path)
    write(tmp_path, f"{HEADER}\nPP-30,Plenipotentiary,pp,2030-10-07,2030-10-25,,,,,Lusail,QA\n")
    [row] = import_changes(import_csv(empty_db, path, dry_run=True)).updated
    assert row.changes == (
        FieldChange("Title", "PP", "Plenipotentiary"),
        FieldChange("City", "Doha", "Lusail"),
    )


def test_added_meetings_are_listed_in_date_order_with_code_title_and_dates(empty_db, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\nWTDC-30,WTDC,wtdc,2030-11-04,2030-11-15,,,,,,\n"
        "PP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n",
    )
    changes = import_changes(import_csv(empty_db, path, dry_run=True))
    assert [(r.code, r.title, r.dates, r.changes) for r in changes.added] == [
        ("PP-30", "PP", "7-25 Oct 2030", ()),
        ("WTDC-30", "WTDC", "4-15 Nov 2030", ()),
    ]
    assert changes.writes_anything


def test_an_unchanged_file_writes_nothing_and_counts_the_meetings(empty_db, tmp_path):
    path = write(tmp_path, f"{HEADER}\nPP-30,PP,pp,2030-10-07,2030-10-25,,,,,Doha,QA\n")
    import_csv(empty_db, path)
    changes = import_changes(import_csv(empty_db, path, dry_run=True))
    assert changes.unchanged == 1 and not changes.writes_anything


def test_new_bodies_venues_and_rooms_are_listed(empty_db, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\nRG-Q9/9-1,RG,rapporteur-group,2027-03-01,2027-03-01,"
        "RG-Q9/9,ITU-D SG9,Varembé,Room 7,Geneva,CH\n",
    )
    changes = import_changes(import_csv(empty_db, path, dry_run=True))
    assert [(r.what, r.name) for r in changes.references] == [
        ("Body", "ITU-D SG9"),
        ("Body", "RG-Q9/9"),
        ("Venue", "Varembé"),
        ("Room", "Room 7"),
    ]
    assert changes.references[2].detail == "Geneva, CH"
    assert changes.references[3].detail == "at Varembé"


def test_skipped_events_lose_the_repeated_path_and_keep_their_line(empty_db, tmp_path):
    path = write(
        tmp_path,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        "BEGIN:VTODO\r\nUID:t1\r\nSUMMARY:task\r\nEND:VTODO\r\n"
        "BEGIN:VEVENT\r\nUID:e1\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:Workshop on IoT\r\n"
        "DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270303\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        "in.ics",
    )
    report = import_ics(empty_db, path, dry_run=True)
    changes = import_changes(report)
    assert len(changes.added) == 1
    [skip] = changes.skipped
    assert skip.line == 4 and str(path) not in skip.reason
    assert skip.reason.startswith("skipped 1 VTODO")


def test_the_same_reason_is_listed_once_with_its_count():
    report = ImportReport("x.ics", skipped=["x.ics:9: outside", "observance", "observance"])
    rows = import_changes(report).skipped
    assert [(r.line, r.reason, r.count) for r in rows] == [
        (0, "observance", 2),
        (9, "outside", 1),
    ]
    assert import_changes(report).skipped_events == 3


def test_coarse_dates_times_and_empty_fields_read_as_words():
    before = meeting(
        "WTDC-29", "2029-01-01", "2029-12-31", kind=MeetingKind.WTDC, precision=Precision.YEAR
    )
    after = before.replace(
        precision=Precision.DAY,
        start=dt.date(2029, 11, 5),
        end=dt.date(2029, 11, 16),
        sector=Sector.D,
        country="CH",
        decided=DecidedPeriod(dt.date(2029, 10, 1), dt.date(2029, 12, 31), "Council 2026"),
        nominal_year=2029,
    )
    assert field_changes(before, after) == (
        FieldChange("Dates", "2029", "5-16 Nov 2029"),
        FieldChange("Sector", NONE, "ITU-D"),
        FieldChange("Country", NONE, "Switzerland (CH)"),
        FieldChange("Decided period", NONE, "1 Oct-31 Dec 2029 (Council 2026)"),
        FieldChange("Cycle year", NONE, "2029"),
    )
    timed = after.replace(
        start=dt.date(2029, 11, 5),
        end=dt.date(2029, 11, 5),
        start_time=dt.time(9, 30),
        end_time=dt.time(12, 0),
        timezone="Europe/Zurich",
    )
    assert FieldChange("Times", NONE, "09:30-12:00 Europe/Zurich") in field_changes(after, timed)


def test_a_sequence_bump_alone_is_not_a_change():
    m = meeting("PP-30")
    assert field_changes(m, m.replace(sequence=m.sequence + 1)) == ()


def test_hostile_text_is_kept_as_it_is_for_the_view_to_show_literally():
    before = meeting("X-1", title="<b>x</b>")
    after = before.replace(title="<img src='/dev/zero'>")
    assert field_changes(before, after) == (
        FieldChange("Title", "<b>x</b>", "<img src='/dev/zero'>"),
    )
