"""The libraries the planner ships with, and their licences (shown by About and `licences`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata, resources

ROOT_DISTRIBUTION = "scheduler-app"
_FALLBACK_REQUIREMENTS = (
    "PySide6-Essentials",
    "shiboken6",
    "icalendar",
    "sqlite-utils",
    "python-dateutil",
    "babel",
    "platformdirs",
    "pycountry",
    "tzdata",
    "hijridate",
    "pyluach",
    "holidays",
    "recurring-ical-events",
    "ortools",
    "niquests",
    "keyring",
)
LICENCE_FILES = {
    "LGPL-3.0": "LGPL-3.0.txt",
    "GPL-3.0": "GPL-3.0.txt",
    # the sync's HTTP client, niquests, is Apache-2.0, whose text travels with it
    "Apache-2.0": "Apache-2.0.txt",
}


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    version: str
    licence: str
    url: str


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    values = meta.get_all(field)
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _first(meta, "License-Expression")
    if expression:
        return str(expression)
    text = _first(meta, "License")
    if text and len(text) < 80:
        return str(text)
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the package"


def bundled_libraries() -> list[Library]:
    """Every distribution the planner needs at run time (its requirements, and theirs), with
    version and licence, sorted by name. Works in a frozen build that carries the metadata."""
    try:
        queue = [
            _name(r) for r in metadata.requires(ROOT_DISTRIBUTION) or [] if "extra ==" not in r
        ]
    except metadata.PackageNotFoundError:
        queue = list(_FALLBACK_REQUIREMENTS)
    seen: dict[str, Library] = {}
    while queue:
        name = queue.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        url = next((u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []), "")
        seen[key] = Library(
            meta["Name"], meta["Version"], _licence(meta), url or _first(meta, "Home-page")
        )
        queue.extend(_name(r) for r in metadata.requires(name) or [] if "extra ==" not in r)
    return sorted(seen.values(), key=lambda lib: lib.name.lower())


def licence_text(identifier: str) -> str:
    """The full text of a licence the planner bundles (the LGPL of Qt for Python)."""
    name = LICENCE_FILES[identifier]
    return resources.files("scheduler_app.resources").joinpath("licenses", name).read_text("utf-8")
