"""The ``print`` command: a timetable, planner or list to PDF."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from scheduler_app.cli_common import (
    EXIT_OK,
    UsageError,
    check_output,
    meeting_filter,
    open_db,
)
from scheduler_app.i18n import translate
from scheduler_app.services.report_words import count
from scheduler_app.storage import MeetingFilter


def _filter_words(args: argparse.Namespace) -> str:
    """The filters a page's heading names ("kind study-group; Sector T"), in the language."""
    words = []
    for text, values in (
        (translate("CommandLine", "kind {values}"), args.kind),
        (translate("CommandLine", "Sector {values}"), args.sector),
        (translate("CommandLine", "status {values}"), args.status),
    ):
        if values:
            words.append(text.format(values=", ".join(v.value for v in values)))
    if args.body:
        words.append(translate("CommandLine", "body {values}").format(values=", ".join(args.body)))
    return translate("CommandLine", "; ").join(words)


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
        raise UsageError(
            translate("CommandLine", "--year {year} is not a plausible year").format(year=args.year)
        )
    where = meeting_filter(args)
    try:
        overlays = Overlays.parse(args.overlays)
    except ValueError as exc:
        raise UsageError(f"--overlays: {exc}") from exc
    layout = Layout(args.layout)
    if layout is Layout.DIFF:
        if args.against is None:
            raise UsageError(
                translate(
                    "CommandLine", "--layout diff needs --against B, the calendar to compare with"
                )
            )
        from scheduler_app.services.diff import side_problem

        if problem := side_problem(args.against):
            raise UsageError(problem)
        if where != MeetingFilter() or args.year is not None:
            raise UsageError(
                translate(
                    "CommandLine",
                    "--layout diff compares whole calendars; leave out --year, the dates and "
                    "filters",
                )
            )
    elif args.against is not None:
        raise UsageError(
            translate(
                "CommandLine", "--against is for --layout diff, not --layout {layout}"
            ).format(layout=layout)
        )
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
    if pages == 1:
        text = translate("CommandLine", "wrote {n} page to {path}")
    else:
        text = translate("CommandLine", "wrote {n} pages to {path}")
    print(text.format(n=count(pages), path=output))
    del _app
    return EXIT_OK
