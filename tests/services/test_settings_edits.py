"""Settings edits: each one transaction, undone and redone exactly, refused when the database
changed since the editor read it, and validated as the command line validates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from scheduler_app.domain import InvalidBody, Room
from scheduler_app.services import settings_edits as se
from scheduler_app.services.checking import PolicyError, WaiverError, check_database
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage.checking import load_policy
from tests.helpers import meeting

A = meeting("A", "2027-03-01", "2027-03-02", kind="workshop", venue="CICG", room="Room 2")
B = meeting("B", "2027-03-02", "2027-03-03", kind="workshop", venue="CICG", room="Room 2")
C = meeting("C", "2027-03-02", "2027-03-03", kind="workshop", venue="CICG", room="Room 3")


class Transactions:
    """Counts the write transactions a connection begins."""

    def __init__(self, db: PlanningDatabase) -> None:
        self.count = 0
        db.conn.set_trace_callback(self._seen)

    def _seen(self, statement: str) -> None:
        if statement.startswith("BEGIN"):
            self.count += 1


def snapshot(db: PlanningDatabase) -> dict[str, list[tuple[object, ...]]]:
    """Every settings table as it is stored, row by row."""
    tables = {
        "venues": "SELECT * FROM venues ORDER BY name",
        "rooms": "SELECT * FROM rooms ORDER BY venue, name",
        "policy": "SELECT * FROM policy ORDER BY rule_id, name",
        "observances": "SELECT * FROM observances ORDER BY key, variant, anchor",
        "waivers": "SELECT * FROM waivers ORDER BY rule_id, meeting_ids, subject",
    }
    return {name: list(map(tuple, db.conn.execute(sql))) for name, sql in tables.items()}


def round_trip(db: PlanningDatabase, make) -> se.SettingsEdit:  # type: ignore[no-untyped-def]
    """Make the edit (in one transaction), undo it (exactly back), redo it (exactly again)."""
    before = snapshot(db)
    writes = Transactions(db)
    edit = make()
    assert writes.count == 1
    after = snapshot(db)
    assert after != before
    redo = edit.undo(db)
    assert snapshot(db) == before
    again = redo.undo(db)
    assert snapshot(db) == after and again.label == edit.label
    return edit


@pytest.fixture
def other(db_path, empty_db):
    """A second connection to the same file: another window or process."""
    db = PlanningDatabase.open(db_path, create=False)
    yield db
    db.close()


# --- venues and rooms ----------------------------------------------------------------------------


def test_a_room_capacity_change_is_one_undoable_transaction(empty_db):
    popov = next(r for r in empty_db.rooms("ITU headquarters") if r.name == "Popov Room")
    bigger = dataclasses.replace(popov, capacity=500, source="room plan")
    edit = round_trip(empty_db, lambda: se.update_room(empty_db, popov, bigger))
    assert edit.label == "Edit room Popov Room at ITU headquarters"
    assert bigger in empty_db.rooms("ITU headquarters")


def test_a_new_venue_and_room_are_added_and_taken_away_by_undo(empty_db):
    palexpo = se.venue(" Palexpo ", "Geneva", "ch")
    assert palexpo.country == "CH" and palexpo.name == "Palexpo"
    round_trip(empty_db, lambda: se.add_venue(empty_db, palexpo))
    round_trip(empty_db, lambda: se.add_room(empty_db, se.room("Palexpo", "Hall 2", 3000)))


def test_deleting_a_venue_takes_its_rooms_and_undo_brings_them_back(empty_db):
    cicg = next(v for v in empty_db.venues() if v.name == "CICG")
    rooms = empty_db.rooms("CICG")
    edit = round_trip(empty_db, lambda: se.delete_venue(empty_db, cicg))
    assert set(edit.before) == {cicg, *rooms} and edit.after == ()


def test_renaming_a_venue_carries_its_rooms(empty_db):
    cicg = next(v for v in empty_db.venues() if v.name == "CICG")
    renamed = dataclasses.replace(cicg, name="Centre international de conférences")
    round_trip(empty_db, lambda: se.update_venue(empty_db, cicg, renamed))
    assert len(empty_db.rooms("CICG")) == 0 and len(empty_db.rooms(renamed.name)) == 11


def test_a_room_booked_for_meetings_is_not_deleted_and_the_meetings_are_named(empty_db):
    empty_db.save_meetings([A, B])
    room2 = next(r for r in empty_db.rooms("CICG") if r.name == "Room 2")
    with pytest.raises(se.SettingsRefused, match="Room 2 at CICG is booked for A, B; move"):
        se.delete_room(empty_db, room2)
    cicg = next(v for v in empty_db.venues() if v.name == "CICG")
    with pytest.raises(se.SettingsRefused, match="CICG is the venue of A, B"):
        se.delete_venue(empty_db, cicg)
    assert room2 in empty_db.rooms("CICG")


def test_a_room_changed_elsewhere_is_not_overwritten(empty_db, other):
    popov = next(r for r in empty_db.rooms("ITU headquarters") if r.name == "Popov Room")
    se.update_room(other, popov, dataclasses.replace(popov, capacity=400))
    with pytest.raises(se.SettingsConflict) as refused:
        se.update_room(empty_db, popov, dataclasses.replace(popov, capacity=500))
    assert str(refused.value) == (
        "Room 'Popov Room' of ITU headquarters was changed elsewhere; reopen the editor and retry"
    )
    assert [r.capacity for r in empty_db.rooms() if r.name == "Popov Room"] == [400]


def test_undo_is_refused_once_another_writer_changed_the_row(empty_db, other):
    popov = next(r for r in empty_db.rooms("ITU headquarters") if r.name == "Popov Room")
    edit = se.update_room(empty_db, popov, dataclasses.replace(popov, capacity=500))
    [mine] = edit.after
    se.update_room(other, mine, dataclasses.replace(popov, capacity=300))  # type: ignore[arg-type]
    with pytest.raises(se.SettingsConflict, match="Popov Room"):
        edit.undo(empty_db)
    assert [r.capacity for r in empty_db.rooms() if r.name == "Popov Room"] == [300]


def test_a_room_added_twice_is_a_conflict(empty_db, other):
    se.add_room(other, Room("CICG", "Room 99", 10))
    with pytest.raises(se.SettingsConflict, match="was added elsewhere"):
        se.add_room(empty_db, Room("CICG", "Room 99", 12))


def test_rooms_are_validated_by_the_domain(empty_db):
    with pytest.raises(InvalidBody, match="must be positive"):
        se.room("CICG", "Room 0", 0)
    with pytest.raises(InvalidBody, match="needs a name"):
        se.room("CICG", "  ")
    with pytest.raises(se.SettingsRefused, match="Nothing to change"):
        popov = empty_db.rooms("ITU headquarters")[0]
        se.update_room(empty_db, popov, popov)


def test_set_room_makes_the_venue_and_keeps_what_is_not_given(empty_db):
    edit = round_trip(
        empty_db, lambda: se.set_room(empty_db, "Palexpo", "Hall 1", city="Geneva", country="ch")
    )
    assert edit.before == () and se.venue("Palexpo", "Geneva", "CH") in edit.after
    se.set_room(empty_db, "Palexpo", "Hall 1", capacity=900)
    assert empty_db.rooms("Palexpo") == [Room("Palexpo", "Hall 1", 900)]


# --- rule policy ---------------------------------------------------------------------------------


def test_a_parameter_is_set_validated_and_undone(empty_db):
    edit = round_trip(empty_db, lambda: se.set_policy(empty_db, "R77-GAP", {"min_gap_days": 60}))
    assert edit.label == "Set R77-GAP min_gap_days to 60"
    with pytest.raises(PolicyError, match="min_gap_days: a whole number from 0 to"):
        se.set_policy(empty_db, "R77-GAP", {"min_gap_days": -1})
    with pytest.raises(PolicyError, match="severity is one of"):
        se.set_policy(empty_db, "R77-GAP", {"severity": "fatal"})


def test_several_settings_of_a_rule_are_one_edit(empty_db):
    values = {"severity": "error", "enabled": False}
    round_trip(empty_db, lambda: se.set_policy(empty_db, "R77-LAST-QUARTER", values))
    spec_policy = load_policy(empty_db).overrides()["R77-LAST-QUARTER"]
    assert spec_policy == values


def test_a_reset_puts_back_the_default_and_undo_the_setting(empty_db):
    se.set_policy(empty_db, "R77-GAP", {"min_gap_days": 60, "severity": "error"})
    edit = round_trip(empty_db, lambda: se.reset_policy(empty_db, "R77-GAP"))
    assert {r.name for r in edit.before} == {"min_gap_days", "severity"}  # type: ignore[union-attr]
    with pytest.raises(se.SettingsRefused, match="has no setting 'nosuch' to reset"):
        se.reset_policy(empty_db, "R77-GAP", "nosuch")
    with pytest.raises(PolicyError, match="unknown rule"):
        se.reset_policy(empty_db, "R77-NOPE")


def test_a_setting_changed_elsewhere_is_not_overwritten(empty_db, other):
    shown = se.policy_rows(empty_db, "R77-GAP")  # the editor shows the defaults
    se.set_policy(other, "R77-GAP", {"min_gap_days": 70})
    with pytest.raises(se.SettingsConflict, match="min_gap_days setting of R77-GAP was added"):
        se.set_policy(empty_db, "R77-GAP", {"min_gap_days": 60}, shown=shown)
    assert load_policy(empty_db).overrides() == {"R77-GAP": {"min_gap_days": 70}}


# --- observances ---------------------------------------------------------------------------------


def eid_2027(db: PlanningDatabase) -> se.ObservanceRow:
    return next(o for o in se.observances_of_year(db, 2027) if o.key == "eid-al-fitr")


def test_an_observance_is_corrected_marked_and_restored(empty_db):
    eid = eid_2027(empty_db)
    assert (eid.start, eid.edited) == (dt.date(2027, 3, 9), False)
    later = dt.date(2027, 3, 10)
    edit = round_trip(empty_db, lambda: se.correct_observance(empty_db, eid, later, later))
    assert edit.label == "Correct Eid al-Fitr 2027 to 10 Mar 2027"
    corrected = eid_2027(empty_db)
    assert (corrected.start, corrected.edited) == (later, True)
    restored = round_trip(empty_db, lambda: se.restore_observance(empty_db, corrected))
    assert restored.after == (eid,)
    with pytest.raises(se.SettingsRefused, match="already has its computed dates"):
        se.restore_observance(empty_db, eid)


def test_an_observance_correction_is_limited_as_on_the_command_line(empty_db):
    eid = eid_2027(empty_db)
    far = dt.date(2027, 6, 1)
    with pytest.raises(ValueError, match="a correction moves it by days"):
        se.correct_observance(empty_db, eid, far, far)
    assert eid_2027(empty_db) == eid


def test_an_observance_corrected_elsewhere_is_not_overwritten(empty_db, other):
    eid = eid_2027(empty_db)
    se.correct_observance(other, eid, dt.date(2027, 3, 10), dt.date(2027, 3, 10))
    with pytest.raises(se.SettingsConflict, match="Eid al-Fitr 2027 was changed elsewhere"):
        se.correct_observance(empty_db, eid, dt.date(2027, 3, 8), dt.date(2027, 3, 8))


# --- waivers -------------------------------------------------------------------------------------


@pytest.fixture
def clashes(empty_db):
    """Two room clashes (A-B in Room 2, and B-C once C moves into Room 2)."""
    empty_db.save_meetings([A, B, dataclasses.replace(C, room="Room 2")])
    check_database(empty_db)  # observances computed and stored once, before any snapshot
    return empty_db


def waived(db: PlanningDatabase) -> list[tuple[tuple[str, ...], bool]]:
    result = check_database(db, rule_ids=["VENUE-ROOM-CLASH"])
    return sorted((f.meeting_codes, f.waived) for f in result.findings)


def test_waive_and_unwaive_several_as_one_edit(clashes):
    a, b, c = (clashes.meeting_by_code(x) for x in "ABC")
    first = round_trip(clashes, lambda: se.waive(clashes, "VENUE-ROOM-CLASH", [a, b], "set-up"))
    assert first.label == "Waive VENUE-ROOM-CLASH for A, B"
    se.waive(clashes, "VENUE-ROOM-CLASH", [b, c], "shared")
    se.waive(clashes, "VENUE-ROOM-CLASH", [a, c], "shared")
    rows = se.stored_waivers(clashes)
    assert len(rows) == 3 and all(f for _, f in waived(clashes))
    edit = round_trip(clashes, lambda: se.unwaive_rows(clashes, rows[:2]))
    assert edit.label == "Unwaive 2 waivers" and len(se.stored_waivers(clashes)) == 1


def test_a_waiver_needs_a_current_finding_and_a_reason(clashes):
    a, c = clashes.meeting_by_code("A"), clashes.meeting_by_code("C")
    with pytest.raises(WaiverError, match="needs a justification"):
        se.waive(clashes, "VENUE-ROOM-CLASH", [a, c], " ")
    with pytest.raises(WaiverError, match="no waiver of VENUE-ROOM-CLASH for A"):
        se.unwaive(clashes, "VENUE-ROOM-CLASH", [a])
    assert se.stored_waivers(clashes) == []


def test_a_waiver_taken_back_elsewhere_is_a_conflict(clashes, other):
    a, b = clashes.meeting_by_code("A"), clashes.meeting_by_code("B")
    se.waive(clashes, "VENUE-ROOM-CLASH", [a, b], "set-up")
    rows = se.stored_waivers(clashes)
    se.unwaive(other, "VENUE-ROOM-CLASH", [a, b])
    with pytest.raises(se.SettingsConflict, match="waiver of VENUE-ROOM-CLASH for A, B"):
        se.unwaive_rows(clashes, rows)
