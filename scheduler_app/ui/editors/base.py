"""What every settings editor shares: the session it edits, a line for refusals, and a refresh
whenever the settings change (an edit here, another editor's, or undo and redo in the window)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from scheduler_app.services.editing import Undoable
from scheduler_app.ui.plain import plain_label, plain_tooltip
from scheduler_app.ui.session import Session

D = TypeVar("D", bound="SettingsDialog")


class SettingsDialog(QDialog):
    """A non-modal editor over ``session``: reads ``session.db``, writes through
    :meth:`Session.edit` (one undo step per change), and shows what was refused in
    :attr:`message` rather than in a box over the dialog."""

    def __init__(self, session: Session, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setModal(False)
        self.message = plain_label(QLabel(self))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why the last change was not made"))
        self.message.setStyleSheet("color: #a40000")
        session.settings_changed.connect(self._on_settings_changed)
        session.database_opened.connect(self._on_database_opened)

    def refresh(self) -> None:
        """Read what is shown from the database again."""
        raise NotImplementedError

    @Slot(object)
    def _on_settings_changed(self, _record: object) -> None:
        self.refresh()

    @Slot()
    def _on_database_opened(self) -> None:
        self.refresh()

    def writable(self) -> bool:
        return not self.session.read_only

    def run_edit(self, action: Callable[[], Undoable]) -> bool:
        """Make one edit through the session; a refusal is shown in :attr:`message` only (the
        window does not say it again in a message box)."""
        refused: list[str] = []
        record = self.session.edit(action, on_refused=refused.append)
        self.refuse(refused[-1] if record is None and refused else "")
        return record is not None

    def refuse(self, text: str) -> None:
        """Show why a change was not made (or clear the line with "")."""
        self.message.setText(self.tr("Not changed: %1").replace("%1", text) if text else "")


def cell(text: str, tip: str = "") -> QTableWidgetItem:
    """A read-only table cell holding ``text`` as plain text."""
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tip:
        item.setToolTip(plain_tooltip(tip))
    return item


def table(
    parent: QWidget, headers: Sequence[str], name: str, *, many: bool = False
) -> QTableWidget:
    """A read-only table of whole rows, its last column stretching."""
    widget = QTableWidget(0, len(headers), parent)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setAccessibleName(name)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    widget.setSelectionMode(mode.ExtendedSelection if many else mode.SingleSelection)
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().setVisible(False)
    widget.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]], current: int) -> None:
    """Replace the rows of ``widget`` and select row ``current`` (none when -1), signals held
    back so the caller updates its form once."""
    widget.blockSignals(True)
    widget.clearSelection()
    widget.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            widget.setItem(r, c, item)
    if 0 <= current < len(rows):
        widget.selectRow(current)
    widget.blockSignals(False)


def day(d: dt.date) -> str:
    """``9 Mar 2027``."""
    return f"{d.day} {d:%b %Y}"


def reuse(parent: QWidget | None, kind: type[D], session: Session, make: Callable[[], D]) -> D:
    """The open editor of ``kind`` on ``session`` under ``parent``, raised; else a new one,
    shown."""
    found = next(
        (d for d in (parent.findChildren(kind) if parent else []) if d.session is session), None
    )
    dialog = found or make()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
