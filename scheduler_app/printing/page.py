"""Pages as plain data: boxes, lines and text placed in millimetres, computed without Qt.

A layout (year planner, cycle chart, list...) turns meetings into :class:`Page` objects; one Qt
painter function (:mod:`scheduler_app.printing.render`) draws any of them on a PDF or a printer.
Text width, needed to wrap table cells and paginate, comes from a ``measure`` function the
renderer supplies (Qt's font metrics), so pagination matches what is drawn.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from scheduler_app import APP_NAME, __version__
from scheduler_app.domain.kinds import MeetingKind
from scheduler_app.domain.legend import KIND_HEX
from scheduler_app.i18n import is_right_to_left, isolate, translate

Measure = Callable[[str, float, bool], float]
"""(text, font size in points, bold) -> width in millimetres."""

PT = 25.4 / 72  # one typographic point in millimetres


def approximate_measure(text: str, size: float, bold: bool = False) -> float:
    """A width estimate (0.55 em a character) for layouts computed without a screen or fonts."""
    return len(text) * size * PT * (0.6 if bold else 0.55)


class Paper(StrEnum):
    A4 = "A4"
    A3 = "A3"
    LETTER = "Letter"


PAPER_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4: (210.0, 297.0),
    Paper.A3: (297.0, 420.0),
    Paper.LETTER: (215.9, 279.4),
}


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None  # "#rrggbb"
    stroke: str | None = None
    mark: str = ""  # "", "hatch" (tentative) or "cross" (cancelled): readable in grey scale
    stroke_width: float = 0.15
    ref: str = ""  # the meeting a bar stands for: the screen views hit-test and drag by it
    tip: str = ""  # what the screen shows on hover (an observance, a holiday, a meeting)


@dataclass(frozen=True, slots=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = "#9e9e9e"
    width: float = 0.15


@dataclass(frozen=True, slots=True)
class Text:
    """Plain text in a box: never interpreted as markup. ``elide`` cuts it with "…" to fit one
    line; ``wrap`` breaks it over lines (the layout made the box tall enough)."""

    x: float
    y: float
    w: float
    h: float
    text: str
    size: float = 8.0
    bold: bool = False
    align: str = "left"  # left, center, right
    color: str = "#000000"
    elide: bool = True
    wrap: bool = False


Item = Box | Line | Text


@dataclass(frozen=True, slots=True)
class DayStrip:
    """A band of a chart where days run left to right from ``first``, ``mm_per_day`` wide: a
    month row of the year planner, a week of the month grid, the whole timeline. The screen
    turns a point into a date with it, so a bar can be dragged to another row."""

    x: float
    y: float
    w: float
    h: float
    first: dt.date
    mm_per_day: float
    rtl: bool = False  # days run right to left from the strip's right edge (a mirrored page)

    def date_at(self, x: float, y: float) -> dt.date | None:
        if not (self.x <= x < self.x + self.w and self.y <= y < self.y + self.h):
            return None
        offset = self.x + self.w - x if self.rtl else x - self.x
        return self.first + dt.timedelta(days=int(offset // self.mm_per_day))


@dataclass
class Page:
    width: float
    height: float
    items: list[Item] = field(default_factory=list)
    mm_per_day: float = 0.0  # horizontal scale of a chart, to turn a drag into days (0: none)
    strips: list[DayStrip] = field(default_factory=list)
    rtl: bool = False  # laid out right to left (mirrored): the painter sets its text so

    def add(self, *items: Item) -> None:
        self.items.extend(items)

    def date_at(self, x: float, y: float) -> dt.date | None:
        """The day under a point of the page, if the point is on a chart's day grid."""
        for strip in self.strips:
            if (day := strip.date_at(x, y)) is not None:
                return day
        return None


@dataclass(frozen=True)
class Sheet:
    """Paper, orientation and the words around every page."""

    paper: Paper = Paper.A4
    landscape: bool = True
    title: str = ""
    period: str = ""
    filter: str = ""
    generated: dt.date | None = None
    margin: float = 10.0
    custom_size: tuple[float, float] | None = None  # (width, height): a screen view's shape

    @property
    def size(self) -> tuple[float, float]:
        if self.custom_size is not None:
            return self.custom_size
        w, h = PAPER_MM[self.paper]
        return (h, w) if self.landscape else (w, h)

    @property
    def body_top(self) -> float:
        return self.margin + 14.0

    @property
    def body_bottom(self) -> float:
        return self.size[1] - self.margin - 7.0

    @property
    def body_left(self) -> float:
        return self.margin

    @property
    def body_right(self) -> float:
        return self.size[0] - self.margin

    def blank(self) -> Page:
        width, height = self.size
        return Page(width, height)


def frame(pages: Sequence[Page], sheet: Sheet) -> None:
    """Finish a layout's pages: the header (title, period, filter) and footer ("page N of M",
    generation date) and, in a right-to-left language, the whole page mirrored (see
    :mod:`scheduler_app.printing.mirror`): every layout calls it last."""
    from scheduler_app.printing.mirror import mirror
    from scheduler_app.printing.words import plain_day

    total = len(pages)
    generated = plain_day(sheet.generated) if sheet.generated else ""
    for number, page in enumerate(pages, start=1):
        m = sheet.margin
        width = page.width - 2 * m
        page.add(Text(m, m, width * 0.7, 7.0, sheet.title, size=13, bold=True))
        page.add(Text(m + width * 0.7, m, width * 0.3, 7.0, sheet.period, size=11, align="right"))
        if sheet.filter:
            shown = translate("Printing", "Filter: {filter}").format(filter=isolate(sheet.filter))
            page.add(Text(m, m + 7.5, width, 5.0, shown, size=7.5, color="#424242"))
        page.add(Line(m, m + 12.5, page.width - m, m + 12.5, "#616161", 0.3))
        bottom = page.height - m - 4.0
        page.add(Line(m, bottom - 1.5, page.width - m, bottom - 1.5, "#bdbdbd", 0.2))
        credit = translate("Printing", "Generated {date} by {app} {version}").format(
            date=isolate(generated), app=APP_NAME, version=isolate(__version__)
        )
        page.add(
            Text(m, bottom, width * 0.6, 4.0, credit.replace("  ", " "), size=7, color="#616161")
        )
        folio = translate("Printing", "page {number} of {total}").format(number=number, total=total)
        page.add(
            Text(
                m + width * 0.6,
                bottom,
                width * 0.4,
                4.0,
                folio,
                size=7,
                align="right",
                color="#616161",
            )
        )
        if is_right_to_left():
            mirror(page)


LEGEND_COLUMN = 38.0
LEGEND_ROW = 4.2


def legend_height(entries: int, width: float) -> float:
    """The height :func:`legend` takes for so many entries in ``width``: layouts reserve it
    before placing anything else, so a legend never runs into the footer."""
    per_row = max(1, int(width // LEGEND_COLUMN))
    return (entries + per_row - 1) // per_row * LEGEND_ROW


def legend(
    page: Page,
    kinds: Sequence[MeetingKind],
    x: float,
    y: float,
    width: float,
    extra: Sequence[tuple[str, str, str]] = (),
) -> float:
    """Swatches for the kinds shown (and ``extra`` (label, colour, mark) entries) in rows from
    (x, y); returns the height used."""
    kind_entries = [(translate("Vocabulary", k.short_label), KIND_HEX[k], "") for k in kinds]
    entries = kind_entries + [(translate("Printing", t), c, m) for t, c, m in extra]
    col = LEGEND_COLUMN
    per_row = max(1, int(width // col))
    for i, (label, colour, mark) in enumerate(entries):
        cx = x + (i % per_row) * col
        cy = y + (i // per_row) * LEGEND_ROW
        page.add(Box(cx, cy + 0.5, 5.0, 3.0, fill=colour, stroke="#616161", mark=mark))
        page.add(Text(cx + 6.0, cy, col - 7.0, 4.0, label, size=6.5))
    return legend_height(len(entries), width)


def wrap_lines(
    text: str, width: float, size: float, measure: Measure, bold: bool = False
) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` at its spaces; keeps explicit line
    breaks. A word never wider than the line stays whole (it starts a line of its own); one
    wider (a long address) is broken after a "/" or "-", and between characters only where
    that is not enough or a script has no spaces."""
    lines: list[str] = []
    for paragraph in text.split("\n") or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if measure(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            *whole, current = break_word(word, width, size, measure, bold)
            lines.extend(whole)
        lines.append(current)
    return lines


def break_word(word: str, width: float, size: float, measure: Measure, bold: bool) -> list[str]:
    """``word`` in pieces no wider than ``width``: after its "/" and "-" first, then between
    characters (CJK, or a piece still too long)."""
    pieces: list[str] = []
    current = ""
    for part in re.split(r"(?<=[/-])", word):
        if measure(current + part, size, bold) <= width:
            current += part
            continue
        if current:
            pieces.append(current)
        current = ""
        for char in part:
            if measure(current + char, size, bold) > width and current:
                pieces.append(current)
                current = ""
            current += char
    return [*pieces, current]


def widest_word(text: str, size: float, measure: Measure, bold: bool = False) -> float:
    """The width of the longest word of ``text``: a column narrower than it breaks the word."""
    return max((measure(w, size, bold) for w in text.split()), default=0.0)
