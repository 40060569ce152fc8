"""Editing meetings from the window: new, edit, duplicate, delete and move, each through
:meth:`Session.edit` (one ``services.editing`` transaction, one undo step), acting on the whole
selection where the action allows; and the context menu of table rows and calendar bars."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from scheduler_app.domain import Meeting
from scheduler_app.screen.periods import local_today
from scheduler_app.services import editing
from scheduler_app.ui.bulk_edit_dialog import ask_field_change, ask_move_days
from scheduler_app.ui.calendar_pane import CalendarPane
from scheduler_app.ui.meeting_dialog import MeetingDialog
from scheduler_app.ui.plain import ask
from scheduler_app.ui.session import Session
from scheduler_app.ui.suggest_dialog import SuggestDialog, open_suggest_dialog


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
        self.suggest_action = self._action(
            self.tr("&Suggest Dates…"), "Ctrl+Shift+G", self.suggest_dates
        )
        self.change_action = self._action(
            self.tr("C&hange Status, Kind, Venue or Mode…"), "Ctrl+Shift+H", self.ask_and_change
        )
        self.actions = [
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.change_action,
            self.delete_action,
            self.earlier_action,
            self.later_action,
            self.move_by_action,
            self.suggest_action,
        ]
        self._read_only = False
        session.selection_changed.connect(self._on_selection_changed)
        self._on_selection_changed(session.selected_ids)
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
        self._read_only = read_only
        for action in self.actions:
            action.setEnabled(not read_only)
        self._on_selection_changed(self.session.selected_ids)

    @Slot(object)
    def _on_selection_changed(self, ids: tuple[str, ...]) -> None:
        # suggestions are for one meeting: which of several would the dates be for?
        self.suggest_action.setEnabled(len(ids) == 1 and not self._read_only)

    # --- the context menu ------------------------------------------------------------------------

    def context_menu(self, parent: QWidget) -> QMenu:
        """The menu of the selected meetings, for a table row or a calendar bar."""
        menu = QMenu(parent)
        for action in (
            self.edit_action,
            self.duplicate_action,
            self.change_action,
            self.move_by_action,
            self.delete_action,
        ):
            menu.addAction(action)
        menu.addSeparator()  # the planning assistant, apart from the plain edits
        menu.addAction(self.suggest_action)
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
        dialog = MeetingDialog(
            meeting,
            db.venues(),
            db.rooms(),
            [b.code for b in db.bodies()],
            taken,
            self.window,
            default_day=local_today(),
        )
        dialog.offer_suggestions(
            lambda entered, use: open_suggest_dialog(
                self.session, dialog, entered, preview=self._preview, choose=use
            )
        )
        return dialog

    def _preview(self, span: tuple[dt.date, dt.date] | None) -> None:
        """Shade ``span`` on the window's calendar view, if it has one."""
        calendar = getattr(self.window, "calendar", None)
        if isinstance(calendar, CalendarPane):
            calendar.show_preview(span)

    @Slot()
    def suggest_dates(self) -> SuggestDialog | None:
        """Suggest Dates for the one selected meeting; Apply moves it, as one edit."""
        selected = self.selected()
        if len(selected) != 1:
            return None
        if self.session.checker_or_say(self.tr("Cannot suggest dates")) is None:
            return None  # the rules cannot check the calendar: said, with how to put it right
        return open_suggest_dialog(self.session, self.window, selected[0], preview=self._preview)

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
        """Duplicate every selected meeting (each made proposed, with a code of its own), as
        one edit."""
        selected, db = self.selected(), self.session.db
        if selected:
            self.session.edit(lambda: editing.duplicate_many(db, selected))

    @Slot()
    def ask_and_change(self) -> None:
        """Give every selected meeting the same status, kind, venue or mode, as one edit."""
        selected, db = self.selected(), self.session.db
        if not selected:
            return
        answer = ask_field_change(self.window, selected, db.venues(), db.rooms())
        if answer:
            self.session.edit(lambda: editing.set_fields(db, selected, **answer))

    @Slot()
    def delete(self) -> None:
        """Delete the selected meetings after asking, naming them."""
        selected = self.selected()
        if not selected:
            return
        names = editing.names(selected, most=5, more=True)  # the question shows what goes
        title = self.tr("Delete meetings")
        if ask(self.window, title, self.tr("Delete %1?").replace("%1", names)):
            db = self.session.db
            self.session.edit(lambda: editing.delete(db, selected))

    def move_selected(self, days: int) -> None:
        """Move every selected meeting by ``days`` (negative: earlier), as one edit."""
        selected, db = self.selected(), self.session.db
        if selected:
            self.session.edit(lambda: editing.move_many(db, selected, days))

    @Slot()
    def ask_and_move(self) -> None:
        """Ask by how many days to move the selection, showing the new dates, then move it."""
        selected = self.selected()
        if selected and (days := ask_move_days(self.window, selected)):
            self.move_selected(days)
