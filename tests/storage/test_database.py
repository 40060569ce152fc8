import datetime as dt
import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from scheduler_app.domain import DecidedPeriod, MeetingKind, Mode, Precision, Room, Sector, Status
from scheduler_app.storage import MeetingFilter, PlanningDatabase, StorageError
from scheduler_app.storage.migrations import migrations
from scheduler_app.storage.rows import MEETING_COLUMNS, meeting_to_row, meeting_values
from tests.helpers import meeting


def test_a_new_file_gets_every_migration_wal_and_foreign_keys(db_path):
    with PlanningDatabase.open(db_path) as db:
        assert [m.name for m in migrations.applied(db.db)] == [
            m.name for m in migrations._migrations
        ]
        assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert {"meetings", "bodies", "venues", "rooms", "meta"} <= set(db.db.table_names())


def test_reopening_applies_nothing_twice(db_path):
    PlanningDatabase.open(db_path).close()
    with PlanningDatabase.open(db_path) as db:
        assert migrations.pending(db.db) == []
        assert db.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == len(
            migrations._migrations
        )


def test_row_columns_follow_the_declared_order():
    assert tuple(meeting_to_row(meeting())) == MEETING_COLUMNS


def test_every_field_survives_a_save_and_load(empty_db):
    full = meeting(
        "RG-Q3/1-2027-1",
        "2027-03-02",
        "2027-03-02",
        kind="rapporteur-group",
        sector=Sector.D,
        body="RG-Q3/1",
        parent="ITU-D SG1",
        start_time=dt.time(9, 30),
        end_time=dt.time(12, 30),
        timezone="Europe/Zurich",
        city="Geneva",
        country="CH",
        venue="CICG",
        room="Room 2",
        mode=Mode.HYBRID,
        status=Status.TENTATIVE,
        decided=DecidedPeriod(dt.date(2027, 1, 1), dt.date(2027, 6, 30), "SG1"),
        nominal_year=2027,
        participants=120,
        chair="Mr Roberto Hirayama (Brazil)",
        notes="Arabic: اجتماع; Chinese: 会议",
        source="test",
        sequence=3,
    )
    year_only = meeting(
        "WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR
    )
    empty_db.save_meetings([full, year_only])
    assert empty_db.meetings() == [full, year_only]
    assert empty_db.meeting_by_code("RG-Q3/1-2027-1") == full


def test_filters_select_by_overlap_kind_sector_and_status(empty_db):
    a = meeting("A", "2027-03-01", "2027-03-05", kind="study-group", sector=Sector.D)
    b = meeting("B", "2027-03-06", "2027-03-07", kind="pp", sector=Sector.GS)
    c = meeting("C", "2027-04-01", kind="pp", status=Status.CANCELLED)
    empty_db.save_meetings([a, b, c])
    assert empty_db.meetings(MeetingFilter(date_to=dt.date(2027, 3, 5))) == [a]
    assert empty_db.meetings(
        MeetingFilter(date_from=dt.date(2027, 3, 5), date_to=dt.date(2027, 3, 6))
    ) == [a, b]
    assert empty_db.meetings(MeetingFilter(kinds=frozenset({MeetingKind.PP}))) == [b, c]
    assert empty_db.meetings(MeetingFilter(sectors=frozenset({Sector.D}))) == [a]
    assert empty_db.meetings(MeetingFilter(statuses=frozenset({Status.CANCELLED}))) == [c]
    f = MeetingFilter(kinds=frozenset({MeetingKind.PP}), date_from=dt.date(2027, 3, 7))
    assert [m for m in (a, b, c) if f.accepts(m)] == empty_db.meetings(f)


def test_saving_again_updates_in_place(empty_db):
    m = meeting()
    empty_db.save_meetings([m])
    moved = m.replace(start=dt.date(2027, 3, 8), end=dt.date(2027, 3, 9), sequence=1)
    empty_db.save_meetings([moved])
    assert empty_db.meetings() == [moved]


def test_a_failed_transaction_leaves_nothing_behind(empty_db):
    with pytest.raises(RuntimeError), empty_db.write():
        empty_db.save_meetings([meeting("A")])
        raise RuntimeError("power cut")
    assert empty_db.count_meetings() == 0


def test_a_meeting_naming_an_unknown_venue_is_refused_by_the_foreign_keys(empty_db):
    with pytest.raises(sqlite3.IntegrityError):
        empty_db.save_meetings([meeting(venue="Nowhere Hall")])
    assert empty_db.count_meetings() == 0


def test_two_meetings_cannot_share_a_code(empty_db):
    empty_db.save_meetings([meeting("PP-30")])
    with pytest.raises(sqlite3.IntegrityError):
        empty_db.save_meetings([meeting("PP-30", id="5f0c6c1e-1111-4c1e-9d5b-000000000001")])


def test_a_booked_room_cannot_be_removed(empty_db):
    empty_db.save_meetings([meeting(venue="CICG", room="Room 2")])
    with pytest.raises(StorageError, match="booked"):
        empty_db.delete_room("CICG", "Room 2")
    empty_db.save_rooms([Room("CICG", "Room 99", 10)])
    empty_db.delete_room("CICG", "Room 99")
    assert "Room 99" not in {r.name for r in empty_db.rooms("CICG")}


def test_a_file_that_is_not_sqlite_is_refused_by_name(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"This is not a database, just some notes.\n" * 200)
    with pytest.raises(StorageError, match=r"notes\.sqlite"):
        PlanningDatabase.open(bad)
    assert bad.read_bytes().startswith(b"This is not a database")


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="not a planning database"):
        PlanningDatabase.open(other)
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["invoices"]


def test_a_database_from_a_newer_planner_is_refused(db_path):
    PlanningDatabase.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('scheduler_app', '9999_from_the_future', 'later')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer version"):
        PlanningDatabase.open(db_path)


def test_a_damaged_row_is_reported_not_shown_half_right(empty_db):
    empty_db.save_meetings([meeting("PP-30", kind="pp")])
    empty_db.conn.execute("UPDATE meetings SET kind = 'congress'")
    empty_db.conn.commit()
    with pytest.raises(StorageError, match="invalid"):
        empty_db.meetings()


def test_a_directory_is_not_a_database(tmp_path):
    with pytest.raises(StorageError, match="directory"):
        PlanningDatabase.open(tmp_path)


def _writer(path: str, prefix: str, count: int, results: "multiprocessing.Queue[str]") -> None:
    try:
        with PlanningDatabase.open(path) as db:
            for i in range(count):
                with (
                    db.write()
                ):  # each edit its own transaction, interleaving with the other process
                    db.save_meetings([meeting(f"{prefix}-{i}", id=_uuid(prefix, i))])
        results.put("ok")
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(repr(exc))


def _uuid(prefix: str, i: int) -> str:
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_DNS, f"{prefix}{i}"))


def test_two_processes_writing_one_file_both_succeed(db_path: Path):
    PlanningDatabase.open(db_path).close()
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[str] = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(db_path), p, 60, results)) for p in ("A", "B")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert sorted(results.get(timeout=5) for _ in procs) == ["ok", "ok"]
    with PlanningDatabase.open(db_path) as db:
        assert db.count_meetings() == 120


def test_a_writer_waits_for_another_writers_lock(db_path: Path):
    """BEGIN IMMEDIATE + busy timeout: the second writer queues instead of failing at once."""
    import threading
    import time

    PlanningDatabase.open(db_path).close()
    holder = sqlite3.connect(db_path, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(0.5)
        released.set()
        holder.commit()

    def second() -> None:
        with PlanningDatabase.open(db_path) as db:
            db.save_meetings([meeting("LATE")])

    t = threading.Thread(target=release)
    t.start()
    other = threading.Thread(target=second)
    other.start()
    other.join(10)
    t.join()
    holder.close()
    with PlanningDatabase.open(db_path) as db:
        assert db.meeting_by_code("LATE") is not None


def test_a_body_filter_finds_the_body_and_what_reports_to_it_in_sql_and_in_python(empty_db):
    from scheduler_app.services import editing

    sg1 = meeting("SG1-2027", "2027-03-01", body="ITU-D SG1", parent="ITU-D")
    rg = meeting("RG-Q3/1-2027", "2027-03-05", body="RG-Q3/1", parent="itu-d sg1")
    other = meeting("SG2-2027", "2027-03-08", body="ITU-D SG2", parent="ITU-D")
    accented = meeting("EG-2027", "2027-03-09", body="Groupe d'Études", parent="")
    for m in (sg1, rg, other, accented):
        editing.create(empty_db, m)
    everyone = empty_db.meetings()
    for bodies, expected in (
        ({"ITU-D SG1"}, {"SG1-2027", "RG-Q3/1-2027"}),
        ({"itu-d"}, {"SG1-2027", "SG2-2027"}),
        ({"RG-Q3/1", "ITU-D SG2"}, {"RG-Q3/1-2027", "SG2-2027"}),
        ({"GROUPE D'ÉTUDES"}, {"EG-2027"}),  # beyond ASCII, as Python compares
        ({"nobody"}, set()),
    ):
        where = MeetingFilter(bodies=frozenset(bodies))
        assert {m.code for m in empty_db.meetings(where)} == expected
        assert {m.code for m in everyone if where.accepts(m)} == expected


def test_a_copy_is_a_consistent_snapshot_and_nothing_half_written_on_failure(
    reference_db, tmp_path
):
    target = tmp_path / "copy.sqlite"
    reference_db.save_copy(target)
    plain = sqlite3.connect(target)  # one file, no write-ahead log beside it
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    plain.close()
    with PlanningDatabase.open(target) as copy:
        assert [m.code for m in copy.meetings()] == [m.code for m in reference_db.meetings()]
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.sqlite"]
    with pytest.raises(StorageError, match="open database itself"):
        reference_db.save_copy(reference_db.path)
    with pytest.raises(StorageError, match="does not exist"):
        reference_db.save_copy(tmp_path / "missing" / "copy.sqlite")
    (tmp_path / "dir.sqlite").mkdir()  # a target that cannot be replaced
    with pytest.raises(StorageError, match="cannot save a copy"):
        reference_db.save_copy(tmp_path / "dir.sqlite")
    assert not list(tmp_path.glob(".*.partial"))


def test_a_body_brings_every_body_below_it_at_any_depth(reference_db):
    family = reference_db.body_family(["pp"])
    assert {"pp", "Council", "CWG-FHR", "EG-ITRs"} <= family
    codes = {m.code for m in reference_db.meetings(MeetingFilter(bodies=frozenset({"PP"})))}
    # PP's own meetings, Council's (reporting to PP) and the CWGs' (reporting to Council)
    assert {"PP-26", "C26", "CWG-2026-01", "EG-ITRs-6"} <= codes
    assert not codes & {"WRC-27", "WTDC-25"}


def test_a_copy_over_a_database_another_program_has_open_stays_whole(reference_db, tmp_path):
    from scheduler_app.services import editing
    from scheduler_app.services.planner import open_database

    other = open_database(tmp_path / "other.sqlite", with_calendar=True)
    other.conn.execute("PRAGMA wal_autocheckpoint=0")  # keep its writes in the log
    for m in [m for m in other.meetings() if m.precision is Precision.DAY][:10]:
        editing.move(other, m, 1)
    assert (tmp_path / "other.sqlite-wal").stat().st_size > 0
    editing.delete(reference_db, reference_db.meetings()[:5])
    reference_db.save_copy(tmp_path / "other.sqlite")
    check = sqlite3.connect(tmp_path / "other.sqlite")
    assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert check.execute("SELECT count(*) FROM meetings").fetchone() == (35,)
    check.close()
    assert other.count_meetings() == 35  # the program that had it open sees the copy
    other.close()


def test_a_meetings_row_holds_its_enums_values_as_plain_text():
    """meeting_values reads ``_value_`` for speed: the same text ``.value`` gives, of type str."""
    for enum in (MeetingKind, Mode, Precision, Sector, Status):
        for member in enum:
            assert type(member._value_) is str and member._value_ == member.value
    row = meeting_to_row(meeting())
    for column in ("kind", "precision", "mode", "status"):
        assert type(row[column]) is str
    assert meeting_values(meeting()) == tuple(row.values())
