"""The open planning session: one database, its rules' checker, the undo history and the selection.

Every view, panel and action of the window subscribes to this object's signals instead of being
refreshed by hand: an edit goes in through :meth:`Session.edit` (which runs a ``services`` use case
and puts its record on the undo stack), and what it changed comes out as :attr:`meetings_changed`
or :attr:`settings_changed`, then :attr:`findings_changed`.

The first full check of a database runs on a worker thread, so the window paints at once and stays
responsive while observances, holidays and every rule are computed (at 20,000 meetings that takes
a second or two). The checker is built from a snapshot of the meetings; edits made while it runs
are kept and applied to it when it arrives, so no finding is computed against stale meetings.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from scheduler_app.domain import Meeting
from scheduler_app.rules import Checker, Finding
from scheduler_app.services.checking import checker_for_database
from scheduler_app.services.editing import Change, Undoable
from scheduler_app.services.settings_records import SettingsEdit, WaiverRow
from scheduler_app.storage import PlanningDatabase, StorageError
from scheduler_app.storage.checking import load_waivers


class CheckUnavailable(StorageError):
    """The rules cannot check this calendar (a stored rule setting they cannot use, an unreadable
    database); the message says which and how to put it right. A :class:`StorageError`, so what
    already handles a database that cannot be read handles this too."""


class Session(QObject):
    """One planning database on screen, shared by every view, panel and action."""

    database_opened = Signal()
    """Another database is open (or this one's meetings were replaced wholesale, as by an
    import): everything shown must be read again."""
    meetings_changed = Signal(object)
    """An edit of meetings was made, undone or redone; the argument is its :class:`Change`
    (``before`` and ``after`` by id), so a view updates only what it must."""
    settings_changed = Signal(object)
    """An edit of venues, rule policy, observances or waivers; the argument is its record."""
    findings_changed = Signal()
    """The checker's findings changed (after a check, an edit, a waiver)."""
    checking_changed = Signal(bool)
    """True when a full check starts on the worker thread, False when its checker arrived."""
    selection_changed = Signal(object)
    """The selected meetings changed; the argument is the tuple of their ids, current first."""
    edit_failed = Signal(str, str)
    """An edit was refused (read-only database, a conflict, a full disk): title and message."""

    def __init__(self, db: PlanningDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._checker: Checker | None = None
        self._pending: Future[Checker] | None = None
        self._generation = 0
        self._queued: list[Change] = []
        self._selected: tuple[str, ...] = ()
        self.check_error: CheckUnavailable | None = None
        """Why the last check failed, until another starts (then :attr:`checker` raises it
        instead of checking again, which would fail the same way)."""
        self.closed = False
        self.loaded: list[Meeting] = []
        """The meetings as read by the last :meth:`reload`, for the subscribers of
        :attr:`database_opened` (one read of the database for all of them and the check)."""
        self._relay = _Relay(self)
        self._relay.checked.connect(self._on_checked)

    # --- the database -----------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether the open database refuses writes (a read-only file, folder or disk)."""
        return bool(getattr(self.db, "read_only", False))

    def open(self, db: PlanningDatabase) -> None:
        """Show another database; the old one is closed and its undo history dropped."""
        old, self.db = self.db, db
        self.undo_stack.clear()
        self._selected = ()
        if old is not db:
            old.close()
        self.reload()

    def close(self) -> None:
        """Close the database; a check still running is forgotten when it arrives."""
        self._generation += 1
        self._pending = None
        self._queued.clear()
        self.closed = True
        self.db.close()

    def reload(self, *, check: bool = True) -> None:
        """Tell every subscriber to read the database again (the meetings once, as
        :attr:`loaded`), and check it anew unless ``check`` is False."""
        self.loaded = self.db.meetings()
        self.database_opened.emit()
        # The calendar just read lives as long as the window: kept out of the collector's
        # full passes, which otherwise walk its 100,000 objects in the middle of a layout.
        gc.freeze()
        if check:
            self.start_check(meetings=self.loaded)

    # --- the rules --------------------------------------------------------------------------------

    @property
    def checking(self) -> bool:
        """Whether a full check is running: :attr:`checker` would wait for it."""
        return self._pending is not None

    @property
    def checker(self) -> Checker:
        """The rules' view of the calendar; waits for a running check to finish. Raises
        :class:`CheckUnavailable` when the check failed (and was said to the planner)."""
        if self._pending is not None:
            self._on_checked(self._generation, self._pending)
        if self._checker is None and self.check_error is None:
            self.start_check(background=False)
        if self._checker is None:
            assert self.check_error is not None
            raise self.check_error
        return self._checker

    def checker_or_say(self, title: str) -> Checker | None:
        """:attr:`checker`, or None when the calendar cannot be checked, said by
        :attr:`edit_failed` under ``title`` (for a slot that needs the rules)."""
        try:
            return self.checker
        except CheckUnavailable as exc:
            self.edit_failed.emit(title, str(exc))
            return None

    @property
    def checked(self) -> Checker | None:
        """The latest checker that arrived, without waiting (None before the first check):
        while a later check runs it is the previous one."""
        return self._checker

    def findings(self) -> list[Finding]:
        """The current findings, or none while the first check runs."""
        return self._checker.findings() if self._checker is not None else []

    def start_check(
        self, *, background: bool = True, meetings: list[Meeting] | None = None
    ) -> None:
        """Check the whole calendar again, on the worker thread unless ``background`` is False;
        ``meetings`` are those just read from the database, if they were."""
        if self.closed:
            return  # the window went before its check was due
        self._generation += 1
        self._queued.clear()
        self.check_error = None
        if meetings is None:
            meetings = self.db.meetings()
        if not background:
            self._pending = None
            try:
                self._checker = checker_for_database(self.db, meetings=meetings)
            except (StorageError, ValueError) as exc:  # a stored rule setting that cannot be used
                self._failed(exc)
                return
            self.checking_changed.emit(False)
            self.findings_changed.emit()
            return
        future: Future[Checker] = Future()
        self._pending = future
        generation, path, read_only = self._generation, self.db.path, self.read_only
        relay = self._relay

        def run() -> None:
            try:
                # A connection of its own: SQLite connections stay on the thread that made them.
                with PlanningDatabase.open(path, create=False, read_only=read_only) as db:
                    future.set_result(checker_for_database(db, meetings=meetings))
            except BaseException as exc:  # handed to whoever waits for the result
                future.set_exception(exc)
            # the window (and with it the relay) may have gone meanwhile: no one is waiting
            with contextlib.suppress(RuntimeError):
                relay.checked.emit(generation, future)

        self.checking_changed.emit(True)
        threading.Thread(target=run, name="full check", daemon=True).start()

    @Slot(int, object)
    def _on_checked(self, generation: int, result: object) -> None:
        if generation != self._generation or self._pending is None:
            return  # an older check, or one already taken by :attr:`checker`
        self._pending = None
        try:
            checker = result.result() if isinstance(result, Future) else result
        except (StorageError, ValueError) as exc:  # a stored rule setting that cannot be used
            self._failed(exc)
            self.edit_failed.emit(self.tr("Cannot check the calendar"), str(exc))
            return
        assert isinstance(checker, Checker)
        self._checker = checker
        for change in self._queued:  # edits made while it ran, in their order
            checker.update(change.before, change.after)
        self._queued.clear()
        checker.set_waivers(load_waivers(self.db))  # a waiver given while it ran counts too
        self.checking_changed.emit(False)
        self.findings_changed.emit()

    def _failed(self, exc: Exception) -> None:
        """The check failed: no findings, and no checker until another check starts."""
        self._checker = None
        self.check_error = CheckUnavailable(str(exc))
        self.check_error.__cause__ = exc
        self.checking_changed.emit(False)
        self.findings_changed.emit()

    def refresh_waivers(self) -> None:
        """After a waiver was added or removed: show the findings with the stored waivers."""
        if self._pending is None and self._checker is not None:
            self._checker.set_waivers(load_waivers(self.db))
            self.findings_changed.emit()

    # --- edits ------------------------------------------------------------------------------------

    def edit(
        self,
        action: Callable[[], Undoable],
        *,
        on_refused: Callable[[str], object] | None = None,
    ) -> Undoable | None:
        """Run one edit (one transaction), put it on the undo stack and announce what changed;
        a refused edit changes nothing and is announced by :attr:`edit_failed`, or, when the
        caller shows refusals itself (an editor's inline line), given to ``on_refused``."""
        try:
            record = action()
        except (StorageError, ValueError) as exc:
            if on_refused is not None:
                on_refused(str(exc))
            else:
                self.edit_failed.emit(self.tr("Not changed"), str(exc))
            return None
        self.undo_stack.push(_EditCommand(self, record))
        return record

    def applied(self, record: Undoable) -> None:
        """Announce an edit that was written (made, undone or redone)."""
        if isinstance(record, Change):
            if self._pending is not None:
                self._queued.append(record)
            elif self._checker is not None:
                self._checker.update(record.before, record.after)
            self.meetings_changed.emit(record)
            self.findings_changed.emit()
        elif isinstance(record, SettingsEdit) and all(
            isinstance(row, WaiverRow) for row in (*record.before, *record.after)
        ):  # a waiver changes which findings count, not what the rules find
            self.settings_changed.emit(record)
            self.refresh_waivers()
        else:  # venues, policy or observances: the rules read them all
            self.settings_changed.emit(record)
            self.start_check()

    # --- selection --------------------------------------------------------------------------------

    @property
    def selected_ids(self) -> tuple[str, ...]:
        return self._selected

    def select(self, meeting_ids: Sequence[str]) -> None:
        """Make these the selected meetings (the first is the current one)."""
        ids = tuple(dict.fromkeys(meeting_ids))
        if ids != self._selected:
            self._selected = ids
            self.selection_changed.emit(ids)

    def selected_meetings(self) -> list[Meeting]:
        """The selected meetings as the database holds them now."""
        return self.db.meetings_by_ids(list(self._selected)) if self._selected else []


class _Relay(QObject):
    """Carries the worker thread's result to the GUI thread (a queued signal)."""

    checked = Signal(int, object)


class _EditCommand(QUndoCommand):
    """An edit already written; undo and redo write its reverse and back, each a new edit.

    A step the database refuses (another connection made a meeting of a venue being removed
    again, a full disk) changes nothing, so the stack is put back where the database is: the
    command stays undoable after a refused undo, redoable after a refused redo."""

    def __init__(self, session: Session, record: Undoable) -> None:
        super().__init__(record.label)
        self.session = session
        self.record = record
        self._reverse: Undoable | None = None
        self._pushed = False
        self._unwritten = False
        """The stack's next step over this command only puts its index back: the database
        already is where that step leads, as a step was refused."""

    def redo(self) -> None:
        if not self._pushed:  # made before it was pushed: only announce it
            self._pushed = True
            self.session.applied(self.record)
            return
        if self._unwritten:
            self._unwritten = False
            return
        assert self._reverse is not None
        self._write(self._reverse, forward=True)

    def undo(self) -> None:
        if self._unwritten:
            self._unwritten = False
            return
        self._write(self.record, forward=False)

    def _write(self, record: Undoable, *, forward: bool) -> None:
        stack = self.session.undo_stack
        at = stack.index()  # Qt moves the index only after this returns
        try:
            result = record.undo(self.session.db)
        except (StorageError, ValueError) as exc:  # SettingsRefused, EditRefused are ValueErrors
            title = self.session.tr("Cannot redo") if forward else self.session.tr("Cannot undo")
            self._unwritten = True
            moved, message = at + 1 if forward else at - 1, str(exc)
            # once Qt has moved the index (it sets it after this returns), and only then the
            # message: a modal box's event loop must not run before Qt has moved it
            QTimer.singleShot(
                0, self.session, lambda: self._put_back(stack, moved, at, title, message)
            )
            return
        if forward:
            self.record = result
        else:
            self._reverse = result
        self.session.applied(result)

    def _put_back(
        self, stack: QUndoStack, moved: int, index: int, title: str, message: str
    ) -> None:
        """Move the stack's index from ``moved`` back to ``index`` over the refused step (which
        finds this command unwritten and writes nothing), unless the stack went on meanwhile;
        then say why the step was refused."""
        with contextlib.suppress(RuntimeError):  # the stack went with its window
            if self._unwritten and stack.index() == moved:
                stack.setIndex(index)
            self._unwritten = False
            self.session.edit_failed.emit(title, message)
