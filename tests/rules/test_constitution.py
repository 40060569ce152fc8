"""The periodicity rules of the Constitution and Convention (SOURCES.md section 2, CS47-CV51)."""

from __future__ import annotations

from scheduler_app.domain import Mode, Precision, Status
from scheduler_app.rules import Severity as RuleSeverity
from tests.helpers import meeting
from tests.rules.support import codes, messages, run

# --- real meetings of the reference calendar (SOURCES.md section 4) ---------------------------------

PP18 = meeting("PP-18", "2018-10-29", "2018-11-16", kind="pp", city="Dubai")
PP22 = meeting("PP-22", "2022-09-26", "2022-10-14", kind="pp", city="Bucharest")
PP26 = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp", city="Doha")
PP30 = meeting("PP-30", "2030-10-07", "2030-10-25", kind="pp")
WTDC22 = meeting("WTDC-22", "2022-06-06", "2022-06-16", kind="wtdc", city="Kigali")
WTDC25 = meeting("WTDC-25", "2025-11-17", "2025-11-28", kind="wtdc", city="Baku")
WTDC29 = meeting("WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR)
RA23 = meeting("RA-23", "2023-11-13", "2023-11-17", kind="ra", city="Dubai")
WRC23 = meeting("WRC-23", "2023-11-20", "2023-12-15", kind="wrc", city="Dubai")


# --- CS47-PP-INTERVAL ---------------------------------------------------------------------------------


def test_pps_four_years_apart_pass_although_pp22_opened_in_september() -> None:
    assert run("CS47-PP-INTERVAL", PP18, PP22, PP26) == []


def test_a_single_pp_has_nothing_to_compare() -> None:
    assert run("CS47-PP-INTERVAL", PP22) == []


def test_a_skipped_pp_gives_one_error_for_the_long_gap_not_two() -> None:
    findings = run("CS47-PP-INTERVAL", PP22, PP30)
    assert codes(findings) == [("PP-22", "PP-30")]
    assert findings[0].severity is RuleSeverity.ERROR
    assert messages(findings) == [
        "PP-22 (26 Sep-14 Oct 2022) and PP-30 (7-25 Oct 2030) are 8 years apart, not 4"
    ]


def test_a_pp_known_only_by_its_year_counts() -> None:
    pp26 = meeting("PP-26", "2026-01-01", "2026-12-31", kind="pp", precision=Precision.YEAR)
    pp27 = meeting("PP-27", "2027-01-01", "2027-12-31", kind="pp", precision=Precision.YEAR)
    assert run("CS47-PP-INTERVAL", PP22, pp26) == []
    assert codes(run("CS47-PP-INTERVAL", PP22, pp27)) == [("PP-22", "PP-27")]


def test_a_cancelled_pp_does_not_fill_the_gap() -> None:
    cancelled = PP26.replace(status=Status.CANCELLED)
    assert codes(run("CS47-PP-INTERVAL", PP22, cancelled, PP30)) == [("PP-22", "PP-30")]


def test_the_pp_interval_is_a_policy_parameter() -> None:
    assert codes(run("CS47-PP-INTERVAL", PP22, PP26, interval_years=5)) == [("PP-22", "PP-26")]


# --- CS90-WRC-INTERVAL --------------------------------------------------------------------------------


WRC07 = meeting("WRC-07", "2007-10-22", "2007-11-16", kind="wrc")
WRC12 = meeting("WRC-12", "2012-01-23", "2012-02-17", kind="wrc")
WRC15 = meeting("WRC-15", "2015-11-02", "2015-11-27", kind="wrc")
WRC19 = meeting("WRC-19", "2019-10-28", "2019-11-22", kind="wrc")
WRC27 = meeting("WRC-27", "2027-10-11", "2027-11-12", kind="wrc", city="Shanghai")


def test_wrcs_three_and_four_years_apart_pass() -> None:
    assert run("CS90-WRC-INTERVAL", WRC12, WRC15, WRC19, WRC23, WRC27) == []


def test_wrc07_to_wrc12_is_five_years_by_year_numbers_and_warns() -> None:
    findings = run("CS90-WRC-INTERVAL", WRC07, WRC12)
    assert codes(findings) == [("WRC-07", "WRC-12")]
    assert findings[0].severity is RuleSeverity.WARNING
    assert messages(findings) == [
        "WRC-07 (22 Oct-16 Nov 2007) and WRC-12 (23 Jan-17 Feb 2012) are 5 years apart "
        "(normally 3 to 4)"
    ]


def test_wrcs_two_years_apart_warn() -> None:
    wrc21 = meeting("WRC-21", "2021-10-25", "2021-11-19", kind="wrc")
    assert codes(run("CS90-WRC-INTERVAL", WRC19, wrc21)) == [("WRC-19", "WRC-21")]


def test_ras_form_a_series_of_their_own_only_with_include_ra() -> None:
    ra15 = meeting("RA-15", "2015-10-26", "2015-10-30", kind="ra")
    assert run("CS90-WRC-INTERVAL", ra15, RA23) == []
    assert codes(run("CS90-WRC-INTERVAL", ra15, RA23, include_ra=True)) == [("RA-15", "RA-23")]


# --- CS91-RA-WITH-WRC ---------------------------------------------------------------------------------


def test_ra23_ending_friday_before_wrc23_opening_monday_is_associated() -> None:
    assert run("CS91-RA-WITH-WRC", RA23, WRC23) == []


def test_ra27_and_wrc27_sharing_one_span_are_associated() -> None:
    ra27 = meeting("RA-27", "2027-10-11", "2027-11-12", kind="ra", city="Shanghai")
    assert run("CS91-RA-WITH-WRC", ra27, WRC27) == []


def test_an_ra_ending_seven_days_before_its_wrc_is_associated() -> None:
    ra = meeting("RA-23", "2023-11-09", "2023-11-13", kind="ra", city="Dubai")
    assert run("CS91-RA-WITH-WRC", ra, WRC23) == []


def test_an_ra_ending_eight_days_before_its_wrc_is_a_near_miss_naming_both() -> None:
    ra = meeting("RA-23", "2023-11-08", "2023-11-12", kind="ra", city="Dubai")
    findings = run("CS91-RA-WITH-WRC", ra, WRC23)
    assert codes(findings) == [("WRC-23", "RA-23")]
    assert messages(findings) == [
        "RA-23 closes 8 days before WRC-23 opens in Dubai; at most 7 allowed"
    ]


def test_the_ra_wrc_gap_is_a_policy_parameter() -> None:
    ra = meeting("RA-23", "2023-11-08", "2023-11-12", kind="ra", city="Dubai")
    assert run("CS91-RA-WITH-WRC", ra, WRC23, max_gap_days=8) == []


def test_an_ra_after_its_wrc_is_associated_up_to_seven_days_but_not_eight() -> None:
    next_day = meeting("RA-23", "2023-12-16", "2023-12-20", kind="ra", city="Dubai")
    seven = meeting("RA-23", "2023-12-22", "2023-12-23", kind="ra", city="Dubai")
    eight = meeting("RA-23", "2023-12-23", "2023-12-24", kind="ra", city="Dubai")
    assert run("CS91-RA-WITH-WRC", next_day, WRC23) == []
    assert run("CS91-RA-WITH-WRC", seven, WRC23) == []
    assert messages(run("CS91-RA-WITH-WRC", eight, WRC23)) == [
        "RA-23 opens 8 days after WRC-23 closes in Dubai; at most 7 allowed"
    ]


def test_an_ra_in_another_city_gives_one_warning_naming_both() -> None:
    ra = RA23.replace(city="Geneva")
    findings = run("CS91-RA-WITH-WRC", ra, WRC23)
    assert codes(findings) == [("WRC-23", "RA-23")]
    assert messages(findings) == [
        "WRC-23 (20 Nov-15 Dec 2023) in Dubai and RA-23 (13-17 Nov 2023) in Geneva are not "
        "in the same place"
    ]


def test_cities_are_compared_ignoring_case_and_spacing() -> None:
    assert run("CS91-RA-WITH-WRC", RA23.replace(city="  dubai "), WRC23) == []


def test_an_ra_without_a_wrc_warns_on_the_ra() -> None:
    findings = run("CS91-RA-WITH-WRC", RA23)
    assert codes(findings) == [("RA-23",)]
    assert findings[0].severity is RuleSeverity.WARNING


def test_a_cpm_is_never_matched_as_an_ra() -> None:
    cpm = meeting("CPM27-1", "2023-12-18", "2023-12-19", kind="cpm", city="Dubai")
    assert codes(run("CS91-RA-WITH-WRC", WRC23, cpm)) == [("WRC-23",)]


def test_a_cancelled_ra_does_not_associate() -> None:
    assert codes(run("CS91-RA-WITH-WRC", RA23.replace(status=Status.CANCELLED), WRC23)) == [
        ("WRC-23",)
    ]


def test_a_month_precision_ra_in_an_unstated_place_is_not_in_the_wrcs_place() -> None:
    # every placement of the RA is elsewhere than Dubai: broken, whatever its days
    ra = meeting("RA-23", "2023-11-01", "2023-11-30", kind="ra", precision=Precision.MONTH)
    assert codes(run("CS91-RA-WITH-WRC", ra, WRC23)) == [("WRC-23", "RA-23")]


# --- CS114-WTSA-INTERVAL ------------------------------------------------------------------------------

WTSA16 = meeting("WTSA-16", "2016-10-25", "2016-11-03", kind="wtsa", city="Hammamet")
WTSA20 = meeting("WTSA-20", "2022-03-01", "2022-03-09", kind="wtsa", nominal_year=2020)
WTSA24 = meeting("WTSA-24", "2024-10-15", "2024-10-24", kind="wtsa", city="New Delhi")


def test_wtsa20_counts_for_its_nominal_year_2020() -> None:
    assert run("CS114-WTSA-INTERVAL", WTSA16, WTSA20, WTSA24) == []


def test_wtsa20_by_its_actual_year_is_two_years_before_wtsa24() -> None:
    findings = run("CS114-WTSA-INTERVAL", WTSA20, WTSA24, use_nominal_year=False)
    assert codes(findings) == [("WTSA-20", "WTSA-24")]
    assert messages(findings) == [
        "WTSA-20 (1-9 Mar 2022) and WTSA-24 (15-24 Oct 2024) are 2 cycle years apart, not 4"
    ]
    assert findings[0].severity is RuleSeverity.WARNING


def test_a_wtsa_without_nominal_year_counts_by_its_start_year() -> None:
    plain = WTSA20.replace(nominal_year=None)
    assert codes(run("CS114-WTSA-INTERVAL", WTSA16, plain, WTSA24)) == [
        ("WTSA-16", "WTSA-20"),
        ("WTSA-20", "WTSA-24"),
    ]


def test_a_wtsa_known_by_its_year_counts() -> None:
    wtsa28 = meeting("WTSA-28", "2028-01-01", "2028-12-31", kind="wtsa", precision=Precision.YEAR)
    assert run("CS114-WTSA-INTERVAL", WTSA24, wtsa28) == []


# --- CS141-ONE-WTDC -----------------------------------------------------------------------------------


def test_wtdc22_in_pp22s_year_but_before_it_belongs_to_the_pp18_to_pp22_interval() -> None:
    assert run("CS141-ONE-WTDC", PP18, WTDC22, PP22, WTDC25, PP26) == []


def test_no_wtdc_between_two_pps_warns_naming_both_pps() -> None:
    findings = run("CS141-ONE-WTDC", PP18, PP22, WTDC25, PP26)
    assert codes(findings) == [("PP-18", "PP-22")]
    assert messages(findings) == [
        "0 WTDCs between PP-18 (29 Oct-16 Nov 2018) and PP-22 (26 Sep-14 Oct 2022) (none); "
        "there shall be one"
    ]
    assert findings[0].severity is RuleSeverity.WARNING


def test_two_wtdcs_between_two_pps_warn_naming_them() -> None:
    extra = meeting("WTDC-24", "2024-03-04", "2024-03-08", kind="wtdc")
    findings = run("CS141-ONE-WTDC", PP22, extra, WTDC25, PP26)
    assert codes(findings) == [("PP-22", "PP-26", "WTDC-24", "WTDC-25")]


def test_one_wtdc_after_the_last_pp_is_fine_but_two_are_reported() -> None:
    assert run("CS141-ONE-WTDC", PP22, WTDC25, PP26, WTDC29) == []
    wtdc28 = meeting("WTDC-28", "2028-05-01", "2028-05-10", kind="wtdc")
    findings = run("CS141-ONE-WTDC", PP22, WTDC25, PP26, wtdc28, WTDC29)
    assert codes(findings) == [("PP-26", "WTDC-28", "WTDC-29")]
    assert messages(findings) == [
        "2 WTDCs after PP-26 (9-27 Nov 2026): WTDC-28 (1-10 May 2028), WTDC-29 (2029)"
    ]


def test_a_year_only_wtdc_counts_when_its_year_settles_the_question() -> None:
    assert run("CS141-ONE-WTDC", PP26, WTDC29, PP30) == []


def test_a_wtdc_opening_before_the_next_pp_counts_by_its_opening_day() -> None:
    # Compare dates (P1.end < start < P2.start): one WTDC inside, one opening the day before PP-26.
    late = meeting("WTDC-26", "2026-11-08", "2026-11-12", kind="wtdc")
    assert run("CS141-ONE-WTDC", PP22, late, PP26) == []
    assert codes(run("CS141-ONE-WTDC", PP22, WTDC25, late, PP26)) == [
        ("PP-22", "PP-26", "WTDC-25", "WTDC-26")
    ]


def test_a_cancelled_wtdc_does_not_count() -> None:
    findings = run("CS141-ONE-WTDC", PP22, WTDC25.replace(status=Status.CANCELLED), PP26)
    assert codes(findings) == [("PP-22", "PP-26")]


# --- CV51-COUNCIL-ANNUAL ------------------------------------------------------------------------------

C22 = meeting("C22", "2022-03-21", "2022-03-30", kind="council", city="Geneva")
C22_FINAL = meeting("C22-FINAL", "2022-09-24", kind="council-extra", city="Bucharest")
C23 = meeting("C23", "2023-07-11", "2023-07-21", kind="council", city="Geneva")
C23_ADD = meeting("C23-ADD", "2023-10-19", "2023-10-20", kind="council-extra", city="Geneva")
C24 = meeting("C24", "2024-06-04", "2024-06-14", kind="council", city="Geneva")


def test_one_ordinary_session_a_year_in_geneva_with_extra_meetings_elsewhere_passes() -> None:
    assert run("CV51-COUNCIL-ANNUAL", C22, C22_FINAL, C23, C23_ADD, C24) == []


def test_a_year_with_only_an_additional_session_has_no_ordinary_session() -> None:
    findings = run("CV51-COUNCIL-ANNUAL", C22, C23_ADD, C24)
    assert codes(findings) == [()]
    assert messages(findings) == ["No ordinary Council session in 2023"]
    assert findings[0].severity is RuleSeverity.WARNING


def test_two_ordinary_sessions_in_a_year_warn_naming_both() -> None:
    second = meeting("C23-BIS", "2023-10-19", "2023-10-20", kind="council", city="Geneva")
    findings = run("CV51-COUNCIL-ANNUAL", C23, second)
    assert codes(findings) == [("C23", "C23-BIS")]
    assert messages(findings) == [
        "2 ordinary Council sessions in 2023: C23 (11-21 Jul 2023), C23-BIS (19-20 Oct 2023)"
    ]


def test_an_ordinary_session_away_from_the_seat_warns() -> None:
    findings = run("CV51-COUNCIL-ANNUAL", C22.replace(city="Bucharest"))
    assert messages(findings) == [
        "C22 (21-30 Mar 2022) is in Bucharest, not at the seat of the Union (Geneva)"
    ]


def test_a_virtual_consultation_entered_in_geneva_counts() -> None:
    c20 = meeting(
        "C20", "2020-06-09", "2020-06-12", kind="council", city="geneva", mode=Mode.VIRTUAL
    )
    c21 = meeting(
        "C21", "2021-06-08", "2021-06-18", kind="council", city="Geneva", mode=Mode.VIRTUAL
    )
    assert run("CV51-COUNCIL-ANNUAL", c20, c21, C22) == []


def test_the_years_checked_can_be_set_by_the_policy() -> None:
    findings = run("CV51-COUNCIL-ANNUAL", C22, years=[2022, 2024])
    assert messages(findings) == [
        "No ordinary Council session in 2023",
        "No ordinary Council session in 2024",
    ]


def test_a_cancelled_session_leaves_its_year_empty() -> None:
    findings = run("CV51-COUNCIL-ANNUAL", C22, C23.replace(status=Status.CANCELLED), C24)
    assert messages(findings) == ["No ordinary Council session in 2023"]


def test_no_council_meeting_at_all_gives_nothing() -> None:
    assert run("CV51-COUNCIL-ANNUAL", PP22) == []
