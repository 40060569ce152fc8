"""What a screen reader would announce for each control of a window or dialog.

A control is named by ``accessibleName()``, by its own text (buttons, check boxes), or by a
label whose buddy it is (``QLabel.setBuddy``, which ``QFormLayout.addRow("Text:", widget)`` sets).
:func:`unnamed` lists the focusable controls that have none of these, by class and object name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

# Parts of a composite control that take the focus for it (a combo box's line edit, a spin box's
# editor, a scroll area's viewport); the control itself is what a screen reader names.
_INNER = {"qt_spinbox_lineedit", "qt_scrollarea_viewport", "qt_calendar_calendarview"}


def _named_by_label(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def unnamed(root: QWidget) -> list[str]:
    """Focusable, visible controls under ``root`` that a screen reader could not name."""
    buddies = _named_by_label(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.objectName() in _INNER or _inside_named(widget, root, buddies):
            continue
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip("&"):
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i) for i in range(widget.count())):
            continue  # read out tab by tab (the docks' titles)
        missing.append(f"{type(widget).__name__}({widget.objectName() or '?'})")
    return missing


def _inside_named(widget: QWidget, root: QWidget, buddies: set[int]) -> bool:
    """Whether ``widget`` is the inner editor of a named composite (combo box, spin box)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.focusProxy() is widget or type(parent).__name__ in {
            "QComboBox",
            "QSpinBox",
            "QDateEdit",
            "QTimeEdit",
            "QDateTimeEdit",
            "QDoubleSpinBox",
        }:
            return bool(parent.accessibleName()) or id(parent) in buddies
        parent = parent.parentWidget()
    return False
