"""The stored waivers: which rule's finding on which meetings (or year) the planners accepted,
why, and when; selected ones are taken back together, as one undo step."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from scheduler_app.services import settings_edits
from scheduler_app.services.settings_edits import WaiverRow
from scheduler_app.ui.editors.base import SettingsDialog, cell, fill, table
from scheduler_app.ui.session import Session


class WaiversDialog(SettingsDialog):
    """Every stored waiver, oldest first; Unwaive takes back the selected ones."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Waivers"))
        self._rows: list[WaiverRow] = []
        self.table = table(
            self,
            [self.tr("Rule"), self.tr("Meetings or year"), self.tr("Given on"), self.tr("Reason")],
            self.tr("Stored waivers"),
            many=True,
        )
        self.unwaive = QPushButton(self.tr("&Unwaive Selected"), self)
        self.unwaive.setAccessibleName(self.tr("Take back the selected waivers"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.unwaive)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.unwaive.clicked.connect(self._on_unwaive)
        self.resize(900, 460)
        self.refresh()

    def selected(self) -> list[WaiverRow]:
        return [self._rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def refresh(self) -> None:
        db = self.session.db
        self._rows = settings_edits.stored_waivers(db)
        fill(
            self.table,
            [
                [
                    cell(w.rule_id),
                    cell(settings_edits.waived_what(db, w)),
                    cell(w.created_at[:10], w.created_at),
                    cell(w.reason, w.reason),
                ]
                for w in self._rows
            ],
            -1,
        )
        self._on_selected()

    @Slot()
    def _on_selected(self) -> None:
        self.unwaive.setEnabled(self.writable() and bool(self.selected()))

    @Slot()
    def _on_unwaive(self) -> None:
        rows, db = self.selected(), self.session.db
        if rows:
            self.run_edit(lambda: settings_edits.unwaive_rows(db, rows))
