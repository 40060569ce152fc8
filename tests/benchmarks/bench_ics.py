"""Benchmark of the iCalendar issue's targets (not a test: machines here are noisy).

    python tests/benchmarks/bench_ics.py [--meetings 20000] [--runs 3]

Whole commands from process start: ``export -o FILE.ics`` of the demo calendar (target under 1 s)
and ``import FILE.ics`` of the 20,000 events into an empty database (target under 3 s), plus the
same two steps inside one process, without interpreter start-up and imports.

Side by side in the same run, on the same file: ``read_ics`` alone (the tokenizer and the
meetings it builds), the whole import in process (database write included; target under 1 s),
and icalendar's ``Calendar.from_ical`` alone; the import's ratio to icalendar's parse is the
second target (0.25 or less).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP = [sys.executable, "-m", "scheduler_app"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def describe(label: str, samples: list[float]) -> str:
    return (
        f"{label:<44} median {statistics.median(samples):6.3f} s   "
        f"min {min(samples):6.3f} s   max {max(samples):6.3f} s   (n={len(samples)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--icalendar-runs", type=int, default=1, help="icalendar takes over 10 s a parse"
    )
    args = parser.parse_args()
    import icalendar

    from scheduler_app.interop.ics_import import read_ics
    from scheduler_app.interop.ics_text import paused_gc
    from scheduler_app.services.calendar_export import build_request, write_ics
    from scheduler_app.services.importing import import_ics
    from scheduler_app.services.planner import open_database

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "demo.sqlite"
        subprocess.run(
            [*APP, "demo", "--meetings", str(args.meetings), "--db", str(source)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ics = Path(tmp) / "demo.ics"
        exports, imports, in_export, in_import = [], [], [], []
        for i in range(args.runs):
            exports.append(timed([*APP, "export", "-o", str(ics), "--force", "--db", str(source)]))
            target = Path(tmp) / f"empty{i}.sqlite"
            subprocess.run(
                [*APP, "init", "--empty", "--db", str(target)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            imports.append(timed([*APP, "import", str(ics), "--db", str(target)]))
            with open_database(source) as db:
                start = time.perf_counter()
                write_ics(Path(tmp) / "again.ics", build_request(db))
                in_export.append(time.perf_counter() - start)
            with open_database(Path(tmp) / f"in{i}.sqlite", with_calendar=False) as db:
                start = time.perf_counter()
                import_ics(db, ics)
                in_import.append(time.perf_counter() - start)
        data = ics.read_bytes()
        reads, parses = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            with paused_gc():
                read_ics(data, str(ics))
            reads.append(time.perf_counter() - start)
        for _ in range(args.icalendar_runs):
            start = time.perf_counter()
            icalendar.Calendar.from_ical(data)
            parses.append(time.perf_counter() - start)
        size = ics.stat().st_size / 1e6
    print(f"{args.meetings} meetings, {size:.1f} MB of iCalendar")
    print(describe("export -o FILE.ics (whole command)", exports))
    print(describe("import FILE.ics (whole command)", imports))
    print(describe("export, in process", in_export))
    print(describe("import, in process (database write included)", in_import))
    print(describe("read_ics alone, in process", reads))
    print(describe("icalendar Calendar.from_ical alone", parses))
    ratio = statistics.median(in_import) / statistics.median(parses)
    print(f"{'import in process / icalendar parse':<44} {ratio:6.3f}   (target 0.25 or less)")


if __name__ == "__main__":
    main()
