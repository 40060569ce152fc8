"""A deterministic mutation engine for CSV and iCalendar files.

``mutant(corpus, kind, seed, index)`` always returns the same bytes for the same arguments, so a
failure is replayed from its seed and index alone. Each mutant is one corpus file of ``kind``
(``"csv"`` or ``"ics"``) with one to four mutations stacked: byte flips, line deletion,
duplication and swapping, lines spliced in from other corpus files, and hostile values put where
a reader will look at them (huge numbers, year 1 and 9999, sub-daily and endless recurrence rules,
NUL and control characters, markup, 200,000-character lines, byte-order marks, mixed line ends,
spreadsheet formulas, unknown kinds and precisions, impossible periods, repeated UIDs and ids).
"""

from __future__ import annotations

import csv
import io
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).with_name("corpus")

LONG = 200_000  # characters in the "very long line" values

# Values any text field may get.
HOSTILE_TEXT: tuple[str, ...] = (
    "",
    " ",
    "\x00",
    "a\x00b",
    "\x01\x02\x03\x07\x08\x0b\x0c\x1b[31m\x7f",
    "\u2028\u2029\u0085",
    "\ufeff",
    "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
    '<img src="/dev/zero">',
    '<img src="file:///etc/passwd">',
    "<b>bold</b><script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "%s%n%x{0}{}",
    "'; DROP TABLE meetings; --",
    "Zürich – Genève ✓ 会议 مؤتمر",
    "\u202eevil\u202c",
    "x" * 1000,
    "y" * LONG,
    "line1\nline2",
    "line1\rline2",
    'a,b;c"d',
    '"',
    "\\",
    "\\n\\,\\;",
    "NaN",
    "None",
    "null",
)

HUGE_NUMBERS: tuple[str, ...] = (
    "0",
    "-1",
    "1e309",
    "9" * 30,
    "-" + "9" * 30,
    "2147483648",
    "9223372036854775808",
    "18446744073709551616",
    "0x10",
    "1_000",
    "١٢٣",
    "inf",
    "nan",
    "3.5",
)

HOSTILE_CSV_DATES: tuple[str, ...] = (
    "0001-01-01",
    "9999-12-31",
    "0000-01-01",
    "10000-01-01",
    "2027-13",
    "2027-00",
    "0000",
    "2027-Q0",
    "2027-Q5",
    "2027-02-29",
    "2028-02-30",
    "2027-1-1",
    "20270101",
    "2027-W01",
    "2027-03-02T25:00",
    "2027-03-02T09:30:60",
    "2027-03-02T09:30+02:00",
    "2027-03-02T09:30Z",
    "9999-12-31T23:59",
    "0001-01-01T00:00",
    "-2027-01-01",
    "2027",
    "2027-Q4",
    "2027-06",
    "",
)

HOSTILE_ICS_DATES: tuple[str, ...] = (
    "00010101",
    "00010101T000000",
    "00010101T000000Z",
    "99991231",
    "99991231T235959",
    "99991231T235959Z",
    "00000101",
    "18640101T000000",
    "20271301",
    "20270230",
    "20270101T250000",
    "20270101T000060Z",
    "2027-01-01",
    "20270101T0900",
    "",
    "X",
)

HOSTILE_RRULES: tuple[str, ...] = (
    "FREQ=SECONDLY",
    "FREQ=SECONDLY;COUNT=999999999",
    "FREQ=MINUTELY",
    "FREQ=MINUTELY;COUNT=100000",
    "FREQ=HOURLY",
    "FREQ=HOURLY;INTERVAL=1;UNTIL=20351231T000000Z",
    "FREQ=DAILY;INTERVAL=0",
    "FREQ=WEEKLY;INTERVAL=0;COUNT=5",
    "FREQ=DAILY;COUNT=999999999",
    "FREQ=DAILY;COUNT=0",
    "FREQ=DAILY;COUNT=-1",
    "FREQ=DAILY;BYHOUR=9,14",
    "FREQ=DAILY;BYHOUR=9,14;COUNT=4",
    "FREQ=YEARLY;BYMONTH=13",
    "FREQ=YEARLY;BYMONTHDAY=31;BYMONTH=2",
    "FREQ=MONTHLY;BYDAY=5FR",
    "FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO",
    "FREQ=WEEKLY;UNTIL=00010101",
    "FREQ=WEEKLY;UNTIL=99991231T235959Z",
    "FREQ=YEARLY;INTERVAL=" + "9" * 20,
    "FREQ=DAILY;INTERVAL=1;COUNT=5000",
    "FREQ=BOGUS",
    "FREQ=",
    "",
    "COUNT=3",
    "FREQ=DAILY;;;",
    "FREQ=DAILY;UNTIL=20270101;COUNT=3",
    "FREQ=DAILY;WKST=XX",
)

HOSTILE_DURATIONS: tuple[str, ...] = (
    "P999999999D",
    "PT" + "9" * 20 + "S",
    "-P1D",
    "P0D",
    "PT0S",
    "P",
    "P1Y",
    "PT1H2X",
    "P99999W",
)

KINDS_AND_ENUMS: tuple[str, ...] = (
    "",
    "bogus",
    "WRC",
    " wrc ",
    "study group",
    "Study-Group",
    "minutely",
    "decade",
    "Day",
    "week",
    "virtual",
    "CANCELLED",
    "held",
    "X",
    "GS",
    "Z",
)

BOMS: tuple[bytes, ...] = (
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf\xef\xbb\xbf",
    b"\x00\x00\xfe\xff",
)

# iCalendar properties whose values are dates, texts, numbers and rules.
_ICS_DATE_PROPS = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE", "DTSTAMP")
_ICS_TEXT_PROPS = (
    "SUMMARY",
    "LOCATION",
    "DESCRIPTION",
    "UID",
    "CATEGORIES",
    "STATUS",
    "TZID",
    "X-WR-TIMEZONE",
    "X-SCHEDULER-KIND",
    "X-SCHEDULER-PRECISION",
    "X-SCHEDULER-DECIDED-FROM",
    "X-SCHEDULER-DECIDED-TO",
    "X-SCHEDULER-CODE",
    "X-SCHEDULER-ID",
    "X-SCHEDULER-SECTOR",
    "X-SCHEDULER-BODY",
    "X-SCHEDULER-VENUE",
    "X-SCHEDULER-ROOM",
    "X-SCHEDULER-TIMEZONE",
    "X-SCHEDULER-MODE",
    "X-SCHEDULER-COUNTRY",
)
_ICS_NUMBER_PROPS = ("SEQUENCE", "X-SCHEDULER-PARTICIPANTS", "X-SCHEDULER-NOMINAL-YEAR", "PRIORITY")
_ICS_ZONES = (
    "Europe/Zurich",
    "W. Europe Standard Time",
    "Nowhere/Atlantis",
    "/freeassociation.sourceforge.net/Tzfile/America/Argentina/Buenos_Aires",
    "/freeassociation.sourceforge.net/Europe/Geneva",
    "/mozilla.org/20070129_1/Europe/Berlin",
    "/softwarestudio.org/Olson_20011030_5/America/New_York",
    "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Customized Time Zone",
    "UTC",
    "Etc/GMT+14",
    "",
    "../../../../etc/passwd",
)
_CSV_DATE_COLUMNS = ("start", "end", "decided_from", "decided_to")
_CSV_NUMBER_COLUMNS = ("participants", "nominal_year")
_CSV_ENUM_COLUMNS = ("kind", "precision", "sector", "mode", "status", "country")


@dataclass(frozen=True)
class Corpus:
    """The seed files, by kind, read once."""

    files: dict[str, list[tuple[str, bytes]]]

    @classmethod
    def load(cls, root: Path = CORPUS) -> Corpus:
        files: dict[str, list[tuple[str, bytes]]] = {}
        for kind in ("csv", "ics"):
            files[kind] = [(p.name, p.read_bytes()) for p in sorted((root / kind).glob("*.*"))]
        return cls(files)

    def all_lines(self) -> list[bytes]:
        return [line for items in self.files.values() for _, d in items for line in _lines(d)]


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True) or [b""]


def _enc(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# --- generic byte and line mutations -------------------------------------------------------------


def _flip_bytes(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    buf = bytearray(data)
    for _i in range(rng.choice((1, 1, 2, 4, 16))):
        pos = rng.randrange(len(buf))
        buf[pos] = rng.choice((buf[pos] ^ (1 << rng.randrange(8)), rng.randrange(256), 0))
    return bytes(buf)


def _delete_lines(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    del lines[start : start + rng.choice((1, 1, 2, 5))]
    return b"".join(lines)


def _duplicate_lines(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    lines = _lines(data)
    start = rng.randrange(len(lines))
    chunk = lines[start : start + rng.choice((1, 1, 3, 10))]
    at = rng.randrange(len(lines) + 1)
    lines[at:at] = chunk * rng.choice((1, 1, 2, 50))
    return b"".join(lines)


def _swap_lines(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    lines = _lines(data)
    a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[a], lines[b] = lines[b], lines[a]
    return b"".join(lines)


def _splice_lines(rng: random.Random, data: bytes, corpus: Corpus) -> bytes:
    lines = _lines(data)
    pool = corpus.all_lines()
    at = rng.randrange(len(lines) + 1)
    start = rng.randrange(len(pool))
    lines[at:at] = pool[start : start + rng.choice((1, 2, 8, 30))]
    return b"".join(lines)


def _line_ends(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    lines = [line.rstrip(b"\r\n") for line in _lines(data)]
    how = rng.choice(("lf", "cr", "crlf", "mix", "none"))
    if how == "none":
        return b" ".join(lines)
    ends = {"lf": [b"\n"], "cr": [b"\r"], "crlf": [b"\r\n"], "mix": [b"\n", b"\r", b"\r\n"]}[how]
    return b"".join(line + rng.choice(ends) for line in lines)


def _bom(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    bom = rng.choice(BOMS)
    if rng.random() < 0.3:  # a BOM in the middle, as concatenated exports have
        lines = _lines(data)
        at = rng.randrange(len(lines) + 1)
        lines.insert(at, bom)
        return b"".join(lines)
    return bom + data


def _truncate(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def _re_encode(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = rng.choice(("utf-16", "utf-16-le", "latin-1", "cp1252", "utf-32"))
    return text.encode(codec, "replace")


def _long_line(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    lines = _lines(data)
    at = rng.randrange(len(lines) + 1)
    filler = rng.choice((b"x", b"\\", b",", b'"', b"=", b";", b" "))
    lines.insert(at, filler * LONG + b"\r\n")
    return b"".join(lines)


def _control_chars(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    if not data:
        return b"\x00"
    buf = bytearray(data)
    for _i in range(rng.choice((1, 3, 10))):
        buf.insert(rng.randrange(len(buf) + 1), rng.choice(b"\x00\x01\x07\x08\x0b\x0c\x1a\x1b\x7f"))
    return bytes(buf)


_GENERIC: tuple[Callable[[random.Random, bytes, Corpus], bytes], ...] = (
    _flip_bytes,
    _delete_lines,
    _duplicate_lines,
    _swap_lines,
    _splice_lines,
    _line_ends,
    _bom,
    _truncate,
    _re_encode,
    _long_line,
    _control_chars,
)

# --- iCalendar-aware mutations -------------------------------------------------------------------

_PROP = re.compile(rb"^([A-Za-z0-9-]+)((?:;[^:\r\n]*)?):(.*?)(\r?\n|\r)?$", re.S)


def _ics_set_value(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Give one property a hostile value fitting (or not) its type."""
    lines = _lines(data)
    props = [i for i, line in enumerate(lines) if _PROP.match(line)]
    if not props:
        return data
    i = rng.choice(props)
    m = _PROP.match(lines[i])
    assert m is not None
    name, params, _value, end = m.group(1), m.group(2), m.group(3), m.group(4) or b"\r\n"
    upper = name.upper().decode("ascii", "replace")
    if upper in _ICS_DATE_PROPS:
        value = rng.choice(HOSTILE_ICS_DATES)
        if rng.random() < 0.3:
            params = rng.choice(
                (b"", b";VALUE=DATE", b';TZID="' + _enc(rng.choice(_ICS_ZONES)) + b'"')
            )
    elif upper == "RRULE":
        value = rng.choice(HOSTILE_RRULES)
    elif upper == "DURATION":
        value = rng.choice(HOSTILE_DURATIONS)
    elif upper in _ICS_NUMBER_PROPS:
        value = rng.choice(HUGE_NUMBERS)
    elif upper in ("TZID", "X-WR-TIMEZONE", "X-LIC-LOCATION"):
        value = rng.choice(_ICS_ZONES)
    elif upper.startswith("X-SCHEDULER-") and rng.random() < 0.5:
        value = rng.choice(KINDS_AND_ENUMS + HOSTILE_CSV_DATES + HUGE_NUMBERS)
    else:
        value = rng.choice(HOSTILE_TEXT)
    lines[i] = name + params + b":" + _enc(value) + end
    return b"".join(lines)


def _ics_add_property(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Add a property (often a second copy of one that should be single) inside a component."""
    lines = _lines(data)
    begins = [i for i, line in enumerate(lines) if line.upper().startswith(b"BEGIN:V")]
    if not begins:
        return data
    at = rng.choice(begins) + 1
    choice = rng.randrange(9)
    if choice == 0:
        prop = "RRULE:" + rng.choice(HOSTILE_RRULES)
    elif choice == 1:
        prop = "DURATION:" + rng.choice(HOSTILE_DURATIONS)
    elif choice == 2:
        prop = rng.choice(_ICS_DATE_PROPS) + ":" + rng.choice(HOSTILE_ICS_DATES)
    elif choice == 3:
        prop = "X-SCHEDULER-" + rng.choice(("KIND", "PRECISION", "SECTOR", "MODE", "STATUS"))
        prop += ":" + rng.choice(KINDS_AND_ENUMS)
    elif choice == 4:
        prop = "X-SCHEDULER-" + rng.choice(("DECIDED-FROM", "DECIDED-TO", "START", "END"))
        prop += ":" + rng.choice(HOSTILE_CSV_DATES)
    elif choice == 5:
        prop = "X-SCHEDULER-ID:" + rng.choice(
            (
                "a767b275-0d39-57a7-8786-4b5240ed0f64",
                "not-a-uuid",
                "",
                "00000000-0000-0000-0000-000000000000",
            )
        )
    elif choice == 6:
        prop = (
            rng.choice(("UID", "SUMMARY", "STATUS", "SEQUENCE"))
            + ":"
            + rng.choice(HOSTILE_TEXT[:12])
        )
    elif choice == 7:
        prop = "X-WR-TIMEZONE:" + rng.choice(_ICS_ZONES)
    else:
        prop = "STATUS:" + rng.choice(("CANCELLED", "TENTATIVE", "CONFIRMED", "NEEDS-ACTION", ""))
    lines.insert(at, _enc(prop) + b"\r\n")
    return b"".join(lines)


def _ics_components(data: bytes) -> list[tuple[int, int]]:
    """(begin, end) line indexes of each VEVENT, VTODO, VFREEBUSY and VTIMEZONE."""
    lines = _lines(data)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        upper = line.strip().upper()
        if upper in (b"BEGIN:VEVENT", b"BEGIN:VTODO", b"BEGIN:VFREEBUSY", b"BEGIN:VTIMEZONE"):
            start = i
        elif upper.startswith(b"END:V") and start is not None and upper != b"END:VCALENDAR":
            spans.append((start, i))
            start = None
    return spans


def _ics_duplicate_component(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Repeat a whole event (same UID), optionally shifting it or making it an override."""
    spans = _ics_components(data)
    if not spans:
        return data
    lines = _lines(data)
    a, b = rng.choice(spans)
    block = lines[a : b + 1]
    twist = rng.randrange(4)
    if twist == 1:  # same UID, other dates: "two occurrences on one day" and friends
        block = [re.sub(rb"T(\d\d)(\d\d)", rb"T14\2", line) for line in block]
    elif twist == 2:  # an override for an occurrence that may not exist
        block = [*block[:1], b"RECURRENCE-ID:20270101T090000Z\r\n", *block[1:]]
    elif twist == 3:  # a series without UID
        block = [line for line in block if not line.upper().startswith(b"UID")]
    at = rng.choice((b + 1, len(lines) - 1 if lines else 0, 0))
    lines[at:at] = block
    return b"".join(lines)


def _ics_wrap_stray(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Stray text outside the components: after END:VCALENDAR, before BEGIN, a second calendar."""
    stray = rng.choice(
        (
            b"\r\n",
            b"garbage after the end\r\n",
            b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            b"END:VEVENT\r\n",
            b"BEGIN:VEVENT\r\n",
            b" folded continuation without a line\r\n",
            b"X-BROKEN\r\n",
            data,
        )
    )
    return rng.choice((data + stray, stray + data))


def _ics_unfold_break(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Fold a line at a random point, splitting a UTF-8 sequence or a parameter."""
    lines = _lines(data)
    i = rng.randrange(len(lines))
    line = lines[i]
    if len(line) < 4:
        return data
    cut = rng.randrange(1, len(line) - 1)
    lines[i] = line[:cut] + rng.choice((b"\r\n ", b"\r\n\t", b"\n ", b"\r\n")) + line[cut:]
    return b"".join(lines)


_ICS: tuple[Callable[[random.Random, bytes, Corpus], bytes], ...] = (
    _ics_set_value,
    _ics_set_value,
    _ics_set_value,
    _ics_add_property,
    _ics_add_property,
    _ics_duplicate_component,
    _ics_wrap_stray,
    _ics_unfold_break,
)

# --- CSV-aware mutations -------------------------------------------------------------------------


def _csv_table(data: bytes) -> tuple[list[list[str]], str] | None:
    text = data.decode("utf-8-sig", "replace")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        return None
    return (rows, "\r\n" if "\r\n" in text else "\n") if rows else None


def _csv_write(rows: Sequence[Sequence[str]], end: str, bom: bool) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=end).writerows(rows)
    return _enc(("\ufeff" if bom else "") + out.getvalue())


def _cell(rows: list[list[str]], rng: random.Random, c: int) -> str:
    """Column ``c`` of a random data row (to repeat an id or a code), or ""."""
    row = rows[rng.randrange(1, len(rows))] if len(rows) > 1 else []
    return row[c] if len(row) > c else ""


def _csv_set_cell(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Give one cell a hostile value chosen for its column."""
    table = _csv_table(data)
    if table is None or len(table[0]) < 2:
        return data
    rows, end = table
    header = [h.strip().lower().lstrip("\ufeff") for h in rows[0]]
    r = rng.randrange(1, len(rows))
    c = rng.randrange(len(header))
    column = header[c]
    if column in _CSV_DATE_COLUMNS:
        value = rng.choice(HOSTILE_CSV_DATES)
    elif column in _CSV_NUMBER_COLUMNS:
        value = rng.choice(HUGE_NUMBERS)
    elif column in _CSV_ENUM_COLUMNS:
        value = rng.choice(KINDS_AND_ENUMS + HOSTILE_TEXT[:12])
    elif column == "timezone":
        value = rng.choice(_ICS_ZONES)
    elif column == "id":
        value = rng.choice((_cell(rows, rng, c), "not-a-uuid", "", "{}"))
    elif column == "code" and rng.random() < 0.5:
        value = _cell(rows, rng, c)
    else:
        value = rng.choice(HOSTILE_TEXT)
    while len(rows[r]) <= c:
        rows[r].append("")
    rows[r][c] = value
    return _csv_write(rows, end, data.startswith(b"\xef\xbb\xbf"))


def _csv_reshape(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Drop, repeat or rename a column; repeat, shorten or lengthen a row."""
    table = _csv_table(data)
    if table is None:
        return data
    rows, end = table
    how = rng.randrange(6)
    c = rng.randrange(max(1, len(rows[0])))
    if how == 0:
        rows = [row[:c] + row[c + 1 :] for row in rows]
    elif how == 1:
        rows = [row + row[c : c + 1] for row in rows]
    elif how == 2:
        rows[0] = list(rows[0])
        if rows[0]:
            rows[0][c] = rng.choice(("", "Title ", "TITLE", "kind", "unknown_column", "id", "\x00"))
    elif how == 3 and len(rows) > 1:
        r = rng.randrange(1, len(rows))
        rows.insert(rng.randrange(1, len(rows) + 1), list(rows[r]))
    elif how == 4 and len(rows) > 1:
        r = rng.randrange(1, len(rows))
        rows[r] = rows[r][: rng.randrange(len(rows[r]) + 1)]
    else:
        r = rng.randrange(len(rows))
        rows[r] = rows[r] + [rng.choice(HOSTILE_TEXT[:12])] * rng.choice((1, 5, 500))
    return _csv_write(rows, end, rng.random() < 0.3)


def _csv_quotes(rng: random.Random, data: bytes, _: Corpus) -> bytes:
    """Unbalanced quotes and stray separators."""
    if not data:
        return b'"'
    buf = bytearray(data)
    for _i in range(rng.choice((1, 2, 5))):
        buf.insert(rng.randrange(len(buf) + 1), rng.choice(b'",;\t\r\n'))
    return bytes(buf)


_CSV: tuple[Callable[[random.Random, bytes, Corpus], bytes], ...] = (
    _csv_set_cell,
    _csv_set_cell,
    _csv_set_cell,
    _csv_set_cell,
    _csv_reshape,
    _csv_reshape,
    _csv_quotes,
)


def mutant(corpus: Corpus, kind: str, seed: int, index: int) -> tuple[str, bytes]:
    """The ``index``-th mutant of ``kind`` for ``seed``: (the seed file's name, the bytes)."""
    rng = random.Random(f"{seed}:{kind}:{index}")
    name, data = rng.choice(corpus.files[kind])
    aware = _ICS if kind == "ics" else _CSV
    for _i in range(rng.choice((1, 1, 1, 2, 2, 3, 4))):
        op = rng.choice(aware) if rng.random() < 0.65 else rng.choice(_GENERIC)
        try:
            data = op(rng, data, corpus)
        except (IndexError, ValueError):  # a mutation that does not fit this input: skip it
            continue
    return name, data
