"""RA and WRC associated in place and time (ITU Constitution, No. 91), the pairing three rules use.

CS91-RA-WITH-WRC reports RAs and WRCs left without a partner; R77-SAME-YEAR counts a pair as one
conference and R77-GAP exempts it. No. 91 fixes no order: the RA may come before or after its WRC,
at most ``max_gap_days`` apart either way (an overlap or the next day always counts).
"""

from __future__ import annotations

from scheduler_app.domain import Meeting, MeetingKind
from scheduler_app.rules.calendar import Calendar, normalise
from scheduler_app.rules.placement import Verdict, separation, verdict


def allowed_gap(max_gap_days: int) -> int:
    """The most days from the close of one to the opening of the other (the next day, at least)."""
    return max(max_gap_days, 1)


def association(ra: Meeting, wrc: Meeting, max_gap_days: int) -> Verdict:
    """Whether the two are associated in time, over every placement of meetings known only by a
    period: MET when every placement keeps them within the gap, BROKEN when none does."""
    least, most = separation(ra, wrc)
    limit = allowed_gap(max_gap_days)
    return verdict(most <= limit, least > limit)


def same_place(a: Meeting, b: Meeting) -> bool:
    return normalise(a.city) == normalise(b.city)


def associated_pairs(cal: Calendar, max_gap_days: int) -> dict[str, str]:
    """RA and WRC meetings associated in place and time, both ways: {ra id: wrc id, wrc id: ra id}.

    Pairs certain in time are matched first; then an RA and a WRC in one city that may still be
    placed together (both known only as "2031-Q4") are matched too: counting them as two
    conferences or asking eight weeks between them would judge a plan the planner has not made.
    Whether they end up associated is CS91-RA-WITH-WRC's question, which notes the uncertainty.
    """
    pairs: dict[str, str] = {}
    ras = cal.of_kind(MeetingKind.RA)
    wrcs = cal.of_kind(MeetingKind.WRC)
    for wanted in (Verdict.MET, Verdict.UNDETERMINED):
        for wrc in wrcs:
            if wrc.id in pairs:
                continue
            for ra in ras:
                if ra.id in pairs or not same_place(ra, wrc):
                    continue
                if association(ra, wrc, max_gap_days) is wanted:
                    pairs[ra.id], pairs[wrc.id] = wrc.id, ra.id
                    break
    return pairs
