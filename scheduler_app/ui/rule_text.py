"""A rule as the planner reads it: title, clause, quoted words, documents to open, parameters.

One rendering for the findings panel (the rule behind a finding) and Help > Rules (the whole
catalogue). Everything shown is escaped: quotes and parameters are our texts, but a stored
parameter value is whatever a planner typed. Titles, rationales and the words around them are in
the planner's language; the quoted clauses stay in English, the language they were adopted in,
with their document and clause as written."""

from __future__ import annotations

import html
import json

from scheduler_app.domain.sources import excerpt
from scheduler_app.i18n import language, translate
from scheduler_app.rules import Policy
from scheduler_app.rules.model import RuleSpec
from scheduler_app.rules.param_words import param_label
from scheduler_app.rules.wording import rule_rationale


def rule_html(spec: RuleSpec, policy: Policy) -> str:
    """The rule's citation, quote and source, the documents' addresses, its rationale and its
    current parameters (a changed one says so, with its default)."""
    e = html.escape
    parts = [f"<p><b>{e(spec.citation)}</b></p>"]
    if spec.quote:
        parts.append(
            f"<blockquote>“{e(spec.quote)}”<br><small>{e(spec.source)}</small></blockquote>"
        )
    docs = {x.document.key: x.document for x in map(excerpt, (*spec.cites, *spec.context))}
    if docs:
        links = ", ".join(f"<a href='{e(d.url)}'>{e(d.title)}</a>" for d in docs.values())
        opened = e(translate("Findings", "Open: {links}")).format(links=links)
        parts.append(f"<p><small>{opened}</small></p>")
    if spec.rationale:
        parts.append(f"<p>{e(rule_rationale(spec))}</p>")
    if spec.params:
        rows = []
        for param in spec.parameters:
            name, default = param.name, param.default
            value = policy.param(spec, name)
            changed = (
                ""
                if value == default
                else translate("Findings", " (default {value})").format(value=_json(default))
            )
            # the key as policy --set takes it; beside it, outside English, the label
            label = name if language() == "en" else f"{param_label(param)} ({name})"
            rows.append(f"<tr><td>{e(label)}</td><td>{e(_json(value) + changed)}</td></tr>")
        heading = e(translate("Findings", "Parameters:"))
        parts.append(f"<p><small>{heading}</small></p><table>{''.join(rows)}</table>")
    return "".join(parts)


def waived_text(reason: str) -> str:
    """``Waived: Council Decision 623`` (the planner's reason as typed)."""
    return translate("Findings", "Waived: {reason}").format(reason=reason)


def rule_state(enabled: bool) -> str:
    """Whether the rule runs, as Help > Rules says it: "on" or "off"."""
    return translate("Findings", "on") if enabled else translate("Findings", "off")


def _json(value: object) -> str:
    """A parameter's value as JSON the planner reads: "Genève", not "Gen\\u00e8ve"."""
    return json.dumps(value, ensure_ascii=False)
