"""Regression tests for the calendar views' defects found in review (issue 11): data read for
what each view draws, caches forgotten when what they hold changes, the selection followed only
when needed, and drags in the week's all-day band and on a timed bar's top and bottom edges."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from scheduler_app.services import editing, settings_edits
from scheduler_app.services.checking import observances_between
from scheduler_app.services.planner import open_database
from scheduler_app.ui import view_layouts
from scheduler_app.ui.calendar_data import data_period
from scheduler_app.ui.canvas_drag import grip
from scheduler_app.ui.main_window import MainWindow
from tests.helpers import meeting

LEFT = Qt.MouseButton.LeftButton


def opened(qtbot, db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    w.check_now()
    return w


def vp(canvas, x, y):
    """A content point on the canvas's viewport (the pinned band does not scroll)."""
    v = canvas.visible_rect()
    return QPoint(round(x - v.x), round(y if y < canvas.scene.pinned_top else y - v.y))


def drag(qtbot, canvas, start, end):
    (x0, y0), (x1, y1) = start, end
    qtbot.mousePress(canvas.viewport(), LEFT, pos=vp(canvas, x0, y0))
    for k in range(1, 6):
        qtbot.mouseMove(
            canvas.viewport(), vp(canvas, x0 + (x1 - x0) * k / 5, y0 + (y1 - y0) * k / 5)
        )
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=vp(canvas, x1, y1))


def test_the_month_grid_draws_the_meetings_of_its_days_from_other_months(qtbot, empty_db, tmp_path):
    for m in (
        meeting("SG1-2026-9", "2026-09-21", "2026-09-30"),
        meeting("SG2-2026-11", "2026-11-01", "2026-11-01"),
    ):
        editing.create(empty_db, m)
    w = opened(qtbot, empty_db, tmp_path)
    w.show_view("month")
    w.calendar.go_to(dt.date(2026, 10, 15))
    shown = {b.meeting_id for b in w.calendar.scene().bars}
    assert {m.id for m in empty_db.meetings()} <= shown


@pytest.mark.parametrize("view", ["week", "day"])
def test_a_tokyo_monday_morning_is_drawn_on_new_york_sunday(
    qtbot, empty_db, tmp_path, monkeypatch, view
):
    monkeypatch.setattr(view_layouts, "planner_zone", lambda: "America/New_York")
    editing.create(
        empty_db,
        meeting(
            "TOKYO-1",
            "2026-06-15",
            start_time=dt.time(9, 0),
            end_time=dt.time(11, 0),
            timezone="Asia/Tokyo",
        ),
    )
    w = opened(qtbot, empty_db, tmp_path)
    w.show_view(view)
    w.calendar.go_to(dt.date(2026, 6, 14))
    [m] = empty_db.meetings()
    assert [b.meeting_id for b in w.calendar.scene().bars] == [m.id]
    w.meetings.select_meeting(m.id)  # shown: the view stays on Sunday
    assert w.calendar.period()[0] <= dt.date(2026, 6, 14) <= w.calendar.period()[1]


@pytest.fixture
def week_window(qtbot, empty_db, tmp_path, monkeypatch):
    monkeypatch.setattr(view_layouts, "planner_zone", lambda: "Europe/Zurich")
    editing.create(empty_db, meeting("ALLDAY-1", "2026-06-09", "2026-06-10"))
    editing.create(
        empty_db,
        meeting(
            "TIMED-1",
            "2026-06-11",
            start_time=dt.time(9, 0),
            end_time=dt.time(12, 0),
            timezone="Europe/Zurich",
        ),
    )
    w = opened(qtbot, empty_db, tmp_path)
    w.show_view("week")
    w.calendar.go_to(dt.date(2026, 6, 9))
    return w


def test_an_all_day_bar_in_the_week_band_drags_by_days(qtbot, week_window):
    w = week_window
    canvas = w.calendar.current_canvas()
    m = w.db.meeting_by_code("ALLDAY-1")
    [bar] = canvas.scene.bars_of(m.id)
    # taken in the middle of its first day (its middle is the edge between its two days)
    x, y = bar.rect.x + canvas.scene.axis.grid.col_w / 2, bar.rect.y + bar.rect.h / 2
    edits = w.undo_stack.count()
    drag(qtbot, canvas, (x, y), (x + canvas.scene.axis.grid.col_w, y))
    moved = w.db.meeting_by_code("ALLDAY-1")
    assert (moved.start, moved.end, w.undo_stack.count()) == (
        dt.date(2026, 6, 10),
        dt.date(2026, 6, 11),
        edits + 1,
    )


def test_a_timed_bar_resizes_by_its_bottom_edge_and_moves_by_its_middle(qtbot, week_window):
    w = week_window
    canvas = w.calendar.current_canvas()
    m = w.db.meeting_by_code("TIMED-1")
    canvas.ensure_visible(m.id)
    [bar] = canvas.scene.bars_of(m.id)
    r, axis = bar.rect, canvas.scene.axis
    assert grip(bar, r.x + r.w / 2, r.bottom - 2, axis) == "end"
    assert grip(bar, r.x + r.w / 2, r.y + 2, axis) == "start"
    assert grip(bar, r.x + 2, r.y + r.h / 2, axis) == "move"  # a side is not an end here
    hour = axis.grid.hour_height
    drag(qtbot, canvas, (r.x + r.w / 2, r.bottom - 2), (r.x + r.w / 2, r.bottom - 2 + hour))
    longer = w.db.meeting_by_code("TIMED-1")
    assert (longer.start_time, longer.end_time) == (dt.time(9, 0), dt.time(13, 0))


def test_the_views_show_an_observance_as_corrected(qtbot, reference_db, tmp_path):
    w = opened(qtbot, reference_db, tmp_path)
    w.show_view("month")
    row = next(
        r
        for r in settings_edits.observances_of_year(reference_db, 2027)
        if r.key == "orthodox-christmas"
    )
    w.calendar.go_to(row.start)
    later = (row.start + dt.timedelta(days=3), row.end + dt.timedelta(days=3))
    w.session.edit(lambda: settings_edits.correct_observance(reference_db, row, *later))
    shown = [o for o in w.calendar.view_data("month").observances if o.key == "orthodox-christmas"]
    assert [(o.start, o.end) for o in shown] == [later]


def test_another_database_opened_shows_its_own_observances(qtbot, reference_db, tmp_path):
    row = next(
        r
        for r in settings_edits.observances_of_year(reference_db, 2027)
        if r.key == "orthodox-christmas"
    )
    settings_edits.correct_observance(
        reference_db, row, row.start + dt.timedelta(days=3), row.end + dt.timedelta(days=3)
    )
    w = opened(qtbot, reference_db, tmp_path)
    w.show_view("month")
    w.calendar.go_to(dt.date(2027, 1, 15))
    other = open_database(tmp_path / "other.sqlite", with_calendar=True)
    w.session.open(other)  # what File > Open does
    w.calendar.go_to(dt.date(2027, 1, 15))
    first, last = data_period("month", *w.calendar.period("month"), w.calendar.current_date)
    shown = [o for o in w.calendar.view_data("month").observances if o.key == "orthodox-christmas"]
    truth = [o for o in observances_between(other, first, last) if o.key == "orthodox-christmas"]
    assert shown == truth and shown


def test_the_list_of_meetings_in_view_follows_a_rename(qtbot, reference_db, tmp_path):
    w = opened(qtbot, reference_db, tmp_path)
    w.in_view_dock.show()
    w.in_view_dock.raise_()
    c26 = w.db.meeting_by_code("C26")
    w.show_view("year")
    w.calendar.go_to(c26.start)
    listed = w.calendar_docks.lists["year"]
    qtbot.waitUntil(listed.isVisible)
    w.session.edit(lambda: editing.update(w.db, c26, c26.replace(title="Renamed council")))
    texts = [listed.item(i).text() for i in range(listed.count())]
    assert any("Renamed council" in t for t in texts), texts


def test_selecting_a_meeting_that_spans_the_week_shown_keeps_the_week(
    qtbot, reference_db, tmp_path
):
    w = opened(qtbot, reference_db, tmp_path)
    pp = w.db.meeting_by_code("PP-26")
    w.show_view("week")
    w.calendar.go_to(pp.start + dt.timedelta(days=8))
    shown = w.calendar.period()
    assert pp.start < shown[0] and pp.end > shown[1]
    w.meetings.select_meeting(pp.id)
    assert w.calendar.period() == shown


def test_a_label_inside_a_continuing_bar_starts_after_its_arrow_in_either_direction(qapp):
    """The year planner drew May's "C26" (28 Apr-8 May) over the arrow that says it began in
    April: the label now starts clear of it, or the arrows are left out where both do not fit."""
    import dataclasses

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QImage, QPainter, QPalette

    from scheduler_app.screen.scene import Bar, FontRole, Rect
    from scheduler_app.ui.canvas_paint import Painter, _clear_of_arrows
    from scheduler_app.ui.qt_metrics import QtMetrics

    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    qp = QPainter(image)
    try:
        p = Painter(qp, QPalette(), QtMetrics(QFont("DejaVu Sans")), 1.0)
        label = Rect(12, 4, 196, 12)  # the layout's: the bar 10-210 less its padding
        bar = Bar("m", Rect(10, 2, 200, 16), "#c62828", label="C26", label_rect=label)
        wide = QRectF(10, 2, 200, 16)
        before = dataclasses.replace(bar, continues_before=True)
        moved, arrows = _clear_of_arrows(p, wide, before, label)
        assert arrows and moved.x >= label.x + 4 and moved.right == label.right
        qp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the start is at the right
        moved, arrows = _clear_of_arrows(p, wide, before, label)
        assert arrows and moved.x == label.x and moved.right <= label.right - 4
        both = dataclasses.replace(before, continues_after=True)
        tight = Rect(12, 4, p.metrics.width("C26", FontRole.SMALL) + 2, 12)
        assert _clear_of_arrows(p, wide, both, tight) == (tight, False)  # the code wins
    finally:
        qp.end()
