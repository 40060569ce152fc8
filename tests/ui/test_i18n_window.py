"""The window in each of the five other languages of the Union: no English left in its menus, its
panels and the meeting dialog; Qt's own buttons translated too; Arabic laid out right to left."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from scheduler_app.ui import i18n
from scheduler_app.ui.canvas_hits import tip_at
from scheduler_app.ui.canvas_paint import SceneIndex
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.meeting_dialog import MeetingDialog
from scheduler_app.ui.month_navigator import MonthNavigator
from scheduler_app.ui.visible_meetings import VisibleMeetingsList
from tests.ui.i18n_walk import english_words, menu_texts, widget_texts

OTHERS = ("ar", "zh", "fr", "ru", "es")
NOT_LATIN = frozenset({"ar", "zh", "ru"})

# English that is still in the window because the module that writes it passes a literal to Qt
# without tr(): each names its module, for whoever edits it next.
KNOWN_GAPS: set[str] = set()


@cache
def catalogue(lang: str) -> dict[str, str]:
    """English source -> translation, from the .ts source."""
    root = ET.parse(i18n.translations_dir() / f"scheduler_app_{lang}.ts").getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or "" for m in root.iter("message")
    }


def english_left(texts: Iterable[str], lang: str) -> list[str]:
    """The texts still in English: a message of the catalogue shown as its source where the
    translation differs ("Dates" is French too), or, in a language not written in Latin
    letters, any English word that is not a name or code of the allow-list."""
    found = []
    for text in texts:
        if text in KNOWN_GAPS:
            continue
        translated = catalogue(lang).get(text)
        if (translated is not None and translated != text) or (
            lang in NOT_LATIN and english_words(text)
        ):
            found.append(text)
    return found


@pytest.fixture
def language(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """Installs the language of the test's parameter; English and the locale come back after."""
    before = QLocale()
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, reference_db, language: str) -> MainWindow:
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    w.check_now()
    return w


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_no_english_is_left_in_the_menus(window, language):
    texts = [text for text, _action in menu_texts(window.menuBar())]
    assert len(texts) > 50
    assert english_left(texts, language) == []


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_filter_panel_is_translated(window, language):
    panel = window.filter_panel
    # the bodies' list holds the bodies' own codes (TSAG, CWG-WSIS&SDG), which are data
    bodies = {panel.body_box, *panel.body_box.findChildren(QWidget)}
    texts = [text for text, widget in widget_texts(panel) if widget not in bodies]
    assert english_left(texts, language) == []
    assert catalogue(language)["All kinds"] in texts


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_whole_window_is_translated(window, language):
    bodies = {window.filter_panel.body_box, *window.filter_panel.body_box.findChildren(QWidget)}
    texts = [text for text, widget in widget_texts(window) if widget not in bodies]
    assert english_left(texts, language) == []


@pytest.mark.parametrize("language", OTHERS, indirect=True)
def test_the_meeting_dialog_is_translated(qtbot, language):
    dialog = MeetingDialog(None, venues=[], rooms=[], bodies=[], taken_codes=set())
    qtbot.addWidget(dialog)
    # the time zones are listed by their IANA names (with the city in the language beside them,
    # tests/ui/test_i18n_dialogs.py); the countries are named in the language
    data = {dialog.zone}
    texts = [text for text, widget in widget_texts(dialog) if widget not in data]
    texts.append(dialog.windowTitle())
    assert english_left(texts, language) == []
    assert catalogue(language)["Plenipotentiary Conference"] in texts  # the kinds' names


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_an_arabic_window_is_mirrored(window, language):
    assert window.isRightToLeft()
    assert window.filter_panel.isRightToLeft()


@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_french_window_is_not_mirrored(window, language):
    assert not window.isRightToLeft()


@pytest.mark.parametrize(
    ("language", "yes", "no"),
    [
        ("fr", "&Oui", "&Non"),
        ("ru", "&Да", "&Нет"),
        ("zh", "是(&Y)", "否(&N)"),
        ("es", "&Sí", "&No"),
    ],
    indirect=["language"],
)
def test_qts_own_buttons_are_in_the_language_too(qtbot, language, yes, no):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {yes, no}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() not in {
        "Cancel",
        "&Cancel",
    }


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_qts_own_buttons_in_arabic(qtbot, language):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert all(not english_words(b.text()) for b in box.buttons())
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("language", ["de"], indirect=True)
def test_a_language_with_no_catalogue_leaves_the_window_in_english(window, language):
    assert window.menuBar().actions()[0].text() == "&File"
    assert not window.isRightToLeft()


@pytest.mark.parametrize(
    ("language", "forty"),
    [("ru", "40 собраний"), ("fr", "40 réunions"), ("zh", "40 次会议"), ("ar", "40 اجتماعاً")],
    indirect=["language"],
)
def test_the_count_of_meetings_takes_the_plural_of_the_language(window, language, forty):
    assert window.count_label.text() == forty


# --- the calendar views ------------------------------------------------------------------------

CALENDAR_ENGLISH = re.compile(
    r"\b(more|Week of|meetings?|Meetings|in view|navigator|Calendar|click to|estimated|"
    r"January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
)


def calendar_texts(window: MainWindow, view: str) -> list[str]:
    """What the calendar view ``view`` says besides the meetings' own data: its words drawn
    (captions but the names of holidays and religious periods, which are data), its buttons
    and what hovering them tells, its group headers, and what a screen reader hears of the
    canvas, the list of meetings in view and the month navigator."""
    window.show_view(view)
    window.calendar.go_to(dt.date(2027, 10, 20))
    window.refresh_view()
    canvas = window.calendar.current_canvas()
    assert canvas is not None and canvas.scene is not None
    scene = canvas.scene
    index = SceneIndex(scene)
    texts = [canvas.accessibleName(), canvas.accessibleDescription()]
    texts += [c.text for c in scene.captions if not (c.tip and not c.text[:1].isdigit())]
    texts += [
        c.tip for c in scene.captions if c.tip and c.text[:1].isdigit() and view == "timeline"
    ]
    for more in scene.mores:
        texts += [more.text, more.title]
    for toggle in scene.toggles:
        r = toggle.rect
        texts.append(tip_at(index, r.x + r.w / 2, r.y + r.h / 2, canvas.describe))
    listed = window.findChild(VisibleMeetingsList, "visible_meetings")
    lists = list(window.findChildren(VisibleMeetingsList))
    texts += [t for w in lists for t in (w.accessibleName(), w.accessibleDescription())]
    nav = window.findChild(MonthNavigator)
    assert nav is not None and listed is not None
    texts += [nav.accessibleName(), nav.calendar.accessibleName(),
              nav.calendar.accessibleDescription()]  # fmt: skip
    texts += [nav.calendar.dateTextFormat(QDate(2027, 10, d)).toolTip() for d in (11, 20)]
    return [t for t in texts if t]


@pytest.mark.parametrize("language", OTHERS, indirect=True)
@pytest.mark.parametrize("view", ["year", "timeline", "month", "week", "day"])
def test_the_calendar_views_are_translated(window, language, view):
    texts = calendar_texts(window, view)
    assert len(texts) > 10
    left = [t for t in texts if CALENDAR_ENGLISH.search(html.unescape(re.sub("<[^>]+>", "", t)))]
    if language in NOT_LATIN:
        left += [t for t in texts if english_words(re.sub("<[^>]+>", "", t))]
    assert left == []


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_arabic_calendar_views_run_from_right_to_left(window, language):
    for view in ("year", "timeline", "month", "week", "day"):
        window.show_view(view)
        window.refresh_view()
        canvas = window.calendar.current_canvas()
        assert canvas is not None and canvas.scene is not None and canvas.scene.right_to_left
