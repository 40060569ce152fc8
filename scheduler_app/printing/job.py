"""A print job: which layout, period, paper and meetings; builds the pages and writes the PDF.

Shared by ``scheduler-app print`` and the window's Print, Print Preview and Export PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from scheduler_app.domain import Meeting, MeetingKind, Precision
from scheduler_app.domain.dates import period_of
from scheduler_app.domain.deadlines import Deadline, deadlines_for, is_last_meeting_before_pp
from scheduler_app.domain.observance import Observance
from scheduler_app.i18n import isolate, translate
from scheduler_app.printing.charts import (
    MIN_LABEL_PT,
    Holiday,
    Overlays,
    cycle_chart,
    month_grid,
    timetable,
    year_planner,
)
from scheduler_app.printing.diff_layout import diff_annex
from scheduler_app.printing.lists import deadlines_checklist, meeting_list
from scheduler_app.printing.page import Measure, Page, Paper, Sheet
from scheduler_app.printing.words import month_name_year
from scheduler_app.services.checking import (
    check_database,
    checker_for_database,
    observances_between,
)
from scheduler_app.services.diff import Side, diff, load_side
from scheduler_app.services.planner import database_label
from scheduler_app.services.venue_holidays import holiday_marks
from scheduler_app.storage import MeetingFilter, PlanningDatabase

MAX_CYCLE_YEARS = 6
MIN_CYCLE_DAYS = 7


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: six years on, the span ends on 28 February
        return dt.date(day.year + years, 3, 1)


class Layout(StrEnum):
    YEAR = "year"
    CYCLE = "cycle"
    QUARTER = "quarter"
    MONTH = "month"
    GRID = "grid"
    LIST = "list"
    DEADLINES = "deadlines"
    DIFF = "diff"


TITLES = {
    Layout.YEAR: "Year planner",
    Layout.CYCLE: "Cycle chart",
    Layout.QUARTER: "Quarter timetable",
    Layout.MONTH: "Month timetable",
    Layout.GRID: "Month calendar",
    Layout.LIST: "Meeting list",
    Layout.DEADLINES: "Deadlines checklist",
    Layout.DIFF: "Changes between two calendars",
}


def heading(layout: Layout) -> str:
    """The title over every page: "ITU meetings: year planner", "Réunions de l'UIT : planning
    annuel" (the layout's name as the window's print dialog calls it)."""
    name = translate("Vocabulary", TITLES[layout])
    return translate("Printing", "ITU meetings: {layout}").format(layout=_lower_first(name))


def _lower_first(name: str) -> str:
    # "Year planner" is "year planner" after a colon; a word in capitals (an acronym) stays
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name


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
    overlays: Overlays = field(default_factory=Overlays)
    mark_today: bool = False  # the screen marks today; paper does not
    page_size: tuple[float, float] | None = None  # (width, height) in mm, instead of the paper
    min_label_pt: float = MIN_LABEL_PT  # smaller bar labels are left out (a screen needs more)
    against: Path | None = None  # the diff: the other calendar (a database or CSV file)


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
        return (
            period_of(Precision.QUARTER, anchor)
            if not request.date_to
            else (anchor, request.date_to)
        )
    if layout is Layout.MONTH:
        return (
            period_of(Precision.MONTH, anchor) if not request.date_to else (anchor, request.date_to)
        )
    if layout is Layout.GRID:
        return period_of(Precision.MONTH, anchor)
    if layout is Layout.CYCLE:
        if request.date_from and request.date_to:  # any span, from a fortnight to six years
            first_day, last_day = request.date_from, request.date_to
            if last_day < first_day:
                raise PrintError(f"--to {last_day} is before --from {first_day}")
            if (last_day - first_day).days < MIN_CYCLE_DAYS - 1:
                raise PrintError(f"a cycle chart shows at least {MIN_CYCLE_DAYS} days")
            if last_day > _add_years(first_day, MAX_CYCLE_YEARS) - dt.timedelta(days=1):
                raise PrintError(f"a cycle chart shows at most {MAX_CYCLE_YEARS} years")
            return first_day, last_day
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
    if layout is Layout.CYCLE and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return f"{first.year}-{last.year}"  # digits and a hyphen keep their order in Arabic
    if layout is Layout.GRID:
        return month_name_year(first.year, first.month)
    if first.year == 1865 and last.year == 2199:
        return translate("Printing", "all dates")
    from scheduler_app.domain import format_span

    return format_span(first, last)


def build_pages(
    db: PlanningDatabase, request: PrintRequest, measure: Measure, today: dt.date
) -> tuple[list[Page], Sheet]:
    """The pages of a request, with the sheet (paper, words around the pages) they use.

    The whole calendar is read only for the layouts that need it (the list's compliance annex,
    the deadlines); a chart reads the meetings of its period, or takes the window's, so that
    drawing a calendar view does not cost a pass over every meeting."""
    if request.layout is Layout.DIFF:
        return _diff_pages(db, request, measure, today)
    pps = db.meetings(MeetingFilter(kinds=frozenset({MeetingKind.PP})))
    first, last = period(request, pps, today)
    if request.only is not None:
        chosen = [m for m in request.only if m.end >= first and m.start <= last]
    else:
        chosen = db.meetings(replace(request.where, date_from=first, date_to=last))
    layout = request.layout
    landscape = (
        request.landscape if request.landscape is not None else layout is not Layout.DEADLINES
    )
    sheet = Sheet(
        paper=request.paper,
        landscape=landscape,
        title=heading(layout),
        period=_period_text(layout, first, last),
        filter=request.filter_text,
        generated=today,
        custom_size=request.page_size,
    )
    overlays = request.overlays
    charts = (Layout.YEAR, Layout.CYCLE, Layout.QUARTER, Layout.MONTH, Layout.GRID)
    if layout in charts:
        if not overlays.outside:
            chosen = [m for m in chosen if m.kind is not MeetingKind.EXTERNAL]
        observances: list[Observance] = []
        if overlays.religious:
            observances = observances_between(db, first, last)
        holidays: list[Holiday] = []
        if overlays.holidays:
            holidays = holiday_marks(db, chosen, first, last)
        today_mark = today if request.mark_today else None
        if layout is Layout.YEAR:
            pages = year_planner(chosen, observances, first.year, sheet, holidays, today_mark)
        elif layout is Layout.CYCLE:
            pages = cycle_chart(
                chosen,
                first,
                last,
                sheet,
                observances,
                holidays,
                overlays.decided,
                today_mark,
                request.min_label_pt,
            )
        elif layout is Layout.GRID:
            pages = month_grid(chosen, observances, first, sheet, holidays, today_mark)
        else:
            pages = timetable(chosen, observances, first, last, sheet, holidays, today_mark)
        return pages, sheet
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
    empty = translate("Printing", "No deadline in this period.")
    deadlines = [d for d in deadlines_for(everything) if first <= d.day <= last]
    narrowed = request.only is not None or request.where != MeetingFilter()
    shown = {m.id for m in chosen} if narrowed else None
    if request.meeting_code:
        target = db.meeting_by_code(request.meeting_code)
        if target is None:
            raise PrintError(f"no meeting with code {request.meeting_code!r}")
        deadlines = deadlines_of(target, everything)
        if target.precision is not Precision.DAY:
            empty = translate(
                "Printing", "{meeting} has no deadline: its dates are not fixed to the day."
            ).format(meeting=target.label)
        else:
            empty = translate(
                "Printing", "No deadline of the ITU texts the planner follows falls to {meeting}."
            ).format(meeting=target.label)
        sheet = Sheet(
            sheet.paper,
            sheet.landscape,
            sheet.title,
            f"{isolate(target.label)} ({isolate(target.span)})",
            sheet.filter,
            today,
        )
    elif shown is not None:
        deadlines = [d for d in deadlines if d.meeting_id in shown]
    return deadlines_checklist(deadlines, sheet, measure, empty), sheet


def deadlines_of(target: Meeting, meetings: Sequence[Meeting]) -> list[Deadline]:
    """The deadlines a planner preparing ``target`` works to: its own and, for a PP, those of
    the Council's last meeting before it (its documents and contributions are the PP's run-up;
    the texts set no deadline counted from a PP's own opening)."""
    preparing = {target.id}
    if target.kind is MeetingKind.PP:
        preparing |= {m.id for m in meetings if is_last_meeting_before_pp(m, [target])}
    return [d for d in deadlines_for(meetings) if d.meeting_id in preparing]


def _diff_pages(
    db: PlanningDatabase, request: PrintRequest, measure: Measure, today: dt.date
) -> tuple[list[Page], Sheet]:
    """The diff annex from ``db`` (before) to ``request.against`` (after), each calendar named
    by its file name and checked as ``check`` checks it."""
    if request.against is None:
        raise PrintError(
            "To print what changed, name the other calendar to compare this one with "
            "(a planning database or a CSV file)."
        )
    names = (database_label(db), request.against.name)
    if names[0] == names[1] and db.path.resolve() != request.against.resolve():
        # two files of one name: the folder each is in tells them apart
        names = (f"{db.path.parent.name}/{names[0]}", f"{request.against.parent.name}/{names[1]}")
    # checked as `scheduler-app diff` checks a database, so the annex says what the diff says
    before = Side(names[0], db.meetings(), check_database(db).findings)
    after = replace(load_side(request.against), name=names[1])
    landscape = request.landscape if request.landscape is not None else False  # a document annex
    sheet = Sheet(
        paper=request.paper,
        landscape=landscape,
        title=heading(Layout.DIFF),
        generated=today,
        custom_size=request.page_size,
    )
    return diff_annex(diff(before, after), sheet, measure, today), sheet
