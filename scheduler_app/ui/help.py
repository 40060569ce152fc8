"""The Help menu's windows: keyboard shortcuts, the rule catalogue and the user guide.

The shortcuts are read from the window's own menus when the dialog opens, so the list cannot
fall behind the actions; the few keys that belong to no menu item are listed in :data:`KEYS`."""

from __future__ import annotations

import html
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMenuBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.i18n import language
from scheduler_app.rules import Policy, catalogue
from scheduler_app.rules.wording import rule_title, severity_name
from scheduler_app.ui.rule_text import rule_html, rule_state
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

# Keys that act without a menu item: (where, key, what it does).
KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("shortcuts", "Calendars"),
        QT_TRANSLATE_NOOP("shortcuts", "Left / Right / Up / Down"),
        QT_TRANSLATE_NOOP("shortcuts", "Step to the previous or next meeting"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Calendars"),
        QT_TRANSLATE_NOOP("shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("shortcuts", "Cancel a drag"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Calendars"),
        QT_TRANSLATE_NOOP("shortcuts", "Ctrl+wheel"),
        QT_TRANSLATE_NOOP("shortcuts", "Zoom the cycle timeline"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Find"),
        QT_TRANSLATE_NOOP("shortcuts", "Enter"),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Jump to the first meeting that matches, without opening it"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Tables"),
        QT_TRANSLATE_NOOP("shortcuts", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts", "Go to the next or previous control"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Tables"),
        QT_TRANSLATE_NOOP("shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("shortcuts", "Edit the current meeting"),
    ),
    (
        QT_TRANSLATE_NOOP("shortcuts", "Tables"),
        QT_TRANSLATE_NOOP("shortcuts", "Menu key / Shift+F10"),
        QT_TRANSLATE_NOOP("shortcuts", "The current row's context menu"),
    ),
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """Every menu item with a shortcut, as (menu path, key in the platform's words, item)."""
    found: list[tuple[str, str, str]] = []

    def walk(actions: list[QAction], path: str) -> None:
        for action in actions:
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            text = text.rstrip("…").rstrip(".")
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions(), f"{path} > {text}" if path else text)
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
                )
                found.append((path, keys, text))

    walk(menu_bar.actions(), "")
    return found


def _filterable_table(rows: list[tuple[str, str, str]], headers: list[str]) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    find = QLineEdit(box)
    find.setPlaceholderText(box.tr("Filter"))
    find.setAccessibleName(box.tr("Filter the shortcuts"))
    find.setClearButtonEnabled(True)
    table = QTableWidget(len(rows), len(headers), box)
    table.setObjectName("shortcuts")
    table.setAccessibleName(box.tr("Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)

    def refilter(text: str) -> None:
        needle = text.casefold()
        for r, row in enumerate(rows):
            table.setRowHidden(r, bool(needle) and needle not in " ".join(row).casefold())

    find.textChanged.connect(refilter)
    layout.addWidget(find)
    layout.addWidget(table)
    return box


def shortcuts_dialog(menu_bar: QMenuBar, parent: QWidget | None = None) -> QDialog:
    """Help > Keyboard Shortcuts: the menus' shortcuts, then the keys of no menu."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Keyboard Shortcuts"))
    rows = [(key, item, path) for path, key, item in menu_shortcuts(menu_bar)]
    rows += [(dialog.tr(k), dialog.tr(what), dialog.tr(where)) for where, k, what in KEYS]
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        _filterable_table(rows, [dialog.tr("Key"), dialog.tr("Does"), dialog.tr("Where")])
    )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(640, 520)
    return dialog


def _severity(value: str) -> str:
    """A severity as Help > Rules writes it: its id ("warning") in English, else its name."""
    return value if language() == "en" else severity_name(value)


def rules_dialog(policy: Policy, parent: QWidget | None = None) -> QDialog:
    """Help > Rules: the catalogue, each rule with its clause, quoted words and current
    parameters (as this database sets them)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Rules"))
    specs = catalogue()
    find = QLineEdit(dialog)
    find.setPlaceholderText(dialog.tr("Filter by id, title or citation"))
    find.setAccessibleName(dialog.tr("Filter the rules"))
    find.setClearButtonEnabled(True)
    rules = QListWidget(dialog)
    rules.setObjectName("rules")
    rules.setAccessibleName(dialog.tr("Rules"))
    for spec in specs:
        state = "" if policy.enabled(spec) else dialog.tr(" (off)")
        item = QListWidgetItem(f"{spec.id}{state}\n{rule_title(spec)}")
        item.setData(Qt.ItemDataRole.UserRole, spec.id)
        item.setToolTip(f"{_severity(policy.severity(spec).value)}: {spec.citation}")
        rules.addItem(item)
    text = QTextBrowser(dialog)
    text.setObjectName("rule_text")
    text.setAccessibleName(dialog.tr("The selected rule"))
    text.setOpenExternalLinks(True)
    by_id = {spec.id: spec for spec in specs}

    def show(current: QListWidgetItem | None) -> None:
        if current is None:
            text.clear()
            return
        spec = by_id[current.data(Qt.ItemDataRole.UserRole)]
        severity = _severity(policy.severity(spec).value)
        state = rule_state(policy.enabled(spec))
        e = html.escape
        head = f"<h3>{e(spec.id)}</h3><p>{e(rule_title(spec))} ({e(severity)}, {e(state)})</p>"
        text.setHtml(head + rule_html(spec, policy))

    def refilter(needle: str) -> None:
        needle = needle.casefold()
        for row, spec in enumerate(specs):
            # the English title too: a planner may know a rule by either
            words = f"{spec.id} {spec.title} {rule_title(spec)} {spec.citation}".casefold()
            rules.item(row).setHidden(bool(needle) and needle not in words)

    rules.currentItemChanged.connect(lambda current, _old: show(current))
    find.textChanged.connect(refilter)
    rules.setCurrentRow(0)
    left = QWidget(dialog)
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(find)
    column.addWidget(rules)
    split = QSplitter(dialog)
    split.addWidget(left)
    split.addWidget(text)
    split.setSizes([300, 520])
    layout = QVBoxLayout(dialog)
    layout.addWidget(split)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(buttons)
    layout.addLayout(row)
    dialog.resize(860, 600)
    return dialog


GUIDE = "user-guide.md"


def guide_text() -> str:
    """The user guide kept beside the bundled data (``resources/user-guide.md``)."""
    return resources.files("scheduler_app.resources").joinpath(GUIDE).read_text("utf-8")


def guide_dialog(parent: QWidget | None = None) -> QDialog:
    """Help > User Guide: the guide shipped with the planner, readable offline."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("User Guide"))
    text = QTextBrowser(dialog)
    text.setObjectName("guide")
    text.setAccessibleName(dialog.tr("User guide"))
    text.setOpenExternalLinks(True)
    text.setMarkdown(guide_text())  # our own text, not a planner's
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(760, 640)
    return dialog
