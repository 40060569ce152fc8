"""Opening a planning database, listing and exporting meetings: what the GUI and the CLI share."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.interop.csvfile import meeting_to_record, write_meetings
from scheduler_app.services.reference import load_reference_calendar, seed_reference_data
from scheduler_app.storage import MeetingFilter, PlanningDatabase

APP_SLUG = "scheduler-app"
DB_FILENAME = "planner.sqlite"
SEEDED_KEY = "seeded"


def default_database_path() -> Path:
    """The per-user planning database (``$XDG_DATA_HOME/scheduler-app/planner.sqlite`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_path(APP_SLUG, appauthor=False)) / DB_FILENAME


def open_database(
    path: Path | str | None = None, *, with_calendar: bool | None = None, create: bool = True
) -> PlanningDatabase:
    """Open the planning database at ``path``, or the default one.

    A database is filled once, when it is first created: every new database gets the bundled
    bodies and Geneva venues; the default database also gets the bundled reference calendar
    (``with_calendar`` overrides that choice). A file that already exists is never re-seeded, so
    meetings a planner deleted stay deleted. With ``create=False`` (the commands that only read)
    a missing or empty file is refused instead of being made into a database, and nothing is seeded.
    """
    target = Path(path) if path is not None else default_database_path()
    if with_calendar is None:
        with_calendar = path is None
    db = PlanningDatabase.open(target, create=create)
    try:
        if create and db.get_meta(SEEDED_KEY) is None and not db.read_only:
            with db.write():
                # Checked again under the write lock: two first starts must not both seed.
                if db.get_meta(SEEDED_KEY) is None:
                    if with_calendar and db.count_meetings() == 0:
                        load_reference_calendar(db)
                    else:
                        seed_reference_data(db)
                    db.set_meta(SEEDED_KEY, "calendar" if with_calendar else "reference data")
    except BaseException:
        db.close()
        raise
    return db


def list_meetings(db: PlanningDatabase, where: MeetingFilter | None = None) -> list[Meeting]:
    return db.meetings(where)


_INT_COLUMNS = ("participants", "nominal_year")


def meeting_json(m: Meeting) -> dict[str, Any]:
    """A meeting as JSON: the CSV columns (empty values as null, counts as numbers) plus ``id``."""
    record: dict[str, Any] = {k: (v if v != "" else None) for k, v in meeting_to_record(m).items()}
    for column in _INT_COLUMNS:
        if record[column] is not None:
            record[column] = int(record[column])
    return record


def export_csv(db: PlanningDatabase, path: Path | str, where: MeetingFilter | None = None) -> int:
    """Write the meetings matching ``where`` to a CSV file; returns how many."""
    return write_meetings(path, db.meetings(where))


def database_label(db: PlanningDatabase) -> str:
    """The database's file name, as the window title and messages show it."""
    return db.path.name
