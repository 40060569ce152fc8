"""Benchmark of the window's start at scale (not a test: machines here are noisy).

    python tests/benchmarks/bench_window_start.py [--meetings 20000] [--runs 5] [--offscreen]

Makes (once, kept in the temporary folder) a demo database with ``scheduler-app demo``, then
starts ``scheduler-app gui --db PATH`` in a new process ``--runs`` times. Each process reports,
through the window's first-paint probe (``SCHEDULER_REPORT_FIRST_PAINT=1``,
``scheduler_app/ui/first_paint.py``), the seconds from its launch to the window's first paint,
whether the rules' first check was still running then, and when that check was done; then it
quits. Offscreen the start is the launcher's clock just before it starts the process; under
``xvfb-run`` it is the planner process's own start time in ``/proc`` (not the X server's). The window is a real X11 one under ``xvfb-run`` when that is installed, else offscreen.
The goal (issue 12): the first paint under 1 s at 20,000 meetings, the check still running.

The planner's own modules are compiled to bytecode first, as ``pip install`` and the installers
do: an editable install under ``PYTHONDONTWRITEBYTECODE=1`` (this machine's setting) would
otherwise compile all 230 of them again at every start, 0.2-0.3 s that no installed planner
spends.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def demo_database(meetings: int) -> Path:
    """The demo database of ``meetings`` meetings, made once and kept for later runs."""
    path = Path(tempfile.gettempdir()) / f"scheduler-bench-start-{meetings}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "scheduler_app", "demo", "--meetings", str(meetings),
             "--db", str(partial)],
            check=True,
        )  # fmt: skip
        partial.rename(path)
    return path


def one_start(db: Path, offscreen: bool) -> tuple[float, bool, float, float]:
    """Seconds to the first paint, whether the check was still running, seconds to its end,
    and seconds until the meetings were on screen (read after the first paint)."""
    env = {**os.environ, "SCHEDULER_REPORT_FIRST_PAINT": "1"}
    command = [sys.executable, "-m", "scheduler_app", "gui", "--db", str(db)]
    if offscreen or shutil.which("xvfb-run") is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
        command = ["xvfb-run", "-a", *command]
    # a settings folder of its own: no window geometry or filter left by the planner's use
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config
        if command[0] != "xvfb-run":  # the clock read as the process starts
            env["SCHEDULER_LAUNCHED_AT"] = repr(time.time())
        # else the window reads its own start from /proc: the X server's start is not counted
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=120, check=False
        )
    lines = {line.split()[0] + " " + line.split()[1]: line.split() for line in
             done.stdout.splitlines() if line.startswith(("first paint", "check done", "meetings shown"))}  # fmt: skip
    if "first paint" not in lines or "check done" not in lines:
        raise SystemExit(f"no report from the window (exit {done.returncode}):\n{done.stderr}")
    paint = lines["first paint"]
    shown = float(lines["meetings shown"][2]) if "meetings shown" in lines else float(paint[2])
    return float(paint[2]), paint[4] == "running", float(lines["check done"][2]), shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--offscreen", action="store_true", help="even when Xvfb is installed")
    args = parser.parse_args()
    db = demo_database(args.meetings)
    import scheduler_app

    compileall.compile_dir(Path(scheduler_app.__file__).parent, quiet=1)
    platform = "offscreen" if args.offscreen or not shutil.which("xvfb-run") else "xcb (Xvfb)"
    print(f"{args.meetings} meetings, {args.runs} starts, {platform}, bytecode compiled")
    samples = [one_start(db, args.offscreen) for _ in range(args.runs)]
    for n, (paint, running, done, shown) in enumerate(samples, start=1):
        state = "check still running" if running else "check already done"
        print(
            f"  start {n}: first paint {paint:.3f} s ({state}), meetings shown {shown:.3f} s,"
            f" check done {done:.3f} s"
        )
    paints = [s[0] for s in samples]
    checks = [s[2] for s in samples]
    shown_at = [s[3] for s in samples]
    running = sum(s[1] for s in samples)
    print(
        f"median first paint {statistics.median(paints):.3f} s "
        f"(min {min(paints):.3f}, max {max(paints):.3f}); check still running at "
        f"{running} of {len(samples)} first paints; median meetings shown "
        f"{statistics.median(shown_at):.3f} s; median check done {statistics.median(checks):.3f} s"
    )


if __name__ == "__main__":
    main()
