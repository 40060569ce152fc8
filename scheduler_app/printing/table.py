"""Tables that paginate: the header repeated on every page, and a row never cut across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scheduler_app.i18n import translate
from scheduler_app.printing.page import (
    PT,
    Box,
    Line,
    Measure,
    Page,
    Sheet,
    Text,
    widest_word,
    wrap_lines,
)

SIZE = 7.5  # points
SMALLER = (7.0, 6.5, 6.0)  # sizes a cell may shrink to so that a long address stays whole
LINE = SIZE * PT * 1.32  # line height in mm
PAD = 0.9


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # English, marked for the printing catalogue; printed in the current language
    width: float = 0.0  # mm; 0 shares the width left over
    wrap: bool = False  # else one line, elided


@dataclass(frozen=True, slots=True)
class Row:
    cells: Sequence[str]
    swatch: str | None = None  # a colour shown before the first cell (the meeting's kind)
    mark: str = ""
    bold: bool = False


@dataclass
class Placed:
    """Where a row went: its page and vertical extent (tests check no row straddles pages)."""

    page: int
    top: float
    bottom: float


def _widths(
    columns: Sequence[Column], total: float, rows: Sequence[Row], measure: Measure
) -> list[float]:
    """Each column's width: a fixed one widens to its title and, if it does not wrap, to its
    longest cell (dates such as "29 Oct-16 Nov 2018" are never cut), up to twice its width;
    the flexible columns share what is left."""
    widths = []
    for i, c in enumerate(columns):
        if not c.width:
            widths.append(0.0)
            continue
        need = measure(translate("Printing", c.title), SIZE, True)
        if not c.wrap:
            need = max([need, *(measure(r.cells[i], SIZE, r.bold) for r in rows)])
        widths.append(max(c.width, min(need + 2 * PAD + 0.2, 2 * c.width)))
    flexible = [c for c in columns if not c.width]
    share = max(total - sum(widths), 10.0) / max(len(flexible), 1)
    return [w or share for w in widths]


def cell_size(text: str, width: float, measure: Measure, bold: bool = False) -> float:
    """The font size of a wrapped cell: the table's, or smaller (down to MIN_SIZE) when that
    keeps its longest word (an address) whole on a line; the table's if even that would not."""
    for size in (SIZE, *SMALLER):
        if widest_word(text, size, measure, bold) <= width:
            return size
    return SIZE


def column_widths(
    sheet: Sheet, columns: Sequence[Column], rows: Sequence[Row], measure: Measure
) -> list[float]:
    """The widths :func:`paginate` gives ``columns`` for these rows on ``sheet``."""
    swatch = 4.0 if any(r.swatch for r in rows) else 0.0
    return _widths(columns, sheet.body_right - sheet.body_left - swatch, rows, measure)


def row_layout(
    row: Row, columns: Sequence[Column], widths: Sequence[float], measure: Measure
) -> tuple[list[float], list[list[str]], float]:
    """How :func:`paginate` sets one row: each cell's font size and lines, and the row's height."""
    sizes = [
        cell_size(text, w - 2 * PAD, measure, row.bold) if col.wrap else SIZE
        for col, w, text in zip(columns, widths, row.cells, strict=True)
    ]
    cell_lines = [
        wrap_lines(text, w - 2 * PAD, size, measure, row.bold) if col.wrap else [text]
        for col, w, text, size in zip(columns, widths, row.cells, sizes, strict=True)
    ]
    height = max(
        len(lines) * size * PT * 1.32 for lines, size in zip(cell_lines, sizes, strict=True)
    )
    return sizes, cell_lines, height + 2 * PAD


def paginate(
    pages: list[Page],
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Sequence[Row],
    measure: Measure,
    *,
    heading: str = "",
    top: float | None = None,
) -> list[Placed]:
    """Lay ``rows`` out on ``pages`` (adding pages as needed) from ``top`` of the last page, or of
    a new one. Returns where each row went, in order."""
    left, right = sheet.body_left, sheet.body_right
    widths = column_widths(sheet, columns, rows, measure)
    swatch_w = 4.0 if any(r.swatch for r in rows) else 0.0
    header_h = LINE + 2 * PAD
    bottom = sheet.body_bottom

    if not pages or top is None:
        pages.append(sheet.blank())
        y = sheet.body_top
    else:
        y = top

    def header(page: Page, y: float) -> float:
        if heading:
            page.add(Text(left, y, right - left, 6.0, heading, size=10, bold=True))
            y += 7.0
        page.add(Box(left, y, right - left, header_h, fill="#e0e0e0"))
        x = left + swatch_w
        for col, w in zip(columns, widths, strict=True):
            title = translate("Printing", col.title)
            page.add(Text(x + PAD, y + PAD, w - 2 * PAD, LINE, title, size=SIZE, bold=True))
            x += w
        return y + header_h

    if y + header_h + (7.0 if heading else 0.0) + LINE > bottom:
        pages.append(sheet.blank())
        y = sheet.body_top
    y = header(pages[-1], y)
    placed: list[Placed] = []
    for index, row in enumerate(rows):
        sizes, cell_lines, height = row_layout(row, columns, widths, measure)
        if y + height > bottom:
            pages.append(sheet.blank())
            y = header(pages[-1], sheet.body_top)
        page = pages[-1]
        if index % 2:
            page.add(Box(left, y, right - left, height, fill="#f7f7f7"))
        if row.swatch:
            page.add(
                Box(
                    left + 0.6,
                    y + PAD,
                    swatch_w - 1.2,
                    LINE,
                    fill=row.swatch,
                    stroke="#616161",
                    mark=row.mark,
                )
            )
        x = left + swatch_w
        for col, w, lines, size in zip(columns, widths, cell_lines, sizes, strict=True):
            if col.wrap:
                page.add(
                    Text(
                        x + PAD,
                        y + PAD,
                        w - 2 * PAD,
                        size * PT * 1.32 * len(lines),
                        "\n".join(lines),
                        size=size,
                        bold=row.bold,
                        elide=False,
                        wrap=True,
                    )
                )
            else:
                page.add(
                    Text(x + PAD, y + PAD, w - 2 * PAD, LINE, lines[0], size=SIZE, bold=row.bold)
                )
            x += w
        page.add(Line(left, y + height, right, y + height, "#e0e0e0", 0.1))
        placed.append(Placed(len(pages) - 1, y, y + height))
        y += height
    return placed
