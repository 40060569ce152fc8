"""``RuleSpec.about`` gives exactly the findings of a full check that name a meeting.

The suggester counts these findings in its lower bound of what a date would cause; one finding
too many would let it discard the best date, one too few would only cost time. So for every rule
with that form, meetings of the kinds it answers for are moved about a demo calendar (by a few
days or weeks, onto another meeting's dates, into another year) and the form is compared, finding
for finding and counting repeats, with the full check's findings naming the meeting.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from scheduler_app.domain import Meeting, Precision
from scheduler_app.rules import Calendar, Finding, Policy, RuleSpec, catalogue
from scheduler_app.services.demo import build_demo

NAMING = [spec for spec in catalogue() if spec.about is not None]


@pytest.fixture(scope="module")
def cal() -> Calendar:
    return Calendar(build_demo(2500, seed=7).meetings)


def targets(m: Meeting, spec: RuleSpec, cal: Calendar, rnd: random.Random) -> list[Meeting]:
    """``m`` where it is, shifted by days, weeks and a year, and onto the dates of three meetings
    the rule reads."""
    out = [m]
    for days in (rnd.randrange(1, 8), -rnd.randrange(10, 60), rnd.randrange(60, 200), 365):
        step = dt.timedelta(days=days)
        out.append(m.replace(start=m.start + step, end=m.end + step))
    read = [o for o in cal if spec.reads is None or o.kind.value in spec.reads]
    for other in rnd.sample(read, 3):
        out.append(m.replace(start=other.start, end=other.start + (m.end - m.start)))
    return out


def naming(found: list[Finding], mid: str) -> Counter[Finding]:
    return Counter(f for f in found if mid in f.meeting_ids)


def test_the_rules_the_suggester_bounds_with_have_the_form():
    assert {s.id for s in NAMING} >= {
        "R77-LAST-QUARTER",
        "R77-ICT-EVENT",
        "DEC11-CWG-CLASH",
        "WTDC1-SG-BEFORE-WTDC",
        "R31-RPM-TIMING",
    }


@pytest.mark.parametrize("spec", NAMING, ids=lambda s: s.id)
def test_about_is_the_full_checks_findings_naming_the_meeting(spec: RuleSpec, cal: Calendar):
    assert spec.about is not None and spec.around is None and spec.about_kinds
    policy, rnd = Policy(), random.Random(spec.id)
    movers = [m for m in cal if m.kind.value in spec.about_kinds and m.precision is Precision.DAY]
    assert movers
    seen = 0
    for m in rnd.sample(movers, min(6, len(movers))):
        for moved in targets(m, spec, cal, rnd):
            cal.remove(m)
            cal.add(moved)
            try:
                want = naming(list(spec.check_fn(cal, policy, spec)), m.id)
                got = Counter(spec.about(cal, policy, spec, [moved]))
            finally:
                cal.remove(moved)
                cal.add(m)
            assert got == want, (spec.id, moved.label, moved.span)
            seen += sum(want.values())
    assert seen, f"no move of {spec.id}'s meetings drew a finding: the test proved nothing"
