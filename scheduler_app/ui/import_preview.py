"""File > Import: what a file would change, shown before it is written, and why it was refused.

:func:`confirm_import` lists every meeting the import would add, every meeting it would update
(expandable to each field's before and after), what it skipped and why, and the bodies, venues and
rooms it would create; the planner presses Import or Cancel. :func:`show_import_errors` lists the
problems of a file that cannot be imported, one line each, naming the file once.

The rows come from :func:`scheduler_app.services.import_changes.import_changes`; everything they
hold came from a file, so it is shown as plain text (item texts are never markup; tooltips go
through :func:`~scheduler_app.ui.plain.plain_tooltip`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.i18n import isolate
from scheduler_app.interop.csvfile import CsvProblem
from scheduler_app.services.import_changes import ImportChanges, MeetingRow, import_changes
from scheduler_app.services.importing import ImportReport
from scheduler_app.ui.meeting_dialog_messages import fill  # %N filled in one pass
from scheduler_app.ui.plain import plain_label, plain_tooltip
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

FILTER_FROM = 20  # rows; a shorter preview is read at a glance and needs no filter box
EXPAND_UPDATES_UP_TO = 12  # more updates than this start collapsed, one line each
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Code"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Title or field"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Before"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "After"),
)
SIZE = (1040, 620)  # fits a 1366x768 screen with the taskbar and the window frame


def _one_line(text: str) -> str:
    """A notes field may hold line breaks; a tree row shows them as a slash."""
    return " / ".join(text.splitlines()) if "\n" in text else text


def _item(parent: QTreeWidgetItem, *texts: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [_one_line(t) for t in texts])
    for column, text in enumerate(texts):
        if text:
            item.setToolTip(column, plain_tooltip(text))
    return item


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


def _counted(n: int, text: str) -> str:
    return QCoreApplication.translate("ImportPreviewDialog", text).replace("%1", str(n))


def summary_text(changes: ImportChanges) -> str:
    """One sentence of what the import would do: "2 to add, 1 to update, 5 unchanged."."""
    parts = [
        _counted(len(changes.added), QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 to add")),
        _counted(len(changes.updated), QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 to update")),
        _counted(changes.unchanged, QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 unchanged")),
    ]
    if changes.skipped:
        skipped = QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 skipped")
        parts.append(_counted(changes.skipped_events, skipped))
    if changes.references:
        n = len(changes.references)
        one = QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 new body, venue or room")
        many = QT_TRANSLATE_NOOP("ImportPreviewDialog", "%1 new bodies, venues or rooms")
        parts.append(_counted(n, one if n == 1 else many))
    return QCoreApplication.translate("ImportPreviewDialog", ", ").join(parts) + "."


class ImportPreviewDialog(QDialog):
    """The changes an import would make, by section; Import accepts, Cancel rejects."""

    def __init__(
        self, report: ImportReport, path: Path | str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.changes = import_changes(report)
        path = Path(path)
        self.setWindowTitle(self.tr("Import meetings"))
        self.setSizeGripEnabled(True)
        self.resize(*SIZE)

        heading = self.tr("What importing %1 would change").replace("%1", path.name)
        self.heading = plain_label(QLabel(self), heading)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.where = plain_label(QLabel(self), str(path))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("File"))
        self.summary = plain_label(QLabel(self), summary_text(self.changes))
        self.summary.setWordWrap(True)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by code, title or field"))
        self.filter.setAccessibleName(self.tr("Filter the changes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter_changed)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Changes the import would make"))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setAlternatingRowColors(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._unopened: dict[str, MeetingRow] = {}  # by meeting id: field rows not made yet
        self.tree.itemExpanded.connect(self._on_item_expanded)
        self._fill()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (2, 230), (3, 230)):
            self.tree.setColumnWidth(column, width)
        self.filter.setVisible(self.row_count() >= FILTER_FROM)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.nothing = plain_label(
            QLabel(self),
            self.tr("Nothing in this file changes the plan: there is nothing to import."),
        )
        writes = self.changes.writes_anything
        self.import_button.setEnabled(writes)
        self.nothing.setVisible(not writes)
        (self.import_button if writes else self.cancel_button).setDefault(True)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.where, self.summary, self.filter, self.tree):
            layout.addWidget(widget)
        layout.addWidget(self.nothing)
        layout.addWidget(self.buttons)

    # --- filling ---------------------------------------------------------------------------------

    def _section(self, key: str, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.sections[key] = item
        self._titles[key] = title
        return item

    def _fill(self) -> None:
        c = self.changes
        if c.added:
            section = self._section("add", self.tr("To add"), len(c.added))
            for row in c.added:
                _item(section, row.code, row.title, "", row.dates).setData(
                    0, Qt.ItemDataRole.UserRole, row.meeting_id
                )
        if c.updated:
            section = self._section("update", self.tr("To update"), len(c.updated))
            for row in c.updated:
                self._update_item(section, row)
        if c.skipped:
            section = self._section("skip", self.tr("Skipped"), c.skipped_events)
            for skip in c.skipped:
                text = f"Line {skip.line}: {skip.reason}" if skip.line else skip.reason
                if skip.count > 1:
                    text += f" ({skip.count} events)"
                item = _item(section, text)
                item.setFirstColumnSpanned(True)
        if c.references:
            title = self.tr("New bodies, venues and rooms")
            section = self._section("new", title, len(c.references))
            for ref in c.references:
                _item(section, ref.what, ref.name, "", ref.detail)
        for key, section in self.sections.items():
            section.setExpanded(True)
            if key == "update":
                for child in _children(section):
                    child.setExpanded(len(c.updated) <= EXPAND_UPDATES_UP_TO)

    def _update_item(self, section: QTreeWidgetItem, row: MeetingRow) -> None:
        fields = ", ".join(change.label for change in row.changes)  # read when collapsed
        item = _item(section, row.code, row.title, "", fields)
        item.setData(0, Qt.ItemDataRole.UserRole, row.meeting_id)
        # The field rows are made when the update is first opened: 20,000 updates would
        # otherwise build 40,000 items before the dialog shows.
        item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        self._unopened[row.meeting_id] = row

    @Slot(QTreeWidgetItem)
    def _on_item_expanded(self, item: QTreeWidgetItem) -> None:
        row = self._unopened.pop(str(item.data(0, Qt.ItemDataRole.UserRole)), None)
        if row is None:
            return
        for change in row.changes:
            _item(item, "", change.label, change.before, change.after)

    # --- reading ---------------------------------------------------------------------------------

    def row_count(self) -> int:
        """How many rows the sections hold (meetings, field changes, skips, new references)."""
        c = self.changes
        fields = sum(len(row.changes) for row in c.updated)
        return len(c.added) + len(c.updated) + fields + len(c.skipped) + len(c.references)

    def section_title(self, key: str) -> str:
        """The title shown for section ``key`` ("add", "update", "skip", "new")."""
        return self.sections[key].text(0)

    # --- filtering -------------------------------------------------------------------------------

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        for key, section in self.sections.items():
            shown = 0
            for child in _children(section):
                match = not needle or self._matches(child, needle)
                child.setHidden(not match)
                shown += match
            total = section.childCount()
            of = self.tr("%1 of %2").replace("%2", str(total)).replace("%1", str(shown))
            count = of if needle else str(total)
            if key == "skip" and not needle:
                count = str(self.changes.skipped_events)
            section.setText(0, f"{self._titles[key]} ({count})")

    def _matches(self, item: QTreeWidgetItem, needle: str) -> bool:
        """Whether ``item``, a row under it or a field change not yet shown holds ``needle``."""
        if _matches(item, needle):
            return True
        row = self._unopened.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return row is not None and any(
            needle in text.casefold()
            for change in row.changes
            for text in (change.label, change.before, change.after)
        )


def _matches(item: QTreeWidgetItem, needle: str) -> bool:
    """Whether ``item`` or any row under it holds ``needle`` in any column."""
    if any(needle in item.text(c).casefold() for c in range(item.columnCount())):
        return True
    return any(_matches(child, needle) for child in _children(item))


def confirm_import(parent: QWidget | None, report: ImportReport, path: Path | str) -> bool:
    """Show what importing ``path`` would change; True when the planner presses Import."""
    dialog = ImportPreviewDialog(report, path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- a file that cannot be imported --------------------------------------------------------------


def problem_line(problem: str | CsvProblem, path: Path | str) -> str:
    """One problem as the error list shows it: its line and what is wrong, without the path the
    heading already names ("Line 3, end: the meeting ends 2030-11-04 before it starts ...")."""
    path = str(path)
    if isinstance(problem, CsvProblem):
        where = fill(_tr("Line %1"), str(problem.line)) if problem.line else ""
        if problem.file and problem.file != path:
            file = isolate(problem.file)
            where = fill(_tr("%1, line %2"), file, str(problem.line)) if problem.line else file
        if problem.column:  # the CSV column's name, as the file writes it
            column = isolate(problem.column)
            where = fill(_tr("%1, %2"), where, column) if where else column
        return fill(_tr("%1: %2"), where, problem.problem) if where else problem.problem
    text = str(problem)
    if text.startswith(path + ":"):
        rest = text[len(path) + 1 :]
        number, sep, tail = rest.partition(":")
        if sep and number.isdigit():
            return fill(_tr("Line %1"), number) + ":" + tail
        return rest.lstrip()
    return text


# The parts of a problem's line; lupdate finds them here, problem_line translates them.
_PARTS = (
    QT_TRANSLATE_NOOP("ImportErrorsDialog", "Line %1"),
    QT_TRANSLATE_NOOP("ImportErrorsDialog", "%1, line %2"),
    QT_TRANSLATE_NOOP("ImportErrorsDialog", "%1, %2"),
    QT_TRANSLATE_NOOP("ImportErrorsDialog", "%1: %2"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportErrorsDialog", text)


class ImportErrorsDialog(QDialog):
    """Why a file was not imported: the file named once, then its problems one per line."""

    def __init__(
        self,
        path: Path | str,
        problems: Sequence[str | CsvProblem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        path = Path(path)
        self.setWindowTitle(self.tr("Nothing was imported"))
        self.setSizeGripEnabled(True)
        self.resize(820, 460)
        self.lines = [problem_line(p, path) for p in problems]
        n = len(self.lines)
        heading = (
            self.tr(
                "%1 was not imported: 1 problem to correct. Nothing in the plan was changed; "
                "correct the file and import it again."
            )
            if n == 1
            else self.tr(
                "%1 was not imported: %2 problems to correct. Nothing in the plan was changed; "
                "correct the file and import it again."
            )
        )
        self.heading = plain_label(
            QLabel(self), heading.replace("%2", str(n)).replace("%1", path.name)
        )
        self.heading.setWordWrap(True)
        self.where = plain_label(QLabel(self), str(path))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setAccessibleName(self.tr("File"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems in the file"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.addItems(self.lines)
        for i, line in enumerate(self.lines):
            self.list.item(i).setToolTip(plain_tooltip(line))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy to clipboard"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.where, self.list, buttons):
            layout.addWidget(widget)

    def text(self) -> str:
        """What Copy puts on the clipboard: the heading, the file, and each problem."""
        return "\n".join([self.heading.text(), str(self.where.text()), "", *self.lines])

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def show_import_errors(
    parent: QWidget | None, path: Path | str, problems: Sequence[str | CsvProblem]
) -> None:
    """Say why ``path`` was not imported, every problem listed (modal)."""
    ImportErrorsDialog(path, problems, parent).exec()
