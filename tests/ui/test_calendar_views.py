"""The calendar views in the window: drags to other rows, keyboard steps, tooltips, overlays,
the body filter, timeline zoom, and the File menu's databases."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent

from scheduler_app.domain.legend import OBSERVANCE_HEX
from scheduler_app.printing.page import Box
from scheduler_app.services import editing
from scheduler_app.ui.file_actions import recent_files
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.view_periods import screen_page_size, timeline_period


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
    window.current_date = day
    window.show_view(view)
    widget = window.views.currentWidget()
    widget.resize(1100, 700)
    window.refresh_view()
    return widget


def point_of(view, day: dt.date, bar: Box | None = None) -> QPoint:
    """Where ``day`` is in the view (on the bar's line when a bar is given)."""
    k, dx, dy = view._scale()
    for strip in view.page.strips:
        x = strip.x + ((day - strip.first).days + 0.5) * strip.mm_per_day
        y = strip.y + strip.h / 2
        if strip.date_at(x, y) == day:
            if bar is not None and strip.y <= bar.y + bar.h / 2 < strip.y + strip.h:
                y = bar.y + bar.h / 2
            return QPoint(round(dx + x * k), round(dy + y * k))
    raise AssertionError(f"{day} is not on the page")


def move_to(view, point: QPoint) -> None:
    view.mouseMoveEvent(
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def first_bar(view, meeting_id) -> Box:
    return next(b for b in view.page.items if isinstance(b, Box) and b.ref == meeting_id)


def findings_of(window, code):
    m = window.db.meeting_by_code(code)
    return {f.rule_id for f in window.checker.findings() if m.id in f.meeting_ids}


# --- dragging ------------------------------------------------------------------------------------


def test_a_bar_dragged_to_another_month_row_takes_that_date(window, qtbot):
    c26 = window.db.meeting_by_code("C26")  # 28 Apr-8 May 2026: outside June-July
    assert "R77-COUNCIL-JUNE-JULY" in findings_of(window, "C26")
    view = show(window, "year", dt.date(2026, 1, 1))
    bar = first_bar(view, c26.id)  # its April piece
    press = point_of(view, dt.date(2026, 4, 29), bar)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    drop = point_of(view, dt.date(2026, 6, 29))  # two rows down: +61 days
    move_to(view, drop)
    assert view._preview == (dt.date(2026, 6, 28), dt.date(2026, 7, 8))
    assert "C26 28 Jun-8 Jul 2026" in window.statusBar().currentMessage()
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    moved = window.db.meeting_by_code("C26")
    assert (moved.start, moved.end) == (dt.date(2026, 6, 28), dt.date(2026, 7, 8))
    assert view._preview is None
    assert "R77-COUNCIL-JUNE-JULY" not in findings_of(window, "C26")
    window.undo_stack.undo()
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)


def test_a_bar_dragged_to_the_next_week_of_the_month_grid_moves_a_week(window, qtbot):
    pp26 = window.db.meeting_by_code("PP-26")  # 9-27 Nov 2026
    view = show(window, "month", dt.date(2026, 11, 1))
    bar = first_bar(view, pp26.id)
    press = point_of(view, dt.date(2026, 11, 10), bar)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    drop = point_of(view, dt.date(2026, 11, 17))
    move_to(view, drop)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=drop)
    moved = window.db.meeting_by_code("PP-26")
    assert (moved.start, moved.end) == (dt.date(2026, 11, 16), dt.date(2026, 12, 4))


def test_dragging_the_first_day_past_the_last_is_refused_and_esc_drops_nothing(window, qtbot):
    c26 = window.db.meeting_by_code("C26")
    view = show(window, "timeline", dt.date(2026, 4, 1))
    window.calendar.timeline_span = "1m"
    window.current_date = dt.date(2026, 4, 15)
    window.zoom_timeline(1)  # 3 months: April-June 2026
    view.resize(1100, 700)
    window.refresh_view()
    bar = first_bar(view, c26.id)
    k, dx, dy = view._scale()
    left_edge = QPoint(round(dx + (bar.x + 0.3) * k), round(dy + (bar.y + bar.h / 2) * k))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=left_edge)
    assert view._drag[1] == "start"
    move_to(view, point_of(view, dt.date(2026, 5, 20)))  # the first day after the last
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point_of(view, dt.date(2026, 5, 20)))
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)
    assert window.undo_stack.count() == 0
    # Esc during a drag: nothing moves
    press = point_of(view, dt.date(2026, 5, 1), bar)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=press)
    move_to(view, point_of(view, dt.date(2026, 6, 10)))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=point_of(view, dt.date(2026, 6, 10)))
    assert window.db.meeting_by_code("C26").start == dt.date(2026, 4, 28)
    assert window.undo_stack.count() == 0


# --- keyboard, tooltips --------------------------------------------------------------------------


def test_arrow_keys_step_through_the_meetings_and_follow_them_to_another_year(window, qtbot):
    view = show(window, "year", dt.date(2026, 1, 1))
    window.select_meeting(window.db.meeting_by_code("PP-26").id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    after = window.selected_meetings()[0]
    assert after.start >= dt.date(2026, 11, 9) and after.code != "PP-26"
    assert view.selected == after.id
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert window.selected_meetings()[0].code == "PP-26"
    while window.selected_meetings()[0].start.year == 2026:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.current_date.year == 2027  # the view followed the selection
    assert view.bar_rect(window.selected_meetings()[0].id) is not None


def test_hovering_names_the_meeting_and_the_religious_period_under_it(window):
    pp26 = window.db.meeting_by_code("PP-26")
    view = show(window, "year", dt.date(2026, 1, 1))
    bar = first_bar(view, pp26.id)
    tips = view.tips_at(QPointF(point_of(view, dt.date(2026, 11, 24), bar)))
    assert tips[0].startswith("PP-26: Plenipotentiary Conference 2026")
    assert "9-27 Nov 2026 (19 days) · confirmed" in tips[0]
    assert any("Religious period: Gurpurab" in t for t in tips[1:])


# --- filters and overlays ------------------------------------------------------------------------


def test_the_body_filter_applies_to_the_table_and_the_views(window, qtbot):
    window.filter_panel.body_box.setCurrentIndex(window.filter_panel.body_box.findData("Council"))
    shown = window.shown_meetings()
    assert shown and all("Council" in (m.body, m.parent) for m in shown)
    assert {"C26", "CWG-2026-01", "EG-ITRs-6"} <= {m.code for m in shown}
    view = show(window, "year", dt.date(2026, 1, 1))
    refs = {b.ref for b in view.page.items if isinstance(b, Box) and b.ref}
    assert refs == {m.id for m in shown if m.end.year >= 2026 >= m.start.year}
    assert "body Council" in window.filter_text()
    qtbot.mouseClick(window.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 40 and window.filter_panel.body_box.currentIndex() == 0


def test_an_overlay_turned_off_leaves_the_view(window):
    view = show(window, "year", dt.date(2026, 1, 1))

    def shaded():
        return any(isinstance(b, Box) and b.fill == OBSERVANCE_HEX for b in view.page.items)

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


@pytest.mark.parametrize(
    ("span", "day", "expected"),
    [
        ("2w", dt.date(2026, 11, 22), (dt.date(2026, 11, 16), dt.date(2026, 11, 29))),
        ("1m", dt.date(2028, 2, 10), (dt.date(2028, 2, 1), dt.date(2028, 2, 29))),
        ("3m", dt.date(2026, 11, 22), (dt.date(2026, 10, 1), dt.date(2026, 12, 31))),
        ("6m", dt.date(2026, 5, 2), (dt.date(2026, 1, 1), dt.date(2026, 6, 30))),
        ("1y", dt.date(2026, 5, 2), (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
        ("5y", dt.date(2026, 5, 2), (dt.date(2026, 1, 1), dt.date(2030, 12, 31))),
    ],
)
def test_each_timeline_span_covers_whole_weeks_months_or_years(span, day, expected):
    assert timeline_period(span, day) == expected


def test_the_timeline_zooms_from_six_years_to_two_weeks_and_steps_by_its_span(window):
    view = show(window, "timeline", dt.date(2026, 11, 22))
    for _ in range(12):
        window.zoom_timeline(-1)
    assert window.timeline_span == "2w"
    [strip] = view.page.strips
    assert strip.first == dt.date(2026, 11, 16) and round(strip.w / strip.mm_per_day) == 14
    window.step_period(1)
    assert view.page.strips[0].first == dt.date(2026, 11, 30)
    window.zoom_timeline(2)  # 3 months
    assert window.timeline_span == "3m"
    window.step_period(-1)
    assert view.page.strips[0].first == dt.date(2026, 7, 1)
    for _ in range(12):
        window.zoom_timeline(1)
    assert window.timeline_span == "6y"
    assert (
        round(view.page.strips[0].w / view.page.strips[0].mm_per_day) == 365 * 6 + 1
    )  # 2026-2031, with 29 February 2028


def test_a_calendar_page_takes_the_shape_of_its_view(window):
    assert screen_page_size(1000, 500) == (420.0, 210.0)
    assert screen_page_size(500, 1000) == (210.0, 420.0)
    assert screen_page_size(5000, 100) == (630.0, 210.0)
    view = show(window, "month", dt.date(2026, 11, 1))
    assert view.page.width / view.page.height == pytest.approx(1100 / 700, rel=0.01)


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

    view = show(window, "year", dt.date(2026, 1, 1))
    c26 = window.db.meeting_by_code("C26")
    window.edit(lambda: editing.update(window.db, c26, c26.replace(body="Council Audit Group")))
    window.filter_panel.body_box.setCurrentIndex(
        window.filter_panel.body_box.findData("Council Audit Group")
    )
    assert {b.ref for b in view.page.items if isinstance(b, Box) and b.ref} == {c26.id}
    other = tmp_path / "other.sqlite"
    open_database(other, with_calendar=True).close()  # the bundled calendar, without that body
    assert window.open_path(other)
    assert window.model.rowCount() == 40  # not filtered by a body the box no longer shows
    refs = {b.ref for b in view.page.items if isinstance(b, Box)}
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


def test_a_thin_bar_is_moved_not_stretched_and_a_refused_drag_says_why(window):
    from scheduler_app.ui.page_view import _grip

    thin = Box(10.0, 0.0, 1.0, 2.0, ref="x")
    assert _grip(thin, 10.5) == "move"
    assert (_grip(thin, 10.1), _grip(thin, 10.9)) == ("start", "end")
    wide = Box(10.0, 0.0, 20.0, 2.0, ref="x")
    assert (_grip(wide, 10.5), _grip(wide, 20.0), _grip(wide, 29.5)) == ("start", "move", "end")
    c26 = window.db.meeting_by_code("C26")
    window.calendar._on_bar_dragging(c26.id, 20, "start")
    assert "the first day cannot come after the last" in window.statusBar().currentMessage()


def test_a_view_shown_again_reuses_its_page_until_something_changes(window):
    window.current_date = dt.date(2026, 1, 1)
    window.show_view("year")
    year = window.year_view
    page = year.page
    window.show_view("timeline")
    window.show_view("year")
    assert year.page is page  # no new layout for going back
    c26 = window.db.meeting_by_code("C26")
    window.edit(lambda: editing.move(window.db, c26, 1))
    assert year.page is not page  # an edit lays it out again
    page = year.page
    window.overlay_actions["holidays"].setChecked(False)
    assert year.page is not page
    page = year.page
    window.filter_panel.kind_box.setCurrentIndex(1)
    assert year.page is not page
