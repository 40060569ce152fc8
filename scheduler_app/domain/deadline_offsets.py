"""Deadline offsets and the dated deadline they give (SOURCES.md sections 1 and 3).

*Before* counts back from the opening day (``start``), *after* forward from the closing day
(``end``). Conventions (SOURCES.md section 1): "N months before D" subtracts calendar months and
clips to the month end (31 May minus 3 months is 28 or 29 February); a week is 7 days; days are
calendar days; a deadline that falls on a weekend is not moved (no text says so).

Pure date logic: no I/O, no clock, no Qt. Each :class:`Deadline` carries the offset in words and
the ITU text it comes from: a citation from the source registry with the quoted words and the
document's public address (:func:`scheduler_app.domain.sources.quoted`). The rows themselves are
in :mod:`scheduler_app.domain.deadline_table`; which meeting gets which row is decided in
:mod:`scheduler_app.domain.deadlines`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import relativedelta

from scheduler_app.domain.dates import WEEKDAYS
from scheduler_app.domain.meeting import Meeting

Unit = Literal["calendar days", "weeks", "months"]


def months_before(day: dt.date, n: int) -> dt.date:
    """``day`` minus ``n`` calendar months, clipped to the end of a shorter month.

    >>> months_before(dt.date(2025, 5, 31), 3)
    datetime.date(2025, 2, 28)
    >>> months_before(dt.date(2028, 5, 31), 3)
    datetime.date(2028, 2, 29)
    """
    return day - relativedelta(months=n)


def months_after(day: dt.date, n: int) -> dt.date:
    """``day`` plus ``n`` calendar months, clipped to the end of a shorter month.

    >>> months_after(dt.date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    """
    return day + relativedelta(months=n)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated deadline or milestone of one meeting.

    ``key`` is a stable slug ("wtdc-contributions"), ``title`` what a planner reads ("WTDC
    contributions due"), ``rule`` the offset in words ("opening - 21 calendar days") and
    ``source`` the ITU text it comes from, with its quoted words.
    """

    key: str
    title: str
    day: dt.date
    meeting_id: str
    meeting_code: str
    rule: str
    source: str

    @property
    def weekday(self) -> str:
        """The day of the week in English, e.g. ``Mon``; deadlines are never moved off weekends."""
        return WEEKDAYS[self.day.weekday()]


@dataclass(frozen=True, slots=True)
class Offset:
    """A deadline ``amount`` ``unit`` before the opening (or, ``after``, after the closing)."""

    key: str
    title: str
    amount: int
    unit: Unit
    source: str
    after: bool = False

    def day_for(self, m: Meeting) -> dt.date:
        return shift(m.end if self.after else m.start, self.amount, self.unit, after=self.after)

    def words(self, anchor: str = "") -> str:
        return offset_words(
            anchor or ("closing" if self.after else "opening"),
            self.amount,
            self.unit,
            after=self.after,
        )

    def deadline(self, m: Meeting, anchor: str = "", title: str = "") -> Deadline:
        return Deadline(
            key=self.key,
            title=title or self.title,
            day=self.day_for(m),
            meeting_id=m.id,
            meeting_code=m.code,
            rule=self.words(anchor),
            source=self.source,
        )


def shift(day: dt.date, amount: int, unit: Unit, *, after: bool = False) -> dt.date:
    """``day`` moved ``amount`` units back (or forward, ``after``); months clip to the month end.

    >>> shift(dt.date(2025, 11, 17), 21, "calendar days")
    datetime.date(2025, 10, 27)
    >>> shift(dt.date(2025, 11, 28), 3, "weeks", after=True)
    datetime.date(2025, 12, 19)
    """
    if unit == "months":
        return months_after(day, amount) if after else months_before(day, amount)
    delta = dt.timedelta(days=amount * (7 if unit == "weeks" else 1))
    return day + delta if after else day - delta


def offset_words(anchor: str, amount: int, unit: Unit, *, after: bool = False) -> str:
    """The offset as a planner reads it.

    >>> offset_words("opening", 1, "months")
    'opening - 1 month'
    >>> offset_words("closing", 3, "weeks", after=True)
    'closing + 3 weeks'
    """
    word = unit[:-1] if amount == 1 else unit
    return f"{anchor} {'+' if after else '-'} {amount} {word}"
