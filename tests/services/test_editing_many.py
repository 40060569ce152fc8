"""Editing many meetings at once: one transaction and one undo step for each edit."""

import datetime as dt

import pytest

from scheduler_app.domain import MeetingKind, Mode, Precision, Room, Status, Venue
from scheduler_app.rules.model import Severity
from scheduler_app.services.checking import checker_for_database
from scheduler_app.services.editing import (
    EditConflict,
    EditRefused,
    create,
    duplicate,
    duplicate_many,
    move,
    move_many,
    set_fields,
    undo,
)
from tests.helpers import meeting

D = dt.date


@pytest.fixture
def four(empty_db):
    """Four workshops a week apart, the second one booked in a CICG room."""
    made = []
    for i, start in enumerate(("2027-03-01", "2027-03-08", "2027-03-15", "2027-03-22")):
        extra = (
            {"venue": "CICG", "room": "Room 2", "city": "Geneva", "country": "CH"} if i == 1 else {}
        )
        made.append(create(empty_db, meeting(f"W-{i}", start, kind="workshop", **extra)).after[0])
    return made


def _stored(db, meetings):
    return [db.meeting(m.id) for m in meetings]


def test_move_many_moves_every_meeting_in_one_edit_named_by_count(empty_db, four):
    change = move_many(empty_db, four, 7)
    assert change.label == "Move 4 meetings 7 days later"
    assert [m.start for m in _stored(empty_db, four)] == [
        D(2027, 3, 8),
        D(2027, 3, 15),
        D(2027, 3, 22),
        D(2027, 3, 29),
    ]
    assert all(m.sequence == 1 for m in change.after)


def test_undoing_a_move_of_many_puts_every_meeting_back(empty_db, four):
    undo(empty_db, move_many(empty_db, four, -3))
    assert [(m.start, m.end) for m in _stored(empty_db, four)] == [(m.start, m.end) for m in four]


def test_a_meeting_known_by_its_month_third_in_a_move_stops_it_and_nothing_moves(empty_db, four):
    by_month = create(
        empty_db,
        meeting(
            "TDAG-2027",
            "2027-05-01",
            "2027-05-31",
            kind="advisory-group",
            precision=Precision.MONTH,
        ),
    ).after[0]
    with pytest.raises(EditRefused, match=r"TDAG-2027 is known only by its month .*give it days"):
        move_many(empty_db, [four[0], four[1], by_month, four[2]], 7)
    assert _stored(empty_db, four) == four


def test_a_third_meeting_changed_elsewhere_refuses_the_whole_edit(empty_db, four):
    empty_db.save_meetings([four[2].replace(title="Changed in another window", sequence=4)])
    with pytest.raises(EditConflict, match="W-2 was changed or deleted elsewhere"):
        set_fields(empty_db, four, status=Status.TENTATIVE)
    assert [m.status for m in _stored(empty_db, [four[0], four[1], four[3]])] == [
        Status.CONFIRMED
    ] * 3


def test_move_of_one_meeting_is_the_one_item_case_named_by_its_code(empty_db, four):
    change = move(empty_db, four[0], -1)
    assert change.label == "Move W-0 1 day earlier" and change.after[0].start == D(2027, 2, 28)


def test_a_move_by_no_days_is_refused(empty_db, four):
    with pytest.raises(EditRefused, match="at least one day"):
        move_many(empty_db, four, 0)


def test_set_status_of_many_is_one_edit_and_undo_restores_each(empty_db, four):
    change = set_fields(empty_db, four[:2], status="tentative")
    assert change.label == "Change W-0 and W-1: status to tentative"
    assert [m.status for m in _stored(empty_db, four)] == [
        Status.TENTATIVE,
        Status.TENTATIVE,
        Status.CONFIRMED,
        Status.CONFIRMED,
    ]
    undo(empty_db, change)
    assert [m.status for m in _stored(empty_db, four)] == [Status.CONFIRMED] * 4


def test_set_kind_and_mode_together(empty_db, four):
    change = set_fields(empty_db, four, kind=MeetingKind.FORUM, mode=Mode.HYBRID)
    assert change.label == "Change 4 meetings: kind to Forum, mode to hybrid"
    assert {(m.kind, m.mode) for m in _stored(empty_db, four)} == {(MeetingKind.FORUM, Mode.HYBRID)}


def test_meetings_that_already_hold_the_value_are_left_out(empty_db, four):
    set_fields(empty_db, four[:1], mode="virtual")
    change = set_fields(empty_db, _stored(empty_db, four), mode="virtual")
    assert {m.code for m in change.before} == {"W-1", "W-2", "W-3"}
    with pytest.raises(
        EditRefused, match="Nothing to change: 4 meetings already have mode virtual"
    ):
        set_fields(empty_db, _stored(empty_db, four), mode="virtual")


def test_a_new_venue_keeps_a_room_it_has_and_clears_one_it_has_not(empty_db, four):
    empty_db.save_venues([Venue("Palexpo", "Geneva", "CH")])
    empty_db.save_rooms([Room("Palexpo", "Room 2")])
    change = set_fields(empty_db, four[:2], venue="Palexpo")
    assert [(m.code, m.venue, m.room, m.place) for m in change.after] == [
        ("W-0", "Palexpo", "", "Geneva, CH"),  # the place follows the venue
        ("W-1", "Palexpo", "Room 2", "Geneva, CH"),  # Palexpo has a Room 2 too
    ]
    change = set_fields(empty_db, _stored(empty_db, four[:2]), venue="ITU headquarters")
    assert [m.room for m in change.after] == ["", ""]  # no Room 2 at headquarters
    change = set_fields(empty_db, _stored(empty_db, four[:2]), venue="")
    assert {(m.venue, m.room) for m in change.after} == {("", "")}
    assert change.label == "Change W-0 and W-1: venue to no venue"


def test_an_unknown_venue_or_field_is_refused_and_nothing_is_written(empty_db, four):
    with pytest.raises(EditRefused, match="'Atlantis' is not a known venue"):
        set_fields(empty_db, four, venue="Atlantis")
    with pytest.raises(EditRefused, match="title cannot be changed here"):
        set_fields(empty_db, four, title="Same title")
    with pytest.raises(ValueError, match="unknown status 'maybe'"):
        set_fields(empty_db, four, status="maybe")
    assert _stored(empty_db, four) == four


def test_duplicates_are_proposed_with_free_codes_and_no_room(empty_db, four):
    change = duplicate_many(empty_db, four)
    assert change.label == "Duplicate 4 meetings" and change.before == ()
    assert [m.code for m in change.after] == ["W-0 copy", "W-1 copy", "W-2 copy", "W-3 copy"]
    assert {(m.status, m.uid, m.sequence) for m in change.after} == {(Status.PROPOSED, "", 0)}
    assert (change.after[1].venue, change.after[1].room) == ("CICG", "")
    assert not {m.id for m in change.after} & {m.id for m in four}
    again = duplicate_many(empty_db, [four[0], empty_db.meeting_by_code("W-0 copy")])
    assert [m.code for m in again.after] == ["W-0 copy 2", "W-0 copy copy"]
    assert duplicate(empty_db, four[0]).after[0].code == "W-0 copy 3"


def test_undoing_a_duplicate_of_many_removes_every_copy(empty_db, four):
    undo(empty_db, duplicate_many(empty_db, four))
    assert sorted(m.code for m in empty_db.meetings()) == ["W-0", "W-1", "W-2", "W-3"]


def test_two_copies_of_one_meeting_in_one_edit_get_different_codes(empty_db, four):
    change = duplicate_many(empty_db, [four[0], four[0]])
    assert [m.code for m in change.after] == ["W-0 copy", "W-0 copy 2"]


def _errors(db):
    return {
        (f.rule_id, f.message)
        for f in checker_for_database(db).findings()
        if f.severity is Severity.ERROR
    }


def test_a_copy_of_a_booked_room_raises_no_room_clash(empty_db, four):
    before = _errors(empty_db)
    duplicate_many(empty_db, [four[1]])
    assert _errors(empty_db) == before


def test_no_copy_of_a_reference_meeting_raises_an_error_but_a_second_pp(reference_db):
    """Every bundled meeting duplicated, one at a time: only CS47-PP-INTERVAL (two PPs in one
    year) reports a copy before it is moved."""
    before = _errors(reference_db)
    for m in reference_db.meetings():
        change = duplicate_many(reference_db, [m])
        new = {rule for rule, _msg in _errors(reference_db) - before}
        assert new == ({"CS47-PP-INTERVAL"} if m.kind is MeetingKind.PP else set()), m.code
        undo(reference_db, change)
