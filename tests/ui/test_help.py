"""Help: shortcuts read from the menus, the rule catalogue with its words, the user guide."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QTableWidget, QTextBrowser

from scheduler_app.rules import Policy, catalogue
from scheduler_app.ui.help import (
    guide_dialog,
    guide_text,
    menu_shortcuts,
    rules_dialog,
    shortcuts_dialog,
)


def window_with_menus(qtbot) -> QMainWindow:
    w = QMainWindow()
    qtbot.addWidget(w)
    edit = w.menuBar().addMenu("&Edit")
    undo = QAction("&Undo", w)
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    edit.addAction(undo)
    edit.addAction(QAction("No &key", w))
    sub = edit.addMenu("&Move")
    later = QAction("A Day &Later", w)
    later.setShortcut(QKeySequence("Alt+Right"))
    sub.addAction(later)
    return w


def test_shortcuts_come_from_the_menus_with_their_paths(qtbot):
    w = window_with_menus(qtbot)
    found = menu_shortcuts(w.menuBar())
    assert found == [("Edit", "Ctrl+Z", "Undo"), ("Edit > Move", "Alt+Right", "A Day Later")]


def test_the_shortcuts_dialog_lists_menu_keys_and_the_keys_of_no_menu(qtbot):
    w = window_with_menus(qtbot)
    dialog = shortcuts_dialog(w.menuBar(), w)
    table = dialog.findChild(QTableWidget, "shortcuts")
    rows = [
        table.item(r, 0).text() + " " + table.item(r, 1).text() for r in range(table.rowCount())
    ]
    assert "Ctrl+Z Undo" in rows and any(r.startswith("Esc ") for r in rows)


def test_the_rules_dialog_quotes_every_rule_with_the_current_parameters(qtbot):
    spec, name, default = next(
        (s, n, v)
        for s in catalogue()
        if s.quote
        for n, v in s.params.items()
        if isinstance(v, int) and not isinstance(v, bool)
    )
    changed = default + 1
    policy = Policy({spec.id: {name: changed}})
    dialog = rules_dialog(policy)
    qtbot.addWidget(dialog)
    rules = dialog.findChild(QListWidget, "rules")
    assert rules.count() == len(catalogue())
    row = next(r for r in range(rules.count()) if rules.item(r).text().startswith(spec.id))
    rules.setCurrentRow(row)
    text = dialog.findChild(QTextBrowser, "rule_text").toPlainText()
    assert spec.citation in text and spec.quote[:40] in text
    assert f"{changed} (default {default})" in text


def test_the_user_guide_opens_from_the_package(qtbot):
    dialog = guide_dialog()
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QTextBrowser, "guide").toPlainText()
    assert shown and shown.splitlines()[0] == guide_text().splitlines()[0].lstrip("# ")


def test_the_user_guide_names_every_menu_item_of_the_window(qtbot, reference_db):
    from scheduler_app.ui.main_window import MainWindow

    window = MainWindow(reference_db)
    qtbot.addWidget(window)
    guide = " ".join(guide_text().split()).casefold()
    missing = []

    def walk(actions, path: str) -> None:
        for action in actions:
            text = action.text().replace("&", "").rstrip("…").strip()
            menu = action.menu()
            if menu is not None:
                if text.casefold() not in guide:
                    missing.append(f"{path}{text}")
                if text not in {"Panes", "Open Recent"}:  # items made from the panes or files
                    walk(menu.actions(), f"{path}{text} > ")
            elif text and text.split(" (")[0].casefold() not in guide:
                missing.append(f"{path}{text}")

    walk(window.menuBar().actions(), "")
    assert missing == []
