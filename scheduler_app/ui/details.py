"""The details pane: one meeting as a small table of what a planner looks up."""

from __future__ import annotations

import html

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.legend import KIND_HEX
from scheduler_app.domain.meeting import country_name


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    cell = "<td style='color:gray;padding-right:8px'>"
    return f"<tr>{cell}{html.escape(label)}</td><td>{value}</td></tr>"


def meeting_html(m: Meeting) -> str:
    """The details pane for one meeting. Every value is escaped: nothing in a title is markup."""
    e = html.escape
    swatch = f"<span style='color:{KIND_HEX[m.kind]}'>■</span>"
    times = ""
    if m.start_time and m.end_time:
        times = f" {m.start_time:%H:%M}-{m.end_time:%H:%M} ({e(m.timezone)})"
    place = ", ".join(p for p in (m.city, country_name(m.country) if m.country else "") if p)
    room = " / ".join(p for p in (m.venue, m.room) if p)
    decided = ""
    if m.decided:
        decided = e(format_span(m.decided.start, m.decided.end))
        if m.decided.source:
            decided += f"<br><small>{e(m.decided.source)}</small>"
    source = e(m.source)
    if m.source.startswith(("https://", "http://")):
        source = f"<a href='{e(m.source, quote=True)}'>{source}</a>"
    rows = "".join(
        [
            _row("Dates", e(m.span) + e(times) + (f" ({m.days} days)" if m.days > 1 else "")),
            _row("Kind", f"{swatch} {e(m.kind.label)}"),
            _row("Sector", e(m.sector.value) if m.sector else ""),
            _row("Body", e(m.body)),
            _row("Reports to", e(m.parent)),
            _row("Place", e(place)),
            _row("Venue", e(room)),
            _row("Mode", e(m.mode.value)),
            _row("Status", e(m.status.value)),
            _row("Decided period", decided),
            _row("Cycle year", str(m.nominal_year) if m.nominal_year else ""),
            _row("Participants", f"{m.participants:,}" if m.participants is not None else ""),
            _row("Chair", e(m.chair)),
            _row("Source", source),
            _row("Notes", e(m.notes)),
        ]
    )
    code = f"<b>{e(m.code)}</b><br>" if m.code else ""
    return f"<p>{code}<span style='font-size:large'>{e(m.title)}</span></p><table>{rows}</table>"
