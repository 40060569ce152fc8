"""The findings panel: what the rules say about the calendar, grouped by severity."""

from __future__ import annotations

import html
from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.i18n import language
from scheduler_app.rules import REGISTRY, Finding, Policy, Severity
from scheduler_app.rules.wording import rule_title, severity_name
from scheduler_app.ui.plain import plain_tooltip
from scheduler_app.ui.rule_text import rule_html, waived_text
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
GROUPS = (Severity.ERROR, Severity.WARNING, Severity.INFO)
GROUP_NAMES = {
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingsModel", "Errors"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingsModel", "Warnings"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsModel", "Information"),
}
GROUP_COLOURS = {Severity.ERROR: "#c62828", Severity.WARNING: "#ef6c00", Severity.INFO: "#1565c0"}
COLUMNS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Rule"),
    QT_TRANSLATE_NOOP("FindingsModel", "Meetings"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
)
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class FindingsModel(QAbstractItemModel):
    """Read-only tree: one row per severity, the findings of that severity beneath it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: dict[Severity, list[Finding]] = {s: [] for s in GROUPS}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._groups = {s: [f for f in findings if f.severity is s] for s in GROUPS}
        self.endResetModel()

    def finding(self, index: _Index) -> Finding | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[GROUPS[index.internalId() - 1]][index.row()]

    def group_index(self, severity: Severity) -> QModelIndex:
        return self.index(GROUPS.index(severity), 0)

    # --- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[GROUPS[parent.row()]])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(GROUPS[index.row()], index.column(), role)
        f = self.finding(index)
        assert f is not None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f.rule_id
            if column == 1:
                return ", ".join(f.meeting_codes)
            return (self.tr("[waived] ") if f.waived else "") + f.message
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{f.message}\n{f.citation}"
            if f.waived:
                tip += "\n" + waived_text(f.waiver_reason)  # in the findings catalogue
            return plain_tooltip(tip)
        if role == Qt.ItemDataRole.ForegroundRole and f.waived:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and f.waived:
            return self._italic
        if role == FINDING_ROLE:
            return f
        return None

    def _group_data(self, severity: Severity, column: int, role: int) -> Any:
        if column != 0:
            return None
        findings = self._groups[severity]
        if role == Qt.ItemDataRole.DisplayRole:
            open_ = sum(1 for f in findings if not f.waived)
            waived = len(findings) - open_
            extra = self.tr(", %1 waived").replace("%1", str(waived)) if waived else ""
            return f"{self.tr(GROUP_NAMES[severity])} ({open_}{extra})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(GROUP_COLOURS[severity])
        return None


class FindingsPanel(QWidget):
    """The findings tree, the selected rule's details, and the waiver buttons."""

    finding_selected = Signal(object)
    """Emitted with the selected Finding (or None) when the selection changes."""
    waive_requested = Signal(object)
    """Emitted with a Finding when the planner asks to waive it."""
    unwaive_requested = Signal(object)
    """Emitted with a waived Finding when the planner asks to take the waiver back."""
    buttons_enabled = Signal(bool, bool)
    """Whether the selected finding can be waived, and whether its waiver can be removed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.policy = Policy()
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Findings by severity"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, 230)
        header.resizeSection(1, 200)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("The selected finding and its rule"))
        self.details.setOpenExternalLinks(False)
        self.waive_button = QPushButton(self.tr("&Waive…"), self)
        self.unwaive_button = QPushButton(self.tr("&Remove waiver"), self)
        self.waive_button.setEnabled(False)
        self.unwaive_button.setEnabled(False)
        self.waive_button.clicked.connect(self._on_waive_clicked)
        self.unwaive_button.clicked.connect(self._on_unwaive_clicked)
        self.read_only = False  # a read-only database: no waiver can be written
        self.checking = False  # a full check is running: the findings shown are not final
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.unwaive_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_findings(self, findings: Sequence[Finding], policy: Policy) -> None:
        """Show new findings, keeping the selection on the same finding when it still exists."""
        current = self.current_finding()
        self.policy = policy
        self.model.set_findings(findings)
        for severity in GROUPS:
            if severity is not Severity.INFO:
                self.tree.expand(self.model.group_index(severity))
        if current is not None:
            self.select(current.key)
        else:
            self.details.setHtml(self._intro())

    def set_checking(self, checking: bool) -> None:
        """Say that the calendar is being checked (the findings shown may change), or that the
        check is over."""
        self.checking = checking
        if self.current_finding() is None:
            self.details.setHtml(self._intro())

    def set_read_only(self, read_only: bool) -> None:
        """Offer waiving (and taking a waiver back) only where it can be written."""
        self.read_only = read_only
        self._enable_buttons(self.current_finding())

    def _enable_buttons(self, f: Finding | None) -> None:
        writable = not self.read_only
        self.waive_button.setEnabled(
            # a finding naming no meeting is waived by its subject, the year
            writable and f is not None and not f.waived and bool(f.meeting_ids or f.subject)
        )
        self.unwaive_button.setEnabled(writable and f is not None and f.waived)
        self.buttons_enabled.emit(self.waive_button.isEnabled(), self.unwaive_button.isEnabled())

    def current_finding(self) -> Finding | None:
        return self.model.finding(self.tree.currentIndex())

    def select(self, key: Hashable) -> bool:
        """Select the finding whose :attr:`Finding.key` is ``key``; False if it is not shown."""
        for g in range(len(GROUPS)):
            parent = self.model.index(g, 0)
            for row in range(self.model.rowCount(parent)):
                f = self.model.finding(self.model.index(row, 0, parent))
                if f is not None and f.key == key:
                    self.tree.expand(parent)
                    self.tree.setCurrentIndex(self.model.index(row, 0, parent))
                    return True
        return False

    def _intro(self) -> str:
        if self.checking:
            text = self.tr("Checking the calendar against the rules…")
        else:
            text = self.tr("Select a finding to see its rule, its source and its meetings.")
        return f"<p><i>{html.escape(text)}</i></p>"

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        f = self.model.finding(current)
        self._enable_buttons(f)
        self.details.setHtml(finding_html(f, self.policy) if f is not None else self._intro())
        self.finding_selected.emit(f)

    @Slot()
    def _on_waive_clicked(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.waive_requested.emit(f)

    @Slot()
    def _on_unwaive_clicked(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.unwaive_requested.emit(f)


def finding_html(f: Finding, policy: Policy) -> str:
    """A finding with its rule's title, quote, source, rationale and current parameters, escaped."""
    e = html.escape
    spec = REGISTRY[f.rule_id]
    colour = GROUP_COLOURS[f.severity]
    english = language() == "en"  # "ERROR", "INFO" as before; other languages name it
    severity = f.severity.value.upper() if english else severity_name(f.severity.value)
    parts = [
        f"<p><b style='color:{colour}'>{e(severity)}</b> "
        f"<b>{e(f.rule_id)}</b> — {e(rule_title(spec))}</p>",
        f"<p>{e(f.message)}</p>",
    ]
    if f.waived:
        parts.append(f"<p><i>{e(waived_text(f.waiver_reason))}</i></p>")
    parts.append(rule_html(spec, policy))  # the rule as Help > Rules shows it
    return "".join(parts)
