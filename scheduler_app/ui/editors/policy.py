"""The rule policy: every rule of the catalogue with its severity and whether it runs, and the
selected rule's parameters as typed fields. Apply writes what changed as one edit; Reset puts
the rule back to the catalogue's defaults. Values are validated as the command line validates
them, and a refused one is named with the reason before anything is written."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.rules import Policy, RuleSpec, Severity, catalogue
from scheduler_app.rules.param_words import field_label
from scheduler_app.rules.wording import rule_title
from scheduler_app.services import settings_edits
from scheduler_app.services.checking import PolicyError, validate_policy_value
from scheduler_app.storage.checking import load_policy
from scheduler_app.ui.editors.base import SettingsDialog, cell, fill, table
from scheduler_app.ui.editors.param_fields import ParamField
from scheduler_app.ui.plain import plain_label
from scheduler_app.ui.session import Session


class PolicyDialog(SettingsDialog):
    """The rule catalogue (id, title, severity, enabled) and the selected rule's settings."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Rule Policy"))
        self._rules: list[RuleSpec] = catalogue()
        self._listed: list[RuleSpec] = []  # the rules the table shows, in its order
        self._policy = Policy()
        self._unusable: dict[str, dict[str, Any]] = {}
        self._shown: dict[str, settings_edits.PolicyRow] = {}
        self._fields: list[ParamField] = []

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a rule by id or title"))
        self.search.setAccessibleName(self.tr("Find a rule"))
        self.search.setClearButtonEnabled(True)
        self.rule_table = table(
            self,
            [self.tr("Rule"), self.tr("Severity"), self.tr("Runs"), self.tr("Title")],
            self.tr("Rules"),
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.rule_table, 1)

        self.heading = plain_label(QLabel(self))
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Selected rule"))
        self.severity = QComboBox(self)
        for s in Severity:
            self.severity.addItem(self._severity_name(s), s.value)
        self.severity.setAccessibleName(self.tr("Severity of the rule's findings"))
        self.enabled = QCheckBox(self.tr("The rule runs"), self)
        self.enabled.setAccessibleName(self.tr("The rule runs"))
        fixed = QFormLayout()
        fixed.addRow(self.tr("Se&verity:"), self.severity)
        fixed.addRow("", self.enabled)
        self.form = QFormLayout()  # the selected rule's parameters, rebuilt for each rule
        self.form.setFormAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form_host = QWidget(self)
        form_host.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setAccessibleName(self.tr("Settings of the selected rule"))
        self.changed = plain_label(QLabel(self))
        self.changed.setWordWrap(True)
        self.changed.setAccessibleName(self.tr("Settings changed from the defaults"))
        self.apply = QPushButton(self.tr("&Apply"), self)
        self.reset = QPushButton(self.tr("&Reset to Defaults"), self)
        self.apply.setAccessibleName(self.tr("Apply the settings"))
        self.reset.setAccessibleName(self.tr("Reset the rule to its defaults"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply)
        buttons.addWidget(self.reset)
        buttons.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(fixed)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.changed)
        right_layout.addLayout(buttons)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.search.textChanged.connect(self._on_find_changed)
        self.rule_table.itemSelectionChanged.connect(self._on_rule_selected)
        self.apply.clicked.connect(self._on_apply)
        self.reset.clicked.connect(self._on_reset)
        self.resize(1040, 600)
        self.refresh()
        if self.rule_table.rowCount():
            self.rule_table.selectRow(0)

    # --- reading --------------------------------------------------------------------------------

    def current_rule(self) -> RuleSpec | None:
        rows = self.rule_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._listed[rows[0].row()]

    def select_rule(self, rule_id: str) -> None:
        for row, rule in enumerate(self._listed):
            if rule.id == rule_id:
                self.rule_table.selectRow(row)
                return

    def refresh(self) -> None:
        current = self.current_rule()
        self._policy, self._unusable = _usable(load_policy(self.session.db))
        needle = self.search.text().strip().casefold()
        self._listed = shown = [  # by id, or by title in the language or in English
            r for r in self._rules if needle in f"{r.id} {rule_title(r)} {r.title}".casefold()
        ]
        on, off = self.tr("yes"), self.tr("no")
        fill(
            self.rule_table,
            [
                [
                    cell(r.id),
                    cell(self._severity_text(r)),
                    cell(on if self._policy.enabled(r) else off),
                    cell(rule_title(r), r.citation),
                ]
                for r in shown
            ],
            next((i for i, r in enumerate(shown) if current and r.id == current.id), -1),
        )
        self._show_rule()

    def _show_rule(self) -> None:
        rule = self.current_rule()
        while self.form.rowCount():
            self.form.removeRow(0)  # deletes the old fields' widgets
        self._fields = []
        self._shown = settings_edits.policy_rows(self.session.db, rule.id) if rule else {}
        writable = self.writable() and rule is not None
        for widget in (self.apply, self.severity, self.enabled):
            widget.setEnabled(writable)
        self.reset.setEnabled(writable and bool(self._shown))
        if rule is None:
            self.heading.setText(self.tr("Select a rule to see its settings."))
            self.changed.setText("")
            return
        # the citation stays as ITU wrote it: the document's name and address
        self.heading.setText(f"{rule.id}: {rule_title(rule)}\n{rule.citation}")
        self.severity.setCurrentIndex(self.severity.findData(self._policy.severity(rule).value))
        self.enabled.setChecked(self._policy.enabled(rule))
        for param in rule.parameters:
            field = ParamField(param, self)
            field.set(self._policy.param(rule, param.name))
            label = plain_label(QLabel(field_label(param), self))
            label.setBuddy(field.widget)
            label.setToolTip(field.widget.toolTip())
            self.form.addRow(label, field.widget)
            self._fields.append(field)
        stored = ", ".join(sorted(self._shown))
        text = (
            self.tr("Changed from the catalogue: %1").replace("%1", stored)
            if stored
            else self.tr("Every setting is the catalogue's default.")
        )
        bad = self._unusable.get(rule.id, {})
        if bad:  # shown with the catalogue's value in its field until it is reset
            named = ", ".join(f"{name} ({value!r})" for name, value in sorted(bad.items()))
            text += "\n" + self.tr(
                "A stored setting cannot be used: %1. Reset to Defaults removes it."
            ).replace("%1", named)
        self.changed.setText(text)

    def _severity_text(self, rule: RuleSpec) -> str:
        bad = self._unusable.get(rule.id, {})
        if "severity" in bad:
            return self.tr("%1 (cannot be used)").replace("%1", str(bad["severity"]))
        return self._severity_name(self._policy.severity(rule))

    def _severity_name(self, severity: Severity) -> str:
        """The severity as the planner reads it; the stored value stays the slug."""
        names = {
            Severity.ERROR: self.tr("error"),
            Severity.WARNING: self.tr("warning"),
            Severity.INFO: self.tr("info"),
        }
        return names.get(severity, severity.value)

    @Slot(str)
    def _on_find_changed(self, _text: str) -> None:
        self.refresh()

    @Slot()
    def _on_rule_selected(self) -> None:
        self.refuse("")
        self._show_rule()

    # --- writing --------------------------------------------------------------------------------

    def entered(self) -> dict[str, Any]:
        """The settings whose entered value differs from the one in force."""
        rule = self.current_rule()
        if rule is None:
            return {}
        values: dict[str, Any] = {}
        severity = str(self.severity.currentData())
        if severity != self._policy.severity(rule).value:
            values["severity"] = severity
        if self.enabled.isChecked() != self._policy.enabled(rule):
            values["enabled"] = self.enabled.isChecked()
        for field in self._fields:
            value = field.value()
            if json.dumps(value) != json.dumps(self._policy.param(rule, field.param.name)):
                values[field.param.name] = value
        return values

    @Slot()
    def _on_apply(self) -> None:
        rule = self.current_rule()
        values = self.entered()
        if rule is None or not values:
            self.refuse(self.tr("nothing was changed in the fields") if rule else "")
            return
        for name, value in values.items():  # refused here, with its reason, before any write
            try:
                values[name] = validate_policy_value(rule.id, name, value)
            except PolicyError as exc:
                self.refuse(str(exc))
                return
        shown, db = dict(self._shown), self.session.db
        self.run_edit(lambda: settings_edits.set_policy(db, rule.id, values, shown=shown))

    @Slot()
    def _on_reset(self) -> None:
        rule = self.current_rule()
        if rule is not None and self._shown:
            shown, db = dict(self._shown), self.session.db
            self.run_edit(lambda: settings_edits.reset_policy(db, rule.id, shown=shown))


def _usable(policy: Policy) -> tuple[Policy, dict[str, dict[str, Any]]]:
    """The stored policy without the settings the rules cannot use (an old or hand-edited
    database's "loud" severity), and those settings by rule, to be shown and reset."""
    usable = policy.overrides()
    unusable: dict[str, dict[str, Any]] = {}
    for rule_id, values in usable.items():
        for name, value in list(values.items()):
            try:
                validate_policy_value(rule_id, name, value)
            except PolicyError:
                unusable.setdefault(rule_id, {})[name] = values.pop(name)
    return Policy(usable, as_of=policy.as_of), unusable
