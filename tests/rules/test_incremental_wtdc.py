"""The incremental checker after WTDC and rapporteur group edits says what a fresh check says.

The rules reading WTDCs keep data derived from study groups and rapporteur groups on the calendar
(``Calendar.derived``) between edits; a value kept one edit too long would make ``Checker.update``
disagree with a check from scratch. So a seeded walk of WTDC moves (across years, past the next
WTDC), rapporteur group moves, a group renamed, a meeting deleted and put back, is compared after
every step with a fresh checker on the same calendar and with one on a calendar built anew.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from scheduler_app.domain import Meeting, MeetingKind, Precision
from scheduler_app.rules import Calendar, Checker, Policy
from scheduler_app.services.demo import build_demo

WTDC_RULES = {
    "WTDC1-RG-TWICE-A-YEAR",
    "WTDC1-SG-ANNUAL",
    "WTDC1-SG-BEFORE-WTDC",
    "R77-LAST-QUARTER",
    "R31-RPM-TIMING",
}


def shifted(m: Meeting, days: int) -> Meeting:
    step = dt.timedelta(days=days)
    return m.replace(start=m.start + step, end=m.end + step)


def fresh(checker: Checker) -> tuple[list[object], list[object]]:
    cal = checker.calendar
    same = Checker(cal, checker.policy).findings()
    anew = Checker(Calendar([*cal, *cal.cancelled()], cal.context), checker.policy).findings()
    return list(same), list(anew)


def edits(cal: Calendar, rnd: random.Random) -> list[tuple[list[Meeting], list[Meeting]]]:
    """Steps of (before, after) for ``Checker.update``, chosen from the calendar as it is."""
    wtdcs = [w for w in cal.of_kind(MeetingKind.WTDC) if w.precision is Precision.DAY]
    rgs = [m for m in cal.of_kind(MeetingKind.RAPPORTEUR_GROUP) if m.body]
    kind = rnd.choice(["wtdc", "wtdc", "wtdc-far", "rg", "rg-body", "rg-both"])
    if kind == "wtdc":
        w = rnd.choice(wtdcs)
        return [([w], [shifted(w, rnd.randrange(-120, 121))])]
    if kind == "wtdc-far":  # into another year, perhaps past the next WTDC
        w = rnd.choice(wtdcs)
        return [([w], [shifted(w, rnd.choice([-1, 1]) * rnd.randrange(300, 1900))])]
    r = rnd.choice(rgs)
    if kind == "rg":
        return [([r], [shifted(r, rnd.choice([-1, 1]) * rnd.randrange(60, 500))])]
    if kind == "rg-body":
        other = rnd.choice([m.body for m in rgs if m.body != r.body])
        return [([r], [r.replace(body=other)])]
    # a WTDC and a rapporteur group in one edit, then the group deleted and put back
    w = rnd.choice(wtdcs)
    moved = shifted(w, rnd.randrange(-400, 401))
    return [([w, r], [moved, shifted(r, 365)]), ([shifted(r, 365)], []), ([], [r])]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_update_after_wtdc_and_rapporteur_group_edits_equals_a_fresh_check(seed: int):
    cal = Calendar(build_demo(1500, seed=seed).meetings)
    checker = Checker(cal, Policy())
    rnd = random.Random(seed)
    changed: set[str] = set()
    for _ in range(12):
        for before, after in edits(cal, rnd):
            was = set(checker.findings())
            checker.update(before, after)
            now = checker.findings()
            same, anew = fresh(checker)
            assert now == same, (before, after)
            assert now == anew, (before, after)
            changed |= {f.rule_id for f in was.symmetric_difference(now)}
    # the walk did change what the rules reading WTDCs say, so the comparison meant something
    assert changed & WTDC_RULES
