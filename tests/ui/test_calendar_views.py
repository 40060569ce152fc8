"""The calendar views in the window: drags to other rows, keyboard steps, tooltips, overlays,
the body filter, the timeline's zoom, and the File menu's databases (drags through the canvas's
signals, by days and by 15 minutes in the week view: test_drag_precision.py)."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from scheduler_app.screen.periods import MAX_TIMELINE_DAYS, MIN_TIMELINE_DAYS, ZOOM_STEP
from scheduler_app.screen.scene import Bar, FontRole, Rect, Tone
from scheduler_app.services import editing
from scheduler_app.ui.canvas_drag import grip
from scheduler_app.ui.file_actions import recent_files
from scheduler_app.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, reference_db, tmp_path):
    # a settings file of this test's own: recent files and overlays must not leak between tests
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.check_now()
    return w


def show(window, view, day):
    """Show ``view`` on ``day`` (go_to, not the selection: the window selects a meeting of its
    own when it opens, and a view shown follows the selection)."""
    window.show_view(view)
    canvas = window.views.currentWidget()
    canvas.resize(1100, 700)
    window.calendar.go_to(day)
    return canvas


def spot(canvas, day: dt.date, meeting_id: str = "") -> tuple[float, float]:
    """Where ``day`` is drawn, in content pixels (on the meeting's bar when one is named)."""
    scene = canvas.scene
    for r in scene.axis.day_rects(day, day):
        x, y = r.x + r.w / 2, r.y + r.h / 2
        if not meeting_id:
            return x, y
        for bar in scene.bars_of(meeting_id):
            b = bar.rect
            if b.x <= x <= b.right and r.y <= b.y + b.h / 2 <= r.bottom:
                return x, b.y + b.h / 2
    raise AssertionError(f"{day} is not drawn in the {window_view(canvas)}")


def window_view(canvas) -> str:
    return canvas.objectName() or "view"


def at(canvas, x: float, y: float) -> QPoint:
    """The viewport point showing content point (x, y), which must be in view."""
    view = canvas.visible_rect()
    assert view.contains(x, y), f"({x}, {y}) is not in view {view}"
    return QPoint(round(x - view.x), round(y - view.y))


def press(qtbot, canvas, x: float, y: float) -> None:
    qtbot.mousePress(canvas.viewport(), LEFT, pos=at(canvas, x, y))


def move(qtbot, canvas, x: float, y: float) -> None:
    qtbot.mouseMove(canvas.viewport(), at(canvas, x, y))


def release(qtbot, canvas, x: float, y: float) -> None:
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=at(canvas, x, y))


def findings_of(window, code):
    m = window.db.meeting_by_code(code)
    return {f.rule_id for f in window.checker.findings() if m.id in f.meeting_ids}


# --- dragging ------------------------------------------------------------------------------------


def test_a_bar_dragged_to_another_month_row_takes_that_date(window, qtbot):
    c26 = window.db.meeting_by_code("C26")  # 28 Apr-8 May 2026: outside June-July
    assert "R77-COUNCIL-JUNE-JULY" in findings_of(window, "C26")
    view = show(window, "year", dt.date(2026, 1, 1))
    press(qtbot, view, *spot(view, dt.date(2026, 4, 29), c26.id))  # on its April piece
    drop = spot(view, dt.date(2026, 6, 29))  # two rows down: +61 days
    move(qtbot, view, *drop)
    assert view._preview == (dt.date(2026, 6, 28), dt.date(2026, 7, 8))
    assert "C26 28 Jun-8 Jul 2026" in window.statusBar().currentMessage()
    release(qtbot, view, *drop)
    moved = window.db.meeting_by_code("C26")
    assert (moved.start, moved.end) == (dt.date(2026, 6, 28), dt.date(2026, 7, 8))
    assert view._preview is None
    assert "R77-COUNCIL-JUNE-JULY" not in findings_of(window, "C26")
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)


def test_a_bar_dragged_to_the_next_week_of_the_month_grid_moves_a_week(window, qtbot):
    pp26 = window.db.meeting_by_code("PP-26")  # 9-27 Nov 2026
    view = show(window, "month", dt.date(2026, 11, 1))
    press(qtbot, view, *spot(view, dt.date(2026, 11, 10), pp26.id))
    drop = spot(view, dt.date(2026, 11, 17))
    move(qtbot, view, *drop)
    release(qtbot, view, *drop)
    moved = window.db.meeting_by_code("PP-26")
    assert (moved.start, moved.end) == (dt.date(2026, 11, 16), dt.date(2026, 12, 4))


def test_dragging_the_first_day_past_the_last_is_refused_and_esc_drops_nothing(window, qtbot):
    c26 = window.db.meeting_by_code("C26")
    window.select_meeting(c26.id)
    view = show(window, "timeline", dt.date(2026, 4, 1))
    window.calendar.zoom.timeline_days = 91.0  # three months across: April-June 2026
    window.calendar.go_to(dt.date(2026, 4, 1))
    bar = view.scene.bar(c26.id).rect
    press(qtbot, view, bar.x + 1, bar.y + bar.h / 2)
    assert view._drag.mode == "start"
    past = spot(view, dt.date(2026, 5, 20))  # the first day after the last
    move(qtbot, view, past[0], bar.y + bar.h / 2)
    assert "the first day cannot come after the last" in window.statusBar().currentMessage()
    release(qtbot, view, past[0], bar.y + bar.h / 2)
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)
    assert window.undo_stack.count() == 0
    # Esc during a drag: nothing moves
    press(qtbot, view, *spot(view, dt.date(2026, 5, 1), c26.id))
    later = spot(view, dt.date(2026, 6, 10))
    move(qtbot, view, later[0], bar.y + bar.h / 2)
    assert view._preview is not None
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view._preview is None
    release(qtbot, view, later[0], bar.y + bar.h / 2)
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)
    assert window.undo_stack.count() == 0


def test_a_thin_bar_is_moved_not_stretched_and_a_refused_drag_says_why(window):
    thin = Bar("x", Rect(10.0, 0.0, 10.0, 20.0), "#1f4e9c")
    assert (grip(thin, 10.5), grip(thin, 15.0), grip(thin, 19.5)) == ("move",) * 3
    wide = Bar("x", Rect(10.0, 0.0, 100.0, 20.0), "#1f4e9c")
    assert (grip(wide, 11.0), grip(wide, 60.0), grip(wide, 109.0)) == ("start", "move", "end")
    cut = Bar("x", Rect(10.0, 0.0, 100.0, 20.0), "#1f4e9c", continues_before=True)
    assert grip(cut, 11.0) == "move"  # the view's edge, not the meeting's first day
    c26 = window.db.meeting_by_code("C26")
    assert window.calendar.drag.dragged(c26.id, 20, "start") is None
    assert "the first day cannot come after the last" in window.statusBar().currentMessage()


# --- keyboard, tooltips, following the selection -------------------------------------------------


def test_arrow_keys_step_through_the_meetings_and_follow_them_to_another_year(window, qtbot):
    view = show(window, "year", dt.date(2026, 1, 1))
    window.select_meeting(window.db.meeting_by_code("PP-26").id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    after = window.selected_meetings()[0]
    assert after.start >= dt.date(2026, 11, 9) and after.code != "PP-26"
    assert view.selected() == (after.id,)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.selected_meetings()[0].code == "PP-26"
    while window.selected_meetings()[0].start.year == 2026:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.current_date.year == 2027  # the view followed the selection
    assert view.scene.first == dt.date(2027, 1, 1)
    assert view.scene.bar(window.selected_meetings()[0].id) is not None


def test_the_view_shown_follows_a_meeting_selected_elsewhere(window):
    view = show(window, "year", dt.date(2026, 1, 1))
    wtdc = window.db.meeting_by_code("WTDC-29")  # known by its year only: 2029
    window.select_meeting(wtdc.id)
    assert (view.scene.first, view.scene.last) == (dt.date(2029, 1, 1), dt.date(2029, 12, 31))
    bar = view.scene.bar(wtdc.id)
    assert bar is not None and view.visible_rect().intersects(bar.rect)
    assert view.selected() == (wtdc.id,)


@pytest.fixture
def tips(monkeypatch):
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    return shown


def hover(canvas, x: float, y: float) -> None:
    p = at(canvas, x, y)
    event = QHelpEvent(QEvent.Type.ToolTip, p, canvas.viewport().mapToGlobal(p))
    QApplication.sendEvent(canvas.viewport(), event)


def test_hovering_names_the_meeting_and_the_religious_period_of_its_day(window, tips):
    pp26 = window.db.meeting_by_code("PP-26")
    view = show(window, "year", dt.date(2026, 1, 1))
    x, y = spot(view, dt.date(2026, 11, 24), pp26.id)
    hover(view, x, y)
    assert "PP-26: Plenipotentiary Conference 2026" in tips[-1]
    assert "9-27 Nov 2026 (19 days) · confirmed" in tips[-1]
    hover(view, x, view.scene.bar(pp26.id).rect.y - 3)  # the same day, just above the bar
    assert "Religious period: Gurpurab" in tips[-1]


def test_labels_are_drawn_no_smaller_than_the_desktops_small_font(window):
    for key in ("year", "timeline", "month", "week"):
        view = show(window, key, dt.date(2026, 11, 1))
        small = view.metrics.height(FontRole.SMALL)
        scene = view.scene
        assert scene.captions and all(c.rect.h >= small - 0.5 for c in scene.captions), key
        labelled = [b for b in scene.bars if b.label and b.label_rect is not None]
        assert all(b.label_rect.h >= small - 0.5 for b in labelled), key


def test_a_view_is_laid_out_to_the_width_of_its_canvas(window, qtbot):
    view = show(window, "month", dt.date(2026, 11, 1))
    assert view.scene.width == pytest.approx(view.viewport().width(), abs=1)
    view.resize(800, 600)
    qtbot.waitUntil(lambda: abs(view.scene.width - view.viewport().width()) <= 1)
    assert view.scene.first <= dt.date(2026, 11, 1) <= view.scene.last


# --- filters and overlays ------------------------------------------------------------------------


def test_the_body_filter_applies_to_the_table_and_the_views(window, qtbot):
    window.filter_panel.body_box.setCurrentIndex(window.filter_panel.body_box.findData("Council"))
    shown = window.shown_meetings()
    assert shown and all("Council" in (m.body, m.parent) for m in shown)
    assert {"C26", "CWG-2026-01", "EG-ITRs-6"} <= {m.code for m in shown}
    view = show(window, "year", dt.date(2026, 1, 1))
    assert set(view.scene.meeting_ids()) == {
        m.id for m in shown if m.end.year >= 2026 >= m.start.year
    }
    assert "body Council" in window.filter_text()
    qtbot.mouseClick(window.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 40 and window.filter_panel.body_box.currentIndex() == 0


def test_an_overlay_turned_off_leaves_the_view(window):
    view = show(window, "year", dt.date(2026, 1, 1))

    def shaded():
        return any(a.tone is Tone.OBSERVANCE for a in view.scene.areas)

    assert shaded()
    window.overlay_actions["religious"].setChecked(False)
    assert not shaded() and not window.filter_panel.overlay_boxes["religious"].isChecked()
    window.filter_panel.overlay_boxes["religious"].setChecked(True)
    assert shaded() and window.overlay_actions["religious"].isChecked()


def test_a_new_body_named_in_an_edit_joins_the_body_filter(window):
    c26 = window.db.meeting_by_code("C26")
    assert window.filter_panel.body_box.findData("Council Audit Group") == -1
    window.edit(lambda: editing.update(window.db, c26, c26.replace(body="Council Audit Group")))
    assert window.filter_panel.body_box.findData("Council Audit Group") > 0


# --- the timeline's zoom -------------------------------------------------------------------------


def left_edge(window) -> dt.date:
    return window.calendar.left_edge_day()


def test_the_timeline_zooms_from_six_years_to_two_weeks_and_steps_by_what_it_shows(window):
    view = show(window, "timeline", dt.date(2026, 1, 1))
    for _ in range(3):
        window.zoom_by(1 / ZOOM_STEP)
    assert window.timeline_days == MAX_TIMELINE_DAYS
    assert "Zoomed as far as the view goes" in window.statusBar().currentMessage()
    scene = view.scene  # whole years that hold the six shown, with the day that was in the middle
    assert (scene.first.month, scene.first.day, scene.last.month, scene.last.day) == (1, 1, 12, 31)
    edge = left_edge(window)
    assert scene.first == dt.date(edge.year, 1, 1)
    assert scene.last >= edge + dt.timedelta(days=int(MAX_TIMELINE_DAYS))
    assert scene.first <= dt.date(2028, 7, 1) <= scene.last
    for _ in range(30):  # zoomed in step by step, to the fortnight
        window.zoom_by(ZOOM_STEP)
    assert window.timeline_days == MIN_TIMELINE_DAYS
    window.calendar.go_to(dt.date(2026, 11, 16))
    assert left_edge(window) == dt.date(2026, 11, 16)
    shown = view.visible_rect()
    last = view.scene.axis.date_at(shown.right - 1, shown.y + shown.h / 2)
    assert last == dt.date(2026, 11, 29)  # a fortnight across
    window.step_period(1)
    assert left_edge(window) == dt.date(2026, 11, 30)
    window.step_period(-1)
    assert left_edge(window) == dt.date(2026, 11, 16)


def test_the_timeline_shown_near_the_end_of_its_years_lays_out_once(window, qtbot):
    view = show(window, "timeline", dt.date(2026, 1, 1))
    window.calendar.zoom.timeline_days = 91.0
    window.calendar.go_to(dt.date(2026, 12, 1))  # within the last 91 days of 2026
    view.scroll_to(view.visible_rect().x - 50, 0)
    qtbot.wait(200)
    assert view.scene.first <= dt.date(2026, 12, 1) <= view.scene.last


def test_the_timeline_shows_a_meeting_known_only_by_its_year(window):
    wtdc = window.db.meeting_by_code("WTDC-29")
    view = show(window, "timeline", dt.date(2027, 1, 1))  # five years: 2027-2031
    bar = view.scene.bar(wtdc.id)
    assert bar is not None and bar.label == "WTDC-29"
    axis = view.scene.axis
    y = bar.rect.y + bar.rect.h / 2
    assert axis.date_at(bar.rect.x + 1, y).year == 2029
    assert axis.date_at(bar.rect.right - 1, y).year == 2029


def wheel(canvas, pos: QPoint, dy: int) -> None:
    vp = canvas.viewport()
    event = QWheelEvent(
        QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, dy),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(vp, event)


def test_ctrl_wheel_zooms_the_timeline(window):
    view = show(window, "timeline", dt.date(2026, 1, 1))
    before = window.timeline_days
    pointer = QPoint(100, 40)
    wheel(view, pointer, 120)
    assert window.calendar.zoom.timeline_days == pytest.approx(before / ZOOM_STEP)
    assert "Timeline: 4 years across" in window.statusBar().currentMessage()
    wheel(view, pointer, -120)
    wheel(view, pointer, -120)  # out past the widest zoom: six years
    assert window.calendar.zoom.timeline_days == MAX_TIMELINE_DAYS
    window.calendar.zoomer.settle()  # the pause after the gesture: laid out at its zoom
    days_laid_out = (view.scene.last - view.scene.first).days + 1
    px_per_day = view.viewport().width() / MAX_TIMELINE_DAYS
    assert view.scene.width == pytest.approx(days_laid_out * px_per_day, rel=0.01)


def test_ctrl_wheel_keeps_the_day_under_the_pointer(window):
    view = show(window, "timeline", dt.date(2026, 1, 1))
    pointer = QPoint(view.viewport().width() // 2, 40)

    def day_under_pointer():
        shown = view.visible_rect()
        return view.scene.axis.date_at(shown.x + pointer.x(), shown.y + pointer.y())

    day = day_under_pointer()
    wheel(view, pointer, 120)
    window.calendar.zoomer.settle()
    assert abs((day_under_pointer() - day).days) <= 2


def test_a_wheel_step_stretches_the_picture_and_lays_out_when_the_gesture_pauses(window, qtbot):
    view = show(window, "timeline", dt.date(2026, 1, 1))
    drawn = view.scene
    pointer = QPoint(view.viewport().width() // 2, 40)
    wheel(view, pointer, 120)
    wheel(view, pointer, 120)
    assert view.scene is drawn and view._stretch is not None  # answered by a repaint only
    assert view._stretch[0] == pytest.approx(ZOOM_STEP**2)
    qtbot.waitUntil(lambda: view.scene is not drawn, timeout=2000)
    assert view._stretch is None
    assert view.scene.width == pytest.approx(drawn.width * ZOOM_STEP**2, rel=0.3)


# --- databases -----------------------------------------------------------------------------------


def test_new_open_recent_and_save_a_copy(window, tmp_path, message_boxes):
    reference = window.db.path
    copy = tmp_path / "snapshot.sqlite"
    assert window.save_copy(copy) and copy.exists()
    assert "Saved a copy" in window.statusBar().currentMessage()

    fresh = tmp_path / "fresh.sqlite"
    c26 = window.db.meeting_by_code("C26")
    window.edit(lambda: editing.move(window.db, c26, 1))
    assert window.undo_stack.count() == 1
    assert window.open_path(fresh, create=True)
    assert window.model.total == 0 and "fresh" in window.windowTitle()
    assert window.undo_stack.count() == 0  # the history belonged to the other database
    assert recent_files()[0] == fresh.resolve()
    assert not window.open_path(copy, create=True) and "already exists" in message_boxes.texts[-1]

    assert window.open_path(copy)
    assert window.model.total == 40
    assert recent_files()[:2] == [copy.resolve(), fresh.resolve()]
    window.files.fill_recent_menu()
    labels = [a.text() for a in window.files.recent_menu.actions()]
    assert labels[0].startswith("&1 snapshot.sqlite") and "&Clear Menu" in labels

    fresh.unlink()  # a recent file that has gone is refused and forgotten
    assert not window.open_path(fresh) and "does not exist" in message_boxes.texts[-1]
    assert fresh.resolve() not in recent_files()
    assert window.db.path == copy  # still on the copy
    assert reference.exists()


def test_opening_another_database_redraws_the_view_and_drops_a_body_it_lacks(window, tmp_path):
    from scheduler_app.services.planner import open_database

    c26 = window.db.meeting_by_code("C26")
    window.select_meeting(c26.id)
    view = show(window, "year", dt.date(2026, 1, 1))
    window.edit(lambda: editing.update(window.db, c26, c26.replace(body="Council Audit Group")))
    window.filter_panel.body_box.setCurrentIndex(
        window.filter_panel.body_box.findData("Council Audit Group")
    )
    assert set(view.scene.meeting_ids()) == {c26.id}
    other = tmp_path / "other.sqlite"
    open_database(other, with_calendar=True).close()  # the bundled calendar, without that body
    assert window.open_path(other)
    assert window.model.rowCount() == 40  # not filtered by a body the box no longer shows
    window.calendar.go_to(dt.date(2026, 1, 1))  # the other database selected a meeting of its own
    refs = set(window.year_view.scene.meeting_ids())
    assert window.db.meeting_by_code("PP-26").id in refs  # redrawn, for the other database
    assert window.filter_panel.body_box.currentIndex() == 0
    assert "body" not in window.filter_text()


def test_printing_from_the_window_uses_the_overlays_it_shows(window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from scheduler_app.ui.print_dialog import PrintOptionsDialog

    monkeypatch.setattr(PrintOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.overlay_actions["outside"].setChecked(False)
    request = window.printing.ask_options("Print")
    assert request is not None and not request.overlays.outside and request.overlays.religious


def test_a_view_shown_again_reuses_its_scene_until_something_changes(window):
    window.select_meeting(window.db.meeting_by_code("PP-26").id)  # a meeting of 2026
    window.show_view("year")
    window.calendar.go_to(dt.date(2026, 1, 1))
    year = window.year_view
    scene = year.scene
    window.show_view("timeline")
    window.show_view("year")
    assert year.scene is scene  # no new layout for going back
    c26 = window.db.meeting_by_code("C26")
    window.edit(lambda: editing.move(window.db, c26, 1))
    assert year.scene is not scene  # an edit lays it out again
    scene = year.scene
    window.overlay_actions["holidays"].setChecked(False)
    assert year.scene is not scene
    scene = year.scene
    window.filter_panel.kind_box.setCurrentIndex(1)
    assert year.scene is not scene
