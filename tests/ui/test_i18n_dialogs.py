"""Every dialog the window opens, in each of the five other languages: each menu command is run
with the dialogs it opens caught instead of shown, and their texts walked for English left;
the dialogs that need a file first (import preview, export) are built on their own."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from scheduler_app.services.importing import ImportReport
from scheduler_app.ui import i18n
from scheduler_app.ui.export_dialog import ExportDialog
from scheduler_app.ui.import_preview import ImportPreviewDialog
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.pickers import CountryPicker, ZonePicker, zone_names
from tests.helpers import meeting
from tests.ui.i18n_walk import menu_texts, widget_texts
from tests.ui.test_i18n_window import OTHERS, english_left

# The commands that open a dialog: those whose name ends in an ellipsis, and Help's
HELP = {"&Keyboard Shortcuts", "&Rules", "User &Guide", "&About"}


def dialog_commands(qapp: QApplication, db, lang: str) -> list[int]:
    """The places in the menus (in the English window) of the commands that open a dialog."""
    i18n.install(qapp, "en")
    window = MainWindow(db)
    try:
        texts = [text for text, _action in menu_texts(window.menuBar())]
    finally:
        window.deleteLater()
        i18n.install(qapp, lang)
    return [i for i, text in enumerate(texts) if text.endswith("…") or text in HELP]


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def caught(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    """The dialogs and message boxes opened, each answered No or Cancel at once."""
    shown: list[QWidget] = []

    def catch(self: QDialog, *args: object) -> int:
        shown.append(self)
        return 0

    for name in ("exec", "open", "show"):
        monkeypatch.setattr(QDialog, name, catch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    return shown


# A zone as the picker lists it: its IANA name, then its city in the language
_ZONE = re.compile(r"^[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+(?: \((?P<city>.*)\))?$")
# The paper sizes' names of the print dialog (ui/print_dialog.py, its owner's to translate)
PRINT_GAPS = {"Letter"}


@functools.cache
def rule_gaps() -> frozenset[str]:
    """The rule policy's citations: ITU's documents by their names, in the language they were
    adopted in (the titles, parameters' labels and help are translated in rules/)."""
    from scheduler_app.rules import catalogue

    return frozenset(rule.citation for rule in catalogue())


def dialog_texts(dialog: QWidget, data: frozenset[str] = frozenset()) -> list[str]:
    """The dialog's texts, without the calendar's own data (bodies' codes, venues' names), the
    IANA names of time zones (the city beside each is checked) and example addresses."""
    texts = [text for text, _widget in widget_texts(dialog)]
    texts.append(dialog.windowTitle())
    if isinstance(dialog, QMessageBox):
        texts += [dialog.text(), dialog.informativeText()]
    kept = []
    # a text of several lines is checked line by line (the policy's heading: title, citation)
    texts = [line for text in texts for line in text.split("\n")]
    for text in texts:
        if zone := _ZONE.match(text):
            text = zone["city"] or ""
        if text in zone_names() or text in data or text in PRINT_GAPS or text in rule_gaps():
            continue
        if text and not text.startswith("https://"):
            kept.append(text)
    return kept


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_every_dialog_the_menus_open_is_translated(qapp, qtbot, reference_db, language, caught):
    commands = dialog_commands(qapp, reference_db, language)
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.show()
    window.check_now()
    window.table.selectRow(0)
    data = frozenset(
        [b.code for b in reference_db.bodies()]
        + [v.name for v in reference_db.venues()]
        + [r.name for v in reference_db.venues() for r in reference_db.rooms(v.name)]
    )
    english = {}
    actions = [action for _text, action in menu_texts(window.menuBar())]
    for i in commands:
        action = actions[i]
        if not action.isEnabled():
            continue
        before = len(caught)
        action.trigger()
        for dialog in caught[before:]:
            left = english_left(dialog_texts(dialog, data), language)
            if left:
                english[dialog.windowTitle() or type(dialog).__name__] = left
    assert len(caught) >= 10, [type(d).__name__ for d in caught]
    assert english == {}


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_import_preview_and_export_dialogs_are_translated(qtbot, language, tmp_path: Path):
    preview = ImportPreviewDialog(ImportReport("f.csv", added=[meeting("SG1-30")]), "f.csv")
    export = ExportDialog(tmp_path / "x.ics", 40)
    for dialog in (preview, export):
        qtbot.addWidget(dialog)
        assert english_left(dialog_texts(dialog), language) == []


@pytest.mark.parametrize(
    ("language", "switzerland", "zurich"),
    [
        ("ar", "سويسرا (CH)", "Europe/Zurich (زيورخ)"),
        ("zh", "瑞士 (CH)", "Europe/Zurich (苏黎世)"),
        ("ru", "Швейцария (CH)", "Europe/Zurich (Цюрих)"),
        ("fr", "Suisse (CH)", "Europe/Zurich"),
        ("es", "Suiza (CH)", "Europe/Zurich (Zúrich)"),
        ("en", "Switzerland (CH)", "Europe/Zurich"),
    ],
    indirect=["language"],
)
def test_countries_and_zones_are_named_in_the_language_and_keep_their_codes(
    qtbot, language, switzerland, zurich
):
    country, zone = CountryPicker(), ZonePicker()
    qtbot.addWidget(country)
    qtbot.addWidget(zone)
    country.set_code("CH")
    assert (country.currentText(), country.code()) == (switzerland, "CH")
    assert (zone.currentText(), zone.zone()) == (zurich, "Europe/Zurich")
    zone.set_zone("Asia/Tokyo")
    assert zone.zone() == "Asia/Tokyo" and zone.currentText().startswith("Asia/Tokyo")
    zone.setCurrentText("asia/tokyo")  # typed: the IANA name still works
    assert zone.zone() == "Asia/Tokyo"


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_a_narrow_agenda_shrinks_no_column_below_its_translated_header(
    qtbot, reference_db, language
):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    window.resize(900, 600)  # narrower than the columns want: the shrinkable ones give way
    window.show()
    qtbot.waitExposed(window)
    table = window.table
    table.fit_columns()
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        if header.isSectionHidden(column):
            continue
        name = table.model().headerData(column, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(str(name))
        assert table.columnWidth(column) >= needed, (name, table.columnWidth(column), needed)
