"""The filter panel: lists that take several values, their summaries, the filter in words,
saved named views kept in the settings, and the state the window keeps between sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.printing.charts import Overlays
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.multi_select import MultiSelectBox
from scheduler_app.ui.saved_views import SETTINGS_KEY, SavedViews, parse_views

SG, WP = MeetingKind.STUDY_GROUP, MeetingKind.WORKING_PARTY


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A settings file of the test's own, never the planner's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(qtbot, settings) -> FilterPanel:
    panel = FilterPanel(saved_views=SavedViews(settings))
    qtbot.addWidget(panel)
    panel.set_bodies(["ITU-D SG1", "ITU-D SG2", "Council", "itu-d sg1"])
    return panel


def _check(box: MultiSelectBox, value: str) -> None:
    """What a click on a row of the open list does."""
    box.toggle_row(box.findData(value))


# --- several values ------------------------------------------------------------------------------


def test_two_kinds_chosen_show_the_meetings_of_both(panel, qtbot, reference_db):
    rpm, wtdc = MeetingKind.RPM, MeetingKind.WTDC
    with qtbot.waitSignals([panel.filters_changed] * 2):
        _check(panel.kind_box, rpm.value)
        _check(panel.kind_box, wtdc.value)
    where = panel.where()
    assert where.kinds == {rpm, wtdc}
    shown = reference_db.meetings(where)
    assert {m.kind for m in shown} == {rpm, wtdc}
    assert len(shown) == sum(m.kind in (rpm, wtdc) for m in reference_db.meetings()) == 9
    assert panel.is_filtering()


def test_several_sectors_statuses_and_bodies_reach_the_filter(panel):
    panel.set_selection(
        sectors=[Sector.D, "T"], statuses=[Status.CONFIRMED, "held"], bodies=["Council"]
    )
    where = panel.where()
    assert where.sectors == {Sector.D, Sector.T}
    assert where.statuses == {Status.CONFIRMED, Status.HELD}
    assert where.bodies == {"Council"}
    assert where.kinds == frozenset()


def test_the_summary_names_one_value_and_counts_several(panel):
    box = panel.kind_box
    assert box.summary() == "All kinds"
    _check(box, SG.value)
    assert box.summary() == "Study group"
    _check(box, WP.value)
    assert box.summary(width=10) == "2 kinds"
    assert box.summary(width=1000) == "Study group, Working party"
    _check(box, MeetingKind.FORUM.value)
    assert box.summary(width=10) == "3 kinds"
    assert box.accessibleDescription() == box.summary()
    assert "Forum" in box.toolTip()
    box.toggle_row(0)  # the "All kinds" row clears the lot
    assert box.values() == [] and box.summary() == "All kinds"


def test_the_closed_box_shows_the_values_when_they_fit_and_the_count_otherwise(panel):
    box = panel.kind_box
    box.resize(150, box.sizeHint().height())
    panel.set_selection(kinds=[MeetingKind.FORUM, MeetingKind.OTHER])
    assert box.summary(box.width()) == "Forum, Other"
    panel.set_selection(kinds=[SG, WP, MeetingKind.FORUM])
    assert box.summary(box.width()) == "3 kinds"
    assert not box.grab().isNull()  # the summary is what the box paints


def test_space_toggles_rows_of_the_open_list_and_enter_closes_it(panel, qtbot):
    box = panel.sector_box
    panel.show()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # Space on the closed box opens the list
    view = box.view()
    assert view.isVisible()
    view.setCurrentIndex(box.model().index(box.findData(Sector.GS.value), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # ITU-R
    qtbot.keyClick(view, Qt.Key.Key_Down)  # ITU-T
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.isVisible()  # the list stays open while rows are toggled
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # ... and Space takes one back
    assert box.summary(width=10) == "2 Sectors"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not view.isVisible()
    # Enter closes the list without making the row it is on (ITU-R) the only choice
    assert box.values() == [Sector.GS.value, Sector.T.value]
    assert panel.where().sectors == {Sector.GS, Sector.T}


def test_a_click_in_the_open_list_toggles_a_row_and_keeps_it_open(panel, qtbot):
    box = panel.status_box
    panel.show()
    box.showPopup()
    view = box.view()
    for status in (Status.CONFIRMED, Status.PROPOSED):
        rect = view.visualRect(box.model().index(box.findData(status.value), 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.isVisible()
    assert panel.where().statuses == {Status.CONFIRMED, Status.PROPOSED}
    rect = view.visualRect(box.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not view.isVisible() and box.values() == []


def test_the_arrow_keys_on_the_closed_box_choose_one_value_as_before(panel, qtbot):
    panel.set_selection(kinds=[SG, WP])
    panel.show()
    panel.kind_box.setFocus()
    before = panel.kind_box.currentIndex()  # the first chosen row
    qtbot.keyClick(panel.kind_box, Qt.Key.Key_Down)
    assert panel.kind_box.currentIndex() == before + 1
    assert len(panel.kind_box.values()) == 1


def test_every_list_has_an_accessible_name(panel):
    for widget in (panel.search, *(box for box, _key, _label in panel.boxes)):
        assert widget.accessibleName()
    assert panel.views.views_box.accessibleName()


# --- the single-choice callers ---------------------------------------------------------------------


def test_a_box_driven_as_a_single_choice_combo_box_answers_as_one(panel, qtbot):
    box = panel.kind_box
    with qtbot.waitSignal(panel.filters_changed):
        box.setCurrentIndex(box.findData(SG.value))
    assert (box.currentData(), box.currentText(), box.values()) == (
        SG.value,
        "Study group",
        [SG.value],
    )
    _check(box, WP.value)
    box.setCurrentIndex(box.findData(SG.value))  # the current row again: now alone
    assert box.values() == [SG.value]
    box.setCurrentIndex(0)
    assert box.values() == [] and box.currentIndex() == 0


def test_set_filters_takes_one_row_per_list_and_emits_once(panel, qtbot):
    rows = [panel.kind_box.findData(SG.value), 0, panel.status_box.findData("held"), 0]
    with qtbot.waitSignal(panel.filters_changed) as blocker:
        panel.set_filters("geneva", rows)
    assert blocker.signal_triggered
    assert (panel.text(), panel.where().kinds, panel.where().statuses) == (
        "geneva",
        {SG},
        {Status.HELD},
    )
    with qtbot.assertNotEmitted(panel.filters_changed, wait=200):
        pass  # nor again when the typing pause runs out
    panel.clear()
    assert not panel.is_filtering()


def test_bodies_offered_again_keep_those_chosen_and_drop_those_gone(panel, qtbot):
    assert panel.body_box.offered() == ["Council", "ITU-D SG1", "ITU-D SG2"]
    panel.set_selection(bodies=["ITU-D SG1", "Council"])
    with qtbot.assertNotEmitted(panel.filters_changed):
        panel.set_bodies(["Council", "ITU-D SG1", "TDAG"])
    assert panel.body_box.values() == ["Council", "ITU-D SG1"]
    with qtbot.waitSignal(panel.filters_changed):
        panel.set_bodies(["TDAG"])
    assert panel.body_box.values() == []


# --- the filter in words -------------------------------------------------------------------------


def test_describe_names_one_value_and_lists_several(panel):
    assert panel.describe() == ""
    panel.set_selection(sectors=[Sector.R], statuses=["held"])
    assert panel.describe() == "Sector ITU-R; status Held"
    panel.set_selection(
        text=" geneva ", kinds=[SG, WP, MeetingKind.FORUM], sectors=[Sector.D, Sector.T]
    )
    assert panel.describe() == (
        "text “geneva”; kinds Study group, Working party or Forum; Sectors ITU-T or ITU-D; "
        "status Held"
    )


# --- state kept between sessions --------------------------------------------------------------------


def test_state_and_restore_round_trip_through_json(panel, qtbot, settings):
    panel.set_selection(text="wtdc", kinds=[SG, WP], sectors=[Sector.D], bodies=["ITU-D SG2"])
    panel.overlay_boxes["holidays"].setChecked(False)
    state = json.loads(json.dumps(panel.state()))
    other = FilterPanel(saved_views=SavedViews(settings))
    qtbot.addWidget(other)
    other.set_bodies(["ITU-D SG2"])
    with qtbot.waitSignals([other.filters_changed, other.overlays_changed]):
        other.restore(state)
    assert other.state() == state
    assert other.where() == panel.where() and other.text() == "wtdc"
    assert other.overlays() == Overlays(holidays=False)


@pytest.mark.parametrize(
    "state",
    [
        None,
        "kinds",
        {"text": 3, "kinds": "study-group", "sectors": [None, 7], "overlays": "fireworks"},
        {"kinds": ["party", "study-group"], "bodies": ["No Such Group"]},
    ],
)
def test_a_damaged_or_foreign_state_is_read_as_far_as_it_goes(panel, state):
    panel.restore(state)
    expected = [SG] if isinstance(state, dict) and "party" in state.get("kinds", []) else []
    assert panel.where().kinds == set(expected)
    assert panel.text() == "" and panel.where().bodies == frozenset()
    assert panel.overlays() == Overlays()


# --- saved views ---------------------------------------------------------------------------------


def test_a_saved_view_is_applied_renamed_and_deleted_through_the_settings(panel, qtbot, settings):
    panel.set_selection(kinds=[SG, WP], sectors=[Sector.D], text="2027")
    views = panel.views
    assert views.save_view("  ITU-D groups 2027 ") == "ITU-D groups 2027"
    assert views.shown() == "ITU-D groups 2027"
    panel.clear()
    assert views.shown() is None  # the filters are not the view's any more
    assert not views.rename_action.isEnabled() and not views.manage_button.isEnabled()

    # Another panel (the next session) reads the same settings file.
    settings.sync()
    again = FilterPanel(saved_views=SavedViews(QSettings(settings.fileName(), settings.format())))
    qtbot.addWidget(again)
    assert [again.views.views_box.itemText(i) for i in range(again.views.views_box.count())] == [
        "ITU-D groups 2027"
    ]
    with qtbot.waitSignal(again.filters_changed):
        again.views.views_box.activated.emit(0)  # what choosing it in the list does
    assert again.where().kinds == {SG, WP} and again.where().sectors == {Sector.D}
    assert again.text() == "2027" and again.views.views_box.currentText() == "ITU-D groups 2027"

    again.views.rename_view("ITU-D groups 2027", "D groups")
    assert SavedViews(settings).names() == ["D groups"]
    assert again.views.shown() == "D groups"
    again.views.delete_view("D groups")
    assert SavedViews(settings).names() == [] and again.views.shown() is None
    assert not again.views.views_box.isEnabled()


def test_saving_under_a_taken_name_asks_before_replacing(panel, monkeypatch, message_boxes):
    typed = iter(["Council", "council"])

    def exec_(dialog: QInputDialog) -> int:
        dialog.setTextValue(next(typed))
        return 1

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    panel.set_selection(bodies=["Council"])
    panel.views.save_button.click()
    panel.set_selection(bodies=["Council", "ITU-D SG1"])
    message_boxes.answer = message_boxes.answer.No
    panel.views.save_button.click()
    assert message_boxes.texts == ["Replace the saved view “Council” with the filters now set?"]
    assert panel.views.views.get("Council")["bodies"] == ["Council"]
    message_boxes.answer = message_boxes.answer.Yes
    typed = iter(["council"])
    panel.views.save_button.click()
    assert panel.views.views.names() == ["council"]
    assert panel.views.views.get("Council")["bodies"] == ["Council", "ITU-D SG1"]


def test_a_view_cannot_be_renamed_to_another_views_name(panel, monkeypatch, message_boxes):
    panel.views.save_view("A")
    panel.views.save_view("B")
    monkeypatch.setattr(QInputDialog, "exec", lambda d: d.setTextValue("a") or 1)
    panel.views.rename_action.trigger()
    assert message_boxes.texts == ["There is already a saved view called “a”. Choose another name."]
    assert panel.views.views.names() == ["A", "B"]


def test_a_view_name_is_plain_text(panel, settings):
    name = "<b>groups</b> & <img src='/dev/zero'>"
    panel.views.save_view(name)
    assert panel.views.views_box.currentText() == name
    assert SavedViews(settings).names() == [name]


@pytest.mark.parametrize(
    "stored",
    [
        "not json {",
        "[1, 2]",
        '{"views": "ITU-D"}',
        '{"views": [7, {"name": ""}, {"name": "x", "filters": []}]}',
        "[" * 100_000,
    ],
)
def test_a_corrupt_stored_value_is_ignored(qtbot, settings, stored):
    settings.setValue(SETTINGS_KEY, stored)
    panel = FilterPanel(saved_views=SavedViews(settings))
    qtbot.addWidget(panel)
    assert panel.views.views_box.count() == 0 and not panel.views.views_box.isEnabled()
    panel.views.save_view("kept")  # and saving writes a good value in its place
    assert SavedViews(settings).names() == ["kept"]


def test_a_good_view_beside_a_broken_one_survives(settings):
    good = {"name": "Good", "filters": {"kinds": ["forum"]}}
    settings.setValue(SETTINGS_KEY, json.dumps({"views": [{"name": 3}, good]}))
    assert SavedViews(settings).get("good") == {"kinds": ["forum"]}
    assert parse_views(12) == []


def test_a_saved_view_with_a_kind_this_version_lacks_applies_the_rest(panel, settings):
    views = {"format": 1, "views": [{"name": "Old", "filters": {"kinds": ["party", "forum"]}}]}
    settings.setValue(SETTINGS_KEY, json.dumps(views))
    panel.views.refresh()
    assert panel.views.apply_view("Old")
    assert panel.where().kinds == {MeetingKind.FORUM}
    assert not panel.views.apply_view("Gone")


def test_deleting_the_view_shown_asks_first(panel, message_boxes, settings):
    panel.set_selection(kinds=[MeetingKind.PP])
    panel.views.save_view("PP")
    message_boxes.answer = message_boxes.answer.No
    panel.views.delete_action.trigger()
    assert message_boxes.texts == [
        "Delete the saved view “PP”? The meetings it shows are not affected."
    ]
    assert SavedViews(settings).names() == ["PP"]
    message_boxes.answer = message_boxes.answer.Yes
    panel.views.delete_action.trigger()
    assert SavedViews(settings).names() == [] and panel.where().kinds == {MeetingKind.PP}
