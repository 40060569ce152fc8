"""The words the calendar views write, in the planner's language: month and weekday names in
the forms a narrow place takes, a day's heading, the hours, "+N more" and the counts.

Names come from the language's CLDR data (``scheduler_app.i18n``), messages from the
``calendar_<lang>.ts`` catalogues through ``translate`` (context "Calendar"). English keeps the
planner's own forms ("Wed 3", "3 Mar 2031", "+4 more"). Counts are written as "Meetings: 3"
where a plural would be needed: the headless catalogue has no plural forms, and this way of
counting reads well in Russian and Arabic too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache

from scheduler_app import i18n
from scheduler_app.domain.dates import MONTH_NAMES, MONTHS, WEEKDAY_NAMES
from scheduler_app.i18n import QT_TRANSLATE_NOOP, translate

# every message here is filed under the context "Calendar" (written out: lupdate reads literals)


def english() -> bool:
    return i18n.language() == "en"


@cache
def _month_forms(lang: str, month: int) -> tuple[str, ...]:
    if lang == "en":
        name = MONTH_NAMES[month - 1]
        return tuple(dict.fromkeys((name, MONTHS[month - 1], name[0])))
    widths = ("wide", "abbreviated", "narrow")
    forms = [i18n.month_name(month, w) for w in widths]  # type: ignore[arg-type]
    # a bare number ("7", Chinese's narrow name) beside the next month's reads as one number
    return tuple(dict.fromkeys(heading(f) for f in forms if not f.isdigit()))


def heading(name: str) -> str:
    """A name as a heading writes it: "Май", "Janvier", "Lunes" (CLDR's stand-alone names are
    in lower case in Russian, French and Spanish, as inside a sentence)."""
    return name[:1].upper() + name[1:]


def month_forms(month: int) -> tuple[str, ...]:
    """January is 1: its names longest first ("January", "Jan", "J"; "janvier", "janv.", "J";
    "一月", "1月", "1"), for a caption to take the first that fits."""
    return _month_forms(i18n.language(), month)


def month_wide(month: int) -> str:
    return month_forms(month)[0]


def month_short(month: int) -> str:
    """ "Jan", "Janv.", "1月"; Arabic has no shorter name than "يناير"."""
    if english():
        return MONTHS[month - 1]
    return heading(i18n.month_name(month, "abbreviated"))


@cache
def _weekday_forms(lang: str, weekday: int) -> tuple[str, ...]:
    if lang == "en":
        name = WEEKDAY_NAMES[weekday]
        return tuple(dict.fromkeys((name, name[:3], name[:2], name[0])))
    widths = ("wide", "abbreviated", "short", "narrow")
    return tuple(dict.fromkeys(heading(i18n.weekday_name(weekday, w)) for w in widths))  # type: ignore[arg-type]


def weekday_forms(weekday: int) -> tuple[str, ...]:
    """Monday is 0: its names longest first ("Monday", "Mon", "Mo", "M"; "понедельник", "пн",
    "П"), as a column header takes the first form that fits for every day."""
    return _weekday_forms(i18n.language(), weekday)


def month_year(year: int, month: int) -> str:
    """ "March 2031", "mars 2031", "2031年3月", "март 2031 г."."""
    if english():
        return f"{MONTH_NAMES[month - 1]} {year}"
    return i18n.month_year(year, month)


def day_text(day: dt.date) -> str:
    """ "3 Mar 2031", "3 mars 2031", "2031年3月3日" (without strftime: slow under Qt)."""
    if english():
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return i18n.day(day)


def day_month(day: dt.date) -> str:
    """ "3 Mar", "3 mars", "3月3日"."""
    if english():
        return f"{day.day} {MONTHS[day.month - 1]}"
    return i18n.day(day, "MMMd")


def full_date(day: dt.date) -> str:
    """ "Tuesday 1 December 2026", "mardi 1 décembre 2026", "2026年12月1日星期二"."""
    if english():
        return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return i18n.day(day, "yMMMMEEEEd")


def day_heading_forms(day: dt.date) -> tuple[str, ...]:
    """A day column's heading, longest first: "Wed 3 Mar", "Wed 3", "3"; in the other
    languages CLDR's forms, then the weekday's short name with the day ("أربعاء 13": Arabic
    has no abbreviation of its weekdays), then the day."""
    if english():
        wd = WEEKDAY_NAMES[day.weekday()][:3]
        return (f"{wd} {day.day} {MONTHS[day.month - 1]}", f"{wd} {day.day}", str(day.day))
    forms = [i18n.day(day, "MMMEd"), i18n.day(day, "Ed")]
    weekday = day.weekday()
    if i18n.weekday_name(weekday, "abbreviated") == i18n.weekday_name(weekday, "wide"):
        forms.append(f"{i18n.weekday_name(weekday, 'short')} {day.day}")
    forms.append(str(day.day))
    return tuple(dict.fromkeys(forms))


def named_day_width(width: Callable[[str], float]) -> float:
    """The widest of a week's shortest headings with a weekday ("Wed 30", "пн, 30", "جمعة 30"),
    measured by ``width``: the least a day column or a zoomed-in timeline day needs for it."""
    monday = dt.date(2030, 9, 23)  # a Monday with a two-digit day all week
    return max(width(day_heading_forms(monday + dt.timedelta(days=i))[-2]) for i in range(7))


def weekday_day(day: dt.date) -> str:
    """ "Wed 3", "пн, 3", "8日周五": a day of the timeline's header zoomed in, the shortest
    heading with its weekday."""
    forms = day_heading_forms(day)
    return forms[-2] if len(forms) > 1 else forms[0]


def hour(h: int) -> str:
    """An hour of the week's gutter, as the language's locale writes it: "09:00", "9:00" in
    Spanish (CLDR's 24-hour "Hm")."""
    return _hour(i18n.language(), h)


@cache
def _hour(lang: str, h: int) -> str:
    if lang == "en":
        return f"{h:02d}:00"
    from babel.dates import format_skeleton

    return str(format_skeleton("Hm", dt.time(h % 24), locale=i18n.LOCALES[lang]))


def span(visible_days: float) -> str:
    """The timeline's zoom in words: "2 weeks", "3 months", "1.5 years"; in the other languages
    with CLDR's units, which know their plurals ("5 недель", "3 месяца")."""
    if visible_days < 60:
        count: float = round(visible_days / 7)
        unit = "week"
    elif visible_days < 730:
        count, unit = round(visible_days / 30.44), "month"
    else:
        count, unit = round(visible_days / 365.25, 1), "year"
    if english():
        return f"{count:g} {unit}s"
    from babel.units import format_unit

    return str(format_unit(count, f"duration-{unit}", locale=i18n.LOCALES[i18n.language()]))


LANE_TITLES = (
    QT_TRANSLATE_NOOP("Calendar", "Conferences and assemblies"),
    QT_TRANSLATE_NOOP("Calendar", "Council and CWGs"),
    QT_TRANSLATE_NOOP("Calendar", "ITU-R groups"),
    QT_TRANSLATE_NOOP("Calendar", "ITU-T groups"),
    QT_TRANSLATE_NOOP("Calendar", "ITU-D groups"),
    QT_TRANSLATE_NOOP("Calendar", "Forums and workshops"),
    QT_TRANSLATE_NOOP("Calendar", "Outside ICT events"),
    QT_TRANSLATE_NOOP("Calendar", "Other"),
)
"""The titles of ``domain.legend.LANES`` (the timeline's groups), for the translators; a test
keeps them equal."""


def lane_title(title: str) -> str:
    return translate("Calendar", title)


def week_of(day: dt.date) -> str:
    """ "Week of 3 Mar 2031": a week's tooltip."""
    return translate("Calendar", "Week of {day}").format(day=i18n.isolate(day_text(day)))


def week_number(number: int) -> str:
    """The ISO week's number in the month grid's margin: "W45", "S45", "Н45", "45周"; the
    number alone in Arabic, whose word for a week would take the days' room."""
    return translate("Calendar", "W{number}").format(number=number)


def week_name(number: int) -> str:
    """The ISO week said in full, for the margin's tooltip: "Week 45", "Semaine 45"."""
    return translate("Calendar", "Week {number}").format(number=number)


def more(count: int) -> str:
    """A "+N more" button's text."""
    return translate("Calendar", "+{count} more").format(count=count)


def and_more(count: int) -> str:
    """The end of a list cut short: "and 4 more"."""
    return translate("Calendar", "and {count} more").format(count=count)


def meetings_count(count: int) -> str:
    """ "1 meeting", "3 meetings"; "Réunions : 3", "Заседаний: 3" in the other languages."""
    if english():
        return "1 meeting" if count == 1 else f"{count} meetings"
    return translate("Calendar", "Meetings: {count}").format(count=i18n.number(count))


def estimated(name: str) -> str:
    """A religious period's name with its date marked estimated."""
    return translate("Calendar", "{name} (estimated)").format(name=name)
