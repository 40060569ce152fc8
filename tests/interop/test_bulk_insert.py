"""A save's rows are read column by column, and a first import's many meetings go in before the
meetings table's secondary indexes, which are built again afterwards in the same transaction
(issue 16, import speed): the values are those of a meeting's row read on its own, the database
ends as a row-by-row insert leaves it, and a refused save leaves it as it was, indexes
included."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler_app.domain import Body, Meeting, MeetingKind, Room, Venue, new_id
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage import database as storage_database
from scheduler_app.storage.rows import meeting_columns, meeting_values
from tests.interop.test_csvfile import meetings as any_meetings
from tests.interop.test_import_write_fast_paths import everything_set, plain

MANY = storage_database._BULK_ROWS + 5


def meetings(n: int) -> list[Meeting]:
    day = dt.date(2027, 1, 4)
    return [
        Meeting(
            id=new_id(),
            code=f"M-{i}" if i % 3 else "",
            title=f"Meeting {i}",
            kind=(MeetingKind.STUDY_GROUP, MeetingKind.OTHER)[i % 2],
            start=day + dt.timedelta(days=i % 400),
            end=day + dt.timedelta(days=i % 400 + i % 4),
            body="SG1" if i % 5 == 0 else "",
            venue="HQ" if i % 7 == 0 else "",
            room="Room A" if i % 14 == 0 else "",
            uid=f"{i}@elsewhere" if i % 2 else "",
        )
        for i in range(n)
    ]


def opened(path: Path) -> PlanningDatabase:
    db = PlanningDatabase.open(path)
    db.save_bodies([Body("SG1")])
    db.save_venues([Venue("HQ", "Geneva", "CH")])
    db.save_rooms([Room("HQ", "Room A")])
    return db


def schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master"))


def contents(path: Path) -> list[tuple[object, ...]]:
    """Every row, and what each secondary index holds, read through that index."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT * FROM meetings ORDER BY id").fetchall()
        for index, columns in (
            ("meetings_dates", 'start, "end"'),
            ("meetings_kind", "kind"),
            ("meetings_body", "body"),
            ("meetings_room", "venue, room"),
        ):
            rows += conn.execute(
                f"SELECT {columns}, id FROM meetings INDEXED BY {index} "
                f"WHERE {columns.split(',')[0]} IS NOT NULL OR 1 ORDER BY {columns}, id"
            ).fetchall()
        return [tuple(v for v in r if not (isinstance(v, str) and v.endswith("Z"))) for r in rows]


def test_many_meetings_into_an_empty_table_leave_the_rows_and_indexes_a_row_by_row_save_leaves(
    tmp_path: Path,
) -> None:
    made = meetings(MANY)
    bulk, rows = opened(tmp_path / "bulk.sqlite"), opened(tmp_path / "rows.sqlite")
    statements: list[str] = []
    bulk.conn.set_trace_callback(statements.append)
    bulk.save_meetings(made)
    assert any(s.startswith("DROP INDEX") for s in statements)  # the bulk way was taken
    for i in range(0, MANY, 100):  # in saves too small for it
        rows.save_meetings(made[i : i + 100])
    assert schema(tmp_path / "bulk.sqlite") == schema(tmp_path / "rows.sqlite")
    assert contents(tmp_path / "bulk.sqlite") == contents(tmp_path / "rows.sqlite")
    assert (
        bulk.meetings()
        == rows.meetings()
        == sorted(made, key=lambda m: (m.start, m.end, m.code, m.id))
    )
    bulk.close()
    rows.close()


def test_a_save_into_a_table_that_has_meetings_keeps_its_indexes_throughout(
    tmp_path: Path,
) -> None:
    db = opened(tmp_path / "db.sqlite")
    db.save_meetings(meetings(1))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    db.save_meetings(meetings(MANY))
    assert not any("INDEX" in s for s in statements)
    db.close()


@pytest.mark.parametrize("inside", [False, True], ids=["alone", "inside-a-transaction"])
def test_a_refused_bulk_save_leaves_the_table_empty_and_its_indexes_in_place(
    tmp_path: Path, inside: bool
) -> None:
    path = tmp_path / "db.sqlite"
    db = opened(path)
    before = schema(path)
    made = meetings(MANY)
    clash = made[-1].replace(id=new_id(), code=made[1].code)  # a code taken twice
    with pytest.raises(sqlite3.IntegrityError, match=r"meetings\.code"):
        if inside:
            with db.write():
                db.save_meetings([*made, clash])
        else:
            db.save_meetings([*made, clash])
    assert db.count_meetings() == 0
    assert schema(path) == before
    db.save_meetings(made)  # and the same save without the clash goes through
    assert db.count_meetings() == MANY and schema(path) == before
    db.close()


def test_a_caught_refusal_inside_a_longer_transaction_rolls_back_only_the_save(
    tmp_path: Path,
) -> None:
    path = tmp_path / "db.sqlite"
    db = opened(path)
    before = schema(path)
    made = meetings(MANY)
    with db.write():
        db.save_bodies([Body("SG2")])
        with pytest.raises(sqlite3.IntegrityError):
            db.save_meetings([*made, made[1].replace(id=new_id())])  # its code taken twice
        db.save_meetings(made[:10])
    assert schema(path) == before
    assert db.count_meetings() == 10 and "SG2" in {b.code for b in db.bodies()}
    assert contents(path)
    db.close()


def _by_rows(made: list[Meeting]) -> list[tuple[object, ...]]:
    return [meeting_values(m) for m in made]


def _by_columns(made: list[Meeting]) -> list[tuple[object, ...]]:
    return list(zip(*meeting_columns(made), strict=True))


@given(st.lists(any_meetings(), min_size=1, max_size=8))
def test_meetings_read_column_by_column_give_each_meetings_own_row(made: list[Meeting]) -> None:
    assert _by_columns(made) == _by_rows(made)


def test_columns_of_meetings_with_and_without_each_field_give_each_meetings_own_row() -> None:
    for made in ([plain()], [plain(), plain()], everything_set(), [plain(), *everything_set()]):
        assert _by_columns(made) == _by_rows(made)
    assert [type(v) for v in _by_columns(everything_set())[0]] == [
        type(v) for v in _by_rows(everything_set())[0]
    ]
