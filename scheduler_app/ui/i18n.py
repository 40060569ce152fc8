"""The window in the six official languages of the Union, with Qt's translation tools.

The messages are extracted by ``pyside6-lupdate`` from ``ui/`` into
``resources/translations/scheduler_app_<lang>.ts`` and compiled by ``pyside6-lrelease`` into the
``.qm`` files beside them (the commands are in ``resources/translations/README.md``). English is the
source language and needs no file. Qt's own dialogs (QMessageBox, QFileDialog) are translated by
the ``qtbase_<lang>.qm`` that ships with Qt.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from scheduler_app.i18n import (
    LANGUAGES,
    LOCALES,
    NATIVE_NAMES,
    RIGHT_TO_LEFT,
    set_language,
    system_language,
    translations_dir,
)
from scheduler_app.ui.plain import message_box

SETTINGS_KEY = "ui/language"

# Qt writes ar_EG's numbers and dates in Arabic-Indic digits (٢٠٢٧) where Babel, and so the
# calendars and prints, write 2027: one window would show both. ar_LY is ar_EG in CLDR but for
# its digits (the same month names, the week from Saturday), so the window takes it for Qt.
QT_LOCALES = {**LOCALES, "ar": "ar_LY"}
CATALOGUE = "scheduler_app"  # scheduler_app_fr.ts / .qm


def choose_language(requested: str | None) -> str:
    """The language to start in: ``requested`` (``--lang``), else the one chosen in View >
    Language, else the system's when it is one of the six, else English."""
    if requested in LANGUAGES:
        return requested
    saved = QSettings().value(SETTINGS_KEY)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return system_language()


class CatalogueTranslator(QTranslator):
    """Our ``.qm``, looked up by context first and then by source text alone.

    PySide6 asks ``self.tr()`` under the class names of ``self``'s type, while lupdate files a
    message under the class it is written in, or under ``window`` for ``window.tr(...)``; so a
    text written in a helper class for a window (the menus in ``ui/actions.py``) is filed under
    one context and asked for under another. The ``.ts`` source says which context holds each
    text."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        folder = translations_dir()
        self.loaded = self.load(f"{CATALOGUE}_{lang}.qm", str(folder))
        self._context_of: dict[str, str] = {}
        source = folder / f"{CATALOGUE}_{lang}.ts"
        if self.loaded and source.is_file():
            for context in ET.parse(source).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    self._context_of.setdefault(message.findtext("source") or "", name)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        other = self._context_of.get(source_text)
        if other is None or other == context:
            return None
        return super().translate(other, source_text, disambiguation, n) or None


def install(app: QCoreApplication, lang: str) -> None:
    """Translate the window into ``lang``: our messages, Qt's own dialogs' buttons, the locale
    of dates and numbers, and a right-to-left layout for Arabic. Installing again replaces the
    previous language."""
    for old in app.findChildren(QTranslator, "scheduler_app_translator"):
        app.removeTranslator(old)
        old.deleteLater()
    # the headless code's texts (findings, screen layouts, prints); English where it has none
    set_language(lang if lang in LANGUAGES else "en")
    locale = QLocale(QT_LOCALES.get(lang, lang))
    QLocale.setDefault(locale)
    if lang != "en":
        qt_own = QTranslator(app)
        qt_own.setObjectName("scheduler_app_translator")
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(locale, "qtbase", "_", folder):
            app.installTranslator(qt_own)
        ours = CatalogueTranslator(lang, app)
        ours.setObjectName("scheduler_app_translator")
        if ours.loaded:
            app.installTranslator(ours)
    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if lang in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)


def current_language() -> str:
    """The language installed, by the default locale ``install`` set."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def language_menu(window: QWidget) -> QMenu:
    """View > Language: the six languages by their own names; the choice is kept in the
    settings and takes effect the next time the planner starts."""
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), window)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    shown = current_language()
    for lang in LANGUAGES:
        action = QAction(NATIVE_NAMES[lang], menu, checkable=True)
        action.setData(lang)
        action.setChecked(lang == shown)
        action.triggered.connect(lambda _checked=False, lg=lang: _on_language_chosen(window, lg))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _on_language_chosen(window: QWidget, lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)
    message = QCoreApplication.translate(
        "Language", "The planner will be in %1 the next time it starts."
    ).replace("%1", NATIVE_NAMES[lang])
    title = QCoreApplication.translate("Language", "Language")
    message_box(window, QMessageBox.Icon.Information, title, message)


__all__ = [
    "LANGUAGES",
    "NATIVE_NAMES",
    "CatalogueTranslator",
    "choose_language",
    "current_language",
    "install",
    "language_menu",
    "translations_dir",
]
