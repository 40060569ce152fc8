"""PP Resolution 77 on conferences and assemblies (SOURCES.md section 2, R77-LAST-QUARTER to
R77-DECIDED-PERIOD, without the Council rules)."""

from __future__ import annotations

import datetime as dt

from scheduler_app.domain import DecidedPeriod, Precision, Status
from scheduler_app.rules import Severity
from tests.helpers import meeting
from tests.rules.support import codes, messages, run

PP22 = meeting("PP-22", "2022-09-26", "2022-10-14", kind="pp", city="Bucharest")
PP26 = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp", city="Doha")
WTSA20 = meeting("WTSA-20", "2022-03-01", "2022-03-09", kind="wtsa", nominal_year=2020)
WTDC22 = meeting("WTDC-22", "2022-06-06", "2022-06-16", kind="wtdc", city="Kigali")
RA23 = meeting("RA-23", "2023-11-13", "2023-11-17", kind="ra", city="Dubai")
WRC23 = meeting("WRC-23", "2023-11-20", "2023-12-15", kind="wrc", city="Dubai")
CPM27_1 = meeting("CPM27-1", "2023-12-18", "2023-12-19", kind="cpm", city="Dubai")


# --- R77-LAST-QUARTER ---------------------------------------------------------------------------------


def test_a_conference_opening_on_1_october_is_in_the_last_quarter() -> None:
    wtsa = meeting("WTSA-28", "2028-10-01", "2028-10-10", kind="wtsa")
    assert run("R77-LAST-QUARTER", wtsa) == []


def test_a_conference_opening_on_30_september_is_reported_with_its_code() -> None:
    wtsa = meeting("WTSA-28", "2028-09-30", "2028-10-10", kind="wtsa")
    findings = run("R77-LAST-QUARTER", wtsa)
    assert codes(findings) == [("WTSA-28",)]
    assert messages(findings) == [
        "WTSA-28 (30 Sep-10 Oct 2028) is not within October-December 2028"
    ]
    assert findings[0].severity is Severity.WARNING


def test_pp22_opening_five_days_early_is_reported() -> None:
    assert codes(run("R77-LAST-QUARTER", PP22)) == [("PP-22",)]


def test_the_compressed_2022_conferences_all_warn() -> None:
    assert codes(run("R77-LAST-QUARTER", WTSA20, WTDC22, PP22, PP26)) == [
        ("WTSA-20",),
        ("WTDC-22",),
        ("PP-22",),
    ]


def test_a_conference_ending_on_31_december_passes_but_one_running_into_january_warns() -> None:
    ends = meeting("WRC-23", "2023-11-20", "2023-12-31", kind="wrc")
    crosses = meeting("WCIT-27", "2027-12-28", "2028-01-05", kind="wcit")
    assert run("R77-LAST-QUARTER", ends) == []
    assert messages(run("R77-LAST-QUARTER", crosses)) == [
        "WCIT-27 (28 Dec 2027-5 Jan 2028) is not within October-December 2027"
    ]


def test_a_year_only_conference_is_skipped_and_a_fourth_quarter_one_passes() -> None:
    year = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
    q4 = meeting("RA-27", "2027-10-01", "2027-12-31", kind="ra", precision=Precision.QUARTER)
    assert run("R77-LAST-QUARTER", year, q4) == []


def test_meetings_other_than_conferences_are_not_checked() -> None:
    council = meeting("C26", "2026-04-28", "2026-05-08", kind="council")
    cpm = meeting("CPM27-1", "2023-12-18", "2023-12-19", kind="cpm")
    forum = meeting("WSIS-26", "2026-07-06", "2026-07-10", kind="forum")
    assert run("R77-LAST-QUARTER", council, cpm, forum) == []


def test_the_kinds_checked_are_a_policy_parameter() -> None:
    assert codes(run("R77-LAST-QUARTER", WTDC22, PP22, kinds=["pp"])) == [("PP-22",)]


def test_a_cancelled_conference_is_not_checked() -> None:
    assert run("R77-LAST-QUARTER", PP22.replace(status=Status.CANCELLED)) == []


# --- R77-SAME-YEAR ------------------------------------------------------------------------------------


def test_three_conferences_in_2022_give_one_warning_naming_them() -> None:
    findings = run("R77-SAME-YEAR", WTSA20, WTDC22, PP22)
    assert codes(findings) == [("WTSA-20", "WTDC-22", "PP-22")]
    assert messages(findings) == [
        "3 conferences or assemblies in 2022: WTSA-20 (1-9 Mar 2022), WTDC-22 (6-16 Jun 2022), "
        "PP-22 (26 Sep-14 Oct 2022)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_an_associated_ra_and_wrc_count_as_one_and_a_cpm_is_no_conference() -> None:
    assert run("R77-SAME-YEAR", RA23, WRC23, CPM27_1) == []


def test_an_associated_ra_and_wrc_plus_another_conference_make_two() -> None:
    wtsa = meeting("WTSA-23", "2023-03-01", "2023-03-09", kind="wtsa")
    findings = run("R77-SAME-YEAR", wtsa, RA23, WRC23)
    assert codes(findings) == [("WTSA-23", "RA-23", "WRC-23")]
    assert messages(findings) == [
        "2 conferences or assemblies in 2023 (RA-23 and WRC-23 counting as one): "
        "WTSA-23 (1-9 Mar 2023), RA-23 (13-17 Nov 2023), WRC-23 (20 Nov-15 Dec 2023)"
    ]


def test_an_ra_and_wrc_in_different_cities_are_two_conferences() -> None:
    findings = run("R77-SAME-YEAR", RA23.replace(city="Geneva"), WRC23)
    assert codes(findings) == [("RA-23", "WRC-23")]
    assert messages(findings)[0].startswith("2 conferences or assemblies in 2023: ")


def test_without_pair_counts_as_one_an_associated_pair_is_two() -> None:
    assert codes(run("R77-SAME-YEAR", RA23, WRC23, pair_counts_as_one=False)) == [
        ("RA-23", "WRC-23")
    ]


def test_2012_with_wrc_wtsa_and_wcit_warns_once() -> None:
    wrc12 = meeting("WRC-12", "2012-01-23", "2012-02-17", kind="wrc", city="Geneva")
    wtsa12 = meeting("WTSA-12", "2012-11-20", "2012-11-29", kind="wtsa", city="Dubai")
    wcit12 = meeting("WCIT-12", "2012-12-03", "2012-12-14", kind="wcit", city="Dubai")
    findings = run("R77-SAME-YEAR", wrc12, wtsa12, wcit12)
    assert codes(findings) == [("WRC-12", "WTSA-12", "WCIT-12")]


def test_a_year_only_conference_counts_in_its_year() -> None:
    wtdc = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
    wtsa = meeting("WTSA-29", "2029-10-15", "2029-10-24", kind="wtsa")
    assert codes(run("R77-SAME-YEAR", wtdc, wtsa)) == [("WTDC-29", "WTSA-29")]


def test_one_conference_a_year_passes() -> None:
    wtsa24 = meeting("WTSA-24", "2024-10-15", "2024-10-24", kind="wtsa")
    wtdc25 = meeting("WTDC-25", "2025-11-17", "2025-11-28", kind="wtdc")
    assert run("R77-SAME-YEAR", RA23, WRC23, wtsa24, wtdc25, PP26) == []


def test_a_cancelled_conference_does_not_count_for_its_year() -> None:
    assert run("R77-SAME-YEAR", WTSA20.replace(status=Status.CANCELLED), PP22) == []


# --- R77-PP-YEAR --------------------------------------------------------------------------------------


def test_each_conference_in_a_pp_year_is_noted_once() -> None:
    findings = run("R77-PP-YEAR", WTSA20, WTDC22, PP22)
    assert codes(findings) == [("WTSA-20", "PP-22"), ("WTDC-22", "PP-22")]
    assert messages(findings) == [
        "WTSA-20 (1-9 Mar 2022) is in the same year as PP-22 (26 Sep-14 Oct 2022)",
        "WTDC-22 (6-16 Jun 2022) is in the same year as PP-22 (26 Sep-14 Oct 2022)",
    ]
    assert {f.severity for f in findings} == {Severity.INFO}


def test_council_meetings_cwgs_and_expert_groups_in_a_pp_year_are_not_noted() -> None:
    c26 = meeting("C26", "2026-04-28", "2026-05-08", kind="council")
    last = meeting("C26-LAST", "2026-11-07", kind="council-extra")
    cwg = meeting("CWG-2026-01", "2026-01-13", "2026-01-23", kind="cwg")
    eg = meeting("EG-26", "2026-02-02", kind="expert-group")
    assert run("R77-PP-YEAR", c26, last, cwg, eg, PP26) == []


def test_a_forum_is_noted_in_a_pp_year_only() -> None:
    wsis26 = meeting("WSIS-26", "2026-07-06", "2026-07-10", kind="forum")
    wsis27 = meeting("WSIS-27", "2027-07-05", "2027-07-09", kind="forum")
    assert codes(run("R77-PP-YEAR", wsis26, wsis27, PP26)) == [("WSIS-26", "PP-26")]


# --- R77-PP-DURATION ----------------------------------------------------------------------------------


def test_a_pp_of_21_days_passes() -> None:
    pp = meeting("PP-30", "2030-10-07", "2030-10-27", kind="pp")
    assert run("R77-PP-DURATION", pp) == []


def test_a_pp_of_22_days_is_reported_with_its_code() -> None:
    pp = meeting("PP-30", "2030-10-07", "2030-10-28", kind="pp")  # Monday to Monday
    findings = run("R77-PP-DURATION", pp)
    assert codes(findings) == [("PP-30",)]
    assert messages(findings) == ["PP-30 (7-28 Oct 2030) lasts 22 days (limit 21)"]
    assert findings[0].severity is Severity.WARNING


def test_the_real_pps_of_19_days_pass_and_the_pre_pp_council_meeting_does_not_lengthen_them() -> (
    None
):
    pp18 = meeting("PP-18", "2018-10-29", "2018-11-16", kind="pp")
    last = meeting("C26-LAST", "2026-11-07", kind="council-extra")
    assert run("R77-PP-DURATION", pp18, PP22, last, PP26) == []


def test_a_year_only_pp_is_skipped() -> None:
    pp = meeting("PP-30", "2030-01-01", "2030-12-31", kind="pp", precision=Precision.YEAR)
    assert run("R77-PP-DURATION", pp) == []


def test_the_pp_duration_limit_is_a_policy_parameter() -> None:
    assert codes(run("R77-PP-DURATION", PP26, max_days=18)) == [("PP-26",)]


# --- R77-ICT-EVENT ------------------------------------------------------------------------------------

WTSA24 = meeting("WTSA-24", "2024-10-15", "2024-10-24", kind="wtsa", city="New Delhi")


def test_wtsa24_alongside_the_india_mobile_congress_is_flagged() -> None:
    imc = meeting("IMC-2024", "2024-10-15", "2024-10-18", kind="external", city="New Delhi")
    findings = run("R77-ICT-EVENT", WTSA24, imc)
    assert codes(findings) == [("WTSA-24", "IMC-2024")]
    assert messages(findings) == [
        "WTSA-24 (15-24 Oct 2024) coincides with IMC-2024 (15-18 Oct 2024)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_sharing_one_day_with_an_outside_event_anywhere_is_an_overlap() -> None:
    event = meeting("GITEX-24", "2024-10-24", "2024-10-28", kind="external", city="Dubai")
    assert codes(run("R77-ICT-EVENT", WTSA24, event)) == [("WTSA-24", "GITEX-24")]


def test_an_outside_event_ending_the_day_before_does_not_clash() -> None:
    event = meeting("EV-24", "2024-10-10", "2024-10-14", kind="external")
    assert run("R77-ICT-EVENT", WTSA24, event) == []


def test_council_sessions_are_checked_but_not_cwgs() -> None:
    event = meeting("EV-26", "2026-05-01", kind="external")
    c26 = meeting("C26", "2026-04-28", "2026-05-08", kind="council")
    extra = meeting("C26-EXTRA", "2026-05-01", kind="council-extra")
    cwg = meeting("CWG-26", "2026-04-27", "2026-05-04", kind="cwg")
    assert codes(run("R77-ICT-EVENT", c26, extra, cwg, event)) == [
        ("C26", "EV-26"),
        ("C26-EXTRA", "EV-26"),
    ]


def test_with_only_major_small_outside_events_are_ignored() -> None:
    small = meeting("SMALL", "2024-10-16", kind="external", participants=1000)
    big = meeting("BIG", "2024-10-17", kind="external", participants=6000)
    assert codes(run("R77-ICT-EVENT", WTSA24, small, big, only_major=True)) == [("WTSA-24", "BIG")]


def test_an_outside_event_in_the_afternoon_of_a_morning_session_does_not_clash() -> None:
    times = {"timezone": "Europe/Zurich"}
    morning = meeting(
        "C26-EXTRA",
        "2026-05-11",
        kind="council-extra",
        start_time=dt.time(9, 30),
        end_time=dt.time(12, 30),
        **times,
    )
    afternoon = meeting(
        "EV-26",
        "2026-05-11",
        kind="external",
        start_time=dt.time(14, 30),
        end_time=dt.time(17, 30),
        **times,
    )
    lunch = afternoon.replace(start_time=dt.time(12, 0))
    assert run("R77-ICT-EVENT", morning, afternoon) == []
    assert codes(run("R77-ICT-EVENT", morning, lunch)) == [("C26-EXTRA", "EV-26")]


def test_a_cancelled_outside_event_does_not_clash() -> None:
    imc = meeting("IMC-2024", "2024-10-15", "2024-10-18", kind="external", status=Status.CANCELLED)
    assert run("R77-ICT-EVENT", WTSA24, imc) == []


# --- R77-GAP ------------------------------------------------------------------------------------------


def test_a_gap_of_56_days_is_enough() -> None:
    a = meeting("WTSA-30", "2030-01-01", "2030-01-10", kind="wtsa")
    b = meeting("WTDC-30", "2030-03-07", "2030-03-17", kind="wtdc")  # 56 days after 10 Jan
    assert run("R77-GAP", a, b) == []


def test_a_gap_of_55_days_is_reported_naming_both() -> None:
    a = meeting("WTSA-30", "2030-01-01", "2030-01-10", kind="wtsa")
    b = meeting("WTDC-30", "2030-03-06", "2030-03-16", kind="wtdc")
    findings = run("R77-GAP", a, b)
    assert codes(findings) == [("WTSA-30", "WTDC-30")]
    assert messages(findings) == [
        "WTDC-30 (6-16 Mar 2030) opens 55 days after WTSA-30 (1-10 Jan 2030) "
        "(at least 56 days wanted)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_overlapping_conferences_are_reported_as_overlapping() -> None:
    a = meeting("WTSA-30", "2030-01-01", "2030-01-10", kind="wtsa")
    b = meeting("WTDC-30", "2030-01-10", "2030-01-20", kind="wtdc")
    assert messages(run("R77-GAP", a, b)) == [
        "WTDC-30 (10-20 Jan 2030) overlaps WTSA-30 (1-10 Jan 2030) (at least 56 days wanted)"
    ]


def test_the_2022_conferences_are_far_enough_apart() -> None:
    assert run("R77-GAP", WTSA20, WTDC22, PP22) == []


def test_an_associated_ra_and_wrc_three_days_apart_are_exempt_but_not_a_cpm() -> None:
    assert run("R77-GAP", RA23, WRC23, CPM27_1) == []


def test_an_ra_and_wrc_not_associated_need_the_gap() -> None:
    assert codes(run("R77-GAP", RA23.replace(city="Geneva"), WRC23)) == [("RA-23", "WRC-23")]


def test_wtsa12_and_wcit12_back_to_back_are_reported() -> None:
    wtsa12 = meeting("WTSA-12", "2012-11-20", "2012-11-29", kind="wtsa", city="Dubai")
    wcit12 = meeting("WCIT-12", "2012-12-03", "2012-12-14", kind="wcit", city="Dubai")
    assert messages(run("R77-GAP", wtsa12, wcit12)) == [
        "WCIT-12 (3-14 Dec 2012) opens 4 days after WTSA-12 (20-29 Nov 2012) "
        "(at least 56 days wanted)"
    ]


def test_every_close_pair_is_reported_once() -> None:
    a = meeting("A", "2030-01-01", "2030-01-05", kind="wtsa")
    b = meeting("B", "2030-01-20", "2030-01-25", kind="wtdc")
    c = meeting("C", "2030-02-10", "2030-02-15", kind="wcit")
    assert sorted(codes(run("R77-GAP", a, b, c))) == [("A", "B"), ("A", "C"), ("B", "C")]


def test_year_only_conferences_and_other_kinds_are_skipped() -> None:
    year = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
    wtsa = meeting("WTSA-29", "2029-10-15", "2029-10-24", kind="wtsa")
    council = meeting("C29", "2029-11-01", "2029-11-05", kind="council")
    assert run("R77-GAP", year, wtsa, council) == []


def test_the_minimum_gap_is_a_policy_parameter() -> None:
    assert codes(run("R77-GAP", WTDC22, PP22, min_gap_days=103)) == [("WTDC-22", "PP-22")]


# --- R77-DECIDED-PERIOD -------------------------------------------------------------------------------

Q4_2027 = DecidedPeriod(dt.date(2027, 10, 1), dt.date(2027, 12, 31), "Res. 77 resolves 5.6")


def test_a_meeting_inside_its_decided_quarter_passes() -> None:
    ra27 = meeting("RA-27", "2027-10-11", "2027-11-12", kind="ra", decided=Q4_2027)
    edges = meeting("WRC-27", "2027-10-01", "2027-12-31", kind="wrc", decided=Q4_2027)
    assert run("R77-DECIDED-PERIOD", ra27, edges) == []


def test_a_meeting_opening_before_its_decided_period_is_reported() -> None:
    ra27 = meeting("RA-27", "2027-09-30", "2027-10-20", kind="ra", decided=Q4_2027)
    findings = run("R77-DECIDED-PERIOD", ra27)
    assert codes(findings) == [("RA-27",)]
    assert messages(findings) == [
        "RA-27 (30 Sep-20 Oct 2027) is outside the period decided for it by Res. 77 resolves 5.6 "
        "(1 Oct-31 Dec 2027)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_a_meeting_closing_after_its_decided_period_is_reported() -> None:
    wrc27 = meeting("WRC-27", "2027-12-10", "2028-01-02", kind="wrc", decided=Q4_2027)
    assert codes(run("R77-DECIDED-PERIOD", wrc27)) == [("WRC-27",)]


def test_meetings_without_a_decided_period_and_year_only_ones_are_skipped() -> None:
    free = meeting("WRC-27", "2027-03-01", "2027-03-20", kind="wrc")
    year = meeting(
        "RA-27", "2027-01-01", "2027-12-31", kind="ra", precision=Precision.YEAR, decided=Q4_2027
    )
    assert run("R77-DECIDED-PERIOD", free, year) == []


def test_any_kind_of_meeting_with_a_decided_period_is_checked() -> None:
    period = DecidedPeriod(dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    cwg = meeting("CWG-27", "2027-03-01", "2027-03-05", kind="cwg", decided=period)
    assert messages(run("R77-DECIDED-PERIOD", cwg)) == [
        "CWG-27 (1-5 Mar 2027) is outside the period decided for it (1-28 Feb 2027)"
    ]
