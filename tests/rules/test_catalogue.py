"""The rule catalogue is a contract: ids, order, citations and rationales (SOURCES.md section 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app.domain import DecidedPeriod, Meeting, Sector, Status
from scheduler_app.domain.observance import Observance
from scheduler_app.rules import (
    CATALOGUE_ORDER,
    REGISTRY,
    Calendar,
    CheckContext,
    Policy,
    RuleSpec,
    catalogue,
    check,
)
from tests.helpers import meeting

# Hard-coded on purpose: rule ids never change (SOURCES.md section 1, "Rule ids are a stable
# contract"), in the order of SOURCES.md section 2.
CONTRACT = [
    "CS47-PP-INTERVAL",
    "CS90-WRC-INTERVAL",
    "CS91-RA-WITH-WRC",
    "CS114-WTSA-INTERVAL",
    "CS141-ONE-WTDC",
    "CV51-COUNCIL-ANNUAL",
    "R77-LAST-QUARTER",
    "R77-SAME-YEAR",
    "R77-PP-YEAR",
    "R77-PP-DURATION",
    "R77-ICT-EVENT",
    "R77-COUNCIL-JUNE-JULY",
    "R77-COUNCIL-NEXT-THREE",
    "R77-GAP",
    "R77-DECIDED-PERIOD",
    "R77-HQ-PRIORITY",
    "R111-RELIGIOUS",
    "DEC11-CWG-CLASH",
    "WTDC1-SG-ANNUAL",
    "WTDC1-RG-PARALLEL",
    "WTDC1-TDAG-WITH-SG",
    "R31-RPM-TIMING",
    "WTDC1-RG-TWICE-A-YEAR",
    "WTDC1-SG-BEFORE-WTDC",
    "WTDC1-TDAG-ANNUAL",
    "WTDC1-ADVISORY-CONSECUTIVE",
    "WTDC1-SG-AT-HQ",
    "WTDC1-CANCELLED-TO-GENEVA",
    "R77-FORUM-CORE",
    "VENUE-ROOM-CLASH",
    "VENUE-CAPACITY",
    "PERSON-CLASH",
    "HOLIDAY-VENUE",
]

# Default severities of SOURCES.md section 2.
SEVERITIES = {
    "CS47-PP-INTERVAL": "error",
    "WTDC1-RG-PARALLEL": "error",
    "VENUE-ROOM-CLASH": "error",
    "R77-PP-YEAR": "info",
    "R77-COUNCIL-NEXT-THREE": "info",
    "WTDC1-ADVISORY-CONSECUTIVE": "info",
    "WTDC1-SG-AT-HQ": "info",
    "WTDC1-CANCELLED-TO-GENEVA": "info",
    "HOLIDAY-VENUE": "info",
}


def test_the_catalogue_holds_exactly_the_33_contract_ids_in_sources_order() -> None:
    assert len(CONTRACT) == 33
    assert [spec.id for spec in catalogue()] == CONTRACT
    assert list(CATALOGUE_ORDER) == CONTRACT
    assert sorted(REGISTRY) == sorted(CONTRACT)


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_rule_has_a_title_a_citation_and_a_rationale(spec: RuleSpec) -> None:
    assert spec.title.strip()
    assert spec.citation.strip()
    assert spec.source.strip()
    assert len(spec.rationale.split()) >= 8, spec.rationale


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_rule_finds_nothing_on_an_empty_calendar(spec: RuleSpec) -> None:
    assert spec.check(Calendar(), Policy()) == []


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_rule_has_its_sources_default_severity(spec: RuleSpec) -> None:
    assert spec.severity.value == SEVERITIES.get(spec.id, "warning")


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_quote_is_text_from_the_cited_source(spec: RuleSpec) -> None:
    # HOLIDAY-VENUE is a planning aid with no ITU text; every other rule quotes its source.
    if spec.id == "HOLIDAY-VENUE":
        assert spec.quote == ""
    else:
        assert spec.quote.strip() and '"' not in spec.quote


def _busy_calendar() -> list[Meeting]:
    """A small plan that breaks every rule of the catalogue at least once."""
    hq = {"city": "Geneva", "country": "CH", "venue": "ITU headquarters", "room": "Popov Room"}
    d = Sector.D
    q4_2029 = DecidedPeriod(dt.date(2029, 10, 1), dt.date(2029, 12, 31))
    return [
        meeting("PP-22", "2022-09-26", "2022-10-14", kind="pp", city="Bucharest", country="RO"),
        meeting("PP-30", "2030-10-07", "2030-10-28", kind="pp", decided=q4_2029),
        meeting("WTSA-22", "2022-03-01", "2022-03-09", kind="wtsa"),
        meeting("WCIT-22", "2022-03-14", "2022-03-18", kind="wcit"),
        meeting("WTSA-24", "2024-10-15", "2024-10-24", kind="wtsa"),
        meeting("IMC-22", "2022-03-08", "2022-03-10", kind="external"),
        meeting("CWG-22", "2022-03-07", "2022-03-08", kind="cwg"),
        meeting("WRC-23", "2023-11-20", "2023-12-15", kind="wrc", city="Dubai"),
        meeting("WRC-29", "2029-11-05", "2029-11-30", kind="wrc", city="Dubai"),
        meeting("C23", "2023-03-06", "2023-03-10", kind="council", city="Bucharest"),
        meeting("C24", "2024-06-04", "2024-06-14", kind="council", **hq),
        meeting(
            "WS-24",
            "2024-06-05",
            "2024-06-10",
            kind="workshop",
            participants=400,
            chair="Mr X",
            **hq,
        ),
        meeting("SG1-24", "2024-06-10", kind="study-group", sector=d, body="ITU-D SG1", chair="x"),
        meeting(
            "TDAG-24", "2024-06-11", "2024-06-14", kind="advisory-group", sector=d, body="TDAG"
        ),
        meeting(
            "RG-Q1/1",
            "2024-09-02",
            kind="rapporteur-group",
            sector=d,
            body="RG-Q1/1",
            parent="ITU-D SG1",
        ),
        meeting(
            "RG-Q2/1",
            "2024-09-02",
            kind="rapporteur-group",
            sector=d,
            body="RG-Q2/1",
            parent="ITU-D SG1",
        ),
        meeting("HOL-25", "2025-09-11", kind="cwg", city="Geneva", country="CH"),
        meeting("RPM-AFR-31", "2031-02-03", kind="rpm", sector=d, body="RPM-AFR"),
        meeting("TDAG-31", "2031-09-01", kind="advisory-group", sector=d, body="TDAG"),
        meeting("WTDC-31", "2031-11-03", "2031-11-14", kind="wtdc", sector=d),
        meeting("SG1-32", "2032-10-04", kind="study-group", sector=d, body="ITU-D SG1"),
        # 24 days before WTDC-31, in Nairobi
        meeting(
            "SG1-31", "2031-10-10", kind="study-group", sector=d, body="ITU-D SG1", city="Nairobi"
        ),
        # once in 2032, the first year after WTDC-31
        meeting(
            "RG-Q1/1-32",
            "2032-03-02",
            kind="rapporteur-group",
            sector=d,
            body="RG-Q1/1",
            parent="ITU-D SG1",
        ),
        # 17 days after TDAG-24
        meeting("TSAG-24", "2024-07-01", kind="advisory-group", sector=Sector.T, body="TSAG"),
        meeting("GSR-24", "2024-06-12", kind="forum"),  # during C24
        meeting(
            "RG-Q2/1-CANCELLED",
            "2032-05-04",
            kind="rapporteur-group",
            sector=d,
            body="RG-Q2/1",
            parent="ITU-D SG1",
            city="Nairobi",
            status=Status.CANCELLED,
        ),
    ]


def _busy_context() -> CheckContext:
    return CheckContext(
        observances=[
            Observance("yom-kippur", "Yom Kippur", dt.date(2022, 10, 5), dt.date(2022, 10, 5))
        ],
        holidays=lambda country, subdiv, year: (
            {dt.date(2025, 9, 11): "Genevan Fast"} if subdiv == "GE" else {}
        ),
        capacities={("itu headquarters", "popov room"): 300},
    )


def test_the_busy_calendar_breaks_every_rule_and_cancelling_its_meetings_silences_all() -> None:
    policy = Policy(as_of=dt.date(2026, 1, 1))
    busy = _busy_calendar()
    assert {f.rule_id for f in check(Calendar(busy, _busy_context()), policy)} == set(CONTRACT)
    cancelled = [m.replace(status=Status.CANCELLED) for m in busy]
    # all but the one rule that reads cancelled meetings: it proposes Geneva for the ITU-D
    # groups that were to meet elsewhere
    findings = check(Calendar(cancelled, _busy_context()), policy)
    assert [(f.rule_id, f.meeting_codes) for f in findings] == [
        ("WTDC1-CANCELLED-TO-GENEVA", ("RG-Q2/1-CANCELLED",)),
        ("WTDC1-CANCELLED-TO-GENEVA", ("SG1-31",)),
    ]
