"""The diff annex (``print --layout diff``): what changed between two calendars, for a Council
document.

A title block names the two calendars by the names a planner knows them by (the database's file
name, the CSV file's name) and the day it was printed; then five sections, each a table whose
header repeats after a page break, or the word "none": meetings added, removed and moved (old
and new dates as planners write them), and findings gained and lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from scheduler_app.domain import Meeting, Precision
from scheduler_app.domain.legend import KIND_HEX, status_mark
from scheduler_app.printing.page import PT, Measure, Page, Sheet, Text, frame, wrap_lines
from scheduler_app.printing.table import (
    LINE,
    PAD,
    SIZE,
    Column,
    Placed,
    Row,
    column_widths,
    paginate,
    row_layout,
)
from scheduler_app.rules import Finding
from scheduler_app.rules.model import SEVERITY_ORDER
from scheduler_app.services.diff import CalendarDiff, Moved

HEADING_SIZE = 10.0  # points, as table.paginate draws its headings
HEADING_H = 7.0  # mm a heading takes, as in table.paginate
NOTE_SIZE = 8.0
NOTE_LINE = NOTE_SIZE * PT * 1.32
SECTION_GAP = 6.0  # mm between the end of one section and the next heading

# Widths are the most a column takes: the narrow ones shrink to their longest cell (see _fit), so
# the title and the finding get the rest; every cell wraps rather than being cut.
MEETING_COLUMNS = (
    Column("Code", 32.0, wrap=True),
    Column("Title", 0.0, wrap=True),
    Column("Dates", 36.0, wrap=True),
    Column("Kind", 30.0, wrap=True),
)
MOVED_COLUMNS = (
    Column("Code", 32.0, wrap=True),
    Column("Title", 0.0, wrap=True),
    Column("Old dates", 34.0, wrap=True),
    Column("New dates", 34.0, wrap=True),
    Column("Moved by", 26.0, wrap=True),
)
FINDING_COLUMNS = (
    Column("Severity", 15.0),
    Column("Rule", 48.0, wrap=True),
    Column("Finding", 0.0, wrap=True),
    Column("Citation", 56.0, wrap=True),
)
FITTED = frozenset({"Code", "Dates", "Kind", "Old dates", "New dates", "Moved by", "Rule"})
MIN_WIDTH = 14.0  # mm


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the annex: its heading, its table and the rows (none: it says "none")."""

    name: str  # "Added", "Moved", "Findings gained"...
    heading: str
    columns: Sequence[Column]
    rows: Sequence[Row]


def _when(m: Meeting) -> str:
    """The dates of a meeting as planners write them, with its times when it has set times."""
    times = f" {m.start_time:%H:%M}-{m.end_time:%H:%M}" if m.start_time and m.end_time else ""
    return m.span + times


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _shift(mv: Moved) -> str:
    """How far a meeting moved ("2 weeks later", "3 days longer"), when both sides give it
    exact days; a template row moved from its period, or a month or quarter, has no count."""
    before, after = mv.before, mv.after
    exact = before.precision is Precision.DAY and after.precision is Precision.DAY
    if mv.old != before.span or not exact:
        return ""
    parts = []
    days = (after.start - before.start).days
    if days:
        way = "later" if days > 0 else "earlier"
        weeks = days % 7 == 0 and abs(days) >= 14
        parts.append(f"{abs(days) // 7} weeks {way}" if weeks else f"{_days(abs(days))} {way}")
    longer = (after.end - after.start).days - (before.end - before.start).days
    if longer:
        parts.append(f"{_days(abs(longer))} {'longer' if longer > 0 else 'shorter'}")
    return ", ".join(parts) or "new times"


def _meeting_row(m: Meeting) -> Row:
    return Row(
        (m.code, m.title, _when(m), m.kind.short_label),
        swatch=KIND_HEX[m.kind],
        mark=status_mark(m.status),
    )


def _moved_row(mv: Moved) -> Row:
    old = mv.old if mv.old != mv.before.span else _when(mv.before)
    new = mv.new if mv.new != mv.after.span else _when(mv.after)
    return Row(
        (mv.after.code, mv.after.title, old, new, _shift(mv)),
        swatch=KIND_HEX[mv.after.kind],
        mark=status_mark(mv.after.status),
    )


def _finding_row(f: Finding) -> Row:
    return Row(
        (f.severity.value, f.rule_id, f.message, f.citation),
        bold=f.severity.value == "error",
    )


def _by_date(meetings: Sequence[Meeting]) -> list[Meeting]:
    return sorted(meetings, key=lambda m: (m.start, m.end, m.code, m.title))


def _by_severity(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.rule_id, f.message))


def _fit(columns: Sequence[Column], rows: Sequence[Row], measure: Measure) -> list[Column]:
    """Shrink the narrow columns to their longest cell (and title), up to their width."""
    fitted = []
    for i, col in enumerate(columns):
        if col.title not in FITTED or not col.width:
            fitted.append(col)
            continue
        need = max(
            [measure(col.title, SIZE, True)] + [measure(r.cells[i], SIZE, r.bold) for r in rows]
        )
        fitted.append(replace(col, width=min(col.width, max(MIN_WIDTH, need + 2 * PAD + 0.6))))
    return fitted


def sections(change: CalendarDiff, measure: Measure) -> list[Section]:
    """The five sections of the annex, rows in the order a reader looks for them (meetings by
    date, findings errors first). Added and Removed share their columns, and so do the two
    findings sections, so that the tables line up."""
    added = [_meeting_row(m) for m in _by_date(change.added)]
    removed = [_meeting_row(m) for m in _by_date(change.removed)]
    moved = [
        _moved_row(mv)
        for mv in sorted(change.moved, key=lambda mv: (mv.after.start, mv.after.code))
    ]
    gained = [_finding_row(f) for f in _by_severity(change.gained)]
    lost = [_finding_row(f) for f in _by_severity(change.lost)]
    meeting_columns = _fit(MEETING_COLUMNS, added + removed, measure)
    moved_columns = _fit(MOVED_COLUMNS, moved, measure)
    finding_columns = _fit(FINDING_COLUMNS, gained + lost, measure)
    parts = (
        ("Added", meeting_columns, added),
        ("Removed", meeting_columns, removed),
        ("Moved", moved_columns, moved),
        ("Findings gained", finding_columns, gained),
        ("Findings lost", finding_columns, lost),
    )
    return [
        Section(name, f"{name} ({len(rows)})" if rows else name, columns, rows)
        for name, columns, rows in parts
    ]


def _first_row_height(section: Section, sheet: Sheet, measure: Measure) -> float:
    """The height of a section's first row as :func:`table.paginate` will lay it out, so that a
    heading is never left at the foot of a page without a row under it."""
    widths = column_widths(sheet, section.columns, section.rows, measure)
    return row_layout(section.rows[0], section.columns, widths, measure)[2]


def _summary(change: CalendarDiff) -> str:
    if change.empty:
        return "No meeting was added, removed or moved, and no finding was gained or lost."
    return (
        f"{len(change.added)} added, {len(change.removed)} removed, {len(change.moved)} moved; "
        f"findings: {len(change.gained)} gained, {len(change.lost)} lost."
    )


def _title_block(
    page: Page, sheet: Sheet, change: CalendarDiff, printed: dt.date, measure: Measure
) -> float:
    """Which calendar is which, when this was printed and the counts; returns the y below it."""
    left, width = sheet.body_left, sheet.body_right - sheet.body_left
    y = sheet.body_top
    label_w = 24.0
    lines = (
        ("Before", change.a),
        ("After", change.b),
        ("Printed", f"{printed.day} {printed:%B %Y}"),
        ("Changes", _summary(change)),
    )
    for label, value in lines:
        page.add(Text(left, y, label_w, NOTE_LINE, label, size=NOTE_SIZE, bold=True))
        wrapped = wrap_lines(value, width - label_w, NOTE_SIZE, measure)  # a long name wraps
        page.add(
            Text(
                left + label_w,
                y,
                width - label_w,
                NOTE_LINE * len(wrapped),
                "\n".join(wrapped),
                size=NOTE_SIZE,
                elide=False,
                wrap=True,
            )
        )
        y += NOTE_LINE * len(wrapped) + 0.8
    return y


def diff_annex(
    change: CalendarDiff,
    sheet: Sheet,
    measure: Measure,
    printed: dt.date,
    placed: dict[str, list[Placed]] | None = None,
) -> list[Page]:
    """The pages of the annex. ``placed`` (a test's probe) receives, per section name ("Added",
    "Moved"...), where each of its rows went."""
    pages = [sheet.blank()]
    y = _title_block(pages[0], sheet, change, printed, measure) + SECTION_GAP
    width = sheet.body_right - sheet.body_left
    for section in sections(change, measure):
        if section.rows:
            header = HEADING_H + LINE + 2 * PAD
            start: float | None = y
            if y + header + _first_row_height(section, sheet, measure) > sheet.body_bottom:
                start = None  # the heading goes over with its first row
            where = paginate(
                pages,
                sheet,
                section.columns,
                section.rows,
                measure,
                heading=section.heading,
                top=start,
            )
            if placed is not None:
                placed[section.name] = where
            y = where[-1].bottom + SECTION_GAP
            continue
        if y + HEADING_H + NOTE_LINE > sheet.body_bottom:
            pages.append(sheet.blank())
            y = sheet.body_top
        page = pages[-1]
        page.add(
            Text(sheet.body_left, y, width, 6.0, section.heading, size=HEADING_SIZE, bold=True)
        )
        page.add(Text(sheet.body_left, y + HEADING_H, width, NOTE_LINE, "none", size=NOTE_SIZE))
        y += HEADING_H + NOTE_LINE + SECTION_GAP
    frame(pages, sheet)
    return pages
