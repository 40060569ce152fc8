"""The Council's calendar (SOURCES.md section 2: R77-COUNCIL-JUNE-JULY, R77-COUNCIL-NEXT-THREE,
DEC11-CWG-CLASH)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from scheduler_app.domain import Meeting, Mode, Precision, Sector, Status
from scheduler_app.rules import REGISTRY, Calendar, CheckContext, Policy, Severity
from tests.helpers import meeting
from tests.rules.support import D, codes, messages, run

C22 = meeting("C22", "2022-03-21", "2022-03-30", kind="council", city="Geneva")
C23 = meeting("C23", "2023-07-11", "2023-07-21", kind="council", city="Geneva")
C24 = meeting("C24", "2024-06-04", "2024-06-14", kind="council", city="Geneva")
C25 = meeting("C25", "2025-06-17", "2025-06-27", kind="council", city="Geneva")
C26 = meeting("C26", "2026-04-28", "2026-05-08", kind="council", city="Geneva")
COUNCILS = (C22, C23, C24, C25, C26)


# --- R77-COUNCIL-JUNE-JULY ----------------------------------------------------------------------------


def test_council_2026_in_april_may_is_reported_with_the_accepted_window() -> None:
    findings = run("R77-COUNCIL-JUNE-JULY", C26)
    assert codes(findings) == [("C26",)]
    assert messages(findings) == [
        "C26 (28 Apr-8 May 2026) is outside June-July 2026 "
        "(accepted: 18 May-14 Aug with 14 days' tolerance)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_the_2022_to_2026_sessions_only_2022_and_2026_are_outside() -> None:
    assert codes(run("R77-COUNCIL-JUNE-JULY", *COUNCILS)) == [("C22",), ("C26",)]


def test_a_session_opening_on_18_may_is_around_june_but_17_may_is_not() -> None:
    ok = meeting("C27", "2027-05-18", "2027-05-28", kind="council")
    early = meeting("C27", "2027-05-17", "2027-05-27", kind="council")
    assert run("R77-COUNCIL-JUNE-JULY", ok) == []
    assert codes(run("R77-COUNCIL-JUNE-JULY", early)) == [("C27",)]


def test_a_session_closing_on_14_august_is_around_july_but_15_august_is_not() -> None:
    ok = meeting("C27", "2027-08-04", "2027-08-14", kind="council")
    late = meeting("C27", "2027-08-05", "2027-08-15", kind="council")
    assert run("R77-COUNCIL-JUNE-JULY", ok) == []
    assert codes(run("R77-COUNCIL-JUNE-JULY", late)) == [("C27",)]


def test_with_no_tolerance_the_window_is_june_and_july_exactly() -> None:
    may = meeting("C27", "2027-05-31", "2027-06-10", kind="council")
    june = meeting("C28", "2028-06-01", "2028-06-10", kind="council")
    assert codes(run("R77-COUNCIL-JUNE-JULY", may, june, tolerance_days=0)) == [("C27",)]


def test_additional_sessions_and_pre_pp_meetings_are_not_ordinary_sessions() -> None:
    add = meeting("C23-ADD", "2023-10-19", "2023-10-20", kind="council-extra")
    last = meeting("C26-LAST", "2026-11-07", kind="council-extra")
    assert run("R77-COUNCIL-JUNE-JULY", add, last) == []


def test_a_year_only_session_is_skipped() -> None:
    c28 = meeting("C28", "2028-01-01", "2028-12-31", kind="council", precision=Precision.YEAR)
    assert run("R77-COUNCIL-JUNE-JULY", c28) == []


def test_a_cancelled_session_is_not_checked() -> None:
    assert run("R77-COUNCIL-JUNE-JULY", C26.replace(status=Status.CANCELLED)) == []


# --- R77-COUNCIL-NEXT-THREE ---------------------------------------------------------------------------


def _next_three(*meetings: Meeting, as_of: dt.date) -> list[str]:
    findings = REGISTRY["R77-COUNCIL-NEXT-THREE"].check(Calendar(meetings), Policy(as_of=as_of))
    assert all(f.severity is Severity.INFO and f.meeting_codes == () for f in findings)
    return messages(findings)


def test_as_of_1_january_2026_the_calendar_lacks_2027_and_2028() -> None:
    assert _next_three(*COUNCILS, as_of=D("2026-01-01")) == [
        "No ordinary Council session scheduled for 2027 "
        "(as of 01 Jan 2026, the next three after 2025 should be)",
        "No ordinary Council session scheduled for 2028 "
        "(as of 01 Jan 2026, the next three after 2025 should be)",
    ]


def test_as_of_9_may_2026_after_council_2026_the_calendar_lacks_2027_to_2029() -> None:
    found = _next_three(*COUNCILS, as_of=D("2026-05-09"))
    assert [m.split(" (")[0] for m in found] == [
        "No ordinary Council session scheduled for 2027",
        "No ordinary Council session scheduled for 2028",
        "No ordinary Council session scheduled for 2029",
    ]


def test_a_session_counts_as_held_on_its_last_day() -> None:
    assert len(_next_three(*COUNCILS, as_of=D("2026-05-08"))) == 3
    assert len(_next_three(*COUNCILS, as_of=D("2026-05-07"))) == 2


def test_a_session_known_by_month_or_year_is_enough() -> None:
    c27 = meeting("C27", "2027-06-01", "2027-06-30", kind="council", precision=Precision.MONTH)
    c28 = meeting("C28", "2028-01-01", "2028-12-31", kind="council", precision=Precision.YEAR)
    assert _next_three(*COUNCILS, c27, c28, as_of=D("2026-01-01")) == []


def test_without_any_session_held_the_count_starts_at_the_year_before_as_of() -> None:
    c27 = meeting("C27", "2027-06-08", "2027-06-18", kind="council")
    assert [m.split(" (")[0] for m in _next_three(c27, as_of=D("2026-03-01"))] == [
        "No ordinary Council session scheduled for 2026",
        "No ordinary Council session scheduled for 2028",
    ]


def test_a_plan_without_any_ordinary_session_says_nothing() -> None:
    pp = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp")
    extra = meeting("C26-LAST", "2026-11-07", kind="council-extra")
    assert _next_three(pp, extra, as_of=D("2026-03-01")) == []


def test_additional_sessions_do_not_count() -> None:
    extra = meeting("C27-ADD", "2027-10-01", kind="council-extra")
    assert len(_next_three(*COUNCILS, extra, as_of=D("2026-01-01"))) == 2


def test_the_context_today_is_the_default_as_of_date() -> None:
    cal = Calendar(COUNCILS, CheckContext(today=D("2026-01-01")))
    assert len(REGISTRY["R77-COUNCIL-NEXT-THREE"].check(cal, Policy())) == 2


def test_the_horizon_is_a_policy_parameter() -> None:
    policy = Policy({"R77-COUNCIL-NEXT-THREE": {"horizon": 1}}, as_of=D("2026-01-01"))
    assert REGISTRY["R77-COUNCIL-NEXT-THREE"].check(Calendar(COUNCILS), policy) == []


# --- DEC11-CWG-CLASH ----------------------------------------------------------------------------------

CWG = meeting("CWG-27", "2027-02-08", "2027-02-12", kind="cwg", city="Geneva")


def _tdag(start: str, end: str, **kw: Any) -> Meeting:
    return meeting("TDAG-27", start, end, kind="advisory-group", body="TDAG", sector=Sector.D, **kw)


def test_a_cwg_during_a_tdag_is_reported_naming_both() -> None:
    tdag = _tdag("2027-02-11", "2027-02-15")
    findings = run("DEC11-CWG-CLASH", CWG, tdag)
    assert codes(findings) == [("CWG-27", "TDAG-27")]
    assert messages(findings) == ["CWG-27 (8-12 Feb 2027) meets during TDAG-27 (11-15 Feb 2027)"]
    assert findings[0].severity is Severity.WARNING


def test_a_cwg_during_a_council_session_is_allowed() -> None:
    council = meeting("C27", "2027-02-01", "2027-02-12", kind="council")
    extra = meeting("C27-ADD", "2027-02-10", kind="council-extra")
    assert run("DEC11-CWG-CLASH", CWG, council, extra) == []


def test_a_cwg_during_a_conference_or_tsag_is_reported() -> None:
    wtsa = meeting("WTSA-27", "2027-02-12", "2027-02-20", kind="wtsa")
    tsag = meeting("TSAG-27", "2027-02-08", kind="advisory-group", body="TSAG", sector=Sector.T)
    assert sorted(codes(run("DEC11-CWG-CLASH", CWG, wtsa, tsag))) == [
        ("CWG-27", "TSAG-27"),
        ("CWG-27", "WTSA-27"),
    ]


def test_a_cwg_ending_the_day_before_a_tdag_is_fine() -> None:
    assert run("DEC11-CWG-CLASH", CWG, _tdag("2027-02-13", "2027-02-15")) == []


def test_a_month_only_tdag_is_skipped() -> None:
    tdag = _tdag("2027-02-01", "2027-02-28", precision=Precision.MONTH)
    assert run("DEC11-CWG-CLASH", CWG, tdag) == []


def test_a_virtual_cwg_still_counts() -> None:
    tdag = _tdag("2027-02-11", "2027-02-15")
    assert len(run("DEC11-CWG-CLASH", CWG.replace(mode=Mode.VIRTUAL), tdag)) == 1


def test_sector_expert_groups_count_only_when_enabled() -> None:
    eg = meeting("EG-27", "2027-02-08", "2027-02-12", kind="expert-group")
    tdag = _tdag("2027-02-11", "2027-02-15")
    assert run("DEC11-CWG-CLASH", eg, tdag) == []
    assert codes(run("DEC11-CWG-CLASH", eg, tdag, include_expert_groups=True)) == [
        ("EG-27", "TDAG-27")
    ]


def test_a_morning_cwg_before_an_afternoon_tsag_the_same_day_is_fine() -> None:
    times = {"timezone": "Europe/Zurich"}
    cwg = meeting(
        "CWG-27",
        "2027-02-08",
        kind="cwg",
        start_time=dt.time(9, 30),
        end_time=dt.time(12, 30),
        **times,
    )
    tsag = meeting(
        "TSAG-27",
        "2027-02-08",
        kind="advisory-group",
        body="TSAG",
        start_time=dt.time(14, 30),
        end_time=dt.time(17, 30),
        **times,
    )
    assert run("DEC11-CWG-CLASH", cwg, tsag) == []
    assert len(run("DEC11-CWG-CLASH", cwg, tsag.replace(start_time=dt.time(12, 0)))) == 1


def test_a_cancelled_tdag_does_not_clash() -> None:
    tdag = _tdag("2027-02-11", "2027-02-15", status=Status.CANCELLED)
    assert run("DEC11-CWG-CLASH", CWG, tdag) == []
