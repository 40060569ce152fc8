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

from scheduler_app.cli_common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    add_db_option,
    check_output,
    open_db,
)

if TYPE_CHECKING:
    from scheduler_app.services.planning import PlanResult, Template

EXIT_ERRORS_LEFT = 1
assert EXIT_BAD_INPUT == 2


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"{value:g} is not from 0 to 3600 seconds")
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
    print(f"plan: {text}", file=sys.stderr, flush=True)


def cmd_plan(args: argparse.Namespace) -> int:
    from scheduler_app.services.planning import plan, read_template
    from scheduler_app.services.planning.output import plan_inputs

    output: Path = args.output
    check_output(output, args.force, (".csv", ".sqlite"), "OUT.csv or OUT.sqlite")
    if args.db is not None and not Path(args.db).is_file():
        raise UsageError(f"{args.db}: no such database")
    _say(f"reading {args.template}")
    template = read_template(args.template)
    if not template.to_place:
        raise UsageError(f"{args.template}: no row to place (give a row days and within)")
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
    print(
        f"placed {len(result.placed)} meeting{'s' if len(result.placed) != 1 else ''} in "
        f"{result.seconds:.1f} s and wrote {output}: {c['error']} errors, {c['warning']} "
        f"warnings, {c['info']} information findings left"
    )
    for m in result.placed:
        print(f"  {m.label}: {m.span}")
    for f in result.findings:
        print(f"{f.severity.value} {f.rule_id}: {f.message}{' (waived)' if f.waived else ''}")
    return EXIT_ERRORS_LEFT if result.has_errors else EXIT_OK


def _report_failure(result: PlanResult, template: Path) -> None:
    if result.status == "infeasible":
        print(f"{template} cannot be satisfied; these constraints conflict:")
        for conflict in result.conflicts:
            print(f"  {conflict.text()}")
        if not result.conflicts:
            print("  (the solver found no smaller set; try a longer --time-limit)")
    else:
        print(f"no plan found for {template} in the time given; try a longer --time-limit")
    print("nothing was written")


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
