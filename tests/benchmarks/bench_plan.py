"""Benchmark of ``plan`` (issue 13): an ITU-D study period placed among the bundled calendar.

    python tests/benchmarks/bench_plan.py [--runs 3] [--demo 0]

The template (tests/services/study_period.py): two study groups a year, ten rapporteur groups
twice a year, TDAG yearly, six RPMs, three Councils and WTDC-29, about a hundred meetings, all
placed at once among the bundled calendar's fixed conferences and Councils (or, with --demo N,
among a demo calendar of N meetings instead). Target: under 30 s, no error and no warning.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: find tests/

from scheduler_app.services.checking import checker_for_database
from scheduler_app.services.demo import write_demo
from scheduler_app.services.planner import open_database
from scheduler_app.services.planning import plan, read_template
from tests.services.study_period import write_template


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--demo", type=int, default=0, help="demo meetings besides the bundled")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "study.csv"
        write_template(path)
        with open_database(Path(tmp) / "base.sqlite", with_calendar=not args.demo) as db:
            if args.demo:  # the demo's own conferences and Councils instead of the bundled
                write_demo(db, args.demo)
            base = db.meetings()
            template = read_template(path)
            checker = checker_for_database(
                db, meetings=[*base, *(r.meeting for r in template.rows)]
            )
        print(f"{len(template.to_place)} meetings to place among {len(base)} stored")
        samples = []
        for _ in range(args.runs):
            began = time.monotonic()
            result = plan(template, base, context=checker.calendar.context, policy=checker.policy)
            samples.append(time.monotonic() - began)
            print(
                f"  {result.status}: {samples[-1]:.1f} s, findings left {result.counts}, "
                f"weighted cost {result.cost}"
            )
            for conflict in result.conflicts:
                print(f"    conflict: {conflict.text()}")
        print(f"median {statistics.median(samples):.1f} s (target under 30 s)")


if __name__ == "__main__":
    main()
