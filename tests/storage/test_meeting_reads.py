"""``PlanningDatabase.meetings`` reads and sorts in Python what it once had SQLite sort (issue 12):
the same meetings in the same order, and the same refusal naming the same meeting for a file
edited by hand, as the old read (``ORDER BY start, "end", code, id``) gave."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from typing import Any

import pytest

from scheduler_app.domain import InvalidMeeting, MeetingKind, Sector, Status
from scheduler_app.services.demo import write_demo
from scheduler_app.storage import MeetingFilter, PlanningDatabase, StorageError
from scheduler_app.storage.rows import MEETING_COLUMNS, meeting_from_values
from tests.helpers import meeting


def _old_read(db: PlanningDatabase, where: MeetingFilter | None = None) -> Any:
    """The meetings as the read before the fast path listed them, or its error message."""
    where = where or MeetingFilter()
    clause, params = where.sql()
    columns = ", ".join(f'"{c}"' for c in MEETING_COLUMNS)
    cursor = db.conn.execute(
        f'SELECT {columns} FROM meetings WHERE {clause} ORDER BY start, "end", code, id', params
    )
    try:
        return [meeting_from_values(values) for values in cursor]
    except (InvalidMeeting, KeyError, ValueError, TypeError) as exc:
        return f"{db.path}: a stored meeting is invalid ({exc})"


def _new_read(db: PlanningDatabase, where: MeetingFilter | None = None) -> Any:
    try:
        return db.meetings(where)
    except StorageError as exc:
        return str(exc)


FILTERS = [
    None,
    MeetingFilter(date_from=dt.date(2027, 1, 1), date_to=dt.date(2027, 6, 30)),
    MeetingFilter(kinds=frozenset({MeetingKind.STUDY_GROUP, MeetingKind.RAPPORTEUR_GROUP})),
    MeetingFilter(sectors=frozenset({Sector.D}), statuses=frozenset({Status.CONFIRMED})),
]


@pytest.mark.parametrize("where", FILTERS, ids=repr)
def test_the_bundled_calendar_reads_in_the_old_order(reference_db, where):
    assert _new_read(reference_db, where) == _old_read(reference_db, where)


@pytest.mark.parametrize("where", FILTERS, ids=repr)
def test_a_demo_calendar_reads_in_the_old_order(empty_db, where):
    write_demo(empty_db, 1500)
    found = _new_read(empty_db, where)
    assert found and found == _old_read(empty_db, where)


def test_meetings_on_the_same_days_are_ordered_by_code_then_id_whatever_the_file_order(empty_db):
    codes = ["B-1", "A-2", "", "a-1", "Z", "", "É-1", "B-1b"]
    made = [
        meeting(code, "2027-03-01", "2027-03-02", id=f"00000000-0000-4000-8000-{i:012d}")
        for i, code in enumerate(codes)
    ]
    made[2] = made[2].replace(title="No code one")
    made[5] = made[5].replace(title="No code two")
    random.Random(3).shuffle(made)
    for m in made:  # one save each: the file holds them in this shuffled order
        empty_db.save_meetings([m])
    empty_db.conn.execute("UPDATE meetings SET code = NULL WHERE code = ''")
    empty_db.conn.commit()
    assert _new_read(empty_db) == _old_read(empty_db)
    assert [m.code for m in empty_db.meetings()][:2] == ["", ""]


HOSTILE = [
    ("kind", "'congress'"),
    ('"end"', "'not a date'"),
    ('"end"', "'2027-09-31'"),
    ("start", "'1700-01-01'"),
    ('"end"', "'9999-12-31'"),
    ("title", "''"),
    ("title", "x'41'"),  # a blob, read as bytes
    ("code", "' padded ' || code"),  # codes and ids are unique: one of each row's own
    ("id", "'not-a-uuid-' || code"),
    ("sector", "'ITU-X'"),
    ("precision", "'fortnight'"),
    ("precision", "'month'"),
    ("start_time", "'25:00'"),
    ("timezone", "'Europe/Zurich'"),
    ("country", "'XX'"),
    ("participants", "-5"),
    ("sequence", "-1"),
    ("notes", "'a' || char(0) || 'b'"),
    ("chair", "x'00ff'"),
    ("decided_from", "'2027-13-01'"),
    ("nominal_year", "1000"),
    ("mode", "'telepathy'"),
    ("status", "'done'"),
]


@pytest.mark.parametrize(("column", "value"), HOSTILE, ids=lambda v: str(v))
def test_a_row_edited_by_hand_is_refused_with_the_old_message(db_path, column, value):
    with PlanningDatabase.open(db_path) as db:
        # the file holds them latest first: of two bad rows, the message names the earlier one
        db.save_meetings(
            [meeting(f"SG1-2027-{i}", f"2027-0{i}-01", f"2027-0{i}-02") for i in (4, 3, 2, 1)]
        )
    raw = sqlite3.connect(db_path)
    for code in ("SG1-2027-3", "SG1-2027-2"):
        raw.execute(f"UPDATE meetings SET {column} = {value} WHERE code = ?", [code])
    raw.commit()
    raw.close()
    with PlanningDatabase.open(db_path, create=False) as db:
        old = _old_read(db)
        assert isinstance(old, str) and "a stored meeting is invalid" in old
        assert _new_read(db) == old
