"""Benchmark of the foundation issue's scale targets (not a test: machines here are noisy).

    python tests/benchmarks/bench_foundation.py [--meetings 20000] [--runs 5]

Measures, as a planner would meet them, whole commands from process start to exit:
  1. ``scheduler-app demo --meetings N --db FILE`` (target with 2: under 1.5 s)
  2. ``scheduler-app list --db FILE --format json``
  3. ``scheduler-app gui --db FILE --screenshot PNG``: start, open, load, lay out and paint the
     table, run the first check, write the PNG (target: the table on screen in under 1.5 s)
and, inside one process, the time from creating the main window to the first painted frame, and
the first check the window runs just after.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = [sys.executable, "-m", "scheduler_app"]


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def in_process_window(db: Path, runs: int) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from scheduler_app.services.planner import open_database
    from scheduler_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    times: list[float] = []
    checks: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        window = MainWindow(open_database(db))
        window.show()
        app.processEvents()
        window.grab()  # force a full paint of the visible rows
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        window.check_now()  # what the window does by itself a moment after showing the table
        checks.append(time.perf_counter() - start)
        window.close()
    return times, checks


def describe(label: str, samples: list[float]) -> str:
    return (
        f"{label:<48} median {statistics.median(samples):6.3f} s   "
        f"min {min(samples):6.3f} s   max {max(samples):6.3f} s   (n={len(samples)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        demo, listing, gui, total = [], [], [], []
        for i in range(args.runs):
            db = Path(tmp) / f"demo{i}.sqlite"
            d = timed([*APP, "demo", "--meetings", str(args.meetings), "--db", str(db)])
            lst = timed([*APP, "list", "--db", str(db), "--format", "json"])
            demo.append(d)
            listing.append(lst)
            total.append(d + lst)
            png = Path(tmp) / f"shot{i}.png"
            gui.append(timed([*APP, "gui", "--db", str(db), "--screenshot", str(png)], env))
        window, checks = in_process_window(Path(tmp) / "demo0.sqlite", args.runs)
    n = args.meetings
    print(f"{n} meetings, {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(describe(f"demo --meetings {n}", demo))
    print(describe("list --format json", listing))
    print(describe("demo + list --format json", total))
    print(describe("gui --screenshot (process start to PNG)", gui))
    print(describe("main window built and table painted (in process)", window))
    print(describe("then the first check, findings shown (in process)", checks))


if __name__ == "__main__":
    main()
