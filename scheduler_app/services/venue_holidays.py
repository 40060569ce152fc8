"""The public holidays of the places meetings are held, for the calendars' holiday overlay and
the .ics export (the rules' HOLIDAY-VENUE check reads the same tables)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from scheduler_app.domain import Meeting, Mode, Precision
from scheduler_app.interop.ics_export import PublicHoliday
from scheduler_app.services.checking import holidays_for
from scheduler_app.storage import PlanningDatabase
from scheduler_app.storage.checking import load_policy


def venue_holidays(db: PlanningDatabase, meetings: Sequence[Meeting]) -> list[PublicHoliday]:
    """Public holidays of each place an in-person meeting is held, in the years it holds
    meetings (not every holiday of every host country over the whole span): for the .ics export
    and the calendars' holiday overlay."""
    from scheduler_app.rules import REGISTRY

    spec = REGISTRY["HOLIDAY-VENUE"]
    regions = {
        country: {city.casefold(): code for city, code in cities.items()}
        for country, cities in load_policy(db).param(spec, "subdivisions").items()
    }
    years: dict[tuple[str, str], set[int]] = {}
    for m in meetings:
        if m.country and m.mode is not Mode.VIRTUAL and m.precision is Precision.DAY:
            place = (m.country, regions.get(m.country, {}).get(m.city.casefold(), ""))
            years.setdefault(place, set()).update(range(m.start.year, m.end.year + 1))
    return [
        PublicHoliday(country, region, day, name)
        for (country, region), ys in sorted(years.items())
        for year in sorted(ys)
        for day, name in sorted(holidays_for(country, region, year).items())
    ]


def holiday_marks(
    db: PlanningDatabase, meetings: Sequence[Meeting], first: dt.date, last: dt.date
) -> list[tuple[dt.date, str]]:
    """The venue holidays of ``meetings`` from ``first`` to ``last`` as the calendars mark
    them: the day and its name with the place ("Jeûne genevois (CH-GE)")."""
    return [
        (h.day, f"{h.name} ({h.country}{'-' + h.region if h.region else ''})")
        for h in venue_holidays(db, meetings)
        if first <= h.day <= last
    ]
