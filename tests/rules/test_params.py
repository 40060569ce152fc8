"""Rule parameters are declared with their types on each rule and validated from that
declaration (``scheduler-app policy`` goes through :func:`validate_policy_value`)."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler_app.rules import REGISTRY, Calendar, Param, RuleSpec, Severity, catalogue
from scheduler_app.rules.model import rule
from scheduler_app.rules.params import YEAR_RANGE, ParamError, kinds
from scheduler_app.services.checking import PolicyError, validate_policy_value


@pytest.mark.parametrize("spec", catalogue(), ids=lambda s: s.id)
def test_every_parameter_is_declared_with_a_type_and_a_description(spec: RuleSpec) -> None:
    assert [p.name for p in spec.parameters] == list(spec.params)
    for p in spec.parameters:
        assert p.doc.strip(), (spec.id, p.name)
        assert p.validate(p.default, spec.id) == p.default or p.type is YEAR_RANGE
        assert validate_policy_value(spec.id, p.name, p.default) == p.default


def test_a_whole_number_is_kept_within_its_declared_range() -> None:
    assert validate_policy_value("R77-COUNCIL-JUNE-JULY", "tolerance_days", 30) == 30
    with pytest.raises(PolicyError, match="tolerance_days: a whole number from 0 to 180, not 181"):
        validate_policy_value("R77-COUNCIL-JUNE-JULY", "tolerance_days", 181)
    with pytest.raises(PolicyError, match="not True"):
        validate_policy_value("R77-GAP", "min_gap_days", True)


def test_a_list_of_kinds_takes_only_meeting_kinds() -> None:
    assert validate_policy_value("R77-GAP", "kinds", ["pp", "wtdc"]) == ["pp", "wtdc"]
    with pytest.raises(PolicyError, match="unknown plenipot"):
        validate_policy_value("R77-GAP", "kinds", ["pp", "plenipot"])


def test_observances_and_regions_come_from_their_declared_choices() -> None:
    with pytest.raises(PolicyError, match="unknown easter"):
        validate_policy_value("R111-RELIGIOUS", "observances", ["easter"])
    with pytest.raises(PolicyError, match="unknown MARS"):
        validate_policy_value("R31-RPM-TIMING", "regions", ["AFR", "MARS"])


def test_dates_and_year_ranges_may_be_unset() -> None:
    assert validate_policy_value("R77-COUNCIL-NEXT-THREE", "as_of", "2026-05-09") == "2026-05-09"
    assert validate_policy_value("R77-COUNCIL-NEXT-THREE", "as_of", None) is None
    assert validate_policy_value("CV51-COUNCIL-ANNUAL", "years", [2022, 2030]) == [2022, 2030]
    assert validate_policy_value("CV51-COUNCIL-ANNUAL", "years", None) is None
    with pytest.raises(PolicyError, match="first year, last year"):
        validate_policy_value("CV51-COUNCIL-ANNUAL", "years", [2030, 2022])


def test_an_unknown_parameter_names_the_declared_ones() -> None:
    with pytest.raises(
        PolicyError,
        match=r"has no parameter 'gap' \(it has: severity, enabled, kinds, min_gap_days\)",
    ):
        validate_policy_value("R77-GAP", "gap", 1)


def test_a_declaration_that_refuses_its_own_default_is_refused_at_registration() -> None:
    with pytest.raises(ParamError):
        rule(
            id="TEST-BAD-DEFAULT",
            title="t",
            rationale="r",
            severity=Severity.INFO,
            quote="",
            citation="c",
            params=[Param("n", -1, int, doc="d")],
        )(lambda cal, policy, spec: iter(()))
    assert "TEST-BAD-DEFAULT" not in REGISTRY


def test_a_mapping_of_defaults_is_read_as_the_declarations_it_implies() -> None:
    spec = rule(
        id="TEST-INFERRED",
        title="t",
        rationale="r",
        severity=Severity.INFO,
        quote="",
        citation="c",
        params={"days": 3, "kinds": ["pp"], "on": True},
        order=10**6,
    )(lambda cal, policy, spec: iter(()))
    try:
        assert [p.type for p in spec.parameters] == [int, list, bool]
        assert spec.parameter("kinds") == kinds("kinds", ["pp"])
        assert spec.check(Calendar()) == []
    finally:
        del REGISTRY["TEST-INFERRED"]


def test_catalogue_order_comes_from_the_rules_themselves() -> None:
    orders = [s.order for s in catalogue()]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    with pytest.raises(ValueError, match="order 100 is taken by CS47-PP-INTERVAL"):
        rule(
            id="TEST-ORDER",
            title="t",
            rationale="r",
            severity=Severity.INFO,
            quote="",
            citation="c",
            order=100,
        )(lambda cal, policy, spec: iter(()))


def test_a_date_parameter_is_stored_as_iso_text() -> None:
    p = Param("as_of", None, dt.date, optional=True, doc="d")
    assert p.validate(dt.date(2026, 1, 2)) == "2026-01-02"
    with pytest.raises(ParamError, match="not a date"):
        p.validate("tomorrow")
