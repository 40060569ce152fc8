"""The ``scheduler-app`` command: every headless feature of the planner, and the way into the GUI.

Exit status: 0 success, 2 bad input (a malformed file, an unknown kind, a damaged database), with
one message per problem on standard error naming the file, line or field.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scheduler_app import APP_NAME, __version__
from scheduler_app.domain import InvalidBody, Meeting, MeetingKind, Room, Sector, Status
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.kinds import E, parse_enum
from scheduler_app.i18n import LANGUAGES, set_language, system_language
from scheduler_app.interop.atomic import OutputError
from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.storage import MeetingFilter, PlanningDatabase, StorageError

if TYPE_CHECKING:
    from scheduler_app.rules import Finding

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A value on the command line that the planner cannot use."""


# --- argument types ------------------------------------------------------------------------------


def _window_size(text: str) -> tuple[int, int]:
    """``1366x768`` as (width, height): a window a screen can show, 320x240 to 7680x4320."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768"
        )
    w, h = int(width), int(height)
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(f"{text}: a window from 320x240 to 7680x4320, please")
    return w, h


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _enum_type(enum: type[E], field: str) -> Callable[[str], E]:
    def convert(text: str) -> E:
        try:
            return parse_enum(enum, text, field)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = field
    return convert


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def _year(text: str) -> int:
    """A year as planners write it: 2030 (the dates the domain accepts run from 1865 to 2199)."""
    if not (len(text) == 4 and text.isdigit() and 1865 <= int(text) <= 2199):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year from 1865 to 2199")
    return int(text)


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="planning database file (default: the per-user database, created with the bundled "
        "ITU calendar on first use)",
    )


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="only meetings ending on or after DATE",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help="only meetings starting on or before DATE",
    )
    p.add_argument(
        "--kind",
        nargs="+",
        action="extend",
        default=[],
        metavar="K",
        type=_enum_type(MeetingKind, "kind"),
        help="only these kinds: " + ", ".join(k.value for k in MeetingKind),
    )
    p.add_argument(
        "--sector",
        nargs="+",
        action="extend",
        default=[],
        metavar="S",
        type=_enum_type(Sector, "sector"),
        help="only these Sectors: GS, R, T, D",
    )
    p.add_argument(
        "--status",
        nargs="+",
        action="extend",
        default=[],
        metavar="S",
        type=_enum_type(Status, "status"),
        help="only these statuses: " + ", ".join(s.value for s in Status),
    )
    p.add_argument(
        "--body",
        nargs="+",
        action="extend",
        default=[],
        metavar="B",
        help='only meetings of these bodies or of bodies reporting to them, e.g. "ITU-D SG1"',
    )


def _filter(args: argparse.Namespace) -> MeetingFilter:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise UsageError(f"--to {args.date_to} is before --from {args.date_from}")
    return MeetingFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        kinds=frozenset(args.kind),
        sectors=frozenset(args.sector),
        statuses=frozenset(args.status),
        bodies=frozenset(b.strip() for b in args.body if b.strip()),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scheduler-app",
        description=f"{APP_NAME}: plan ITU conferences, Council sessions and study groups. "
        "Without a command, opens the planner window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        metavar="LANG",
        help="the language of the window, the prints and the text output: "
        + ", ".join(LANGUAGES)
        + " (default: for the window the one chosen in View > Language, else the system's "
        "when it is one of these, else en)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "gui", help="open the planner window", description="Open the planner window."
    )
    add_db_option(p)
    p.add_argument(
        "--view",
        choices=("agenda", "year", "timeline", "month", "week", "day"),
        default=None,
        help="the view to open on (default: the one last used; agenda for --screenshot)",
    )
    p.add_argument("--date", type=_date, metavar="DATE", help="the date to show (default: today)")
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the main window offscreen to PNG and exit",
    )
    p.add_argument(
        "--size",
        type=_window_size,
        default=(1400, 820),
        metavar="WxH",
        help="the window's size for --screenshot, e.g. 1366x768 (default: 1400x820)",
    )

    p = sub.add_parser("list", help="list meetings", description="List meetings, by start date.")
    add_db_option(p)
    _add_filters(p)
    p.add_argument("--format", choices=("text", "json"), default="text")

    p = sub.add_parser(
        "import",
        help="import meetings from a CSV or iCalendar file (all or nothing)",
        description="Import meetings from FILE.csv (the interchange format, see README) or "
        "FILE.ics (Outlook, Google, Thunderbird, ITU calendars, the planner's own exports). "
        "Everything is checked first; one bad row or event and nothing is written. Rows and "
        "events update the meeting with the same UID, code or id instead of duplicating it.",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    add_db_option(p)
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="expand recurring iCalendar series from DATE (default: 1 Jan last year)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help="... up to DATE (default: ten years on)",
    )

    p = sub.add_parser(
        "export",
        help="export meetings to an iCalendar (.ics) or CSV file",
        description="Export meetings to FILE.ics (iCalendar, for Outlook and other calendars) or "
        "FILE.csv (the interchange format), with the same filters as `list`.",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    add_db_option(p)
    _add_filters(p)
    p.add_argument("--name", default=None, help="calendar name shown by Outlook (.ics only)")
    p.add_argument(
        "--observances",
        action="store_true",
        help="add religious periods and venue public holidays as free time (.ics)",
    )
    p.add_argument(
        "--deadlines",
        action="store_true",
        help="add each meeting's deadlines as all-day events (.ics)",
    )
    p.add_argument(
        "--changed-since",
        type=_date,
        metavar="DATE",
        help="only meetings changed since DATE, and deletions as cancellations (.ics)",
    )
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")

    p = sub.add_parser(
        "demo",
        help="create a synthetic calendar for benchmarks and demos",
        description="Fill a new planning database with a synthetic but realistic calendar of "
        "25 years of ITU cycles.",
    )
    p.add_argument("--meetings", type=_positive, required=True, metavar="N")
    p.add_argument("--db", type=Path, required=True, metavar="PATH")
    p.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")

    p = sub.add_parser(
        "init",
        help="create a planning database",
        description="Create a planning database with the bundled bodies and Geneva venues, and "
        "the bundled ITU reference calendar unless --empty. Run on an existing database, it "
        "loads (or refreshes) the reference calendar in it.",
    )
    add_db_option(p)
    p.add_argument("--empty", action="store_true", help="no meetings, only bodies and venues")

    p = sub.add_parser(
        "check",
        help="check a plan against the ITU rules",
        description="Check a planning database or a CSV file against the rule catalogue. Exit "
        "status 0 when there is no unwaived error, 1 when there is one, 2 on bad input.",
    )
    p.add_argument(
        "source",
        nargs="?",
        type=Path,
        metavar="SOURCE",
        help="a planning database or a .csv file (default: the default database)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="the date look-ahead rules count from (default: today)",
    )
    p.add_argument(
        "--rule",
        nargs="+",
        action="extend",
        default=[],
        metavar="ID",
        help="only these rules (see `scheduler-app rules`)",
    )

    p = sub.add_parser(
        "rules",
        help="list the rule catalogue",
        description="The rules with their ids, severities, citations, quotes, "
        "rationales and current parameters.",
    )
    add_db_option(p)
    p.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    p = sub.add_parser(
        "policy",
        help="change a rule's parameters, severity or on/off",
        description="Show the settings that differ from the catalogue's defaults, or change one. "
        'VALUE is JSON (14, true, ["pp", "wtdc"]) or plain text.',
    )
    add_db_option(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--set",
        nargs=3,
        metavar=("RULE", "NAME", "VALUE"),
        help="NAME is a parameter, 'severity' or 'enabled'",
    )
    group.add_argument(
        "--reset", nargs="+", metavar="RULE", help="RULE [NAME]: back to the catalogue's default"
    )

    p = sub.add_parser(
        "observances",
        help="list religious periods (PP Resolution 111)",
        description="Religious periods computed from calendar libraries and stored in the "
        "database, with the planner's corrections.",
    )
    add_db_option(p)
    p.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--correct",
        nargs=4,
        metavar=("KEY", "DAY", "START", "END"),
        help="correct the occurrence of KEY that covers DAY to START-END",
    )
    p.add_argument("--variant", default=None, help="with --correct: India, Singapore, ...")

    p = sub.add_parser(
        "waive",
        help="accept a finding with a justification",
        description="Accept the current finding of RULE on exactly these meetings (by code), or "
        'with --year the finding of RULE that names no meeting but that year ("No ordinary '
        'Council session in 2030"). A meeting waiver lapses when any of its meetings changes '
        "dates, a year waiver when a meeting the rule looks at appears in that year, moves or "
        "goes. Exit 2 when no current finding matches.",
    )
    p.add_argument("rule_id", metavar="RULE")
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--year", type=_year, default=None, help="the year a finding is about")
    p.add_argument("--reason", required=True, help='e.g. "Council Decision 623"')
    add_db_option(p)

    p = sub.add_parser(
        "unwaive",
        help="take a waiver back",
        description="Remove the waiver of RULE on these meetings, or with --year on that year. "
        "Exit 2 when there is no such waiver.",
    )
    p.add_argument("rule_id", metavar="RULE")
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--year", type=_year, default=None, help="the year of a year waiver")
    add_db_option(p)

    p = sub.add_parser(
        "print",
        help="print a year planner, cycle chart, timetable, list, checklist or diff to PDF",
        description="Render a printed layout of the calendar to a PDF file; --layout diff "
        "prints what changed from --db to --against, as an annex for a Council document.",
    )
    p.add_argument(
        "--layout",
        required=True,
        choices=("year", "cycle", "quarter", "month", "grid", "list", "deadlines", "diff"),
    )
    p.add_argument(
        "--against",
        type=Path,
        metavar="B",
        help="with --layout diff: the calendar to compare with (a database or CSV file); "
        "--db, or the default database, is the one before",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    add_db_option(p)
    p.add_argument("--year", type=int, help="the year (year planner) or first year (cycle)")
    _add_filters(p)
    p.add_argument("--paper", choices=("A4", "A3", "Letter"), default="A4")
    orientation = p.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=None)
    orientation.add_argument("--portrait", dest="landscape", action="store_false")
    p.add_argument(
        "--meeting",
        metavar="CODE",
        default="",
        help="deadlines of one meeting (with --layout deadlines)",
    )
    p.add_argument(
        "--no-annex", action="store_true", help="leave the compliance annex out of --layout list"
    )
    p.add_argument(
        "--overlays",
        default="religious,holidays,outside,decided",
        metavar="LIST",
        help="what the charts draw besides the meetings, comma-separated: religious (periods "
        "of PP Res. 111), holidays (of the venues), outside (ICT events), decided (periods of "
        "PP Res. 77); or none (default: all four)",
    )

    p = sub.add_parser(
        "licences",
        help="list the libraries the planner ships with and their licences",
        description="The bundled libraries with their versions and licences; --text prints a "
        "full licence the planner bundles (LGPL-3.0 for Qt for Python, GPL-3.0).",
    )
    p.add_argument("--text", choices=("LGPL-3.0", "GPL-3.0"), default=None)

    p = sub.add_parser(
        "copy",
        help="save a consistent copy of the database (File > Save a Copy As…)",
        description="Write a consistent snapshot of the planning database to another file, even "
        "while the planner has it open.",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.sqlite")
    add_db_option(p)
    p.add_argument("--force", action="store_true", help="replace FILE.sqlite if it exists")

    p = sub.add_parser(
        "bodies",
        help="list the bodies and whom they report to",
        description="List the bodies as a tree.",
    )
    add_db_option(p)

    p = sub.add_parser(
        "venues",
        help="list or edit venues and rooms",
        description="List venues and rooms; add or change a room (and its venue) with --set-room; "
        "remove one with --remove-room.",
    )
    add_db_option(p)
    group = p.add_mutually_exclusive_group()
    group.add_argument("--set-room", nargs=2, metavar=("VENUE", "ROOM"))
    group.add_argument("--remove-room", nargs=2, metavar=("VENUE", "ROOM"))
    p.add_argument("--capacity", type=_positive, help="seated capacity, with --set-room")
    p.add_argument("--city", default=None, help="city of a new venue, with --set-room")
    p.add_argument("--country", default=None, help="ISO country code of a new venue")
    p.add_argument("--source", default="", help="where the room and capacity come from")
    # the planning assistant's commands, in modules of their own (imported here, not at the top:
    # they import this module's helpers)
    from scheduler_app import cli_plan, cli_suggest, cli_sync

    COMMANDS["suggest"] = cli_suggest.add_parser(sub)
    COMMANDS["sync"] = cli_sync.add_parser(sub)
    COMMANDS.update(cli_plan.add_parsers(sub))
    return parser


# --- commands ------------------------------------------------------------------------------------


def open_db(args: argparse.Namespace, *, reading: bool = False) -> PlanningDatabase:
    """The database of ``--db``, or the default one. A command that only ``reading`` refuses a
    missing or empty ``--db`` file rather than making it into a planning database (the default
    database is still made on first use, as the help says)."""
    from scheduler_app.services.planner import open_database

    db = open_database(args.db, create=not (reading and args.db is not None))
    # a mistyped --body would otherwise list, export or print nothing without a word
    unknown = [b for b in getattr(args, "body", []) if b.strip() and not db.knows_body(b)]
    if unknown:
        db.close()
        raise UsageError(
            f"--body: no body named {', '.join(repr(b) for b in unknown)} "
            "(see `scheduler-app bodies`)"
        )
    return db


def check_output(output: Path, force: bool, suffixes: Sequence[str], what: str) -> None:
    """Refuse an output the command cannot or should not write, before any work is done."""
    if output.suffix.lower() not in suffixes:
        raise UsageError(f"{output}: name the file {what}")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; name a file in it")
    if not output.parent.is_dir():
        raise UsageError(f"{output}: folder {output.parent} does not exist")
    if output.exists() and not force:
        raise UsageError(f"{output} exists; use --force to replace it")


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

    where = _filter(args)
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
    where = _filter(args)
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


def _meetings_by_code(db: PlanningDatabase, codes: Sequence[str]) -> list[Meeting]:
    found = []
    for code in codes:
        m = db.meeting_by_code(code)
        if m is None:
            raise UsageError(f"no meeting with code {code!r}")
        found.append(m)
    return found


def cmd_check(args: argparse.Namespace) -> int:
    from scheduler_app.services.checking import check_csv, check_database
    from scheduler_app.services.planner import open_database

    source: Path | None = args.source
    if source is not None and source.suffix.lower() == ".csv":
        result = check_csv(source, as_of=args.as_of, rule_ids=args.rule or None)
    else:
        if source is not None and not source.exists():
            raise UsageError(f"{source}: no such planning database or CSV file")
        with open_database(source, create=source is None) as db:
            result = check_database(db, as_of=args.as_of, rule_ids=args.rule or None)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        print(_findings_text(result.findings, result.counts))
    return 1 if result.has_errors() else EXIT_OK


def _findings_text(findings: Sequence[Finding], counts: dict[str, int]) -> str:
    lines = []
    for f in findings:
        mark = "waived " if f.waived else ""
        lines.append(f"{mark}{f.severity.value.upper():<8} {f.rule_id}: {f.message}")
        lines.append(f"         {f.citation}")
        if f.waived:
            lines.append(f"         waived: {f.waiver_reason}")
    waived = sum(1 for f in findings if f.waived)
    summary = (
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"
        + (f", {waived} waived" if waived else "")
    )
    return "\n".join([*lines, summary])


def _source_json(key: str) -> dict[str, str]:
    """One excerpt a rule rests on, with the document a planner can open."""
    from scheduler_app.domain.sources import excerpt

    x = excerpt(key)
    doc = x.document
    return {
        "key": key,
        "citation": x.citation,
        "excerpt": x.text,
        "document": doc.title,
        "symbol": doc.symbol,
        "date": doc.date,
        "address": doc.url,
    }


def cmd_rules(args: argparse.Namespace) -> int:
    from scheduler_app.rules import catalogue
    from scheduler_app.storage.checking import load_policy

    with open_db(args) as db:
        policy = load_policy(db)
    rules: list[dict[str, Any]] = [
        {
            "id": spec.id,
            "title": spec.title,
            "severity": policy.severity(spec).value,
            "enabled": policy.enabled(spec),
            "citation": spec.citation,
            "quote": spec.quote,
            "source": spec.source,
            "sources": [_source_json(key) for key in (*spec.cites, *spec.context)],
            "rationale": spec.rationale,
            "parameters": {name: policy.param(spec, name) for name in spec.params},
        }
        for spec in catalogue()
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rules, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    if args.format == "markdown":
        from scheduler_app.rules.engine import markdown_table

        print(markdown_table())
        return EXIT_OK
    for r in rules:
        state = "" if r["enabled"] else " (disabled)"
        print(f"{r['id']}  [{r['severity']}]{state}  {r['title']}")
        print(f"    {r['citation']}")
        if r["quote"]:
            print(f'    "{r["quote"]}" ({r["source"]})')
        if r["parameters"]:
            params = ", ".join(f"{k}={json.dumps(v)}" for k, v in r["parameters"].items())
            print(f"    parameters: {params}")
    return EXIT_OK


def _parse_value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def cmd_policy(args: argparse.Namespace) -> int:
    from scheduler_app.services import settings_edits
    from scheduler_app.storage.checking import load_policy

    with open_db(args) as db:
        if args.set:
            rule_id, name, text = args.set
            from scheduler_app.services.checking import PolicyError

            try:
                edit = settings_edits.set_policy(db, rule_id, {name: _parse_value(text)})
            except PolicyError as exc:
                raise UsageError(str(exc)) from exc
            [setting] = edit.after
            assert isinstance(setting, settings_edits.PolicyRow)
            print(f"{rule_id} {name} = {setting.value}")
            return EXIT_OK
        if args.reset:
            rule_id, *rest = args.reset
            edit = settings_edits.reset_policy(db, rule_id, rest[0] if rest else None)
            print(f"{rule_id}: {len(edit.before)} setting(s) back to the default")
            return EXIT_OK
        overrides = load_policy(db).overrides()
    if not overrides:
        print("every rule uses the catalogue's defaults")
    for rule_id, values in sorted(overrides.items()):
        for name, value in sorted(values.items()):
            print(f"{rule_id} {name} = {json.dumps(value)}")
    return EXIT_OK


def cmd_observances(args: argparse.Namespace) -> int:
    from scheduler_app.services.checking import observances_between
    from scheduler_app.services.settings_edits import ObservanceRow, correct_observance_on

    if args.date_to < args.date_from:
        raise UsageError(f"--to {args.date_to} is before --from {args.date_from}")
    with open_db(args) as db:
        if args.correct:
            key, day, start, end = args.correct
            dates = [_date_or_usage(t) for t in (day, start, end)]
            [corrected] = correct_observance_on(db, key, args.variant, *dates).after
            assert isinstance(corrected, ObservanceRow)
            print(f"corrected {corrected.title}: {corrected.start} to {corrected.end}")
        found = observances_between(db, args.date_from, args.date_to)
    if args.format == "json":
        records = [
            {
                "key": o.key,
                "name": o.name,
                "variant": o.variant or None,
                "religion": o.religion,
                "start": o.start.isoformat(),
                "end": o.end.isoformat(),
                "estimated": o.estimated,
                "provenance": o.provenance,
            }
            for o in found
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    for o in found:
        estimated = " (estimated)" if o.estimated else ""
        print(f"{format_span(o.start, o.end):<22} {o.label}{estimated}  [{o.provenance}]")
    return EXIT_OK


def _date_or_usage(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _waiver_target(args: argparse.Namespace) -> tuple[list[str], str]:
    """The meeting codes or the year a waive/unwaive names: one or the other."""
    if args.codes and args.year is not None:
        raise UsageError("give meeting codes or --year, not both")
    if not args.codes and args.year is None:
        raise UsageError("give the meeting codes of the finding, or --year for one naming none")
    return list(args.codes), "" if args.year is None else str(args.year)


def cmd_waive(args: argparse.Namespace) -> int:
    from scheduler_app.services.settings_edits import WaiverRow, waive

    codes, year = _waiver_target(args)
    with open_db(args) as db:
        meetings = _meetings_by_code(db, codes)
        [waiver] = waive(db, args.rule_id, meetings, args.reason, subject=year).after
    assert isinstance(waiver, WaiverRow)
    print(f"waived {args.rule_id} for {', '.join(codes) or year}: {waiver.reason}")
    return EXIT_OK


def cmd_unwaive(args: argparse.Namespace) -> int:
    from scheduler_app.services.settings_edits import unwaive

    codes, year = _waiver_target(args)
    with open_db(args) as db:
        unwaive(db, args.rule_id, _meetings_by_code(db, codes), subject=year)
    print(f"removed the waiver of {args.rule_id} for {', '.join(codes) or year}")
    return EXIT_OK


def _filter_words(args: argparse.Namespace) -> str:
    words = []
    for flag, values in (("kind", args.kind), ("Sector", args.sector), ("status", args.status)):
        if values:
            words.append(f"{flag} {', '.join(v.value for v in values)}")
    if args.body:
        words.append(f"body {', '.join(args.body)}")
    return "; ".join(words)


def cmd_print(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from scheduler_app.printing.charts import Overlays
    from scheduler_app.printing.job import Layout, PrintError, PrintRequest
    from scheduler_app.printing.page import Paper
    from scheduler_app.printing.render import print_pdf

    output: Path = args.output
    if args.year is not None and not 1865 <= args.year <= 2199:
        raise UsageError(f"--year {args.year} is not a plausible year")
    where = _filter(args)
    try:
        overlays = Overlays.parse(args.overlays)
    except ValueError as exc:
        raise UsageError(f"--overlays: {exc}") from exc
    layout = Layout(args.layout)
    if layout is Layout.DIFF:
        if args.against is None:
            raise UsageError("--layout diff needs --against B, the calendar to compare with")
        from scheduler_app.services.diff import side_problem

        if problem := side_problem(args.against):
            raise UsageError(problem)
        if where != MeetingFilter() or args.year is not None:
            raise UsageError(
                "--layout diff compares whole calendars; leave out --year, the dates and filters"
            )
    elif args.against is not None:
        raise UsageError(f"--against is for --layout diff, not --layout {layout}")
    check_output(output, args.force, (".pdf",), ".pdf")
    request = PrintRequest(
        layout=layout,
        year=args.year,
        date_from=args.date_from,
        date_to=args.date_to,
        paper=Paper(args.paper),
        landscape=args.landscape,
        where=where,
        filter_text=_filter_words(args),
        meeting_code=args.meeting,
        annex=not args.no_annex,
        overlays=overlays,
        against=args.against,
    )
    _app = QGuiApplication.instance() or QGuiApplication([])
    today = dt.datetime.now().astimezone().date()
    with open_db(args, reading=True) as db:
        try:
            pages = print_pdf(db, request, output, today)
        except PrintError as exc:
            raise UsageError(str(exc)) from exc
    print(f"wrote {pages} page{'s' if pages != 1 else ''} to {output}")
    del _app
    return EXIT_OK


def cmd_licences(args: argparse.Namespace) -> int:
    from scheduler_app.services.licences import bundled_libraries, licence_text

    if args.text:
        sys.stdout.write(licence_text(args.text))
        return EXIT_OK
    print(f"{APP_NAME} {__version__}, with:")
    for lib in bundled_libraries():
        print(f"  {lib.name} {lib.version}: {lib.licence}" + (f" <{lib.url}>" if lib.url else ""))
    print(
        "Qt for Python (PySide6) and Qt are used under the LGPL-3.0: "
        "`scheduler-app licences --text LGPL-3.0`."
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from scheduler_app.ui.app import run_gui

    return run_gui(
        db_path=args.db,
        screenshot=args.screenshot,
        view=args.view,
        date=args.date,
        size=args.size,
        lang=args.lang,
    )


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": cmd_check,
    "rules": cmd_rules,
    "policy": cmd_policy,
    "observances": cmd_observances,
    "waive": cmd_waive,
    "unwaive": cmd_unwaive,
    "list": cmd_list,
    "import": cmd_import,
    "export": cmd_export,
    "demo": cmd_demo,
    "init": cmd_init,
    "print": cmd_print,
    "licences": cmd_licences,
    "copy": cmd_copy,
    "bodies": cmd_bodies,
    "venues": cmd_venues,
    "gui": cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # only global options were given (--lang fr): the window
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "gui"])
    if args.command != "gui":  # the window chooses its own (ui.i18n.choose_language)
        set_language(args.lang or system_language())
    try:
        return COMMANDS[args.command](args)
    except CsvFormatError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if args.command == "import":
            print("nothing was imported", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StorageError, UsageError, InvalidBody, ValueError) as exc:
        print(f"scheduler-app {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `scheduler-app list | head`
        return EXIT_OK
    except OSError as exc:  # a file that cannot be read or written: its path and why, one line
        message = str(exc) if isinstance(exc, OutputError) else _os_error_text(exc)
        print(f"scheduler-app {args.command}: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _os_error_text(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: {reason}" if exc.filename else reason
