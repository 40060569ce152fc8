"""What a calendar view draws on the screen, as plain data: the shapes of a ``Scene`` in content
pixels (the widget scrolls over them), with the meeting each bar stands for and the text each
hover tells. Every view (timeline, year, month, week, day) lays out one; one widget paints any.

Colours are either a meeting's kind colour ("#rrggbb", from ``domain.legend``) or a ``Tone``,
which the widget turns into a colour of the user's palette, so a dark desktop gets a dark
calendar with readable contrast."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class FontRole(StrEnum):
    """The fonts a view writes in; the widget maps each to a platform font at the user's size.
    SMALL is the desktop's small font: no text is ever drawn smaller."""

    NORMAL = "normal"
    SMALL = "small"
    BOLD = "bold"
    HEADER = "header"


class Tone(StrEnum):
    """Palette-relative colours for everything that is not a meeting's own colour."""

    BASE = "base"  # the sheet behind the calendar
    ALTERNATE = "alternate"  # every other row or month
    GRID = "grid"  # lines between days, rows and cells
    TEXT = "text"
    MUTED = "muted"  # day numbers of another month, hour labels
    WEEKEND = "weekend"
    OBSERVANCE = "observance"  # religious periods (PP Res. 111)
    HOLIDAY = "holiday"  # public holidays of the venues
    DECIDED = "decided"  # decided periods (PP Res. 77)
    TODAY = "today"
    DENSITY = "density"  # a density strip's bins; ``Area.level`` (0-1) says how full
    HIGHLIGHT = "highlight"  # the selection, the drop target


class Metrics(Protocol):
    """The platform's text metrics, in pixels, as the widget measures them."""

    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float: ...

    def height(self, role: FontRole = FontRole.NORMAL) -> float: ...


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def intersects(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True, slots=True)
class Bar:
    """A meeting drawn over its days (or hours).

    ``dashed`` marks dates not fixed (a meeting known by year, quarter or month, drawn over that
    period). ``label`` is what is written, already abbreviated to fit ``label_rect``; "" leaves
    it to the tooltip. A label inside the bar is written in ``text_on(fill)``, one beside it in
    the palette's text colour. ``continues_before``/``after`` say the meeting runs past the view.
    """

    meeting_id: str
    rect: Rect
    fill: str
    mark: str = ""  # "", "hatch" or "cross": ``legend.status_mark``
    dashed: bool = False
    label: str = ""
    label_rect: Rect | None = None
    label_inside: bool = True
    label_role: FontRole = FontRole.SMALL
    tip: str = ""
    continues_before: bool = False
    continues_after: bool = False


@dataclass(frozen=True, slots=True)
class Area:
    """A filled background: a weekend, a religious period, a day cell, a density bin; or, when
    ``outlined``, a frame in its tone around what is under it (today's cell). ``level`` (0-1)
    shades a DENSITY bin by how full it is; ``tip`` is said on hover."""

    rect: Rect
    tone: Tone
    level: float = 0.0
    tip: str = ""
    outlined: bool = False


@dataclass(frozen=True, slots=True)
class Caption:
    """Words that are not a meeting: month names, day numbers, hours, group titles."""

    text: str
    rect: Rect
    role: FontRole = FontRole.NORMAL
    tone: Tone = Tone.TEXT
    align: str = "left"  # "left", "center" or "right"
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """A line: between days, hours or rows; the today line."""

    x1: float
    y1: float
    x2: float
    y2: float
    tone: Tone = Tone.GRID
    width: float = 1.0


@dataclass(frozen=True, slots=True)
class More:
    """The meetings a crowded place could not draw, as a button that lists them:
    "+N more" on a month day, a collapsed group's count. ``title`` heads the list it opens."""

    rect: Rect
    text: str
    meeting_ids: tuple[str, ...]
    title: str


@dataclass(frozen=True, slots=True)
class Toggle:
    """A lane group's header that expands or collapses it (timeline)."""

    key: str
    rect: Rect
    expanded: bool
    title: str


class Axis(Protocol):
    """Where time runs in a scene: which day (or, in week and day views, which moment) a point
    is on, and how far a drag of ``dx``, ``dy`` pixels moves a meeting."""

    step_minutes: int  # 0: meetings move by whole days; 15 in week and day views

    def date_at(self, x: float, y: float) -> dt.date | None: ...

    def moment_at(self, x: float, y: float) -> dt.datetime | None: ...

    def day_rects(self, first: dt.date, last: dt.date) -> list[Rect]:
        """The rectangles that cover the days ``first``-``last`` (inclusive) where they are
        drawn: one per week row in a month, one per row in the year planner, one in a timeline.
        The widget tints them for a drag preview and for the days a dragged meeting may go."""
        ...


@dataclass
class Scene:
    """Everything one view draws, in content pixels ``width`` x ``height``.

    ``bars`` are in reading order (time, then lane), the order keyboard stepping and the
    accessible list follow. ``bars_in`` answers which bars meet a rectangle (the visible part)
    without a pass over all of them, so painting and hit tests cost what is on screen."""

    width: float
    height: float
    first: dt.date
    last: dt.date
    axis: Axis
    bars: Sequence[Bar] = ()
    areas: Sequence[Area] = ()
    captions: Sequence[Caption] = ()
    rules: Sequence[Rule] = ()
    mores: Sequence[More] = ()
    toggles: Sequence[Toggle] = ()
    pinned_top: float = 0.0
    """The first ``pinned_top`` pixels (the week's day headers and all-day band) stay in place
    while the rest scrolls up and down under them."""
    right_to_left: bool = False
    """Time runs from right to left (``screen.mirror``): a bar starts at its right end, and
    its words are written right to left."""
    _index: _TileIndex | None = field(default=None, repr=False)
    _by_id: dict[str, int] | None = field(default=None, repr=False)

    def bars_in(self, view: Rect) -> list[Bar]:
        """The bars that meet ``view`` (with a label beside them), in reading order. The index
        is built on the first question, so a scene laid out and replaced unseen costs nothing."""
        if self._index is None:
            self._index = _TileIndex([_extent(b) for b in self.bars])
        return [self.bars[i] for i in self._index.meeting(view)]

    def bar_at(self, x: float, y: float) -> Bar | None:
        """The topmost bar under a point, or the bar whose label beside it is there."""
        for bar in reversed(self.bars_in(Rect(x - 0.5, y - 0.5, 1, 1))):
            if bar.rect.contains(x, y) or (
                bar.label_rect is not None and bar.label_rect.contains(x, y)
            ):
                return bar
        return None

    def bar(self, meeting_id: str) -> Bar | None:
        """The first bar of a meeting (a meeting may be drawn in several weeks or months)."""
        if self._by_id is None:
            self._by_id = {}
            for n, b in enumerate(self.bars):
                self._by_id.setdefault(b.meeting_id, n)
        found = self._by_id.get(meeting_id)
        return None if found is None else self.bars[found]

    def bars_of(self, meeting_id: str) -> list[Bar]:
        return [b for b in self.bars if b.meeting_id == meeting_id]

    def meeting_ids(self) -> list[str]:
        """Each meeting drawn, once, in reading order."""
        return list(dict.fromkeys(b.meeting_id for b in self.bars))


TILE = 256.0  # px: the side of the squares the bar index files bars under
MAX_TILES = 64  # a bar over more squares than this (a long meeting zoomed in) is always checked


class _TileIndex:
    """Which rectangles meet a view: each is filed under the squares of ``TILE`` px it covers,
    so a query costs the squares in view and their rectangles, however long the scene runs
    in either direction (a timeline is wide, a month grid tall)."""

    def __init__(self, extents: list[tuple[float, float, float, float]]) -> None:
        self.extents = extents
        self.tiles: dict[tuple[int, int], list[int]] = {}
        self.wide: list[int] = []
        for i, (x0, y0, x1, y1) in enumerate(extents):
            c0, c1, r0, r1 = int(x0 // TILE), int(x1 // TILE), int(y0 // TILE), int(y1 // TILE)
            if (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_TILES:
                self.wide.append(i)
                continue
            for c in range(c0, c1 + 1):
                for r in range(r0, r1 + 1):
                    self.tiles.setdefault((c, r), []).append(i)

    def meeting(self, view: Rect) -> list[int]:
        """The indexes of the rectangles that meet ``view``, ascending."""
        vx0, vy0, vx1, vy1 = view.x, view.y, view.right, view.bottom
        found: set[int] = set()
        for c in range(int(vx0 // TILE), int(vx1 // TILE) + 1):
            for r in range(int(vy0 // TILE), int(vy1 // TILE) + 1):
                found.update(self.tiles.get((c, r), ()))
        found.update(self.wide)
        extents = self.extents
        return sorted(
            i
            for i in found
            if extents[i][0] < vx1
            and vx0 < extents[i][2]
            and extents[i][1] < vy1
            and vy0 < extents[i][3]
        )


def _extent(bar: Bar) -> tuple[float, float, float, float]:
    """The bar with its label, wherever the label went: (left, top, right, bottom)."""
    r, label = bar.rect, bar.label_rect
    if label is None:
        return r.x, r.y, r.x + r.w, r.y + r.h
    return (
        min(r.x, label.x),
        min(r.y, label.y),
        max(r.right, label.right),
        max(r.bottom, label.bottom),
    )
