"""A rule as the planner reads it: title, clause, quoted words, documents to open, parameters.

One rendering for the findings panel (the rule behind a finding) and Help > Rules (the whole
catalogue). Everything shown is escaped: quotes and parameters are our texts, but a stored
parameter value is whatever a planner typed."""

from __future__ import annotations

import html
import json

from scheduler_app.domain.sources import excerpt
from scheduler_app.rules import Policy
from scheduler_app.rules.model import RuleSpec


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
        parts.append(f"<p><small>Open: {links}</small></p>")
    if spec.rationale:
        parts.append(f"<p>{e(spec.rationale)}</p>")
    if spec.params:
        rows = []
        for name, default in spec.params.items():
            value = policy.param(spec, name)
            changed = "" if value == default else f" (default {_json(default)})"
            rows.append(f"<tr><td>{e(name)}</td><td>{e(_json(value) + changed)}</td></tr>")
        parts.append(f"<p><small>Parameters:</small></p><table>{''.join(rows)}</table>")
    return "".join(parts)


def _json(value: object) -> str:
    """A parameter's value as JSON the planner reads: "Genève", not "Gen\\u00e8ve"."""
    return json.dumps(value, ensure_ascii=False)
