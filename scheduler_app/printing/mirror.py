"""A page laid out right to left, for Arabic: the mirror image of its left-to-right layout.

Every layout places its items left to right; mirroring the finished page about its vertical
axis (x' = width - x - w) puts the first column of a table at the right, runs time from right
to left on every chart (the year planner's days, the timeline's months) and sets the legends
and headers against the right margin, with each text's alignment flipped with its box. The
text itself is not reversed: the painter draws it right to left (``Page.rtl``) and Qt's
bidirectional algorithm keeps codes, dates and numbers in their logical order. Doing it here,
once, keeps the layouts and the painter free of direction tests.
"""

from __future__ import annotations

from dataclasses import replace

from scheduler_app.printing.page import DayStrip, Item, Line, Page, Text

_FLIPPED = {"left": "right", "right": "left", "center": "center"}


def mirror_item(item: Item, width: float) -> Item:
    """``item`` reflected about the vertical axis of a page ``width`` wide."""
    if isinstance(item, Line):
        return replace(item, x1=width - item.x1, x2=width - item.x2)
    if isinstance(item, Text):
        return replace(item, x=width - item.x - item.w, align=_FLIPPED[item.align])
    return replace(item, x=width - item.x - item.w)


def mirror_strip(strip: DayStrip, width: float) -> DayStrip:
    return replace(strip, x=width - strip.x - strip.w, rtl=not strip.rtl)


def mirror(page: Page) -> None:
    """Reflect every item and day strip of ``page`` in place and mark it right to left."""
    page.items = [mirror_item(item, page.width) for item in page.items]
    page.strips = [mirror_strip(strip, page.width) for strip in page.strips]
    page.rtl = not page.rtl
