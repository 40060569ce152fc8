"""List layouts: the meeting list with its compliance annex, and the deadlines checklist."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.deadlines import Deadline
from scheduler_app.domain.legend import KIND_HEX, status_mark
from scheduler_app.domain.meeting import country_name
from scheduler_app.printing.page import Measure, Page, Sheet, frame
from scheduler_app.printing.table import Column, Placed, Row, paginate
from scheduler_app.rules import Finding

Progress = Callable[[int, int], None]


def _place(m: Meeting) -> str:
    where = ", ".join(p for p in (m.room, m.venue) if p)
    city = ", ".join(p for p in (m.city, country_name(m.country) if m.country else "") if p)
    return "; ".join(p for p in (where, city) if p) or (
        "online" if m.mode.value == "virtual" else ""
    )


MEETING_COLUMNS = (
    Column("Dates", 27.0),
    Column("Code", 24.0),
    Column("Title", 0.0, wrap=True),
    Column("Kind", 27.0),
    Column("Venue", 36.0, wrap=True),
    Column("Status", 16.0),
    Column("Source", 46.0, wrap=True),
)
ANNEX_COLUMNS = (
    Column("Severity", 15.0),
    Column("Rule", 44.0),
    Column("Finding", 0.0, wrap=True),
    Column("Citation", 62.0, wrap=True),
    Column("Waiver", 40.0, wrap=True),
)


def meeting_rows(meetings: Sequence[Meeting]) -> list[Row]:
    rows = []
    for m in meetings:
        times = f" {m.start_time:%H:%M}-{m.end_time:%H:%M}" if m.start_time and m.end_time else ""
        rows.append(
            Row(
                (
                    m.span + times,
                    m.code,
                    m.title,
                    m.kind.short_label,
                    _place(m),
                    m.status.value,
                    m.source,
                ),
                swatch=KIND_HEX[m.kind],
                mark=status_mark(m.status),
            )
        )
    return rows


def meeting_list(
    meetings: Sequence[Meeting],
    findings: Sequence[Finding] | None,
    sheet: Sheet,
    measure: Measure,
    placed: list[Placed] | None = None,
) -> list[Page]:
    """Every meeting as a table row (titles and sources in full), then, if ``findings`` is given,
    a compliance annex: every finding with its rule, severity, message, citation and waiver."""
    pages: list[Page] = []
    where = paginate(pages, sheet, MEETING_COLUMNS, meeting_rows(meetings), measure)
    if placed is not None:
        placed.extend(where)
    if findings is not None:
        annex = [
            Row(
                (
                    f.severity.value,
                    f.rule_id,
                    f.message,
                    f.citation,
                    f.waiver_reason if f.waived else "",
                ),
                bold=f.severity.value == "error" and not f.waived,
            )
            for f in findings
        ]
        if not annex:
            annex = [Row(("", "", "The rules found nothing to report.", "", ""))]
        top = (where[-1].bottom if where else sheet.body_top) + 8.0
        paginate(
            pages,
            sheet,
            ANNEX_COLUMNS,
            annex,
            measure,
            heading="Compliance annex: what the ITU's scheduling rules say about these meetings",
            top=top,
        )
    frame(pages, sheet)
    return pages


DEADLINE_COLUMNS = (
    Column("Done", 9.0),
    Column("Date", 20.0),
    Column("Day", 9.0),
    Column("Meeting", 22.0),
    Column("Deadline", 0.0, wrap=True),
    Column("Rule", 30.0, wrap=True),
    Column("Source", 55.0, wrap=True),
)


def deadlines_checklist(
    deadlines: Sequence[Deadline],
    sheet: Sheet,
    measure: Measure,
    empty: str = "No deadline in this period.",
) -> list[Page]:
    """A checklist of deadlines, by date, each with its rule and the text it comes from;
    ``empty`` says why there is none."""
    rows = [
        Row(("☐", d.day.strftime("%d %b %Y"), d.weekday, d.meeting_code, d.title, d.rule, d.source))
        for d in deadlines
    ]
    if not rows:
        rows = [Row(("", "", "", "", empty, "", ""))]
    pages: list[Page] = []
    paginate(pages, sheet, DEADLINE_COLUMNS, rows, measure)
    frame(pages, sheet)
    return pages
