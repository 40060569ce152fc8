"""Date values as planners write them: spans such as "17-28 Nov 2025", and coarse periods.

Spans are inclusive of their last day throughout the planner (SOURCES.md section 1, "Conventions":
"``end`` is the last day (inclusive); duration = ``end - start + 1``").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from scheduler_app import i18n
from scheduler_app.domain.errors import InvalidMeeting, check_year, quoted
from scheduler_app.domain.kinds import Precision
from scheduler_app.i18n import language, translate

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# English names as the planner has always written them, whatever the process's C locale (the
# other languages take theirs from CLDR: scheduler_app.i18n)
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = tuple(name[:3] for name in WEEKDAY_NAMES)  # "Mon" ... "Sun"


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> month_end(2028, 2)
    datetime.date(2028, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after (or before) the month of ``day``.

    >>> add_months(dt.date(2026, 11, 22), 3)
    datetime.date(2027, 2, 1)
    """
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_of(precision: Precision, day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month, quarter or year holding ``day`` (or the day itself).

    >>> period_of(Precision.QUARTER, dt.date(2027, 11, 5))
    (datetime.date(2027, 10, 1), datetime.date(2027, 12, 31))
    """
    if precision is Precision.DAY:
        return day, day
    if precision is Precision.MONTH:
        return day.replace(day=1), month_end(day.year, day.month)
    if precision is Precision.QUARTER:
        first = 3 * ((day.month - 1) // 3) + 1
        return dt.date(day.year, first, 1), month_end(day.year, first + 2)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


_YEAR = re.compile(r"^(\d{4})$")
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)


def parse_period(text: str, field: str = "start") -> tuple[dt.date, dt.date, Precision] | None:
    """Read a coarse period written as ``2029``, ``2023-06`` or ``2027-Q4``; None if it is not one.

    A text of that shape naming no real period (``2027-13``, ``0000``) or a year the planner does
    not support raises :class:`InvalidMeeting` naming ``field``.

    >>> parse_period("2027-Q4")
    (datetime.date(2027, 10, 1), datetime.date(2027, 12, 31), <Precision.QUARTER: 'quarter'>)
    >>> parse_period("2027-13", "decided_from")
    Traceback (most recent call last):
    ...
    scheduler_app.domain.errors.InvalidMeeting: decided_from: '2027-13': month 13 is not 1-12
    """
    value = text.strip()
    if m := _YEAR.match(value):
        year = int(m.group(1))
        check_year(year, field)
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR
    if m := _MONTH_RE.match(value):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            raise InvalidMeeting(
                field,
                translate("Messages", "{value}: month {month} is not 1-12").format(
                    value=quoted(value), month=month
                ),
            )
        check_year(year, field)
        return dt.date(year, month, 1), month_end(year, month), Precision.MONTH
    if m := _QUARTER.match(value):
        year, quarter = int(m.group(1)), int(m.group(2))
        check_year(year, field)
        first, last = period_of(Precision.QUARTER, dt.date(year, 3 * quarter, 1))
        return first, last, Precision.QUARTER
    return None


def format_day(day: dt.date) -> str:
    """``7 Nov 2026``; in another language, its own way ("7 nov. 2026", "2026年11月7日")."""
    if language() != "en":
        return i18n.day(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_span(start: dt.date, end: dt.date, precision: Precision = Precision.DAY) -> str:
    """A span the way a planner writes it.

    >>> format_span(dt.date(2025, 11, 17), dt.date(2025, 11, 28))
    '17-28 Nov 2025'
    >>> format_span(dt.date(2022, 9, 26), dt.date(2022, 10, 14))
    '26 Sep-14 Oct 2022'
    >>> format_span(dt.date(2027, 10, 1), dt.date(2027, 12, 31), Precision.QUARTER)
    'Q4 2027'

    In another language than English, the language's own way from CLDR ("17-28 nov. 2025",
    "2025年11月17日至28日"): every date the planner writes goes through here or ``format_day``.
    """
    if precision is Precision.YEAR:
        return str(start.year)
    if language() != "en":
        return _format_span_in_language(start, end, precision)
    if precision is Precision.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if precision is Precision.MONTH:
        return f"{MONTHS[start.month - 1]} {start.year}"
    if start == end:
        return format_day(start)
    if start.year != end.year:
        return f"{format_day(start)}-{format_day(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTHS[start.month - 1]}-{format_day(end)}"
    return f"{start.day}-{format_day(end)}"


def _format_span_in_language(start: dt.date, end: dt.date, precision: Precision) -> str:
    if precision is Precision.QUARTER:
        return i18n.quarter(start.year, (start.month - 1) // 3 + 1)
    if precision is Precision.MONTH:
        return i18n.month_year(start.year, start.month, "yMMM")
    return i18n.day_range(start, end)
