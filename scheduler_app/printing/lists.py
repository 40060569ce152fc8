"""List layouts: the meeting list with its compliance annex, and the deadlines checklist."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from scheduler_app.domain import Meeting
from scheduler_app.domain.deadlines import Deadline
from scheduler_app.domain.legend import KIND_HEX, status_mark
from scheduler_app.domain.meeting import country_name
from scheduler_app.i18n import QT_TRANSLATE_NOOP, isolate, translate
from scheduler_app.printing.deadline_words import deadline_rule, deadline_title
from scheduler_app.printing.page import Measure, Page, Sheet, frame
from scheduler_app.printing.table import Column, Placed, Row, paginate
from scheduler_app.printing.words import kind_word, plain_day, weekday_abbr
from scheduler_app.rules import Finding
from scheduler_app.services.report_words import severity_word, status_word

Progress = Callable[[int, int], None]


def _place(m: Meeting) -> str:
    where = ", ".join(p for p in (m.room, m.venue) if p)
    city = ", ".join(p for p in (m.city, country_name(m.country) if m.country else "") if p)
    return "; ".join(p for p in (where, city) if p) or (
        translate("Printing", "online") if m.mode.value == "virtual" else ""
    )


MEETING_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Dates"), 27.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Code"), 24.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Title"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Kind"), 27.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Venue"), 36.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Status"), 16.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Source"), 46.0, wrap=True),
)
ANNEX_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Severity"), 15.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Rule"), 44.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Finding"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Citation"), 62.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Waiver"), 40.0, wrap=True),
)


def meeting_rows(meetings: Sequence[Meeting]) -> list[Row]:
    rows = []
    for m in meetings:
        times = ""
        if m.start_time and m.end_time:  # kept in its order inside an Arabic line
            times = " " + isolate(f"{m.start_time:%H:%M}-{m.end_time:%H:%M}")
        rows.append(
            Row(
                (
                    m.span + times,
                    m.code,
                    m.title,
                    kind_word(m.kind),
                    _place(m),
                    status_word(m.status),
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
                    severity_word(f.severity.value),
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
            nothing = translate("Printing", "The rules found nothing to report.")
            annex = [Row(("", "", nothing, "", ""))]
        top = (where[-1].bottom if where else sheet.body_top) + 8.0
        paginate(
            pages,
            sheet,
            ANNEX_COLUMNS,
            annex,
            measure,
            heading=translate(
                "Printing",
                "Compliance annex: what the ITU's scheduling rules say about these meetings",
            ),
            top=top,
        )
    frame(pages, sheet)
    return pages


DEADLINE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("Printing", "Done"), 9.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Date"), 20.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Day"), 9.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Meeting"), 22.0),
    Column(QT_TRANSLATE_NOOP("Printing", "Deadline"), 0.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Rule"), 30.0, wrap=True),
    Column(QT_TRANSLATE_NOOP("Printing", "Source"), 55.0, wrap=True),
)


def deadlines_checklist(
    deadlines: Sequence[Deadline],
    sheet: Sheet,
    measure: Measure,
    empty: str = "",
) -> list[Page]:
    """A checklist of deadlines, by date, each with its rule and the text it comes from;
    ``empty`` says why there is none."""
    rows = [
        Row(
            (
                "☐",
                plain_day(d.day),
                weekday_abbr(d.day.weekday()),
                d.meeting_code,
                deadline_title(d),
                deadline_rule(d),
                d.source,
            )
        )
        for d in deadlines
    ]
    if not rows:
        empty = empty or translate("Printing", "No deadline in this period.")
        rows = [Row(("", "", "", "", empty, "", ""))]
    pages: list[Page] = []
    paginate(pages, sheet, DEADLINE_COLUMNS, rows, measure)
    frame(pages, sheet)
    return pages
