"""Benchmark of the rules issue's targets (not a test: machines here are noisy).

    python tests/benchmarks/bench_rules.py [--meetings 20000] [--runs 7]

On the demo calendar: a full check of every rule (target under 200 ms), and the re-check after
moving one meeting by a week (target under 20 ms), for meetings of several kinds, since what a
move costs depends on which rules read that kind.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from scheduler_app.domain import MeetingKind
from scheduler_app.rules import Checker
from scheduler_app.services.checking import checker_for_database
from scheduler_app.services.demo import write_demo
from scheduler_app.storage import PlanningDatabase

AS_OF = dt.date(2026, 11, 22)


def ms(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples) * 1000:7.1f} ms   "
        f"min {min(samples) * 1000:7.1f} ms   max {max(samples) * 1000:7.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        write_demo(db, args.meetings)
        start = time.perf_counter()
        checker = checker_for_database(db, as_of=AS_OF)
        first = time.perf_counter() - start
        meetings = list(checker.calendar.by_id.values())
        db.close()

    full = []
    for _ in range(args.runs):
        start = time.perf_counter()
        fresh = Checker(checker.calendar, checker.policy, checker.rules, checker.waivers)
        fresh.findings()
        full.append(time.perf_counter() - start)
    print(f"{len(meetings)} meetings, {len(checker.findings())} findings")
    print(f"load observances, index and first check         {first * 1000:7.1f} ms")
    print(f"full check, every rule                           {ms(full)}")

    week = dt.timedelta(days=7)
    for kind in (
        MeetingKind.RAPPORTEUR_GROUP,
        MeetingKind.STUDY_GROUP,
        MeetingKind.WORKSHOP,
        MeetingKind.COUNCIL,
        MeetingKind.WRC,
        MeetingKind.PP,
    ):
        candidates = [m for m in meetings if m.kind is kind]
        samples = []
        for i in range(args.runs):
            m = candidates[(i * 37) % len(candidates)]
            moved = m.replace(start=m.start + week, end=m.end + week)
            start = time.perf_counter()
            checker.update([m], [moved])
            checker.findings()
            samples.append(time.perf_counter() - start)
            checker.update([moved], [m])  # put it back
        print(f"move one {kind.value:<20} and re-check        {ms(samples)}")


if __name__ == "__main__":
    main()
