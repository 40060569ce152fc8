"""Moving between the window's panes from the keyboard: F6 and Shift+F6 cycle them, as in most
desktop applications, and each pane has a shortcut of its own.

A pane is any widget (a dock's contents, the central view); the focus goes to the widget the pane
names as its entry (the search box of the filters, the current view, the findings tree), and a
hidden dock is shown first, so the key always lands somewhere visible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


@dataclass(frozen=True)
class Pane:
    """One pane: its name (for the menu and screen readers), the widget that holds it, the widget
    that takes the focus (a callable, since views change), its shortcut, and its dock if any."""

    name: str
    container: QWidget
    entry: Callable[[], QWidget]
    shortcut: str = ""
    dock: QDockWidget | None = None


class PaneCycler(QObject):
    """F6 / Shift+F6 and one shortcut per pane, as actions (so Help > Keyboard Shortcuts lists
    them and a menu can show them)."""

    def __init__(self, window: QWidget, panes: Sequence[Pane]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = list(panes)
        self.next_action = self._action(self.tr("Next Pane"), "F6", lambda: self.step(1))
        self.previous_action = self._action(
            self.tr("Previous Pane"), "Shift+F6", lambda: self.step(-1)
        )
        self.pane_actions = [
            self._action(
                self.tr("Go to %1").replace("%1", pane.name), pane.shortcut, self._focuser(pane)
            )
            for pane in self.panes
        ]

    def _focuser(self, pane: Pane) -> Callable[[], None]:
        return lambda: self.focus(pane)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)  # works while the menus are closed or hidden
        return action

    @property
    def actions(self) -> list[QAction]:
        return [self.next_action, self.previous_action, *self.pane_actions]

    def current(self) -> int | None:
        """The pane holding the focus, if any."""
        focused = QApplication.focusWidget()
        for n, pane in enumerate(self.panes):
            if focused is not None and (
                focused is pane.container or pane.container.isAncestorOf(focused)
            ):
                return n
        return None

    def step(self, steps: int) -> None:
        """Focus the next (``steps`` > 0) or previous visible pane, wrapping around; a closed
        dock is skipped (its own shortcut opens it)."""
        visible = [n for n, pane in enumerate(self.panes) if _seen(pane.container)]
        if not visible:
            return
        start = self.current()
        if start is None:
            target = visible[0] if steps > 0 else visible[-1]
        else:
            later = [n for n in visible if (n - start) * steps > 0]
            if later:
                target = later[0] if steps > 0 else later[-1]
            else:
                target = visible[0] if steps > 0 else visible[-1]
        self.focus(self.panes[target])

    def focus(self, pane: Pane) -> None:
        if pane.dock is not None and not pane.dock.isVisible():
            pane.dock.show()
        if pane.dock is not None:
            pane.dock.raise_()  # a tabbed dock comes to the front
        pane.entry().setFocus(Qt.FocusReason.ShortcutFocusReason)


def _seen(widget: QWidget) -> bool:
    """Shown and not behind another dock's tab (which Qt leaves "visible" with nothing seen)."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()
