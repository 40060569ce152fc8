"""The error a domain value raises when it cannot exist, and the limits it is checked against."""

from __future__ import annotations

from scheduler_app.i18n import isolate, language, number, translate

# The years a date may fall in. 1865 is the year the Union was founded: nothing in the planner is
# older. 2199 keeps every date far from ``datetime``'s year 9999, so the day after an end, an
# iCalendar DTEND (exclusive) or a time-zone conversion never overflows. The calendar libraries the
# observances come from cover roughly this span too (hijridate 1924-2077, the Chinese table of
# ``holidays`` 1901-2100, Orthodox Christmas on 7 January 1901-2100); the religious module clips
# to what each covers, so a date in range is always one the planner can reason about.
FIRST_YEAR = 1865
LAST_YEAR = 2199

# The longest text one field may hold, in characters: far more than any title or note a planner
# writes, and less than Python's csv reader refuses by default (131,072), so whatever the planner
# stores it can export to CSV and read back. The CSV and iCalendar readers check it too, naming
# the column (``scheduler_app.interop.csvfile.MAX_FIELD_CHARS`` is this value).
MAX_FIELD_CHARS = 100_000


class InvalidMeeting(ValueError):
    """A meeting that cannot exist; ``field`` is the CSV column name of the faulty value.

    >>> str(InvalidMeeting("end", "is empty", "WTDC-30"))
    'WTDC-30: end: is empty'
    """

    def __init__(self, field: str, problem: str, code: str = "") -> None:
        self.field = field
        self.problem = problem
        self.code = code
        # the code and the CSV column stay as written, kept whole inside a right-to-left line
        prefix = f"{isolate(code)}: " if code else ""
        super().__init__(f"{prefix}{isolate(field)}: {problem}")


def check_year(year: int, field: str, code: str = "") -> None:
    """Refuse a year outside :data:`FIRST_YEAR`-:data:`LAST_YEAR`, naming ``field``."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidMeeting(
            field,
            translate(
                "Messages", "year {year} is outside the years the planner supports, {first}-{last}"
            ).format(year=year, first=FIRST_YEAR, last=LAST_YEAR),
            code,
        )


def grouped(n: int) -> str:
    """``n`` with thousands separators: "100,000" in English, the language's own elsewhere."""
    return f"{n:,}" if language() == "en" else number(n)


def quoted(value: object, limit: int = 60) -> str:
    """``repr(value)`` for a message, cut to about ``limit`` characters: a message quoting a
    100,000-character cell would bury the problem it names.

    >>> print(quoted("x" * 100, limit=12))
    'xxxxxxxx'… (100 characters)
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    size = (
        " (" + translate("Messages", "{n} characters").format(n=grouped(len(value))) + ")"
        if isinstance(value, str)
        else ""
    )
    return f"{text[: limit - 3]}{text[0]}…{size}"
