"""Benchmark of the screen's month grid and year planner layouts (not a test: machines here are
noisy).

    python tests/benchmarks/bench_grid_layouts.py [--meetings 20000] [--runs 5]

On the demo calendar, headless with a fake Metrics (7 px a character, 14 px a line): the first
layout in the process (cold caches: label forms, tooltips), then the layout of each further
month or year (each one a first layout of that period), given the whole calendar or only the
period's meetings, at the widths of a 1366x768 and a 1920x1080 screen less a side panel; and a
scroll step's query of the visible bars. Target (issue 11): a first layout under 50 ms. Wall
time and the process's CPU time are both given: on a loaded machine the wall time is the CPU
time plus waiting for a core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable, Sequence

from scheduler_app.domain import Meeting
from scheduler_app.screen.month_grid import month_grid_scene
from scheduler_app.screen.scene import FontRole, Rect, Scene
from scheduler_app.screen.year_planner import year_planner_scene
from scheduler_app.services.demo import build_demo

WIDTHS = (900.0, 1450.0)


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * len(text)

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def timed(action: Callable[[], Scene]) -> tuple[float, float, Scene]:
    """(wall ms, CPU ms, result) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    scene = action()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000, scene


def within(meetings: Sequence[Meeting], first: dt.date, last: dt.date) -> list[Meeting]:
    return [m for m in meetings if m.start <= last and m.end >= first]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    meetings = build_demo(args.meetings).meetings
    metrics = FakeMetrics()
    today = dt.date(2026, 11, 22)
    rows: list[tuple[str, list[float], list[float], str]] = []

    def month(day: dt.date, ms: Sequence[Meeting], width: float) -> Callable[[], Scene]:
        return lambda: month_grid_scene(ms, day, [], [], today, metrics, width)

    def year(y: int, ms: Sequence[Meeting], width: float) -> Callable[[], Scene]:
        return lambda: year_planner_scene(ms, y, [], [], today, metrics, width)

    wall, cpu, scene = timed(year(2027, meetings, WIDTHS[0]))
    rows.append(("year 2027, first in the process", [wall], [cpu], f"{len(scene.bars)} bars"))
    wall, cpu, scene = timed(month(dt.date(2026, 12, 1), meetings, WIDTHS[0]))
    rows.append(("December 2026, first month", [wall], [cpu], f"{len(scene.bars)} bars"))
    for width in WIDTHS:
        for given in ("all meetings", "the period's"):
            walls, cpus, sizes = [], [], []
            for i in range(args.runs):
                y = 2028 + i
                ms = (
                    meetings
                    if given == "all meetings"
                    else within(meetings, dt.date(y, 1, 1), dt.date(y, 12, 31))
                )
                wall, cpu, scene = timed(year(y, ms, width))
                walls.append(wall)
                cpus.append(cpu)
                sizes.append(len(scene.bars))
            rows.append(
                (
                    f"a new year, {width:.0f} px, {given}",
                    walls,
                    cpus,
                    f"~{int(statistics.mean(sizes))} bars",
                )
            )
            walls, cpus, sizes = [], [], []
            for i in range(args.runs):
                first = dt.date(2033 + i, 3 + i, 1)
                ms = (
                    meetings
                    if given == "all meetings"
                    else within(
                        meetings, first - dt.timedelta(days=7), first + dt.timedelta(days=42)
                    )
                )
                wall, cpu, scene = timed(month(first, ms, width))
                walls.append(wall)
                cpus.append(cpu)
                sizes.append(len(scene.bars))
            rows.append(
                (
                    f"a new month, {width:.0f} px, {given}",
                    walls,
                    cpus,
                    f"~{int(statistics.mean(sizes))} bars",
                )
            )
    scene = year_planner_scene(meetings, 2027, [], [], today, metrics, WIDTHS[0])
    walls = []
    for i in range(200):  # a scroll step: the bars of one screen's height at another offset
        start = time.perf_counter()
        scene.bars_in(Rect(0, (i * 37.0) % max(1.0, scene.height - 700), WIDTHS[0], 700))
        walls.append((time.perf_counter() - start) * 1000)
    rows.append(("year 2027: visible bars for a scroll step", walls, walls, "700 px high"))
    for label, walls, cpus, note in rows:
        print(
            f"{label:<44} median {statistics.median(walls):6.1f} ms wall "
            f"{statistics.median(cpus):6.1f} ms CPU   max {max(walls):6.1f} ms   {note}"
        )


if __name__ == "__main__":
    main()
