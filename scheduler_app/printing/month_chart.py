"""The month grid: a month as a wall calendar, weeks as rows from Monday to Sunday."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import month_end
from scheduler_app.domain.legend import HOLIDAY_HEX, OBSERVANCE_HEX, WEEKEND_HEX
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.chart_marks import (
    HOLIDAY_MARK,
    OBSERVANCE_MARK,
    TODAY_HEX,
    Holiday,
    bar,
    continued,
    day_notes,
    day_tip,
    extra_legend,
    is_fixed,
    kinds_of,
    label,
    more,
    on_bar,
    stack,
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
from scheduler_app.printing.words import month_abbr, week_order, weekday_abbr


def month_grid(
    meetings: Sequence[Meeting],
    observances: Sequence[Observance],
    month: dt.date,
    sheet: Sheet,
    holidays: Sequence[Holiday] = (),
    today: dt.date | None = None,
) -> list[Page]:
    """A month as a wall calendar: weeks as rows from the language's first weekday (Monday;
    Saturday in Arabic), meetings as bars across the days of each week, each day's religious
    periods and venue holidays named in its cell."""
    page = sheet.blank()
    left, right = sheet.body_left, sheet.body_right
    first = month.replace(day=1)
    last = month_end(first.year, first.month)
    order = week_order()
    grid_first = first - dt.timedelta(days=(first.weekday() - order[0]) % 7)
    weeks = ((last - grid_first).days // 7) + 1
    grid_last = grid_first + dt.timedelta(days=7 * weeks - 1)
    religious, holiday = day_notes(observances, holidays, grid_first, grid_last)
    shown = [m for m in meetings if m.end >= grid_first and m.start <= grid_last]
    kinds = kinds_of(shown)
    extra = extra_legend(bool(religious), bool(holiday), any(not is_fixed(m) for m in shown))
    head_h = 5.0
    legend_h = legend_height(len(kinds) + len(extra), right - left) + 2.0
    top = sheet.body_top
    col_w = (right - left) / 7
    row_h = (sheet.body_bottom - top - head_h - legend_h) / weeks
    lane_h, day_head = 4.4, 8.0
    lanes_per_row = max(1, int((row_h - day_head - 1.0) // lane_h))
    for i, name in enumerate(weekday_abbr(weekday) for weekday in order):
        page.add(
            Text(
                left + i * col_w,
                top,
                col_w,
                head_h,
                name,
                size=8,
                bold=True,
                align="center",
                color="#424242",
            )
        )
    over: list[Box] = []  # hover areas and today's outline, over everything
    front: list[Item] = []  # the bars and their labels, over the day rules
    for week in range(weeks):
        ws = grid_first + dt.timedelta(days=7 * week)
        we = ws + dt.timedelta(days=6)
        y = top + head_h + week * row_h
        page.strips.append(DayStrip(left, y, 7 * col_w, row_h, ws, col_w))
        for i in range(7):
            d = ws + dt.timedelta(days=i)
            x = left + i * col_w
            inside = d.month == first.month
            rel, hol = religious.get(d, ()), holiday.get(d, ())
            fill = None
            if not inside:
                fill = "#f5f5f5"
            elif rel:
                fill = OBSERVANCE_HEX
            elif hol:
                fill = HOLIDAY_HEX
            elif d.weekday() >= 5:
                fill = WEEKEND_HEX
            if fill:
                page.add(Box(x, y, col_w, row_h, fill=fill))
            if rel:
                page.add(Box(x, y, col_w, 1.0, fill=OBSERVANCE_MARK))
            if hol:
                page.add(Box(x + 0.3, y + row_h - 1.6, col_w - 0.6, 1.0, fill=HOLIDAY_MARK))
            number = str(d.day) if inside else f"{d.day} {month_abbr(d.month)}"
            page.add(
                Text(
                    x + 1.0,
                    y + 1.0,
                    14.0,
                    4.0,
                    number,
                    size=8,
                    bold=d.day == 1,
                    color="#212121" if inside else "#9e9e9e",
                )
            )
            names = "; ".join([*rel, *hol])
            if names:
                page.add(
                    Text(
                        x + 12.0,
                        y + 1.4,
                        col_w - 13.0,
                        3.5,
                        names,
                        size=5.5,
                        align="right",
                        color="#8d6e63",
                    )
                )
                over.append(Box(x, y, col_w, row_h, tip=day_tip(d, rel, hol)))
            if d == today:
                over.append(
                    Box(
                        x + 0.3,
                        y + 0.3,
                        col_w - 0.6,
                        row_h - 0.6,
                        stroke=TODAY_HEX,
                        stroke_width=0.6,
                    )
                )
        hidden = 0
        for m, lane in stack([m for m in shown if m.end >= ws and m.start <= we], ws, we):
            if lane >= lanes_per_row:
                hidden += 1
                continue
            s, e = max(m.start, ws), min(m.end, we)
            x = left + (s - ws).days * col_w
            w = ((e - s).days + 1) * col_w
            by = y + day_head + lane * lane_h
            front.append(bar(m, x + 0.6, by, w - 1.2, lane_h - 0.6))
            text = label(m) if not m.code else f"{m.code}  {m.title}"
            if not is_fixed(m):
                text = unfixed_text(m)
            inset = 1.2
            if m.start < ws:  # it began the week before: a mark at the bar's start, apart from
                # its label, so that it stays at the start when the page is mirrored
                front.append(on_bar(m, x + inset, by + 0.2, 3.0, lane_h - 0.6, continued(), 6.5))
                inset += 3.0
            front.append(on_bar(m, x + inset, by + 0.2, w - inset - 1.2, lane_h - 0.6, text, 6.5))
        if hidden:
            front.append(more(hidden, left, y + row_h - 3.6, 7 * col_w - 1.0, 3.2, 6))
        page.add(Line(left, y, right, y, "#9e9e9e", 0.15))
    bottom = top + head_h + weeks * row_h
    page.add(Line(left, bottom, right, bottom, "#9e9e9e", 0.15))
    for i in range(8):
        page.add(Line(left + i * col_w, top + head_h, left + i * col_w, bottom, "#bdbdbd", 0.1))
    page.add(*front, *over)
    legend(page, kinds, left, bottom + 1.5, right - left, extra)
    page.mm_per_day = col_w
    pages = [page]
    frame(pages, sheet)
    return pages
