"""Tables that paginate: the header repeated on every page, and a row never cut across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scheduler_app.printing.page import PT, Box, Line, Measure, Page, Sheet, Text, wrap_lines

SIZE = 7.5  # points
LINE = SIZE * PT * 1.32  # line height in mm
PAD = 0.9


@dataclass(frozen=True, slots=True)
class Column:
    title: str
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


def _widths(columns: Sequence[Column], total: float) -> list[float]:
    fixed = sum(c.width for c in columns)
    flexible = [c for c in columns if not c.width]
    share = max(total - fixed, 10.0) / max(len(flexible), 1)
    return [c.width or share for c in columns]


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
    widths = _widths(columns, right - left - (4.0 if any(r.swatch for r in rows) else 0.0))
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
            page.add(Text(x + PAD, y + PAD, w - 2 * PAD, LINE, col.title, size=SIZE, bold=True))
            x += w
        return y + header_h

    if y + header_h + (7.0 if heading else 0.0) + LINE > bottom:
        pages.append(sheet.blank())
        y = sheet.body_top
    y = header(pages[-1], y)
    placed: list[Placed] = []
    for index, row in enumerate(rows):
        cell_lines = [
            wrap_lines(text, w - 2 * PAD, SIZE, measure, row.bold) if col.wrap else [text]
            for col, w, text in zip(columns, widths, row.cells, strict=True)
        ]
        height = max(len(lines) for lines in cell_lines) * LINE + 2 * PAD
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
        for col, w, lines in zip(columns, widths, cell_lines, strict=True):
            if col.wrap:
                page.add(
                    Text(
                        x + PAD,
                        y + PAD,
                        w - 2 * PAD,
                        LINE * len(lines),
                        "\n".join(lines),
                        size=SIZE,
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
