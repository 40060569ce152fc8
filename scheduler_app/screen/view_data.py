"""What a calendar view draws besides the meetings, read once per period: the religious periods
(PP Res. 111) and the venues' public holidays, as the overlays ask. Plain Python, no Qt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.domain.observance import Observance
from scheduler_app.printing.charts import Holiday, Overlays
from scheduler_app.services.checking import observances_between
from scheduler_app.services.venue_holidays import holiday_marks
from scheduler_app.storage import PlanningDatabase


@dataclass(frozen=True)
class ViewData:
    """The meetings a view shows and the days it marks."""

    meetings: Sequence[Meeting]
    observances: Sequence[Observance] = ()
    holidays: Sequence[Holiday] = ()


def view_data(
    db: PlanningDatabase,
    shown: Sequence[Meeting],
    first: dt.date,
    last: dt.date,
    overlays: Overlays,
    observances: Sequence[Observance] | None = None,
) -> ViewData:
    """The meetings of ``shown`` (the filter's) that touch ``first``-``last``, without the
    outside events when that overlay is off, with the marks the overlays turn on
    (``observances``: those of the period already read, which no meeting's edit changes)."""
    # one pass over every meeting shown (20,000 in the demo): the test kept to what it needs
    meetings = [m for m in shown if m.start <= last and m.end >= first]
    if not overlays.outside:
        meetings = [m for m in meetings if m.kind is not MeetingKind.EXTERNAL]
    if not overlays.religious:
        observances = []
    elif observances is None:
        observances = observances_between(db, first, last)
    holidays = holiday_marks(db, meetings, first, last) if overlays.holidays else []
    return ViewData(meetings, observances, holidays)
