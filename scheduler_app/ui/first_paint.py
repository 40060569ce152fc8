"""A probe for the start-up benchmark: with ``SCHEDULER_REPORT_FIRST_PAINT=1`` the window
prints how long after the process started it first painted and whether the rules' check was
still running, then quits once the check is done (``tests/benchmarks/bench_window_start.py``).

The start is the launcher's clock reading in ``SCHEDULER_LAUNCHED_AT`` (seconds since the epoch)
when it passes one, else the process's start time from ``/proc``."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from scheduler_app.ui.session import Session

ENV_FLAG = "SCHEDULER_REPORT_FIRST_PAINT"
ENV_LAUNCHED = "SCHEDULER_LAUNCHED_AT"


def process_start() -> float:
    """When this process started, in seconds since the epoch."""
    launched = os.environ.get(ENV_LAUNCHED)
    if launched:
        return float(launched)
    # Field 22 of /proc/self/stat is the start in clock ticks after boot. The boot's own time
    # must not come from btime in /proc/stat: it is a whole second, which put every start up
    # to a second early (0.38 s here: the whole gap once seen between real and offscreen
    # windows). The clock since boot, read now, gives the age of the process to a tick.
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started_after_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started_after_boot
        return time.time() - age
    except (OSError, ValueError, IndexError, AttributeError):  # not Linux
        return time.time()


def wanted() -> bool:
    return os.environ.get(ENV_FLAG, "") not in ("", "0")


class FirstPaintProbe(QObject):
    """Watches one window's first paint and the session's first check."""

    def __init__(self, window: QWidget, session: Session, *, meetings_later: bool = False) -> None:
        """``meetings_later``: the window reads the meetings after its first paint, and the
        check starts only after that."""
        super().__init__(window)
        self.start = process_start()
        self.session = session
        self.meetings_pending = meetings_later
        self.painted = False
        self.checked_at: float | None = None
        window.installEventFilter(self)
        session.checking_changed.connect(self._on_checking_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            # reported once the paint is done, when control is back in the event loop
            QTimer.singleShot(0, self._report_paint)
        return False

    def meetings_shown(self) -> None:
        """The window read the meetings after its first paint: say when they were on screen."""
        print(f"meetings shown {time.time() - self.start:.3f}", flush=True)
        self.meetings_pending = False

    def _report_paint(self) -> None:
        # a check not started yet (the meetings are read after this paint) did not hold it up
        waiting = self.session.checking or self.meetings_pending
        print(
            f"first paint {time.time() - self.start:.3f} check {'running' if waiting else 'done'}",
            flush=True,
        )
        if not waiting:
            self._finish()

    def _on_checking_changed(self, checking: bool) -> None:
        if checking:
            return
        self.checked_at = time.time()
        if self.painted:
            self._finish()

    def _finish(self) -> None:
        done = self.checked_at if self.checked_at is not None else time.time()
        print(f"check done {done - self.start:.3f}", flush=True)
        sys.stdout.flush()
        app = QApplication.instance()
        if app is not None:
            QTimer.singleShot(0, app.quit)
