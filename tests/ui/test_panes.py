"""F6 cycles the panes, skipping closed docks; each pane's own shortcut opens and focuses it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit, QMainWindow, QTreeWidget

from scheduler_app.ui.panes import Pane, PaneCycler


def build(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    central = QLineEdit(w)
    w.setCentralWidget(central)
    docks, entries = [], []
    for name in ("Filters", "Findings"):
        dock = QDockWidget(name, w)
        entry = QTreeWidget(dock) if name == "Findings" else QLineEdit(dock)
        dock.setWidget(entry)
        w.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        docks.append(dock)
        entries.append(entry)
    panes = [
        Pane("Filters", docks[0], lambda: entries[0], "Ctrl+Shift+F", docks[0]),
        Pane("View", central, lambda: central, "Ctrl+Shift+V"),
        Pane("Findings", docks[1], lambda: entries[1], "Ctrl+Shift+R", docks[1]),
    ]
    cycler = PaneCycler(w, panes)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w, cycler, central, entries


def test_f6_goes_round_the_visible_panes_and_shift_f6_back(qtbot):
    _w, cycler, central, (filters, findings) = build(qtbot)
    central.setFocus()
    seen = []
    for _ in range(3):
        cycler.next_action.trigger()
        seen.append(QApplication.focusWidget())
    assert seen == [findings, filters, central]
    cycler.previous_action.trigger()
    assert QApplication.focusWidget() is filters


def test_a_closed_dock_is_skipped_by_f6_and_opened_by_its_shortcut(qtbot):
    _w, cycler, central, (filters, findings) = build(qtbot)
    cycler.panes[2].dock.close()
    central.setFocus()
    cycler.next_action.trigger()
    assert QApplication.focusWidget() is filters
    cycler.pane_actions[2].trigger()
    assert cycler.panes[2].dock.isVisible() and QApplication.focusWidget() is findings


def test_the_pane_actions_carry_their_keys_for_the_shortcuts_list(qtbot):
    _w, cycler, _c, _e = build(qtbot)
    keys = {a.text(): a.shortcut().toString() for a in cycler.actions}
    assert keys["Next Pane"] == "F6" and keys["Go to Findings"] == "Ctrl+Shift+R"
