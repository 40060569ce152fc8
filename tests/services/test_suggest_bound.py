"""The suggester's lower bound settles the ranking of a WTDC, and the ranking is the exhaustive one.

A WTDC draws a warning from rules that are not local wherever it starts (outside the last
quarter; in it, too soon after a study group, or too long after the last TDAG). With the local
rules alone as the bound, every date looked as good as the best and the budget of full checks ran
out unproven (issue 13). The rules' ``about`` forms put those warnings in the bound; this test
shows the result is proven after a few full checks and equals the best dates found by checking
every start in full.
"""

from __future__ import annotations

import datetime as dt

from scheduler_app.domain import MeetingKind
from scheduler_app.rules import Calendar, Checker, Policy
from scheduler_app.rules.engine import sort_findings
from scheduler_app.services.demo import build_demo
from scheduler_app.services.suggesting import (
    DEFAULT_TOP,
    EXTRA_FULL_CHECKS,
    Candidate,
    _Probe,
    placed,
    suggest,
)


def test_a_wtdc_warned_wherever_it_starts_is_ranked_proven_and_as_an_exhaustive_check_ranks_it():
    checker = Checker(Calendar(build_demo(2000).meetings), Policy())
    wtdc = next(w for w in checker.calendar.of_kind(MeetingKind.WTDC) if w.label == "WTDC-33")
    year = (dt.date(2033, 1, 1), dt.date(2033, 12, 31))
    result = suggest(checker, wtdc, within=year)
    assert result.proven
    assert result.checked_in_full <= DEFAULT_TOP + EXTRA_FULL_CHECKS
    assert all(c.counts["warning"] >= 1 for c in result.candidates)

    probe = _Probe(checker, wtdc)
    every = []
    try:
        start = year[0]
        while start + dt.timedelta(days=wtdc.days - 1) <= year[1]:
            m = placed(wtdc, start, wtdc.days, None)
            found = [*probe.local_findings(m), *probe.global_findings(m)]
            every.append(Candidate(m, tuple(sort_findings(found)), abs((start - wtdc.start).days)))
            start += dt.timedelta(days=1)
    finally:
        probe.restore()
    best = sorted(every, key=lambda c: c.key)[:DEFAULT_TOP]
    assert [(c.start, c.findings) for c in result.candidates] == [
        (c.start, c.findings) for c in best
    ]
