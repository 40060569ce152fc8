"""Edits as undoable commands: one ``QUndoCommand`` per change record of the editing service."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from scheduler_app.services import editing
from scheduler_app.services.editing import Change
from scheduler_app.storage import StorageError
from scheduler_app.ui.plain import warn

if TYPE_CHECKING:
    from scheduler_app.ui.main_window import MainWindow


class EditCommand(QUndoCommand):
    """An edit already written to the database; undo and redo write its reverse and back."""

    def __init__(self, window: MainWindow, change: Change) -> None:
        super().__init__(change.label)
        self.window = window
        self.change = change
        self._applied_on_push = False

    def redo(self) -> None:
        if not self._applied_on_push:  # the edit was made before it was pushed: just show it
            self._applied_on_push = True
            self.window.apply_change(self.change)
            return
        self._run(lambda: editing.undo(self.window.db, self.reverse), forward=True)

    def undo(self) -> None:
        self._run(lambda: editing.undo(self.window.db, self.change), forward=False)

    def _run(self, action: object, forward: bool) -> None:
        try:
            result = action()  # type: ignore[operator]
        except StorageError as exc:
            warn(self.window, self.window.tr("Cannot undo"), str(exc))
            self.setObsolete(True)
            return
        if forward:
            self.change = Change(self.change.label, result.before, result.after)
        else:
            self.reverse = result
        self.window.apply_change(result)
