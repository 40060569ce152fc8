"""Walking a window for the texts a planner reads, to find English left in a translated one."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

# Names that are the same in every language (products, formats, key names) and the language menu's
# own names; codes and acronyms in capitals (ITU-R, WTSA-20, RG-Q3/1, PDF, the Roman numerals of
# Russian quarters) are not words of English.
ALLOWED = frozenset(
    {
        "English",
        "Español",
        "Français",
        "Qt",
        "PySide6",
        "iCalendar",
        "Outlook",
        "ics",
        "csv",
        "pdf",
        "sqlite",
        "db",
        "Ctrl",
        "Shift",
        "Alt",
        "PgUp",
        "PgDown",
        "Esc",
        "Del",
        "Tab",
        "Enter",
        "Europe",
        "Zurich",
        # the two extra columns of a planning template (ui/plan_dialog.py), typed as written
        "days",
        "within",
    }
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]+")  # Latin letters, accented ones too


def english_words(text: str) -> list[str]:
    """The Latin-script words of ``text`` that are not on the allow-list (French and Spanish
    texts are Latin too: callers compare with the English source instead, see ``untranslated``)."""
    words = _WORD.findall(text.replace("&", ""))
    return [w for w in words if w not in ALLOWED and w != w.upper()]


def menu_texts(bar: QMenuBar) -> Iterator[tuple[str, QAction]]:
    """The text of every action in the menu bar, its submenus' included, without the hidden ones."""

    def walk(menu: QMenu | QMenuBar) -> Iterator[tuple[str, QAction]]:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            yield action.text(), action
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(sub)

    yield from walk(bar)


def widget_texts(root: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Labels, buttons, group and dock titles, tabs, placeholders, tooltips, combo box items and
    item views' headers under ``root``."""
    for w in [root, *root.findChildren(QWidget)]:
        texts: list[str] = [_plain(w.toolTip()), w.accessibleName()]
        if isinstance(w, QLabel):
            texts.append(w.text())
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTabBar):
            texts.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QTabWidget):
            texts.extend(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts.extend(header_texts(w.model()))
        for text in texts:
            if text:
                yield text, w


def _plain(rich: str) -> str:
    """A tooltip's text without its markup (plain_tooltip wraps plain text in a paragraph)."""
    return html.unescape(re.sub(r"<[^>]+>", "", rich))


def header_texts(model: QAbstractItemModel) -> Iterator[str]:
    if isinstance(model, QAbstractListModel):  # one column, no header
        return
    for section in range(model.columnCount(QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value
