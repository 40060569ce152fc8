"""Benchmark of the screen timeline's layout (not a test: machines here are noisy).

    python tests/benchmarks/bench_timeline_layout.py [--meetings 20000] [--runs 5] [--width 1366]

On the demo calendar, six years (2026-2031) on a timeline, with a fake Metrics (7 px a
character): building the lanes (TimelineLayout), the first scene() of a zoom and a zoom step
(scene() again at another zoom, lanes and text widths cached), for the whole period and for the
visible part only (``visible=``, what the pane asks for). Targets: first scene under 50 ms, a
zoom step under 16 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time


class FakeMetrics:
    def width(self, text: str, role: object = None) -> float:
        return len(text) * 7.0

    def height(self, role: object = None) -> float:
        return 14.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=float, default=1366.0, help="viewport width in px")
    args = parser.parse_args()
    from scheduler_app.screen.timeline import TimelineLayout
    from scheduler_app.services.demo import build_demo

    meetings = build_demo(args.meetings).meetings
    first, last = dt.date(2026, 1, 1), dt.date(2031, 12, 31)
    days = (last - first).days + 1
    metrics = FakeMetrics()
    builds = []
    for _ in range(args.runs):
        start = time.perf_counter()
        TimelineLayout(meetings, today=dt.date(2026, 11, 22))
        builds.append(time.perf_counter() - start)
    _say("TimelineLayout (groups and lanes)", builds, "")
    zooms = {
        "6 years": args.width / days,
        "1 year": args.width / 365,
        "3 months": args.width / 91,
        "2 weeks": args.width / 14,
    }
    for name, px in zooms.items():
        middle = (dt.date(2028, 6, 1) - first).days * px
        for part, visible in (("whole", None), ("visible", (middle, middle + args.width))):
            firsts, steps = [], []
            for _ in range(args.runs):
                fresh = TimelineLayout(meetings, today=dt.date(2026, 11, 22))
                start = time.perf_counter()
                scene = fresh.scene(first, last, px, frozenset(), metrics, visible=visible)
                firsts.append(time.perf_counter() - start)
                # a zoom step: 10 % in, the same place in view
                step_px = px * 1.1
                step_visible = (
                    None if visible is None else (middle * 1.1, middle * 1.1 + args.width)
                )
                start = time.perf_counter()
                fresh.scene(first, last, step_px, frozenset(), metrics, visible=step_visible)
                steps.append(time.perf_counter() - start)
            note = f"{len(scene.bars):5} bars {len(scene.mores):4} strip bins"
            _say(f"{name:>8}, {part:<7} first scene", firsts, note)
            _say(f"{name:>8}, {part:<7} zoom step", steps, "")


def _say(label: str, samples: list[float], note: str) -> None:
    print(
        f"{label:<40} median {statistics.median(samples) * 1000:7.1f} ms   "
        f"min {min(samples) * 1000:7.1f} ms   {note}"
    )


if __name__ == "__main__":
    main()
