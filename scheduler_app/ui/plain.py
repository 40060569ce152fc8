"""User text on screen, never as markup.

Qt guesses whether a tooltip, a message box or a label holds rich text (``Qt::mightBeRichText``):
a meeting titled ``<img src="/dev/zero">`` would make it read that file. Every surface that
shows a title, a code, a note, a finding or a file name goes through this module: message boxes
and labels are set to plain text, and tooltips (which cannot be) are escaped into a rich text
that shows the words as they are.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally, line breaks and spaces kept ("" for none)."""
    if not text:
        return ""
    return f"<p style='white-space:pre'>{html.escape(text)}</p>"


def plain_label(label: QLabel, text: str = "") -> QLabel:
    """Make ``label`` show its text as plain text from now on, and set ``text`` if given."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text:
        label.setText(text)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """Show a modal message with ``text`` as plain text; returns the button pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Something the planner asked for was not done, and why."""
    message_box(parent, Icon.Warning, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Something failed (a file that cannot be read or written, a database that cannot open)."""
    message_box(parent, Icon.Critical, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-no question; True for yes."""
    answer = message_box(parent, Icon.Question, title, text, Button.Yes | Button.No, Button.Yes)
    return answer == Button.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> tuple[str, bool]:
    """One line of text, with ``label`` (which may quote a finding) shown as plain text;
    returns the text and whether the planner pressed OK."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        plain_label(child)
    ok = bool(dialog.exec())
    return dialog.textValue(), ok
