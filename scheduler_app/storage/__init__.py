"""The planning database: one SQLite file through sqlite-utils, with append-only migrations."""

from scheduler_app.storage.connection import StorageError
from scheduler_app.storage.database import MeetingFilter, PlanningDatabase

__all__ = ["MeetingFilter", "PlanningDatabase", "StorageError"]
