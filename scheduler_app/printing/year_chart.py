"""The year planner: one year on one page, months as rows and days as columns."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import month_end
from scheduler_app.domain.legend import OBSERVANCE_HEX, WEEKEND_HEX
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import translate
from scheduler_app.printing.chart_marks import (
    HOLIDAY_MARK,
    OBSERVANCE_MARK,
    TODAY_HEX,
    Holiday,
    bar,
    day_notes,
    day_tip,
    extra_legend,
    is_fixed,
    kinds_of,
    label,
    more,
    observance_note,
    on_bar,
    stack,
    undated,
    unfixed_text,
)
from scheduler_app.printing.page import (
    Box,
    DayStrip,
    Item,
    Line,
    Page,
    Sheet,
    Text,
    frame,
    legend,
    legend_height,
)
from scheduler_app.printing.words import month_abbr


def year_planner(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    year: int,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """One year on one page: months as rows, days as columns, meetings as coloured bars with their
    codes, weekends, religious periods and venue holidays shaded, and a legend."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    label_w, head_h = 16.0, 5.0
    day_w = (right - left - label_w) / 31
    jan1, dec31 = dt.date(year, 1, 1), dt.date(year, 12, 31)
    religious, holiday = day_notes(observances, holidays, jan1, dec31)
    shown = [m for m in meetings if m.end >= jan1 and m.start <= dec31]
    kinds = kinds_of(shown)
    unfixed = any(not is_fixed(m) for m in shown)
    extra = extra_legend(bool(religious), bool(holiday), unfixed)
    note_h = max(16.0, legend_height(len(kinds) + len(extra), right - left) + 9.0)
    row_h = (sheet.body_bottom - sheet.body_top - head_h - note_h) / 12
    lane_h = 3.1
    lanes_per_row = max(1, int((row_h - 2.4) // lane_h))
    top = sheet.body_top
    for day in range(1, 32):
        x = left + label_w + (day - 1) * day_w
        page.add(Text(x, top, day_w, head_h, str(day), size=6.5, align="center", color="#424242"))
    by_month: dict[int, list[Meeting]] = defaultdict(list)
    for m in shown:  # the unfixed too: a dashed span over their month, quarter or year
        for month in range(max(m.start, jan1).month, min(m.end, dec31).month + 1):
            by_month[month].append(m)
    marks: list[Box] = []  # today's outline, over everything
    front: list[Item] = []  # the bars and their labels, over the day rules
    for month in range(1, 13):
        y = top + head_h + (month - 1) * row_h
        days_in = month_end(year, month).day
        first = dt.date(year, month, 1)
        name = month_abbr(month)
        page.add(Text(left, y + 0.5, label_w - 1, 4.0, name, size=8, bold=True))
        page.strips.append(DayStrip(left + label_w, y, days_in * day_w, row_h, first, day_w))
        for day in range(1, 32):
            x = left + label_w + (day - 1) * day_w
            if day > days_in:
                page.add(Box(x, y, day_w, row_h, fill="#bdbdbd"))
                continue
            date = dt.date(year, month, day)
            if date.weekday() >= 5:
                page.add(Box(x, y, day_w, row_h, fill=WEEKEND_HEX))
            rel, hol = religious.get(date, ()), holiday.get(date, ())
            if rel:
                page.add(Box(x, y, day_w, 1.2, fill=OBSERVANCE_MARK))
                page.add(Box(x, y + 1.2, day_w, row_h - 1.2, fill=OBSERVANCE_HEX))
            if hol:  # a tick inset from the row's edges, so it reads as this month's
                page.add(Box(x + 0.3, y + row_h - 1.6, day_w - 0.6, 1.0, fill=HOLIDAY_MARK))
            if rel or hol:
                page.add(Box(x, y, day_w, row_h, tip=day_tip(date, rel, hol)))
            if date == today:
                marks.append(Box(x, y, day_w, row_h, stroke=TODAY_HEX, stroke_width=0.6))
        last = dt.date(year, month, days_in)
        hidden = 0
        for m, lane in stack(by_month[month], first, last):
            if lane >= lanes_per_row:
                hidden += 1
                continue
            s, e = max(m.start, first), min(m.end, last)
            x = left + label_w + (s.day - 1) * day_w
            w = (e.day - s.day + 1) * day_w
            by = y + 1.4 + lane * lane_h
            front.append(bar(m, x + 0.2, by, w - 0.4, lane_h - 0.4))
            text = label(m) if is_fixed(m) else unfixed_text(m)
            front.append(on_bar(m, x + 0.5, by - 0.1, w - 0.9, lane_h - 0.2, text, 5.5))
        if hidden:
            front.append(more(hidden, right - 14, y + row_h - 3.2, 14, 3.0, 5.5))
        page.add(Line(left, y, right, y, "#9e9e9e", 0.15))
    grid_bottom = top + head_h + 12 * row_h
    page.add(Line(left, grid_bottom, right, grid_bottom, "#9e9e9e", 0.15))
    for day in range(32):
        x = left + label_w + day * day_w
        page.add(Line(x, top + head_h, x, grid_bottom, "#e0e0e0", 0.1))
    page.add(*front, *marks)
    used = legend(page, kinds, left, grid_bottom + 1.5, right - left, extra)
    notes = []
    if note := observance_note([o for o in observances if o.start.year == year]):
        notes.append(translate("Printing", "Religious periods: {periods}").format(periods=note))
    if coarse := undated(shown):
        notes.append(translate("Printing", "Dates not fixed: {meetings}").format(meetings=coarse))
    if notes:
        page.add(
            Text(
                left,
                grid_bottom + 2.0 + used,
                right - left,
                sheet.body_bottom - grid_bottom - used,
                "  ".join(notes),
                size=5.5,
                color="#424242",
                elide=False,
            )
        )
    page.mm_per_day = day_w
    pages = [page]
    frame(pages, sheet)
    return pages
