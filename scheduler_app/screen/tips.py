"""Each meeting's tooltip (``printing.charts.meeting_tip``), written once per meeting object and
kept across layouts: every layout of a view after an edit, a scroll or a zoom would otherwise
write again the tips of the hundreds or thousands of bars it draws, though only the edited
meetings changed (an edit replaces its meetings with new objects; the others stay the same)."""

from __future__ import annotations

from scheduler_app.domain import Meeting
from scheduler_app.printing.charts import meeting_tip

CACHE_LIMIT = 65_536  # meetings remembered; past this the memo starts again

# id(meeting) -> (meeting, tip): the meeting is kept with its tip, so its id is not reused by
# another object while the entry lives, and a hit is an identity test, not a comparison of fields
_memo: dict[int, tuple[Meeting, str]] = {}


def tip_of(m: Meeting) -> str:
    """``meeting_tip(m)``, remembered for this very meeting object (a Meeting is frozen)."""
    found = _memo.get(id(m))
    if found is not None and found[0] is m:
        return found[1]
    if len(_memo) >= CACHE_LIMIT:
        _memo.clear()
    tip = meeting_tip(m)
    _memo[id(m)] = (m, tip)
    return tip
