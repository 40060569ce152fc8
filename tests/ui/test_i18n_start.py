"""Choosing the window's language: --lang, View > Language kept in the settings, the system's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from scheduler_app import cli
from scheduler_app.ui import i18n


@pytest.fixture
def settings() -> Iterator[QSettings]:
    s = QSettings()
    s.remove(i18n.SETTINGS_KEY)
    yield s
    s.remove(i18n.SETTINGS_KEY)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_a_command_without_a_window_speaks_lang_and_else_the_systems(monkeypatch):
    from scheduler_app import i18n as headless

    spoken: list[str] = []
    monkeypatch.setitem(cli.COMMANDS, "rules", lambda args: spoken.append(headless.language()))
    cli.main(["--lang", "ru", "rules"])
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    cli.main(["rules"])
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    cli.main(["rules"])
    assert spoken == ["ru", "zh", "en"]


def test_an_unknown_language_exits_2_naming_it_and_the_six(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--lang", "xx", "gui"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "'xx'" in err
    assert all(f"'{lang}'" in err for lang in i18n.LANGUAGES)


def test_lang_reaches_the_window(monkeypatch):
    seen = {}

    def run_gui(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("scheduler_app.ui.app.run_gui", run_gui)
    assert cli.main(["--lang", "ar", "gui"]) == 0
    assert seen["lang"] == "ar"
    seen.clear()
    assert cli.main(["--lang", "fr"]) == 0  # no command: the window, in French
    assert seen["lang"] == "fr"


def test_the_requested_language_wins_over_the_saved_one(settings):
    settings.setValue(i18n.SETTINGS_KEY, "ru")
    assert i18n.choose_language("zh") == "zh"
    assert i18n.choose_language(None) == "ru"


def test_without_a_choice_the_system_language_when_it_is_one_of_the_six(settings, monkeypatch):
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert i18n.choose_language(None) == "es"
    monkeypatch.setenv("LC_MESSAGES", "de_CH.UTF-8")  # messages' locale before the general one
    assert i18n.choose_language(None) == "en"


def test_a_damaged_saved_language_is_ignored(settings, monkeypatch):
    settings.setValue(i18n.SETTINGS_KEY, "klingon")
    monkeypatch.setenv("LANG", "fr_CH.UTF-8")
    assert i18n.choose_language(None) == "fr"


def test_install_sets_the_locale_and_english_takes_the_translation_off(qapp, english):
    i18n.install(qapp, "ru")
    assert QLocale().language() == QLocale.Language.Russian
    assert QApplication.translate("MainWindow", "&File") == "&Файл"
    i18n.install(qapp, "en")
    assert QApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_a_text_is_found_whatever_class_asks_for_it(qapp, english):
    """The menus are written in ui/actions.py as window.tr(...): lupdate files them under
    "window", PySide6 asks under MainWindow's classes."""
    i18n.install(qapp, "es")
    assert QApplication.translate("SomeOtherClass", "&Help") == "Ay&uda"
    assert QApplication.translate("SomeOtherClass", "not a message") == "not a message"


def test_the_language_menu_names_each_language_in_itself(qtbot, settings, english, message_boxes):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = i18n.language_menu(window)
    actions: list[QAction] = menu.actions()
    assert [a.text() for a in actions] == [
        "العربية",
        "中文",
        "English",
        "Français",
        "Русский",
        "Español",
    ]
    assert [a.text() for a in actions if a.isChecked()] == ["English"]
    actions[3].trigger()
    assert settings.value(i18n.SETTINGS_KEY) == "fr"
    [shown] = message_boxes.shown
    assert shown.icon == QMessageBox.Icon.Information
    assert "Français" in shown.text and "next time" in shown.text
    assert i18n.choose_language(None) == "fr"


def test_run_gui_installs_the_language_before_the_window(tmp_path, reference_db, english):
    from scheduler_app.ui.app import run_gui

    png = tmp_path / "fr.png"
    assert run_gui(reference_db.path, screenshot=png, size=(1366, 768), lang="fr") == 0
    assert png.exists()
    assert QApplication.translate("MainWindow", "&File") == "&Fichier"
    assert not QApplication.isRightToLeft()


def test_the_arabic_window_writes_the_same_digits_as_its_calendars_and_prints(qapp, english):
    from PySide6.QtCore import QDate

    from scheduler_app import i18n as headless

    i18n.install(qapp, "ar")
    shown = QLocale().toString(QDate(2027, 5, 8), QLocale.FormatType.LongFormat)
    assert "2027" in shown and "مايو" in shown  # not ٢٠٢٧
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert headless.first_weekday() == 5 and "2027" in headless.day(dt.date(2027, 5, 8))
