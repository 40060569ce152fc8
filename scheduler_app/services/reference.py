"""The bundled reference data: real ITU meetings 2018-2029, their bodies, and Geneva venues.

The meetings file is in the CSV interchange format and goes through the very importer planners use
(:func:`scheduler_app.services.importing.import_csv`), so the bundled calendar proves that code path
on every first start.
"""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path

from scheduler_app.domain import Body, InvalidBody, Room, Sector, Venue
from scheduler_app.domain.kinds import parse_enum
from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem, parse_meetings
from scheduler_app.services.importing import ImportReport, apply_import, plan_import
from scheduler_app.storage import PlanningDatabase

PACKAGE = "scheduler_app.resources"
CALENDAR = "reference_calendar.csv"
BODIES = "bodies.csv"
VENUES = "venues.csv"


def resource_bytes(name: str) -> bytes:
    return resources.files(PACKAGE).joinpath(name).read_bytes()


def resource_path_hint(name: str) -> str:
    """How messages name a bundled file."""
    return f"resources/{name}"


def _records(name: str) -> list[tuple[int, dict[str, str]]]:
    text = resource_bytes(name).decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return [
        (i + 2, {k.strip().lower(): (v or "").strip() for k, v in row.items()})
        for i, row in enumerate(reader)
    ]


def reference_bodies() -> list[Body]:
    bodies = []
    for line, r in _records(BODIES):
        try:
            sector = parse_enum(Sector, r["sector"], "sector") if r["sector"] else None
            bodies.append(Body(r["code"], r["name"], sector, r["parent"], r["chair"], r["source"]))
        except (InvalidBody, ValueError) as exc:
            raise CsvFormatError(
                [CsvProblem(resource_path_hint(BODIES), line, "", str(exc))]
            ) from exc
    return bodies


def reference_venues() -> tuple[list[Venue], list[Room]]:
    venues: dict[str, Venue] = {}
    rooms: list[Room] = []
    for line, r in _records(VENUES):
        try:
            venues.setdefault(r["venue"], Venue(r["venue"], r["city"], r["country"]))
            if r["room"]:
                capacity = int(r["capacity"]) if r["capacity"] else None
                rooms.append(Room(r["venue"], r["room"], capacity, r["source"]))
        except (InvalidBody, ValueError) as exc:
            raise CsvFormatError(
                [CsvProblem(resource_path_hint(VENUES), line, "", str(exc))]
            ) from exc
    return list(venues.values()), rooms


def seed_reference_data(db: PlanningDatabase) -> None:
    """Bodies, venues and rooms that every new planning database starts with."""
    venues, rooms = reference_venues()
    with db.write():
        db.save_bodies(reference_bodies())
        db.save_venues(venues)
        db.save_rooms(rooms)


def load_reference_calendar(db: PlanningDatabase, *, dry_run: bool = False) -> ImportReport:
    """Import the bundled meetings (idempotent: re-running updates them by code)."""
    name = resource_path_hint(CALENDAR)
    rows = parse_meetings(resource_bytes(CALENDAR), name)
    with db.write():
        seed_reference_data(db)
        report = plan_import(db, rows, name)
        report.dry_run = dry_run
        if not dry_run:
            apply_import(db, report)
    return report


def reference_calendar_file() -> Path:
    """A filesystem path to the bundled calendar (for tests and documentation)."""
    with resources.as_file(resources.files(PACKAGE).joinpath(CALENDAR)) as path:
        return Path(path)
