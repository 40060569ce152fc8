"""Benchmark of the week and day layouts (not a test: machines here are noisy).

    python tests/benchmarks/bench_week_layout.py [--meetings 20000] [--runs 20]

On the demo calendar (3,500 of its 20,000 meetings have hours), for its busiest week (most
meetings, timed or not) and its busiest week of timed meetings: the first layout of the week,
the work week and the day from all the meetings (the pane passes them all), seen from Geneva and
from New York, at 1366 and 1920 pixels wide, with fake text metrics (7 px a character, 14 px a
line). Target: a first layout under 50 ms.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import statistics
import time

from scheduler_app.domain import Meeting
from scheduler_app.screen.hours import WeekAxis
from scheduler_app.screen.scene import FontRole
from scheduler_app.screen.week_day import week_scene
from scheduler_app.services.demo import build_demo


class FakeMetrics:
    def width(self, text: str, role: FontRole = FontRole.NORMAL) -> float:
        return 7.0 * max(len(line) for line in text.split("\n"))

    def height(self, role: FontRole = FontRole.NORMAL) -> float:
        return 14.0


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def busiest_weeks(meetings: list[Meeting]) -> tuple[dt.date, dt.date]:
    """The Monday of the week meeting most meetings of at most a month, and of the week with the
    most timed meetings."""
    every: collections.Counter[dt.date] = collections.Counter()
    timed: collections.Counter[dt.date] = collections.Counter()
    for m in meetings:
        if m.days <= 31:
            week = _monday(m.start)
            while week <= m.end:
                every[week] += 1
                week += dt.timedelta(days=7)
        if m.is_timed:
            timed[_monday(m.start)] += 1
    return every.most_common(1)[0][0], timed.most_common(1)[0][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    meetings = build_demo(args.meetings).meetings
    busiest, most_timed = busiest_weeks(meetings)
    print(
        f"{len(meetings)} meetings, {sum(m.is_timed for m in meetings)} with hours; "
        f"busiest week {busiest}, most timed {most_timed}"
    )
    metrics = FakeMetrics()
    for label, first in (("busiest", busiest), ("most timed", most_timed)):
        for days, name in ((7, "week"), (5, "work week"), (1, "day")):
            for zone in ("Europe/Zurich", "America/New_York"):
                for width in (1366 - 300, 1920 - 300):
                    samples = []
                    for _ in range(args.runs):
                        t = time.perf_counter()
                        s = week_scene(
                            meetings, first, days, zone, (), (), None, None, metrics, width
                        )
                        samples.append((time.perf_counter() - t) * 1000)
                    top = s.axis.grid.top if isinstance(s.axis, WeekAxis) else 0.0
                    timed_bars = sum(1 for b in s.bars if b.rect.y >= top)
                    print(
                        f"{label:<10} {name:<9} {zone:<16} {width:>5.0f} px: {len(s.bars):>3} bars "
                        f"({timed_bars:>2} timed), first {samples[0]:5.1f} ms, "
                        f"median {statistics.median(samples):5.1f} ms, max {max(samples):5.1f} ms"
                    )


if __name__ == "__main__":
    main()
