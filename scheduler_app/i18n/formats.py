"""Dates, month and day names, weekdays and numbers the way the current language writes them,
from the Unicode CLDR data Babel carries (the same data Qt's QLocale uses in the window)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING, Literal

from scheduler_app.i18n.languages import LOCALES, is_right_to_left, language

if TYPE_CHECKING:
    from babel import Locale

MonthWidth = Literal["abbreviated", "narrow", "wide"]
DayWidth = Literal["abbreviated", "narrow", "short", "wide"]

# Babel is imported by the first call, not at start: the window's first paint waits for every
# import made before it (issue 12).

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate (UAX #9)


@cache
def babel_locale(lang: str) -> Locale:
    """The CLDR locale ``lang`` takes (``LOCALES``), parsed once."""
    from babel import Locale

    return Locale.parse(LOCALES[lang])


def _here() -> Locale:
    return babel_locale(language())


def day(d: dt.date, skeleton: str = "yMMMd") -> str:
    """One day: "8 May 2026", "8 mai 2026", "2026年5月8日", "8 مايو 2026" (a CLDR skeleton:
    yMMMEd adds the weekday, MMMd drops the year)."""
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, d, locale=_here()))


def day_range(start: dt.date, end: dt.date, skeleton: str = "yMMMd") -> str:
    """A span of days written once where the language shares its parts: "28 Apr – 8 May 2026",
    "28 avr. – 8 mai 2026"; one day alone when ``start == end``."""
    from babel.dates import format_interval, format_skeleton

    if start == end:
        return str(format_skeleton(skeleton, start, locale=_here()))
    return str(format_interval(start, end, skeleton, locale=_here()))


def month_name(month: int, width: MonthWidth = "wide", standalone: bool = True) -> str:
    """January is 1. ``width`` is wide, abbreviated or narrow; standalone names are the ones a
    heading shows (Russian "Май", not the "мая" of a date)."""
    from babel.dates import get_month_names

    context: Literal["format", "stand-alone"] = "stand-alone" if standalone else "format"
    return str(get_month_names(width, context, locale=_here())[month])


def month_year(year: int, month: int, skeleton: str = "yMMMM") -> str:
    """A month's heading: "May 2026", "mai 2026", "2026年5月", "май 2026 г."."""
    from babel.dates import format_skeleton

    return str(format_skeleton(skeleton, dt.date(year, month, 1), locale=_here()))


def quarter(year: int, quarter: int) -> str:
    """A quarter of a year: "Q4 2027", "T4 2027", "4-й кв. 2027 г.", "2027年第4季度"."""
    from babel.dates import format_skeleton

    return str(format_skeleton("yQQQ", dt.date(year, 3 * quarter, 1), locale=_here()))


def weekday_name(weekday: int, width: DayWidth = "abbreviated") -> str:
    """Monday is 0, as ``date.weekday()`` counts; ``width`` wide, abbreviated, short, narrow."""
    from babel.dates import get_day_names

    return str(get_day_names(width, "stand-alone", locale=_here())[weekday])


def first_weekday() -> int:
    """The day a week starts on in the current language's locale (Monday 0 ... Sunday 6):
    Saturday for Arabic, Monday for the others."""
    return int(_here().first_week_day)


def number(value: float, digits: int | None = None) -> str:
    """A number with the language's separators ("20,000", "20 000", "20.000")."""
    from babel.numbers import format_decimal

    pattern = None if digits is None else "#,##0." + "0" * digits if digits else "#,##0"
    return str(format_decimal(value, format=pattern, locale=_here()))


def territory_name(code: str) -> str | None:
    """A country's name in the current language from its ISO 3166-1 alpha-2 code ("Suisse",
    "瑞士"), or None where CLDR has none."""
    name = _here().territories.get(code.upper())
    return str(name) if name else None


def isolate(text: str) -> str:
    """``text`` kept whole inside a line of the other direction (a date or a code inside an
    Arabic sentence): wrapped in Unicode isolates when the language is right to left, so the
    bidirectional algorithm never reorders its parts across the sentence."""
    return f"{FSI}{text}{PDI}" if is_right_to_left() else text
