"""Major religious periods to avoid when scheduling ITU meetings, computed from calendar libraries.

PP Resolution 111 (Rev. Busan, 2014), "on considering major religious periods in the scheduling
of ITU conferences, assemblies and Council sessions", is recalled by title in the Final Acts of
PP-22 (seed ``003_c612d4d2e2ee9deb.txt`` line 2038). WTDC Resolution 1 § 3.7.6 (seed
``004_2cd29aff50f41401.txt`` line 3615) asks that ITU-D meetings "not be scheduled during a
period which is considered a major religious period by a Member State".

No date here is typed in: each comes from a maintained calendar library (Umm al-Qura through
``hijridate``, the Hebrew calendar through ``pyluach``, the Chinese calendar through the
lunisolar table of ``holidays``, Easter through ``python-dateutil``, and the yearly Diwali,
Vesak and Gurpurab tables of the ``holidays`` country calendars). Where a library does not cover
a year, that year simply has no row.

Jewish and Islamic days begin at sunset the evening before: Yom Kippur 2026 starts on the evening
of 20 September. The rows hold the daytime (Gregorian) dates, so the eve is not included.
"""

from __future__ import annotations

import datetime as dt
import functools
import warnings
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import version
from types import MappingProxyType

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from hijridate import Hijri
from pyluach.dates import HebrewDate  # type: ignore[import-untyped]

from scheduler_app.domain.observance import Observance

__all__ = ["CATALOGUE", "CatalogueEntry", "compute_religious"]


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """What one observance key stands for and how its dates are computed."""

    key: str
    name: str
    religion: str
    method: str
    estimated: bool


_ENTRIES = (
    CatalogueEntry(
        "ramadan",
        "Ramadan",
        "Islam",
        "1 Ramadan to the day before 1 Shawwal, Umm al-Qura calendar (hijridate)",
        estimated=True,
    ),
    CatalogueEntry(
        "eid-al-fitr",
        "Eid al-Fitr",
        "Islam",
        "3 days from 1 Shawwal, Umm al-Qura calendar (hijridate)",
        estimated=True,
    ),
    CatalogueEntry(
        "eid-al-adha",
        "Eid al-Adha",
        "Islam",
        "4 days from 10 Dhu al-Hijjah, Umm al-Qura calendar (hijridate)",
        estimated=True,
    ),
    CatalogueEntry(
        "good-friday-easter-monday",
        "Good Friday to Easter Monday",
        "Christianity",
        "Good Friday to Easter Monday around Western (Gregorian) Easter (python-dateutil)",
        estimated=False,
    ),
    CatalogueEntry(
        "orthodox-good-friday-easter-monday",
        "Orthodox Good Friday to Easter Monday",
        "Christianity",
        "Good Friday to Easter Monday around Julian Easter in Gregorian dates (python-dateutil)",
        estimated=False,
    ),
    CatalogueEntry(
        "christmas",
        "Christmas",
        "Christianity",
        "24 to 26 December, fixed",
        estimated=False,
    ),
    CatalogueEntry(
        "orthodox-christmas",
        "Orthodox Christmas",
        "Christianity",
        "7 January, fixed: Julian 25 December falls on it from 1901 to 2100",
        estimated=False,
    ),
    CatalogueEntry(
        "rosh-hashanah",
        "Rosh Hashanah",
        "Judaism",
        "1 and 2 Tishrei, Hebrew calendar (pyluach)",
        estimated=False,
    ),
    CatalogueEntry(
        "yom-kippur",
        "Yom Kippur",
        "Judaism",
        "10 Tishrei, Hebrew calendar (pyluach)",
        estimated=False,
    ),
    CatalogueEntry(
        "passover",
        "Passover (first two days)",
        "Judaism",
        "15 and 16 Nisan, Hebrew calendar (pyluach)",
        estimated=False,
    ),
    CatalogueEntry(
        "diwali",
        "Diwali",
        "Hinduism",
        "1 day, from the yearly tables of the India and Singapore calendars of holidays",
        estimated=True,
    ),
    CatalogueEntry(
        "vesak",
        "Vesak",
        "Buddhism",
        "1 day, from the yearly tables of the India and Singapore calendars of holidays",
        estimated=True,
    ),
    CatalogueEntry(
        "lunar-new-year",
        "Lunar New Year",
        "Chinese traditional religion",
        "3 days from the 1st day of the 1st month, Chinese calendar (holidays)",
        estimated=False,
    ),
    CatalogueEntry(
        "gurpurab",
        "Gurpurab (Guru Nanak)",
        "Sikhism",
        "1 day, from the yearly table of the India calendar of holidays",
        estimated=True,
    ),
)

CATALOGUE: Mapping[str, CatalogueEntry] = MappingProxyType({e.key: e for e in _ENTRIES})
"""Every observance key ``compute_religious`` produces, in display order."""

# python-dateutil documents both Easter methods as valid in years 1583 to 4099.
_EASTER_YEARS = range(1583, 4100)
# Julian 25 December is Gregorian 7 January while the calendars are 13 days apart:
# from Julian 29 February 1900 (exclusive) to Julian 29 February 2100 (exclusive).
_ORTHODOX_CHRISTMAS_YEARS = range(1901, 2101)
# Table-based observances: (key, holidays country code, variant, holiday name in holidays' en_US).
_TABLE_SOURCES = (
    ("diwali", "IN", "India", "Diwali"),
    ("diwali", "SG", "Singapore", "Diwali"),
    ("vesak", "IN", "India", "Buddha Purnima"),
    ("vesak", "SG", "Singapore", "Vesak Day"),
    ("gurpurab", "IN", "India", "Guru Nanak's Birthday"),
)
_ESTIMATED_SUFFIX = " (estimated)"
# Hijri month numbers.
_RAMADAN, _SHAWWAL, _DHU_AL_HIJJAH = 9, 10, 12
# pyluach numbers Hebrew months from Nisan, as the Torah does.
_NISAN, _TISHREI = 1, 7


@functools.cache
def _provenance(distribution: str, detail: str = "") -> str:
    """``hijridate 2.6.0 (Umm al-Qura)``: the installed version, looked up once."""
    text = f"{distribution} {version(distribution)}"
    return f"{text} ({detail})" if detail else text


def _row(key: str, start: dt.date, days: int, provenance: str, variant: str = "") -> Observance:
    entry = CATALOGUE[key]
    return Observance(
        key=key,
        name=entry.name,
        start=start,
        end=start + dt.timedelta(days=days - 1),
        estimated=entry.estimated,
        provenance=provenance,
        variant=variant,
        religion=entry.religion,
    )


def _gregorian(year: int, month: int, day: int) -> dt.date:
    """A Hijri (Umm al-Qura) date as a plain ``datetime.date``; OverflowError outside hijridate."""
    g = Hijri(year, month, day).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def _islamic(year_from: int, year_to: int) -> Iterator[Observance]:
    """Ramadan, Eid al-Fitr and Eid al-Adha of every Hijri year around the Gregorian years.

    A Hijri year is about 354 days, so a Gregorian year can hold two Ramadans (2030) and the
    caller keeps each occurrence by the Gregorian year it starts in. hijridate covers Hijri
    1343-1500 (1 August 1924 to 16 November 2077) and raises OverflowError outside: those years
    produce nothing.
    """
    source = _provenance("hijridate", "Umm al-Qura")
    # 33 Hijri years are about 32 Gregorian years; one year of margin either side.
    first = (year_from - 622) * 33 // 32 - 1
    last = (year_to - 622) * 33 // 32 + 2
    for hijri_year in range(first, last + 1):
        try:
            ramadan = _gregorian(hijri_year, _RAMADAN, 1)
            shawwal = _gregorian(hijri_year, _SHAWWAL, 1)
        except (OverflowError, ValueError):
            pass
        else:
            yield _row("ramadan", ramadan, (shawwal - ramadan).days, source)
            yield _row("eid-al-fitr", shawwal, 3, source)
        try:
            adha = _gregorian(hijri_year, _DHU_AL_HIJJAH, 10)
        except (OverflowError, ValueError):
            continue
        yield _row("eid-al-adha", adha, 4, source)


def _christian(year: int) -> Iterator[Observance]:
    if year in _EASTER_YEARS:
        source = _provenance("python-dateutil")
        western: dt.date = easter(year, EASTER_WESTERN)
        orthodox: dt.date = easter(year, EASTER_ORTHODOX)
        good_friday = dt.timedelta(days=-2)
        yield _row("good-friday-easter-monday", western + good_friday, 4, source)
        yield _row("orthodox-good-friday-easter-monday", orthodox + good_friday, 4, source)
    yield _row("christmas", dt.date(year, 12, 24), 3, "fixed date")
    if year in _ORTHODOX_CHRISTMAS_YEARS:
        yield _row("orthodox-christmas", dt.date(year, 1, 7), 1, "fixed date")


def _hebrew(year: int) -> Iterator[Observance]:
    """Rosh Hashanah and Yom Kippur open Hebrew year AM ``year + 3761`` in the autumn; the spring
    Passover of ``year`` belongs to the Hebrew year that began the autumn before."""
    source = _provenance("pyluach")
    try:
        rosh_hashanah: dt.date = HebrewDate(year + 3761, _TISHREI, 1).to_pydate()
        yom_kippur: dt.date = HebrewDate(year + 3761, _TISHREI, 10).to_pydate()
        passover: dt.date = HebrewDate(year + 3760, _NISAN, 15).to_pydate()
    except (OverflowError, ValueError):
        return
    yield _row("passover", passover, 2, source)
    yield _row("rosh-hashanah", rosh_hashanah, 2, source)
    yield _row("yom-kippur", yom_kippur, 1, source)


def _chinese(year: int) -> Iterator[Observance]:
    """Lunar New Year, from the Chinese lunisolar table of ``holidays`` (1901-2100; MIT, which the
    planner can ship inside its installers, unlike the GPL ``lunardate`` it replaced).

    The table is astronomical, so the row is not marked estimated, although the library flags
    years no government has confirmed yet.
    """
    from holidays.calendars.chinese import _ChineseLunisolar  # the pin on holidays covers this

    new_year, _unconfirmed = _ChineseLunisolar().lunar_new_year_date(year)
    if new_year is None:
        return
    yield _row("lunar-new-year", new_year, 3, _provenance("holidays", "Chinese lunisolar table"))


@functools.cache
def _supported_years(country: str) -> range:
    """The years a ``holidays`` country calendar covers, as the library itself states them.

    ``holidays`` is imported here, not at module level: it takes about 100 ms to import.
    """
    import holidays

    calendar = holidays.country_holidays(country)
    return range(calendar.start_year, calendar.end_year + 1)


@functools.cache
def _country_days(country: str, year_from: int, year_to: int) -> tuple[tuple[dt.date, str], ...]:
    """(day, English name without "(estimated)") from a ``holidays`` country calendar.

    Empty for years outside the calendar. The India calendar warns for years beyond its Hindu
    tables (2001-2035) and then leaves those holidays out, which is what we want: no row.
    """
    import holidays

    supported = _supported_years(country)
    years = range(max(year_from, supported.start), min(year_to + 1, supported.stop))
    if not years:
        return ()
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Requested Holidays are available only", category=UserWarning
        )
        days = holidays.country_holidays(country, years=years, language="en_US", observed=False)
    return tuple(
        (day, name.removesuffix(_ESTIMATED_SUFFIX))
        for day in sorted(days)
        for name in days.get_list(day)
    )


def _tables(year_from: int, year_to: int) -> Iterator[Observance]:
    """Diwali, Vesak and Gurpurab as the India and Singapore calendars of ``holidays`` list them."""
    for key, country, variant, holiday_name in _TABLE_SOURCES:
        source = _provenance("holidays", variant)
        for day, name in _country_days(country, year_from, year_to):
            if name == holiday_name:
                yield _row(key, day, 1, source, variant)


@functools.cache
def _compute(year_from: int, year_to: int) -> tuple[Observance, ...]:
    years = range(max(year_from, dt.MINYEAR), min(year_to, dt.MAXYEAR) + 1)
    if not years:
        return ()
    rows = [*_islamic(years.start, years.stop - 1), *_tables(years.start, years.stop - 1)]
    for year in years:
        rows.extend(_christian(year))
        rows.extend(_hebrew(year))
        rows.extend(_chinese(year))
    kept = (o for o in rows if o.start.year in years)
    return tuple(sorted(kept, key=lambda o: (o.start, o.key, o.variant)))


def compute_religious(year_from: int, year_to: int) -> list[Observance]:
    """Every occurrence of the ``CATALOGUE`` observances starting in a year from ``year_from`` to
    ``year_to`` (inclusive), sorted by start date, key and variant.

    An occurrence belongs to the Gregorian year it starts in: 2030 has two Ramadans (1451 from
    5 January, 1452 from 26 December). Years a library does not cover produce no row for that
    observance, never an error or a guess: Islamic dates stop after 16 November 2077 (hijridate),
    the Lunar New Year after 2100 (holidays' Chinese table), India's Diwali, Vesak and Gurpurab
    after 2035 (holidays' Hindu tables).

    Jewish and Islamic days begin at sunset the evening before; rows hold the daytime dates.

    >>> [o.label for o in compute_religious(2026, 2026) if o.key == "vesak"]
    ['Vesak (India)', 'Vesak (Singapore)']
    """
    return list(_compute(year_from, year_to))
