"""The catalogue on the bundled reference calendar: the findings match what happened
(SOURCES.md section 2 "Edge cases" and section 4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from scheduler_app.rules import Finding, Severity
from scheduler_app.services.checking import check_database
from scheduler_app.storage import PlanningDatabase

AS_OF = dt.date(2026, 1, 1)


@pytest.fixture
def findings(reference_db: PlanningDatabase) -> Iterator[list[Finding]]:
    yield check_database(reference_db, as_of=AS_OF).findings


def of_rule(findings: list[Finding], rule_id: str) -> list[Finding]:
    return [f for f in findings if f.rule_id == rule_id]


def test_the_compressed_2022_calendar_breaks_same_year_once(findings: list[Finding]) -> None:
    same_year = of_rule(findings, "R77-SAME-YEAR")
    assert [f.meeting_codes for f in same_year] == [("WTSA-20", "WTDC-22", "PP-22")]
    assert same_year[0].message.startswith("3 conferences or assemblies in 2022: ")
    assert same_year[0].severity is Severity.WARNING


def test_only_the_three_2022_conferences_miss_the_last_quarter(findings: list[Finding]) -> None:
    assert sorted(f.meeting_codes for f in of_rule(findings, "R77-LAST-QUARTER")) == [
        ("PP-22",),
        ("WTDC-22",),
        ("WTSA-20",),
    ]


def test_only_councils_2022_and_2026_are_outside_june_july(findings: list[Finding]) -> None:
    assert sorted(f.meeting_codes for f in of_rule(findings, "R77-COUNCIL-JUNE-JULY")) == [
        ("C22",),
        ("C26",),
    ]


def test_the_religious_periods_found_are_the_real_ones(findings: list[Finding]) -> None:
    religious = {f.meeting_codes[0]: f.message for f in of_rule(findings, "R111-RELIGIOUS")}
    assert all(len(f.meeting_codes) == 1 for f in of_rule(findings, "R111-RELIGIOUS"))
    for code in ("RA-27", "WRC-27"):
        assert "Yom Kippur (11 Oct 2027)" in religious[code]
        assert "Diwali" in religious[code]
    assert "Rosh Hashanah (26-27 Sep 2022)" in religious["PP-22"]
    assert "Yom Kippur (5 Oct 2022)" in religious["PP-22"]
    assert "Gurpurab" in religious["WRC-23"]
    assert "Gurpurab" in religious["PP-26"]
    assert "Diwali" not in religious["PP-26"]  # Sunday 8 Nov 2026, before the opening
    assert "Vesak (India)" in religious["C26"] and "Singapore" not in religious["C26"]
    # PP-18 (29 Oct-16 Nov 2018) included Diwali; nothing else is hit (Council 2024, WTSA-24,
    # WTDC-25: no hit).
    assert "Diwali" in religious["PP-18"]
    assert sorted(religious) == ["C26", "PP-18", "PP-22", "PP-26", "RA-27", "WRC-23", "WRC-27"]


def test_the_pp_year_notes_are_wtsa20_and_wtdc22(findings: list[Finding]) -> None:
    assert sorted(f.meeting_codes for f in of_rule(findings, "R77-PP-YEAR")) == [
        ("WTDC-22", "PP-22"),
        ("WTSA-20", "PP-22"),
    ]


def test_as_of_1_january_2026_councils_2027_and_2028_are_missing(findings: list[Finding]) -> None:
    assert [f.message.split(" (")[0] for f in of_rule(findings, "R77-COUNCIL-NEXT-THREE")] == [
        "No ordinary Council session scheduled for 2027",
        "No ordinary Council session scheduled for 2028",
    ]


def test_as_of_9_may_2026_councils_2027_to_2029_are_missing(reference_db: PlanningDatabase) -> None:
    found = check_database(
        reference_db, as_of=dt.date(2026, 5, 9), rule_ids=["R77-COUNCIL-NEXT-THREE"]
    )
    assert [f.message.split(" (")[0] for f in found.findings] == [
        "No ordinary Council session scheduled for 2027",
        "No ordinary Council session scheduled for 2028",
        "No ordinary Council session scheduled for 2029",
    ]


def test_geneva_and_dubai_holidays_are_noted(findings: list[Finding]) -> None:
    holidays = {f.meeting_codes: f.message for f in of_rule(findings, "HOLIDAY-VENUE")}
    assert sorted(holidays) == [("EG-ITRs-5",), ("WRC-23",)]
    assert "11 Sep" in holidays[("EG-ITRs-5",)]
    assert "(1 Dec)" in holidays[("WRC-23",)]


SILENT = [
    "CS47-PP-INTERVAL",
    "CS90-WRC-INTERVAL",
    "CS91-RA-WITH-WRC",
    "CS114-WTSA-INTERVAL",
    "CS141-ONE-WTDC",
    "CV51-COUNCIL-ANNUAL",
    "R77-PP-DURATION",
    "R77-ICT-EVENT",
    "R77-GAP",
    "R77-DECIDED-PERIOD",
    "R77-HQ-PRIORITY",
    "DEC11-CWG-CLASH",
    "WTDC1-SG-ANNUAL",
    "WTDC1-RG-PARALLEL",
    "WTDC1-TDAG-WITH-SG",
    "R31-RPM-TIMING",
    "VENUE-ROOM-CLASH",
    "VENUE-CAPACITY",
    "PERSON-CLASH",
]


@pytest.mark.parametrize("rule_id", SILENT)
def test_rules_the_reference_calendar_keeps_are_silent(
    findings: list[Finding], rule_id: str
) -> None:
    assert of_rule(findings, rule_id) == []


def test_nothing_is_waived_and_nothing_is_an_error(findings: list[Finding]) -> None:
    assert not any(f.waived for f in findings)
    assert not any(f.severity is Severity.ERROR for f in findings)
