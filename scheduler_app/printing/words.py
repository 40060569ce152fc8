"""The words a printed page writes, in the current language: the closed vocabularies (kinds,
statuses, severities), month and weekday names, and the order a printed week runs in.

English keeps the planner's own short forms ("Sep", "Mon"), which CLDR's British English
writes differently ("Sept"); every other language takes its CLDR names through
:mod:`scheduler_app.i18n`.
"""

from __future__ import annotations

import datetime as dt
import functools

from scheduler_app import i18n
from scheduler_app.domain import MeetingKind
from scheduler_app.domain.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate


def english() -> bool:
    return i18n.language() == "en"


def kind_word(kind: MeetingKind) -> str:
    """The kind's short name as the window writes it ("Council", "Conseil", "WTDC")."""
    return translate("Vocabulary", kind.short_label)


def month_abbr(month: int) -> str:
    """January is 1: "Jan", "janv.", "1月", "يناير"."""
    return MONTHS[month - 1] if english() else i18n.month_name(month, "abbreviated")


def month_heading(year: int, month: int) -> str:
    """A month with its year over a chart's columns: "Jan 2026", "janv. 2026", "2026年1月"."""
    return f"{MONTHS[month - 1]} {year}" if english() else i18n.month_year(year, month, "yMMM")


def month_name_year(year: int, month: int) -> str:
    """A month's full name and year: "November 2026", "novembre 2026", "2026年11月"."""
    if english():
        return f"{MONTH_NAMES[month - 1]} {year}"
    return i18n.month_year(year, month)


def quarter_name(quarter: int) -> str:
    """A quarter without its year, over a timeline's columns: "Q1", "T1", "1季度"."""
    if english():
        return f"Q{quarter}"
    return translate("Printing", "Q{number}").format(number=quarter)


def weekday_abbr(weekday: int) -> str:
    """Monday is 0: "Mon", "lun.", "周一", "الاثنين"."""
    return WEEKDAYS[weekday] if english() else i18n.weekday_name(weekday)


def week_order() -> list[int]:
    """The weekdays (Monday 0) in the order a printed week shows them: from the language's
    first day (Saturday in Arabic, Monday for the others)."""
    first = i18n.first_weekday()
    return [(first + i) % 7 for i in range(7)]


def day_words(day: dt.date) -> str:
    """One day with its weekday, as a tooltip or a note writes it: "Mon 05 Jan 2026"."""
    if english():  # not strftime: under Qt for Python each call goes through an import hook
        return f"{WEEKDAYS[day.weekday()]} {day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return _day_words(day, i18n.language())


@functools.lru_cache(maxsize=2048)
def _day_words(day: dt.date, lang: str) -> str:
    # cached: a crowded timeline asks for hundreds of marked days' tips on every layout
    return i18n.day(day, "yMMMEd")


def plain_day(day: dt.date) -> str:
    """One day as a table cell writes it: "05 Jan 2026" (English), "5 janv. 2026"."""
    if english():
        return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return i18n.day(day)


# the rows of the cycle chart (domain.legend.LANES), for the printing catalogue
LANE_TITLES = (
    QT_TRANSLATE_NOOP("Printing", "Conferences and assemblies"),
    QT_TRANSLATE_NOOP("Printing", "Council and CWGs"),
    QT_TRANSLATE_NOOP("Printing", "ITU-R groups"),
    QT_TRANSLATE_NOOP("Printing", "ITU-T groups"),
    QT_TRANSLATE_NOOP("Printing", "ITU-D groups"),
    QT_TRANSLATE_NOOP("Printing", "Forums and workshops"),
    QT_TRANSLATE_NOOP("Printing", "Outside ICT events"),
    QT_TRANSLATE_NOOP("Printing", "Other"),
)

# the religious periods and holidays the planner computes (observances/), by their stored
# English names; a name a planner typed is printed as typed
OBSERVANCE_NAMES = (
    QT_TRANSLATE_NOOP("Observances", "Christmas"),
    QT_TRANSLATE_NOOP("Observances", "Orthodox Christmas"),
    QT_TRANSLATE_NOOP("Observances", "Good Friday to Easter Monday"),
    QT_TRANSLATE_NOOP("Observances", "Orthodox Good Friday to Easter Monday"),
    QT_TRANSLATE_NOOP("Observances", "Ramadan"),
    QT_TRANSLATE_NOOP("Observances", "Eid al-Fitr"),
    QT_TRANSLATE_NOOP("Observances", "Eid al-Adha"),
    QT_TRANSLATE_NOOP("Observances", "Passover (first two days)"),
    QT_TRANSLATE_NOOP("Observances", "Rosh Hashanah"),
    QT_TRANSLATE_NOOP("Observances", "Yom Kippur"),
    QT_TRANSLATE_NOOP("Observances", "Lunar New Year"),
    QT_TRANSLATE_NOOP("Observances", "Diwali (India)"),
    QT_TRANSLATE_NOOP("Observances", "Diwali (Singapore)"),
    QT_TRANSLATE_NOOP("Observances", "Vesak (India)"),
    QT_TRANSLATE_NOOP("Observances", "Vesak (Singapore)"),
    QT_TRANSLATE_NOOP("Observances", "Gurpurab (Guru Nanak) (India)"),
)


def observance_word(name: str) -> str:
    return translate("Observances", name)
