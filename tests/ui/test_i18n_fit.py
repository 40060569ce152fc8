"""Every tab title and button text of the window fits its own width in each of the six
languages on a 1366x768 screen: a tab narrower than its size hint has its title elided
("Собран…"), a button narrower than its size hint its text cut."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QStyle, QTabBar, QToolButton

from scheduler_app.ui import i18n
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", i18n.LANGUAGES, indirect=True)
def test_every_tab_and_button_text_fits_at_1366x768(qtbot, reference_db, language):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.check_now()
    QApplication.processEvents()
    cut = []
    bars = [bar for bar in window.findChildren(QTabBar) if bar.isVisible()]
    assert len(bars) >= 2  # the findings' and the meeting's tabified docks
    for bar in bars:
        for i in range(bar.count()):
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width():
                cut.append((bar.tabText(i), bar.tabRect(i).width(), bar.tabSizeHint(i).width()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            cut.append((button.text(), button.width(), button.sizeHint().width()))
    assert cut == []


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_the_manage_button_leaves_room_for_its_menu_arrow(qtbot, reference_db, language):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    [button] = [b for b in window.filter_panel.findChildren(QToolButton) if b.menu() is not None]
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.sizeHint().width() >= text + arrow


@pytest.mark.parametrize("language", i18n.LANGUAGES, indirect=True)
def test_the_agenda_fits_its_width_at_1366x768_in_every_language(qtbot, reference_db, language):
    """Russian and French headers kept their columns wide and the title at its share, so the
    table scrolled sideways and hid part of the status column: the title gives way instead."""
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    table = window.table
    assert table.horizontalScrollBar().maximum() == 0
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    assert sum(widths) <= table.viewport().width() and min(widths) > 40
