"""What every command shares: exit statuses, the usage error, argument types, the database
and filter options, and the checks made before any work."""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from scheduler_app import i18n
from scheduler_app.domain import Body, Meeting, MeetingKind, Sector, Status
from scheduler_app.domain.kinds import E, parse_enum
from scheduler_app.i18n import translate
from scheduler_app.storage import MeetingFilter, PlanningDatabase

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A value on the command line that the planner cannot use."""


# --- words the commands share, in the current language -------------------------------------------


def width(text: str) -> int:
    """How many terminal columns ``text`` takes: a CJK character two, a combining mark or an
    Arabic vowel sign none (so that a table's columns line up in every language)."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _char_width(c: str) -> int:
    if unicodedata.combining(c) or unicodedata.category(c) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def pad(text: str, columns: int, *, cut: bool = True) -> str:
    """``text`` padded with spaces to ``columns``; a longer one cut to them with an ellipsis
    (or, not to ``cut``, left whole)."""
    if text.isascii() and (len(text) <= columns or not cut):
        return text.ljust(columns)
    if cut and width(text) > columns:
        out, used = [], 0
        for c in text:
            w = _char_width(c)
            if used + w > columns - 1:
                break
            out.append(c)
            used += w
        text = "".join(out) + "…"
    return text + " " * max(0, columns - width(text))


def body_name(body: Body) -> str:
    """A body's name: the Union's own in the current language where it publishes one
    (``i18n.names``), else the name the database holds."""
    if i18n.language() != "en":
        from scheduler_app.i18n.names import official_name

        if found := official_name(body.code):
            return found
    return body.name


def to_before_from(to: object, start: object) -> str:
    return translate("CommandLine", "--to {to} is before --from {start}").format(to=to, start=start)


def no_database(path: object) -> str:
    return translate("CommandLine", "{path}: no such database").format(path=path)


def is_a_folder(path: object) -> str:
    return translate("CommandLine", "{path} is a folder; name a file in it").format(path=path)


def exists_use_force(path: object) -> str:
    return translate("CommandLine", "{path} exists; use --force to replace it").format(path=path)


# --- argument types ------------------------------------------------------------------------------


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` as (width, height): a window a screen can show, 320x240 to 7680x4320."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "{text} is not a size: write it as WIDTHxHEIGHT, e.g. 1366x768"
            ).format(text=repr(text))
        )
    w, h = int(width), int(height)
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text}: a window from 320x240 to 7680x4320, please").format(
                text=text
            )
        )
    return w, h


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_date(text)) from None


def enum_arg(enum: type[E], field: str) -> Callable[[str], E]:
    def convert(text: str) -> E:
        try:
            return parse_enum(enum, text, field)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = field
    return convert


def not_a_whole_number(text: str) -> str:
    return translate("CommandLine", "{text} is not a whole number").format(text=repr(text))


def positive(text: str, too_small: Callable[[int], str] | None = None) -> int:
    """A whole number of at least 1; ``too_small`` words the refusal of a smaller one, for an
    option that says it its own way."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(not_a_whole_number(text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            too_small(value)
            if too_small is not None
            else translate("CommandLine", "{value} must be at least 1").format(value=value)
        )
    return value


def year_arg(text: str) -> int:
    """A year as planners write it: 2030 (the dates the domain accepts run from 1865 to 2199)."""
    if not (len(text) == 4 and text.isdigit() and 1865 <= int(text) <= 2199):
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is not a year from 1865 to 2199").format(
                text=repr(text)
            )
        )
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
        raise UsageError(to_before_from(args.date_to, args.date_from))
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
            translate(
                "CommandLine", "--body: no body named {names} (see `scheduler-app bodies`)"
            ).format(names=", ".join(repr(b) for b in unknown))
        )
    return db


def check_output(output: Path, force: bool, suffixes: Sequence[str], what: str) -> None:
    """Refuse an output the command cannot or should not write, before any work is done."""
    if output.suffix.lower() not in suffixes:
        raise UsageError(
            translate("CommandLine", "{path}: name the file {what}").format(path=output, what=what)
        )
    if output.is_dir():
        raise UsageError(is_a_folder(output))
    if not output.parent.is_dir():
        raise UsageError(
            translate("CommandLine", "{path}: folder {folder} does not exist").format(
                path=output, folder=output.parent
            )
        )
    if output.exists() and not force:
        raise UsageError(exists_use_force(output))


def meetings_by_code(db: PlanningDatabase, codes: Sequence[str]) -> list[Meeting]:
    found = []
    for code in codes:
        m = db.meeting_by_code(code)
        if m is None:
            raise UsageError(
                translate("CommandLine", "no meeting with code {code}").format(code=repr(code))
            )
        found.append(m)
    return found


def date_or_usage(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(not_a_date(text)) from None


def not_a_date(text: str) -> str:
    return translate("CommandLine", "{text} is not a date (YYYY-MM-DD)").format(text=repr(text))
