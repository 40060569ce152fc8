"""``scheduler-app sync``: two-way sync of the planning database with a shared CalDAV calendar.

Exit 0 when the two agree, 1 while conflicts remain (each listed by code and field with both
values), 2 when the server cannot be used (a wrong password, an unreachable server, a refused
address: one line) or on bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from scheduler_app.cli_common import EXIT_BAD_INPUT, EXIT_OK, UsageError, add_db_option, open_db
from scheduler_app.i18n import translate

EXIT_CONFLICTS = 1


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> Callable[[argparse.Namespace], int]:
    p = sub.add_parser(
        "sync",
        help="sync with a shared CalDAV calendar (two ways)",
        description="Send the meetings changed here to the shared calendar at URL and take in "
        "what colleagues changed there, field by field; the calendar is made if it does not "
        "exist. The password comes from the system keyring or SCHEDULER_APP_PASSWORD. Exit 0 "
        "when both agree, 1 while conflicts remain, 2 when the server cannot be used.",
    )
    add_db_option(p)
    p.add_argument("--url", required=True, help="the calendar collection's address")
    p.add_argument("--user", required=True, help="the user name on the server")
    p.add_argument(
        "--resolve", metavar="CODE", help="settle the conflicts of this meeting, with --keep"
    )
    p.add_argument("--keep", choices=("mine", "theirs"), help="whose values --resolve keeps")
    p.add_argument(
        "--insecure",
        action="store_true",
        help="allow a plain http:// address other than this computer (the password is then "
        "sent unencrypted)",
    )
    return cmd_sync


def cmd_sync(args: argparse.Namespace) -> int:
    from scheduler_app.services.sync.client import CalDavClient, SyncError, check_url
    from scheduler_app.services.sync.engine import resolve, sync
    from scheduler_app.services.sync.password import ENVIRONMENT, password_for

    if bool(args.resolve) != bool(args.keep):
        raise UsageError(
            translate("CommandLine", "--resolve CODE and --keep mine|theirs go together")
        )
    try:
        url = check_url(args.url, args.insecure)
    except SyncError as exc:
        print(f"scheduler-app sync: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    password = password_for(url, args.user)
    if password is None:
        text = translate(
            "CommandLine",
            "no password for {user} at {url}: store it in the system keyring (File > Shared "
            "Calendar in the window) or set {variable}",
        )
        message = text.format(user=args.user, url=url, variable=ENVIRONMENT)
        print(f"scheduler-app sync: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    db = open_db(args)
    client = CalDavClient(url, args.user, password, insecure=args.insecure)
    try:
        if args.resolve and not resolve(db, client, args.resolve, args.keep):
            raise UsageError(
                translate("CommandLine", "{code} has no conflict to resolve").format(
                    code=args.resolve
                )
            )
        report = sync(db, client)
    except SyncError as exc:
        print(f"scheduler-app sync: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        client.close()
        db.close()
    print(report.summary())
    note = translate("CommandLine", "  note: {text}")
    for line in report.skipped:
        print(note.format(text=line))
    conflict = translate(
        "CommandLine", "  conflict: {meeting}: {field}: here {mine}, there {theirs}"
    )
    for c in report.conflicts:
        name = c.code or c.title
        print(
            conflict.format(meeting=name, field=c.field, mine=repr(c.mine), theirs=repr(c.theirs))
        )
    if report.conflicts:
        print(
            translate(
                "CommandLine",
                "  settle each with: scheduler-app sync --url URL --user USER "
                "--resolve CODE --keep mine|theirs",
            )
        )
        return EXIT_CONFLICTS
    return EXIT_OK
