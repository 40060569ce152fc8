"""The dialogs that change or move the selected meetings together."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QSpinBox

from scheduler_app.domain import MeetingKind, Mode, Status
from scheduler_app.services.editing import move_many, set_fields
from scheduler_app.ui.bulk_edit_dialog import (
    FieldChangeDialog,
    MoveDaysDialog,
    ask_field_change,
    ask_move_days,
    listed,
)
from tests.helpers import meeting


@pytest.fixture
def selection(reference_db):
    """C26 (booked in a CICG room), PP-26, RA-27 and WRC-27."""
    chosen = [reference_db.meeting_by_code(c) for c in ("PP-26", "RA-27", "WRC-27", "C26")]
    c26 = chosen[3]
    reference_db.save_meetings([c26.replace(venue="CICG", room="Room 2")])
    chosen[3] = reference_db.meeting(c26.id)
    return chosen


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _nothing_cut(dialog):
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            need = (
                label.heightForWidth(label.width())
                if label.wordWrap()
                else label.sizeHint().height()
            )
            assert need <= label.height(), label.text()
    for control in [*dialog.findChildren(QComboBox), *dialog.findChildren(QSpinBox)]:
        if control.isVisible():
            assert control.width() >= control.minimumSizeHint().width()


def _names_of_controls(dialog):
    buddies = {id(label.buddy()) for label in dialog.findChildren(QLabel) if label.buddy()}
    return [
        bool(c.accessibleName()) or id(c) in buddies
        for c in [*dialog.findChildren(QComboBox), *dialog.findChildren(QSpinBox)]
    ]


def test_the_change_dialog_names_the_meetings_and_what_will_happen(qtbot, reference_db, selection):
    dialog = _shown(
        qtbot, FieldChangeDialog(selection, reference_db.venues(), reference_db.rooms())
    )
    assert dialog.windowTitle() == "Change 4 meetings"
    assert dialog.whom.text() == "PP-26, RA-27, WRC-27 and C26"
    dialog.select("venue", "ITU headquarters")
    assert dialog.fields() == {"venue": "ITU headquarters"}
    assert "4 of 4 meetings will change." in dialog.outcome.text()
    assert "Their place becomes Geneva, CH." in dialog.outcome.text()
    assert "C26 loses its room, which ITU headquarters does not have." in dialog.outcome.text()
    _nothing_cut(dialog)
    dialog.select("venue", "CICG")  # C26 is there already, and keeps Room 2
    assert "3 of 4 meetings will change." in dialog.outcome.text()
    assert "loses" not in dialog.outcome.text()


def test_a_value_every_meeting_already_has_cannot_be_applied(qtbot, reference_db, selection):
    dialog = _shown(qtbot, FieldChangeDialog(selection[1:3], reference_db.venues()))
    assert dialog.value() is Status.TENTATIVE  # both are tentative
    assert not dialog.ok.isEnabled()
    assert "Nothing would change" in dialog.outcome.text()
    assert dialog.current.text() == "Now: Tentative (2)"
    dialog.select("status", Status.CONFIRMED)
    assert dialog.ok.isEnabled()


def test_every_field_offers_its_whole_vocabulary_and_the_known_venues(
    qtbot, reference_db, selection
):
    dialog = FieldChangeDialog(selection, reference_db.venues())
    qtbot.addWidget(dialog)
    assert [dialog.which.itemData(i) for i in range(dialog.which.count())] == [
        "status",
        "kind",
        "venue",
        "mode",
    ]
    data = dialog.choices
    assert {f: b.count() for f, b in dialog.boxes.items()} == {f: len(v) for f, v in data.items()}
    assert data["status"] == list(Status) and data["kind"] == list(MeetingKind)
    assert data["mode"] == list(Mode)
    assert data["venue"] == ["", "CICG", "ITU headquarters"]
    with pytest.raises(ValueError, match="not offered"):
        dialog.select("venue", "Atlantis")


def test_the_answer_is_what_set_fields_takes(qtbot, reference_db, selection):
    dialog = FieldChangeDialog(selection, reference_db.venues())
    qtbot.addWidget(dialog)
    dialog.select("mode", Mode.HYBRID)
    change = set_fields(reference_db, selection, **dialog.fields())
    assert change.label == "Change 4 meetings: mode to hybrid"
    assert {m.mode for m in reference_db.meetings() if m.id in change.ids} == {Mode.HYBRID}


def test_codes_are_shown_as_written_not_as_markup(qtbot, reference_db):
    odd = meeting("<b>X</b>", "2027-03-01")
    dialog = FieldChangeDialog([odd], reference_db.venues())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change <b>X</b>"
    assert dialog.whom.textFormat() == Qt.TextFormat.PlainText
    moving = MoveDaysDialog([odd])
    qtbot.addWidget(moving)
    assert moving.preview.textFormat() == Qt.TextFormat.PlainText
    assert moving.preview.text().startswith("<b>X</b>: 1 Mar 2027 becomes 8 Mar 2027")


def test_the_move_dialog_previews_the_first_meeting_and_signs_the_days(qtbot, selection):
    dialog = _shown(qtbot, MoveDaysDialog(selection))
    assert dialog.windowTitle() == "Move 4 meetings"
    dialog.days_box.setValue(14)
    assert dialog.days() == 14
    assert dialog.preview.text().splitlines() == [
        "C26: 28 Apr-8 May 2026 becomes 12-22 May 2026",  # the earliest, whatever the order
        "and 3 more, each by the same number of days",
    ]
    dialog.earlier.setChecked(True)
    assert dialog.days() == -14
    assert dialog.preview.text().startswith("C26: 28 Apr-8 May 2026 becomes 14-24 Apr 2026")
    assert dialog.ok.isEnabled() and not dialog.problem.isVisible()
    _nothing_cut(dialog)


def test_a_meeting_known_by_its_year_stops_the_move_and_says_why(qtbot, reference_db, selection):
    wtdc = reference_db.meeting_by_code("WTDC-29")
    dialog = _shown(qtbot, MoveDaysDialog([*selection, wtdc]))
    assert not dialog.ok.isEnabled()
    assert "cannot move by days: WTDC-29" in dialog.problem.text()
    _nothing_cut(dialog)  # the dialog grew to hold the explanation


def test_a_move_past_the_supported_years_is_refused_before_it_is_tried(qtbot):
    late = meeting("LATE", "2199-06-01")
    dialog = MoveDaysDialog([late])
    qtbot.addWidget(dialog)
    dialog.days_box.setValue(365)
    assert not dialog.ok.isEnabled() and "LATE would leave the years" in dialog.problem.text()
    dialog.earlier.setChecked(True)
    assert dialog.ok.isEnabled()


def test_every_control_has_a_name(qtbot, reference_db, selection):
    for dialog in (FieldChangeDialog(selection, reference_db.venues()), MoveDaysDialog(selection)):
        qtbot.addWidget(dialog)
        assert all(_names_of_controls(dialog))


def _answer(accept, setup=lambda d: None):
    def act():
        dialog = QApplication.activeModalWidget()
        setup(dialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, act)


def test_ask_field_change_returns_the_choice_or_none(qtbot, reference_db, selection):
    _answer(True, lambda d: d.select("status", Status.HELD))
    assert ask_field_change(None, selection, reference_db.venues()) == {"status": Status.HELD}
    _answer(False)
    assert ask_field_change(None, selection, reference_db.venues()) is None
    assert ask_field_change(None, [], reference_db.venues()) is None


def test_ask_move_days_returns_signed_days_that_move_many_applies(qtbot, reference_db, selection):
    def earlier_by_3(dialog):
        dialog.days_box.setValue(3)
        dialog.earlier.setChecked(True)

    _answer(True, earlier_by_3)
    days = ask_move_days(None, selection)
    assert days == -3
    change = move_many(reference_db, selection, days)
    assert change.label == "Move 4 meetings 3 days earlier"
    _answer(False)
    assert ask_move_days(None, selection) is None


def test_listed_names_a_few_and_counts_the_rest():
    ms = [meeting(f"M-{i}") for i in range(6)]
    assert listed(ms[:1]) == "M-0"
    assert listed(ms[:2]) == "M-0 and M-1"
    assert listed(ms) == "M-0, M-1, M-2, M-3 and 2 more"
