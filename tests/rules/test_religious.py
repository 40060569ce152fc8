"""Major religious periods (SOURCES.md section 2, R111-RELIGIOUS)."""

from __future__ import annotations

from typing import Any

from scheduler_app.domain import Meeting, Precision, Sector, Status
from scheduler_app.domain.observance import Observance
from scheduler_app.rules import CheckContext, Finding, Severity
from tests.helpers import meeting
from tests.rules.support import D, codes, messages, run


def obs(key: str, name: str, start: str, end: str | None = None, **kw: Any) -> Observance:
    return Observance(key, name, D(start), D(end or start), **kw)


ROSH_HASHANAH_22 = obs("rosh-hashanah", "Rosh Hashanah", "2022-09-26", "2022-09-27")
YOM_KIPPUR_22 = obs("yom-kippur", "Yom Kippur", "2022-10-05")
YOM_KIPPUR_27 = obs("yom-kippur", "Yom Kippur", "2027-10-11")
DIWALI_26 = obs("diwali", "Diwali", "2026-11-08", estimated=True, variant="India")
DIWALI_27 = obs("diwali", "Diwali", "2027-10-29", estimated=True, variant="India")
GURPURAB_23 = obs("gurpurab", "Gurpurab (Guru Nanak)", "2023-11-27", estimated=True)
GURPURAB_26 = obs("gurpurab", "Gurpurab (Guru Nanak)", "2026-11-24", estimated=True)
VESAK_IN_26 = obs("vesak", "Vesak", "2026-05-01", estimated=True, variant="India")
VESAK_SG_26 = obs("vesak", "Vesak", "2026-05-31", estimated=True, variant="Singapore")
EID_ADHA_24 = obs("eid-al-adha", "Eid al-Adha", "2024-06-16", "2024-06-19", estimated=True)
RAMADAN_25 = obs("ramadan", "Ramadan", "2025-03-01", "2025-03-29", estimated=True)
EID_FITR_25 = obs("eid-al-fitr", "Eid al-Fitr", "2025-03-30", "2025-04-01", estimated=True)

ALL = [
    ROSH_HASHANAH_22,
    YOM_KIPPUR_22,
    YOM_KIPPUR_27,
    DIWALI_26,
    DIWALI_27,
    GURPURAB_23,
    GURPURAB_26,
    VESAK_IN_26,
    VESAK_SG_26,
    EID_ADHA_24,
    RAMADAN_25,
    EID_FITR_25,
]
CONTEXT = CheckContext(observances=ALL)


def religious(*meetings: Meeting, **params: Any) -> list[Finding]:
    return run("R111-RELIGIOUS", *meetings, context=CONTEXT, **params)


PP22 = meeting("PP-22", "2022-09-26", "2022-10-14", kind="pp", country="RO")
PP26 = meeting("PP-26", "2026-11-09", "2026-11-27", kind="pp", country="QA")
WRC23 = meeting("WRC-23", "2023-11-20", "2023-12-15", kind="wrc", country="AE")
RA27 = meeting("RA-27", "2027-10-11", "2027-11-12", kind="ra", country="CN")
WRC27 = meeting("WRC-27", "2027-10-11", "2027-11-12", kind="wrc", country="CN")
C24 = meeting("C24", "2024-06-04", "2024-06-14", kind="council", country="CH")
C26 = meeting("C26", "2026-04-28", "2026-05-08", kind="council", country="CH")


def test_pp22_sat_on_rosh_hashanah_and_yom_kippur() -> None:
    findings = religious(PP22)
    assert codes(findings) == [("PP-22",)]
    assert messages(findings) == [
        "PP-22 (26 Sep-14 Oct 2022) sits during Rosh Hashanah (26-27 Sep 2022), "
        "Yom Kippur (5 Oct 2022)"
    ]
    assert findings[0].severity is Severity.WARNING


def test_wrc23_includes_gurpurab_marked_as_estimated() -> None:
    assert messages(religious(WRC23)) == [
        "WRC-23 (20 Nov-15 Dec 2023) sits during Gurpurab (Guru Nanak) (27 Nov 2023, estimated)"
    ]


def test_pp26_includes_gurpurab_but_not_diwali_on_the_sunday_before_it_opens() -> None:
    assert messages(religious(PP26)) == [
        "PP-26 (9-27 Nov 2026) sits during Gurpurab (Guru Nanak) (24 Nov 2026, estimated)"
    ]


def test_ra27_and_wrc27_open_on_yom_kippur_and_include_diwali() -> None:
    findings = religious(RA27, WRC27)
    assert sorted(messages(findings)) == [
        "RA-27 (11 Oct-12 Nov 2027) sits during Yom Kippur (11 Oct 2027), "
        "Diwali (India) (29 Oct 2027, estimated)",
        "WRC-27 (11 Oct-12 Nov 2027) sits during Yom Kippur (11 Oct 2027), "
        "Diwali (India) (29 Oct 2027, estimated)",
    ]


def test_council_2026_hits_vesak_only_with_the_india_variant() -> None:
    assert messages(religious(C26)) == [
        "C26 (28 Apr-8 May 2026) sits during Vesak (India) (1 May 2026, estimated)"
    ]


def test_council_2024_ending_two_days_before_eid_al_adha_passes() -> None:
    assert religious(C24) == []


def test_a_saturday_only_meeting_on_an_observance_sits_on_saturday() -> None:
    saturday = meeting("C27-SAT", "2027-10-16", kind="council-extra", country="CH")
    shabbat = obs("test-day", "Test day", "2027-10-16")
    context = CheckContext(observances=[shabbat])
    findings = run("R111-RELIGIOUS", saturday, context=context, observances=["test-day"])
    assert codes(findings) == [("C27-SAT",)]


def test_a_weekday_meeting_whose_weekend_touches_an_observance_is_not_reported() -> None:
    # Thursday 12 to Tuesday 17 Nov 2026; the observance is on Sunday 15 Nov.
    council = meeting("C26-X", "2026-11-12", "2026-11-17", kind="council-extra", country="CH")
    sunday = obs("diwali", "Diwali", "2026-11-15")
    assert run("R111-RELIGIOUS", council, context=CheckContext(observances=[sunday])) == []
    assert codes(
        run(
            "R111-RELIGIOUS",
            council,
            context=CheckContext(observances=[sunday]),
            sitting_days_only=False,
        )
    ) == [("C26-X",)]


def test_the_weekend_is_the_host_countrys() -> None:
    # Thursday 12 to Sunday 15 Nov 2026 in Qatar, whose weekend is Friday-Saturday.
    doha = meeting("C26-X", "2026-11-12", "2026-11-15", kind="council-extra", country="QA")
    friday = obs("diwali", "Diwali", "2026-11-13")
    sunday = obs("diwali", "Diwali", "2026-11-15")

    def weekend(country: str) -> frozenset[int]:
        return frozenset({4, 5}) if country == "QA" else frozenset({5, 6})

    assert run("R111-RELIGIOUS", doha, context=CheckContext([friday], weekend=weekend)) == []
    assert len(run("R111-RELIGIOUS", doha, context=CheckContext([sunday], weekend=weekend))) == 1


def test_with_include_eve_the_day_before_a_jewish_or_islamic_observance_counts() -> None:
    before_yk = meeting("C22-X", "2022-10-03", "2022-10-04", kind="council-extra")  # Mon-Tue
    before_diwali = meeting("C27-Y", "2027-10-28", kind="council-extra")  # Thursday
    assert religious(before_yk, before_diwali) == []
    findings = religious(before_yk, before_diwali, include_eve=True)
    assert codes(findings) == [("C22-X",)]
    assert messages(findings) == ["C22-X (3-4 Oct 2022) sits during Yom Kippur (5 Oct 2022)"]


def test_islamic_uncertainty_widens_islamic_dates_only() -> None:
    after_eid = meeting("C25-X", "2025-04-02", kind="council-extra")  # Wednesday
    after_yk = meeting("C22-X", "2022-10-06", kind="council-extra")  # Thursday
    assert religious(after_eid, after_yk) == []
    findings = religious(after_eid, after_yk, islamic_uncertainty_days=1)
    assert messages(findings) == [
        "C25-X (2 Apr 2025) sits during Eid al-Fitr (30 Mar-1 Apr 2025, estimated)"
    ]


def test_a_disabled_observance_is_not_reported() -> None:
    enabled = ["rosh-hashanah", "gurpurab"]
    assert messages(religious(PP22, observances=enabled)) == [
        "PP-22 (26 Sep-14 Oct 2022) sits during Rosh Hashanah (26-27 Sep 2022)"
    ]


def test_itu_d_study_groups_rapporteur_groups_and_tdag_are_covered_but_not_other_sectors() -> None:
    day = "2025-03-10"  # Monday in Ramadan
    covered = [
        meeting("SG1", day, kind="study-group", sector=Sector.D, body="ITU-D SG1"),
        meeting("RG-Q1/1", day, kind="rapporteur-group", sector=Sector.D, parent="ITU-D SG1"),
        meeting("TDAG-25", day, kind="advisory-group", sector=Sector.D, body="TDAG"),
    ]
    others = [
        meeting("SG3-T", day, kind="study-group", sector=Sector.T, body="ITU-T SG3"),
        meeting("TSAG-25", day, kind="advisory-group", sector=Sector.T, body="TSAG"),
        meeting("CWG-25", day, kind="cwg"),
        meeting("RPM-ASP-25", day, kind="rpm", sector=Sector.D, body="RPM-ASP"),
        meeting("WS-25", day, kind="workshop"),
    ]
    assert sorted(codes(religious(*covered, *others))) == [("RG-Q1/1",), ("SG1",), ("TDAG-25",)]


def test_a_tdag_meeting_is_covered_by_its_body() -> None:
    tdag = meeting("TDAG-25", "2025-03-10", kind="advisory-group", body="TDAG")
    assert codes(religious(tdag)) == [("TDAG-25",)]


def test_rpms_are_covered_when_added_to_the_kinds() -> None:
    asp = meeting("RPM-ASP-25", "2025-03-20", "2025-03-21", kind="rpm", sector=Sector.D)
    ams = meeting("RPM-AMS-25", "2025-04-01", "2025-04-02", kind="rpm", sector=Sector.D)
    assert religious(asp, ams) == []
    findings = religious(asp, ams, kinds=["rpm"])
    assert messages(findings) == [
        "RPM-ASP-25 (20-21 Mar 2025) sits during Ramadan (1-29 Mar 2025, estimated)",
        "RPM-AMS-25 (1-2 Apr 2025) sits during Eid al-Fitr (30 Mar-1 Apr 2025, estimated)",
    ]


def test_month_precision_and_cancelled_meetings_are_skipped() -> None:
    month = meeting("C26", "2026-05-01", "2026-05-31", kind="council", precision=Precision.MONTH)
    cancelled = PP22.replace(status=Status.CANCELLED)
    assert religious(month, cancelled) == []


# --- a period that began the year before (issue: rules, second pass) ---------------------------

SG_JAN_31 = meeting(
    "SG1-2031-1", "2031-01-20", "2031-01-22", kind="study-group", sector=Sector.D, country="CH"
)


def test_a_study_group_in_january_inside_a_ramadan_that_began_in_december_is_warned_from_a_file():
    from scheduler_app.services.checking import check_meetings

    result = check_meetings([SG_JAN_31], rule_ids=["R111-RELIGIOUS"])
    assert any("Ramadan" in f.message for f in result.findings), result.findings


def test_the_same_from_a_database_whose_observances_were_never_computed(empty_db):
    from scheduler_app.services import editing
    from scheduler_app.services.checking import check_database

    editing.create(empty_db, SG_JAN_31)
    result = check_database(empty_db, rule_ids=["R111-RELIGIOUS"])
    assert any("Ramadan" in f.message for f in result.findings), result.findings
