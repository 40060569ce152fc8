"""What the window keeps from one session to the next: its place and docks, the view shown,
the timeline's zoom, the filters and the calendar overlays (in the user's QSettings)."""

from __future__ import annotations

import contextlib
import json

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

from scheduler_app.printing.charts import Overlays
from scheduler_app.screen.periods import VIEW_KEYS, timeline_days
from scheduler_app.ui.calendar_pane import CalendarPane
from scheduler_app.ui.filter_panel import FilterPanel

FILTERS_KEY = "filter/state"  # FilterPanel.state() as JSON: the text, every list, the overlays


def restore(window: QMainWindow, calendar: CalendarPane, filters: FilterPanel) -> bool:
    """Put the window back as the planner left it; whether its docks were laid out as they
    were. A value this version does not know (an older or newer settings file, a body no longer
    in this database) is left at its default."""
    settings = QSettings()
    geometry = settings.value("main/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = settings.value("main/state")
    docks_restored = state is not None and window.restoreState(state)
    with contextlib.suppress(TypeError, ValueError):  # a damaged value: the default zoom
        saved_days = float(str(settings.value("view/timeline_days")))
        calendar.zoom.timeline_days = timeline_days(saved_days)
    saved = settings.value(FILTERS_KEY)
    if isinstance(saved, str) and saved:
        with contextlib.suppress(ValueError):
            filters.restore(json.loads(saved))  # restore() reads a damaged state as far as it goes
    else:  # settings from before several values per list: one value per box
        indexes = []
        for box, key, _label in filters.boxes:
            value = settings.value(key)
            indexes.append(max(box.findData(value), 0) if value else 0)
        filters.set_filters(filters.text(), indexes)
        try:
            overlays = Overlays.parse(str(settings.value("view/overlays", Overlays().text())))
        except ValueError:
            overlays = Overlays()
        filters.set_overlays(overlays)
    view = settings.value("view/current")
    if view in VIEW_KEYS:
        calendar.show_view(str(view))
    return docks_restored


def save(window: QMainWindow, calendar: CalendarPane, filters: FilterPanel) -> None:
    """Keep the window's place, docks, view, timeline zoom, filters and overlays for next time."""
    settings = QSettings()
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/state", window.saveState())
    settings.setValue("view/current", calendar.view)
    settings.setValue("view/timeline_days", calendar.zoom.timeline_days)
    settings.setValue(FILTERS_KEY, json.dumps(filters.state()))
