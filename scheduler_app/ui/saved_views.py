"""Named sets of filters the planner saves and applies again ("ITU-D groups 2027").

They are kept per user in the Qt settings, under one key, as JSON::

    {"format": 1, "views": [{"name": "ITU-D groups 2027", "filters": {"kinds": [...], ...}}]}

``filters`` is what :meth:`FilterPanel.state` returns; this module keeps it as it is and leaves
reading it to the panel. A stored value that is not this JSON (damaged, hand-edited, written by
another version) counts as no views at all, and an entry that is not a name and filters is
skipped: the planner loses a view, never the window.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

SETTINGS_KEY = "filter/saved_views"
FORMAT = 1


class ViewNameError(ValueError):
    """A name that cannot be given to a saved view (empty, or another view's)."""


@dataclass(frozen=True, slots=True)
class SavedView:
    name: str
    filters: dict[str, Any]


def parse_views(stored: object) -> list[SavedView]:
    """The views in a stored value; whatever cannot be read is left out."""
    if not isinstance(stored, str) or not stored:
        return []
    try:
        data = json.loads(stored)
    except (ValueError, RecursionError):  # not JSON, or nested past what json will read
        return []
    entries = data.get("views") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []
    views: dict[str, SavedView] = {}
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        name, filters = entry.get("name"), entry.get("filters")
        if isinstance(name, str) and name.strip() and isinstance(filters, dict):
            views.setdefault(_key(name), SavedView(name.strip(), filters))
    return list(views.values())


def dump_views(views: list[SavedView]) -> str:
    return json.dumps(
        {"format": FORMAT, "views": [{"name": v.name, "filters": v.filters} for v in views]},
        ensure_ascii=False,
        sort_keys=True,
    )


def _key(name: str) -> str:
    # "ITU-D groups 2027" and "itu-d groups 2027 " are one view to a planner
    return name.strip().casefold()


class SavedViews:
    """The saved views in ``settings`` (the user's own Qt settings unless another is given).

    Every call reads the settings again, so two windows open at once see each other's views."""

    def __init__(self, settings: QSettings | None = None, key: str = SETTINGS_KEY) -> None:
        self._settings = settings
        self._key = key

    @property
    def settings(self) -> QSettings:
        # made on first use: the application's name must be set before QSettings() finds the file
        if self._settings is None:
            self._settings = QSettings()
        return self._settings

    def views(self) -> list[SavedView]:
        """Every view, sorted by name as a planner reads it (case aside)."""
        return sorted(parse_views(self.settings.value(self._key)), key=lambda v: _key(v.name))

    def names(self) -> list[str]:
        return [v.name for v in self.views()]

    def get(self, name: str) -> dict[str, Any] | None:
        """The filters saved under ``name``, or None if there is no such view."""
        return next((v.filters for v in self.views() if _key(v.name) == _key(name)), None)

    def save(self, name: str, filters: Mapping[str, Any]) -> str:
        """Save ``filters`` under ``name``, replacing a view of that name; returns the name
        as stored (without surrounding spaces)."""
        name = _checked_name(name)
        kept = [v for v in self.views() if _key(v.name) != _key(name)]
        self._write([*kept, SavedView(name, dict(filters))])
        return name

    def rename(self, old: str, new: str) -> str:
        """Give the view ``old`` the name ``new``; raises ViewNameError if another view has it."""
        new = _checked_name(new)
        views = self.views()
        if any(_key(v.name) == _key(new) and _key(v.name) != _key(old) for v in views):
            taken = QCoreApplication.translate(
                "SavedViews", "There is already a saved view called “%1”."
            )
            raise ViewNameError(taken.replace("%1", new))
        self._write([SavedView(new, v.filters) if _key(v.name) == _key(old) else v for v in views])
        return new

    def delete(self, name: str) -> None:
        self._write([v for v in self.views() if _key(v.name) != _key(name)])

    def _write(self, views: list[SavedView]) -> None:
        self.settings.setValue(self._key, dump_views(views))
        self.settings.sync()


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ViewNameError(QCoreApplication.translate("SavedViews", "A saved view needs a name."))
    return name


__all__ = ["SETTINGS_KEY", "SavedView", "SavedViews", "ViewNameError", "dump_views", "parse_views"]
