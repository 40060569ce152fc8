"""A rule is rendered once, for Help > Rules and the findings panel alike, and its parameters read
as the planner wrote them (issue 12, defect 6: Help > Rules showed "Gen\\u00e8ve")."""

from __future__ import annotations

from scheduler_app.rules import REGISTRY, Finding, Policy, Severity
from scheduler_app.ui.findings_panel import finding_html
from scheduler_app.ui.rule_text import rule_html


def test_a_parameter_value_is_shown_with_its_accents():
    text = rule_html(REGISTRY["HOLIDAY-VENUE"], Policy())
    assert "Genève" in text and "\\u00e8" not in text


def test_the_finding_shows_its_rule_as_help_does():
    spec = REGISTRY["R77-COUNCIL-JUNE-JULY"]
    policy = Policy({spec.id: {"tolerance_days": 21}})
    f = Finding(spec.id, Severity.WARNING, "x <b>", ("id",), ("C26",), "c")
    text = finding_html(f, policy)
    assert rule_html(spec, policy) in text and "x &lt;b&gt;" in text
    assert "(default " in text  # a changed parameter names its default, as Help does
