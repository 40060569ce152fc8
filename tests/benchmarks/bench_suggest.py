"""Benchmark of ``suggest`` on the demo calendar (not a test: machines here are noisy).

    python tests/benchmarks/bench_suggest.py [--meetings 20000] [--runs 5]

Target (issue 13): dates over one year for one meeting in under 300 ms, the checker built once
beforehand (its build is timed apart). Meetings of three kinds, since the cost of a full check of a
candidate depends on the rules that read that kind. "proven" says the lower bound (local rules,
and the findings naming the meeting that other rules give alone) settled the ranking within the
budget of full checks; a WTDC, warned wherever it starts, is the case that needs the second part.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from scheduler_app.domain import MeetingKind, Sector
from scheduler_app.services.checking import checker_for_database
from scheduler_app.services.demo import write_demo
from scheduler_app.services.suggesting import suggest
from scheduler_app.storage import PlanningDatabase

YEAR = 2031


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        write_demo(db, args.meetings)
        start = time.perf_counter()
        checker = checker_for_database(db)
        build = time.perf_counter() - start
        db.close()
    cal = checker.calendar
    print(f"{len(cal)} meetings; checker built in {build * 1000:.0f} ms (not counted below)")
    picks = [
        next(
            m
            for m in cal.of_kind(MeetingKind.STUDY_GROUP)
            if m.year == YEAR and m.sector is Sector.D
        ),
        next(m for m in cal.of_kind(MeetingKind.COUNCIL) if m.year == YEAR),
        next(m for m in cal.of_kind(MeetingKind.WTDC) if m.year > YEAR),
    ]
    for m in picks:
        within = (dt.date(m.year, 1, 1), dt.date(m.year, 12, 31))
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            result = suggest(checker, m, within=within)
            samples.append(time.perf_counter() - start)
        best = result.candidates[0]
        print(
            f"{m.kind.value:<12} {m.label:<20} median {statistics.median(samples) * 1000:6.0f} ms"
            f"  (min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f})"
            f"  {result.considered} starts, {result.checked_in_full} in full, "
            f"proven {result.proven}; best {best.start} {best.counts}"
        )


if __name__ == "__main__":
    main()
