"""One sync of a planning database file, from start to finish, as a worker thread or another
process runs it: its own connection (SQLite connections stay on the thread that made them) and
its own HTTP session, and an outcome that says in one line what went wrong, if anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scheduler_app.i18n import translate
from scheduler_app.services.sync.client import CalDavClient, SyncError, Unreachable
from scheduler_app.services.sync.engine import resolve, sync, unsent
from scheduler_app.services.sync.report import SyncReport
from scheduler_app.storage import PlanningDatabase, StorageError


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What one sync did (``report``), or why it could not (``problem``, one line; ``offline``
    when the server could not be reached), and how many edits wait to be sent."""

    report: SyncReport | None = None
    problem: str = ""
    offline: bool = False
    unsent: int = 0
    settled: int = 0  # conflicts settled by the resolution asked for


def sync_file(
    path: Path,
    url: str,
    user: str,
    password: str,
    *,
    settle: tuple[str, str] | None = None,
    insecure: bool = False,
) -> SyncOutcome:
    """Sync the database at ``path`` with the collection at ``url``; ``settle`` is a meeting's
    code and "mine" or "theirs": its conflicts are resolved that way first."""
    try:
        client = CalDavClient(url, user, password, insecure=insecure)
    except SyncError as exc:
        return SyncOutcome(problem=str(exc))
    try:
        with PlanningDatabase.open(path, create=False) as db:
            if db.read_only:
                return SyncOutcome(
                    problem=translate(
                        "Messages",
                        "{file} is read-only ({reason}): what colleagues changed cannot be "
                        "written into it",
                    ).format(file=path.name, reason=db.read_only_reason)
                )
            settled = 0
            try:
                if settle is not None:
                    settled = resolve(db, client, *settle)
                report = sync(db, client)
            except Unreachable as exc:
                return SyncOutcome(problem=str(exc), offline=True, unsent=unsent(db, client.url))
            except SyncError as exc:
                return SyncOutcome(problem=str(exc), unsent=unsent(db, client.url))
            return SyncOutcome(report, unsent=unsent(db, client.url), settled=settled)
    except StorageError as exc:
        return SyncOutcome(problem=str(exc))
    finally:
        client.close()
