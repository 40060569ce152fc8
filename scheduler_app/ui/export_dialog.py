"""File > Export: the format, what to add, and how many meetings will be written, before writing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from scheduler_app.ui.plain import plain_label


class ExportDialog(QDialog):
    """Options of one export; the meetings are those the current filter shows."""

    def __init__(self, path: Path, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export meetings"))
        self.path = path
        ics = path.suffix.lower() == ".ics"
        self.name = QLineEdit(self.tr("ITU Meeting Planner"), self)
        self.observances = QCheckBox(self.tr("Add religious periods and venue public holidays"))
        self.deadlines = QCheckBox(self.tr("Add each meeting's deadlines"))
        for widget in (self.name, self.observances, self.deadlines):
            widget.setEnabled(ics)
        summary = (
            self.tr("1 meeting (the one the current filter shows) will be written to %1.")
            if count == 1
            else self.tr(
                "%n meetings (those the current filter shows) will be written to %1.", "", count
            )
        )
        self.summary = QLabel(summary.replace("%1", path.name), self)
        plain_label(self.summary)  # it names the file
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(count > 0)
        form = QFormLayout(self)
        form.addRow(self.summary)
        form.addRow(self.tr("Calendar name:"), self.name)
        form.addRow(self.observances)
        form.addRow(self.deadlines)
        form.addRow(buttons)
