"""The findings pane and its count in the status bar, fed by the session's checker.

While the first check runs on its worker thread both say "Checking…"; waiving a finding (which
needs the checker) waits for it. Selecting a finding selects its meetings."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from scheduler_app.domain import Meeting
from scheduler_app.rules import Checker, Finding, counts
from scheduler_app.services import settings_edits
from scheduler_app.services.checking import PolicyError
from scheduler_app.ui.findings_panel import FindingsPanel
from scheduler_app.ui.meetings_pane import MeetingsPane
from scheduler_app.ui.plain import ask_text
from scheduler_app.ui.session import Session


class FindingsDock(QObject):
    """The findings ``panel`` and the status bar's ``label`` of one window."""

    def __init__(self, window: QMainWindow, session: Session, meetings: MeetingsPane) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.meetings = meetings
        self.panel = FindingsPanel(window)
        self.panel.setAccessibleName(self.tr("Findings"))
        self.label = QLabel(self.tr("Checking…"), window)  # until the first check arrives
        self.panel.finding_selected.connect(self._on_finding_selected)
        self.panel.waive_requested.connect(self._on_waive_requested)
        self.panel.unwaive_requested.connect(self._on_unwaive_requested)
        # the panel's buttons as actions too: a key from anywhere, and the context menus
        self.waive_action = QAction(self.tr("&Waive the Selected Finding…"), window)
        self.waive_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.waive_action.triggered.connect(self.panel.waive_button.click)
        self.unwaive_action = QAction(self.tr("Remove the &Waiver of the Selected Finding"), window)
        self.unwaive_action.triggered.connect(self.panel.unwaive_button.click)
        for action in (self.waive_action, self.unwaive_action):
            action.setEnabled(False)
            window.addAction(action)
        self.panel.buttons_enabled.connect(self._on_buttons_enabled)
        tree = self.panel.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._on_tree_menu_requested)
        session.findings_changed.connect(self._on_findings_changed)
        session.checking_changed.connect(self._on_checking_changed)

    @Slot()
    def _on_findings_changed(self) -> None:
        checker = self.session.checked
        if checker is None:
            if self.session.check_error is not None:  # none of the old findings holds
                self.panel.set_findings([], self.panel.policy)
                self._say_not_checked()
            return
        findings = checker.findings()
        self.panel.set_findings(findings, checker.policy)
        if self.session.checking:
            return  # a later check is running: the count waits for it
        c = counts(findings)
        self.label.setText(
            self.tr("%1 errors · %2 warnings · %3 info")
            .replace("%1", str(c["error"]))
            .replace("%2", str(c["warning"]))
            .replace("%3", str(c["info"]))
        )
        self.label.setStyleSheet("color: #c62828;" if c["error"] else "")
        self.label.setToolTip("")

    @Slot(bool)
    def _on_checking_changed(self, checking: bool) -> None:
        self.panel.set_checking(checking)
        if checking:
            self.label.setText(self.tr("Checking…"))
            self.label.setStyleSheet("")
        elif self.session.check_error is not None:
            self._say_not_checked()

    def _say_not_checked(self) -> None:
        error = self.session.check_error
        if error is not None and isinstance(error.__cause__, PolicyError):
            self.label.setText(self.tr("Not checked: a rule setting cannot be used"))
        else:
            self.label.setText(self.tr("Not checked: the calendar cannot be read"))
        self.label.setToolTip(str(error) if error is not None else "")
        self.label.setStyleSheet("color: #c62828;")

    @Slot(bool, bool)
    def _on_buttons_enabled(self, waive: bool, unwaive: bool) -> None:
        self.waive_action.setEnabled(waive)
        self.unwaive_action.setEnabled(unwaive)

    @Slot(QPoint)
    def _on_tree_menu_requested(self, pos: QPoint) -> None:
        tree = self.panel.tree
        index = tree.indexAt(pos)
        if index.isValid():
            tree.setCurrentIndex(index)
        menu = QMenu(tree)
        menu.addAction(self.waive_action)
        menu.addAction(self.unwaive_action)
        menu.popup(tree.viewport().mapToGlobal(pos))

    @Slot(object)
    def _on_finding_selected(self, finding: Finding | None) -> None:
        if finding is not None and finding.meeting_ids:
            self.meetings.select_meetings(finding.meeting_ids)

    # --- waivers ---------------------------------------------------------------------------------

    def _meetings_of(self, checker: Checker, finding: Finding) -> list[Meeting]:
        every = checker.calendar.every_meeting
        return [every[i] for i in finding.meeting_ids]

    @Slot(object)
    def _on_waive_requested(self, finding: Finding) -> None:
        reason, ok = ask_text(
            self.window,
            self.tr("Waive finding"),
            self.tr('Why is this acceptable? (e.g. "Council Decision 623")\n\n%1').replace(
                "%1", finding.message
            ),
        )
        if ok:
            self.waive_finding(finding, reason)

    def waive_finding(self, finding: Finding, reason: str) -> bool:
        """Record a waiver of ``finding`` with the planner's justification: one undoable edit
        (a refusal, such as a finding that changed meanwhile, is said by the session)."""
        checker = self.session.checker_or_say(self.tr("Not waived"))  # waits for a running check
        if checker is None:
            return False
        meetings, db = self._meetings_of(checker, finding), self.session.db
        subject = "" if meetings else finding.subject
        record = self.session.edit(
            lambda: settings_edits.waive(
                db, finding.rule_id, meetings, reason, subject=subject, checker=checker
            )
        )
        return record is not None

    @Slot(object)
    def _on_unwaive_requested(self, finding: Finding) -> None:
        self.unwaive_finding(finding)

    def unwaive_finding(self, finding: Finding) -> bool:
        """Take back the waiver of ``finding``: one undoable edit."""
        checker = self.session.checker_or_say(self.tr("Waiver not removed"))
        if checker is None:
            return False
        meetings, db = self._meetings_of(checker, finding), self.session.db
        subject = "" if meetings else finding.subject
        record = self.session.edit(
            lambda: settings_edits.unwaive(db, finding.rule_id, meetings, subject=subject)
        )
        return record is not None
