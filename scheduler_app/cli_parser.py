"""The ``scheduler-app`` argument parser: its global options and every command's arguments."""

from __future__ import annotations

import argparse
from pathlib import Path

from scheduler_app import APP_NAME, __version__
from scheduler_app.cli_common import (
    add_db_option,
    add_filters,
    date_arg,
    positive,
    window_size,
    year_arg,
)
from scheduler_app.i18n import LANGUAGES


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
    p.add_argument(
        "--date", type=date_arg, metavar="DATE", help="the date to show (default: today)"
    )
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the main window offscreen to PNG and exit",
    )
    p.add_argument(
        "--size",
        type=window_size,
        default=(1400, 820),
        metavar="WxH",
        help="the window's size for --screenshot, e.g. 1366x768 (default: 1400x820)",
    )

    p = sub.add_parser("list", help="list meetings", description="List meetings, by start date.")
    add_db_option(p)
    add_filters(p)
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
        type=date_arg,
        metavar="DATE",
        help="expand recurring iCalendar series from DATE (default: 1 Jan last year)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
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
    add_filters(p)
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
        type=date_arg,
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
    p.add_argument("--meetings", type=positive, required=True, metavar="N")
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
        type=date_arg,
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
    p.add_argument("--from", dest="date_from", type=date_arg, required=True, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=date_arg, required=True, metavar="DATE")
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
    p.add_argument("--year", type=year_arg, default=None, help="the year a finding is about")
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
    p.add_argument("--year", type=year_arg, default=None, help="the year of a year waiver")
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
    add_filters(p)
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
    p.add_argument("--capacity", type=positive, help="seated capacity, with --set-room")
    p.add_argument("--city", default=None, help="city of a new venue, with --set-room")
    p.add_argument("--country", default=None, help="ISO country code of a new venue")
    p.add_argument("--source", default="", help="where the room and capacity come from")
    # the planning assistant's commands add their parsers and handlers here; imported when the
    # parser is built, since cli (which holds COMMANDS) imports this module
    from scheduler_app import cli_plan, cli_suggest, cli_sync
    from scheduler_app.cli import COMMANDS

    COMMANDS["suggest"] = cli_suggest.add_parser(sub)
    COMMANDS["sync"] = cli_sync.add_parser(sub)
    COMMANDS.update(cli_plan.add_parsers(sub))
    return parser
