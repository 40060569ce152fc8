"""What the calendar keeps between edits: ``of_kind`` kept in order, derived values dropped when a
meeting of their kinds changes, and kept when only other kinds do."""

from __future__ import annotations

import datetime as dt
import random

from scheduler_app.domain import MeetingKind, Status
from scheduler_app.rules import Calendar
from scheduler_app.services.demo import build_demo


def test_of_kind_stays_in_start_order_through_moves_deletions_cancellations_and_additions():
    meetings = build_demo(800, seed=3).meetings
    cal = Calendar(meetings)
    kinds = (MeetingKind.RAPPORTEUR_GROUP, MeetingKind.WTDC, MeetingKind.STUDY_GROUP)
    for kind in kinds:
        cal.of_kind(kind)  # asked once, so kept and updated from now on
    rnd = random.Random(3)
    for _ in range(120):
        m = rnd.choice([m for m in cal if m.kind in kinds])
        action = rnd.randrange(4)
        if action == 0:
            step = dt.timedelta(days=rnd.randrange(-40, 41))
            cal.add(m.replace(start=m.start + step, end=m.end + step))  # replaces the old one
        elif action == 1:
            cal.remove(m)
        elif action == 2:
            cal.add(m.replace(status=Status.CANCELLED))
        else:
            cal.add(m.replace(kind=rnd.choice(kinds)))
        anew = Calendar(list(cal))
        for kind in kinds:
            assert cal.of_kind(kind) == anew.of_kind(kind)


def test_a_derived_value_is_dropped_when_its_kind_changes_and_kept_for_other_kinds():
    cal = Calendar(build_demo(300, seed=5).meetings)
    calls: list[int] = []

    def count() -> int:
        calls.append(1)
        return len(cal.of_kind(MeetingKind.WTDC))

    def wtdcs() -> int:
        return cal.derived("wtdcs", (MeetingKind.WTDC,), count)

    first = wtdcs()
    other = next(m for m in cal if m.kind is not MeetingKind.WTDC)
    day = dt.timedelta(days=1)
    cal.add(other.replace(start=other.start + day, end=other.end + day))
    assert wtdcs() == first and len(calls) == 1  # no WTDC changed: kept
    w = cal.of_kind(MeetingKind.WTDC)[0]
    cal.remove(w)
    assert wtdcs() == first - 1 and len(calls) == 2
    cal.add(w)
    assert wtdcs() == first and len(calls) == 3
