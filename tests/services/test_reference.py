"""The bundled calendar against SOURCES.md section 4 ("Reference calendar facts")."""

import datetime as dt

import pytest

from scheduler_app.domain import MeetingKind, Precision, Status
from scheduler_app.services.planner import default_database_path, open_database
from scheduler_app.services.reference import load_reference_calendar

D = dt.date.fromisoformat

# code, kind, start, end, city: every row of the SOURCES.md table.
FACTS = [
    ("PP-18", "pp", "2018-10-29", "2018-11-16", "Dubai"),
    ("WTSA-20", "wtsa", "2022-03-01", "2022-03-09", "Geneva"),
    ("C22", "council", "2022-03-21", "2022-03-30", "Geneva"),
    ("WTDC-22", "wtdc", "2022-06-06", "2022-06-16", "Kigali"),
    ("C22-FINAL", "council-extra", "2022-09-24", "2022-09-24", "Bucharest"),
    ("PP-22", "pp", "2022-09-26", "2022-10-14", "Bucharest"),
    ("C23", "council", "2023-07-11", "2023-07-21", "Geneva"),
    ("CWG-2023-10", "cwg", "2023-10-09", "2023-10-18", "Geneva"),
    ("EG-ITRs-1", "cwg", "2023-10-16", "2023-10-16", "Geneva"),
    ("C23-ADD", "council-extra", "2023-10-19", "2023-10-20", "Geneva"),
    ("RA-23", "ra", "2023-11-13", "2023-11-17", "Dubai"),
    ("WRC-23", "wrc", "2023-11-20", "2023-12-15", "Dubai"),
    ("CPM27-1", "cpm", "2023-12-18", "2023-12-19", "Dubai"),
    ("TDAG-2023", "advisory-group", "2023-06-01", "2023-06-30", ""),
    ("CWG-2024-01", "cwg", "2024-01-22", "2024-02-02", "Geneva"),
    ("EG-ITRs-2", "cwg", "2024-01-29", "2024-01-30", "Geneva"),
    ("TDAG-2024", "advisory-group", "2024-05-01", "2024-05-31", ""),
    ("C24", "council", "2024-06-04", "2024-06-14", "Geneva"),
    ("EG-ITRs-3", "cwg", "2024-09-30", "2024-10-01", "Geneva"),
    ("WTSA-24", "wtsa", "2024-10-15", "2024-10-24", "New Delhi"),
    ("RPM-ARB-25", "rpm", "2025-02-04", "2025-02-05", "Amman"),
    ("CWG-2025-02", "cwg", "2025-02-10", "2025-02-21", "Geneva"),
    ("EG-ITRs-4", "cwg", "2025-02-20", "2025-02-21", "Geneva"),
    ("RPM-EUR-25", "rpm", "2025-02-25", "2025-02-26", "Budapest"),
    ("RPM-ASP-25", "rpm", "2025-03-20", "2025-03-21", "Bangkok"),
    ("RPM-AMS-25", "rpm", "2025-04-01", "2025-04-02", "Asuncion"),
    ("RPM-AFR-25", "rpm", "2025-04-08", "2025-04-09", "Nairobi"),
    ("RPM-CIS-25", "rpm", "2025-04-24", "2025-04-25", "Bishkek"),
    ("C25", "council", "2025-06-17", "2025-06-27", "Geneva"),
    ("EG-ITRs-5", "cwg", "2025-09-11", "2025-09-12", "Geneva"),
    ("WTDC-25", "wtdc", "2025-11-17", "2025-11-28", "Baku"),
    ("IRIS-WRC27-1", "other", "2025-12-03", "2025-12-05", "Geneva"),
    ("CWG-2026-01", "cwg", "2026-01-13", "2026-01-23", "Geneva"),
    ("EG-ITRs-6", "cwg", "2026-01-19", "2026-01-19", "Geneva"),
    ("C26", "council", "2026-04-28", "2026-05-08", "Geneva"),
    ("C26-LAST", "council-extra", "2026-11-07", "2026-11-07", "Doha"),
    ("PP-26", "pp", "2026-11-09", "2026-11-27", "Doha"),
    ("RA-27", "ra", "2027-10-11", "2027-11-12", "Shanghai"),
    ("WRC-27", "wrc", "2027-10-11", "2027-11-12", "Shanghai"),
    ("WTDC-29", "wtdc", "2029-01-01", "2029-12-31", ""),
]


def test_every_reference_meeting_is_bundled_with_its_dates_place_and_source(reference_db):
    stored = {m.code: m for m in reference_db.meetings()}
    assert set(stored) == {f[0] for f in FACTS}
    for code, kind, start, end, city in FACTS:
        m = stored[code]
        assert (m.kind.value, m.start, m.end, m.city) == (kind, D(start), D(end), city), code
        assert m.source, f"{code} has no source"


def test_coarse_dates_keep_their_precision(reference_db):
    assert reference_db.meeting_by_code("TDAG-2023").precision is Precision.MONTH
    wtdc29 = reference_db.meeting_by_code("WTDC-29")
    assert wtdc29.precision is Precision.YEAR and wtdc29.span == "2029"


@pytest.mark.parametrize(
    ("code", "start", "end", "clause"),
    [
        ("RA-23", "2023-11-13", "2023-11-17", "resolves 5.2"),
        ("WRC-23", "2023-11-20", "2023-12-15", "resolves 5.2"),
        ("WTSA-24", "2024-10-01", "2024-12-31", "resolves 5.3"),
        ("WTDC-25", "2025-10-01", "2025-12-31", "resolves 5.4"),
        ("PP-26", "2026-10-01", "2026-12-31", "resolves 5.5"),
        ("RA-27", "2027-10-01", "2027-12-31", "resolves 5.6"),
        ("WRC-27", "2027-10-01", "2027-12-31", "resolves 5.6"),
    ],
)
def test_resolution_77_decided_periods_are_bundled(reference_db, code, start, end, clause):
    decided = reference_db.meeting_by_code(code).decided
    assert decided is not None and (decided.start, decided.end) == (D(start), D(end))
    assert "Resolution 77" in decided.source and clause in decided.source


def test_wtsa_20_keeps_its_nominal_year(reference_db):
    assert reference_db.meeting_by_code("WTSA-20").nominal_year == 2020


def test_the_2026_2029_itu_d_study_groups_and_questions_are_bodies(reference_db):
    bodies = {b.code: b for b in reference_db.bodies()}
    assert bodies["ITU-D SG1"].chair == "Mr Roberto Mitsuake Hirayama (Brazil)"
    assert bodies["ITU-D SG2"].chair == "Mr Fadel Digham (Egypt)"
    rgs = {c: b.parent for c, b in bodies.items() if c.startswith("RG-Q")}
    assert rgs == {f"RG-Q{q}/{sg}": f"ITU-D SG{sg}" for q in range(1, 6) for sg in (1, 2)}
    assert bodies["EG-ITRs"].parent == "Council"


def test_geneva_venues_ship_with_sourced_rooms(reference_db):
    rooms = {(r.venue, r.name): r for r in reference_db.rooms()}
    assert ("ITU headquarters", "Popov Room") in rooms
    assert rooms[("CICG", "Room 2")].capacity == 496
    assert all(r.source for r in rooms.values())


def test_the_ra_and_wrc_2027_are_tentative_until_the_split_is_published(reference_db):
    for code in ("RA-27", "WRC-27"):
        m = reference_db.meeting_by_code(code)
        assert m.status is Status.TENTATIVE and "Approximate" in m.notes


def test_loading_the_reference_again_changes_nothing(reference_db):
    report = load_reference_calendar(reference_db)
    assert (len(report.added), len(report.updated), len(report.unchanged)) == (0, 0, len(FACTS))


def test_the_default_database_lives_in_the_user_data_dir_and_starts_with_the_calendar(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_database_path() == tmp_path / "xdg" / "scheduler-app" / "planner.sqlite"
    with open_database() as db:
        assert db.count_meetings() == len(FACTS)
        assert db.meeting_by_code("PP-26").kind is MeetingKind.PP
        db.delete_meetings([db.meeting_by_code("PP-26").id])
    with open_database() as db:  # never re-seeded: a deleted meeting stays deleted
        assert db.meeting_by_code("PP-26") is None


def test_a_database_chosen_with_db_starts_with_bodies_and_venues_but_no_meetings(tmp_path):
    with open_database(tmp_path / "new.sqlite") as db:
        assert db.count_meetings() == 0
        assert db.venues() and db.bodies()
