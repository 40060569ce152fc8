"""The details pane: one meeting as a small table of what a planner looks up."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QTextBrowser, QWidget

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import format_span
from scheduler_app.domain.legend import KIND_HEX
from scheduler_app.domain.meeting import country_name
from scheduler_app.services.editing import Change
from scheduler_app.ui.session import Session
from scheduler_app.ui.vocabulary import kind_name, mode_name, status_name


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
    days = " " + QCoreApplication.translate("DetailsPane", "(%1 days)").replace("%1", str(m.days))
    rows = "".join(
        [
            _row(
                QCoreApplication.translate("DetailsPane", "Dates"),
                e(m.span) + e(times) + (days if m.days > 1 else ""),
            ),
            _row(
                QCoreApplication.translate("DetailsPane", "Kind"),
                f"{swatch} {e(kind_name(m.kind))}",
            ),
            _row(
                QCoreApplication.translate("DetailsPane", "Sector"),
                e(m.sector.value) if m.sector else "",
            ),
            _row(QCoreApplication.translate("DetailsPane", "Body"), e(m.body)),
            _row(QCoreApplication.translate("DetailsPane", "Reports to"), e(m.parent)),
            _row(QCoreApplication.translate("DetailsPane", "Place"), e(place)),
            _row(QCoreApplication.translate("DetailsPane", "Venue"), e(room)),
            _row(QCoreApplication.translate("DetailsPane", "Mode"), e(mode_name(m.mode))),
            _row(QCoreApplication.translate("DetailsPane", "Status"), e(status_name(m.status))),
            _row(QCoreApplication.translate("DetailsPane", "Decided period"), decided),
            _row(
                QCoreApplication.translate("DetailsPane", "Cycle year"),
                str(m.nominal_year) if m.nominal_year else "",
            ),
            _row(
                QCoreApplication.translate("DetailsPane", "Participants"),
                f"{m.participants:,}" if m.participants is not None else "",
            ),
            _row(QCoreApplication.translate("DetailsPane", "Chair"), e(m.chair)),
            _row(QCoreApplication.translate("DetailsPane", "Source"), source),
            _row(QCoreApplication.translate("DetailsPane", "Notes"), e(m.notes)),
        ]
    )
    code = f"<b>{e(m.code)}</b><br>" if m.code else ""
    return f"<p>{code}<span style='font-size:large'>{e(m.title)}</span></p><table>{rows}</table>"


class DetailsPane(QTextBrowser):
    """The current meeting of the session, kept up to date as it is selected and edited."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown_id = ""
        self.setOpenExternalLinks(True)
        self.setOpenLinks(True)
        self.setAccessibleName(self.tr("Meeting details"))
        session.selection_changed.connect(self._on_selection_changed)
        session.meetings_changed.connect(self._on_meetings_changed)
        session.database_opened.connect(self._on_database_opened)
        self._show("")

    def _show(self, meeting_id: str) -> None:
        meeting = self.session.db.meeting(meeting_id) if meeting_id else None
        self.shown_id = meeting.id if meeting is not None else ""
        if meeting is not None:
            self.setHtml(meeting_html(meeting))
        else:
            note = self.tr("No meeting selected.")
            self.setHtml(f"<p><i>{html.escape(note)}</i></p>")

    @Slot(object)
    def _on_selection_changed(self, ids: tuple[str, ...]) -> None:
        self._show(ids[0] if ids else "")

    @Slot(object)
    def _on_meetings_changed(self, change: Change) -> None:
        if self.shown_id in change.ids:  # the meeting shown was edited, undone or deleted
            self._show(self.shown_id)

    @Slot()
    def _on_database_opened(self) -> None:
        # the table may have selected a meeting of the new database before this ran
        ids = self.session.selected_ids
        self._show(ids[0] if ids else "")
