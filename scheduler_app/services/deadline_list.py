"""The coming deadlines of a set of meetings, as the deadlines dock lists them.

Each deadline (:func:`scheduler_app.domain.deadlines.deadlines_for`) is judged against ``today``:

- *overdue*: its day is before today while its meeting has not ended (a contribution that was due
  yesterday for a meeting still ahead still matters; one for a meeting already held does not);
- *on a weekend*: a Saturday or a Sunday, Geneva's weekend. No ITU text moves a deadline off a
  weekend (SOURCES.md section 1), so the planner is told rather than the date changed;
- *on a Geneva public holiday*: a day the secretariat at headquarters is closed, from the public
  holidays of the canton of Geneva (:func:`scheduler_app.services.checking.holidays_for`).

"Coming" means from today on, plus the overdue ones; ``show_past`` lists the others too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting
from scheduler_app.domain.deadlines import Deadline, deadlines_for
from scheduler_app.i18n import translate
from scheduler_app.services.checking import holidays_for

GENEVA = ("CH", "GE")
WEEKEND = frozenset({5, 6})  # Saturday and Sunday


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One deadline with what the planner should notice about its day."""

    deadline: Deadline
    meeting_label: str  # the code, else the title
    meeting_title: str
    days_left: int  # negative once the day has gone
    overdue: bool
    weekend: bool
    holiday: str  # the Geneva public holiday that day, or ""

    @property
    def day(self) -> dt.date:
        return self.deadline.day

    @property
    def meeting_id(self) -> str:
        return self.deadline.meeting_id

    @property
    def what(self) -> str:
        """What is due ("WTDC contributions due")."""
        return self.deadline.title

    @property
    def rule(self) -> str:
        """The offset in words ("opening - 21 calendar days")."""
        return self.deadline.rule

    @property
    def citation(self) -> str:
        """The ITU text the deadline comes from, with its quoted words."""
        return self.deadline.source

    @property
    def past(self) -> bool:
        return self.days_left < 0 and not self.overdue

    @property
    def flags(self) -> tuple[str, ...]:
        """The notes on this row in words, most urgent first (the holiday's name is
        :attr:`holiday`), in the planner's language."""
        out = []
        if self.overdue:
            out.append(translate("Deadlines", "Overdue"))
        if self.weekend:
            out.append(translate("Deadlines", "Weekend"))
        if self.holiday:
            out.append(translate("Deadlines", "Geneva holiday"))
        return tuple(out)


class _GenevaHolidays:
    """Geneva's public holidays, fetched a year at a time as deadlines need them."""

    def __init__(self) -> None:
        self._years: dict[int, Mapping[dt.date, str]] = {}

    def on(self, day: dt.date) -> str:
        year = self._years.get(day.year)
        if year is None:
            year = self._years[day.year] = holidays_for(*GENEVA, day.year)
        return year.get(day, "")


def deadline_rows(
    meetings: Sequence[Meeting], today: dt.date, *, show_past: bool = False
) -> list[DeadlineRow]:
    """The deadlines of ``meetings`` by day: those from ``today`` on and the overdue ones, or
    with ``show_past`` every one. A Council's last meeting before a PP gets its deadlines only
    when the PP is among ``meetings`` (as :func:`deadlines_for` decides)."""
    by_id = {m.id: m for m in meetings}
    holidays = _GenevaHolidays()
    rows = []
    for d in deadlines_for(meetings):
        m = by_id[d.meeting_id]
        days_left = (d.day - today).days
        overdue = days_left < 0 and m.end >= today
        if days_left < 0 and not overdue and not show_past:
            continue
        rows.append(
            DeadlineRow(
                deadline=d,
                meeting_label=m.label,
                meeting_title=m.title,
                days_left=days_left,
                overdue=overdue,
                weekend=d.day.weekday() in WEEKEND,
                holiday=holidays.on(d.day),
            )
        )
    return rows
