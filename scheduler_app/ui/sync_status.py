"""The window's link to its shared calendar: the settings of the open database, the sync
itself on a worker thread, the "every N minutes" timer, and the line in the status bar.

A sync runs as :func:`scheduler_app.services.sync.run.sync_file` on a thread of its own, with a
connection of its own (SQLite connections stay on the thread that made them), as the first
check and the planner's solver do. What it brought in arrives on the GUI thread as the
engine's :class:`~scheduler_app.services.editing.Change` records, made one and put on the
undo stack through :meth:`Session.edit`: one sync is one step to undo, and every pane hears
of it by ``meetings_changed`` as after an import.

The address, user and interval are kept per database in QSettings; the password only in the
system keyring (:mod:`scheduler_app.services.sync.password`) and in memory, never in the
database nor in the settings.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from scheduler_app.storage import sync_tables
from scheduler_app.storage.sync_tables import StoredConflict
from scheduler_app.ui.plain import plain_label, plain_tooltip
from scheduler_app.ui.session import Session

if TYPE_CHECKING:  # the HTTP client is read on the first sync, not when the window starts
    from scheduler_app.services.editing import Undoable
    from scheduler_app.services.sync.report import SyncReport
    from scheduler_app.services.sync.run import SyncOutcome

_GROUP = "sharedCalendar"


@dataclass(frozen=True, slots=True)
class SharedCalendarSettings:
    """Where one database syncs (``url`` "" for nowhere), as whom, and how often (0: by hand)."""

    url: str = ""
    user: str = ""
    every_minutes: int = 0


def _group(path: Path) -> str:
    # a key per database file; QSettings keys cannot hold the path's slashes as they are
    return f"{_GROUP}/{hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]}"


def load_settings(path: Path) -> SharedCalendarSettings:
    s, group = QSettings(), _group(path)
    try:
        every = int(s.value(f"{group}/every_minutes") or 0)
    except (TypeError, ValueError):
        every = 0
    return SharedCalendarSettings(
        str(s.value(f"{group}/url") or ""), str(s.value(f"{group}/user") or ""), max(every, 0)
    )


def save_settings(path: Path, settings: SharedCalendarSettings) -> None:
    s, group = QSettings(), _group(path)
    s.setValue(f"{group}/database", str(path.resolve()))  # for a person reading the file
    s.setValue(f"{group}/url", settings.url)
    s.setValue(f"{group}/user", settings.user)
    s.setValue(f"{group}/every_minutes", settings.every_minutes)


def _written(record: Undoable) -> Callable[[], Undoable]:
    """An edit already written, for :meth:`Session.edit` to announce and put on the stack."""
    return lambda: record


def _clock() -> str:
    return dt.datetime.now(dt.UTC).astimezone().strftime("%H:%M")


class SyncStatus(QObject):
    """The shared calendar of the session's database: settings, syncs and the status line."""

    sync_started = Signal()
    """A sync started on the worker thread."""
    sync_finished = Signal(object)
    """A sync ended; the argument is its :class:`SyncOutcome`."""
    _arrived = Signal(int, object)
    """The worker's run number and outcome (queued to the GUI thread)."""

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.setObjectName("shared_calendar_sync")
        self.window = window
        self.session = session
        self.label = plain_label(QLabel(window))
        self.label.setObjectName("shared_calendar_status")
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        self.settings = SharedCalendarSettings()
        self.outcome: SyncOutcome | None = None
        self._password: str | None = None
        self._path: Path | None = None
        self._run = 0
        self._running = False
        self._synced_at = ""
        self._arrived.connect(self._on_arrived)
        session.database_opened.connect(self._on_database_opened)
        self._on_database_opened()

    # --- settings ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._running

    @property
    def has_password(self) -> bool:
        return bool(self._password)

    def configure(self, settings: SharedCalendarSettings, password: str | None = None) -> None:
        """Use these settings for this database from now on (kept in QSettings) and, if given,
        this password for as long as the planner runs (the dialog keeps it in the keyring)."""
        path = self.session.db.path
        save_settings(path, settings)
        if password:
            self._password = password
        elif settings.url != self.settings.url or settings.user != self.settings.user:
            self._password = None
        self._use(settings)

    def _use(self, settings: SharedCalendarSettings) -> None:
        self.settings = settings
        if settings.url and not self._password:
            from scheduler_app.services.sync.password import password_for

            self._password = password_for(settings.url, settings.user, environment=False)
        if settings.url and settings.every_minutes:
            self.timer.start(settings.every_minutes * 60_000)
        else:
            self.timer.stop()
        self._show()

    @Slot()
    def _on_database_opened(self) -> None:
        path = self.session.db.path
        if path == self._path:
            return  # the same database read again (an import replaced its meetings)
        self._path, self._password, self.outcome, self._synced_at = path, None, None, ""
        self._run += 1  # a sync of the database before arrives for no one
        self._running = False
        self._use(load_settings(path))

    def conflicts(self) -> list[StoredConflict]:
        """The conflicts waiting in the open database for the planner to settle."""
        if not self.settings.url:
            return []
        from scheduler_app.services.sync.client import SyncError, check_url

        try:
            url = check_url(self.settings.url, insecure=False)
        except SyncError:
            return []
        return sync_tables.conflicts(self.session.db, url)

    # --- syncing ----------------------------------------------------------------------------------

    @Slot()
    def _on_timer(self) -> None:
        if not self._running:
            self.sync_now()

    def sync_now(self, settle: tuple[str, str] | None = None) -> bool:
        """Start a sync on the worker thread (``settle``: a meeting's code and "mine" or
        "theirs", resolved first); False when one is running or nothing is set up."""
        settings, password = self.settings, self._password
        if self._running or not settings.url or not password:
            self._show()
            return False
        self._running = True
        self._run += 1
        run, path, arrived = self._run, self.session.db.path, self._arrived.emit

        from scheduler_app.services.sync.run import SyncOutcome, sync_file

        def work() -> None:
            try:
                outcome = sync_file(path, settings.url, settings.user, password, settle=settle)
            except Exception as exc:  # anything else too: the status must not stay "syncing"
                outcome = SyncOutcome(problem=f"{type(exc).__name__}: {exc}")
            with contextlib.suppress(RuntimeError):  # the window went meanwhile
                arrived(run, outcome)

        self._show()
        self.sync_started.emit()
        threading.Thread(target=work, name="shared calendar sync", daemon=True).start()
        return True

    @Slot(int, object)
    def _on_arrived(self, run: int, outcome: SyncOutcome) -> None:
        if run != self._run:
            return  # another database was opened meanwhile
        self._running = False
        self.outcome = outcome
        report = outcome.report
        if report is not None:
            self._synced_at = _clock()
            self._record(report)
        self._show()
        self.sync_finished.emit(outcome)

    def _record(self, report: SyncReport) -> None:
        """Put what the sync wrote here on the undo stack as one step: its meetings, and the
        rule settings and waivers, each announced as an edit of its kind (written already)."""
        label = self.tr("Sync with the shared calendar")
        written: list[Undoable] = [
            r for r in (report.one_change(label), report.one_settings_edit(label)) if r is not None
        ]
        stack = self.session.undo_stack
        if len(written) > 1:
            stack.beginMacro(label)
        for record in written:
            self.session.edit(_written(record))
        if len(written) > 1:
            stack.endMacro()

    # --- the status line --------------------------------------------------------------------------

    def text(self) -> str:
        """The status bar's words about the shared calendar ("" when there is none)."""
        if not self.settings.url:
            return ""
        head = self.tr("Shared calendar: ")
        if self._running:
            return head + self.tr("syncing…")
        if not self._password:
            return head + self.tr("no password (File > Shared Calendar…)")
        outcome = self.outcome
        if outcome is None:
            return head + self.tr("not synced yet")
        if outcome.offline:
            n = outcome.unsent
            if n == 1:
                return head + self.tr("offline (will send 1 edit)")
            if n:
                return head + self.tr("offline (will send %1 edits)").replace("%1", str(n))
            return head + self.tr("offline")
        if outcome.problem:
            return head + outcome.problem.splitlines()[0]
        text = head + self.tr("synced %1").replace("%1", self._synced_at)
        n = len(outcome.report.conflicts) if outcome.report is not None else 0
        if n:
            text += " · " + (self.tr("1 conflict") if n == 1 else self.tr("%1 conflicts"))
            text = text.replace("%1", str(n))
        return text

    def _show(self) -> None:
        text = self.text()
        self.label.setText(text)
        self.label.setToolTip(plain_tooltip(text))
        self.label.setVisible(bool(text))
