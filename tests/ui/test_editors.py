"""The settings editors driven as a planner would: each change one undo step, undo putting back
both the database and what the dialog shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from scheduler_app.services import settings_edits as se
from scheduler_app.storage.checking import load_policy
from scheduler_app.ui import editors
from scheduler_app.ui.session import Session
from tests.helpers import meeting

A = meeting("A", "2027-03-01", "2027-03-02", kind="workshop", venue="CICG", room="Room 2")
B = meeting("B", "2027-03-02", "2027-03-03", kind="workshop", venue="CICG", room="Room 2")
C = meeting("C", "2027-03-02", "2027-03-03", kind="workshop", venue="CICG", room="Room 2")


@pytest.fixture
def session(qtbot, empty_db):
    empty_db.save_meetings([A, B, C])
    s = Session(empty_db)
    s.checker  # noqa: B018 (the first check, done before the editors open)
    yield s
    qtbot.waitUntil(lambda: not s.checking, timeout=20_000)  # no check left running


def column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def unnamed(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name (no accessible name, text or label)."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for w in root.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root):
            continue
        if w.objectName().startswith("qt_") or w.parentWidget().accessibleName():
            continue  # the inner editor of a named spin box, combo box or scroll area
        if w.accessibleName() or id(w) in buddies:
            continue
        if isinstance(w, QAbstractButton) and w.text().strip("&"):
            continue
        missing.append(f"{type(w).__name__} {w.objectName()}")
    return missing


# --- venues and rooms ----------------------------------------------------------------------------


def test_a_room_capacity_is_edited_and_undone_in_the_dialog(qtbot, session):
    dialog = editors.open_venues_editor(session, None)
    qtbot.addWidget(dialog)
    dialog.select_venue("CICG", "Room 2")
    assert dialog.room_name.text() == "Room 2" and dialog.room_capacity.value() == 496
    dialog.room_capacity.setValue(520)
    qtbot.mouseClick(dialog.save_room, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit room Room 2 at CICG"
    room2 = next(r for r in session.db.rooms("CICG") if r.name == "Room 2")
    assert room2.capacity == 520 and dialog.room_capacity.value() == 520
    session.undo_stack.undo()
    room2 = next(r for r in session.db.rooms("CICG") if r.name == "Room 2")
    assert room2.capacity == 496 and dialog.room_capacity.value() == 496
    assert "496" in column(dialog.room_table, 1)


def test_a_venue_is_added_with_its_country_and_undone(qtbot, session):
    dialog = editors.open_venues_editor(session, None)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.new_venue, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.venue_name, "Palexpo")
    qtbot.keyClicks(dialog.venue_city, "Geneva")
    dialog.venue_country.set_code("CH")
    qtbot.mouseClick(dialog.save_venue, Qt.MouseButton.LeftButton)
    assert [v.name for v in session.db.venues()] == ["CICG", "ITU headquarters", "Palexpo"]
    assert column(dialog.venue_table, 2)[-1] == "Switzerland (CH)"
    assert dialog.current_venue() == se.venue("Palexpo", "Geneva", "CH")
    session.undo_stack.undo()
    assert column(dialog.venue_table, 0) == ["CICG", "ITU headquarters"]
    session.undo_stack.redo()
    assert column(dialog.venue_table, 0)[-1] == "Palexpo"


def test_a_booked_room_is_refused_in_the_planners_words(qtbot, session):
    dialog = editors.open_venues_editor(session, None)
    qtbot.addWidget(dialog)
    dialog.select_venue("CICG", "Room 2")
    qtbot.mouseClick(dialog.delete_room, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "Not changed: Room 2 at CICG is booked for A, B, C; move those meetings to "
        "another room first"
    )
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert session.undo_stack.count() == 0
    qtbot.mouseClick(dialog.new_room, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_room, Qt.MouseButton.LeftButton)  # no name
    assert dialog.message.text() == "Not changed: give the room a name"


def test_an_open_editor_is_brought_back_not_opened_twice(qtbot, session):
    parent = QWidget()
    qtbot.addWidget(parent)
    first = editors.open_venues_editor(session, parent)
    assert editors.open_venues_editor(session, parent) is first
    assert editors.open_waivers_editor(session, parent) is not first


# --- rule policy ---------------------------------------------------------------------------------


def field(dialog, name: str):  # type: ignore[no-untyped-def]
    return next(f for f in dialog._fields if f.param.name == name)


def test_a_parameter_change_is_one_undo_step_and_rechecks(qtbot, session):
    dialog = editors.open_policy_editor(session, None, "R77-GAP")
    qtbot.addWidget(dialog)
    gap = field(dialog, "min_gap_days")
    assert gap.widget.value() == 56 and gap.widget.maximum() == (gap.param.maximum or 3650)
    gap.widget.setValue(60)
    dialog.severity.setCurrentText("error")
    with (
        qtbot.waitSignal(session.settings_changed),
        qtbot.waitSignal(session.findings_changed, timeout=20_000),
    ):
        qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert load_policy(session.db).overrides() == {
        "R77-GAP": {"min_gap_days": 60, "severity": "error"}
    }
    assert session.undo_stack.count() == 1 and dialog.reset.isEnabled()
    row = column(dialog.rule_table, 0).index("R77-GAP")
    assert dialog.rule_table.item(row, 1).text() == "error"
    session.undo_stack.undo()
    assert load_policy(session.db).overrides() == {}
    assert field(dialog, "min_gap_days").widget.value() == 56
    assert dialog.rule_table.item(row, 1).text() == "warning"


def test_an_invalid_value_is_refused_with_its_reason_before_writing(qtbot, session):
    dialog = editors.open_policy_editor(session, None, "CV51-COUNCIL-ANNUAL")
    qtbot.addWidget(dialog)
    years = field(dialog, "years")
    years.widget.setText("2030-2020")
    qtbot.mouseClick(dialog.apply, Qt.MouseButton.LeftButton)
    assert "give [first year, last year]" in dialog.message.text()
    assert session.undo_stack.count() == 0 and load_policy(session.db).overrides() == {}


def test_reset_puts_the_defaults_back_as_one_step(qtbot, session):
    session.edit(lambda: se.set_policy(session.db, "R111-RELIGIOUS", {"kinds": ["pp"]}))
    dialog = editors.open_policy_editor(session, None, "R111-RELIGIOUS")
    qtbot.addWidget(dialog)
    assert field(dialog, "kinds").value() == ["pp"]
    qtbot.mouseClick(dialog.reset, Qt.MouseButton.LeftButton)
    assert load_policy(session.db).overrides() == {} and session.undo_stack.count() == 2
    assert "council" in field(dialog, "kinds").value()
    session.undo_stack.undo()
    assert field(dialog, "kinds").value() == ["pp"]


# --- observances ---------------------------------------------------------------------------------


def test_an_observance_is_corrected_marked_and_restored(qtbot, session):
    dialog = editors.open_observances_editor(session, None, 2027)
    qtbot.addWidget(dialog)
    dialog.select("eid-al-fitr")
    assert (dialog.start.date(), dialog.restore.isEnabled()) == (QDate(2027, 3, 9), False)
    dialog.start.setDate(QDate(2027, 3, 10))
    dialog.end.setDate(QDate(2027, 3, 12))
    qtbot.mouseClick(dialog.correct, Qt.MouseButton.LeftButton)
    eid = next(o for o in se.observances_of_year(session.db, 2027) if o.key == "eid-al-fitr")
    assert (eid.start, eid.end, eid.edited) == (dt.date(2027, 3, 10), dt.date(2027, 3, 12), True)
    row = column(dialog.table, 0).index("Eid al-Fitr")
    assert dialog.table.item(row, 4).text().startswith("edited by the planner")
    assert dialog.restore.isEnabled() and session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert dialog.table.item(row, 2).text() == "9 Mar 2027"
    assert dialog.table.item(row, 4).text().startswith("computed")
    session.undo_stack.redo()
    dialog.select("eid-al-fitr")
    qtbot.mouseClick(dialog.restore, Qt.MouseButton.LeftButton)
    assert dialog.table.item(row, 2).text() == "9 Mar 2027" and session.undo_stack.count() == 2


def test_a_correction_beyond_days_is_refused_with_the_reason(qtbot, session):
    dialog = editors.open_observances_editor(session, None, 2027)
    qtbot.addWidget(dialog)
    dialog.select("eid-al-fitr")
    dialog.start.setDate(QDate(2027, 6, 1))
    dialog.end.setDate(QDate(2027, 6, 1))
    qtbot.mouseClick(dialog.correct, Qt.MouseButton.LeftButton)
    assert "a correction moves it by days" in dialog.message.text()
    assert session.undo_stack.count() == 0


# --- waivers -------------------------------------------------------------------------------------


def test_waivers_given_through_the_services_are_unwaived_together_in_the_dialog(qtbot, session):
    dialog = editors.open_waivers_editor(session, None)
    qtbot.addWidget(dialog)
    a, b, c = (session.db.meeting_by_code(x) for x in "ABC")
    checker = session.checker
    for pair in ((a, b), (b, c)):
        session.edit(
            lambda pair=pair, checker=checker: se.waive(
                session.db, "VENUE-ROOM-CLASH", pair, "<b>shared</b> set-up", checker=checker
            )
        )
        qtbot.waitUntil(lambda: not session.checking, timeout=20_000)
        checker = session.checker
    assert sorted(column(dialog.table, 1)) == ["A, B", "B, C"]
    assert column(dialog.table, 3) == ["<b>shared</b> set-up"] * 2
    dialog.table.selectAll()
    qtbot.mouseClick(dialog.unwaive, Qt.MouseButton.LeftButton)
    assert se.stored_waivers(session.db) == [] and dialog.table.rowCount() == 0
    assert session.undo_stack.count() == 3
    assert session.undo_stack.undoText() == "Unwaive 2 waivers"
    session.undo_stack.undo()
    assert dialog.table.rowCount() == 2 and len(se.stored_waivers(session.db)) == 2


# --- every editor ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "opener",
    [
        editors.open_venues_editor,
        editors.open_policy_editor,
        editors.open_observances_editor,
        editors.open_waivers_editor,
    ],
)
def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, session, opener):
    dialog = opener(session, None)
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []


def test_a_read_only_database_offers_no_change(qtbot, session, monkeypatch):
    monkeypatch.setattr(Session, "read_only", property(lambda self: True))
    venues = editors.open_venues_editor(session, None)
    policy = editors.open_policy_editor(session, None, "R77-GAP")
    for d in (venues, policy):
        qtbot.addWidget(d)
    assert not venues.save_venue.isEnabled() and not venues.delete_venue.isEnabled()
    assert not policy.apply.isEnabled()
