"""A meeting given a code another meeting keeps is refused as an edit, naming the code, instead of
SQLite's unique index failing the save with a traceback (the bug: ``create`` raised
``sqlite3.IntegrityError``)."""

from __future__ import annotations

import pytest

from scheduler_app.domain import new_id
from scheduler_app.services.editing import EditRefused, create, delete, duplicate, update
from tests.helpers import meeting


def test_creating_a_meeting_with_a_taken_code_is_refused_naming_the_code(empty_db):
    create(empty_db, meeting("PP-30", "2030-10-07", "2030-10-25", kind="pp", title="PP"))
    other = meeting("PP-30", "2030-11-04", kind="council", id=new_id(), title="Council")
    with pytest.raises(EditRefused) as refused:
        create(empty_db, other)
    assert str(refused.value) == (
        "PP-30 is already the code of another meeting (PP, 7-25 Oct 2030): choose another code"
    )
    assert [m.title for m in empty_db.meetings()] == ["PP"]  # nothing written


def test_giving_a_meeting_the_code_of_another_is_refused_and_writes_nothing(empty_db):
    create(empty_db, meeting("C30", "2030-06-10"))
    mine = create(empty_db, meeting("C31", "2031-06-10")).after[0]
    with pytest.raises(EditRefused, match="C30 is already the code of another meeting"):
        update(empty_db, mine, mine.replace(code="C30", title="renamed"))
    assert empty_db.meeting(mine.id) == mine


def test_two_meetings_of_one_edit_may_not_share_a_code(empty_db):
    a = meeting("X-1", "2030-01-06", title="First")
    b = meeting("X-2", "2030-01-07", title="Second").replace(code="X-1")
    from scheduler_app.services.editing import Change, _write

    with pytest.raises(EditRefused, match="X-1 would be the code of both First and Second"):
        _write(empty_db, Change("both", (), (a, b)))
    assert empty_db.meetings() == []


def test_a_code_given_up_in_the_same_edit_or_by_a_deleted_meeting_is_free(empty_db):
    old = create(empty_db, meeting("W-1", "2030-03-02")).after[0]
    renamed = update(empty_db, old, old.replace(code="W-1 old")).after[0]
    assert create(empty_db, meeting("W-1", "2030-03-09", id=new_id())).after[0].code == "W-1"
    delete(empty_db, [renamed])
    assert create(empty_db, meeting("W-1 old", "2030-04-01", id=new_id())) is not None


def test_the_window_s_own_edits_still_find_their_codes_free(empty_db):
    m = create(empty_db, meeting("SG1-30", "2030-05-05")).after[0]
    copy = duplicate(empty_db, m).after[0]
    assert copy.code == "SG1-30 copy"
    assert update(empty_db, m, m.replace(title="Same code kept")).after[0].code == "SG1-30"
