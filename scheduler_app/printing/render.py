"""The one painter function: draws layout pages on a QPdfWriter or a QPrinter.

Everything here is Qt; everything about where things go is in the layout modules.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTransform,
)

from scheduler_app.interop.atomic import OutputError, write_bytes
from scheduler_app.printing.job import PrintRequest, build_pages
from scheduler_app.printing.page import PT, Box, Line, Page, Text
from scheduler_app.printing.scripts import Script, families, reads_right_to_left, script_of
from scheduler_app.storage import PlanningDatabase

RESOLUTION = 300


@functools.lru_cache(maxsize=128)
def font_for(size: float, bold: bool, script: Script = Script.LATIN) -> QFont:
    """The font a text of ``script`` is drawn in: the script's families in order, the first
    installed one first, so that Qt takes each character from the first that has it."""
    font = QFont()
    font.setFamilies(list(families(script)))
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


@functools.lru_cache(maxsize=128)
def _metrics(size: float, bold: bool, script: Script) -> QFontMetricsF:
    # Measured at 72 dpi: one unit is one point, converted to millimetres below.
    font = QFont(font_for(size, bold, script))
    font.setPixelSize(max(1, round(size * 10)))  # tenths of a point, for precision
    return QFontMetricsF(font)


def measure(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` in millimetres, from the font it is drawn in (needs a QGuiApplication)."""
    return _metrics(size, bold, script_of(text)).horizontalAdvance(text) / 10 * PT


def _page_layout(page: Page) -> QPageLayout:
    size = QPageSize(
        QSizeF(page.width, page.height),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


@functools.lru_cache(maxsize=8)
def _mark_brush(mark: str, k: float) -> QBrush:
    """Hatching for tentative meetings, cross-hatching for cancelled ones, in ~1.2 mm cells.

    Built once: ``QTransform.fromScale`` rather than ``brush.transform().scale()``, whose
    returned reference crashed PySide6 6.12 after a few thousand calls.
    """
    style = Qt.BrushStyle.DiagCrossPattern if mark == "cross" else Qt.BrushStyle.BDiagPattern
    brush = QBrush(QColor("#212121"), style)
    brush.setTransform(QTransform.fromScale(k * 0.15, k * 0.15))
    return brush


def paint(
    painter: QPainter,
    page: Page,
    scale: float,
    font_scale: float = 1.0,
    min_text_px: float = 0.0,
) -> None:
    """Draw one page; ``scale`` is device units per millimetre. Coordinates are converted here
    rather than by scaling the painter, so fonts keep their real point sizes (times
    ``font_scale``: a screen view shows the page smaller or larger than paper).

    A screen passes ``min_text_px``: text that would be drawn smaller than that many pixels
    high cannot be read there and is skipped, and so is the hatching of a bar too thin to show
    it; on a crowded timeline that is most of the drawing."""
    k = scale
    # A mirrored page: its texts read right to left (an Arabic sentence starts at the right and
    # keeps its codes and numbers in order); the layout already flipped every alignment.
    painter.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if page.rtl else Qt.LayoutDirection.LeftToRight
    )
    pens: dict[tuple[str, float, bool], QPen] = {}
    brushes: dict[str, QBrush] = {}
    for item in page.items:
        if isinstance(item, Box):
            if not (item.fill or item.stroke or item.mark):
                continue  # a hover area of the screen views: nothing to draw
            rect = QRectF(item.x * k, item.y * k, item.w * k, item.h * k)
            if item.stroke:
                dashed = item.mark == "dashed"  # dates not fixed: a dashed edge, no hatching
                key = (item.stroke, item.stroke_width, dashed)
                if key not in pens:
                    pens[key] = QPen(QColor(item.stroke), item.stroke_width * k)
                    if dashed:
                        pens[key].setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pens[key])
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            if item.fill:
                if item.fill not in brushes:
                    brushes[item.fill] = QBrush(QColor(item.fill))
                painter.setBrush(brushes[item.fill])
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if item.mark in ("hatch", "cross") and (
                not min_text_px or item.w * k >= 3 * min_text_px / 2
            ):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(_mark_brush(item.mark, k))
                painter.drawRect(rect)
        elif isinstance(item, Line):
            painter.setPen(QPen(QColor(item.color), item.width * k))
            painter.drawLine(QPointF(item.x1 * k, item.y1 * k), QPointF(item.x2 * k, item.y2 * k))
        elif isinstance(item, Text):
            # on a screen font_scale is k·25.4/dpi, so a text of ``size`` points is size·PT·k
            # pixels high
            if min_text_px and item.size * PT * k < min_text_px:
                continue
            _text(painter, item, k, font_scale)


def _text(painter: QPainter, item: Text, k: float, font_scale: float = 1.0) -> None:
    size = max(round(item.size * font_scale, 2), 1.0)
    script = script_of(item.text)
    painter.setFont(font_for(size, item.bold, script))
    painter.setPen(QColor(item.color))
    # An Arabic sentence reads right to left, any other text (a meeting code or an untranslated
    # finding on an Arabic page too) left to right, and is elided at its end; "left" is the
    # page's left in either direction (the layout mirrored it). Not clipped: a script whose
    # lines are taller than Latin ones (Arabic's marks below the line) keeps them.
    rtl = reads_right_to_left(item.text)
    direction = Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight
    align = (
        {
            "left": Qt.AlignmentFlag.AlignLeft,
            "center": Qt.AlignmentFlag.AlignHCenter,
            "right": Qt.AlignmentFlag.AlignRight,
        }[item.align]
        | Qt.AlignmentFlag.AlignTop
        | Qt.AlignmentFlag.AlignAbsolute
        | direction
        | Qt.TextFlag.TextDontClip
    )
    line_h = item.size * PT * 1.32
    if item.wrap:  # the layout broke the lines already: draw them as they are
        for i, line in enumerate(item.text.split("\n")):
            rect = QRectF(item.x * k, (item.y + i * line_h) * k, item.w * k, line_h * k)
            painter.drawText(rect, align, line)
        return
    rect = QRectF(item.x * k, item.y * k, item.w * k, item.h * k)
    if item.elide:
        text = _elided(painter, item.text, round(item.w * k), rtl)
        painter.drawText(rect, align, text)
        return
    painter.drawText(rect, align | Qt.TextFlag.TextWordWrap, item.text)


def _elided(painter: QPainter, text: str, width: int, rtl: bool) -> str:
    """``text`` cut with "…" at its end to fit ``width`` (its end is at the left in Arabic:
    the metrics are asked in the text's own direction)."""
    metrics = painter.fontMetrics()
    direction = Qt.TextFlag.TextForceRightToLeft if rtl else Qt.TextFlag.TextForceLeftToRight
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width, direction.value)


def render(
    pages: Sequence[Page],
    device: QPagedPaintDevice,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw ``pages`` on a PDF writer or a printer; ``progress(done, total)`` may return False to
    stop. Returns the number of pages drawn."""
    if not pages:
        return 0
    device.setPageLayout(_page_layout(pages[0]))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start drawing on the output (is the file writable?)")
    try:
        scale = device.logicalDpiX() / 25.4
        for number, page in enumerate(pages):
            if number:
                device.setPageLayout(_page_layout(page))
                device.newPage()
            paint(painter, page, scale)
            if progress is not None and progress(number + 1, len(pages)) is False:
                return number + 1
    finally:
        painter.end()  # never leave a painter active if drawing fails
    return len(pages)


def pdf_bytes(
    pages: Sequence[Page],
    title: str = "",
    progress: Callable[[int, int], bool] | None = None,
) -> bytes:
    """Render pages to the bytes of a PDF file, checked to be whole; ``progress`` as for
    :func:`render` (a window's Stop button).

    Drawn into memory rather than onto the file: QPdfWriter reports no write error (a full disk
    gave a truncated PDF and "wrote 16 pages"), so the bytes are written by Python, which does."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("ITU Meeting Planner")
    render(pages, writer, progress)
    del writer  # the PDF's trailer is written when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-32:]:
        raise OSError(errno.EIO, "the PDF writer did not produce a whole file")
    return data


def write_pdf(pages: Sequence[Page], path: Path, title: str = "") -> int:
    """Render pages to a PDF file, replacing it only when the whole file is written (see
    :mod:`scheduler_app.interop.atomic`); returns the number of pages. Raises
    :class:`~scheduler_app.interop.atomic.OutputError` naming ``path`` when it cannot be written.
    """
    data = pdf_bytes(pages, title) if pages else b""
    if not data:
        raise OutputError(path, OSError(errno.ENODATA, "there is nothing to print"))
    write_bytes(path, data)
    return len(pages)


def print_pdf(db: PlanningDatabase, request: PrintRequest, path: Path, today: dt.date) -> int:
    """Write the request's pages to ``path``, all or nothing. Returns the number of pages."""
    pages, sheet = build_pages(db, request, measure, today)
    return write_pdf(pages, path, f"{sheet.title} {sheet.period}")
