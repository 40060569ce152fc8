"""The ``scheduler-app`` command: every headless feature of the planner, and the way into the GUI.

Exit status: 0 success, 2 bad input (a malformed file, an unknown kind, a damaged database), with
one message per problem on standard error naming the file, line or field.

The commands live by family in ``cli_calendar`` (the calendar's data), ``cli_checking`` (the
rules), ``cli_print``, ``cli_plan``, ``cli_suggest`` and ``cli_sync``; ``cli_parser`` builds the
arguments and ``cli_common`` holds what they share. ``main`` and ``COMMANDS`` stay here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from scheduler_app import APP_NAME, __version__
from scheduler_app.cli_calendar import (
    cmd_bodies,
    cmd_copy,
    cmd_demo,
    cmd_export,
    cmd_import,
    cmd_init,
    cmd_list,
    cmd_venues,
)
from scheduler_app.cli_checking import (
    cmd_check,
    cmd_observances,
    cmd_policy,
    cmd_rules,
    cmd_unwaive,
    cmd_waive,
)
from scheduler_app.cli_common import EXIT_BAD_INPUT, EXIT_OK, UsageError
from scheduler_app.cli_parser import build_parser
from scheduler_app.cli_print import cmd_print
from scheduler_app.domain import InvalidBody
from scheduler_app.i18n import set_language, system_language, translate
from scheduler_app.interop.atomic import OutputError
from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.storage import StorageError

__all__ = ["COMMANDS", "build_parser", "main"]


def cmd_licences(args: argparse.Namespace) -> int:
    from scheduler_app.services.licences import bundled_libraries, licence_text

    if args.text:
        sys.stdout.write(licence_text(args.text))
        return EXIT_OK
    print(
        translate("CommandLine", "{app} {version}, with:").format(app=APP_NAME, version=__version__)
    )
    for lib in bundled_libraries():
        print(f"  {lib.name} {lib.version}: {lib.licence}" + (f" <{lib.url}>" if lib.url else ""))
    print(
        translate(
            "CommandLine",
            "Qt for Python (PySide6) and Qt are used under the LGPL-3.0: "
            "`scheduler-app licences --text LGPL-3.0`.",
        )
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
            print(translate("CommandLine", "nothing was imported"), file=sys.stderr)
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
