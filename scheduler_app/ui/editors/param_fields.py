"""One input per rule parameter, of the kind its declaration gives (:class:`~scheduler_app.rules.
params.Param`): numbers in spin boxes within their range, a choice of meeting kinds as check
boxes, texts one a line. A field hands back what the planner entered, unvalidated: the policy
service validates it exactly as ``scheduler-app policy --set`` does, and says why it refuses."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from scheduler_app.rules.param_words import param_help, param_label
from scheduler_app.rules.params import YEAR_RANGE, Param
from scheduler_app.ui.plain import plain_tooltip


class ParamField:
    """The input of one parameter: :attr:`widget` to lay out, :meth:`set` and :meth:`value`."""

    def __init__(self, param: Param, parent: QWidget) -> None:
        self.param = param
        self.widget = self._make(param, parent)
        # the planner reads the label and help in the language; the key stays the JSON's
        self.widget.setAccessibleName(param_label(param))
        self.widget.setAccessibleDescription(param_help(param))
        self.widget.setToolTip(plain_tooltip(param_help(param)))

    @staticmethod
    def _make(p: Param, parent: QWidget) -> QWidget:
        if p.type is int:
            spin = QSpinBox(parent)
            spin.setRange(int(p.minimum or 0), int(p.maximum if p.maximum is not None else 3650))
            return spin
        if p.type is float:
            double = QDoubleSpinBox(parent)
            double.setDecimals(2)
            double.setSingleStep(0.05)
            double.setRange(p.minimum or 0.0, p.maximum if p.maximum is not None else 10.0)
            return double
        if p.type is bool:
            return QCheckBox(parent)
        if p.type is str and p.choices:
            combo = QComboBox(parent)
            combo.addItems(sorted(p.choices))
            return combo
        if p.type is list and p.choices:
            choices = QListWidget(parent)
            for choice in sorted(p.choices):
                item = QListWidgetItem(choice, choices)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            choices.setMaximumHeight(110)
            return choices
        if p.type in (list, dict):
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setMaximumHeight(70 if p.type is list else 140)
            text.setPlaceholderText(parent.tr("one a line") if p.type is list else "JSON")
            return text
        line = QLineEdit(parent)
        if p.type is YEAR_RANGE:
            line.setPlaceholderText(
                "2022-2030" + (parent.tr(", or empty for all years") if p.optional else "")
            )
        elif p.type is dt.date:
            today = parent.tr(", or empty for today") if p.optional else ""
            line.setPlaceholderText(parent.tr("YYYY-MM-DD") + today)
        return line

    def set(self, value: Any) -> None:
        w, p = self.widget, self.param
        if isinstance(w, QSpinBox):
            w.setValue(int(value))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentText(str(value))
        elif isinstance(w, QListWidget):
            chosen = set(value or [])
            for i in range(w.count()):
                item = w.item(i)
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(
                "\n".join(value)
                if p.type is list
                else json.dumps(value, indent=1, ensure_ascii=False)
            )
        elif isinstance(w, QLineEdit):
            if value is None:
                w.setText("")
            elif p.type is YEAR_RANGE:
                w.setText(f"{value[0]}-{value[1]}")
            else:
                w.setText(str(value))

    def value(self) -> Any:
        """What the planner entered, as the policy stores it when it is valid (text that cannot
        be read as the wanted kind is handed on as it is, for the validation to name)."""
        w, p = self.widget, self.param
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QDoubleSpinBox):
            return w.value()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentText()
        if isinstance(w, QListWidget):
            checked = Qt.CheckState.Checked
            chosen = {
                w.item(i).text() for i in range(w.count()) if w.item(i).checkState() == checked
            }
            return [c for c in _ordered(p) if c in chosen]
        if isinstance(w, QPlainTextEdit):
            text = w.toPlainText()
            if p.type is list:
                return [line.strip() for line in text.splitlines() if line.strip()]
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                return text
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if not text and p.optional:
            return None
        if p.type is YEAR_RANGE:
            first, _, last = text.partition("-")
            if first.strip().isdigit() and last.strip().isdigit():
                return [int(first), int(last)]
            return text
        if p.type is str:
            return w.text()
        return text


def _ordered(p: Param) -> list[str]:
    """The choices in the order the default lists them, then the rest alphabetically: a
    planner's ticks keep the order the rule was written with."""
    default = [c for c in (p.default or []) if c in (p.choices or ())]
    return default + sorted(set(p.choices or ()) - set(default))
