"""The last refusals the window showed in English: the meeting dialog's sentence for an end
before the start, a refused file's problem lines ("Line 3, end: ...") and the settings editors'
undo labels, in each language with English word for word."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from scheduler_app.domain import Venue
from scheduler_app.domain.dates import format_day
from scheduler_app.i18n import using_language
from scheduler_app.interop.csvfile import CsvProblem
from scheduler_app.services import settings_edits
from scheduler_app.ui import i18n
from scheduler_app.ui.import_preview import problem_line
from scheduler_app.ui.main_window import MainWindow
from tests.ui.test_i18n_window import OTHERS, catalogue, english_words


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["ru", "ar", "zh", "fr", "es"], indirect=True)
def test_the_meeting_dialogs_refusal_of_an_end_before_its_start_is_translated_whole(
    qtbot, reference_db, language
):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    dialog = window.open_meeting_dialog(reference_db.meeting_by_code("C24"))
    qtbot.addWidget(dialog)
    dialog.end.setDate(dialog.start.date().addDays(-3))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    start, end = dialog.start.date().toPython(), dialog.end.date().toPython()
    wanted = (
        catalogue(language)["%1 ends on %2, before it starts on %3: change its first or last day."]
        .replace("%1", "C24")
        .replace("%2", format_day(end))
        .replace("%3", format_day(start))
    )
    shown = dialog.problem.text()
    assert shown == wanted
    rest = shown.replace("C24", "")
    assert "before it starts" not in rest and "change its" not in rest, rest
    if language in ("ru", "ar", "zh"):
        assert not english_words(rest), rest
    with using_language("en"):  # the days are the language's own too ("мая", "مايو")
        assert format_day(end) not in shown and format_day(start) not in shown


def test_the_meeting_dialogs_refusal_stays_english_word_for_word(qtbot, reference_db):
    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    dialog = window.open_meeting_dialog(reference_db.meeting_by_code("C24"))
    qtbot.addWidget(dialog)
    dialog.end.setDate(QDate(2024, 5, 1))
    dialog.start.setDate(QDate(2024, 5, 4))
    assert dialog.problem.text() == (
        "C24 ends on 1 May 2024, before it starts on 4 May 2024: change its first or last day."
    )


LINES = [
    CsvProblem("plan.csv", 3, "end", "is empty"),
    CsvProblem("other %1.csv", 7, "kind", "is empty"),
    CsvProblem("plan.csv", 4, "", "is empty"),
]


def test_problem_lines_stay_english_word_for_word():
    assert [problem_line(p, "plan.csv") for p in LINES] == [
        "Line 3, end: is empty",
        "other %1.csv, line 7, kind: is empty",
        "Line 4: is empty",
    ]
    assert problem_line("plan.csv:12: bad quote", "plan.csv") == "Line 12: bad quote"


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_problem_lines_name_the_line_in_the_language(language):
    lines = [problem_line(p, "plan.csv") for p in LINES]
    line = catalogue(language)["Line %1"].replace("%1", "3")
    assert lines[0].startswith(line) and lines[0].endswith("is empty")
    assert "other %1.csv" in lines[1]  # a file's name holding "%1" is kept as written
    assert catalogue(language)["%1, line %2"].split("%2")[0].replace("%1", "") in lines[1]
    for text in lines:
        rest = text.replace("is empty", "").replace("other %1.csv", "")
        for column in ("end", "kind"):
            rest = rest.replace(column, "")
        assert "Line" not in rest and "line" not in rest, text
        if language in ("ar", "zh", "ru"):
            assert not english_words(rest), text


def _undo_labels(db) -> list[str]:
    venue = Venue("Palais des Nations", "Geneva", "CH")
    labels = [settings_edits.add_venue(db, venue).label]
    labels.append(settings_edits.set_policy(db, "R77-GAP", {"severity": "info"}).label)
    labels.append(settings_edits.reset_policy(db, "R77-GAP").label)
    labels.append(settings_edits.delete_venue(db, venue).label)
    return labels


def test_the_settings_undo_labels_stay_english_word_for_word(reference_db):
    assert _undo_labels(reference_db) == [
        "Add venue Palais des Nations",
        "Set R77-GAP severity to info",
        "Reset R77-GAP to its defaults",
        "Delete venue Palais des Nations",
    ]


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_settings_undo_labels_are_in_the_language(reference_db, language):
    labels = _undo_labels(reference_db)
    for label in labels:
        rest = label.replace("Palais des Nations", "").replace("R77-GAP", "")
        rest = rest.replace("severity", "").replace("info", "")
        for english in ("Add venue", "Delete venue", " to ", "Reset", "Set "):
            assert english not in rest, label
        if language in ("ar", "zh", "ru"):
            assert not english_words(rest), label
