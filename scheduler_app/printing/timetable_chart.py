"""Quarter and month timetables: one row per meeting, its bar across the day grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.legend import HOLIDAY_HEX, OBSERVANCE_HEX, WEEKEND_HEX
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import isolate, translate
from scheduler_app.printing.chart_marks import (
    HOLIDAY_MARK,
    OBSERVANCE_MARK,
    SHADING,
    TODAY_HEX,
    Holiday,
    bar,
    day_notes,
    day_tip,
    extra_legend,
    is_fixed,
    kinds_of,
)
from scheduler_app.printing.page import (
    PT,
    Box,
    DayStrip,
    Line,
    Page,
    Sheet,
    Text,
    approximate_measure,
    frame,
    legend,
    legend_height,
)
from scheduler_app.printing.words import month_heading

MIN_ROW_MM = 4.2  # one line of 6.5 pt: below this a row cannot be read
MAX_ROW_MM = 9.0  # two lines of title; taller rows would only spread a short list thin
MAX_BAR_MM = 6.0


def timetable(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    first: dt.date,
    last: dt.date,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """A quarter or a month: one row per meeting with its bar across the days (a dashed span
    for a meeting whose dates are not fixed), the day grid with weekends, religious periods and
    venue holidays down to the legend at the foot of every page; rows grow to fill a short
    list's page and continue on further pages under a repeated header."""
    left, right = sheet.body_left, sheet.body_right
    info_w = 78.0  # widened below by what the dates column needs beyond its 24 mm
    span = (last - first).days + 1
    day_w = (right - left - info_w) / span
    head_h = 9.0
    religious, holiday = day_notes(observances, holidays, first, last)
    rows = sorted(
        (m for m in meetings if m.start <= last and m.end >= first),
        key=lambda m: (not is_fixed(m), m.start, m.end, m.code),
    )
    kinds = kinds_of(rows)
    extra = extra_legend(bool(religious), bool(holiday), any(not is_fixed(m) for m in rows))
    grid_bottom = sheet.body_bottom - legend_height(len(kinds) + len(extra), right - left) - 2.5
    room = grid_bottom - sheet.body_top - head_h
    row_h = min(MAX_ROW_MM, max(MIN_ROW_MM, room / max(len(rows), 1)))
    size = round(min(8.0, 6.5 + (row_h - MIN_ROW_MM) * 0.4), 1)
    two_lines = row_h >= 2 * size * PT * 1.32 + 0.6
    bar_h = min(row_h - 1.0, MAX_BAR_MM)
    # the dates column widens to the longest span ("11 Oct-12 Nov 2027" was cut), from the
    # layout's width estimate made generous, as a planner's dates must never be elided
    date_w = min(36.0, max([24.0, *(approximate_measure(m.span, size) * 1.25 for m in rows)]))
    info_w += date_w - 24.0  # the title keeps its width
    day_w = (right - left - info_w) / span
    pages: list[Page] = []

    def new_page() -> tuple[Page, float]:
        page = sheet.blank()
        top = sheet.body_top
        for i in range(span):
            d = first + dt.timedelta(days=i)
            x = left + info_w + i * day_w
            if d.day == 1 or i == 0:
                page.add(Text(x, top, 30, 4.0, month_heading(d.year, d.month), size=7, bold=True))
            if day_w >= 3.5 or d.weekday() == 0:  # narrow columns: number the Mondays
                page.add(
                    Text(
                        x,
                        top + 4.5,
                        max(day_w, 4.0),
                        4.0,
                        str(d.day),
                        size=6.5,
                        align="left" if day_w < 3.5 else "center",
                        color="#424242",
                    )
                )
        heading = translate("Printing", "Dates / code / title")
        page.add(Text(left, top + 4.5, info_w, 4.0, heading, size=7, bold=True))
        legend(page, kinds, left, grid_bottom + 2.0, right - left, extra)
        pages.append(page)
        return page, top + head_h

    def shade(page: Page, top: float, bottom: float) -> list[Box]:
        """The day grid behind the rows; returns the hover areas and today's mark, drawn over."""
        over: list[Box] = []
        for i in range(span):
            d = first + dt.timedelta(days=i)
            x = left + info_w + i * day_w
            if d.weekday() >= 5:
                page.add(Box(x, top, day_w, bottom - top, fill=WEEKEND_HEX))
            if day_w >= 1.5 or d.weekday() == 0:
                page.add(Line(x, top, x, bottom, "#e0e0e0" if d.day > 1 else "#9e9e9e", 0.1))
            rel, hol = religious.get(d, ()), holiday.get(d, ())
            if rel:
                page.add(Box(x, top - 1.0, day_w, 1.0, fill=OBSERVANCE_MARK))
                page.add(Box(x, top, day_w, bottom - top, fill=OBSERVANCE_HEX))
            if hol:
                page.add(Box(x, top, day_w, bottom - top, fill=HOLIDAY_HEX))
                page.add(Box(x, bottom - 1.0, day_w, 1.0, fill=HOLIDAY_MARK))
            if rel or hol:
                over.append(Box(x, top - 1.0, day_w, bottom - top + 1.0, tip=day_tip(d, rel, hol)))
            if d == today:
                over.append(Box(x, top, day_w, bottom - top, stroke=TODAY_HEX, stroke_width=0.5))
        page.strips.append(DayStrip(left + info_w, top, span * day_w, bottom - top, first, day_w))
        page.add(Line(left, bottom, right, bottom, "#9e9e9e", 0.15))
        return over

    page, y = new_page()
    page_top = y
    overs: list[tuple[Page, list[Box]]] = []
    for index, m in enumerate(rows):
        if y + row_h > grid_bottom:
            overs.append((page, shade(page, page_top, grid_bottom)))
            page, y = new_page()
            page_top = y
        if index % 2:
            page.add(Box(left, y, info_w, row_h, fill="#f7f7f7"))
        ty = y + 0.3 if two_lines else y + (row_h - size * PT * 1.32) / 2
        page.add(Text(left + 0.5, ty, date_w, row_h, m.span, size=size))
        page.add(
            Text(
                left + date_w + 1.0,
                ty,
                info_w - date_w - 1.5,
                row_h - 0.3,
                f"{isolate(m.code)}  {m.title}".strip() if m.code else m.title,
                size=size,
                elide=not two_lines,  # a tall row wraps the title over two lines
            )
        )
        s, e = max(m.start, first), min(m.end, last)
        x = left + info_w + (s - first).days * day_w
        by = y + (row_h - bar_h) / 2
        page.add(bar(m, x + 0.15, by, (e - s).days * day_w + day_w - 0.3, bar_h))
        page.add(Line(left, y + row_h, right, y + row_h, "#eeeeee", 0.1))
        y += row_h
    overs.append((page, shade(page, page_top, grid_bottom)))
    if not rows:
        nothing = translate("Printing", "No meeting in this period.")
        page.add(Text(left, y + 2, right - left, 5, nothing, size=9))
    for p, over in overs:
        # the shading was added after the bars: move it behind them, the hover areas on top
        p.items.sort(
            key=lambda item: 0 if isinstance(item, Box | Line) and _is_shading(item) else 1
        )
        p.add(*over)
    for p in pages:
        p.mm_per_day = day_w
    frame(pages, sheet)
    return pages


def _is_shading(item: Box | Line) -> bool:
    if isinstance(item, Line):
        return item.y1 != item.y2  # the day rules; row rules stay over the shading
    return item.fill in SHADING and not item.ref
