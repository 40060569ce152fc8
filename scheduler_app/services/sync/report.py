"""What one sync did (:func:`scheduler_app.services.sync.engine.sync`): counts, conflicts and
the changes made here, as one edit to undo and as the summary the command line and the window's
sharing dialog show."""

from __future__ import annotations

from dataclasses import dataclass, field

from scheduler_app.domain import Meeting
from scheduler_app.i18n import translate
from scheduler_app.services import editing
from scheduler_app.services.report_words import count
from scheduler_app.services.settings_records import Row, SettingsEdit, row_key
from scheduler_app.storage.sync_tables import StoredConflict


@dataclass
class SyncReport:
    url: str
    created: bool = False
    received: int = 0  # meetings added, changed or deleted here from the server
    sent: int = 0  # meetings written to or deleted from the server
    skipped: list[str] = field(default_factory=list)
    conflicts: list[StoredConflict] = field(default_factory=list)
    changes: list[editing.Change] = field(default_factory=list)
    settings_changes: list[SettingsEdit] = field(default_factory=list)  # policy and waivers
    settings_received: int = 0  # rule settings and waivers changed here from the server
    settings_sent: bool = False

    def one_change(self, label: str) -> editing.Change | None:
        """Every meeting this sync changed here, as one edit (one step to undo): each as it
        was before the sync's first write of it and after its last (None: it changed none)."""
        first: dict[str, Meeting | None] = {}
        last: dict[str, Meeting | None] = {}
        for change in self.changes:
            before = {m.id: m for m in change.before}
            after = {m.id: m for m in change.after}
            for mid in [*before, *(i for i in after if i not in before)]:
                first.setdefault(mid, before.get(mid))
                last[mid] = after.get(mid)
        if not last:
            return None
        return editing.Change(
            label,
            tuple(m for m in first.values() if m is not None),
            tuple(m for m in last.values() if m is not None),
        )

    def one_settings_edit(self, label: str) -> SettingsEdit | None:
        """The rule settings and waivers this sync changed here, as one edit (None: none)."""
        first: dict[object, Row | None] = {}
        last: dict[object, Row | None] = {}
        for edit in self.settings_changes:
            before = {row_key(r): r for r in edit.before}
            after = {row_key(r): r for r in edit.after}
            for key in [*before, *(k for k in after if k not in before)]:
                first.setdefault(key, before.get(key))
                last[key] = after.get(key)
        if not last:
            return None
        return SettingsEdit(
            label,
            tuple(r for r in first.values() if r is not None),
            tuple(r for r in last.values() if r is not None),
        )

    def summary(self) -> str:
        """ "Shared calendar: 3 received, 1 sent, 1 conflict to resolve", in the current
        language (the window's sharing dialog shows it too)."""
        received, sent = count(self.received), count(self.sent)
        if self.created:
            text = translate(
                "CommandLine",
                "Shared calendar: made the shared calendar, {received} received, {sent} sent",
            )
        else:
            text = translate("CommandLine", "Shared calendar: {received} received, {sent} sent")
        text = text.format(received=received, sent=sent)
        if n := self.settings_received:
            more = (
                translate("CommandLine", ", {n} rule setting or waiver received")
                if n == 1
                else translate("CommandLine", ", {n} rule settings or waiver received")
            )
            text += more.format(n=count(n))
        if n := len(self.conflicts):
            more = (
                translate("CommandLine", ", {n} conflict to resolve")
                if n == 1
                else translate("CommandLine", ", {n} conflicts to resolve")
            )
            text += more.format(n=count(n))
        return text
