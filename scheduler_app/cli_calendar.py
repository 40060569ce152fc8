"""The commands over the calendar's data: list, import, export, demo, init, copy, bodies, venues."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from scheduler_app import i18n
from scheduler_app.cli_common import (
    EXIT_OK,
    UsageError,
    body_name,
    check_output,
    exists_use_force,
    is_a_folder,
    meeting_filter,
    no_database,
    open_db,
    pad,
    to_before_from,
    width,
)
from scheduler_app.domain import Meeting, Room
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate
from scheduler_app.services.report_words import count, kind_word, status_word
from scheduler_app.storage import PlanningDatabase, StorageError

HEADER = (
    QT_TRANSLATE_NOOP("CommandLine", "Dates"),
    QT_TRANSLATE_NOOP("CommandLine", "Code"),
    QT_TRANSLATE_NOOP("CommandLine", "Kind"),
    QT_TRANSLATE_NOOP("CommandLine", "Title"),
    QT_TRANSLATE_NOOP("CommandLine", "Place"),
    QT_TRANSLATE_NOOP("CommandLine", "Status"),
)


# The reasons interop.ics_import gives in so many words; the others name a line of the file
# and stay as it writes them.
SKIP_REASONS = (
    QT_TRANSLATE_NOOP("CommandLine", "observance, holiday or deadline written by the planner"),
)


def _row(m: Meeting, english: bool) -> tuple[str, ...]:
    # English lists the slugs --kind and --status take; the other languages their names
    if english:
        return (m.span, m.code, m.kind.value, m.title, m.place, m.status.value)
    kind, status = kind_word(m.kind.short_label), status_word(m.status)
    return (m.span, m.code, kind, m.title, m.place, status)


def _text_table(meetings: Sequence[Meeting]) -> str:
    english = i18n.language() == "en"
    header = [translate("CommandLine", h) for h in HEADER]
    rows = [_row(m, english) for m in meetings]
    widths = [max([width(header[i])] + [width(r[i]) for r in rows]) for i in range(len(header))]
    widths[3] = min(widths[3], 60)

    def line(cells: Sequence[str]) -> str:
        return "  ".join(pad(cell, widths[i]) for i, cell in enumerate(cells)).rstrip()

    lines = [line(header), line(["-" * w for w in widths])]
    lines += [line(r) for r in rows]
    n = len(meetings)
    if n == 1:
        lines.append(translate("CommandLine", "{n} meeting").format(n=count(n)))
    else:
        lines.append(translate("CommandLine", "{n} meetings").format(n=count(n)))
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
            raise UsageError(to_before_from(end, start))
        window = (start, end)
    with open_db(args) as db:
        report = import_file(db, args.file, dry_run=args.dry_run, window=window)
    print(report.summary())
    for reason, times in report.skip_reasons():
        if times > 1:
            line = translate("CommandLine", "  skipped: {reason} ({n})")
        else:
            line = translate("CommandLine", "  skipped: {reason}")
        print(line.format(reason=translate("CommandLine", reason), n=count(times)))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from scheduler_app.services.planner import export_csv

    output: Path = args.output
    suffix = output.suffix.lower()
    if suffix not in (".csv", ".ics"):
        raise UsageError(
            translate("CommandLine", "{path}: name the file .ics (iCalendar) or .csv").format(
                path=output
            )
        )
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
        raise UsageError(
            translate("CommandLine", "{options}: only for an .ics export").format(
                options=", ".join(ics_only)
            )
        )
    where = meeting_filter(args)
    check_output(
        output, args.force, (".csv", ".ics"), translate("CommandLine", ".ics (iCalendar) or .csv")
    )
    with open_db(args, reading=True) as db:
        if suffix == ".csv":
            written = export_csv(db, output, where)
            text = translate("CommandLine", "wrote {n} meetings to {path}")
            print(text.format(n=count(written), path=output))
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
    text = translate(
        "CommandLine",
        "wrote {meetings} meetings ({first}-{last}), {bodies} bodies and {rooms} rooms to {path}",
    )
    print(
        text.format(
            meetings=count(len(demo.meetings)),
            first=min(years),
            last=max(years),
            bodies=count(len(demo.bodies)),
            rooms=count(len(demo.rooms)),
            path=args.db,
        )
    )
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from scheduler_app.services.planner import open_database
    from scheduler_app.services.reference import load_reference_calendar

    with open_database(args.db, with_calendar=False) as db:
        if not args.empty:
            report = load_reference_calendar(db)
            print(report.summary())
        text = translate("CommandLine", "{path}: {n} meetings")
        print(text.format(path=db.path, n=count(db.count_meetings())))
    return EXIT_OK


def cmd_copy(args: argparse.Namespace) -> int:
    output: Path = args.output
    if args.db is not None and not Path(args.db).is_file():
        raise UsageError(no_database(args.db))
    if output.is_dir():
        raise UsageError(is_a_folder(output))
    if output.exists() and not args.force:
        raise UsageError(exists_use_force(output))
    with open_db(args, reading=True) as db:
        try:
            db.save_copy(output)
        except StorageError as exc:
            raise UsageError(str(exc)) from exc
        copied = db.count_meetings()
    text = translate("CommandLine", "copied {n} meetings to {path}")
    print(text.format(n=count(copied), path=output))
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
            name = body_name(b)
            name = f"  {name}" if name and name != b.code else ""
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
            if added:
                text = translate("CommandLine", "added {room} at {venue}")
            else:
                text = translate("CommandLine", "updated {room} at {venue}")
            print(text.format(room=room_name, venue=venue_name))
            return EXIT_OK
        if args.remove_room:
            settings_edits.delete_room_named(db, *args.remove_room)
            text = translate("CommandLine", "removed {room} from {venue}")
            print(text.format(room=args.remove_room[1], venue=args.remove_room[0]))
            return EXIT_OK
        for venue in db.venues():
            place = ", ".join(p for p in (venue.city, venue.country) if p)
            print(f"{venue.name}" + (f" ({place})" if place else ""))
            for room in db.rooms(venue.name):
                if room.capacity:
                    seats = translate("CommandLine", "{n} seats").format(n=count(room.capacity))
                else:
                    seats = translate("CommandLine", "capacity unknown")
                print(f"  {room.name}: {seats}")
    return EXIT_OK
