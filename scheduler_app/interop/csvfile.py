"""The CSV interchange format: import, export, and the bundled reference calendar.

Header names are case-insensitive and columns may come in any order. Required: ``title``, ``kind``,
``start``, ``end``. ``start``/``end`` are ISO dates (``end`` is the last day, inclusive) or ISO
date-times with an IANA ``timezone``; a meeting whose dates are not fixed may give a period instead
(``2029``, ``2023-06``, ``2027-Q4``) or a ``precision`` column. Files are UTF-8, with or without the
byte-order mark Excel writes. The README documents every column.

Reading never stops at the first bad row: it collects every problem as ``FILE:LINE: column:
problem`` so a planner fixes the file once, and the caller writes nothing unless there are none.
No text field may be longer than :data:`MAX_FIELD_CHARS` characters.

Formulas. A spreadsheet opening the file runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and, in some, a tab or a carriage return) as a formula: a title ``=HYPERLINK(...)`` would
become a link, or worse (OWASP, "CSV Injection"). Export writes such a cell with a leading
apostrophe, which spreadsheets read as "this is text", and import takes it back off. So that the
round trip is exact for any text, the rule is on the cell's leading apostrophes followed by one of
those characters:

- export adds one apostrophe to a value that is zero or more apostrophes followed by a trigger
  character: ``=1+1`` is written ``'=1+1``, and a genuine ``'=1+1`` is written ``''=1+1``;
- import takes one apostrophe off a cell that is one or more apostrophes followed by a trigger
  character: ``'=1+1`` reads ``=1+1`` (as a spreadsheet shows it), ``''=1+1`` reads ``'=1+1``.

Any other apostrophe (``'t Hooft``, ``'95 plan``) is left alone both ways.

>>> [neutralise(v) for v in ("=1+1", "'=1+1", "-", "'t Hooft", "WTDC-25")]
["'=1+1", "''=1+1", "'-", "'t Hooft", 'WTDC-25']
>>> [restore(neutralise(v)) for v in ("=1+1", "'=1+1", "-", "'t Hooft", "WTDC-25")]
['=1+1', "'=1+1", '-', "'t Hooft", 'WTDC-25']
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from scheduler_app.domain import InvalidMeeting, Meeting

# The longest text a field may hold; defined with the domain's other limits (the domain checks it,
# and may not import from here) and re-exported for the readers: this one and the iCalendar one.
from scheduler_app.domain.errors import MAX_FIELD_CHARS as MAX_FIELD_CHARS
from scheduler_app.i18n import isolate, language, number, translate
from scheduler_app.interop.atomic import replacing_text
from scheduler_app.interop.csv_fields import record_to_meeting as record_to_meeting

# What the csv module reads in one field before it gives up with "field larger than field limit"
# (131,072 by default, global to the process). Well above MAX_FIELD_CHARS, so a longer field is
# read and refused by name, as "notes: is 150,000 characters long", rather than as a broken file.
READ_FIELD_LIMIT = 10 * MAX_FIELD_CHARS

# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection").
FORMULA_TRIGGERS = "=+-@\t\r"
_ESCAPED = re.compile(f"'*[{re.escape(FORMULA_TRIGGERS)}]")  # what export escapes
_UNESCAPE = re.compile(f"'+[{re.escape(FORMULA_TRIGGERS)}]")  # what import takes one ' off


def neutralise(value: str) -> str:
    """The cell export writes for ``value``: a leading apostrophe where a spreadsheet would see a
    formula (see the module's docstring for the exact rule)."""
    return "'" + value if _ESCAPED.match(value) else value


def restore(cell: str) -> str:
    """The value of a cell as export wrote it: the inverse of :func:`neutralise`."""
    return cell[1:] if _UNESCAPE.match(cell) else cell


REQUIRED = ("title", "kind", "start", "end")
OPTIONAL = (
    "id",
    "code",
    "sector",
    "body",
    "parent",
    "city",
    "country",
    "venue",
    "room",
    "mode",
    "status",
    "participants",
    "chair",
    "decided_from",
    "decided_to",
    "decided_source",
    "nominal_year",
    "precision",
    "source",
    "notes",
    "timezone",
)
# The order export writes; a person reading the file in a spreadsheet sees the essentials first.
COLUMNS = (
    "id",
    "code",
    "title",
    "kind",
    "sector",
    "body",
    "parent",
    "start",
    "end",
    "precision",
    "timezone",
    "city",
    "country",
    "venue",
    "room",
    "mode",
    "status",
    "participants",
    "chair",
    "decided_from",
    "decided_to",
    "decided_source",
    "nominal_year",
    "source",
    "notes",
)
assert set(COLUMNS) == set(REQUIRED) | set(OPTIONAL)


_LINE_BREAKS = {
    c: repr(chr(c))[1:-1] for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029) if chr(c) != "\t"
}


def one_line(text: str, limit: int) -> str:
    r"""``text`` with line breaks and control characters shown as escapes, cut to about
    ``limit`` characters.

    >>> one_line("bad\u2028value", 40)
    'bad\\u2028value'
    >>> one_line("x" * 50, 20)
    'xxxxxxxxxxxxxxxxxxx… (50 characters)'
    """
    flat = text.translate(_LINE_BREAKS)
    if len(flat) <= limit:
        return flat
    return f"{flat[: limit - 1]}… ({len(flat):,} characters)"


def _malformed(exc: csv.Error) -> str:
    """The csv module's complaint (its own words) after the planner's."""
    return translate("Messages", "malformed CSV: {reason}").format(reason=exc)


def _count(n: int) -> str:
    """``100,000`` in English as always; the language's separators in the others."""
    return f"{n:,}" if language() == "en" else number(n)


@dataclass(frozen=True, slots=True)
class CsvProblem:
    """One thing wrong with an input file, located for the planner."""

    file: str
    line: int
    column: str
    problem: str

    def __post_init__(self) -> None:
        # Whatever a file or a library put in them, a problem is one readable line.
        object.__setattr__(self, "column", one_line(self.column, 80))
        object.__setattr__(self, "problem", one_line(self.problem, 400))

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.column}: {self.problem}" if self.column else f"{where}: {self.problem}"
        )


class CsvFormatError(Exception):
    """The file cannot be read as a whole; ``problems`` lists every line at fault."""

    def __init__(self, problems: Sequence[CsvProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True, slots=True)
class CsvRow:
    """A meeting read from one line of a file. ``has_id`` tells whether the file gave the id."""

    line: int
    meeting: Meeting
    has_id: bool
    columns: frozenset[str] = frozenset(COLUMNS)  # the file's columns: what the row may change


# --- reading -------------------------------------------------------------------------------------


def read_meetings(path: Path | str, *, display_name: str | None = None) -> list[CsvRow]:
    """Read every meeting of a CSV file, or raise :class:`CsvFormatError` listing all problems."""
    path = Path(path)
    name = display_name or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        # the system's reason in the window's words where its catalogue has them ("Failure")
        reason = translate("Failure", exc.strerror) if exc.strerror else str(exc)
        problem = translate("Messages", "cannot read: {reason}").format(reason=reason)
        raise CsvFormatError([CsvProblem(name, 0, "", problem)]) from exc
    return parse_meetings(data, name)


def parse_meetings(data: bytes, name: str) -> list[CsvRow]:
    """Read meetings from the bytes of a CSV file called ``name`` (for messages)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CsvFormatError(
            [
                CsvProblem(
                    name,
                    line,
                    "",
                    translate(
                        "Messages", "not UTF-8 text (byte {byte}); save the file as 'CSV UTF-8'"
                    ).format(byte=f"0x{data[exc.start]:02x}"),
                )
            ]
        ) from exc
    if csv.field_size_limit() < READ_FIELD_LIMIT:  # process-wide: only ever raised
        csv.field_size_limit(READ_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[CsvProblem] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise CsvFormatError([CsvProblem(name, 1, "", _malformed(exc))]) from exc
    if header is None or not any(h.strip() for h in header):
        raise CsvFormatError(
            [CsvProblem(name, 1, "", translate("Messages", "empty file: no header row"))]
        )
    columns = [h.strip().lower() for h in header]
    known = set(REQUIRED) | set(OPTIONAL)
    for column in columns:
        if column and column not in known:
            problem = translate("Messages", "unknown column (see the README for the format)")
            problems.append(CsvProblem(name, 1, column, problem))
        elif column and columns.count(column) > 1:
            problem = translate("Messages", "appears twice in the header")
            problems.append(CsvProblem(name, 1, column, problem))
    for column in REQUIRED:
        if column not in columns:
            problem = translate("Messages", "required column is missing")
            problems.append(CsvProblem(name, 1, column, problem))
    if problems:
        raise CsvFormatError(sorted(set(problems), key=lambda p: p.column))

    rows: list[CsvRow] = []
    present = frozenset(c for c in columns if c)
    if "start" in present:  # the start's form also says the precision and the time zone
        present |= {"precision", "timezone", "end"}
    if present & {"decided_from", "decided_to"}:
        present |= {"decided_from", "decided_to", "decided_source"}
    seen_codes: dict[str, int] = {}
    seen_keys: dict[tuple[str, str, str, str], int] = {}
    seen_ids: dict[str, int] = {}
    line = 1
    while True:
        first_line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problem = _malformed(exc)
            if "field limit" in str(exc):
                problem = translate(
                    "Messages", "a field is longer than {read} characters (the limit is {limit})"
                ).format(read=_count(READ_FIELD_LIMIT), limit=_count(MAX_FIELD_CHARS))
            problems.append(CsvProblem(name, first_line, "", problem))
            break
        line = first_line
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(columns) and any(v.strip() for v in values[len(columns) :]):
            problems.append(
                CsvProblem(
                    name,
                    line,
                    "",
                    translate("Messages", "{fields} fields but the header has {columns}").format(
                        fields=len(values), columns=len(columns)
                    ),
                )
            )
            continue
        record = {
            c: (restore(values[i].strip()) if i < len(values) else "")
            for i, c in enumerate(columns)
            if c
        }
        try:
            meeting, has_id = record_to_meeting(record)
        except InvalidMeeting as exc:
            problems.append(CsvProblem(name, line, exc.field, exc.problem))
            continue
        if meeting.code:
            if meeting.code in seen_codes:
                problems.append(
                    CsvProblem(
                        name,
                        line,
                        "code",
                        translate("Messages", "{code} is also on line {line}").format(
                            code=isolate(meeting.code), line=seen_codes[meeting.code]
                        ),
                    )
                )
                continue
            seen_codes[meeting.code] = line
        if not meeting.code and not has_id:
            key = (
                meeting.title.casefold(),
                meeting.kind.value,
                str(meeting.start),
                str(meeting.end),
            )
            if key in seen_keys:
                problems.append(
                    CsvProblem(
                        name,
                        line,
                        "title",
                        translate(
                            "Messages",
                            "same title, kind and dates as line {line} "
                            "(give the rows codes to keep both)",
                        ).format(line=seen_keys[key]),
                    )
                )
                continue
            seen_keys[key] = line
        if has_id:
            if meeting.id in seen_ids:
                problems.append(
                    CsvProblem(
                        name,
                        line,
                        "id",
                        translate("Messages", "{id} is also on line {line}").format(
                            id=meeting.id, line=seen_ids[meeting.id]
                        ),
                    )
                )
                continue
            seen_ids[meeting.id] = line
        rows.append(CsvRow(line, meeting, has_id, present))
    if problems:
        raise CsvFormatError(problems)
    return rows


# --- writing -------------------------------------------------------------------------------------


def _moment(day: dt.date, time: dt.time | None) -> str:
    return f"{day.isoformat()}T{time.strftime('%H:%M')}" if time else day.isoformat()


def merge(stored: Meeting, row: Meeting, columns: frozenset[str]) -> Meeting:
    """``stored`` with the values of the columns a file has taken from ``row``: importing a file
    with only some columns changes only those."""
    old, new = meeting_to_record(stored), meeting_to_record(row)
    record = {c: (new[c] if c in columns else old[c]) for c in COLUMNS}
    merged, _ = record_to_meeting(record, sequence=stored.sequence, uid=stored.uid)
    return merged.replace(id=stored.id)


def meeting_to_record(m: Meeting) -> dict[str, str]:
    """The row export writes for a meeting: every column of :data:`COLUMNS`, as text."""
    decided = m.decided
    return {
        "id": m.id,
        "code": m.code,
        "title": m.title,
        "kind": m.kind.value,
        "sector": m.sector.value if m.sector else "",
        "body": m.body,
        "parent": m.parent,
        "start": _moment(m.start, m.start_time),
        "end": _moment(m.end, m.end_time),
        "precision": m.precision.value,
        "timezone": m.timezone,
        "city": m.city,
        "country": m.country,
        "venue": m.venue,
        "room": m.room,
        "mode": m.mode.value,
        "status": m.status.value,
        "participants": "" if m.participants is None else str(m.participants),
        "chair": m.chair,
        "decided_from": decided.start.isoformat() if decided else "",
        "decided_to": decided.end.isoformat() if decided else "",
        "decided_source": decided.source if decided else "",
        "nominal_year": "" if m.nominal_year is None else str(m.nominal_year),
        "source": m.source,
        "notes": m.notes,
    }


def write_meetings(path: Path | str, meetings: Iterable[Meeting]) -> int:
    """Write meetings to ``path`` as UTF-8 CSV with a byte-order mark (so Excel reads accents),
    cells that a spreadsheet would run as formulas written with a leading apostrophe.

    The file is written beside its destination and renamed into place: an interrupted export never
    leaves half a file where the old one was. Returns the number of meetings written.
    """
    path = Path(path)
    count = 0
    with replacing_text(path, encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for m in meetings:
            writer.writerow({c: neutralise(v) for c, v in meeting_to_record(m).items()})
            count += 1
    return count
