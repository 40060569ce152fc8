"""Chart layouts: the year planner, the cycle chart, quarter and month timetables and the month
grid, each in a module of its own; this module keeps the names the window, the screen views and
the print job import."""

from __future__ import annotations

from scheduler_app.domain.dates import WEEKDAYS
from scheduler_app.printing.chart_marks import (
    HOLIDAY_MARK,
    MIN_LABEL_PT,
    OBSERVANCE_MARK,
    TODAY_HEX,
    Holiday,
    meeting_tip,
)
from scheduler_app.printing.chart_marks import day_notes as _day_notes
from scheduler_app.printing.chart_marks import day_tip as _day_tip
from scheduler_app.printing.cycle_chart import cycle_chart
from scheduler_app.printing.month_chart import month_grid
from scheduler_app.printing.overlays import Overlays
from scheduler_app.printing.timetable_chart import timetable
from scheduler_app.printing.year_chart import year_planner

__all__ = [
    "HOLIDAY_MARK",
    "MIN_LABEL_PT",
    "OBSERVANCE_MARK",
    "TODAY_HEX",
    "WEEKDAYS",
    "Holiday",
    "Overlays",
    "_day_notes",
    "_day_tip",
    "cycle_chart",
    "meeting_tip",
    "month_grid",
    "timetable",
    "year_planner",
]
