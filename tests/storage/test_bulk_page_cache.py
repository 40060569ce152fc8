"""A first import's bulk insert takes a larger page cache for its own statements only (issue 16,
import speed): the connection's cache size is back as it was after the save, whether the save
went through or was refused, and the save is still one all-or-nothing transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from scheduler_app.domain import new_id
from scheduler_app.storage import database as storage_database
from tests.interop.test_bulk_insert import MANY, meetings, opened


def _cache(db: storage_database.PlanningDatabase) -> int:
    return int(db.conn.execute("PRAGMA cache_size").fetchone()[0])


def test_the_bulk_insert_runs_with_the_larger_cache_and_gives_it_back(tmp_path: Path) -> None:
    db = opened(tmp_path / "db.sqlite")
    db.conn.execute("PRAGMA cache_size = -3000")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    db.save_meetings(meetings(MANY))
    pragmas = [s for s in statements if "cache_size" in s]
    assert pragmas[1:] == [
        f"PRAGMA cache_size = {storage_database._BULK_CACHE_KIB}",
        "PRAGMA cache_size = -3000",
    ]
    assert _cache(db) == -3000 and db.count_meetings() == MANY
    db.close()


def test_a_refused_bulk_insert_gives_the_cache_back_and_writes_nothing(tmp_path: Path) -> None:
    db = opened(tmp_path / "db.sqlite")
    before = _cache(db)
    made = meetings(MANY)
    with pytest.raises(sqlite3.IntegrityError, match=r"meetings\.code"):
        db.save_meetings([*made, made[-1].replace(id=new_id(), code=made[1].code)])
    assert _cache(db) == before and db.count_meetings() == 0


def test_a_small_save_leaves_the_cache_alone(tmp_path: Path) -> None:
    db = opened(tmp_path / "db.sqlite")
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    db.save_meetings(meetings(10))
    assert not [s for s in statements if "cache_size" in s]
    db.close()
