"""The religious periods of a year (PP Resolution 111) as the rules read them, with the dates a
planner corrected marked as edited; a period's dates can be corrected (Eid al-Fitr observed a
day later) and put back to the dates its library computes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.services import settings_edits
from scheduler_app.services.checking import FIRST_OBSERVANCE_YEAR, LAST_OBSERVANCE_YEAR
from scheduler_app.services.settings_edits import ObservanceRow
from scheduler_app.ui.editors.base import SettingsDialog, cell, day, fill, table
from scheduler_app.ui.session import Session


class ObservancesDialog(SettingsDialog):
    """The observances of the chosen year; select one to correct or restore its dates."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, year: int | None = None
    ) -> None:
        super().__init__(session, parent, self.tr("Religious Observances"))
        self._rows: list[ObservanceRow] = []
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_OBSERVANCE_YEAR, LAST_OBSERVANCE_YEAR)
        self.year.setValue(year or dt.datetime.now().astimezone().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.table = table(
            self,
            [
                self.tr("Observance"),
                self.tr("Religion"),
                self.tr("First day"),
                self.tr("Last day"),
                self.tr("Dates"),
                self.tr("Source"),
            ],
            self.tr("Religious observances of the year"),
        )
        self.start = _date_edit(self, self.tr("First day of the observance"))
        self.end = _date_edit(self, self.tr("Last day of the observance"))
        self.correct = QPushButton(self.tr("&Correct Dates"), self)
        self.restore = QPushButton(self.tr("Restore &Computed Dates"), self)
        self.correct.setAccessibleName(self.tr("Correct the dates"))
        self.restore.setAccessibleName(self.tr("Restore the computed dates"))

        top = QFormLayout()
        top.addRow(self.tr("&Year:"), self.year)
        edit = QFormLayout()
        edit.addRow(self.tr("&First day:"), self.start)
        edit.addRow(self.tr("&Last day:"), self.end)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.year.valueChanged.connect(self._on_year_changed)
        self.table.itemSelectionChanged.connect(self._on_selected)
        self.correct.clicked.connect(self._on_correct)
        self.restore.clicked.connect(self._on_restore)
        self.resize(960, 580)
        self.refresh()

    def current(self) -> ObservanceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select(self, key: str, variant: str = "") -> None:
        """Select the occurrence of ``key`` (and ``variant``) shown for the year."""
        for i, row in enumerate(self._rows):
            if (row.key, row.variant) == (key, variant):
                self.table.selectRow(i)
                return

    def refresh(self) -> None:
        chosen = self.current()
        if self.session.read_only:  # nothing can be computed and stored: show what is stored
            self._rows = [
                r
                for r in settings_edits.observance_rows(self.session.db)
                if r.start.year <= self.year.value() <= r.end.year
            ]
        else:
            self._rows = settings_edits.observances_of_year(self.session.db, self.year.value())
        edited, computed = self.tr("edited by the planner"), self.tr("computed")
        fill(
            self.table,
            [
                [
                    cell(r.title),
                    cell(r.religion),
                    cell(day(r.start)),
                    cell(day(r.end)),
                    cell(
                        (edited if r.edited else computed)
                        + (self.tr(", estimated") if r.estimated else "")
                    ),
                    cell(r.provenance, r.provenance),
                ]
                for r in self._rows
            ],
            next((i for i, r in enumerate(self._rows) if chosen and _same(r, chosen)), -1),
        )
        self._show()

    def _show(self) -> None:
        row = self.current()
        writable = self.writable() and row is not None
        for widget in (self.start, self.end, self.correct):
            widget.setEnabled(writable)
        self.restore.setEnabled(writable and row is not None and row.edited)
        if row is not None:
            self.start.setDate(QDate(row.start.year, row.start.month, row.start.day))
            self.end.setDate(QDate(row.end.year, row.end.month, row.end.day))

    @Slot(int)
    def _on_year_changed(self, _year: int) -> None:
        self.refuse("")
        self.refresh()

    @Slot()
    def _on_selected(self) -> None:
        self.refuse("")
        self._show()

    @Slot()
    def _on_correct(self) -> None:
        row = self.current()
        if row is None:
            return
        start, end = _date(self.start), _date(self.end)
        if (start, end) == (row.start, row.end) and row.edited:
            self.refuse(self.tr("%1 already has these dates").replace("%1", row.label))
            return
        db = self.session.db
        self.run_edit(lambda: settings_edits.correct_observance(db, row, start, end))

    @Slot()
    def _on_restore(self) -> None:
        row = self.current()
        if row is not None:
            db = self.session.db
            self.run_edit(lambda: settings_edits.restore_observance(db, row))


def _same(a: ObservanceRow, b: ObservanceRow) -> bool:
    """Whether two rows are the same occurrence (their dates may differ)."""
    return (a.key, a.variant, a.anchor) == (b.key, b.variant, b.anchor)


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
