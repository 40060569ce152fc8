"""What changed between two calendars (``scheduler-app diff A B``): meetings added, removed and
moved, and findings gained and lost.

Each side is a planning database or a CSV file (an import file or a planning template: a
template's rows still to place have no dates, so a plan of it shows them as moved from their
period to their dates). Meetings are matched by id, then by code, then by title and kind.
Findings are matched by rule, meetings and subject, so a finding whose words change only because
its meeting moved is neither gained nor lost.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scheduler_app.domain import Meeting
from scheduler_app.i18n import translate
from scheduler_app.rules import Finding
from scheduler_app.services.report_words import count, severity_word
from scheduler_app.storage import StorageError

DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


@dataclass(frozen=True, slots=True)
class Side:
    """One calendar of a diff: its meetings, its findings, and the rows of a template that are
    still to place (id -> "5 days within 2027")."""

    name: str
    meetings: list[Meeting]
    findings: list[Finding]
    unplaced: dict[str, str] = field(default_factory=dict)

    def when(self, m: Meeting) -> str:
        return self.unplaced.get(m.id) or m.span


@dataclass(frozen=True, slots=True)
class Moved:
    """A meeting on both sides with other dates: ``old`` and ``new`` as planners write them."""

    before: Meeting
    after: Meeting
    old: str
    new: str

    @property
    def label(self) -> str:
        return self.after.label


@dataclass
class CalendarDiff:
    a: str
    b: str
    added: list[Meeting] = field(default_factory=list)
    removed: list[Meeting] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    gained: list[Finding] = field(default_factory=list)
    lost: list[Finding] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.moved or self.gained or self.lost)

    def as_json(self) -> dict[str, Any]:
        def meeting(m: Meeting) -> dict[str, str]:
            return {"code": m.code, "title": m.title, "start": str(m.start), "end": str(m.end)}

        def finding(f: Finding) -> dict[str, Any]:
            return {
                "rule": f.rule_id,
                "severity": f.severity.value,
                "meetings": list(f.meeting_codes),
                "message": f.message,
            }

        return {
            "a": self.a,
            "b": self.b,
            "added": [meeting(m) for m in self.added],
            "removed": [meeting(m) for m in self.removed],
            "moved": [
                {
                    "code": mv.after.code,
                    "title": mv.after.title,
                    "old": mv.old,
                    "new": mv.new,
                    "new_start": str(mv.after.start),
                    "new_end": str(mv.after.end),
                }
                for mv in self.moved
            ],
            "findings_gained": [finding(f) for f in self.gained],
            "findings_lost": [finding(f) for f in self.lost],
        }

    def as_text(self) -> str:
        """The changes a person reads, in the current language (the JSON keeps the slugs)."""
        heading = translate("CommandLine", "From {a} to {b}:").format(a=self.a, b=self.b)
        if self.empty:
            return heading + translate("CommandLine", " no change")
        lines = [heading]

        def section(title: str, items: Sequence[str]) -> None:
            if items:
                lines.append(title.format(n=count(len(items))))
                lines.extend(f"  {item}" for item in items)

        def meeting(m: Meeting) -> str:
            return translate("CommandLine", "{meeting}: {title}, {dates}").format(
                meeting=m.label, title=m.title, dates=m.span
            )

        def finding(f: Finding) -> str:
            return f"{severity_word(f.severity.value)} {f.rule_id}: {f.message}"

        section(translate("CommandLine", "Added ({n}):"), [meeting(m) for m in self.added])
        section(translate("CommandLine", "Removed ({n}):"), [meeting(m) for m in self.removed])
        section(
            translate("CommandLine", "Moved ({n}):"),
            [f"{mv.label}: {mv.old} -> {mv.new}" for mv in self.moved],
        )
        section(
            translate("CommandLine", "Findings gained ({n}):"), [finding(f) for f in self.gained]
        )
        section(translate("CommandLine", "Findings lost ({n}):"), [finding(f) for f in self.lost])
        return "\n".join(lines)


def _dates(m: Meeting) -> tuple[object, ...]:
    return (m.start, m.end, m.start_time, m.end_time, m.precision)


def _finding_key(f: Finding) -> tuple[str, tuple[str, ...], str]:
    return (f.rule_id, tuple(sorted(f.meeting_codes)), f.subject)


def _changed_findings(a: Iterable[Finding], b: Iterable[Finding]) -> list[Finding]:
    """The unwaived findings of ``b`` that ``a`` does not have (counted, as a multiset)."""
    left = Counter(_finding_key(f) for f in a if not f.waived)
    out = []
    for f in b:
        if f.waived:
            continue
        key = _finding_key(f)
        if left[key] > 0:
            left[key] -= 1
        else:
            out.append(f)
    return out


def diff(a: Side, b: Side) -> CalendarDiff:
    """Match the meetings of ``a`` and ``b`` and compare their dates and findings."""
    result = CalendarDiff(a.name, b.name)
    by_id = {m.id: m for m in a.meetings}
    by_code = {m.code: m for m in a.meetings if m.code}
    by_key = {(m.title.casefold(), m.kind): m for m in a.meetings if not m.code}
    matched: set[str] = set()
    for m in b.meetings:
        old = by_id.get(m.id)
        if old is None or old.id in matched:
            old = by_code.get(m.code) if m.code else by_key.get((m.title.casefold(), m.kind))
        if old is None or old.id in matched:
            result.added.append(m)
            continue
        matched.add(old.id)
        if old.id in a.unplaced or _dates(old) != _dates(m):
            result.moved.append(Moved(old, m, a.when(old), b.when(m)))
    result.removed = [m for m in a.meetings if m.id not in matched]
    result.gained = _changed_findings(a.findings, b.findings)
    result.lost = _changed_findings(b.findings, a.findings)
    return result


def side_problem(path: Path) -> str:
    """Why ``path`` cannot be one side of a comparison ("" when it is a file): the command
    line's ``diff`` and ``print --against`` say it before any work."""
    path = Path(path)
    if path.is_dir():
        return translate(
            "CommandLine", "{path} is a folder, not a planning database or CSV file"
        ).format(path=path)
    if not path.is_file():
        return translate("CommandLine", "{path}: no such file").format(path=path)
    return ""


def load_side(path: Path) -> Side:
    """A database (by its suffix) checked with its own policy and waivers, or a CSV file checked
    as ``check`` checks one (its rows still to place left out of the check)."""
    from scheduler_app.services.checking import check_database, check_meetings

    if Path(path).is_dir():
        raise StorageError(side_problem(path))
    if path.suffix.lower() in DATABASE_SUFFIXES:
        from scheduler_app.services.planner import open_database

        if not path.is_file():
            raise StorageError(
                translate("CommandLine", "{path}: no such database").format(path=path)
            )
        with open_database(path, create=False) as db:
            meetings = db.meetings()
            findings = check_database(db).findings
        return Side(str(path), meetings, findings)
    from scheduler_app.services.planning.template import read_template

    template = read_template(path)
    within = translate("CommandLine", "{n} days within {period}")
    unplaced = {
        p.meeting.id: within.format(n=count(p.days), period=p.window.text)
        for p in template.to_place
    }
    meetings = [r.meeting for r in template.rows]
    dated = [m for m in meetings if m.id not in unplaced]
    return Side(str(path), meetings, check_meetings(dated).findings, unplaced)


def diff_files(a: Path, b: Path) -> CalendarDiff:
    return diff(load_side(a), load_side(b))
