"""Suggest Dates…: candidate dates for one meeting, each with the findings it would cause.

The dialog asks ``services.suggesting.suggest`` on the session's checker, the same search
``scheduler-app suggest`` runs. Moving through the candidates shades each on the calendar view;
Apply moves the meeting there as one edit (one undo step). Opened from the meeting dialog, it
judges the meeting as entered there (put in the checker's calendar for the search, then taken
out again) and hands the chosen dates back to that dialog instead of editing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.domain import Meeting
from scheduler_app.domain.dates import format_span
from scheduler_app.i18n import is_right_to_left, isolate
from scheduler_app.services import editing
from scheduler_app.services.editing import EditConflict
from scheduler_app.services.suggest_place import place_in_database
from scheduler_app.services.suggest_text import candidate_line, explanation, ranking_note
from scheduler_app.services.suggesting import (
    Candidate,
    SuggestError,
    Suggestions,
    default_period,
    parse_within,
    suggest,
)
from scheduler_app.ui.plain import plain_label, plain_tooltip
from scheduler_app.ui.session import Session

Preview = Callable[["tuple[dt.date, dt.date] | None"], None]
Choose = Callable[[dt.date, dt.date], None]
TOP = 8  # candidates listed: a screenful, more than the command line's five


def _no_preview(_span: tuple[dt.date, dt.date] | None) -> None:
    pass


class SuggestDialog(QDialog):
    """Suggest Dates for CODE: period, days, place, the candidates and their findings."""

    def __init__(
        self,
        session: Session,
        meeting: Meeting,
        parent: QWidget | None = None,
        *,
        preview: Preview = _no_preview,
        choose: Choose | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.meeting = meeting
        self.preview = preview
        self.choose = choose
        self.suggestions: Suggestions | None = None
        self.setWindowTitle(self.tr("Suggest Dates for %1").replace("%1", isolate(meeting.label)))
        # the code and title are the planner's text: a plain label. Each part is isolated, so
        # in Arabic a Latin code at the start does not make the whole line run left to right
        # (the line takes the direction of its first letter outside the isolates).
        parts = {"1": meeting.label, "2": meeting.title, "3": meeting.span}
        parts = {k: isolate(v) for k, v in parts.items()}
        heading = re.sub(r"%([123])", lambda m: parts[m[1]], self.tr("%1: %2, now %3"))
        self.heading = plain_label(QLabel(), heading)  # in one pass: a title may hold "%1"
        self.heading.setWordWrap(True)
        self.heading.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if is_right_to_left() else Qt.LayoutDirection.LeftToRight
        )
        first, last = default_period(meeting)
        self.within = QLineEdit(f"{first.isoformat()}..{last.isoformat()}")
        self.within.setToolTip(self.tr("2035, 2035-Q4, 2035-10 or 2035-03-01..2035-06-30"))
        self.days = QSpinBox()
        self.days.setRange(0, 366)
        self.days.setSpecialValueText(self.tr("its own length"))
        self.days.setValue(0)
        self.venue = QComboBox()
        self.venue.addItem(self.tr("(its own place)"), "")
        for v in sorted(session.db.venues(), key=lambda v: v.name):
            self.venue.addItem(v.name, v.name)
        self.room = QComboBox()
        self.venue.currentIndexChanged.connect(self._fill_rooms)
        self._fill_rooms()
        self.suggest_button = QPushButton(self.tr("&Suggest"))
        self.suggest_button.setDefault(True)
        self.suggest_button.clicked.connect(self.run)
        self.problem = plain_label(QLabel())
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Candidate dates"))
        self.candidates.currentRowChanged.connect(self._on_current_changed)
        self.findings = QTreeWidget()
        self.findings.setHeaderLabels([self.tr("Severity"), self.tr("Rule"), self.tr("Finding")])
        self.findings.setRootIsDecorated(False)
        self.findings.setAccessibleName(self.tr("Findings of the candidate"))
        # how the list was ranked: from every start, or from a sample when the budget ran out
        self.ranking = plain_label(QLabel())
        self.ranking.setWordWrap(True)
        self.explain = QPlainTextEdit()
        self.explain.setReadOnly(True)
        self.explain.setAccessibleName(self.tr("What blocks the dates"))
        self.explain.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        text = self.tr("&Use These Dates") if choose else self.tr("&Apply")
        self.apply_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.finished.connect(lambda _code: self.preview(None))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Within:"), self.within)
        form.addRow(self.tr("Days:"), self.days)
        if self.choose is None:  # from the meeting dialog, the place is the one entered there
            form.addRow(self.tr("Venue:"), self.venue)
            form.addRow(self.tr("Room:"), self.room)
        else:
            self.venue.hide()
            self.room.hide()
        form.addRow("", self.suggest_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.candidates)
        split.addWidget(self.findings)
        split.addWidget(self.explain)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addWidget(self.ranking)
        layout.addWidget(self.buttons)
        self.resize(680, 620)  # within a 1366x768 screen

    @Slot()
    def _fill_rooms(self) -> None:
        venue = str(self.venue.currentData() or "")
        self.room.clear()
        self.room.addItem(self.tr("(any room)") if venue else "", "")
        for r in self.session.db.rooms(venue) if venue else []:
            self.room.addItem(r.name, r.name)
        self.room.setEnabled(bool(venue))

    # --- the search ------------------------------------------------------------------------------

    def _ask(self) -> Suggestions:
        within = parse_within(self.within.text())
        if self.choose is None:  # asking again after another writer's change sees that change
            now = self.session.db.meeting(self.meeting.id)
            if now is None:
                gone = self.tr("%1 is no longer in the plan").replace("%1", self.meeting.label)
                raise SuggestError(gone)
            self.meeting = now
        venue, room = str(self.venue.currentData() or ""), str(self.room.currentData() or "")
        place = place_in_database(
            self.session.db, self.meeting, venue=venue or None, room=room or None
        )
        checker = self.session.checker  # waits for a check still running
        stored = checker.calendar.by_id.get(self.meeting.id)
        entered = stored != self.meeting  # the meeting dialog's fields, not yet saved
        if entered:
            checker.update([stored] if stored else [], [self.meeting])
        try:
            return suggest(
                checker, self.meeting, within=within, days=self.days.value() or None,
                place=place, top=TOP,
            )  # fmt: skip
        finally:
            if entered:
                checker.update([self.meeting], [stored] if stored else [])

    @Slot()
    def run(self) -> None:
        """Suggest: list the candidates, or say why there are none."""
        self.problem.setText("")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._ask()
        except SuggestError as exc:
            self.show_result(None)
            self.problem.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.show_result(result)

    def show_result(self, result: Suggestions | None) -> None:
        self.suggestions = result
        self.candidates.clear()
        self.findings.clear()
        candidates = result.candidates if result is not None else []
        for c in candidates:
            item = QListWidgetItem(candidate_line(c))
            item.setData(Qt.ItemDataRole.UserRole, c.start)
            self.candidates.addItem(item)
        self.ranking.setText(ranking_note(result) if result is not None else "")
        blocked = result is not None and not result.has_clean
        self.explain.setVisible(blocked)
        self.explain.setPlainText(explanation(result) if result is not None and blocked else "")
        if candidates:
            self.candidates.setCurrentRow(0)
        else:
            self._on_current_changed(-1)

    @property
    def current(self) -> Candidate | None:
        row = self.candidates.currentRow()
        if self.suggestions is None or not 0 <= row < len(self.suggestions.candidates):
            return None
        return self.suggestions.candidates[row]

    @Slot(int)
    def _on_current_changed(self, _row: int) -> None:
        c = self.current
        self.findings.clear()
        self.apply_button.setEnabled(c is not None)
        if c is None:
            self.preview(None)
            return
        for f in c.findings:
            severity = f.severity.value + (" (waived)" if f.waived else "")
            item = QTreeWidgetItem([severity, f.rule_id, f.message])
            item.setToolTip(2, plain_tooltip(f.message))
            self.findings.addTopLevelItem(item)
        if not c.findings:
            self.findings.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("No finding")]))
        self.findings.resizeColumnToContents(0)
        self.findings.resizeColumnToContents(1)
        self.preview((c.start, c.end))

    # --- choosing --------------------------------------------------------------------------------

    def accept(self) -> None:
        c = self.current
        if c is None:
            return
        if self.choose is not None:
            self.choose(c.start, c.end)
        else:
            # The candidates were built from this meeting: the write checks that the database
            # still holds it, so a change made meanwhile by another writer is not overwritten.
            before = self.suggestions.meeting if self.suggestions is not None else self.meeting
            if self.session.edit(lambda: self._move(before, c)) is None:
                return
        super().accept()

    def _move(self, before: Meeting, c: Candidate) -> editing.Change:
        label = self.tr("Move %1 to %2").replace("%1", before.label)
        label = label.replace("%2", format_span(c.start, c.end))
        try:
            return editing.update(self.session.db, before, c.meeting, label)
        except EditConflict as exc:
            text = self.tr(
                "%1 was changed by someone else since you asked for suggestions: ask again"
            ).replace("%1", before.label)
            self.problem.setText(text)
            raise EditConflict(text) from exc


def open_suggest_dialog(
    session: Session,
    parent: QWidget,
    meeting: Meeting,
    *,
    preview: Preview = _no_preview,
    choose: Choose | None = None,
) -> SuggestDialog:
    """Open Suggest Dates for ``meeting`` (window-modal) and run the search at once with the
    defaults; Apply edits, or with ``choose`` hands the dates back instead."""
    dialog = SuggestDialog(session, meeting, parent, preview=preview, choose=choose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    dialog.run()
    return dialog
