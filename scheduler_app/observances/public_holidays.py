"""Public holidays and weekend days of a venue's country, from the ``holidays`` library.

Country codes are ISO 3166-1 alpha-2 (``CH``) and subdivisions are the library's codes, usually
ISO 3166-2 without the country prefix: Geneva is ``("CH", "GE")``. Results are cached, since the
rules ask for the same country and year many times. ``holidays`` is imported inside the functions:
it takes about 100 ms to import, which a start-up without venues should not pay.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = [
    "UnknownHolidayCalendar",
    "holiday_provenance",
    "public_holidays",
    "weekend_days",
]

_SATURDAY_SUNDAY = frozenset({5, 6})
_ENGLISH = "en_US"


_CODE = re.compile("[A-Z]{2,3}")


class UnknownHolidayCalendar(ValueError):
    """The ``holidays`` library has no calendar for this country or subdivision."""


def _normalise(country: str, subdiv: str | None) -> tuple[str, str | None]:
    return country.strip().upper(), (subdiv or "").strip() or None


@functools.cache
def supported_countries() -> frozenset[str]:
    """The two- and three-letter codes the library has a calendar for, as its
    ``list_supported_countries()`` gives them, read from its registry of country modules:
    that function imports all 250 of them (60 ms of every start's first check)."""
    from holidays.registry import COUNTRIES

    # (class, alpha-2, alpha-3, aliases...): the codes are the names of two or three capitals
    return frozenset(
        code for names in COUNTRIES.values() for code in names[1:] if _CODE.fullmatch(code)
    )


@functools.cache
def _calendar(country: str, subdiv: str | None) -> HolidayBase:
    """An empty calendar of the country (no year populated), or UnknownHolidayCalendar."""
    import holidays

    if country not in supported_countries():
        raise UnknownHolidayCalendar(f"no public holiday calendar for country {country!r}")
    try:
        return holidays.country_holidays(country, subdiv=subdiv)
    except NotImplementedError as error:
        raise UnknownHolidayCalendar(
            f"no public holiday calendar for subdivision {subdiv!r} of {country!r}"
        ) from error


@functools.cache
def _year_holidays(
    country: str, subdiv: str | None, year: int, language: str
) -> tuple[tuple[dt.date, str], ...]:
    import holidays

    _calendar(country, subdiv)  # raises UnknownHolidayCalendar first
    days = holidays.country_holidays(country, subdiv=subdiv, years=year, language=language)
    return tuple(sorted(days.items()))


def public_holidays(
    country: str,
    years: Iterable[int],
    subdiv: str | None = None,
    *,
    language: str = _ENGLISH,
) -> dict[dt.date, str]:
    """{day: holiday name} of the public holidays of a country (or subdivision) in those years.

    Days the law moves a holiday to (``Christmas Day (observed)``) are included, as the library
    gives them. Two holidays on one day share the entry, their names joined by "; ". Names are in
    ``language`` when the library translates that country into it, else in the country's own
    language (``public_holidays("CH", [2025], "GE", language="fr")`` names 11 September "Jeûne
    genevois"). An empty ``subdiv`` means the whole country.

    Raises UnknownHolidayCalendar naming the country or subdivision the library does not know.

    >>> public_holidays("CH", [2025], "GE")[dt.date(2025, 12, 31)]
    'Restoration Day'
    """
    country, subdiv = _normalise(country, subdiv)
    _calendar(country, subdiv)
    found: dict[dt.date, str] = {}
    for year in sorted(set(years)):
        found.update(_year_holidays(country, subdiv, year, language))
    return found


@functools.cache
def _weekend_days(country: str) -> frozenset[int]:
    try:
        calendar = _calendar(country, None)
    except UnknownHolidayCalendar:
        return _SATURDAY_SUNDAY
    return frozenset(calendar.weekend)


def weekend_days(country: str) -> frozenset[int]:
    """The weekday numbers (Monday = 0) of a country's weekend, as the ``holidays`` library has it
    today: Friday-Saturday ``{4, 5}`` in Qatar, Saturday-Sunday ``{5, 6}`` in Switzerland.

    Saturday-Sunday for a country the library does not know. Past changes (Qatar's weekend was
    Thursday-Friday before August 2003) are not reflected: the planner schedules ahead.
    """
    return _weekend_days(_normalise(country, None)[0])


@functools.cache
def _holidays_version() -> str:
    from importlib.metadata import version  # 12 ms of the start when imported at the top

    return version("holidays")


def holiday_provenance(country: str, subdiv: str | None = None) -> str:
    """``holidays 0.109 (CH-GE)``: the library, its installed version and the calendar used."""
    country, subdiv = _normalise(country, subdiv)
    calendar = f"{country}-{subdiv}" if subdiv else country
    return f"holidays {_holidays_version()} ({calendar})"
