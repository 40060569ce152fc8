"""Benchmark of the iCalendar issue's targets (not a test: machines here are noisy).

    python tests/benchmarks/bench_ics.py [--meetings 20000] [--runs 3]

Whole commands from process start: ``export -o FILE.ics`` of the demo calendar (target under 1 s)
and ``import FILE.ics`` of the 20,000 events into an empty database (target under 3 s), the same
for OTHER.ics (the other calendar's file below), plus the export and the reading inside one
process, without interpreter start-up and imports.

Two files are imported: the planner's own export of the demo (every planner field, 16.6 MB) and
20,000 plain all-day events as another calendar writes them (title, place, description; 6.5 MB,
the shape of the file the field notes timed icalendar on). Each import is timed beside
icalendar's parse of the same file, since the ratio holds from one machine to another.

Side by side in the same run, on the same file: ``read_ics`` alone (the tokenizer and the
meetings it builds), the whole import in process (database write included; target under 1 s),
and icalendar's ``Calendar.from_ical`` alone; the import's ratio to icalendar's parse is the
second target (0.25 or less). Each is also given in processor time (``time.process_time``), which
other work on a shared machine disturbs less than the clock; ``--in-process`` skips the whole
commands.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

APP = [sys.executable, "-m", "scheduler_app"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def describe(label: str, samples: list[float], cpu: list[float] | None = None) -> str:
    line = (
        f"{label:<44} median {statistics.median(samples):6.3f} s   "
        f"min {min(samples):6.3f} s   max {max(samples):6.3f} s   (n={len(samples)})"
    )
    return line + (f"   processor {statistics.median(cpu):6.3f} s" if cpu else "")


class Clocks:
    """The clock and the processor time of each sample."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @contextlib.contextmanager
    def sample(self) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        yield
        self.wall.append(time.perf_counter() - wall)
        self.cpu.append(time.process_time() - cpu)

    def describe(self, label: str) -> str:
        return describe(label, self.wall, self.cpu)


def foreign_calendar(n: int) -> bytes:
    """``n`` all-day events as another calendar program writes them."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Other calendar//EN"]
    day0 = dt.date(2026, 1, 5)
    for i in range(n):
        start = day0 + dt.timedelta(days=(i * 7) % 3650)
        end = start + dt.timedelta(days=1 + i % 5)
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{i:06d}@calendar.example.org",
            "DTSTAMP:20261101T090000Z",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:Working group meeting {i}",
            "LOCATION:Geneva\\, Switzerland",
            f"DESCRIPTION:Meeting {i} of the working group. Agenda and documents on its page.",
            "STATUS:CONFIRMED",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def compare(label: str, path: Path, runs: int, icalendar_runs: int, folder: Path) -> None:
    """The import of ``path`` in process beside icalendar's parse of it."""
    import icalendar

    from scheduler_app.interop.ics_import import read_ics
    from scheduler_app.interop.ics_parse import paused_gc
    from scheduler_app.services.importing import import_ics
    from scheduler_app.services.planner import open_database

    imports, reads, parses = Clocks(), Clocks(), Clocks()
    data = path.read_bytes()
    for i in range(runs):
        with (
            open_database(folder / f"{label}-{i}.sqlite", with_calendar=False) as db,
            imports.sample(),
        ):
            import_ics(db, path)
        with reads.sample(), paused_gc():
            read_ics(data, str(path))
    for _ in range(icalendar_runs):
        with parses.sample():
            icalendar.Calendar.from_ical(data)
    print(f"{label}: {len(data) / 1e6:.1f} MB")
    print(imports.describe("  import, in process (database write included)"))
    print(reads.describe("  of which read_ics (no database)"))
    rest = [
        statistics.median(getattr(imports, c)) - statistics.median(getattr(reads, c))
        for c in ("wall", "cpu")
    ]
    print(
        f"{'  the rest: planning and database write':<44} median {rest[0]:6.3f} s   "
        f"processor {rest[1]:6.3f} s"
    )
    print(parses.describe("  icalendar Calendar.from_ical alone"))
    for clock in ("wall", "cpu"):
        ratio = statistics.median(getattr(imports, clock)) / statistics.median(
            getattr(parses, clock)
        )
        what = "clock" if clock == "wall" else "processor time"
        print(f"{'  import / icalendar parse, ' + what:<44} {ratio:6.3f}   (target 0.25 or less)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--icalendar-runs", type=int, default=1, help="icalendar takes seconds a parse"
    )
    parser.add_argument(
        "--in-process", action="store_true", help="only the imports in process beside icalendar"
    )
    args = parser.parse_args()
    from scheduler_app.interop.ics_import import read_ics
    from scheduler_app.interop.ics_parse import paused_gc
    from scheduler_app.services.calendar_export import build_request, write_ics
    from scheduler_app.services.planner import open_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "demo.sqlite"
        subprocess.run(
            [*APP, "demo", "--meetings", str(args.meetings), "--db", str(source)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        ics = folder / "demo.ics"
        foreign = folder / "other-calendar.ics"
        foreign.write_bytes(foreign_calendar(args.meetings))
        exports, imports, foreign_imports, in_export, reads = [], [], [], [], []
        for i in range(0 if args.in_process else args.runs):
            exports.append(timed([*APP, "export", "-o", str(ics), "--force", "--db", str(source)]))
            for path, samples in ((ics, imports), (foreign, foreign_imports)):
                target = folder / f"empty{i}-{path.stem}.sqlite"
                subprocess.run(
                    [*APP, "init", "--empty", "--db", str(target)],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                samples.append(timed([*APP, "import", str(path), "--db", str(target)]))
            with open_database(source) as db:
                start = time.perf_counter()
                write_ics(folder / "again.ics", build_request(db))
                in_export.append(time.perf_counter() - start)
            data = ics.read_bytes()
            start = time.perf_counter()
            with paused_gc():
                read_ics(data, str(ics))
            reads.append(time.perf_counter() - start)
        if args.in_process:
            with open_database(source) as db:
                write_ics(ics, build_request(db))
        else:
            print(f"{args.meetings} meetings, {ics.stat().st_size / 1e6:.1f} MB of iCalendar")
            print(describe("export -o FILE.ics (whole command)", exports))
            print(describe("import FILE.ics (whole command)", imports))
            print(describe("import OTHER.ics (whole command)", foreign_imports))
            print(describe("export, in process", in_export))
            print(describe("read_ics alone, in process", reads))
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(f"{os.cpu_count()} processors, load average {load} (1, 5, 15 minutes)")
        compare("the planner's own export", ics, args.runs, args.icalendar_runs, folder)
        compare(
            "plain all-day events from another calendar",
            foreign,
            args.runs,
            args.icalendar_runs,
            folder,
        )


if __name__ == "__main__":
    main()
