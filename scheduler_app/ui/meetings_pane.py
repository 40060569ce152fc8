"""The meetings table: the filtered, sorted meetings of the session, and the selection.

It reads the meetings when a database opens, updates only the rows an edit touched (from the
session's change record), refilters when the filters change, and keeps the session's selection
and the table's rows in step both ways: the planner's clicks go out through
:meth:`Session.select`, a selection made elsewhere (a finding, a calendar bar) comes back in."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QObject, QPoint, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from scheduler_app.domain import Meeting
from scheduler_app.screen.periods import local_today
from scheduler_app.services.editing import Change
from scheduler_app.ui.agenda_table import AgendaTable
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.meeting_model import MeetingTableModel
from scheduler_app.ui.session import Session


class MeetingsPane(QObject):
    """The table of meetings (``table``, over ``model``) and its count in the status bar."""

    shown_changed = Signal()
    """The meetings the table shows changed (another database, an edit, a filter)."""
    context_menu_requested = Signal(QPoint)
    """The planner asked for the menu of the selected rows, at this point on the screen."""

    def __init__(self, session: Session, filters: FilterPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = filters
        self.model = MeetingTableModel(self)
        self.table = AgendaTable(parent)
        self.table.setModel(self.model)
        self.count_label = QLabel(parent)
        self._syncing = False  # the table is being set from the session: do not echo it back
        self.table.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.table.selectionModel().currentRowChanged.connect(self._on_rows_selected)
        # a right click outside the selection has moved it to that row (AgendaTable)
        self.table.context_menu_requested.connect(self.context_menu_requested)
        session.database_opened.connect(self._on_database_opened)
        session.meetings_changed.connect(self._on_meetings_changed)
        session.selection_changed.connect(self._on_selection_changed)
        filters.filters_changed.connect(self._on_filters_changed)
        filters.find_requested.connect(self.jump_to_first_match)

    # --- reading ---------------------------------------------------------------------------------

    def shown_meetings(self) -> list[Meeting]:
        """The meetings the table shows now, in its order: what export and print use."""
        return self.model.rows()

    def selected_meetings(self) -> list[Meeting]:
        """The selected rows' meetings, the current one first."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        current = self.table.currentIndex()
        if current.isValid():
            rows = [current.row()] + [r for r in rows if r != current.row()]
        return [self.model.meeting_at(r) for r in rows]

    # --- selecting -------------------------------------------------------------------------------

    def select_meetings(self, meeting_ids: Sequence[str]) -> int:
        """Select these meetings (clearing filters that hide them); how many are shown."""
        rows = self._rows(meeting_ids)
        if len(rows) < len(meeting_ids) and self.filters.is_filtering():
            self.filters.clear()
            rows = self._rows(meeting_ids)
        self._select_rows(sorted(rows))
        self._publish()
        return len(rows)

    def select_meeting(self, meeting_id: str) -> bool:
        """Select this one meeting, if the table shows it."""
        row = self.model.row_of(meeting_id)
        if row is None:
            return False
        self._select_rows([row])
        self._publish()
        return True

    def go_to_date(self, day: dt.date) -> None:
        """Select and show the first meeting (in the current order) still running on or after
        ``day``: on start, what is coming up rather than the oldest meeting."""
        rows = self.model.rowCount()
        if rows:
            target = next((r for r in range(rows) if self.model.meeting_at(r).end >= day), rows - 1)
            self._select_rows([target], center=True)
            self._publish()

    @Slot()
    def jump_to_first_match(self) -> None:
        """Return in Find: select the first meeting shown (in the table's order) and put the
        keyboard in the table, without opening it; a selection still shown is kept."""
        if not self.model.rowCount():
            return
        if not self.session.selected_ids:
            self._select_rows([0])
            self._publish()
        self.table.setFocus()

    def step_selection(self, step: int) -> Meeting | None:
        """Select the meeting before or after the current one, in the table's order (by date
        unless the planner sorted otherwise); returns it."""
        rows = self.model.rowCount()
        if not rows:
            return None
        current = self.table.currentIndex()
        row = max(0, min(rows - 1, current.row() + step if current.isValid() else 0))
        self._select_rows([row])
        self._publish()
        return self.model.meeting_at(row)

    def _rows(self, meeting_ids: Sequence[str]) -> list[int]:
        return [r for i in meeting_ids if (r := self.model.row_of(i)) is not None]

    def _select_rows(self, rows: Sequence[int], *, center: bool = False) -> None:
        """Put the table's selection on ``rows`` (the first is current) without announcing it
        row by row; :meth:`_publish` announces the result once."""
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            selection.clearSelection()
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            for n, row in enumerate(rows):
                index = self.model.index(row, 0)
                if n == 0:
                    selection.setCurrentIndex(index, flags)
                selection.select(index, flags)
            if not rows:
                selection.setCurrentIndex(
                    self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            self._syncing = False
        if rows:
            hint = (
                QAbstractItemView.ScrollHint.PositionAtCenter
                if center
                else QAbstractItemView.ScrollHint.EnsureVisible
            )
            self.table.scrollTo(self.model.index(min(rows) if not center else rows[0], 0), hint)

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        """While the rows are replaced, the table's emptied selection is not announced."""
        self._syncing = True
        try:
            yield
        finally:
            self._syncing = False

    def _publish(self) -> None:
        self.session.select([m.id for m in self.selected_meetings()])

    def _keep(self, meeting_ids: Sequence[str]) -> None:
        """After the rows were replaced: select those of ``meeting_ids`` still shown (the first
        of them current), or none."""
        self._select_rows(self._rows(meeting_ids))
        self._publish()

    # --- listening -------------------------------------------------------------------------------

    @Slot()
    def _on_database_opened(self) -> None:
        meetings = self.session.loaded
        with self._quiet():
            self.model.set_meetings(meetings)
        self.filters.set_bodies(
            [b.code for b in self.session.db.bodies()]
            + [n for m in meetings for n in (m.body, m.parent)]
        )
        self._update_count()
        self.shown_changed.emit()
        self.go_to_date(local_today())

    @Slot(object)
    def _on_meetings_changed(self, change: Change) -> None:
        kept = self.session.selected_ids
        with self._quiet():
            self.model.apply_change(change.before, change.after)
        names = {n for m in change.after for n in (m.body, m.parent) if n}
        known = {self.filters.body_box.itemText(i) for i in range(1, self.filters.body_box.count())}
        if not {n.casefold() for n in names} <= {k.casefold() for k in known}:
            self.filters.set_bodies(sorted(known | names))  # an edit named a new body
        self._update_count()
        self.shown_changed.emit()
        # a meeting the edit made (a new one, a duplicate, one put back) is selected; after
        # any other edit the selection stays where it was
        made = [m.id for m in change.after if m.id not in {b.id for b in change.before}]
        self._keep(made or list(kept))

    @Slot()
    def _on_filters_changed(self) -> None:
        kept = self.session.selected_ids
        where = self.filters.where()
        if where.bodies:  # a body brings the bodies below it, at any depth
            where = replace(where, bodies=self.session.db.body_family(where.bodies))
        with self._quiet():
            self.model.set_filter(self.filters.text(), where)
        self._update_count()
        self.shown_changed.emit()
        self._keep(list(kept))  # the selection stays where it is still visible, else none

    @Slot(object)
    def _on_selection_changed(self, ids: tuple[str, ...]) -> None:
        if tuple(m.id for m in self.selected_meetings()) != ids:
            self.select_meetings(list(ids))

    @Slot()
    def _on_rows_selected(self, *_args: object) -> None:
        if not self._syncing:
            self._publish()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        # a numerus message: Russian and Arabic say "40 meetings" in more than one form
        counted = self.tr("1 meeting") if total == 1 else self.tr("%n meetings", "", total)
        text = (
            counted
            if shown == total
            else self.tr("%1 of %2 meetings shown")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
        self.count_label.setText(text)


__all__ = ["MeetingsPane"]
