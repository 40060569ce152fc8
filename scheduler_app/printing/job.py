"""A print job: which layout, period, paper and meetings; builds the pages and writes the PDF.

Shared by ``scheduler-app print`` and the window's Print, Print Preview and Export PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.domain.deadlines import deadlines_for
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import cycle_chart, timetable, year_planner
from scheduler_app.printing.lists import deadlines_checklist, meeting_list
from scheduler_app.printing.page import Measure, Page, Paper, Sheet
from scheduler_app.services.checking import checker_for_database, observances_between
from scheduler_app.storage import MeetingFilter, PlanningDatabase

MAX_CYCLE_YEARS = 6


class Layout(StrEnum):
    YEAR = "year"
    CYCLE = "cycle"
    QUARTER = "quarter"
    MONTH = "month"
    LIST = "list"
    DEADLINES = "deadlines"


TITLES = {
    Layout.YEAR: "Year planner",
    Layout.CYCLE: "Cycle chart",
    Layout.QUARTER: "Quarter timetable",
    Layout.MONTH: "Month timetable",
    Layout.LIST: "Meeting list",
    Layout.DEADLINES: "Deadlines checklist",
}


class PrintError(ValueError):
    """A print request that cannot be met (a period too long, an unknown meeting...)."""


@dataclass
class PrintRequest:
    layout: Layout
    year: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    paper: Paper = Paper.A4
    landscape: bool | None = None  # None: the layout's natural orientation
    where: MeetingFilter = field(default_factory=MeetingFilter)
    filter_text: str = ""
    meeting_code: str = ""  # deadlines of one meeting
    annex: bool = True
    only: Sequence[Meeting] | None = None  # the meetings the window's filter shows


def _quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    q = (day.month - 1) // 3
    first = dt.date(day.year, 3 * q + 1, 1)
    nxt = dt.date(day.year + (q == 3), (3 * q + 3) % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _month_of(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def period(
    request: PrintRequest, meetings: Sequence[Meeting], today: dt.date
) -> tuple[dt.date, dt.date]:
    """The period a request covers, from --year, --from/--to or the layout's natural default."""
    layout = request.layout
    anchor = request.date_from or (dt.date(request.year, 1, 1) if request.year else today)
    if layout is Layout.YEAR:
        year = request.year or anchor.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if layout is Layout.QUARTER:
        return _quarter_of(anchor) if not request.date_to else (anchor, request.date_to)
    if layout is Layout.MONTH:
        return _month_of(anchor) if not request.date_to else (anchor, request.date_to)
    if layout is Layout.CYCLE:
        if request.date_from or request.date_to or request.year:
            first = anchor.year
            last = request.date_to.year if request.date_to else first + 4
        else:  # a whole PP-to-PP cycle around today
            pps = sorted(m.year for m in meetings if m.kind is MeetingKind.PP)
            before = [y for y in pps if y <= today.year]
            first = before[-1] if before else today.year
            last = first + 4
        if last - first + 1 > MAX_CYCLE_YEARS:
            raise PrintError(
                f"a cycle chart shows at most {MAX_CYCLE_YEARS} years, not {last - first + 1}"
            )
        if last < first:
            raise PrintError(f"--to {last} is before --from {first}")
        return dt.date(first, 1, 1), dt.date(last, 12, 31)
    if request.date_from or request.date_to:
        return (request.date_from or dt.date(1865, 1, 1), request.date_to or dt.date(2199, 12, 31))
    if request.year:
        return dt.date(request.year, 1, 1), dt.date(request.year, 12, 31)
    return dt.date(1865, 1, 1), dt.date(2199, 12, 31)  # a list of everything


def _period_text(layout: Layout, first: dt.date, last: dt.date) -> str:
    if layout is Layout.YEAR:
        return str(first.year)
    if layout is Layout.CYCLE:
        return f"{first.year}-{last.year}"
    if first.year == 1865 and last.year == 2199:
        return "all dates"
    from scheduler_app.domain import format_span

    return format_span(first, last)


def build_pages(
    db: PlanningDatabase, request: PrintRequest, measure: Measure, today: dt.date
) -> tuple[list[Page], Sheet]:
    """The pages of a request, with the sheet (paper, words around the pages) they use.

    The whole calendar is read only for the layouts that need it (the list's compliance annex,
    the deadlines); a chart reads the meetings of its period, or takes the window's, so that
    drawing a calendar view does not cost a pass over every meeting."""
    pps = db.meetings(MeetingFilter(kinds=frozenset({MeetingKind.PP})))
    first, last = period(request, pps, today)
    if request.only is not None:
        chosen = [m for m in request.only if m.end >= first and m.start <= last]
    else:
        where = MeetingFilter(
            date_from=first,
            date_to=last,
            kinds=request.where.kinds,
            sectors=request.where.sectors,
            statuses=request.where.statuses,
        )
        chosen = db.meetings(where)
    layout = request.layout
    landscape = (
        request.landscape if request.landscape is not None else layout is not Layout.DEADLINES
    )
    sheet = Sheet(
        paper=request.paper,
        landscape=landscape,
        title=f"ITU meetings: {TITLES[layout].lower()}",
        period=_period_text(layout, first, last),
        filter=request.filter_text,
        generated=today,
    )
    observances: list[Observance] = []
    if layout in (Layout.YEAR, Layout.QUARTER, Layout.MONTH):
        observances = observances_between(db, first, last)
    if layout is Layout.YEAR:
        return year_planner(chosen, observances, first.year, sheet), sheet
    if layout is Layout.CYCLE:
        return cycle_chart(chosen, first.year, last.year, sheet), sheet
    if layout in (Layout.QUARTER, Layout.MONTH):
        return timetable(chosen, observances, first, last, sheet), sheet
    if layout is Layout.LIST:
        findings = None
        if request.annex:
            checker = checker_for_database(db, as_of=today)
            ids = {m.id for m in chosen}
            findings = [
                f
                for f in checker.findings()
                if not f.meeting_ids or ids.intersection(f.meeting_ids)
            ]
        return meeting_list(chosen, findings, sheet, measure), sheet
    everything = db.meetings()
    deadlines = [d for d in deadlines_for(everything) if first <= d.day <= last]
    narrowed = request.only is not None or request.where != MeetingFilter()
    shown = {m.id for m in chosen} if narrowed else None
    if request.meeting_code:
        target = db.meeting_by_code(request.meeting_code)
        if target is None:
            raise PrintError(f"no meeting with code {request.meeting_code!r}")
        deadlines = [d for d in deadlines_for(everything) if d.meeting_id == target.id]
        sheet = Sheet(
            sheet.paper,
            sheet.landscape,
            sheet.title,
            f"{target.label} ({target.span})",
            sheet.filter,
            today,
        )
    elif shown is not None:
        deadlines = [d for d in deadlines if d.meeting_id in shown]
    return deadlines_checklist(deadlines, sheet, measure), sheet
