"""The timeline's time header at any zoom: a row of years, a row of months, and, when there is
room, a row of weeks (their Monday's day number) or of days ("3", or "Wed 3").

Each caption's rectangle lies in its own period's span, and the spans of a row only touch, so no
two captions overlap; a name that does not fit its span takes a shorter form ("March", "Mar", "M")
or is left out, never written smaller than the SMALL font.

A period partly in view (a year that began before the viewport's edge) keeps its heading whole
in the part of it that shows, centred there, so it stays by the edge while little of the period
shows, as calendar apps keep a running period's heading readable; where even that part is too
narrow, a shorter form or nothing. Centred in the whole year, "2027" was cut to "202" at the
edge of an Arabic timeline whose edge fell on the year's middle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from scheduler_app.screen import words
from scheduler_app.screen.labels import LABEL_PAD
from scheduler_app.screen.scene import Caption, FontRole, Metrics, Rect
from scheduler_app.screen.timeline_axis import day_x

ROW_PAD = 6.0  # pixels a header row adds to its font's height


@dataclass
class Header:
    captions: list[Caption] = field(default_factory=list)
    height: float = 0.0
    months: list[tuple[float, bool]] = field(default_factory=list)  # (x, starts a year)
    day_zoom: bool = False  # each day has its caption: weekends are shaded


def heading_box(
    span: tuple[float, float], box_w: float, view: tuple[float, float]
) -> tuple[float, float] | None:
    """The part (x, width) of a period ``span`` (x from, to) where its heading ``box_w`` wide
    is centred, seen through ``view`` (x from, to); None when the heading does not fit there.

    A span the view's edge cuts gives its visible part: the heading is centred in what shows
    of its period (against the edge when little shows), so it moves with the edge, not with
    the middle of a period mostly out of view (zoomed in, a year's middle is months away). A
    span wholly in view, or wholly out of it (not drawn; laid out again when scrolled to),
    gives its whole self."""
    x0, x1 = span
    lo, hi = max(x0, view[0]), min(x1, view[1])
    if hi <= lo or (lo, hi) == (x0, x1):
        lo, hi = x0, x1
    return (lo, hi - lo) if box_w <= hi - lo else None


def header(
    first: dt.date,
    last: dt.date,
    px_per_day: float,
    metrics: Metrics,
    x_range: tuple[float, float],
    view: tuple[float, float] | None = None,
) -> Header:
    """Captions of the header rows for the days of [first, last] at ``px_per_day``; the rows
    of weeks and days only over ``x_range`` (the visible part and a margin). ``view`` (x from,
    to; by default all of it) is what the viewport shows: a heading there is drawn whole."""
    out = Header()
    base = first.toordinal()
    seen = (0.0, day_x(last.toordinal() + 1 - base, px_per_day)) if view is None else view

    def x_of(day: dt.date) -> float:
        return day_x(day.toordinal() - base, px_per_day)

    def span(a: dt.date, b: dt.date) -> tuple[float, float]:
        x = x_of(a)
        return x, day_x(b.toordinal() + 1 - base, px_per_day) - x

    def caption(
        forms: Sequence[str], role: FontRole, x: float, w: float, tip: str = ""
    ) -> Caption | None:
        """The first of ``forms`` whose box finds room in the span (x, w) as seen, on the
        row being made (``y``, ``h``)."""
        for text in forms:
            box = heading_box((x, x + w), metrics.width(text, role) + LABEL_PAD, seen)
            if box is not None:
                return Caption(text, Rect(box[0], y, box[1], h), role, align="center", tip=tip)
        return None

    y = 0.0
    h = metrics.height(FontRole.BOLD) + ROW_PAD
    for year in range(first.year, last.year + 1):
        a, b = max(dt.date(year, 1, 1), first), min(dt.date(year, 12, 31), last)
        x, w = span(a, b)
        found = caption((str(year), f"'{year % 100:02d}"), FontRole.BOLD, x, w)
        if found is not None:
            out.captions.append(found)
    y += h
    h = metrics.height(FontRole.SMALL) + ROW_PAD
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        a, b = max(day, first), min(nxt - dt.timedelta(days=1), last)
        x, w = span(a, b)
        if day >= first:
            out.months.append((x, day.month == 1))
        found = caption(words.month_forms(day.month), FontRole.SMALL, x, w)
        if found is not None:
            out.captions.append(found)
        day = nxt
    y += h
    widest = metrics.width("30", FontRole.SMALL) + LABEL_PAD
    if px_per_day >= widest:
        out.day_zoom = True
        # the widest "weekday day" of a week in the language: names differ in length
        named = px_per_day >= LABEL_PAD + words.named_day_width(
            lambda t: metrics.width(t, FontRole.SMALL)
        )
        for day, _x in _days(first, last, px_per_day, x_range, step=1):
            forms = (words.weekday_day(day), str(day.day)) if named else (str(day.day),)
            found = caption(forms, FontRole.SMALL, *span(day, day))
            if found is not None:
                out.captions.append(found)
        y += h
    elif 7 * px_per_day >= widest:
        for monday, _x in _days(first, last, px_per_day, x_range, step=7):
            a, b = max(monday, first), min(monday + dt.timedelta(days=6), last)
            found = caption((str(monday.day),), FontRole.SMALL, *span(a, b), words.week_of(monday))
            if found is not None:
                out.captions.append(found)
        y += h
    out.height = y
    return out


def _days(
    first: dt.date, last: dt.date, px_per_day: float, x_range: tuple[float, float], step: int
) -> list[tuple[dt.date, float]]:
    """Each day (step 1) or each Monday (step 7, from the one on or before ``first``) whose span
    meets ``x_range``, with its x."""
    base = first.toordinal()
    lo = max(base + int(x_range[0] // px_per_day) - step, base - 6)
    hi = min(base + int(x_range[1] // px_per_day) + 1, last.toordinal())
    if step == 7:
        lo -= (lo - 1) % 7  # back to a Monday (ordinal 1 is a Monday)
    else:
        lo = max(lo, base)
    return [
        (dt.date.fromordinal(o), day_x(o - base, px_per_day))
        for o in range(lo, hi + 1, step)
        if o + step - 1 >= base
    ]


def weekends(
    first: dt.date, last: dt.date, px_per_day: float, x_range: tuple[float, float]
) -> list[tuple[float, float]]:
    """(x, width) of each weekend of [first, last] over ``x_range``, Saturday and Sunday as one."""
    base, end = first.toordinal(), last.toordinal()
    out = []
    for monday, _x in _days(first, last, px_per_day, x_range, step=7):
        sat = monday.toordinal() + 5
        a, b = max(sat, base), min(sat + 1, end)
        if a <= b:
            x = day_x(a - base, px_per_day)
            out.append((x, day_x(b + 1 - base, px_per_day) - x))
    return out
