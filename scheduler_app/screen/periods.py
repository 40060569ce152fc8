"""What each calendar view shows: its name and shortcut, the days it covers around a day, how a
period step moves, and the timeline's zoom (the days its viewport shows, six years to two
weeks). Plain Python, no Qt."""

from __future__ import annotations

import datetime as dt
import math

from scheduler_app.domain.dates import add_months
from scheduler_app.i18n import first_weekday

VIEWS = {
    "agenda": ("&Agenda", "Ctrl+1"),
    "year": ("&Year Planner", "Ctrl+2"),
    "timeline": ("&Cycle Timeline", "Ctrl+3"),
    "month": ("&Month", "Ctrl+4"),
    "week": ("&Week", "Ctrl+5"),
    "day": ("&Day", "Ctrl+6"),
}
VIEW_KEYS = list(VIEWS)

MIN_TIMELINE_DAYS = 14.0  # the timeline's closest zoom: a fortnight across the viewport
MAX_TIMELINE_DAYS = 6 * 365.25  # its widest: six years, a cycle and a half
DEFAULT_TIMELINE_DAYS = 5 * 365.25  # a four-year cycle and the year the next one starts
ZOOM_STEP = 1.25  # one notch of Ctrl+wheel, one Ctrl++ or Ctrl+-


def local_today() -> dt.date:
    """Today where the planner is (the day the views mark and start on)."""
    return dt.datetime.now().astimezone().date()


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def week_start(day: dt.date) -> dt.date:
    """The first day of ``day``'s week in the planner's language, as the month grid starts
    its rows: Monday, Saturday in Arabic."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday()) % 7)


def timeline_days(value: float) -> float:
    """``value`` kept within the timeline's zoom range."""
    return max(MIN_TIMELINE_DAYS, min(MAX_TIMELINE_DAYS, value))


def timeline_window(day: dt.date, visible_days: float) -> tuple[dt.date, dt.date]:
    """The whole years a timeline showing ``visible_days`` from ``day`` lays out: from 1 January
    of ``day``'s year to the end of the year the viewport's last day falls in, so the planner
    scrolls within them when zoomed in and sees the cycle at once when zoomed out."""
    first = dt.date(day.year, 1, 1)
    reach = (day - first).days + visible_days
    years = max(1, min(7, math.ceil(reach / 365.25 - 0.01)))
    return first, dt.date(day.year + years - 1, 12, 31)


def period(
    view: str, day: dt.date, visible_days: float = DEFAULT_TIMELINE_DAYS
) -> tuple[dt.date, dt.date]:
    """The days a view lays out around ``day`` (the agenda: the year, for the navigator)."""
    if view == "month":
        first = day.replace(day=1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    if view == "week":
        return week_start(day), week_start(day) + dt.timedelta(days=6)
    if view == "day":
        return day, day
    if view == "timeline":
        return timeline_window(day, visible_days)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def step_day(
    view: str, day: dt.date, steps: int, visible_days: float = DEFAULT_TIMELINE_DAYS
) -> dt.date:
    """The day to show after ``steps`` periods: years, months, weeks, days, or (timeline) as
    many days as its viewport shows."""
    if view == "month":
        return add_months(day.replace(day=1), steps)
    if view == "week":
        return day + dt.timedelta(weeks=steps)
    if view == "day":
        return day + dt.timedelta(days=steps)
    if view == "timeline":
        return day + dt.timedelta(days=round(steps * visible_days))
    return dt.date(day.year + steps, 1, 1)


def span_text(visible_days: float) -> str:
    """The timeline's zoom in words: "2 weeks", "3 months", "1.5 years" (``words.span``)."""
    from scheduler_app.screen.words import span

    return span(visible_days)
