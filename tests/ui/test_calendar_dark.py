"""Under a dark desktop palette the calendars are dark too (issue 11: they stayed a white sheet),
with their text still readable over them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from scheduler_app.screen.scene import Tone
from scheduler_app.ui.calendar_palette import contrast, luminance, tone_color
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def dark_palette(qapp):
    before = QApplication.palette()
    dark = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#333333"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        dark.setColor(role, QColor(color))
    QApplication.setPalette(dark)
    yield dark
    QApplication.setPalette(before)


@pytest.mark.parametrize("view", ["year", "timeline", "month", "week"])
def test_the_calendars_follow_a_dark_palette(qtbot, reference_db, dark_palette, view):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view(view)
    window.calendar.go_to(dt.date(2026, 11, 9))
    canvas = window.calendar.current_canvas()
    image = canvas.viewport().grab().toImage()
    pixels = [
        QColor(image.pixel(x, y))
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 23)
    ]
    # most of the sheet is dark, not the white of paper
    dark = sum(luminance(p) < 0.2 for p in pixels)
    assert dark > len(pixels) * 0.6, view
    base = tone_color(Tone.BASE, canvas.palette())
    for tone in (Tone.TEXT, Tone.MUTED, Tone.TODAY):
        assert contrast(tone_color(tone, canvas.palette()), base) >= 3.0, (view, tone)
