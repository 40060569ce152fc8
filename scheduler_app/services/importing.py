"""Importing meetings: all or nothing, matching what is already there instead of duplicating it.

A row updates the stored meeting with the same ``code``; failing that, the one with the same ``id``;
failing both (a row with neither), the one with the same title, kind and dates. Bodies, venues and
rooms a row names that the database does not know yet are created in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from scheduler_app.domain import Body, InvalidBody, InvalidMeeting, Meeting, Room, Venue
from scheduler_app.i18n import translate
from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem, CsvRow, merge, read_meetings
from scheduler_app.interop.ics_import import IcsRead, read_ics, uniquely_coded
from scheduler_app.interop.ics_parse import paused_gc
from scheduler_app.services.references import (
    NewReferences,
    canonical_names,
    missing_references,
    save_references,
)
from scheduler_app.services.report_words import count
from scheduler_app.storage import PlanningDatabase, StorageError


class ImportConflict(StorageError):
    """The database changed between checking an import and applying it; nothing was written."""


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    source: str
    added: list[Meeting] = field(default_factory=list)
    updated: list[Meeting] = field(default_factory=list)
    unchanged: list[Meeting] = field(default_factory=list)
    new_bodies: list[Body] = field(default_factory=list)
    new_venues: list[Venue] = field(default_factory=list)
    new_rooms: list[Room] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stamps: dict[str, str] = field(default_factory=dict)  # DTSTAMPs of imported events, by id
    # The stored meetings the plan was made against, by id: applying it later checks that they
    # are still what the database holds, so no edit made in between is written over.
    based_on: dict[str, Meeting] = field(default_factory=dict)
    dry_run: bool = False

    def skip_reasons(self) -> list[tuple[str, int]]:
        """Why events were left out, each reason once with how many it covers, commonest first."""
        counts: dict[str, int] = {}
        for reason in self.skipped:
            counts[reason] = counts.get(reason, 0) + 1
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    def summary(self) -> str:
        """ "ref.ics: added 3, updated 1, 40 unchanged, 2 new venues", in the current language."""
        added, updated = count(len(self.added)), count(len(self.updated))
        if self.dry_run:
            parts = [
                translate("CommandLine", "would add {n}").format(n=added),
                translate("CommandLine", "would update {n}").format(n=updated),
            ]
        else:
            parts = [
                translate("CommandLine", "added {n}").format(n=added),
                translate("CommandLine", "updated {n}").format(n=updated),
            ]
        parts.append(translate("CommandLine", "{n} unchanged").format(n=count(len(self.unchanged))))
        if self.skipped:
            parts.append(translate("CommandLine", "{n} skipped").format(n=count(len(self.skipped))))
        if self.new_bodies:
            n = count(len(self.new_bodies))
            parts.append(translate("CommandLine", "{n} new bodies").format(n=n))
        if self.new_venues:
            n = count(len(self.new_venues))
            parts.append(translate("CommandLine", "{n} new venues").format(n=n))
        if self.new_rooms:
            n = count(len(self.new_rooms))
            parts.append(translate("CommandLine", "{n} new rooms").format(n=n))
        return translate("CommandLine", "{source}: {changes}").format(
            source=self.source, changes=translate("CommandLine", ", ").join(parts)
        )


def _natural_key(m: Meeting) -> tuple[str, str, str, str]:
    return (m.title.casefold(), m.kind.value, m.start.isoformat(), m.end.isoformat())


def plan_import(db: PlanningDatabase, rows: Sequence[CsvRow], source: str) -> ImportReport:
    """Match ``rows`` against the database and work out every change, writing nothing."""
    report = ImportReport(source)
    spelled = canonical_names(db, [row.meeting for row in rows])
    rows = [CsvRow(r.line, m, r.has_id, r.columns) for r, m in zip(rows, spelled, strict=True)]
    stored = db.meetings()
    by_code = {m.code: m for m in stored if m.code}
    by_id = {m.id: m for m in stored}
    by_key = {_natural_key(m): m for m in stored if not m.code}
    problems: list[CsvProblem] = []
    claimed: dict[str, int] = {}

    for row in rows:
        m = row.meeting
        target = by_code.get(m.code) if m.code else None
        if target is not None and row.has_id and target.id != m.id:
            problems.append(
                CsvProblem(
                    source,
                    row.line,
                    "code",
                    f"{m.code} belongs to stored meeting {target.id}, not to id {m.id}",
                )
            )
            continue
        if target is None and row.has_id:
            target = by_id.get(m.id)  # may rename the stored meeting's code
        if target is None and not m.code and not row.has_id:
            target = by_key.get(_natural_key(m))
        if target is not None:
            if target.id in claimed:
                problems.append(
                    CsvProblem(
                        source,
                        row.line,
                        "code",
                        f"updates the same meeting as line {claimed[target.id]}",
                    )
                )
                continue
            claimed[target.id] = row.line
            try:
                candidate = merge(target, m, row.columns)
            except InvalidMeeting as exc:
                problems.append(CsvProblem(source, row.line, exc.field, exc.problem))
                continue
            if candidate == target:
                report.unchanged.append(target)
            else:
                report.updated.append(candidate.replace(sequence=target.sequence + 1))
                report.based_on[target.id] = target
        else:
            if m.id in by_id:  # a generated id cannot collide in practice; a given one was handled
                problems.append(CsvProblem(source, row.line, "id", f"{m.id} is already used"))
                continue
            report.added.append(m)
    problems.extend(
        _codes_taken(report, stored, {**{r.meeting.id: r.line for r in rows}, **claimed})
    )
    if problems:
        raise CsvFormatError(problems)
    _plan_references(db, report, {row.meeting.code or row.meeting.id: row.line for row in rows})
    return report


def _codes_taken(
    report: ImportReport, stored: Sequence[Meeting], lines: dict[str, int]
) -> list[CsvProblem]:
    """A code names one meeting: an import that would give a stored meeting's code to another
    (an update renaming one meeting to another's code) is refused before anything is written."""
    changed = {m.id for m in report.added + report.updated}
    holder = {m.code: m for m in stored if m.code and m.id not in changed}
    problems = []
    for m in report.added + report.updated:
        if not m.code:
            continue
        other = holder.get(m.code)
        if other is not None and other.id != m.id:
            problems.append(
                CsvProblem(
                    report.source,
                    lines.get(m.id, 0),
                    "code",
                    f"{m.code} is already the code of another meeting ({other.title}, "
                    f"{other.span}); give this one a code of its own",
                )
            )
        else:
            holder[m.code] = m
    return problems


def _plan_references(
    db: PlanningDatabase, report: ImportReport, line_of: Mapping[str, int]
) -> None:
    """The bodies, venues and rooms the planned meetings name that the database lacks; a problem
    names the line of its meeting (by code, else id; 0 when ``line_of`` does not know it)."""
    problems: list[CsvProblem] = []

    def problem(m: Meeting, field: str, exc: InvalidBody) -> None:
        line = line_of.get(m.code or m.id, 0)
        problems.append(CsvProblem(report.source, line, field, str(exc)))

    new = missing_references(db, report.added + report.updated, problem)
    if problems:
        raise CsvFormatError(problems)
    report.new_bodies, report.new_venues, report.new_rooms = new.bodies, new.venues, new.rooms


def apply_import(db: PlanningDatabase, report: ImportReport) -> None:
    """Write a planned import in one transaction, if the database still holds what it was
    planned against; otherwise :class:`ImportConflict` and nothing is written."""
    with db.write():
        _check_still_current(db, report)
        save_references(db, NewReferences(report.new_bodies, report.new_venues, report.new_rooms))
        db.save_meetings(report.added + report.updated, report.stamps)


def apply_import_read_back(db: PlanningDatabase, report: ImportReport) -> list[Meeting]:
    """:func:`apply_import`, and the meetings it wrote as the database holds them, read in the
    same transaction (so no other writer's change can come between the write and the read, and
    an undo record built from them is exact)."""
    with db.write():  # apply_import's transaction joins this one
        apply_import(db, report)
        return db.meetings_by_ids([m.id for m in (*report.added, *report.updated)])


def _check_still_current(db: PlanningDatabase, report: ImportReport) -> None:
    stored = {m.id: m for m in db.meetings_by_ids(sorted(report.based_on))}
    for mid, planned in report.based_on.items():
        if stored.get(mid) != planned:
            raise ImportConflict(
                f"{planned.label} was changed or deleted by someone else after {report.source} "
                "was checked; nothing was imported. Import the file again to see what it "
                "would change now."
            )
    added_ids = {m.id for m in report.added}
    added_codes = {m.code for m in report.added if m.code}
    taken = sorted(
        code or mid
        for mid, code in db.conn.execute("SELECT id, code FROM meetings")
        if mid in added_ids or code in added_codes
    )
    if taken:
        first = taken
        raise ImportConflict(
            f"{first[0]} was added by someone else after {report.source} was checked; nothing "
            "was imported. Import the file again to see what it would change now."
        )


def _planned_and_applied(
    db: PlanningDatabase, plan: Callable[[], ImportReport], dry_run: bool
) -> ImportReport:
    """Plan, and unless it is a dry run apply, inside one write transaction: no other writer
    can change the database between the two."""
    if dry_run:
        report = plan()
        report.dry_run = True
        return report
    with db.write():
        report = plan()
        apply_import(db, report)
    return report


def import_csv(db: PlanningDatabase, path: Path | str, *, dry_run: bool = False) -> ImportReport:
    """Import a CSV file, every row or none (:class:`CsvFormatError` lists the problems)."""
    rows = read_meetings(path)
    return _planned_and_applied(db, lambda: plan_import(db, rows, str(path)), dry_run)


def plan_ics_import(db: PlanningDatabase, read: IcsRead, source: str) -> ImportReport:
    """Match iCalendar events by UID, then by code; an event whose SEQUENCE is lower than the
    stored meeting's is skipped, so an old file never overwrites a newer edit."""
    report = ImportReport(source)
    report.skipped.extend(read.skipped)
    stored = db.meetings()
    by_uid = {m.uid: m for m in stored if m.uid}
    by_id = {m.id: m for m in stored}
    by_code = {m.code: m for m in stored if m.code}
    claimed: dict[str, int] = {}
    problems: list[CsvProblem] = []
    new_codes: set[str] = set()
    events = uniquely_coded(read.events)
    spelled = canonical_names(db, [e.meeting for e in events])
    for event, m in zip(events, spelled, strict=True):
        target = by_uid.get(m.uid) if m.uid else None
        if target is None:  # the planner's own id, under whatever UID the event now has
            target = by_id.get(m.id)
        if target is None and m.code and m.code in by_code:
            stored_one = by_code[m.code]
            if event.own or stored_one.overlaps(m):
                target = stored_one
            else:
                # A code guessed from a title ("PP-26" on other dates) never takes over a stored
                # meeting: the event is added without a code and the planner decides what it is.
                m = m.replace(code="")
        if target is None:
            if m.code and m.code in new_codes:
                problems.append(CsvProblem(source, event.line, "code", f"{m.code} is used twice"))
                continue
            new_codes.add(m.code)
            report.added.append(m)
            report.stamps[m.id] = event.stamp
            continue
        if target.id in claimed:
            problems.append(
                CsvProblem(
                    source,
                    event.line,
                    f"UID {event.uid}",
                    f"updates the same meeting as line {claimed[target.id]}",
                )
            )
            continue
        claimed[target.id] = event.line
        if event.own:
            candidate = m.replace(id=target.id, sequence=target.sequence, uid=target.uid)
        else:
            # Another calendar knows when, what and whether: it does not wipe the planner's
            # body, decided period, source or notes of a meeting it happens to match.
            candidate = target.replace(
                title=m.title,
                start=m.start,
                end=m.end,
                precision=m.precision,
                start_time=m.start_time,
                end_time=m.end_time,
                timezone=m.timezone,
                status=m.status if event.has_status else target.status,
            )
        if candidate == target:
            report.unchanged.append(target)
            continue
        if event.sequence < target.sequence:
            report.skipped.append(
                f"{target.label}: the file's SEQUENCE {event.sequence} is older than the "
                f"planner's {target.sequence}"
            )
            continue
        # The file's own SEQUENCE when it is newer, else one past the stored one: a change is
        # never written under a sequence number that already meant something else.
        sequence = max(event.sequence, target.sequence + 1)
        report.updated.append(candidate.replace(sequence=sequence))
        report.based_on[target.id] = target
        report.stamps[target.id] = event.stamp
    lines = {m.id: e.line for e, m in zip(events, spelled, strict=True)}
    lines.update(claimed)
    problems.extend(_codes_taken(report, stored, lines))
    if problems:
        raise CsvFormatError(problems)
    planned = (*report.added, *report.updated)
    _plan_references(db, report, {m.code or m.id: lines.get(m.id, 0) for m in planned})
    return report


def import_ics(
    db: PlanningDatabase,
    path: Path | str,
    *,
    dry_run: bool = False,
    window: tuple[dt.date, dt.date] | None = None,
) -> ImportReport:
    """Import an iCalendar file: every event or none."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvFormatError(
            [CsvProblem(str(path), 0, "", f"cannot read: {exc.strerror}")]
        ) from exc
    with paused_gc():
        read = read_ics(data, str(path), window)
        return _planned_and_applied(db, lambda: plan_ics_import(db, read, str(path)), dry_run)


def import_file(
    db: PlanningDatabase,
    path: Path | str,
    *,
    dry_run: bool = False,
    window: tuple[dt.date, dt.date] | None = None,
) -> ImportReport:
    """Import a .csv or an .ics file (by its name)."""
    if Path(path).suffix.lower() in (".ics", ".ical", ".ifb", ".icalendar"):
        return import_ics(db, path, dry_run=dry_run, window=window)
    return import_csv(db, path, dry_run=dry_run)
