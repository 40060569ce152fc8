"""What each calendar view shows: its name and shortcut, the timeline's spans, the period a view
covers around a day, and the page a view asks the layouts for. Plain Python, no Qt."""

from __future__ import annotations

import datetime as dt

from scheduler_app.domain.dates import add_months
from scheduler_app.printing.job import MAX_CYCLE_YEARS, Layout, PrintRequest

VIEWS = {
    "agenda": ("&Agenda", "Ctrl+1"),
    "year": ("&Year Planner", "Ctrl+2"),
    "timeline": ("&Cycle Timeline", "Ctrl+3"),
    "month": ("&Month", "Ctrl+4"),
}
VIEW_KEYS = list(VIEWS)

# The cycle timeline's spans, narrowest first: Zoom In goes left, Zoom Out right.
TIMELINE_SPANS: dict[str, str] = {
    "2w": "2 weeks",
    "1m": "1 month",
    "3m": "3 months",
    "6m": "6 months",
    **{f"{n}y": f"{n} year{'s' if n > 1 else ''}" for n in range(1, MAX_CYCLE_YEARS + 1)},
}
SPAN_KEYS = list(TIMELINE_SPANS)
DEFAULT_SPAN = "5y"


def timeline_period(span: str, day: dt.date) -> tuple[dt.date, dt.date]:
    """The days a timeline of ``span`` shows around ``day``: whole years from 1 January, whole
    months from the quarter or half-year's first month, a fortnight from Monday."""
    amount, unit = int(span[:-1]), span[-1]
    if unit == "w":
        first = day - dt.timedelta(days=day.weekday())
        return first, first + dt.timedelta(days=7 * amount - 1)
    if unit == "m":
        month0 = (day.month - 1) // amount * amount
        first = dt.date(day.year, month0 + 1, 1)
        return first, add_months(first, amount) - dt.timedelta(days=1)
    first = dt.date(day.year, 1, 1)
    return first, dt.date(day.year + amount - 1, 12, 31)


def step_day(view: str, span: str, day: dt.date, steps: int) -> dt.date:
    """The day to show after stepping ``steps`` periods (years, months or timeline spans)."""
    if view == "month":
        return add_months(day.replace(day=1), steps)
    if view == "timeline":
        first, last = timeline_period(span, day)
        if span.endswith("w"):
            return first + steps * (last - first + dt.timedelta(days=1))
        if span.endswith("m"):
            return add_months(first, steps * int(span[:-1]))
        return dt.date(day.year + steps * int(span[:-1]), 1, 1)
    return dt.date(day.year + steps, 1, 1)


def zoomed(span: str, steps: int) -> str:
    """The span ``steps`` zoom steps wider (+) or narrower (-), kept within the list."""
    index = SPAN_KEYS.index(span) + steps
    return SPAN_KEYS[max(0, min(len(SPAN_KEYS) - 1, index))]


def screen_page_size(width: int, height: int) -> tuple[float, float]:
    """A calendar view's page in mm, shaped like the widget so that it fills it: as tall as a
    landscape A4 (the scale of print), wider or narrower as the window is."""
    ratio = max(width, 1) / max(height, 1)
    if ratio >= 1:
        return min(210.0 * ratio, 630.0), 210.0
    return 210.0, min(210.0 / ratio, 630.0)


def view_request(view: str, span: str, day: dt.date) -> PrintRequest | None:
    """The page a calendar view shows around ``day``, as a print request (None for the agenda)."""
    if view == "year":
        return PrintRequest(Layout.YEAR, year=day.year)
    if view == "timeline":
        first, last = timeline_period(span, day)
        return PrintRequest(Layout.CYCLE, date_from=first, date_to=last)
    if view == "month":
        return PrintRequest(Layout.GRID, date_from=day.replace(day=1))
    return None


def local_today() -> dt.date:
    """Today where the planner is (the day the views mark and start on)."""
    return dt.datetime.now().astimezone().date()
