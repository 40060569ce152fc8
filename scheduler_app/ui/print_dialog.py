"""File > Print…, Print Preview… and Export PDF…: which layout, period and paper."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from scheduler_app.printing.job import TITLES, Layout, PrintRequest
from scheduler_app.printing.page import Paper
from scheduler_app.ui.meeting_dialog import from_qdate, qdate

BY_START = (Layout.QUARTER, Layout.MONTH, Layout.GRID)  # a period from a start date, not a year
# the diff needs a second calendar: it is printed from the changes shown by Plan from Template…
NOT_OFFERED = (Layout.DIFF,)


class PrintOptionsDialog(QDialog):
    """Layout, period and paper of a print job; the meetings are those the filter shows."""

    def __init__(self, today: dt.date, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(action)
        self.layout_box = QComboBox(self)
        for layout in Layout:
            if layout in NOT_OFFERED:
                continue
            self.layout_box.addItem(self.tr(TITLES[layout]), layout.value)
        self.year = QSpinBox(self)
        self.year.setRange(1865, 2199)
        self.year.setValue(today.year)
        first = today.replace(day=1)
        self.start = QDateEdit(qdate(first), self)
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMM yyyy")
        self.paper = QComboBox(self)
        for paper in Paper:
            self.paper.addItem(paper.value, paper.value)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Natural for the layout"), None)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.annex = QCheckBox(self.tr("Add the compliance annex to the list"), self)
        self.annex.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Layout:"), self.layout_box)
        form.addRow(self.tr("Year (year planner, cycle, list):"), self.year)
        form.addRow(self.tr("From (quarter, month):"), self.start)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.annex)
        form.addRow(buttons)
        self.layout_box.currentIndexChanged.connect(self._on_layout_changed)
        self._on_layout_changed()

    def _on_layout_changed(self) -> None:
        layout = Layout(self.layout_box.currentData())
        self.start.setEnabled(layout in BY_START)
        self.year.setEnabled(layout not in BY_START)
        self.annex.setEnabled(layout is Layout.LIST)

    def request(self, filter_text: str) -> PrintRequest:
        layout = Layout(self.layout_box.currentData())
        by_start = layout in BY_START
        return PrintRequest(
            layout=layout,
            year=None if by_start else self.year.value(),
            date_from=from_qdate(self.start.date()) if by_start else None,
            paper=Paper(self.paper.currentData()),
            landscape=self.orientation.currentData(),
            filter_text=filter_text,
            annex=self.annex.isChecked(),
        )
