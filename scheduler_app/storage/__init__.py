"""The planning database: one SQLite file through sqlite-utils, with append-only migrations."""

# First: sqlite-utils is imported without pandas and NumPy (see _lean_import).
from scheduler_app.storage import _lean_import  # noqa: F401
from scheduler_app.storage.connection import StorageError
from scheduler_app.storage.database import MeetingFilter, PlanningDatabase

__all__ = ["MeetingFilter", "PlanningDatabase", "StorageError"]
