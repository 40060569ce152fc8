"""Printing from the window: Print, Print Preview and Export PDF, of the meetings the filter
shows or of the selection, with a progress dialog whose Stop button stops the drawing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QPagedPaintDevice
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QProgressDialog

from scheduler_app.domain import Meeting
from scheduler_app.interop.atomic import write_bytes
from scheduler_app.screen.periods import local_today
from scheduler_app.storage import StorageError
from scheduler_app.ui.failure import failure
from scheduler_app.ui.filter_panel import FilterPanel
from scheduler_app.ui.plain import error, warn
from scheduler_app.ui.session import Session

# The page layouts, the painter and Qt's printing are read on the first print, not when the
# window starts: a start does not wait for what it may never use (issue 12).
if TYPE_CHECKING:
    from scheduler_app.printing.job import PrintRequest
    from scheduler_app.printing.page import Page

T = TypeVar("T")
Meetings = Callable[[], list[Meeting]]


class PrintActions(QObject):
    """The printing actions of one window; ``shown`` and ``selected`` give the meetings the
    filter shows and the selected ones."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        filter_panel: FilterPanel,
        shown: Meetings,
        selected: Meetings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.filter_panel = filter_panel
        self.shown = shown
        self.selected = selected
        self.stopped = False
        self.print_action = _action(window, self.tr("&Print…"), QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self._on_print_requested)
        self.preview_action = _action(window, self.tr("Print Pre&view…"))
        self.preview_action.triggered.connect(self._on_preview_requested)
        self.pdf_action = _action(window, self.tr("Export P&DF…"))
        self.pdf_action.triggered.connect(self._on_pdf_requested)
        self.print_selection_action = _action(window, self.tr("Print the &Selection…"))
        self.print_selection_action.triggered.connect(self._on_print_selection_requested)

    # --- laying out ------------------------------------------------------------------------------

    def print_pages(
        self, request: PrintRequest, only: Sequence[Meeting] | None = None
    ) -> list[Page]:
        """The pages of a print job on ``only`` (default: the meetings the filter shows)."""
        from scheduler_app.printing.job import build_pages
        from scheduler_app.printing.render import measure

        request.only = list(only) if only is not None else self.shown()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages, _sheet = build_pages(self.session.db, request, measure, local_today())
        finally:
            QApplication.restoreOverrideCursor()
        return pages

    def pages_or_warning(
        self, request: PrintRequest, only: Sequence[Meeting] | None = None
    ) -> list[Page] | None:
        """The pages, or None after telling the planner why there are none."""
        from scheduler_app.printing.job import PrintError

        try:
            return self.print_pages(request, only)
        except (PrintError, StorageError) as exc:
            warn(self.window, self.tr("Cannot print"), str(exc))
            return None

    def ask_options(self, action: str) -> PrintRequest | None:
        """Ask which layout, period and options; None when the planner cancels."""
        from scheduler_app.ui.print_dialog import PrintOptionsDialog

        dialog = PrintOptionsDialog(local_today(), action, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        request = dialog.request(self.filter_panel.describe())
        request.overlays = self.filter_panel.overlays()  # paper shows what the screen shows
        return request

    def with_progress(self, total: int, draw: Callable[[Callable[[int, int], bool]], T]) -> T:
        """Run ``draw(step)`` with a progress dialog whose Stop button makes ``step`` False."""
        progress = QProgressDialog(
            self.tr("Drawing pages…"), self.tr("Stop"), 0, total, self.window
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        self.stopped = False

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            QApplication.processEvents()
            self.stopped = progress.wasCanceled()
            return not self.stopped

        try:
            return draw(step)
        finally:
            progress.close()

    # --- the actions -----------------------------------------------------------------------------

    def print_to_printer(self, only: Sequence[Meeting] | None = None) -> None:
        """Ask for options and a printer, then print (the filter's meetings, or ``only``)."""
        request = self.ask_options(self.tr("Print"))
        pages = self.pages_or_warning(request, only) if request else None
        if pages is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from scheduler_app.printing.render import render

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            try:
                self.with_progress(len(pages), lambda step: render(pages, printer, step))
            except OSError as exc:
                target = printer.outputFileName() or printer.printerName()
                error(self.window, self.tr("Not printed"), failure(Path(target), exc))

    @Slot()
    def _on_print_requested(self) -> None:
        self.print_to_printer()

    @Slot()
    def _on_print_selection_requested(self) -> None:
        selected = self.selected()
        if selected:
            self.print_to_printer(selected)

    @Slot()
    def _on_preview_requested(self) -> None:
        request = self.ask_options(self.tr("Print Preview"))
        pages = self.pages_or_warning(request) if request else None
        if pages is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.paintRequested.connect(lambda device: _render_all(pages, device))
        preview.exec()

    @Slot()
    def _on_pdf_requested(self) -> None:
        request = self.ask_options(self.tr("Export PDF"))
        if request is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export PDF"),
            f"{request.layout.value}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.export_pdf(request, Path(path))

    def export_pdf(self, request: PrintRequest, path: Path) -> int:
        """Write the filtered meetings' layout to a PDF; returns the number of pages."""
        from scheduler_app.printing.render import pdf_bytes

        pages = self.pages_or_warning(request)
        if not pages:
            return 0
        status = self.window.statusBar()
        try:
            # drawn in memory and written whole: QPdfWriter says nothing of a file it cannot write
            data = self.with_progress(len(pages), lambda step: pdf_bytes(pages, "", step))
            if self.stopped:
                status.showMessage(
                    self.tr("Stopped: %1 was not written").replace("%1", str(path)), 8000
                )
                return 0
            write_bytes(path, data)
        except OSError as exc:
            error(self.window, self.tr("PDF not written"), failure(path, exc))
            return 0
        status.showMessage(
            self.tr("Wrote %1 pages to %2").replace("%1", str(len(pages))).replace("%2", str(path)),
            8000,
        )
        return len(pages)


def _render_all(pages: Sequence[Page], device: QPagedPaintDevice) -> None:
    from scheduler_app.printing.render import render

    render(pages, device)


def _action(
    window: QMainWindow, text: str, shortcut: QKeySequence.StandardKey | None = None
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    return action
