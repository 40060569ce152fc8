"""What every command shares: exit statuses, the usage error, argument types, the database
and filter options, and the checks made before any work."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from scheduler_app.domain import Meeting, MeetingKind, Sector, Status
from scheduler_app.domain.kinds import E, parse_enum
from scheduler_app.storage import MeetingFilter, PlanningDatabase

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A value on the command line that the planner cannot use."""


# --- argument types ------------------------------------------------------------------------------


def window_size(text: str) -> tuple[int, int]:
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


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def enum_arg(enum: type[E], field: str) -> Callable[[str], E]:
    def convert(text: str) -> E:
        try:
            return parse_enum(enum, text, field)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = field
    return convert


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def year_arg(text: str) -> int:
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


def add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="date_from",
        type=date_arg,
        metavar="DATE",
        help="only meetings ending on or after DATE",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=date_arg,
        metavar="DATE",
        help="only meetings starting on or before DATE",
    )
    p.add_argument(
        "--kind",
        nargs="+",
        action="extend",
        default=[],
        metavar="K",
        type=enum_arg(MeetingKind, "kind"),
        help="only these kinds: " + ", ".join(k.value for k in MeetingKind),
    )
    p.add_argument(
        "--sector",
        nargs="+",
        action="extend",
        default=[],
        metavar="S",
        type=enum_arg(Sector, "sector"),
        help="only these Sectors: GS, R, T, D",
    )
    p.add_argument(
        "--status",
        nargs="+",
        action="extend",
        default=[],
        metavar="S",
        type=enum_arg(Status, "status"),
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


def meeting_filter(args: argparse.Namespace) -> MeetingFilter:
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


def meetings_by_code(db: PlanningDatabase, codes: Sequence[str]) -> list[Meeting]:
    found = []
    for code in codes:
        m = db.meeting_by_code(code)
        if m is None:
            raise UsageError(f"no meeting with code {code!r}")
        found.append(m)
    return found


def date_or_usage(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date (YYYY-MM-DD)") from None
