import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from scheduler_app.domain import InvalidMeeting
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, reference_db):
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_dialog_checks_as_you_type(window, qtbot):
    dialog = window.open_meeting_dialog(None)
    qtbot.addWidget(dialog)
    assert not ok_enabled(dialog) and "code" in dialog.problem.text()
    qtbot.keyClicks(dialog.code, "PP-26")
    assert "already used" in dialog.problem.text()
    dialog.code.setText("PP-30")
    dialog.title_edit.setText("Plenipotentiary Conference 2030")
    dialog.start.setDate(QDate(2030, 10, 20))
    dialog.end.setDate(QDate(2030, 10, 7))
    assert not ok_enabled(dialog) and dialog.problem.text()  # its words: test_meeting_dialog.py
    dialog.end.setDate(QDate(2030, 10, 25))
    dialog.venue.setCurrentText("Nowhere Hall")
    assert "not a known venue" in dialog.problem.text()
    dialog.venue.setCurrentText("CICG")
    dialog.room.setCurrentText("Room 99")
    assert "has no room" in dialog.problem.text()
    dialog.room.setCurrentText("Room 2")
    assert ok_enabled(dialog) and dialog.city.text() == "Geneva"
    m = dialog.meeting()
    assert (m.code, m.start, m.end, m.venue, m.room) == (
        "PP-30",
        dt.date(2030, 10, 20),
        dt.date(2030, 10, 25),
        "CICG",
        "Room 2",
    )


def test_a_dialog_with_times_needs_an_iana_zone(window, qtbot):
    dialog = window.open_meeting_dialog(window.db.meeting_by_code("EG-ITRs-6"))
    qtbot.addWidget(dialog)
    assert ok_enabled(dialog)
    dialog.timed.setChecked(True)
    dialog.zone.setCurrentText("Europe/Geneva")
    with pytest.raises(InvalidMeeting, match="IANA"):
        dialog.meeting()
    assert not ok_enabled(dialog)


def test_create_move_delete_then_undo_and_redo_all_of_it(window, message_boxes):
    dialog = window.open_meeting_dialog(None)
    dialog.code.setText("PP-30")
    dialog.title_edit.setText("PP 2030")
    dialog.kind.setCurrentIndex(dialog.kind.findData("pp"))
    dialog.start.setDate(QDate(2030, 10, 7))
    dialog.end.setDate(QDate(2030, 10, 28))
    new = dialog.meeting()
    from scheduler_app.services import editing

    window.edit(lambda: editing.create(window.db, new))
    assert window.model.rowCount() == 41
    assert any(
        f.rule_id == "R77-PP-DURATION" and f.meeting_codes == ("PP-30",)
        for f in window.checker.findings()
    )
    window.select_meeting(new.id)
    window.move_selected(1)
    assert window.db.meeting_by_code("PP-30").start == dt.date(2030, 10, 8)
    window.select_meeting(new.id)
    window.edit(lambda: editing.delete(window.db, window.selected_meetings()))
    assert window.db.meeting_by_code("PP-30") is None and window.model.rowCount() == 40
    stack = window.undo_stack
    stack.undo()
    assert window.db.meeting_by_code("PP-30").start == dt.date(2030, 10, 8)
    stack.undo()
    assert window.db.meeting_by_code("PP-30").start == dt.date(2030, 10, 7)
    stack.undo()
    assert window.db.meeting_by_code("PP-30") is None
    assert not any(f.meeting_codes == ("PP-30",) for f in window.checker.findings())
    stack.redo()
    stack.redo()
    assert (
        window.db.meeting_by_code("PP-30").start == dt.date(2030, 10, 8)
        and window.model.rowCount() == 41
    )
    assert window.db.meeting_by_code("PP-30").sequence >= 4  # every edit, undo and redo raised it
    assert message_boxes.texts == []  # nothing was refused on the way


def test_alt_right_moves_the_selected_meeting_and_ctrl_z_puts_it_back(window, qtbot):
    c26 = window.db.meeting_by_code("C26")
    window.select_meeting(c26.id)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 29)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)
    qtbot.keyClick(
        window.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 29)


def test_an_edit_refused_by_the_database_leaves_everything_as_it_was(window, message_boxes):
    from scheduler_app.services import editing

    c26 = window.db.meeting_by_code("C26")
    window.db.save_meetings([c26.replace(title="Changed elsewhere", sequence=9)])
    assert window.edit(lambda: editing.move(window.db, c26, 1)) is None
    assert (
        "changed or deleted elsewhere" in message_boxes.texts[0] and window.undo_stack.count() == 0
    )


def test_the_calendar_views_share_the_selection_and_a_drag_moves_a_meeting(window, qtbot):
    from PySide6.QtCore import QPoint

    pp26 = window.db.meeting_by_code("PP-26")
    window.select_meeting(pp26.id)
    window.current_date = dt.date(2026, 11, 22)
    for view in ("year", "timeline", "month", "agenda", "year"):
        window.show_view(view)
        assert window.view == view
    view = window.year_view
    view.resize(1400, 800)
    window.refresh_view()
    assert window.current_date.year == 2026  # the views followed the selection to its year
    bar = view.scene.bar(pp26.id)
    assert bar is not None and view.selected() == (pp26.id,)
    for key in ("timeline", "month"):  # every view outlines the one selection
        assert window.calendar.canvases[key].selected() == (pp26.id,)
    shown, axis = view.visible_rect(), view.scene.axis
    y = bar.rect.y + bar.rect.h / 2
    x = bar.rect.x + bar.rect.w / 2
    day = axis.date_at(x, y)
    [cell] = axis.day_rects(day + dt.timedelta(days=7), day + dt.timedelta(days=7))
    start = QPoint(round(x - shown.x), round(y - shown.y))
    end = QPoint(round(cell.x + cell.w / 2 - shown.x), start.y())  # a week later
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    assert "PP-26 16 Nov-4 Dec 2026" in window.statusBar().currentMessage()  # the findings preview
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = window.db.meeting_by_code("PP-26")
    assert (moved.start, moved.end) == (dt.date(2026, 11, 16), dt.date(2026, 12, 4))
    window.undo_stack.undo()
    assert window.db.meeting_by_code("PP-26").start == dt.date(2026, 11, 9)


def test_the_view_timeline_span_and_filters_come_back_next_time(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from scheduler_app.domain import MeetingKind, Sector
    from scheduler_app.printing.charts import Overlays
    from scheduler_app.screen.periods import DEFAULT_TIMELINE_DAYS, ZOOM_STEP
    from scheduler_app.services.planner import open_database

    # A settings file of this test's own, so nothing another test closed leaks in.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    path = tmp_path / "plan.sqlite"
    first = MainWindow(open_database(path, with_calendar=True))
    qtbot.addWidget(first)
    first.restore_settings()  # nothing saved yet: the defaults stand
    assert (first.view, first.timeline_days, first.filter_panel.kind_box.currentIndex()) == (
        "agenda",
        DEFAULT_TIMELINE_DAYS,
        0,
    )
    assert first.filter_panel.overlays() == Overlays()
    first.show_view("timeline")
    first.zoom_by(ZOOM_STEP)
    first.zoom_by(ZOOM_STEP)  # five years across, then four, then a little over three
    zoomed = DEFAULT_TIMELINE_DAYS / ZOOM_STEP**2
    first.filter_panel.kind_box.setCurrentIndex(
        first.filter_panel.kind_box.findData(MeetingKind.STUDY_GROUP.value)
    )
    first.filter_panel.sector_box.setCurrentIndex(
        first.filter_panel.sector_box.findData(Sector.T.value)
    )
    first.filter_panel.status_box.setCurrentIndex(
        first.filter_panel.status_box.findData("confirmed")
    )
    first.filter_panel.body_box.setCurrentIndex(first.filter_panel.body_box.findData("ITU-D SG1"))
    first.overlay_actions["holidays"].setChecked(False)  # the menu and the panel are one state
    assert not first.filter_panel.overlay_boxes["holidays"].isChecked()
    first.close()

    second = MainWindow(open_database(path, with_calendar=False))
    qtbot.addWidget(second)
    second.restore_settings()
    assert second.view == "timeline"
    assert second.view_actions["timeline"].isChecked()
    assert second.timeline_days == pytest.approx(zoomed)
    assert second.filter_panel.body_box.currentData() == "ITU-D SG1"
    assert second.filter_panel.overlays() == Overlays(holidays=False)
    assert second.overlay_actions["religious"].isChecked()
    assert not second.overlay_actions["holidays"].isChecked()
    assert second.filter_panel.kind_box.currentData() == MeetingKind.STUDY_GROUP.value
    assert second.filter_panel.sector_box.currentData() == Sector.T.value
    assert second.filter_panel.status_box.currentText() == "Confirmed"
    assert all(m.kind is MeetingKind.STUDY_GROUP for m in second.shown_meetings())

    # A value this version does not know is ignored, not obeyed.
    second.close()
    settings = QSettings()
    settings.setValue("view/current", "gantt")
    settings.setValue("view/timeline_days", "lots")
    settings.setValue(
        "filter/state",
        '{"text": 7, "kinds": ["party"], "bodies": ["No Such Group"], "overlays": "fireworks"}',
    )
    settings.sync()
    third = MainWindow(open_database(path, with_calendar=False))
    qtbot.addWidget(third)
    third.restore_settings()
    assert (third.view, third.timeline_days, third.filter_panel.kind_box.currentIndex()) == (
        "agenda",
        DEFAULT_TIMELINE_DAYS,
        0,
    )
    assert third.filter_panel.body_box.currentIndex() == 0
    assert third.filter_panel.overlays() == Overlays()
    third.close()


def test_go_to_date_shows_that_date_in_the_current_view(window):
    window.show_view("year")
    dialog = window.open_go_to_dialog()
    assert dialog.picker.date().toPython() == window.current_date
    dialog.picker.setDate(QDate(2027, 10, 1))
    dialog.accept()
    assert window.current_date == dt.date(2027, 10, 1)
    scene = window.views.currentWidget().scene
    assert (scene.first, scene.last) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert "1 January 2027 to 31 December 2027" in window.views.currentWidget().accessibleName()

    window.show_view("agenda")
    dialog = window.open_go_to_dialog()
    dialog.picker.setDate(QDate(2026, 10, 20))
    dialog.accept()
    # The agenda selects the first meeting still running on that day.
    assert window.selected_meetings()[0].end >= dt.date(2026, 10, 20)

    dialog = window.open_go_to_dialog()
    dialog.picker.setDate(QDate(2030, 1, 1))
    dialog.reject()
    assert window.current_date == dt.date(2026, 10, 20)


def test_deleting_names_the_meetings_as_every_edit_does(window, message_boxes):
    """Issue 12, defect 8: the question ended in "…" and the undo label had its own wording."""
    from PySide6.QtWidgets import QMessageBox

    ms = sorted(window.db.meetings(), key=lambda m: m.code)
    window.select_meetings([m.id for m in ms[:7]])
    message_boxes.answer = QMessageBox.StandardButton.No
    window.edits.delete()
    codes = [m.label for m in window.edits.selected()][:5]
    assert message_boxes.texts[-1] == f"Delete {', '.join(codes)} and 2 more?"
    window.select_meetings([m.id for m in ms[:3]])
    labels = [m.label for m in window.edits.selected()]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.edits.delete()
    assert window.undo_stack.undoText() == f"Delete {labels[0]}, {labels[1]} and {labels[2]}"
