"""The commands over the calendar's data: list, import, export, demo, init, copy, bodies, venues."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from scheduler_app.cli_common import (
    EXIT_OK,
    UsageError,
    check_output,
    meeting_filter,
    open_db,
)
from scheduler_app.domain import Meeting, Room
from scheduler_app.storage import PlanningDatabase, StorageError


def _text_table(meetings: Sequence[Meeting]) -> str:
    header = ("Dates", "Code", "Kind", "Title", "Place", "Status")
    rows = [(m.span, m.code, m.kind.value, m.title, m.place, m.status.value) for m in meetings]
    widths = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(len(header))]
    widths[3] = min(widths[3], 60)

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            text = cell if len(cell) <= widths[i] else cell[: widths[i] - 1] + "…"
            out.append(text.ljust(widths[i]))
        return "  ".join(out).rstrip()

    lines = [line(header), line(["-" * w for w in widths])]
    lines += [line(r) for r in rows]
    lines.append(f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''}")
    return "\n".join(lines)


def cmd_list(args: argparse.Namespace) -> int:
    from scheduler_app.services.planner import meeting_json

    where = meeting_filter(args)
    with open_db(args, reading=True) as db:
        meetings = db.meetings(where)
    if args.format == "json":
        # One meeting per line, each through the C encoder (``indent`` would force the slow
        # pure-Python one: 2 s instead of 0.2 s for 20,000 meetings).
        body = ",\n".join(json.dumps(meeting_json(m), ensure_ascii=False) for m in meetings)
        sys.stdout.write(f"[\n{body}\n]\n" if meetings else "[]\n")
    else:
        print(_text_table(meetings))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from scheduler_app.services.importing import import_file

    window = None
    if args.date_from or args.date_to:
        start = args.date_from or dt.date(1900, 1, 1)
        end = args.date_to or dt.date(2100, 12, 31)
        if end < start:
            raise UsageError(f"--to {end} is before --from {start}")
        window = (start, end)
    with open_db(args) as db:
        report = import_file(db, args.file, dry_run=args.dry_run, window=window)
    print(report.summary())
    for reason, count in report.skip_reasons():
        print(f"  skipped: {reason}" + (f" ({count})" if count > 1 else ""))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from scheduler_app.services.planner import export_csv

    output: Path = args.output
    suffix = output.suffix.lower()
    if suffix not in (".csv", ".ics"):
        raise UsageError(f"{output}: name the file .ics (iCalendar) or .csv")
    ics_only = [
        flag
        for flag, value in (
            ("--name", args.name),
            ("--observances", args.observances),
            ("--deadlines", args.deadlines),
            ("--changed-since", args.changed_since),
        )
        if value
    ]
    if suffix == ".csv" and ics_only:
        raise UsageError(f"{', '.join(ics_only)}: only for an .ics export")
    where = meeting_filter(args)
    check_output(output, args.force, (".csv", ".ics"), ".ics (iCalendar) or .csv")
    with open_db(args, reading=True) as db:
        if suffix == ".csv":
            count = export_csv(db, output, where)
            print(f"wrote {count} meetings to {output}")
            return EXIT_OK
        from scheduler_app.services.calendar_export import IcsOptions, export_ics

        options = IcsOptions(
            name=args.name or "ITU Meeting Planner",
            observances=args.observances,
            deadlines=args.deadlines,
            changed_since=args.changed_since,
        )
        result = export_ics(db, output, where, options)
    print(result.summary(output))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from scheduler_app.services.demo import write_demo

    with PlanningDatabase.open(args.db) as db:
        demo = write_demo(db, args.meetings, args.seed)
    years = {m.year for m in demo.meetings}
    print(
        f"wrote {len(demo.meetings)} meetings ({min(years)}-{max(years)}), {len(demo.bodies)} "
        f"bodies and {len(demo.rooms)} rooms to {args.db}"
    )
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from scheduler_app.services.planner import open_database
    from scheduler_app.services.reference import load_reference_calendar

    with open_database(args.db, with_calendar=False) as db:
        if not args.empty:
            report = load_reference_calendar(db)
            print(report.summary())
        print(f"{db.path}: {db.count_meetings()} meetings")
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    output: Path = args.output
    if args.db is not None and not Path(args.db).is_file():
        raise UsageError(f"{args.db}: no such database")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file in it")
    if output.exists() and not args.force:
        raise UsageError(f"{output} exists; use --force to replace it")
    with open_db(args, reading=True) as db:
        try:
            db.save_copy(output)
        except StorageError as exc:
            raise UsageError(str(exc)) from exc
        count = db.count_meetings()
    print(f"copied {count} meetings to {output}")
    return EXIT_OK


def cmd_bodies(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        bodies = db.bodies()
    children: dict[str, list[str]] = {}
    by_code = {b.code: b for b in bodies}
    for b in bodies:
        children.setdefault(b.parent if b.parent in by_code else "", []).append(b.code)

    def walk(code: str, depth: int) -> None:
        for child in sorted(children.get(code, [])):
            b = by_code[child]
            sector = f" [{b.sector.value}]" if b.sector else ""
            name = f"  {b.name}" if b.name and b.name != b.code else ""
            print(f"{'  ' * depth}{b.code}{sector}{name}")
            walk(child, depth + 1)

    walk("", 0)
    return EXIT_OK


def cmd_venues(args: argparse.Namespace) -> int:
    from scheduler_app.services import settings_edits

    with open_db(args) as db:
        if args.set_room:
            venue_name, room_name = args.set_room
            edit = settings_edits.set_room(
                db,
                venue_name,
                room_name,
                capacity=args.capacity,
                city=args.city,
                country=args.country,
                source=args.source,
            )
            added = not any(isinstance(r, Room) for r in edit.before)
            print(f"{'added' if added else 'updated'} {room_name} at {venue_name}")
            return EXIT_OK
        if args.remove_room:
            settings_edits.delete_room_named(db, *args.remove_room)
            print(f"removed {args.remove_room[1]} from {args.remove_room[0]}")
            return EXIT_OK
        for venue in db.venues():
            place = ", ".join(p for p in (venue.city, venue.country) if p)
            print(f"{venue.name}" + (f" ({place})" if place else ""))
            for room in db.rooms(venue.name):
                capacity = f"{room.capacity} seats" if room.capacity else "capacity unknown"
                print(f"  {room.name}: {capacity}")
    return EXIT_OK
