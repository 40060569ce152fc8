"""The screen layouts measure text with the platform's fonts, never below the smallest
readable one, and the widths they ask for again and again are measured once."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF
from pytestqt.qtbot import QtBot

from scheduler_app.screen.scene import FontRole
from scheduler_app.ui.calendar_canvas import CalendarCanvas
from scheduler_app.ui.qt_metrics import QtMetrics


def smallest() -> float:
    return QFontInfo(
        QFontDatabase.systemFont(QFontDatabase.SystemFont.SmallestReadableFont)
    ).pointSizeF()


def test_the_roles_are_the_widgets_font_its_bold_a_larger_header_and_the_small_font(
    qtbot: QtBot,
) -> None:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(14)
    m = QtMetrics(font)
    assert m.font(FontRole.NORMAL).pointSizeF() == 14
    assert m.font(FontRole.BOLD).bold() and m.font(FontRole.HEADER).bold()
    assert m.font(FontRole.HEADER).pointSizeF() > 14
    assert m.height(FontRole.HEADER) > m.height(FontRole.NORMAL) > m.height(FontRole.SMALL)
    assert (
        m.width("WTDC-25", FontRole.BOLD) > m.width("WTDC-25") > m.width("WTDC-25", FontRole.SMALL)
    )
    assert m.width("WTDC-25") == QFontMetricsF(m.font()).horizontalAdvance("WTDC-25")


def test_no_role_is_smaller_than_the_smallest_readable_font(qtbot: QtBot) -> None:
    tiny = QFont("DejaVu Sans")
    tiny.setPointSizeF(max(1.0, smallest() - 3))
    m = QtMetrics(tiny)
    for role in FontRole:
        assert QFontInfo(m.font(role)).pointSizeF() >= smallest() - 0.01, role


def test_the_canvas_measures_with_the_fonts_it_draws_in_and_follows_a_font_change(
    qtbot: QtBot,
) -> None:
    canvas = CalendarCanvas()
    qtbot.addWidget(canvas)
    assert canvas.metrics.font(FontRole.NORMAL).family() == canvas.font().family()
    bigger = QFont(canvas.font())
    bigger.setPointSizeF(canvas.font().pointSizeF() * 2)
    with qtbot.waitSignal(canvas.metrics_changed):
        canvas.setFont(bigger)
    assert canvas.metrics.font(FontRole.NORMAL).pointSizeF() == bigger.pointSizeF()


def test_widths_are_measured_once(qtbot: QtBot, monkeypatch: object) -> None:
    m = QtMetrics(QFont("DejaVu Sans"))
    calls: list[str] = []

    class Counting:
        def __init__(self, real: QFontMetricsF) -> None:
            self.real = real

        def horizontalAdvance(self, text: str) -> float:
            calls.append(text)
            return self.real.horizontalAdvance(text)

    m._metrics = {role: Counting(q) for role, q in m._metrics.items()}  # type: ignore[misc]
    for _ in range(3):
        m.width("C26")
        m.width("C26", FontRole.SMALL)
    assert calls == ["C26", "C26"]
