"""What changed between two calendars, as ``scheduler-app diff`` says it: meetings added,
removed and moved, findings gained and lost; printed or saved as the diff annex
(``print --layout diff``) for a Council document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.interop.atomic import write_bytes
from scheduler_app.printing.job import Layout, PrintError, PrintRequest, build_pages
from scheduler_app.printing.page import Page
from scheduler_app.printing.render import measure, pdf_bytes, render
from scheduler_app.screen.periods import local_today
from scheduler_app.services.diff import CalendarDiff
from scheduler_app.storage import PlanningDatabase, StorageError
from scheduler_app.ui.failure import failure
from scheduler_app.ui.plain import error, warn


class DiffDialog(QDialog):
    """The diff from the calendar at ``before`` to the one at ``against`` (after), as plain text,
    with Print… and Save PDF… of the diff annex. It holds paths, not connections: it outlives
    the window it was opened from, whose database closes with it."""

    def __init__(
        self,
        changes: CalendarDiff,
        before: Path,
        against: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.changes = changes
        self.before = before
        self.against = against
        self.setWindowTitle(self.tr("Changes from %1 to %2").replace("%1", changes.a))
        self.setWindowTitle(self.windowTitle().replace("%2", changes.b))
        self.text = QPlainTextEdit(changes.as_text())  # plain text: codes and titles stay text
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button = buttons.addButton(
            self.tr("Save P&DF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self._on_print_requested)
        self.pdf_button.clicked.connect(self._on_pdf_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def pages(self) -> list[Page] | None:
        """The diff annex's pages, or None after saying why there are none."""
        request = PrintRequest(Layout.DIFF, against=self.against)
        try:
            with PlanningDatabase.open(self.before, create=False, read_only=True) as db:
                pages, _sheet = build_pages(db, request, measure, local_today())
        except (PrintError, StorageError) as exc:
            warn(self, self.tr("Cannot print the changes"), str(exc))
            return None
        return pages

    def save_pdf(self, path: Path) -> bool:
        pages = self.pages()
        if not pages:
            return False
        try:
            write_bytes(path, pdf_bytes(pages, self.windowTitle()))
        except OSError as exc:
            error(self, self.tr("PDF not written"), failure(path, exc))
            return False
        return True

    @Slot()
    def _on_pdf_requested(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the Changes as PDF"), "changes.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    @Slot()
    def _on_print_requested(self) -> None:
        pages = self.pages()
        if not pages:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            try:
                render(pages, printer)
            except OSError as exc:
                target = printer.outputFileName() or printer.printerName()
                error(self, self.tr("Not printed"), failure(Path(target), exc))
