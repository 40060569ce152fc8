"""ITU-D working methods and WTDC preparations (SOURCES.md section 2: WTDC1-SG-ANNUAL,
WTDC1-RG-PARALLEL, WTDC1-TDAG-WITH-SG, R31-RPM-TIMING)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from scheduler_app.domain import Meeting, Precision, Sector, Status
from scheduler_app.rules import Severity
from tests.helpers import meeting
from tests.rules.support import codes, messages, run

WTDC22 = meeting("WTDC-22", "2022-06-06", "2022-06-16", kind="wtdc", sector=Sector.D)
WTDC25 = meeting("WTDC-25", "2025-11-17", "2025-11-28", kind="wtdc", sector=Sector.D)
WTDC29 = meeting(
    "WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", sector=Sector.D, precision=Precision.YEAR
)


def sg(
    code: str, start: str, end: str | None = None, body: str = "ITU-D SG1", **kw: Any
) -> Meeting:
    return meeting(code, start, end, kind="study-group", sector=Sector.D, body=body, **kw)


def rg(
    code: str, start: str, end: str | None = None, parent: str = "ITU-D SG1", **kw: Any
) -> Meeting:
    return meeting(
        code, start, end, kind="rapporteur-group", sector=Sector.D, body=code, parent=parent, **kw
    )


def tdag(code: str, start: str, end: str | None = None, **kw: Any) -> Meeting:
    return meeting(code, start, end, kind="advisory-group", sector=Sector.D, body="TDAG", **kw)


def rpm(region: str, start: str, end: str | None = None, **kw: Any) -> Meeting:
    return meeting(
        f"RPM-{region}-25", start, end, kind="rpm", sector=Sector.D, body=f"RPM-{region}", **kw
    )


# --- WTDC1-SG-ANNUAL ----------------------------------------------------------------------------------


def test_a_missing_year_in_the_period_between_two_wtdcs_is_reported() -> None:
    meetings = [sg("SG1-26", "2026-10-05"), sg("SG1-27", "2027-10-04"), sg("SG1-29", "2029-03-05")]
    findings = run("WTDC1-SG-ANNUAL", WTDC25, WTDC29, *meetings)
    assert codes(findings) == [("SG1-26", "SG1-27", "SG1-29")]
    assert messages(findings) == [
        "ITU-D SG1 has 0 meeting(s) in 2028, study period 2026-2029 after WTDC-25 "
        "(at least 1 a year)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_a_group_meeting_every_year_of_the_period_passes() -> None:
    years = [sg(f"SG1-{y}", f"{y}-10-05") for y in (2026, 2027, 2028, 2029)]
    assert run("WTDC1-SG-ANNUAL", WTDC25, WTDC29, *years) == []


def test_a_group_with_no_meeting_in_a_period_is_not_reported() -> None:
    # SG2 met only in the 2023-2025 period: it is reported there, not in 2026-2029.
    sg1 = [sg(f"SG1-{y}", f"{y}-10-05") for y in range(2023, 2030)]
    sg2 = sg("SG2-24", "2024-09-02", body="ITU-D SG2")
    findings = run("WTDC1-SG-ANNUAL", WTDC22, WTDC25, WTDC29, *sg1, sg2)
    assert [m.split(", study period")[0] for m in messages(findings)] == [
        "ITU-D SG2 has 0 meeting(s) in 2023",
        "ITU-D SG2 has 0 meeting(s) in 2025",
    ]
    assert all("study period 2023-2025 after WTDC-22" in m for m in messages(findings))


def test_after_the_last_wtdc_the_period_is_the_four_years_that_follow() -> None:
    meetings = [sg(f"SG1-{y}", f"{y}-10-05") for y in (2026, 2027, 2028)]
    assert messages(run("WTDC1-SG-ANNUAL", WTDC25, *meetings)) == [
        "ITU-D SG1 has 0 meeting(s) in 2029, study period 2026-2029 after WTDC-25 "
        "(at least 1 a year)"
    ]


def test_nothing_is_checked_before_the_first_wtdc() -> None:
    assert run("WTDC1-SG-ANNUAL", sg("SG1-21", "2021-05-03"), WTDC22) == []
    assert run("WTDC1-SG-ANNUAL", sg("SG1-24", "2024-05-06")) == []


def test_a_meeting_across_new_year_counts_for_its_start_year() -> None:
    meetings = [
        sg("SG1-26", "2026-12-28", "2027-01-08"),
        sg("SG1-28", "2028-10-02"),
        sg("SG1-29", "2029-10-01"),
    ]
    assert [m.split(", study")[0] for m in messages(run("WTDC1-SG-ANNUAL", WTDC25, *meetings))] == [
        "ITU-D SG1 has 0 meeting(s) in 2027"
    ]


def test_the_yearly_minimum_is_a_policy_parameter() -> None:
    meetings = [sg(f"SG1-{y}", f"{y}-10-05") for y in (2026, 2027, 2028, 2029)]
    twice = sg("SG1-26B", "2026-04-13")
    findings = run("WTDC1-SG-ANNUAL", WTDC25, *meetings, twice, min_per_year=2)
    assert [m.split(", study")[0] for m in messages(findings)] == [
        "ITU-D SG1 has 1 meeting(s) in 2027",
        "ITU-D SG1 has 1 meeting(s) in 2028",
        "ITU-D SG1 has 1 meeting(s) in 2029",
    ]


def test_with_prefer_second_half_a_lone_spring_meeting_is_information() -> None:
    meetings = [sg("SG1-26", "2026-04-13")] + [
        sg(f"SG1-{y}", f"{y}-10-05") for y in (2027, 2028, 2029)
    ]
    assert run("WTDC1-SG-ANNUAL", WTDC25, *meetings) == []
    findings = run("WTDC1-SG-ANNUAL", WTDC25, *meetings, prefer_second_half=True)
    assert codes(findings) == [("SG1-26",)]
    assert findings[0].severity is Severity.INFO


def test_study_groups_of_other_sectors_and_cancelled_meetings_are_ignored() -> None:
    itu_t = meeting("SG3-T", "2026-05-04", kind="study-group", sector=Sector.T, body="ITU-T SG3")
    cancelled = sg("SG1-26", "2026-10-05", status=Status.CANCELLED)
    assert run("WTDC1-SG-ANNUAL", WTDC25, itu_t, cancelled) == []


# --- WTDC1-RG-PARALLEL --------------------------------------------------------------------------------

TZ = {"timezone": "Europe/Zurich"}
MORNING = {"start_time": dt.time(9, 30), "end_time": dt.time(12, 30), **TZ}
AFTERNOON = {"start_time": dt.time(14, 30), "end_time": dt.time(17, 30), **TZ}


def test_two_rapporteur_groups_of_one_study_group_on_the_same_day_clash() -> None:
    findings = run("WTDC1-RG-PARALLEL", rg("RG-Q1/1", "2027-04-12"), rg("RG-Q4/1", "2027-04-12"))
    assert sorted(codes(findings)[0]) == ["RG-Q1/1", "RG-Q4/1"]
    assert len(findings) == 1
    assert findings[0].severity is Severity.ERROR
    assert findings[0].message in {
        f"{a} (12 Apr 2027) and {b} (12 Apr 2027) are rapporteur groups of ITU-D SG1 meeting in "
        "parallel"
        for a, b in (("RG-Q1/1", "RG-Q4/1"), ("RG-Q4/1", "RG-Q1/1"))
    }


def test_morning_and_afternoon_sessions_the_same_day_do_not_clash() -> None:
    q1 = rg("RG-Q1/1", "2027-04-12", **MORNING)
    q4 = rg("RG-Q4/1", "2027-04-12", **AFTERNOON)
    assert run("WTDC1-RG-PARALLEL", q1, q4) == []


def test_overlapping_times_the_same_day_clash() -> None:
    q1 = rg("RG-Q1/1", "2027-04-12", **MORNING)
    q4 = rg("RG-Q4/1", "2027-04-12", start_time=dt.time(12, 0), end_time=dt.time(13, 0), **TZ)
    assert len(run("WTDC1-RG-PARALLEL", q1, q4)) == 1


def test_without_use_times_sessions_on_the_same_day_clash() -> None:
    q1 = rg("RG-Q1/1", "2027-04-12", **MORNING)
    q4 = rg("RG-Q4/1", "2027-04-12", **AFTERNOON)
    assert len(run("WTDC1-RG-PARALLEL", q1, q4, use_times=False)) == 1


def test_a_group_ending_the_day_before_another_starts_does_not_clash_but_the_same_day_does() -> (
    None
):
    q1 = rg("RG-Q1/1", "2027-04-12", "2027-04-13")
    assert run("WTDC1-RG-PARALLEL", q1, rg("RG-Q4/1", "2027-04-14", "2027-04-15")) == []
    assert len(run("WTDC1-RG-PARALLEL", q1, rg("RG-Q4/1", "2027-04-13", "2027-04-15"))) == 1


def test_rapporteur_groups_of_different_study_groups_may_meet_in_parallel() -> None:
    q11 = rg("RG-Q1/1", "2027-04-12")
    q12 = rg("RG-Q1/2", "2027-04-12", parent="ITU-D SG2")
    assert run("WTDC1-RG-PARALLEL", q11, q12) == []


def test_sessions_of_one_group_never_clash_with_each_other() -> None:
    a = rg("RG-Q1/1-A", "2027-04-12").replace(body="RG-Q1/1")
    b = rg("RG-Q1/1-B", "2027-04-12").replace(body="RG-Q1/1")
    assert run("WTDC1-RG-PARALLEL", a, b) == []


def test_month_precision_other_sector_and_cancelled_groups_are_skipped() -> None:
    q1 = rg("RG-Q1/1", "2027-04-12")
    month = rg("RG-Q4/1", "2027-04-01", "2027-04-30", precision=Precision.MONTH)
    itu_t = rg("RG-Q5/1", "2027-04-12").replace(sector=Sector.T)
    cancelled = rg("RG-Q2/1", "2027-04-12", status=Status.CANCELLED)
    assert run("WTDC1-RG-PARALLEL", q1, month, itu_t, cancelled) == []


# --- WTDC1-TDAG-WITH-SG -------------------------------------------------------------------------------


def test_a_study_group_ending_friday_and_tdag_opening_monday_pass() -> None:
    # Friday 5 March 2027, Monday 8 March: a gap of three days.
    assert (
        run(
            "WTDC1-TDAG-WITH-SG",
            sg("SG1-27", "2027-03-01", "2027-03-05"),
            tdag("TDAG-27", "2027-03-08", "2027-03-10"),
        )
        == []
    )


def test_a_study_group_ending_thursday_and_tdag_opening_friday_warn() -> None:
    findings = run(
        "WTDC1-TDAG-WITH-SG",
        sg("SG1-27", "2027-03-01", "2027-03-04"),
        tdag("TDAG-27", "2027-03-05", "2027-03-10"),
    )
    assert codes(findings) == [("TDAG-27", "SG1-27")]
    assert messages(findings) == [
        "TDAG-27 (5-10 Mar 2027) is 1 day from SG1-27 (1-4 Mar 2027); more than 1 day apart wanted"
    ]
    assert findings[0].severity is Severity.WARNING


def test_tdag_before_the_study_group_counts_in_either_order_and_overlaps_are_reported() -> None:
    before = run(
        "WTDC1-TDAG-WITH-SG",
        tdag("TDAG-27", "2027-03-01", "2027-03-04"),
        sg("SG1-27", "2027-03-05", "2027-03-10"),
    )
    overlapping = run(
        "WTDC1-TDAG-WITH-SG",
        tdag("TDAG-27", "2027-03-01", "2027-03-05"),
        sg("SG1-27", "2027-03-05", "2027-03-10"),
    )
    assert codes(before) == [("TDAG-27", "SG1-27")]
    assert messages(overlapping) == [
        "TDAG-27 (1-5 Mar 2027) overlaps SG1-27 (5-10 Mar 2027); more than 1 day apart wanted"
    ]


def test_the_tdag_gap_is_a_policy_parameter() -> None:
    findings = run(
        "WTDC1-TDAG-WITH-SG",
        sg("SG1-27", "2027-03-01", "2027-03-05"),
        tdag("TDAG-27", "2027-03-08", "2027-03-10"),
        min_gap_days=3,
    )
    assert codes(findings) == [("TDAG-27", "SG1-27")]


def test_a_month_only_tdag_is_skipped() -> None:
    month = tdag("TDAG-27", "2027-03-01", "2027-03-31", precision=Precision.MONTH)
    assert run("WTDC1-TDAG-WITH-SG", month, sg("SG1-27", "2027-03-01", "2027-03-04")) == []


def test_rapporteur_groups_count_only_when_enabled() -> None:
    group = rg("RG-Q1/1", "2027-03-04")
    t = tdag("TDAG-27", "2027-03-05", "2027-03-10")
    assert run("WTDC1-TDAG-WITH-SG", t, group) == []
    assert codes(run("WTDC1-TDAG-WITH-SG", t, group, include_rapporteur_groups=True)) == [
        ("TDAG-27", "RG-Q1/1")
    ]


def test_other_advisory_groups_and_other_sectors_study_groups_are_ignored() -> None:
    tsag = meeting("TSAG-27", "2027-03-05", kind="advisory-group", body="TSAG", sector=Sector.T)
    itu_t = meeting("SG3-T", "2027-04-01", kind="study-group", body="ITU-T SG3", sector=Sector.T)
    assert (
        run(
            "WTDC1-TDAG-WITH-SG",
            tsag,
            sg("SG1-27", "2027-03-04"),
            tdag("TDAG-27", "2027-04-02"),
            itu_t,
        )
        == []
    )


# --- R31-RPM-TIMING -----------------------------------------------------------------------------------

RPMS = [
    rpm("ARB", "2025-02-04", "2025-02-05"),
    rpm("EUR", "2025-02-25", "2025-02-26"),
    rpm("ASP", "2025-03-20", "2025-03-21"),
    rpm("AMS", "2025-04-01", "2025-04-02"),
    rpm("AFR", "2025-04-08", "2025-04-09"),
    rpm("CIS", "2025-04-24", "2025-04-25"),
]
TDAG25 = tdag("TDAG-25", "2025-06-02", "2025-06-05")


def test_six_rpms_then_a_tdag_five_months_before_the_wtdc_pass() -> None:
    assert run("R31-RPM-TIMING", *RPMS, TDAG25, WTDC25) == []


def test_the_last_tdag_may_open_6_to_3_months_before_the_wtdc_inclusive() -> None:
    for start in ("2025-05-17", "2025-08-17"):
        assert run("R31-RPM-TIMING", *RPMS, tdag("TDAG-25", start), WTDC25) == [], start


def test_a_last_tdag_opening_more_than_six_months_before_the_wtdc_warns() -> None:
    findings = run("R31-RPM-TIMING", *RPMS, tdag("TDAG-25", "2025-05-16"), WTDC25)
    assert codes(findings) == [("TDAG-25", "WTDC-25")]
    assert messages(findings)[0] == (
        "TDAG-25 (16 May 2025), the last TDAG before WTDC-25 (17-28 Nov 2025), should open "
        "between 17 May-17 Aug 2025 (3 to 6 months before)"
    )


def test_a_last_tdag_opening_less_than_three_months_before_the_wtdc_warns() -> None:
    findings = run("R31-RPM-TIMING", *RPMS, TDAG25, tdag("TDAG-25B", "2025-08-18"), WTDC25)
    assert codes(findings) == [("TDAG-25B", "WTDC-25")]
    assert findings[0].severity is Severity.WARNING


def test_months_are_calendar_months_clipped_to_the_month_end() -> None:
    # A WTDC opening on 31 August: 6 months before is 28 February, 3 months before 31 May.
    wtdc = meeting("WTDC-26", "2026-08-31", "2026-09-10", kind="wtdc", sector=Sector.D)
    assert run("R31-RPM-TIMING", tdag("TDAG-26", "2026-02-28"), wtdc) == []
    assert run("R31-RPM-TIMING", tdag("TDAG-26", "2026-05-31"), wtdc) == []
    assert len(run("R31-RPM-TIMING", tdag("TDAG-26", "2026-02-27"), wtdc)) == 1
    assert len(run("R31-RPM-TIMING", tdag("TDAG-26", "2026-06-01"), wtdc)) == 1


def test_an_rpm_after_the_last_tdag_warns() -> None:
    late = rpm("AFR", "2025-06-10", "2025-06-11")
    rpms = [r for r in RPMS if "AFR" not in r.code] + [late]
    findings = run("R31-RPM-TIMING", *rpms, TDAG25, WTDC25)
    assert codes(findings) == [("RPM-AFR-25", "TDAG-25")]
    assert messages(findings) == [
        "RPM-AFR-25 (10-11 Jun 2025) does not end before TDAG-25 (2-5 Jun 2025)"
    ]


def test_an_rpm_ending_on_the_tdags_first_day_does_not_end_before_it() -> None:
    rpms = [*RPMS[:-1], rpm("CIS", "2025-06-01", "2025-06-02")]
    assert messages(run("R31-RPM-TIMING", *rpms, TDAG25, WTDC25)) == [
        "RPM-CIS-25 (1-2 Jun 2025) does not end before TDAG-25 (2-5 Jun 2025)",
        "RPM-CIS-25 (1-2 Jun 2025) overlaps TDAG-25 (2-5 Jun 2025)",
    ]


def test_fewer_than_six_regions_is_information_naming_the_missing_ones() -> None:
    findings = run("R31-RPM-TIMING", *RPMS[:4], TDAG25, WTDC25)
    assert codes(findings) == [("WTDC-25",)]
    assert messages(findings) == [
        "No regional preparatory meeting before WTDC-25 (17-28 Nov 2025) for AFR, CIS"
    ]
    assert findings[0].severity is Severity.INFO


def test_an_rpm_overlapping_an_itu_d_study_group_warns() -> None:
    group = sg("SG1-25", "2025-04-07", "2025-04-11")
    findings = run("R31-RPM-TIMING", *RPMS, TDAG25, WTDC25, group)
    assert codes(findings) == [("RPM-AFR-25", "SG1-25")]
    assert messages(findings) == ["RPM-AFR-25 (8-9 Apr 2025) overlaps SG1-25 (7-11 Apr 2025)"]
    assert findings[0].severity is Severity.WARNING


def test_an_rpm_overlapping_only_a_month_only_tdag_or_at_other_hours_is_fine() -> None:
    month = tdag("TDAG-25M", "2025-04-01", "2025-04-30", precision=Precision.MONTH)
    morning = rpm("AFR", "2025-04-08", start_time=dt.time(9, 30), end_time=dt.time(12, 30), **TZ)
    afternoon = sg(
        "SG1-25", "2025-04-08", start_time=dt.time(14, 30), end_time=dt.time(17, 30), **TZ
    )
    rpms = [r for r in RPMS if "AFR" not in r.code] + [morning]
    assert run("R31-RPM-TIMING", *rpms, month, afternoon, TDAG25, WTDC25) == []


def test_two_overlapping_rpms_are_reported_once() -> None:
    rpms = [*RPMS[:-1], rpm("CIS", "2025-04-09", "2025-04-10")]
    assert codes(run("R31-RPM-TIMING", *rpms, TDAG25, WTDC25)) == [("RPM-AFR-25", "RPM-CIS-25")]


def test_an_rpm_overlapping_meetings_of_other_sectors_or_kinds_is_fine() -> None:
    others = [
        meeting("SG3-T", "2025-04-08", kind="study-group", sector=Sector.T, body="ITU-T SG3"),
        meeting("CWG-25", "2025-04-08", kind="cwg"),
        meeting("WS-25", "2025-04-08", kind="workshop", sector=Sector.D),
    ]
    assert run("R31-RPM-TIMING", *RPMS, TDAG25, WTDC25, *others) == []


def test_without_a_dated_tdag_only_overlaps_and_regions_are_checked() -> None:
    month = tdag("TDAG-25", "2025-06-01", "2025-06-30", precision=Precision.MONTH)
    late = rpm("AFR", "2025-09-01")
    rpms = [r for r in RPMS if "AFR" not in r.code] + [late]
    assert run("R31-RPM-TIMING", *rpms, month, WTDC25) == []


def test_each_wtdc_has_its_own_cycle() -> None:
    # The 2025 RPMs and TDAG belong to WTDC-25; the next WTDC's cycle has a TDAG only.
    wtdc29 = meeting("WTDC-29", "2029-11-05", "2029-11-16", kind="wtdc", sector=Sector.D)
    tdag29 = tdag("TDAG-29", "2029-06-04", "2029-06-07")
    assert run("R31-RPM-TIMING", *RPMS, TDAG25, WTDC25, tdag29, wtdc29) == []
    findings = run("R31-RPM-TIMING", *RPMS, TDAG25, WTDC25, tdag("TDAG-29", "2029-09-03"), wtdc29)
    assert codes(findings) == [("TDAG-29", "WTDC-29")]


def test_a_cancelled_rpm_does_not_count_for_its_region() -> None:
    rpms = [*RPMS[:-1], RPMS[-1].replace(status=Status.CANCELLED)]
    assert messages(run("R31-RPM-TIMING", *rpms, TDAG25, WTDC25)) == [
        "No regional preparatory meeting before WTDC-25 (17-28 Nov 2025) for CIS"
    ]
