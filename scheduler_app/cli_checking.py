"""The commands of the rules: check, rules, policy, observances, waive and unwaive."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scheduler_app import i18n
from scheduler_app.cli_common import (
    EXIT_OK,
    UsageError,
    date_or_usage,
    meetings_by_code,
    open_db,
    pad,
    to_before_from,
)
from scheduler_app.domain.dates import format_day, format_span
from scheduler_app.i18n import translate
from scheduler_app.services.report_words import count, severity_word

if TYPE_CHECKING:
    from scheduler_app.rules import Finding


def cmd_check(args: argparse.Namespace) -> int:
    from scheduler_app.services.checking import check_csv, check_database
    from scheduler_app.services.planner import open_database

    source: Path | None = args.source
    if source is not None and source.suffix.lower() == ".csv":
        result = check_csv(source, as_of=args.as_of, rule_ids=args.rule or None)
    else:
        if source is not None and not source.exists():
            raise UsageError(
                translate("CommandLine", "{path}: no such planning database or CSV file").format(
                    path=source
                )
            )
        with open_database(source, create=source is None) as db:
            result = check_database(db, as_of=args.as_of, rule_ids=args.rule or None)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        print(_findings_text(result.findings, result.counts))
    return 1 if result.has_errors() else EXIT_OK


def _findings_text(findings: Sequence[Finding], counts: dict[str, int]) -> str:
    from scheduler_app.i18n import language, translate
    from scheduler_app.rules.wording import severity_name

    english = language() == "en"  # the severities as the rule ids write them; else named
    lines = []
    for f in findings:
        mark = ("waived " if english else translate("Findings", "waived") + " ") if f.waived else ""
        severity = f.severity.value.upper() if english else severity_name(f.severity.value)
        lines.append(f"{mark}{severity:<8} {f.rule_id}: {f.message}")
        lines.append(f"         {f.citation}")
        if f.waived:
            note = translate("Findings", "waived: {reason}").format(reason=f.waiver_reason)
            lines.append(f"         {note}")
    return "\n".join([*lines, _summary(counts, sum(1 for f in findings if f.waived))])


def _summary(counts: dict[str, int], waived: int) -> str:
    """``2 error(s), 5 warning(s), 1 info, 1 waived``, each count in the plural form the
    language needs (a translation may list its forms by CLDR category)."""
    from scheduler_app.rules.wording import counted, joined

    def part(n: int, text: str) -> str:
        return counted(n, text, text)

    parts = [
        part(counts["error"], translate("Findings", "{n} error(s)")),
        part(counts["warning"], translate("Findings", "{n} warning(s)")),
        part(counts["info"], translate("Findings", "{n} info")),
    ]
    if waived:
        parts.append(part(waived, translate("Findings", "{n} waived")))
    return joined(parts)


def _source_json(key: str) -> dict[str, str]:
    """One excerpt a rule rests on, with the document a planner can open."""
    from scheduler_app.domain.sources import excerpt

    x = excerpt(key)
    doc = x.document
    return {
        "key": key,
        "citation": x.citation,
        "excerpt": x.text,
        "document": doc.title,
        "symbol": doc.symbol,
        "date": doc.date,
        "address": doc.url,
    }


def cmd_rules(args: argparse.Namespace) -> int:
    from scheduler_app.rules import catalogue
    from scheduler_app.storage.checking import load_policy

    with open_db(args) as db:
        policy = load_policy(db)
    rules: list[dict[str, Any]] = [
        {
            "id": spec.id,
            "title": spec.title,
            "severity": policy.severity(spec).value,
            "enabled": policy.enabled(spec),
            "citation": spec.citation,
            "quote": spec.quote,
            "source": spec.source,
            "sources": [_source_json(key) for key in (*spec.cites, *spec.context)],
            "rationale": spec.rationale,
            "parameters": {name: policy.param(spec, name) for name in spec.params},
        }
        for spec in catalogue()
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(rules, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    if args.format == "markdown":
        from scheduler_app.rules.engine import markdown_table

        print(markdown_table())
        return EXIT_OK
    from scheduler_app.rules import REGISTRY
    from scheduler_app.rules.wording import rule_title

    for r in rules:
        state = "" if r["enabled"] else translate("Findings", " (disabled)")
        severity = severity_word(r["severity"])
        print(f"{r['id']}  [{severity}]{state}  {rule_title(REGISTRY[r['id']])}")
        print(f"    {r['citation']}")
        if r["quote"]:
            print(f'    "{r["quote"]}" ({r["source"]})')
        if r["parameters"]:
            params = ", ".join(f"{k}={json.dumps(v)}" for k, v in r["parameters"].items())
            print("    " + translate("Findings", "parameters: {list}").format(list=params))
    return EXIT_OK


def _parse_value(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def cmd_policy(args: argparse.Namespace) -> int:
    from scheduler_app.services import settings_edits
    from scheduler_app.storage.checking import load_policy

    with open_db(args) as db:
        if args.set:
            rule_id, name, text = args.set
            from scheduler_app.services.checking import PolicyError

            try:
                edit = settings_edits.set_policy(db, rule_id, {name: _parse_value(text)})
            except PolicyError as exc:
                raise UsageError(str(exc)) from exc
            [setting] = edit.after
            assert isinstance(setting, settings_edits.PolicyRow)
            print(f"{rule_id} {name} = {setting.value}")
            return EXIT_OK
        if args.reset:
            rule_id, *rest = args.reset
            edit = settings_edits.reset_policy(db, rule_id, rest[0] if rest else None)
            text = translate("CommandLine", "{rule}: {n} setting(s) back to the default")
            print(text.format(rule=rule_id, n=count(len(edit.before))))
            return EXIT_OK
        overrides = load_policy(db).overrides()
    if not overrides:
        print(translate("CommandLine", "every rule uses the catalogue's defaults"))
    for rule_id, values in sorted(overrides.items()):
        for name, value in sorted(values.items()):
            print(f"{rule_id} {name} = {json.dumps(value)}")
    return EXIT_OK


def cmd_observances(args: argparse.Namespace) -> int:
    from scheduler_app.services.checking import observances_between
    from scheduler_app.services.settings_edits import ObservanceRow, correct_observance_on

    if args.date_to < args.date_from:
        raise UsageError(to_before_from(args.date_to, args.date_from))
    with open_db(args) as db:
        if args.correct:
            key, day, start, end = args.correct
            dates = [date_or_usage(t) for t in (day, start, end)]
            [corrected] = correct_observance_on(db, key, args.variant, *dates).after
            assert isinstance(corrected, ObservanceRow)
            text = translate("CommandLine", "corrected {name}: {start} to {end}")
            name = translate("Observances", corrected.title)
            if i18n.language() == "en":  # as it always wrote them
                start, end = str(corrected.start), str(corrected.end)
            else:
                start, end = format_day(corrected.start), format_day(corrected.end)
            print(text.format(name=name, start=start, end=end))
        found = observances_between(db, args.date_from, args.date_to)
    if args.format == "json":
        records = [
            {
                "key": o.key,
                "name": o.name,
                "variant": o.variant or None,
                "religion": o.religion,
                "start": o.start.isoformat(),
                "end": o.end.isoformat(),
                "estimated": o.estimated,
                "provenance": o.provenance,
            }
            for o in found
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    for o in found:
        estimated = translate("CommandLine", " (estimated)") if o.estimated else ""
        name = translate("Observances", o.label)
        print(
            f"{pad(format_span(o.start, o.end), 22, cut=False)} {name}{estimated}  [{o.provenance}]"
        )
    return EXIT_OK


def _waiver_target(args: argparse.Namespace) -> tuple[list[str], str]:
    """The meeting codes or the year a waive/unwaive names: one or the other."""
    if args.codes and args.year is not None:
        raise UsageError(translate("CommandLine", "give meeting codes or --year, not both"))
    if not args.codes and args.year is None:
        raise UsageError(
            translate(
                "CommandLine",
                "give the meeting codes of the finding, or --year for one naming none",
            )
        )
    return list(args.codes), "" if args.year is None else str(args.year)


def cmd_waive(args: argparse.Namespace) -> int:
    from scheduler_app.services.settings_edits import WaiverRow, waive

    codes, year = _waiver_target(args)
    with open_db(args) as db:
        meetings = meetings_by_code(db, codes)
        [waiver] = waive(db, args.rule_id, meetings, args.reason, subject=year).after
    assert isinstance(waiver, WaiverRow)
    text = translate("CommandLine", "waived {rule} for {what}: {reason}")
    print(text.format(rule=args.rule_id, what=", ".join(codes) or year, reason=waiver.reason))
    return EXIT_OK


def cmd_unwaive(args: argparse.Namespace) -> int:
    from scheduler_app.services.settings_edits import unwaive

    codes, year = _waiver_target(args)
    with open_db(args) as db:
        unwaive(db, args.rule_id, meetings_by_code(db, codes), subject=year)
    text = translate("CommandLine", "removed the waiver of {rule} for {what}")
    print(text.format(rule=args.rule_id, what=", ".join(codes) or year))
    return EXIT_OK
