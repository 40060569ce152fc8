"""Benchmark of the printing issue's targets (not a test: machines here are noisy).

    python tests/benchmarks/bench_print.py [--meetings 20000] [--runs 3]

On the demo calendar: a year planner of one year (target under 0.5 s) and a list of all the
meetings, hundreds of pages (target under 10 s), each from the open database to the written PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from scheduler_app.printing.job import Layout, PrintRequest
    from scheduler_app.printing.render import print_pdf
    from scheduler_app.services.demo import write_demo
    from scheduler_app.storage import PlanningDatabase

    app = QGuiApplication.instance() or QGuiApplication([])
    today = dt.date(2026, 11, 22)
    with tempfile.TemporaryDirectory() as tmp:
        db = PlanningDatabase.open(Path(tmp) / "demo.sqlite")
        write_demo(db, args.meetings)
        results: dict[str, list[float]] = {}
        pages: dict[str, int] = {}
        jobs = {
            "year planner, 2027": PrintRequest(Layout.YEAR, year=2027),
            "cycle chart, 2026-2030": PrintRequest(Layout.CYCLE, year=2026),
            "month timetable, March 2027": PrintRequest(
                Layout.MONTH, date_from=dt.date(2027, 3, 1)
            ),
            f"list of all {args.meetings} meetings": PrintRequest(Layout.LIST, annex=False),
            "list of 2027 with compliance annex": PrintRequest(Layout.LIST, year=2027),
        }
        for label, request in jobs.items():
            for _ in range(args.runs):
                start = time.perf_counter()
                pages[label] = print_pdf(db, request, Path(tmp) / "out.pdf", today)
                results.setdefault(label, []).append(time.perf_counter() - start)
        db.close()
    del app
    for label, samples in results.items():
        print(
            f"{label:<40} {pages[label]:>5} pages   median {statistics.median(samples):6.2f} s   "
            f"min {min(samples):6.2f} s"
        )


if __name__ == "__main__":
    main()
