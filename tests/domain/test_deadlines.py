"""Deadlines and milestones computed from meeting dates (SOURCES.md section 3)."""

import dataclasses
import datetime as dt
import re

from scheduler_app.domain import Precision, Sector, Status
from scheduler_app.domain.deadline_offsets import months_after, months_before
from scheduler_app.domain.deadlines import Deadline, deadlines_for
from scheduler_app.domain.sources import registry
from tests.helpers import meeting

D = Sector.D


def days(deadlines: list[Deadline], code: str | None = None) -> dict[str, dt.date]:
    return {d.key: d.day for d in deadlines if code is None or d.meeting_code == code}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def wtdc_25():
    return meeting("WTDC-25", "2025-11-17", "2025-11-28", kind="wtdc", sector=D, body="WTDC")


def council(code: str, start: str, end: str | None = None, kind: str = "council"):
    return meeting(code, start, end, kind=kind, sector=Sector.GS, body="Council")


def itu_d(code: str, start: str, kind: str = "study-group", **kw):
    return meeting(code, start, kind=kind, sector=D, **kw)


# --- the worked examples of SOURCES.md section 3 --------------------------------------------------


def test_wtdc_25_gets_the_worked_example_dates():
    got = days(deadlines_for([wtdc_25()]))
    assert got == {
        "wtdc-contributions": day("2025-10-27"),
        "wtdc-contributions-published": day("2025-11-03"),
        "wtdc-secretariat-documents": day("2025-10-13"),
        "wtdc-new-questions": day("2025-09-17"),
        "wtdc-questions-list": day("2025-10-17"),
        "chair-nominations-preferred": day("2025-08-17"),
        "chair-nominations-latest": day("2025-11-03"),
    }


def test_a_wtdc_deadline_reads_its_offset_source_and_weekday():
    (d,) = [d for d in deadlines_for([wtdc_25()]) if d.key == "wtdc-contributions"]
    assert d.title == "WTDC contributions due"
    assert d.rule == "opening - 21 calendar days"
    assert d.source == (
        'WTDC-25 report, WTDC Resolution 1 (Rev. Baku, 2025), § 4.1.1: "Contributions to a WTDC '
        'should be submitted no later than 21 calendar days before the opening of the conference" '
        "(https://www.itu.int/pub/D-TDC-WTDC-2025)"
    )
    assert d.weekday == "Mon" and d.meeting_code == "WTDC-25"
    assert d.meeting_id == wtdc_25().id


def test_decision_5_budget_data_only_for_council_2023_and_2025():
    sessions = [
        council("C23", "2023-07-11", "2023-07-21"),
        council("C24", "2024-06-04", "2024-06-14"),
        council("C25", "2025-06-17", "2025-06-27"),
    ]
    budget = [d for d in deadlines_for(sessions) if d.key == "dec5-budget-data"]
    assert [(d.meeting_code, d.day) for d in budget] == [
        ("C23", day("2023-05-23")),
        ("C25", day("2025-04-29")),
    ]
    assert budget[0].rule == "opening - 7 weeks"


def test_res_101_report_is_due_a_calendar_month_before_the_council_session():
    got = days(deadlines_for([council("C26", "2026-04-28", "2026-05-08")]))
    assert got["res101-report"] == day("2026-03-28")


def test_eg_itrs_first_draft_is_due_a_calendar_month_before_the_next_meeting():
    eg4 = meeting("EG-ITRs-4", "2025-02-20", "2025-02-21", kind="cwg", body="EG-ITRs")
    eg5 = meeting("EG-ITRs-5", "2025-09-11", "2025-09-12", kind="cwg", body="EG-ITRs")
    (d,) = deadlines_for([eg5, eg4])
    assert (d.key, d.meeting_code, d.day) == ("eg-itrs-first-draft", "EG-ITRs-5", day("2025-08-11"))
    assert d.rule == "opening of the next EG-ITRs meeting - 1 month"


def test_eg_itrs_meetings_are_known_by_code_too_and_the_first_gets_no_draft_deadline():
    eg1 = meeting("EG-ITRs-1", "2023-10-16", kind="cwg")
    eg2 = meeting("EG-ITRs-2", "2024-01-29", "2024-01-30", kind="cwg")
    other = meeting("CWG-FHR-20", "2024-01-22", kind="cwg", body="CWG-FHR")
    assert [(d.meeting_code, d.day) for d in deadlines_for([eg1, eg2, other])] == [
        ("EG-ITRs-2", day("2023-12-29"))
    ]


def test_council_2025_optional_rows_follow_its_programme():
    got = days(deadlines_for([council("C25", "2025-06-17", "2025-06-27")]))
    assert got["council-financial-documents"] == day("2025-04-22")
    assert got["council-secretariat-documents"] == day("2025-05-18")
    assert got["council-contributions"] == day("2025-06-03")


def test_council_2026_optional_rows_follow_its_programme_and_cite_the_page():
    found = deadlines_for([council("C26", "2026-04-28", "2026-05-08")])
    got = days(found)
    assert got["council-financial-documents"] == day("2026-03-03")
    assert got["council-secretariat-documents"] == day("2026-03-29")
    assert got["council-contributions"] == day("2026-04-14")
    council_rows = [d for d in found if d.key.startswith("council-")]
    assert all("council.itu.int/2026/ds0b" in d.source for d in council_rows)


def test_the_last_council_meeting_before_pp_26_gets_documents_and_contributions_dates():
    last = council("C26-LAST", "2026-11-07", kind="council-extra")
    pp = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp", sector=Sector.GS)
    got = days(deadlines_for([last, pp]), "C26-LAST")
    assert got == {
        "council-secretariat-documents": day("2026-10-08"),
        "council-contributions": day("2026-10-31"),
    }


def test_an_additional_council_session_far_from_a_pp_gets_no_deadlines():
    extra = council("C23-ADD", "2023-10-19", "2023-10-20", kind="council-extra")
    assert deadlines_for([extra]) == []
    pp_cancelled = meeting("PP-23", "2023-10-23", kind="pp", status=Status.CANCELLED)
    assert deadlines_for([extra, pp_cancelled]) == []


# --- conventions ----------------------------------------------------------------------------------


def test_months_before_clips_to_the_month_end():
    assert months_before(day("2025-05-31"), 3) == day("2025-02-28")
    assert months_before(day("2028-05-31"), 3) == day("2028-02-29")
    assert months_before(day("2025-11-17"), 2) == day("2025-09-17")
    assert months_after(day("2024-01-31"), 1) == day("2024-02-29")


def test_a_three_month_deadline_from_31_may_falls_on_the_last_day_of_february():
    sg = itu_d("SG1-2025", "2025-05-31", body="ITU-D SG1")
    leap = itu_d("SG1-2028", "2028-05-31", body="ITU-D SG1")
    assert days(deadlines_for([sg]))["itu-d-invitation-circular"] == day("2025-02-28")
    assert days(deadlines_for([leap]))["itu-d-invitation-circular"] == day("2028-02-29")


def test_deadlines_on_weekends_are_not_moved():
    found = deadlines_for([wtdc_25()])
    preferred = next(d for d in found if d.key == "chair-nominations-preferred")
    assert preferred.day == day("2025-08-17") and preferred.weekday == "Sun"
    sg = itu_d("SG1-2027", "2027-10-04", body="ITU-D SG1")  # Mon; - 3 months is Sun 4 Jul
    circular = next(d for d in deadlines_for([sg]) if d.key == "itu-d-invitation-circular")
    assert (circular.day, circular.weekday) == (day("2027-07-04"), "Sun")


def test_every_weekday_is_named_in_english():
    names = [
        Deadline("k", "t", day("2025-11-17") + dt.timedelta(days=i), "id", "C", "r", "s").weekday
        for i in range(7)
    ]
    assert names == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def test_cancelled_and_coarse_meetings_get_no_deadlines():
    cancelled = dataclasses.replace(wtdc_25(), status=Status.CANCELLED)
    year_only = meeting(
        "WTDC-29", "2029-01-01", "2029-12-31", kind="wtdc", precision=Precision.YEAR
    )
    month_only = meeting(
        "TDAG-2023",
        "2023-06-01",
        "2023-06-30",
        kind="advisory-group",
        body="TDAG",
        sector=D,
        precision=Precision.MONTH,
    )
    assert deadlines_for([cancelled, year_only, month_only]) == []


# --- applicability --------------------------------------------------------------------------------


def test_an_itu_d_study_group_gets_the_resolution_1_deadlines():
    sg = itu_d("SG1-2027", "2027-10-04", body="ITU-D SG1")
    got = days([d for d in deadlines_for([sg]) if d.key != "itu-d-timetable"])
    assert got == {
        "itu-d-invitation-circular": day("2027-07-04"),
        "itu-d-registration": day("2027-08-20"),
        "itu-d-contributions-for-translation": day("2027-08-20"),
        "itu-d-contributions-last": day("2027-09-22"),
        "itu-d-contributions-published": day("2027-09-27"),
        "itu-d-secretariat-documents": day("2027-09-04"),
        "itu-d-interpretation": day("2027-08-20"),
        "itu-d-draft-recommendations": day("2027-09-06"),
        "itu-d-adoption-circular": day("2027-08-04"),
    }


def test_a_rapporteur_group_gets_contribution_deadlines_but_no_registration_or_secretariat():
    rg = itu_d("RG-Q3/1-2027", "2027-04-12", kind="rapporteur-group", body="RG-Q3/1")
    got = set(days(deadlines_for([rg])))
    assert got == {
        "itu-d-timetable",
        "itu-d-invitation-circular",
        "itu-d-interpretation",
        "itu-d-contributions-for-translation",
        "itu-d-contributions-last",
        "itu-d-contributions-published",
    }


def test_tdag_gets_contributions_secretariat_documents_and_its_report_three_weeks_after():
    tdag = meeting(
        "TDAG-2027", "2027-05-10", "2027-05-14", kind="advisory-group", body="TDAG", sector=D
    )
    got = days([d for d in deadlines_for([tdag]) if d.key != "itu-d-timetable"])
    assert got == {
        "itu-d-contributions-for-translation": day("2027-03-26"),
        "itu-d-contributions-last": day("2027-04-28"),
        "itu-d-secretariat-documents": day("2027-04-10"),
        "tdag-detailed-report": day("2027-06-04"),
    }
    report = next(d for d in deadlines_for([tdag]) if d.key == "tdag-detailed-report")
    assert report.rule == "closing + 3 weeks"


def test_non_itu_d_study_groups_and_advisory_groups_get_no_resolution_1_deadlines():
    t_sg = meeting("ITU-T SG17", "2027-04-12", kind="study-group", sector=Sector.T, body="SG17")
    r_sg = meeting("ITU-R SG5", "2027-05-12", kind="study-group", sector=Sector.R, body="SG5")
    tsag = meeting("TSAG-2027", "2027-06-01", kind="advisory-group", sector=Sector.T, body="TSAG")
    assert deadlines_for([t_sg, r_sg, tsag]) == []


def test_the_itu_d_timetable_is_one_per_year_on_the_first_itu_d_meeting():
    found = deadlines_for(
        [
            itu_d("SG2-2027", "2027-10-11", body="ITU-D SG2"),
            itu_d("RG-Q1/1-2027", "2027-04-12", kind="rapporteur-group", body="RG-Q1/1"),
            itu_d("RG-Q2/1-2027", "2027-04-13", kind="rapporteur-group", body="RG-Q2/1"),
            meeting("TDAG-2027", "2027-03-31", kind="advisory-group", body="TDAG", sector=D),
            itu_d("SG1-2028", "2028-05-31", body="ITU-D SG1"),
            wtdc_25(),  # the conference is not a meeting of the timetable
        ]
    )
    timetable = [d for d in found if d.key == "itu-d-timetable"]
    assert [(d.meeting_code, d.day) for d in timetable] == [
        ("TDAG-2027", day("2026-12-31")),
        ("SG1-2028", day("2028-02-29")),
    ]
    assert timetable[0].title == "ITU-D timetable of 2027 meetings published"
    assert timetable[0].rule == "opening of the first ITU-D meeting of 2027 - 3 months"


def test_the_timetable_skips_cancelled_meetings_and_years_whose_first_meeting_is_undated():
    cancelled = itu_d("SG1-2027-A", "2027-02-01", body="ITU-D SG1", status=Status.CANCELLED)
    later = itu_d("SG1-2027-B", "2027-09-20", body="ITU-D SG1")
    timetable = [d for d in deadlines_for([cancelled, later]) if d.key == "itu-d-timetable"]
    assert [d.meeting_code for d in timetable] == ["SG1-2027-B"]

    undated = itu_d(
        "SG2-2028", "2028-03-01", end="2028-03-31", body="ITU-D SG2", precision=Precision.MONTH
    )
    dated = itu_d("SG1-2028", "2028-09-20", body="ITU-D SG1")
    assert [d for d in deadlines_for([undated, dated]) if d.key == "itu-d-timetable"] == []


def test_chair_nominations_apply_to_ra_wtsa_and_wtdc_only():
    ra = meeting("RA-27", "2027-10-11", kind="ra")
    wtsa = meeting("WTSA-28", "2028-10-16", kind="wtsa")
    wrc = meeting("WRC-27", "2027-10-18", kind="wrc")
    pp = meeting("PP-26", "2026-11-09", kind="pp")
    found = deadlines_for([ra, wtsa, wrc, pp])
    assert {d.meeting_code for d in found} == {"RA-27", "WTSA-28"}
    assert days(found, "RA-27") == {
        "chair-nominations-preferred": day("2027-07-11"),
        "chair-nominations-latest": day("2027-09-27"),
    }


# --- the deadlines of the second pass (WTDC Resolution 1 §§ 3.5.8, 5.2.2, 7.2, 9.2, 10.1, 13.1) ---


def test_wtdc_25_gets_the_list_of_proposed_questions_a_calendar_month_before():
    (d,) = [d for d in deadlines_for([wtdc_25()]) if d.key == "wtdc-questions-list"]
    assert (d.day, d.weekday, d.rule) == (day("2025-10-17"), "Fri", "opening - 1 month")
    assert d.title == "List of proposed study Questions communicated"
    assert "§ 5.2.2" in d.source and "At least one month before a WTDC" in d.source


def test_interpretation_is_requested_45_days_before_a_rapporteur_group_or_study_group():
    rg = itu_d("RG-Q1/1-2026", "2026-03-02", kind="rapporteur-group", body="RG-Q1/1")
    sg = itu_d("SG1-2026", "2026-09-21", body="ITU-D SG1")
    found = [d for d in deadlines_for([rg, sg]) if d.key == "itu-d-interpretation"]
    # Mon 2 Mar 2026 - 45 days = Fri 16 Jan; Mon 21 Sep 2026 - 45 days = Fri 7 Aug
    assert [(d.meeting_code, d.day, d.weekday) for d in found] == [
        ("RG-Q1/1-2026", day("2026-01-16"), "Fri"),
        ("SG1-2026", day("2026-08-07"), "Fri"),
    ]
    assert found[0].rule == "opening - 45 calendar days" and "§ 3.5.8" in found[0].source


def test_a_study_group_gets_drafts_four_weeks_and_the_adoption_circular_two_months_before():
    got = days(deadlines_for([itu_d("SG1-2026", "2026-09-21", body="ITU-D SG1")]))
    assert got["itu-d-draft-recommendations"] == day("2026-08-24")  # Mon, 28 days before
    assert got["itu-d-adoption-circular"] == day("2026-07-21")  # Tue, by calendar month
    # two months before 30 April is the last day of February
    late_april = days(deadlines_for([itu_d("SG2-2027", "2027-04-30", body="ITU-D SG2")]))
    assert late_april["itu-d-adoption-circular"] == day("2027-02-28")


def test_rapporteur_groups_get_no_draft_recommendation_or_adoption_circular_deadlines():
    rg = itu_d("RG-Q1/1-2026", "2026-03-02", kind="rapporteur-group", body="RG-Q1/1")
    got = set(days(deadlines_for([rg])))
    assert not got & {"itu-d-draft-recommendations", "itu-d-adoption-circular"}


def test_an_itu_d_side_event_is_announced_45_days_before_its_own_opening():
    ws = itu_d("WS-2026", "2026-09-20", kind="workshop")
    (d,) = deadlines_for([ws])
    assert (d.key, d.day, d.weekday) == ("itu-d-side-event-announced", day("2026-08-06"), "Thu")
    assert "§ 9.2" in d.source
    itu_t = meeting("WS-T", "2026-09-20", kind="workshop", sector=Sector.T)
    assert deadlines_for([itu_t]) == []


def test_working_parties_and_expert_groups_get_the_study_group_contribution_deadlines():
    wp = itu_d("WP-2026", "2026-06-01", kind="working-party")
    eg = itu_d("EG-2026", "2026-06-01", kind="expert-group")
    for m in (wp, eg):
        found = [d for d in deadlines_for([m]) if d.key != "itu-d-timetable"]
        assert days(found) == {
            "itu-d-contributions-for-translation": day("2026-04-17"),
            "itu-d-contributions-last": day("2026-05-20"),
            "itu-d-contributions-published": day("2026-05-25"),
        }
        assert all(
            "§ 10.1" in d.source and "submission of contributions" in d.source for d in found
        )
    itu_r = meeting("WP-R", "2026-06-01", kind="working-party", sector=Sector.R)
    assert deadlines_for([itu_r]) == []


def test_a_regional_preparatory_meeting_gets_the_contribution_deadlines_by_section_13_1():
    rpm = itu_d("RPM-ARB-25", "2025-02-04", end="2025-02-05", kind="rpm", body="RPM-ARB")
    found = deadlines_for([rpm])
    # Tue 4 Feb 2025: 45 days before is Sat 21 Dec 2024, not moved off the weekend
    assert [(d.key, d.day, d.weekday) for d in found] == [
        ("itu-d-contributions-for-translation", day("2024-12-21"), "Sat"),
        ("itu-d-contributions-last", day("2025-01-23"), "Thu"),
        ("itu-d-contributions-published", day("2025-01-28"), "Tue"),
    ]
    assert all("§ 13.1" in d.source for d in found)
    assert found[0].title == "Contributions due for translation"


# --- output ---------------------------------------------------------------------------------------


def test_deadlines_are_sorted_by_day_then_meeting_code_then_key():
    found = deadlines_for(
        [
            wtdc_25(),
            council("C25", "2025-06-17", "2025-06-27"),
            itu_d("SG2-2025", "2025-10-06", body="ITU-D SG2"),
            itu_d("SG1-2025", "2025-10-06", body="ITU-D SG1"),
        ]
    )
    assert found == sorted(found, key=lambda d: (d.day, d.meeting_code, d.key))
    assert [d.day for d in found] == sorted(d.day for d in found)
    on_3_nov = [(d.meeting_code, d.key) for d in found if d.day == day("2025-11-03")]
    assert on_3_nov == [
        ("WTDC-25", "chair-nominations-latest"),
        ("WTDC-25", "wtdc-contributions-published"),
    ]
    on_22_aug = [(d.meeting_code, d.key) for d in found if d.day == day("2025-08-22")]
    assert on_22_aug == [
        ("SG1-2025", "itu-d-contributions-for-translation"),
        ("SG1-2025", "itu-d-interpretation"),
        ("SG1-2025", "itu-d-registration"),
        ("SG2-2025", "itu-d-contributions-for-translation"),
        ("SG2-2025", "itu-d-interpretation"),
        ("SG2-2025", "itu-d-registration"),
    ]


def test_no_meetings_no_deadlines():
    assert deadlines_for([]) == []


def test_every_deadline_quotes_an_excerpt_of_the_source_registry_and_names_no_project_file():
    # The registry's excerpts are checked against the ITU texts in tests/rules/test_sources.py.
    everything = [
        wtdc_25(),
        council("C23", "2023-07-11", "2023-07-21"),
        council("C26", "2026-04-28", "2026-05-08"),
        itu_d("SG1-2027", "2027-10-04", body="ITU-D SG1"),
        itu_d("RG-Q1/1-2027", "2027-04-12", kind="rapporteur-group", body="RG-Q1/1"),
        meeting("TDAG-2027", "2027-05-10", kind="advisory-group", body="TDAG", sector=D),
        meeting("EG-ITRs-4", "2025-02-20", kind="cwg", body="EG-ITRs"),
        meeting("EG-ITRs-5", "2025-09-11", kind="cwg", body="EG-ITRs"),
        itu_d("WP-2027", "2027-06-07", kind="working-party"),
        itu_d("RPM-ARB-25", "2025-02-04", kind="rpm", body="RPM-ARB"),
        itu_d("WS-2027", "2027-10-03", kind="workshop"),
    ]
    excerpts = {e.text for e in registry().excerpts.values()}
    checked = 0
    for d in deadlines_for(everything):
        assert not re.search(r"\d{3}_[0-9a-f]{16}\.txt|SOURCES\.md|``", d.source), d.source
        assert "https://" in d.source, (d.key, d.source)
        for quote in re.findall(r'"([^"]*)"', d.source):
            assert quote in excerpts, (d.key, quote)
            checked += 1
    assert checked >= 18
