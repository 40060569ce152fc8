"""``scheduler-app suggest``: candidate dates for one meeting, and what blocks them.

Exit status: 0 when a candidate without an error exists, 1 otherwise, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from scheduler_app.cli_common import pad, positive, width
from scheduler_app.domain.dates import format_span
from scheduler_app.i18n import translate
from scheduler_app.services.report_words import count, severity_word

if TYPE_CHECKING:  # the rules load when the command runs, not whenever the parser is built
    from scheduler_app.rules import Finding
    from scheduler_app.services.suggesting import Suggestions

DEFAULT_TOP = 5


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is not a whole number of days").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "a meeting lasts at least one day, not {value}").format(
                value=value
            )
        )
    return value


def _top(text: str) -> int:
    """How many candidates to list: at least one."""
    return positive(
        text, lambda value: translate("CommandLine", "at least 1, not {value}").format(value=value)
    )


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> Callable[..., int]:
    """Add the ``suggest`` command to the ``scheduler-app`` parser; returns what runs it."""
    from scheduler_app.cli_common import add_db_option

    p = sub.add_parser(
        "suggest",
        help="suggest dates for one meeting and say what blocks the others",
        description="Candidate dates for the meeting CODE, best first: fewest errors, then "
        "warnings, then information findings; among equals a Monday start, then the nearest to "
        "its current dates. Each candidate lists the findings moving the meeting there would "
        "cause. When no candidate is free of warnings, says which observances, holidays, "
        "meetings and rules close which days, and the longest free stretch.",
    )
    p.add_argument("code", metavar="CODE", help="the meeting's code, e.g. ITU-D-SG1-2031")
    add_db_option(p)
    p.add_argument(
        "--within",
        metavar="PERIOD",
        help="where to look: 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30 (default: the "
        "period decided for the meeting, else the period it is known by, else its year)",
    )
    p.add_argument(
        "--days", type=_days, metavar="N", help="its length (default: its current length)"
    )
    place = p.add_mutually_exclusive_group()
    place.add_argument("--city", metavar="C", help="hold it in this city instead")
    place.add_argument("--venue", metavar="V", help="hold it at this venue (see `venues`)")
    p.add_argument("--room", metavar="R", help="in this room of the venue")
    p.add_argument("--top", type=_top, default=DEFAULT_TOP, metavar="K", help="how many candidates")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return cmd_suggest


def cmd_suggest(args: argparse.Namespace) -> int:
    from scheduler_app.cli_common import UsageError, open_db
    from scheduler_app.services.suggest_place import place_in_database
    from scheduler_app.services.suggesting import SuggestError, parse_within, suggest

    if args.room is not None and args.venue is None:
        raise UsageError(
            translate("CommandLine", "--room needs --venue: a room is chosen within a venue")
        )
    try:
        within = parse_within(args.within) if args.within is not None else None
        with open_db(args, reading=True) as db:
            meeting = db.meeting_by_code(args.code)
            if meeting is None:
                raise UsageError(
                    translate("CommandLine", "no meeting has the code {code}").format(
                        code=args.code
                    )
                )
            place = place_in_database(db, meeting, city=args.city, venue=args.venue, room=args.room)
            result = suggest(db, meeting, within=within, days=args.days, place=place, top=args.top)
    except SuggestError as exc:
        raise UsageError(str(exc)) from exc
    if args.format == "json":
        sys.stdout.write(json.dumps(as_json(result), ensure_ascii=False, indent=1) + "\n")
    else:
        print(as_text(result))
    return 0 if result.has_error_free else 1


def _findings_json(findings: Sequence[Finding]) -> list[dict[str, object]]:
    return [
        {
            "rule": f.rule_id,
            "severity": f.severity.value,
            "message": f.message,
            **({"waived": True} if f.waived else {}),
        }
        for f in findings
    ]


def as_json(result: Suggestions) -> dict[str, object]:
    """The meeting, its candidates with their findings, what blocks them, the longest free
    stretch, and how many starts were judged (``proven`` is false when the ranking rests on a
    sample of full checks)."""
    free = result.longest_free
    return {
        "meeting": result.meeting.label,
        "within": [result.first.isoformat(), result.last.isoformat()],
        "days": result.days,
        "candidates": [
            {
                "start": c.start.isoformat(),
                "end": c.end.isoformat(),
                "counts": c.counts,
                "findings": _findings_json(c.findings),
            }
            for c in result.candidates
        ],
        "blocked_by": [
            {
                "rule": b.rule_id,
                "severity": b.severity.value,
                "cause": b.cause,
                "days": [[a.isoformat(), z.isoformat()] for a, z in b.days],
                **({"message": b.message} if b.message else {}),
            }
            for b in result.blocked_by
        ],
        "longest_free": None
        if free is None
        else {
            "start": free[0].isoformat(),
            "end": free[1].isoformat(),
            "days": (free[1] - free[0]).days + 1,
        },
        "considered": result.considered,
        "checked_in_full": result.checked_in_full,
        "proven": result.proven,
    }


def as_text(result: Suggestions) -> str:
    """The candidates with their findings, how they were ranked when that rests on a sample,
    and why no date is free of warnings (the window's words: ``services.suggest_text``)."""
    from scheduler_app.services.suggest_text import candidate_line, explanation, ranking_note

    m = result.meeting
    period = format_span(result.first, result.last)
    text = translate("CommandLine", "{meeting}: {n} days within {period}, now {dates}")
    lines = [text.format(meeting=m.label, n=count(result.days), period=period, dates=m.span)]
    waived = translate("CommandLine", "waived ")
    # as wide as the language's longest severity word (8 in English: "WARNING "), never cut
    words = {s: severity_word(s).upper() for s in ("error", "warning", "info")}
    column = max(8, *(width(w) for w in words.values()))
    for i, c in enumerate(result.candidates, 1):
        lines.append(f"{i:>2}. {candidate_line(c)}")
        for f in c.findings:
            mark = waived if f.waived else ""
            severity = pad(words.get(f.severity.value, f.severity.value.upper()), column)
            lines.append(f"      {mark}{severity} {f.rule_id}: {f.message}")
    if not result.proven:
        lines.append(ranking_note(result))
    if not result.has_clean:
        lines.append(explanation(result))
    return "\n".join(lines)
