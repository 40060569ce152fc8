"""The planning database: one SQLite file through sqlite-utils, with append-only migrations."""

from scheduler_app.storage.database import MeetingFilter, PlanningDatabase, StorageError

__all__ = ["MeetingFilter", "PlanningDatabase", "StorageError"]
