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
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.i18n import day as i18n_day
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
from scheduler_app.printing.words import english, kind_word, month_name_year
from scheduler_app.rules import Finding
from scheduler_app.rules.model import SEVERITY_ORDER
from scheduler_app.services.diff import CalendarDiff, Moved
from scheduler_app.services.report_words import severity_word

HEADING_SIZE = 10.0  # points, as table.paginate draws its headings
HEADING_H = 7.0  # mm a heading takes, as in table.paginate
NOTE_SIZE = 8.0
NOTE_LINE = NOTE_SIZE * PT * 1.32
SECTION_GAP = 6.0  # mm between the end of one section and the next heading

# Widths are the most a column takes: the narrow ones shrink to their longest cell (see _fit), so
# the title and the finding get the rest; every cell wraps rather than being cut.
MEETING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Code"), 32.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Title"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Dates"), 36.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Kind"), 30.0, wrap=True),
)
MOVED_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Code"), 32.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Title"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Old dates"), 34.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "New dates"), 34.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Moved by"), 26.0, wrap=True),
)
FINDING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Severity"), 15.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Rule"), 48.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Finding"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Citation"), 56.0, wrap=True),
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
    if m.start_time and m.end_time:
        return m.span + " " + isolate(f"{m.start_time:%H:%M}-{m.end_time:%H:%M}")
    return m.span


def _days(n: int) -> str:
    if n == 1:
        return translate("Printing", "{count} day").format(count=n)
    return translate("Printing", "{count} days").format(count=n)


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
        weeks = days % 7 == 0 and abs(days) >= 14
        amount = (
            translate("Printing", "{count} weeks").format(count=abs(days) // 7)
            if weeks
            else _days(abs(days))
        )
        if days > 0:
            parts.append(translate("Printing", "{amount} later").format(amount=amount))
        else:
            parts.append(translate("Printing", "{amount} earlier").format(amount=amount))
    longer = (after.end - after.start).days - (before.end - before.start).days
    if longer:
        amount = _days(abs(longer))
        if longer > 0:
            parts.append(translate("Printing", "{amount} longer").format(amount=amount))
        else:
            parts.append(translate("Printing", "{amount} shorter").format(amount=amount))
    return translate("Printing", ", ").join(parts) or translate("Printing", "new times")


def _meeting_row(m: Meeting) -> Row:
    return Row(
        (m.code, m.title, _when(m), kind_word(m.kind)),
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
        (severity_word(f.severity.value), f.rule_id, f.message, f.citation),
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
        title = translate("Printing", col.title)
        need = max([measure(title, SIZE, True)] + [measure(r.cells[i], SIZE, r.bold) for r in rows])
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
        (QT_TRANSLATE_NOOP("Printing", "Added"), meeting_columns, added),
        (QT_TRANSLATE_NOOP("Printing", "Removed"), meeting_columns, removed),
        (QT_TRANSLATE_NOOP("Printing", "Moved"), moved_columns, moved),
        (QT_TRANSLATE_NOOP("Printing", "Findings gained"), finding_columns, gained),
        (QT_TRANSLATE_NOOP("Printing", "Findings lost"), finding_columns, lost),
    )
    return [
        Section(name, _heading(name, len(rows)), columns, rows) for name, columns, rows in parts
    ]


def _heading(name: str, count: int) -> str:
    shown = translate("Printing", name)
    return f"{shown} ({count})" if count else shown


def _first_row_height(section: Section, sheet: Sheet, measure: Measure) -> float:
    """The height of a section's first row as :func:`table.paginate` will lay it out, so that a
    heading is never left at the foot of a page without a row under it."""
    widths = column_widths(sheet, section.columns, section.rows, measure)
    return row_layout(section.rows[0], section.columns, widths, measure)[2]


def _summary(change: CalendarDiff) -> str:
    if change.empty:
        return translate(
            "Printing",
            "No meeting was added, removed or moved, and no finding was gained or lost.",
        )
    return translate(
        "Printing",
        "{added} added, {removed} removed, {moved} moved; findings: {gained} gained, {lost} lost.",
    ).format(
        added=len(change.added),
        removed=len(change.removed),
        moved=len(change.moved),
        gained=len(change.gained),
        lost=len(change.lost),
    )


def _title_block(
    page: Page, sheet: Sheet, change: CalendarDiff, printed: dt.date, measure: Measure
) -> float:
    """Which calendar is which, when this was printed and the counts; returns the y below it."""
    left, width = sheet.body_left, sheet.body_right - sheet.body_left
    y = sheet.body_top
    label_w = 24.0
    printed_text = f"{printed.day} {month_name_year(printed.year, printed.month)}"
    if not english():
        printed_text = i18n_day(printed, "yMMMMd")
    lines = (
        (translate("Printing", "Before"), isolate(change.a)),
        (translate("Printing", "After"), isolate(change.b)),
        (translate("Printing", "Printed"), printed_text),
        (translate("Printing", "Changes"), _summary(change)),
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
        none = translate("Printing", "none")
        page.add(Text(sheet.body_left, y + HEADING_H, width, NOTE_LINE, none, size=NOTE_SIZE))
        y += HEADING_H + NOTE_LINE + SECTION_GAP
    frame(pages, sheet)
    return pages
