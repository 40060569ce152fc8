"""``scheduler-app plan`` and ``scheduler-app diff``: placing a template with the constraint
solver, and comparing two calendars.

``plan`` exits 0 when the plan has no error left, 1 when errors are left (or no plan satisfies
the error rules: the constraints that conflict are listed), 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from scheduler_app import i18n
from scheduler_app.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    add_db_option,
    check_output,
    no_database,
    open_db,
)
from scheduler_app.i18n import translate
from scheduler_app.services.report_words import count, severity_word

if TYPE_CHECKING:
    from scheduler_app.services.planning import PlanResult, Template

EXIT_ERRORS_LEFT = 1
assert EXIT_BAD_INPUT == 2


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is not a number of seconds").format(text=repr(text))
        ) from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{value} is not from 0 to 3600 seconds").format(
                value=f"{value:g}"
            )
        )
    return value


def add_parsers(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
) -> dict[str, Callable[[argparse.Namespace], int]]:
    """Add ``plan`` and ``diff`` to the command's subparsers; returns what runs each."""
    p = sub.add_parser(
        "plan",
        help="place a template's meetings with a constraint solver",
        description="Read TEMPLATE.csv (the import format plus `days` and `within`: a row with "
        "days and a period such as 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30 is placed; a "
        "row with dates is fixed), place every row to place at once among the calendar of --db "
        "(if given), opening and closing on working days, with no error and as few warnings as "
        "possible, and write the template's meetings with their dates to OUT.csv or a new "
        "database OUT.sqlite. Exit 0 with no error left, 1 with errors left or when the "
        "template cannot be satisfied (the conflicting constraints are listed), 2 on bad input.",
    )
    p.add_argument("template", type=Path, metavar="TEMPLATE.csv")
    add_db_option(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.csv|OUT.sqlite")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument(
        "--time-limit", type=_seconds, default=30.0, metavar="S", help="seconds (default 30)"
    )
    p.add_argument("--seed", type=int, default=0, metavar="N", help="the solver's seed")

    p = sub.add_parser(
        "diff",
        help="compare two calendars: meetings added, removed and moved, findings gained and lost",
        description="Compare A with B (planning databases or CSV files, a template too): the "
        "meetings added, removed and moved (old and new dates) and the findings gained and lost.",
    )
    p.add_argument("a", type=Path, metavar="A")
    p.add_argument("b", type=Path, metavar="B")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return {"plan": cmd_plan, "diff": cmd_diff}


def _say(text: str) -> None:
    print(translate("CommandLine", "plan: {text}").format(text=text), file=sys.stderr, flush=True)


def cmd_plan(args: argparse.Namespace) -> int:
    from scheduler_app.services.planning import plan, read_template
    from scheduler_app.services.planning.output import plan_inputs

    output: Path = args.output
    check_output(
        output, args.force, (".csv", ".sqlite"), translate("CommandLine", "OUT.csv or OUT.sqlite")
    )
    if args.db is not None and not Path(args.db).is_file():
        raise UsageError(no_database(args.db))
    _say(translate("CommandLine", "reading {path}").format(path=args.template))
    template = read_template(args.template)
    if not template.to_place:
        raise UsageError(
            translate("CommandLine", "{path}: no row to place (give a row days and within)").format(
                path=args.template
            )
        )
    if args.db is None:
        inputs = plan_inputs(None, template)
    else:
        with open_db(args, reading=True) as db:
            inputs = plan_inputs(db, template)
    result = plan(
        template,
        inputs.base,
        context=inputs.context,
        policy=inputs.policy,
        waivers=inputs.waivers,
        time_limit=args.time_limit,
        seed=args.seed,
        progress=_say,
    )
    if not result.solved:
        _report_failure(result, args.template)
        return EXIT_ERRORS_LEFT
    _write(args, result, template)
    c = result.counts
    if len(result.placed) == 1:
        text = translate(
            "CommandLine",
            "placed {n} meeting in {seconds} s and wrote {path}: {errors} errors, {warnings} "
            "warnings, {infos} information findings left",
        )
    else:
        text = translate(
            "CommandLine",
            "placed {n} meetings in {seconds} s and wrote {path}: {errors} errors, {warnings} "
            "warnings, {infos} information findings left",
        )
    seconds = f"{result.seconds:.1f}" if i18n.language() == "en" else i18n.number(result.seconds, 1)
    print(
        text.format(
            n=count(len(result.placed)),
            seconds=seconds,
            path=output,
            errors=count(c["error"]),
            warnings=count(c["warning"]),
            infos=count(c["info"]),
        )
    )
    for m in result.placed:
        print(f"  {m.label}: {m.span}")
    waived = translate("CommandLine", " (waived)")
    for f in result.findings:
        mark = waived if f.waived else ""
        print(f"{severity_word(f.severity.value)} {f.rule_id}: {f.message}{mark}")
    return EXIT_ERRORS_LEFT if result.has_errors else EXIT_OK


def _report_failure(result: PlanResult, template: Path) -> None:
    if result.status == "infeasible":
        text = translate("CommandLine", "{path} cannot be satisfied; these constraints conflict:")
        print(text.format(path=template))
        for conflict in result.conflicts:
            print(f"  {conflict.text()}")
        if not result.conflicts:
            print(
                translate(
                    "CommandLine", "  (the solver found no smaller set; try a longer --time-limit)"
                )
            )
    else:
        text = translate(
            "CommandLine", "no plan found for {path} in the time given; try a longer --time-limit"
        )
        print(text.format(path=template))
    print(translate("CommandLine", "nothing was written"))


def _write(args: argparse.Namespace, result: PlanResult, template: Template) -> None:
    from scheduler_app.services.planning.output import write_plan

    if args.db is None or args.output.suffix.lower() == ".csv":
        write_plan(args.output, result, template, str(args.template))
        return
    with open_db(args, reading=True) as db:
        write_plan(args.output, result, template, str(args.template), base=db)


def cmd_diff(args: argparse.Namespace) -> int:
    from scheduler_app.services.diff import diff_files, side_problem

    for path in (args.a, args.b):
        if problem := side_problem(path):
            raise UsageError(problem)
    result = diff_files(args.a, args.b)
    if args.format == "json":
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(result.as_text())
    return EXIT_OK
