"""Edit > Settings…: the planner's own preferences, kept in its Qt settings (not in the
calendar's database, so no undo step): for now the language of the window.

The language offered first is the one the next start will use (the saved choice, else the
system's when it is one of the six, else English, as ``i18n.choose_language`` decides); the
choice is kept under the same key as View > Language and takes effect at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.ui.i18n import LANGUAGES, NATIVE_NAMES, SETTINGS_KEY, choose_language
from scheduler_app.ui.plain import plain_label


class PreferencesDialog(QDialog):
    """The settings of the planner on this computer; OK keeps them, Cancel leaves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        for lang in LANGUAGES:  # each language by its own name, as View > Language lists them
            self.language.addItem(NATIVE_NAMES[lang], lang)
        self._starting = choose_language(None)
        self.language.setCurrentIndex(LANGUAGES.index(self._starting))
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language)
        self.note = plain_label(
            QLabel(self), self.tr("Takes effect the next time the planner starts.")
        )
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(label, self.language)
        form.addRow("", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    @Slot()
    def accept(self) -> None:
        # kept only when changed: an OK that changed nothing does not pin the system's language
        if self.chosen_language() != self._starting:
            QSettings().setValue(SETTINGS_KEY, self.chosen_language())
        super().accept()


def open_preferences(parent: QWidget) -> PreferencesDialog:
    """Show the settings, window-modal over ``parent``."""
    dialog = PreferencesDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["PreferencesDialog", "open_preferences"]
