"""A planning template: the import CSV format plus ``days`` and ``within``.

A row with dates is fixed. A row with ``days`` (its length) and ``within`` (a period: ``2035``,
``2035-Q4``, ``2035-10`` or ``2035-03-01..2035-06-30``) and no dates is a meeting to place. The
rest of each row is read by the import's own row parser, so a template is checked exactly as an
import would be (codes, kinds, bodies, countries...).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from scheduler_app.domain import InvalidMeeting, Meeting
from scheduler_app.domain.dates import format_span, parse_period
from scheduler_app.i18n import isolate, translate
from scheduler_app.interop.csvfile import CsvFormatError, CsvProblem, CsvRow, parse_meetings
from scheduler_app.rules.wording import code as coded
from scheduler_app.rules.wording import count

TEMPLATE_COLUMNS = ("days", "within")
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Window:
    """The days a meeting to place may occupy: it opens on or after ``first`` and closes by
    ``last``, both inclusive."""

    first: dt.date
    last: dt.date
    text: str  # as the template wrote it, for messages

    @property
    def span(self) -> str:
        return format_span(self.first, self.last)


@dataclass(frozen=True, slots=True)
class ToPlace:
    """A template row to be placed: its meeting (dated provisionally at the window's start), its
    length in days and its window."""

    line: int
    meeting: Meeting
    days: int
    window: Window

    def describe(self) -> str:
        # "1 days" as English always wrote it (tests and scripts read it); the translations
        # use a form that fits every number
        return translate("Messages", "{code} ({n} days within {period})").format(
            code=coded(self.meeting), n=count(self.days), period=isolate(self.window.text)
        )


@dataclass(frozen=True, slots=True)
class Template:
    """Every row of a template, in file order; ``to_place`` are the rows without dates."""

    name: str
    rows: list[CsvRow]
    to_place: list[ToPlace]

    @property
    def fixed(self) -> list[Meeting]:
        placed = {p.meeting.id for p in self.to_place}
        return [r.meeting for r in self.rows if r.meeting.id not in placed]


def parse_within(text: str, column: str = "within") -> Window:
    """A period as a template writes it.

    >>> parse_within("2035-Q4").span
    '1 Oct-31 Dec 2035'
    >>> parse_within("2035-03-01..2035-06-30").last
    datetime.date(2035, 6, 30)
    """
    value = text.strip()
    if ".." in value:
        a, _, b = value.partition("..")
        try:
            first, last = dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        except ValueError:
            raise InvalidMeeting(
                column,
                translate(
                    "Messages", "{value} is not a period of two dates (2035-03-01..2035-06-30)"
                ).format(value=isolate(repr(value))),
            ) from None
        if last < first:
            raise InvalidMeeting(
                column,
                translate("Messages", "{value} ends before it starts").format(
                    value=isolate(repr(value))
                ),
            )
        return Window(first, last, value)
    period = parse_period(value, column)
    if period is None:
        raise InvalidMeeting(
            column,
            translate(
                "Messages",
                "{value} is not a period: write 2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30",
            ).format(value=isolate(repr(value))),
        )
    return Window(period[0], period[1], value)


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise InvalidMeeting(
            "days",
            translate("Messages", "{value} is not a whole number of days").format(
                value=isolate(repr(text))
            ),
        ) from None
    if not 1 <= n <= MAX_DAYS:
        raise InvalidMeeting(
            "days",
            translate("Messages", "{n} is not from 1 to {most}").format(n=n, most=MAX_DAYS),
        )
    return n


def read_template(path: Path | str, *, display_name: str | None = None) -> Template:
    """Read a template, or raise :class:`CsvFormatError` listing every problem."""
    path = Path(path)
    name = display_name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = translate("Failure", exc.strerror) if exc.strerror else str(exc)
        problem = translate("Messages", "cannot read: {reason}").format(reason=reason)
        raise CsvFormatError([CsvProblem(name, 0, "", problem)]) from exc
    return parse_template(data, name)


def parse_template(data: bytes, name: str) -> Template:
    """Split off ``days`` and ``within``, date the rows to place provisionally, and hand the
    rest to the import's parser. Records keep their physical lines, so its messages point at
    the template's own lines."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Template(name, parse_meetings(data, name), [])  # the parser says what is wrong
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error:
        header = None
    if header is None:
        return Template(name, parse_meetings(data, name), [])
    columns = [h.strip().lower() for h in header]
    at = {c: columns.index(c) for c in TEMPLATE_COLUMNS if c in columns}
    kept = [i for i, c in enumerate(columns) if c not in TEMPLATE_COLUMNS]
    out_header = [header[i] for i in kept]
    for column in ("start", "end"):  # a template of rows to place only may leave them out
        if column not in columns and at:
            out_header.append(column)
    lower = [h.strip().lower() for h in out_header]
    start_at = lower.index("start") if "start" in lower else -1
    problems: list[CsvProblem] = []
    windows: dict[int, tuple[int, Window]] = {}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(out_header)
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = translate("Messages", "malformed CSV: {reason}").format(reason=exc)
            problems.append(CsvProblem(name, line, "", problem))
            break
        row = [values[i] if i < len(values) else "" for i in kept]
        row += [""] * (len(out_header) - len(row))
        row += values[len(columns) :]  # extra fields: the parser reports them
        cell = {c: (values[i].strip() if i < len(values) else "") for c, i in at.items()}
        days_text, within_text = cell.get("days", ""), cell.get("within", "")
        if any(v.strip() for v in values) and (days_text or within_text):
            try:
                if not (days_text and within_text):
                    missing = "within" if days_text else "days"
                    raise InvalidMeeting(
                        missing,
                        translate("Messages", "is empty (a row to place needs days and within)"),
                    )
                if start_at < 0 or "end" not in lower:
                    raise InvalidMeeting(
                        "start", translate("Messages", "required column is missing")
                    )
                if row[start_at].strip() or row[lower.index("end")].strip():
                    raise InvalidMeeting(
                        "start",
                        translate(
                            "Messages",
                            "give either dates (a fixed meeting) or days and within, not both",
                        ),
                    )
                days, window = _days(days_text), parse_within(within_text)
                room = (window.last - window.first).days + 1
                if days > room:
                    raise InvalidMeeting(
                        "days",
                        translate(
                            "Messages", "{n} days do not fit within {period} ({room} days)"
                        ).format(n=count(days), period=isolate(window.text), room=count(room)),
                    )
                row[start_at] = window.first.isoformat()
                row[lower.index("end")] = (window.first + dt.timedelta(days=days - 1)).isoformat()
                windows[line] = (days, window)
            except InvalidMeeting as exc:
                problems.append(CsvProblem(name, line, exc.field, exc.problem))
        # a blank record stays blank, so that the parser's line numbers stay the template's
        writer.writerow(row if any(v.strip() for v in values) else [])
    try:
        rows = parse_meetings(buffer.getvalue().encode("utf-8"), name)
    except CsvFormatError as exc:
        # A row whose days or within failed has no provisional dates: the parser's "start: is
        # empty" on that line would be a second, wrong reason.
        told = {p.line for p in problems}
        own = [p for p in exc.problems if p.line not in told or p.column not in ("start", "end")]
        raise CsvFormatError(sorted({*problems, *own}, key=_order)) from None
    if problems:
        raise CsvFormatError(problems)
    to_place = [ToPlace(r.line, r.meeting, *windows[r.line]) for r in rows if r.line in windows]
    return Template(name, rows, to_place)


def _order(p: CsvProblem) -> tuple[int, str]:
    return (p.line, p.column)
