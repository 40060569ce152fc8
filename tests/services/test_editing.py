import datetime as dt

import pytest

from scheduler_app.services.editing import (
    EditConflict,
    create,
    delete,
    duplicate,
    move,
    reschedule,
    undo,
    update,
)
from tests.helpers import meeting

D = dt.date


def test_create_then_undo_then_redo(empty_db):
    change = create(
        empty_db,
        meeting("PP-30", "2030-10-07", "2030-10-25", kind="pp", venue="Palexpo", room="Hall 1"),
    )
    assert empty_db.meeting_by_code("PP-30") is not None
    assert ("Palexpo", "Hall 1") in {(r.venue, r.name) for r in empty_db.rooms()}  # created with it
    undone = undo(empty_db, change)
    assert empty_db.meeting_by_code("PP-30") is None
    undo(empty_db, undone)
    assert empty_db.meeting_by_code("PP-30") is not None


def test_every_edit_raises_the_sequence_even_an_undo(empty_db):
    m = create(empty_db, meeting("C30", "2030-06-10", "2030-06-20", kind="council")).after[0]
    moved = move(empty_db, m, 7)
    assert moved.after[0].start == D(2030, 6, 17) and moved.after[0].sequence == 1
    back = undo(empty_db, moved)
    assert back.after[0].start == D(2030, 6, 10) and back.after[0].sequence == 2
    assert empty_db.meeting_by_code("C30").sequence == 2


def test_reschedule_and_update_keep_the_id(empty_db):
    m = create(empty_db, meeting("W-1", "2027-03-01", kind="workshop")).after[0]
    change = reschedule(empty_db, m, D(2027, 3, 2), D(2027, 3, 4))
    assert change.after[0].id == m.id and change.after[0].days == 3
    with pytest.raises(ValueError, match="keeps the meeting's id"):
        update(empty_db, change.after[0], meeting("W-2", "2027-03-01"))


def test_an_edit_of_a_meeting_changed_elsewhere_is_refused_and_writes_nothing(empty_db):
    m = create(empty_db, meeting("W-1", "2027-03-01", kind="workshop")).after[0]
    empty_db.save_meetings([m.replace(title="Changed by another window", sequence=5)])
    with pytest.raises(EditConflict, match="changed or deleted elsewhere"):
        move(empty_db, m, 1)
    assert empty_db.meeting_by_code("W-1").start == D(2027, 3, 1)


def test_delete_and_undo_restores_the_meetings(empty_db):
    ms = [create(empty_db, meeting(f"D-{i}", "2027-03-01")).after[0] for i in range(4)]
    change = delete(empty_db, ms)
    assert empty_db.count_meetings() == 0 and change.label == "Delete 4 meetings"
    undo(empty_db, change)
    assert sorted(m.code for m in empty_db.meetings()) == ["D-0", "D-1", "D-2", "D-3"]


def test_duplicates_get_free_codes_and_new_ids(empty_db):
    m = create(empty_db, meeting("PP-30", "2030-10-07", kind="pp")).after[0]
    first = duplicate(empty_db, m).after[0]
    second = duplicate(empty_db, m).after[0]
    assert (first.code, second.code) == ("PP-30 copy", "PP-30 copy 2")
    assert len({m.id, first.id, second.id}) == 3


def test_an_import_reads_what_it_wrote_in_its_own_transaction(reference_db, monkeypatch):
    """Issue 12, defect 7: ``imported`` read the written meetings after the import's transaction
    had closed, so another writer's change could come between and enter the undo record."""
    from scheduler_app.interop.csvfile import CsvRow
    from scheduler_app.services.editing import imported
    from scheduler_app.services.importing import plan_import

    c26 = reference_db.meeting_by_code("C26")
    renamed = c26.replace(title="Council 2026, renamed")
    new = meeting("NEW-1", "2031-03-02", "2031-03-04")
    report = plan_import(reference_db, [CsvRow(0, renamed, True), CsvRow(1, new, True)], "x.csv")
    reads: list[tuple[bool, list[str]]] = []
    real = type(reference_db).meetings_by_ids

    def probe(db, ids):
        reads.append((db.conn.in_transaction, sorted(ids)))
        return real(db, ids)

    monkeypatch.setattr(type(reference_db), "meetings_by_ids", probe)
    change = imported(reference_db, report, "Import x.csv")
    written = sorted(m.id for m in (*report.added, *report.updated))
    assert reads[-1] == (True, written)  # the read back, before the transaction closed
    assert {m.code: m.title for m in change.after}["C26"] == "Council 2026, renamed"
    assert sorted(m.id for m in change.after) == written


def test_a_deletion_names_up_to_three_meetings_as_other_edits_do(empty_db):
    """Issue 12, defect 8: delete had its own way of naming meetings ("Delete D-0, D-1, D-2…")."""
    from scheduler_app.services.editing import names

    ms = [create(empty_db, meeting(f"D-{i}", "2027-03-01")).after[0] for i in range(4)]
    assert delete(empty_db, ms[:3]).label == "Delete D-0, D-1 and D-2"
    assert delete(empty_db, ms[3:]).label == "Delete D-3"
    assert names(ms[:2]) == "D-0 and D-1" and names(ms[:3]) == "3 meetings"
    assert names(ms, most=2, more=True) == "D-0, D-1 and 2 more"
