"""Editing meetings from the window: new, edit, duplicate, delete and move, each through
:meth:`Session.edit` (one ``services.editing`` transaction, one undo step), acting on the whole
selection where the action allows; and the context menu of table rows and calendar bars."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QMainWindow, QMenu, QWidget

from scheduler_app.domain import Meeting
from scheduler_app.services import editing
from scheduler_app.ui.meeting_dialog import MeetingDialog
from scheduler_app.ui.plain import ask
from scheduler_app.ui.session import Session
from scheduler_app.ui.view_periods import local_today

MAX_MOVE_DAYS = 3660  # ten years either way: further is a new meeting, not a move


class EditActions(QObject):
    """The Edit menu's meeting actions of one window; ``selected`` gives the selected meetings,
    the current one first."""

    def __init__(
        self, window: QMainWindow, session: Session, selected: Callable[[], list[Meeting]]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.selected = selected
        self.new_action = self._action(self.tr("&New Meeting…"), "Ctrl+Shift+N", self.new_meeting)
        self.edit_action = self._action(
            self.tr("&Edit Meeting…"), "Return", self.edit_meeting, on_selection=True
        )
        self.duplicate_action = self._action(self.tr("D&uplicate"), "Ctrl+D", self.duplicate)
        self.delete_action = self._action(
            self.tr("&Delete…"), "Delete", self.delete, on_selection=True
        )
        self.earlier_action = self._action(
            self.tr("Move a Day &Earlier"), "Alt+Left", lambda: self.move_selected(-1)
        )
        self.later_action = self._action(
            self.tr("Move a Day &Later"), "Alt+Right", lambda: self.move_selected(1)
        )
        self.move_by_action = self._action(self.tr("&Move by…"), "Ctrl+M", self.ask_and_move)
        self.actions = [
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.earlier_action,
            self.later_action,
            self.move_by_action,
        ]
        self.context_extras: list[QAction | None] = []
        """Actions the context menu lists after the edits (None: a separator), such as
        exporting or printing the selection."""

    def _action(
        self, text: str, keys: str, slot: Callable[[], object], *, on_selection: bool = False
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(keys))
        # Return and Delete mean "this meeting" only where meetings are: in the Find box they
        # are the line edit's own keys (see attach_to)
        action.setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut if on_selection else Qt.ShortcutContext.WindowShortcut
        )
        action.triggered.connect(slot)
        return action

    def attach_to(self, widgets: Sequence[QWidget]) -> None:
        """Make Return and Delete work in these widgets (the table, the calendar views)."""
        for widget in widgets:
            widget.addAction(self.edit_action)
            widget.addAction(self.delete_action)

    def set_read_only(self, read_only: bool) -> None:
        """Offer no edit that would fail."""
        for action in self.actions:
            action.setEnabled(not read_only)

    # --- the context menu ------------------------------------------------------------------------

    def context_menu(self, parent: QWidget) -> QMenu:
        """The menu of the selected meetings, for a table row or a calendar bar."""
        menu = QMenu(parent)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.move_by_action,
            self.delete_action,
        ):
            menu.addAction(action)
        if self.context_extras:
            menu.addSeparator()
        for extra in self.context_extras:
            if extra is None:
                menu.addSeparator()
            else:
                menu.addAction(extra)
        return menu

    @Slot(QPoint)
    def show_context_menu(self, at: QPoint) -> None:
        if self.selected():
            self.context_menu(self.window).popup(at)

    # --- the edits -------------------------------------------------------------------------------

    def open_meeting_dialog(self, meeting: Meeting | None) -> MeetingDialog:
        """The meeting dialog for ``meeting`` (None: a new one), with the database's venues,
        rooms, bodies and the codes already taken."""
        db = self.session.db
        taken = {m.code for m in db.meetings() if m.code}
        return MeetingDialog(
            meeting,
            db.venues(),
            db.rooms(),
            [b.code for b in db.bodies()],
            taken,
            self.window,
            default_day=local_today(),
        )

    @Slot()
    def new_meeting(self) -> None:
        dialog = self.open_meeting_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            new, db = dialog.meeting(), self.session.db
            self.session.edit(lambda: editing.create(db, new))

    @Slot()
    def edit_meeting(self) -> None:
        """Edit the current meeting; nothing is written when nothing changed."""
        selected = self.selected()
        if not selected:
            return
        dialog = self.open_meeting_dialog(selected[0])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            after, db = dialog.meeting(), self.session.db
            if after != selected[0]:
                self.session.edit(lambda: editing.update(db, selected[0], after))

    @Slot()
    def duplicate(self) -> None:
        """Duplicate every selected meeting, as one undo step."""
        db = self.session.db
        self._each(
            self.tr("Duplicate %1 meetings"),
            [functools.partial(editing.duplicate, db, m) for m in self.selected()],
        )

    @Slot()
    def delete(self) -> None:
        """Delete the selected meetings after asking, naming them."""
        selected = self.selected()
        if not selected:
            return
        names = ", ".join(m.label for m in selected[:5]) + ("…" if len(selected) > 5 else "")
        title = self.tr("Delete meetings")
        if ask(self.window, title, self.tr("Delete %1?").replace("%1", names)):
            db = self.session.db
            self.session.edit(lambda: editing.delete(db, selected))

    def move_selected(self, days: int) -> None:
        """Move every selected meeting by ``days`` (negative: earlier), as one undo step."""
        db = self.session.db
        self._each(
            self.tr("Move %1 meetings"),
            [functools.partial(editing.move, db, m, days) for m in self.selected()],
        )

    @Slot()
    def ask_and_move(self) -> None:
        """Ask by how many days to move the selection (negative: earlier), then move it."""
        selected = self.selected()
        if not selected:
            return
        names = ", ".join(m.label for m in selected[:3]) + ("…" if len(selected) > 3 else "")
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Move by"))
        dialog.setLabelText(
            self.tr("Move %1 by how many days? (negative: earlier)").replace("%1", names)
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(-MAX_MOVE_DAYS, MAX_MOVE_DAYS)
        dialog.setIntValue(7)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.intValue():
            self.move_selected(dialog.intValue())

    def _each(self, label: str, edits: Sequence[Callable[[], editing.Change]]) -> None:
        """Several edits as one undo step (each its own transaction, in order)."""
        if len(edits) == 1:
            self.session.edit(edits[0])
            return
        if not edits:
            return
        stack = self.session.undo_stack
        stack.beginMacro(label.replace("%1", str(len(edits))))
        try:
            for edit in edits:
                if self.session.edit(edit) is None:
                    break  # refused (and said why): the rest would fail the same way
        finally:
            stack.endMacro()
