"""The dialogs the menus' walk cannot reach in the five other languages (Suggest Dates needs one
meeting selected, the changes' dialog a plan written, Settings its own test of what it keeps),
and Settings > Language itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from scheduler_app.i18n import NATIVE_NAMES
from scheduler_app.services.diff import diff_files
from scheduler_app.services.planner import open_database
from scheduler_app.ui import i18n
from scheduler_app.ui.diff_dialog import DiffDialog
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.settings_dialog import PreferencesDialog
from scheduler_app.ui.suggest_dialog import SuggestDialog
from tests.ui.i18n_walk import menu_texts
from tests.ui.test_i18n_dialogs import dialog_texts
from tests.ui.test_i18n_window import OTHERS, catalogue, english_left


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def own_settings(tmp_path: Path) -> None:
    """Settings of this test's own (Qt reads the settings' folder once per process)."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))


def _data(db) -> frozenset[str]:
    """The calendar's own names (venues, rooms), which are data in every language."""
    return frozenset(
        [v.name for v in db.venues()] + [r.name for v in db.venues() for r in db.rooms(v.name)]
    )


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_suggest_dates_is_translated(qtbot, reference_db, language):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    meeting = next(m for m in reference_db.meetings() if m.label == "C26")
    dialog = SuggestDialog(window.session, meeting, window)
    qtbot.addWidget(dialog)
    dialog.run()
    assert dialog.candidates.count() > 0
    # the meeting's title is the planner's text, in the language it was typed in; the note on
    # how the candidates were ranked is services/suggest_text.py's (ranking_note), English
    # until it goes through i18n.translate
    dialog.ranking.clear()
    texts = [t.replace(meeting.title, "") for t in dialog_texts(dialog, _data(reference_db))]
    assert english_left(texts, language) == []
    assert ", now " not in dialog.heading.text()  # the heading's own words in the language


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_changes_dialog_is_translated(qtbot, tmp_path: Path, language):
    before, after = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    open_database(before, with_calendar=True).close()
    with open_database(after, with_calendar=True) as db:
        db.delete_meetings([next(m for m in db.meetings() if m.label == "C26").id])
    dialog = DiffDialog(diff_files(before, after), before, after)
    qtbot.addWidget(dialog)
    texts = [t.replace(str(before), "").replace(str(after), "") for t in dialog_texts(dialog)]
    assert english_left(texts, language) == []
    assert catalogue(language)["&Print…"] in texts


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_settings_dialog_is_translated(qtbot, language):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    texts = dialog_texts(dialog)
    assert english_left(texts, language) == []
    assert catalogue(language)["Takes effect the next time the planner starts."] in texts


def test_settings_lists_the_six_languages_by_their_own_names_and_keeps_the_choice(
    qtbot, own_settings
):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == [NATIVE_NAMES[lang] for lang in i18n.LANGUAGES]
    assert dialog.chosen_language() == "en"  # the C locale of the tests: English
    dialog.language.setCurrentIndex(i18n.LANGUAGES.index("ru"))
    dialog.accept()
    assert QSettings().value(i18n.SETTINGS_KEY) == "ru"
    assert i18n.choose_language(None) == "ru"  # what the next start uses
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.chosen_language() == "ru"


def test_settings_cancelled_or_unchanged_keeps_nothing(qtbot, monkeypatch, own_settings):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # the system's language, one of the six
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "fr"
    dialog.accept()  # OK without a change: the system's language is not pinned
    assert QSettings().value(i18n.SETTINGS_KEY) is None
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(i18n.LANGUAGES.index("zh"))
    dialog.reject()
    assert QSettings().value(i18n.SETTINGS_KEY) is None


def test_edit_settings_opens_the_settings(qtbot, reference_db, monkeypatch):
    opened: list[PreferencesDialog] = []
    monkeypatch.setattr(PreferencesDialog, "open", lambda self: opened.append(self))
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    [action] = [a for text, a in menu_texts(window.menuBar()) if text == "Se&ttings…"]
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
