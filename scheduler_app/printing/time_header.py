"""The header of a timeline: years and quarters, months, or days across the top, and the
vertical rules under them down to the last lane."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from scheduler_app.domain import Precision
from scheduler_app.domain.dates import month_end, period_of
from scheduler_app.domain.legend import WEEKEND_HEX
from scheduler_app.printing.chart_marks import days
from scheduler_app.printing.page import Box, Line, Page, Text
from scheduler_app.printing.words import month_abbr, month_heading, quarter_name


def time_header(
    page: Page,
    start: dt.date,
    end: dt.date,
    x_of: Callable[[dt.date], float],
    width: Callable[[dt.date, dt.date], float],
    top: float,
    bottom: float,
    scale: float,
) -> None:
    """The two header rows of the timeline and its vertical rules: years and quarters over a long
    span, months and quarters over a year or so, months and days (weekends shaded) over weeks."""
    span = (end - start).days + 1
    if span > 400:
        for year in range(start.year, end.year + 1):
            first = max(dt.date(year, 1, 1), start)
            page.add(
                Text(
                    x_of(first),
                    top,
                    width(first, dt.date(year, 12, 31)),
                    4.5,
                    str(year),
                    size=9,
                    bold=True,
                    align="center",
                )
            )
            for q in range(4):
                qs, qe = period_of(Precision.QUARTER, dt.date(year, 3 * q + 1, 1))
                if qe < start or qs > end:
                    continue
                page.add(
                    Text(
                        x_of(max(qs, start)),
                        top + 4.5,
                        width(qs, qe),
                        4.0,
                        quarter_name(q + 1),
                        size=7,
                        align="center",
                        color="#424242",
                    )
                )
                if qs >= start:
                    strong = q == 0
                    page.add(
                        Line(
                            x_of(qs),
                            top + 4.5,
                            x_of(qs),
                            bottom,
                            "#9e9e9e" if strong else "#e0e0e0",
                            0.2 if strong else 0.1,
                        )
                    )
        return
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        last = month_end(month.year, month.month)
        first = max(month, start)
        name = month_heading(month.year, month.month)
        if span > 62 and not (month.month == 1 or first == start):
            name = month_abbr(month.month)
        page.add(
            Text(
                x_of(first),
                top,
                max(width(first, last), 12.0),
                4.5,
                name,
                size=8,
                bold=True,
                align="center" if span > 62 else "left",
            )
        )
        if month >= start:
            quarter = month.month % 3 == 1
            page.add(
                Line(
                    x_of(month),
                    top,
                    x_of(month),
                    bottom,
                    "#9e9e9e" if quarter else "#e0e0e0",
                    0.2 if quarter else 0.1,
                )
            )
        if span > 62 and month.month % 3 == 1 and first == month:
            page.add(
                Text(
                    x_of(month),
                    top + 4.5,
                    width(month, month + dt.timedelta(days=89)),
                    4.0,
                    quarter_name(month.month // 3 + 1),
                    size=7,
                    align="center",
                    color="#424242",
                )
            )
        month = last + dt.timedelta(days=1)
    if span > 62:
        return
    for day in days(start, end):
        x = x_of(day)
        if day.weekday() >= 5:
            page.add(Box(x, top + 9.0, scale, bottom - top - 9.0, fill=WEEKEND_HEX))
        if scale >= 3.5 or day.weekday() == 0:
            page.add(
                Text(
                    x,
                    top + 4.5,
                    max(scale, 4.0),
                    4.0,
                    str(day.day),
                    size=6.5,
                    align="center" if scale >= 3.5 else "left",
                    color="#424242",
                )
            )
        if scale >= 1.5 or day.weekday() == 0:
            page.add(Line(x, top + 9.0, x, bottom, "#eeeeee", 0.1))
