"""The Suggest Dates heading ("C26: Council, now 1-5 Jun 2026") in Arabic runs right to left:
its code, title and dates are isolated, so the Latin code at its start no longer makes Qt lay the
whole line out left to right (a line takes the direction of its first letter outside isolates)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextLayout, QTextOption

from scheduler_app.ui import i18n
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.suggest_dialog import SuggestDialog


def starts_at_the_right(label) -> bool:
    """Whether Qt, finding the direction from the text (as a plain label's text does), puts the
    text's first character at the line's right end."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return line.cursorToX(0)[0] > 0


@pytest.mark.parametrize(("lang", "right_to_left"), [("ar", True), ("en", False), ("fr", False)])
def test_the_suggest_heading_runs_in_the_language_s_direction(
    qapp, qtbot, reference_db, lang, right_to_left
):
    before = QLocale()
    i18n.install(qapp, lang)
    try:
        window = MainWindow(reference_db)
        qtbot.addWidget(window)
        c26 = next(m for m in reference_db.meetings() if m.label == "C26")
        dialog = SuggestDialog(window.session, c26, window)
        qtbot.addWidget(dialog)
        heading = dialog.heading
        assert heading.text().replace("\u2068", "").startswith("C26")  # the code comes first
        assert c26.title in heading.text()
        assert starts_at_the_right(heading) is right_to_left
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        assert heading.layoutDirection() == direction
        if lang == "en":
            assert heading.text() == f"C26: {c26.title}, now {c26.span}"  # unchanged
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
