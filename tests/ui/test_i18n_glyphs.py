"""The window in each language draws every character of its texts: none is left to the missing
glyph box of the fonts Qt falls back to (a Chinese menu on a machine without a CJK font)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QWidget

from scheduler_app.ui import i18n
from scheduler_app.ui.main_window import MainWindow
from tests.ui.i18n_walk import menu_texts, widget_texts


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """The characters of ``text`` that ``font``, with Qt's fallback fonts, draws as glyph 0."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    if any(0 in run.glyphIndexes() for run in layout.glyphRuns()):
        return [c for c in set(text) if not c.isspace() and _drawn_as_missing(c, font)]
    return []


def _drawn_as_missing(char: str, font: QFont) -> bool:
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["ar", "zh", "ru", "fr", "es"], indirect=True)
def test_every_text_of_the_window_has_its_glyphs(qtbot, reference_db, language):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.check_now()
    texts: list[tuple[str, QFont]] = [(t, w.font()) for t, w in widget_texts(window)]
    texts += [(t, window.menuBar().font()) for t, _a in menu_texts(window.menuBar())]
    assert len(texts) > 100
    missing = {t: m for t, font in texts if (m := missing_glyphs(t.replace("&", ""), font))}
    assert not missing


def test_a_character_no_font_has_is_found_missing(qapp):
    """The check above can fail: a private-use character is in no installed font."""
    assert missing_glyphs("PP-26 \ue000", QWidget().font()) == ["\ue000"]
