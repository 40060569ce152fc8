"""A plan among a stored calendar, and its result written out: what ``scheduler-app plan`` and
the window's Plan from Template… share, so both read the same inputs and write the same files.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from scheduler_app.domain import Meeting
from scheduler_app.i18n import isolate, translate
from scheduler_app.rules import CheckContext, Policy, Waiver
from scheduler_app.rules.wording import code as coded
from scheduler_app.services.planning.solve import PlanResult
from scheduler_app.services.planning.template import Template
from scheduler_app.storage import PlanningDatabase


@dataclass
class PlanInputs:
    """The stored calendar a template is placed among, with its observances, policy and
    waivers (all empty or None for a plan without a database)."""

    base: list[Meeting] = field(default_factory=list)
    context: CheckContext | None = None
    policy: Policy | None = None
    waivers: list[Waiver] = field(default_factory=list)


def refuse_stored_codes(db: PlanningDatabase, template: Template) -> None:
    """Refuse rows to place that name a meeting already on the calendar: writing the plan would
    import them over it (a study group's row turning PP-26 into a study group). A fixed row
    (with dates) may name one; it is compared like an import. Raises :class:`CsvFormatError`
    naming each line."""
    from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem

    problems = []
    for row in template.to_place:
        stored = db.meeting_by_code(row.meeting.code) or db.meeting(row.meeting.id)
        if stored is not None:
            problems.append(
                CsvProblem(
                    template.name,
                    row.line,
                    "",
                    translate(
                        "Messages",
                        "{code} is already on the calendar ({span}); give the row a new code, "
                        "or give it dates to keep it fixed",
                    ).format(code=coded(stored), span=isolate(stored.span)),
                )
            )
    if problems:
        raise CsvFormatError(problems)


def plan_inputs(db: PlanningDatabase | None, template: Template) -> PlanInputs:
    """What :func:`~scheduler_app.services.planning.plan` needs from ``db`` (None: nothing).
    Raises :class:`CsvFormatError` for a row to place whose code is stored (see
    :func:`refuse_stored_codes`)."""
    if db is None:
        return PlanInputs()
    refuse_stored_codes(db, template)
    from scheduler_app.services.checking import checker_for_database

    base = db.meetings()
    # the template's years need observances too: check them in with the stored meetings
    checker = checker_for_database(db, meetings=[*base, *(r.meeting for r in template.rows)])
    return PlanInputs(list(base), checker.calendar.context, checker.policy, list(checker.waivers))


def write_plan(
    output: Path,
    result: PlanResult,
    template: Template,
    source: str,
    base: PlanningDatabase | None = None,
) -> None:
    """Write the plan to ``output``: a CSV file of the template's meetings with their dates, or
    a new planning database (``.sqlite``) holding a copy of ``base`` (if given) with the
    template's meetings imported into it, as one import from ``source``. An existing file is
    replaced, only once the new one is complete: the caller has asked whether it may be."""
    from scheduler_app.interop.csvfile import COLUMNS, CsvRow, write_meetings

    if output.suffix.lower() == ".csv":
        write_meetings(output, result.meetings)
        return
    from scheduler_app.services.importing import apply_import, plan_import
    from scheduler_app.services.planner import open_database

    rows = [
        CsvRow(r.line, m, True, frozenset(COLUMNS))
        for r, m in zip(template.rows, result.meetings, strict=True)
    ]
    # Made whole in a hidden folder beside the output, then copied over it in one step: a plan
    # that fails half-way (or is stopped) leaves the old file as it was.
    with tempfile.TemporaryDirectory(prefix=f".{output.name}.", dir=output.parent) as folder:
        work = Path(folder) / output.name
        if base is not None:
            base.save_copy(work)
        with open_database(work, with_calendar=False) as out:
            report = plan_import(out, rows, source)
            apply_import(out, report)
            out.save_copy(output)
