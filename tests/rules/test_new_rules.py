"""The seven rules of the second pass, each alone on a tiny calendar, on both sides of its limit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from scheduler_app.domain import Meeting, Mode, Precision, Sector, Status
from scheduler_app.rules import Calendar, Checker, Policy, Severity, Waiver, check
from scheduler_app.rules.engine import subject_fingerprint
from scheduler_app.services.checking import check_database
from scheduler_app.storage import PlanningDatabase
from tests.helpers import meeting
from tests.rules.support import codes, run

D = Sector.D
NEW_RULES = (
    "WTDC1-RG-TWICE-A-YEAR",
    "WTDC1-SG-BEFORE-WTDC",
    "WTDC1-TDAG-ANNUAL",
    "WTDC1-ADVISORY-CONSECUTIVE",
    "WTDC1-SG-AT-HQ",
    "WTDC1-CANCELLED-TO-GENEVA",
    "R77-FORUM-CORE",
)


def wtdc(code: str, start: str, end: str | None = None, **kw: Any) -> Meeting:
    return meeting(code, start, end, kind="wtdc", sector=D, **kw)


def wtdc_year(code: str, year: int) -> Meeting:
    return meeting(
        code, f"{year}-01-01", f"{year}-12-31", kind="wtdc", sector=D, precision=Precision.YEAR
    )


def rg(code: str, start: str, body: str = "RG-Q1/1", **kw: Any) -> Meeting:
    kw.setdefault("sector", D)
    return meeting(code, start, kind="rapporteur-group", body=body, parent="SG1", **kw)


def sg(
    code: str, start: str, end: str | None = None, body: str = "ITU-D SG1", **kw: Any
) -> Meeting:
    kw.setdefault("sector", D)
    return meeting(code, start, end, kind="study-group", body=body, **kw)


def advisory(code: str, start: str, end: str, body: str, **kw: Any) -> Meeting:
    sector = {"TDAG": Sector.D, "TSAG": Sector.T, "RAG": Sector.R}.get(body)
    return meeting(code, start, end, kind="advisory-group", sector=sector, body=body, **kw)


# --- WTDC1-RG-TWICE-A-YEAR ----------------------------------------------------------------------

W25 = wtdc("WTDC-25", "2025-11-17", "2025-11-28")
W29 = wtdc("WTDC-29", "2029-11-05", "2029-11-16")


def test_a_rapporteur_group_meeting_twice_in_a_year_between_wtdcs_passes() -> None:
    assert (
        run("WTDC1-RG-TWICE-A-YEAR", W25, W29, rg("A", "2026-03-02"), rg("B", "2026-09-07")) == []
    )


def test_a_rapporteur_group_meeting_once_in_a_year_is_warned_naming_that_meeting() -> None:
    [f] = run("WTDC1-RG-TWICE-A-YEAR", W25, W29, rg("A", "2026-03-02"))
    assert f.severity is Severity.WARNING and f.meeting_codes == ("A",)
    assert f.message == (
        "RG-Q1/1 meets once in 2026: A (2 Mar 2026) (at least twice a year between WTDC-25 and "
        "WTDC-29)"
    )
    assert f.subject == "2026"
    assert f.details["wanted"] == "at least 2 meetings of RG-Q1/1 opening in 2026"
    assert f.details["held"] == 1 and f.details["between"] == ["WTDC-25", "WTDC-29"]


def test_the_years_run_from_the_one_after_a_wtdc_to_the_last_year_the_group_meets() -> None:
    # 2026 twice, 2027 none, 2028 once; 2025 (WTDC-25's year) and 2029 (WTDC-29's) not judged
    meetings = [rg("A", "2025-03-02"), rg("B", "2026-03-02"), rg("C", "2026-09-07")]
    meetings += [rg("D", "2028-05-04"), rg("E", "2029-05-07")]
    found = run("WTDC1-RG-TWICE-A-YEAR", W25, W29, *meetings)
    assert [(f.subject, f.meeting_codes) for f in found] == [("2027", ()), ("2028", ("D",))]
    assert found[0].message == (
        "RG-Q1/1 has no meeting in 2027 (at least twice a year between WTDC-25 and WTDC-29)"
    )
    assert found[0].details == {
        "meetings": [],
        "group": "RG-Q1/1",
        "year": 2027,
        "held": 0,
        "wanted": "at least 2 meetings of RG-Q1/1 opening in 2027",
        "between": ["WTDC-25", "WTDC-29"],
    }


def test_no_year_after_the_last_one_in_which_the_group_meets_is_judged() -> None:
    # twice in 2026, nothing planned later: 2027 and 2028 are not planned yet
    assert (
        run("WTDC1-RG-TWICE-A-YEAR", W25, W29, rg("A", "2026-03-02"), rg("B", "2026-09-07")) == []
    )


def test_after_the_last_wtdc_the_years_that_follow_are_judged() -> None:
    found = run("WTDC1-RG-TWICE-A-YEAR", W25, rg("A", "2026-03-02"), rg("B", "2027-03-01"))
    assert [f.subject for f in found] == ["2026", "2027"]
    assert found[0].message.endswith("(at least twice a year after WTDC-25)")


def test_nothing_is_judged_before_the_first_wtdc_or_without_one() -> None:
    assert run("WTDC1-RG-TWICE-A-YEAR", rg("A", "2024-03-04")) == []
    assert run("WTDC1-RG-TWICE-A-YEAR", W25, rg("A", "2024-03-04")) == []


def test_a_group_with_no_meeting_between_two_wtdcs_is_not_reported_there() -> None:
    w21 = wtdc("WTDC-21", "2021-11-08")
    # meets twice a year after WTDC-25 but never between WTDC-21 and WTDC-25
    found = run("WTDC1-RG-TWICE-A-YEAR", w21, W25, rg("A", "2026-03-02"), rg("B", "2026-09-07"))
    assert found == []


def test_each_group_is_counted_on_its_own_and_a_year_known_by_month_still_counts() -> None:
    may = {"precision": Precision.MONTH, "end": "2026-05-31"}
    found = run(
        "WTDC1-RG-TWICE-A-YEAR",
        W25,
        W29,
        rg("A", "2026-03-02"),
        rg("B", "2026-05-01", **may),
        rg("C", "2026-03-03", body="RG-Q2/1"),
    )
    assert codes(found) == [("C",)]


def test_the_minimum_a_year_is_a_parameter() -> None:
    assert run("WTDC1-RG-TWICE-A-YEAR", W25, W29, rg("A", "2026-03-02"), min_per_year=1) == []


def test_rapporteur_groups_of_other_sectors_and_without_a_group_name_are_left_out() -> None:
    other = rg("A", "2026-03-02", sector=Sector.T)
    nameless = rg("B", "2026-03-02", body="")
    assert run("WTDC1-RG-TWICE-A-YEAR", W25, W29, other, nameless) == []


def test_a_year_without_a_rapporteur_group_meeting_is_waived_by_its_year() -> None:
    meetings = [W25, W29, rg("A", "2026-03-02"), rg("B", "2026-09-07"), rg("C", "2028-03-06")]
    meetings.append(rg("D", "2028-09-04"))
    cal = Calendar(meetings)
    rule_id = "WTDC1-RG-TWICE-A-YEAR"
    waiver = Waiver(
        rule_id, (), "no budget", subject_fingerprint(rule_id, "2027", meetings), "2027"
    )
    [f] = check(cal, rule_ids=[rule_id], waivers=[waiver])
    assert f.subject == "2027" and f.waived and f.waiver_reason == "no budget"


# --- WTDC1-SG-BEFORE-WTDC -----------------------------------------------------------------------


def test_a_study_group_closing_exactly_35_days_before_the_wtdc_opens_passes() -> None:
    # WTDC-29 opens Mon 5 Nov 2029; 1 Oct is 35 days earlier
    assert run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-09-24", "2029-10-01")) == []


def test_a_study_group_closing_34_days_before_the_wtdc_opens_is_warned() -> None:
    [f] = run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-09-25", "2029-10-02"))
    assert f.severity is Severity.WARNING and f.meeting_codes == ("SG1-29", "WTDC-29")
    assert f.message == (
        "SG1-29 (25 Sep-2 Oct 2029), ITU-D SG1's last meeting before WTDC-29 (5-16 Nov 2029), "
        "closes 34 days before it opens; it should close by 1 Oct 2029 (35 days before), so that "
        "its reports reach administrations in time"
    )
    assert f.details["wanted"] == "close by 2029-10-01, 35 days before WTDC-29 opens"
    assert f.details["gap_days"] == 34


def test_only_each_groups_last_meeting_before_the_wtdc_is_judged() -> None:
    found = run(
        "WTDC1-SG-BEFORE-WTDC",
        W29,
        sg("SG1-A", "2029-03-05"),
        sg("SG1-B", "2029-10-15"),
        sg("SG2-A", "2029-09-03", body="ITU-D SG2"),
    )
    assert codes(found) == [("SG1-B", "WTDC-29")]


def test_a_study_group_overlapping_the_wtdc_does_not_close_before_it() -> None:
    [f] = run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-11-01", "2029-11-06"))
    assert "does not close before it opens" in f.message


def test_meetings_after_the_wtdc_or_before_the_previous_one_are_not_judged_against_it() -> None:
    w25 = wtdc("WTDC-25", "2025-11-17", "2025-11-28")
    after = sg("SG1-25", "2025-12-01")  # after WTDC-25 opened: the cycle of WTDC-29, far from it
    assert run("WTDC1-SG-BEFORE-WTDC", w25, W29, after) == []


def test_the_number_of_days_is_a_parameter() -> None:
    meetings = (W29, sg("SG1-29", "2029-09-24", "2029-10-01"))
    assert len(run("WTDC1-SG-BEFORE-WTDC", *meetings, min_days=42)) == 1


def test_a_wtdc_known_only_by_its_year_is_not_judged() -> None:
    assert run("WTDC1-SG-BEFORE-WTDC", wtdc_year("WTDC-29", 2029), sg("S", "2029-10-29")) == []


def test_a_study_group_known_only_by_a_month_is_judged_by_where_it_can_fall() -> None:
    month = {"precision": Precision.MONTH}
    # anywhere in November it closes less than 35 days before WTDC-29 opens, or after
    [broken] = run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-11-01", "2029-11-30", **month))
    assert broken.severity is Severity.WARNING
    # October: on 1 October it is in time, later it is not
    [noted] = run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-10-01", "2029-10-31", **month))
    assert noted.severity is Severity.INFO and noted.details["verdict"] == "undetermined"
    assert noted.message.startswith("SG1-29 is known only as Oct 2029: some placements leave less")
    # September: in time wherever it falls
    assert run("WTDC1-SG-BEFORE-WTDC", W29, sg("SG1-29", "2029-09-01", "2029-09-30", **month)) == []


# --- WTDC1-TDAG-ANNUAL --------------------------------------------------------------------------


def test_tdag_meeting_in_every_year_from_its_first_to_its_last_passes() -> None:
    found = run(
        "WTDC1-TDAG-ANNUAL",
        advisory("T26", "2026-05-04", "2026-05-08", "TDAG"),
        advisory("T27", "2027-05-01", "2027-05-31", "TDAG", precision=Precision.MONTH),
    )
    assert found == []


def test_a_year_without_tdag_is_one_warning_about_that_year() -> None:
    [f] = run(
        "WTDC1-TDAG-ANNUAL",
        advisory("T27", "2027-05-03", "2027-05-07", "TDAG"),
        advisory("T29", "2029-05-07", "2029-05-11", "TDAG"),
    )
    assert f.severity is Severity.WARNING and f.meeting_codes == () and f.subject == "2028"
    assert f.message == (
        "No TDAG meeting in 2028, between T27 (3-7 May 2027) and T29 (7-11 May 2029); TDAG meets "
        "at least once a year"
    )
    assert f.details == {
        "meetings": [],
        "year": 2028,
        "wanted": "at least one TDAG meeting opening in 2028",
        "previous_meeting": "T27",
        "next_meeting": "T29",
    }


def test_other_advisory_groups_do_not_count_for_tdag() -> None:
    found = run(
        "WTDC1-TDAG-ANNUAL",
        advisory("T26", "2026-05-04", "2026-05-08", "TDAG"),
        advisory("S27", "2027-05-03", "2027-05-07", "TSAG"),
        advisory("T28", "2028-05-01", "2028-05-05", "TDAG"),
    )
    assert [f.subject for f in found] == ["2027"]


def test_years_before_the_first_and_after_the_last_tdag_are_not_judged() -> None:
    assert run("WTDC1-TDAG-ANNUAL", advisory("T27", "2027-05-03", "2027-05-07", "TDAG")) == []


# --- WTDC1-ADVISORY-CONSECUTIVE -----------------------------------------------------------------


def test_three_advisory_groups_each_within_seven_days_of_the_previous_pass() -> None:
    found = run(
        "WTDC1-ADVISORY-CONSECUTIVE",
        advisory("RAG-27", "2027-04-05", "2027-04-09", "RAG"),
        advisory("TSAG-27", "2027-04-16", "2027-04-23", "TSAG"),  # 7 days after RAG closes
        advisory("TDAG-27", "2027-04-26", "2027-04-30", "TDAG"),
    )
    assert found == []


def test_an_advisory_group_opening_eight_days_after_the_previous_one_closes_is_noted() -> None:
    [f] = run(
        "WTDC1-ADVISORY-CONSECUTIVE",
        advisory("RAG-27", "2027-04-05", "2027-04-09", "RAG"),
        advisory("TSAG-27", "2027-04-17", "2027-04-23", "TSAG"),
    )
    assert f.severity is Severity.INFO and f.meeting_codes == ("RAG-27", "TSAG-27")
    assert f.message == (
        "TSAG-27 (17-23 Apr 2027) opens 8 days after RAG-27 (5-9 Apr 2027) closes; the advisory "
        "groups of the three Sectors preferably meet one after another (within 7 days)"
    )
    assert f.details["gap_days"] == 8 and f.details["year"] == 2027


def test_advisory_groups_of_different_years_or_one_group_alone_are_not_compared() -> None:
    found = run(
        "WTDC1-ADVISORY-CONSECUTIVE",
        advisory("RAG-27", "2027-04-05", "2027-04-09", "RAG"),
        advisory("TSAG-28", "2028-04-17", "2028-04-23", "TSAG"),
        advisory("TDAG-28", "2028-10-02", "2028-10-06", "TDAG"),  # 162 days after TSAG-28
    )
    assert codes(found) == [("TSAG-28", "TDAG-28")]
    only_tdag = [
        advisory("TDAG-28a", "2028-04-03", "2028-04-07", "TDAG"),
        advisory("TDAG-28b", "2028-10-02", "2028-10-06", "TDAG"),
    ]
    assert run("WTDC1-ADVISORY-CONSECUTIVE", *only_tdag) == []


def test_the_gap_is_a_parameter_and_month_only_meetings_are_left_out() -> None:
    pair = (
        advisory("RAG-27", "2027-04-05", "2027-04-09", "RAG"),
        advisory("TSAG-27", "2027-04-17", "2027-04-23", "TSAG"),
    )
    assert run("WTDC1-ADVISORY-CONSECUTIVE", *pair, max_gap_days=8) == []
    month = advisory("TDAG-27", "2027-09-01", "2027-09-30", "TDAG", precision=Precision.MONTH)
    assert run("WTDC1-ADVISORY-CONSECUTIVE", pair[0], month) == []


# --- WTDC1-SG-AT-HQ -----------------------------------------------------------------------------


def test_an_itu_d_study_group_in_geneva_passes_and_one_elsewhere_is_noted() -> None:
    assert run("WTDC1-SG-AT-HQ", sg("SG1-27", "2027-05-03", city="Geneva")) == []
    [f] = run("WTDC1-SG-AT-HQ", sg("SG1-27", "2027-05-03", city="Nairobi"))
    assert f.severity is Severity.INFO and f.meeting_codes == ("SG1-27",)
    assert f.message == (
        "SG1-27 (3 May 2027) meets in Nairobi; ITU-D study groups and their groups normally meet "
        "at ITU headquarters in Geneva"
    )
    assert f.details["city"] == "Nairobi" and f.details["wanted"] == "meet in Geneva"


def test_rapporteur_groups_and_working_parties_count_and_hybrid_meetings_too() -> None:
    wp = meeting("WP-27", "2027-05-03", kind="working-party", sector=D, city="Lima")
    hybrid = rg("RG-27", "2027-05-04", city="Lima", mode=Mode.HYBRID)
    assert codes(run("WTDC1-SG-AT-HQ", wp, hybrid)) == [("WP-27",), ("RG-27",)]


def test_virtual_meetings_unknown_cities_other_sectors_and_kinds_are_not_noted() -> None:
    found = run(
        "WTDC1-SG-AT-HQ",
        sg("V", "2027-05-03", city="Nairobi", mode=Mode.VIRTUAL),
        sg("U", "2027-05-04"),
        sg("T", "2027-05-05", city="Nairobi", sector=Sector.T),
        meeting("R", "2027-05-06", kind="rpm", sector=D, city="Nairobi"),
        sg("G", "2027-05-07", city="GENÈVE"),
    )
    assert found == []


# --- WTDC1-CANCELLED-TO-GENEVA ------------------------------------------------------------------


def test_a_cancelled_itu_d_meeting_elsewhere_is_proposed_in_geneva_on_its_dates() -> None:
    m = rg("RG-Q1/1-27", "2027-05-03", city="Nairobi", status=Status.CANCELLED, end="2027-05-05")
    [f] = run("WTDC1-CANCELLED-TO-GENEVA", m)
    assert f.severity is Severity.INFO and f.meeting_codes == ("RG-Q1/1-27",)
    assert f.message == (
        "RG-Q1/1-27 (3-5 May 2027) in Nairobi is cancelled: propose it in Geneva on the dates "
        "first planned (3-5 May 2027)"
    )
    assert f.details["proposed"] == {"city": "Geneva", "start": "2027-05-03", "end": "2027-05-05"}


def test_a_meeting_held_as_planned_or_cancelled_in_geneva_is_not_noted() -> None:
    held = rg("A", "2027-05-03", city="Nairobi")
    in_geneva = rg("B", "2027-05-03", city="Geneva", status=Status.CANCELLED)
    virtual = rg("C", "2027-05-03", city="Nairobi", status=Status.CANCELLED, mode=Mode.VIRTUAL)
    other = sg("D", "2027-05-03", city="Nairobi", status=Status.CANCELLED, sector=Sector.T)
    assert run("WTDC1-CANCELLED-TO-GENEVA", held, in_geneva, virtual, other) == []


def test_cancelling_and_restoring_a_meeting_is_seen_by_the_incremental_checker() -> None:
    m = rg("A", "2027-05-03", city="Nairobi")
    checker = Checker(Calendar([m]), Policy(), [_spec("WTDC1-CANCELLED-TO-GENEVA")])
    assert checker.findings() == []
    gone = m.replace(status=Status.CANCELLED)
    checker.update([m], [gone])
    assert codes(checker.findings()) == [("A",)]
    checker.update([gone], [m])
    assert checker.findings() == []


def _spec(rule_id: str) -> Any:
    from scheduler_app.rules import REGISTRY

    return REGISTRY[rule_id]


# --- R77-FORUM-CORE -----------------------------------------------------------------------------


def forum(code: str, start: str, end: str | None = None, **kw: Any) -> Meeting:
    return meeting(code, start, end, kind="forum", **kw)


C27 = meeting("C27", "2027-06-15", "2027-06-25", kind="council", city="Geneva")


def test_a_forum_the_day_after_a_council_session_closes_passes() -> None:
    assert run("R77-FORUM-CORE", C27, forum("WSIS-27", "2027-06-26", "2027-06-30")) == []


def test_a_forum_on_the_last_day_of_a_council_session_is_warned_wherever_held() -> None:
    [f] = run("R77-FORUM-CORE", C27, forum("WSIS-27", "2027-06-25", "2027-06-30", city="Lima"))
    assert f.severity is Severity.WARNING and f.meeting_codes == ("WSIS-27", "C27")
    assert f.message == (
        "WSIS-27 (25-30 Jun 2027) coincides with C27 (15-25 Jun 2027); forums and similar events "
        "are scheduled around conferences, assemblies and Council sessions"
    )
    assert f.details["other_meeting"] == "C27"


def test_conferences_and_assemblies_count_as_core_and_other_meetings_do_not() -> None:
    wrc = meeting("WRC-27", "2027-10-11", "2027-11-05", kind="wrc")
    sg27 = sg("SG1-27", "2027-10-12")
    found = run("R77-FORUM-CORE", wrc, sg27, forum("GSR-27", "2027-10-12"))
    assert codes(found) == [("GSR-27", "WRC-27")]


def test_timed_meetings_are_compared_by_their_hours() -> None:
    times = {"timezone": "Europe/Zurich"}
    core = meeting(
        "C27-X",
        "2027-06-15",
        kind="council-extra",
        start_time=dt.time(9, 0),
        end_time=dt.time(12, 0),
        **times,
    )
    after = forum("F", "2027-06-15", start_time=dt.time(14, 0), end_time=dt.time(17, 0), **times)
    assert run("R77-FORUM-CORE", core, after) == []


def test_workshops_count_when_the_planner_adds_them_and_month_only_forums_are_left_out() -> None:
    ws = meeting("WS-27", "2027-06-16", kind="workshop")
    assert run("R77-FORUM-CORE", C27, ws) == []
    assert len(run("R77-FORUM-CORE", C27, ws, kinds=["forum", "workshop"])) == 1
    june = forum("F", "2027-06-01", "2027-06-30", precision=Precision.MONTH)
    assert run("R77-FORUM-CORE", C27, june) == []


def test_moving_a_forum_onto_a_council_session_is_seen_by_the_incremental_checker() -> None:
    f = forum("WSIS-27", "2027-07-01")
    checker = Checker(Calendar([C27, f]), Policy(), [_spec("R77-FORUM-CORE")])
    moved = f.replace(start=dt.date(2027, 6, 20), end=dt.date(2027, 6, 20))
    checker.update([f], [moved])
    assert codes(checker.findings()) == [("WSIS-27", "C27")]
    moved_council = C27.replace(start=dt.date(2027, 6, 1), end=dt.date(2027, 6, 10))
    checker.update([C27], [moved_council])
    assert checker.findings() == []


# --- all seven ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rule_id", NEW_RULES)
def test_each_new_rule_finds_nothing_on_an_empty_calendar(rule_id: str) -> None:
    assert run(rule_id) == []


def test_the_bundled_reference_calendar_raises_none_of_the_new_rules(
    reference_db: PlanningDatabase,
) -> None:
    # It holds no forum, no ITU-D study group or rapporteur group (none is dated in the texts),
    # TDAG only in 2023 and 2024 (by month), no RAG or TSAG, and no cancelled meeting.
    findings = check_database(reference_db, as_of=dt.date(2026, 1, 1)).findings
    assert [f for f in findings if f.rule_id in NEW_RULES] == []
