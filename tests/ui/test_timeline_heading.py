"""The Arabic timeline at 1366x768, opened in mid-2027: the year heading at the start of the
lines (the view's right edge) is painted whole. It read "202": centred in the whole year, the
heading straddled the viewport's edge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage, QPainter

from scheduler_app.screen.mirror import unmirrored
from scheduler_app.screen.scene import FontRole, Rect
from scheduler_app.ui import canvas_paint, i18n
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    before = QLocale()
    i18n.install(qapp, "ar")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def _settled(qtbot, canvas) -> None:
    """Wait until the timeline stops being laid out again: it is, around its view, once
    scrolling pauses."""
    for _ in range(20):
        scene = canvas.scene
        qtbot.wait(250)
        if canvas.scene is scene:
            return


def _painted_headings(canvas, monkeypatch) -> list[tuple[str, float, float]]:
    """(text, x from, x to) of each header text the canvas paints in its view, where the
    painter writes it (centred in its box), in content pixels."""
    top = unmirrored(canvas.scene.axis).top
    drawn: list[tuple[Rect, int, str, FontRole]] = []
    paint = canvas_paint.Painter.text

    def recording(self, rect, flags, text, role, color):
        drawn.append((rect, flags, text, role))
        paint(self, rect, flags, text, role, color)

    monkeypatch.setattr(canvas_paint.Painter, "text", recording)
    view = canvas.visible_rect()
    image = QImage(int(view.w), int(view.h), QImage.Format.Format_ARGB32)
    qp = QPainter(image)
    try:
        qp.translate(-view.x, -view.y)
        canvas.paint_view(qp, view, 1.0)
    finally:
        qp.end()
    out = []
    for rect, _flags, text, role in drawn:
        if rect.y < top:
            w = canvas.metrics.width(text, role)
            x = rect.x + (rect.w - w) / 2
            out.append((text, x, x + w))
    return out


def test_the_year_heading_at_the_start_of_an_arabic_timeline_is_painted_whole(
    qtbot, reference_db, arabic, monkeypatch
):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view("timeline")
    window.calendar.go_to(dt.date(2027, 6, 15))
    canvas = window.calendar.current_canvas()
    _settled(qtbot, canvas)
    assert canvas.scene.right_to_left
    view = canvas.visible_rect()
    start = canvas.scene.axis.date_at(view.right - 1, 0)
    assert start is not None and start.year == 2027 and start.month > 1  # the view starts mid-year

    headings = _painted_headings(canvas, monkeypatch)
    assert headings
    cut = [t for t, x0, x1 in headings if x0 < view.x - 0.5 or x1 > view.right + 0.5]
    assert cut == []
    years = [(t, x0) for t, x0, _x1 in headings if t.isdigit() and len(t) == 4]
    assert max(years, key=lambda y: y[1])[0] == "2027"  # at the right: the start of the lines
