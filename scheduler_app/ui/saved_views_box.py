"""The "Saved views" box of the filter panel: choose a named view to apply it, save the
filters now set under a name, rename or delete the view shown.

The box knows filters only as the panel's :meth:`~FilterPanel.state` data; it reads them and
sets them through the two callables it is given, and keeps them in :class:`SavedViews`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.ui import plain
from scheduler_app.ui.saved_views import SavedViews, ViewNameError

# What makes two states the same view; the overlays are saved with a view and set with it,
# but turning one off does not make the filters another view.
COMPARED = ("text", "kinds", "sectors", "statuses", "bodies")


class SavedViewsBox(QGroupBox):
    """Named views over ``views``; ``state`` reads the filters now set and ``restore`` sets
    saved ones (the panel's :meth:`state` and :meth:`restore`)."""

    def __init__(
        self,
        views: SavedViews,
        state: Callable[[], dict[str, Any]],
        restore: Callable[[Mapping[str, Any]], None],
        parent: QWidget | None = None,
    ) -> None:
        # Alt+W moves into the box (a group box's mnemonic focuses its first child): no label
        # beside the list, which would widen the panel past the ~230 px its dock gets.
        super().__init__(self.tr("Saved vie&ws"), parent)
        self.views = views
        self._state, self._restore = state, restore
        self._shown: str | None = None  # the view whose filters are set, if they still are
        self.views_box = QComboBox(self)
        self.views_box.setAccessibleName(self.tr("Saved views"))
        self.views_box.setToolTip(self.tr("Filters saved under a name; choose one to apply it"))
        self.views_box.setMinimumContentsLength(12)
        self.views_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.views_box.activated.connect(self._on_view_chosen)
        self.save_button = _button(self.tr("Save &As…"), self)
        self.save_button.setToolTip(self.tr("Save the filters now set under a name"))
        self.save_button.clicked.connect(self._on_save_requested)
        # Rename and Delete sit in a menu: three buttons side by side (80 px each in most
        # styles) would widen the panel too.
        menu = QMenu(self)
        self.rename_action = menu.addAction(self.tr("Re&name View…"))
        self.rename_action.triggered.connect(self._on_rename_requested)
        self.delete_action = menu.addAction(self.tr("&Delete View"))
        self.delete_action.triggered.connect(self._on_delete_requested)
        self.manage_button = _button(self.tr("&Manage"), self, menu=True)
        self.manage_button.setToolTip(self.tr("Rename or delete the view shown"))
        self.manage_button.setMenu(menu)
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 1)
        buttons.addWidget(self.manage_button, 1)
        column = QVBoxLayout(self)
        column.addWidget(self.views_box)
        column.addLayout(buttons)
        self.refresh()

    # --- what the buttons do, without the questions ----------------------------------------------

    def shown(self) -> str | None:
        """The name of the view whose filters are set, None once they are changed."""
        return self._shown

    def save_view(self, name: str) -> str:
        """Save the filters and overlays now set as the view ``name`` (replacing one of that
        name); returns the name as kept. Raises ViewNameError for an empty name."""
        name = self.views.save(name, self._state())
        self.refresh(name)
        return name

    def apply_view(self, name: str) -> bool:
        """Set the filters saved as ``name``; False if there is no such view."""
        filters = self.views.get(name)
        if filters is None:
            self.refresh()
            return False
        self._shown = name  # before the filters change, so the change does not drop it
        self._restore(filters)
        self.refresh(name)
        return True

    def rename_view(self, old: str, new: str) -> str:
        """Rename a view; raises ViewNameError if ``new`` is empty or another view's name."""
        new = self.views.rename(old, new)
        self.refresh(new if self._shown == old else self._shown)
        return new

    def delete_view(self, name: str) -> None:
        self.views.delete(name)
        self.refresh(None if self._shown == name else self._shown)

    def refresh(self, shown: str | None = None) -> None:
        """List the views kept now, showing ``shown`` if it is one of them."""
        names = self.views.names()
        self._shown = shown if shown in names else None
        self.views_box.blockSignals(True)
        self.views_box.clear()
        self.views_box.addItems(names)  # item text is always plain text
        self.views_box.setCurrentIndex(names.index(shown) if shown in names else -1)
        self.views_box.blockSignals(False)
        self.views_box.setEnabled(bool(names))
        self.views_box.setPlaceholderText(
            self.tr("Choose a view…") if names else self.tr("No saved views yet")
        )
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(self._shown is not None)
        self.manage_button.setEnabled(self._shown is not None)

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def on_filters_changed(self) -> None:
        """The name stays up while the filters are the view's; changing them leaves it."""
        if self._shown is None:
            return
        saved = self.views.get(self._shown) or {}
        now = self._state()
        if any(now.get(k) != saved.get(k, [] if k != "text" else "") for k in COMPARED):
            self.refresh(None)

    @Slot(int)
    def _on_view_chosen(self, index: int) -> None:
        if index >= 0:
            self.apply_view(self.views_box.itemText(index))

    @Slot()
    def _on_save_requested(self) -> None:
        title = self.tr("Save View")
        name = self._ask_name(title, self.tr("Save the filters now set as:"), self._shown or "")
        if not name:
            return
        folded = name.casefold()
        existing = next((n for n in self.views.names() if n.casefold() == folded), None)
        question = self.tr("Replace the saved view “%1” with the filters now set?")
        if existing is None or plain.ask(self, title, question.replace("%1", existing)):
            self.save_view(name)

    @Slot()
    def _on_rename_requested(self) -> None:
        old = self._shown
        if old is None:
            return
        title = self.tr("Rename View")
        new = self._ask_name(title, self.tr("New name for “%1”:").replace("%1", old), old)
        if not new or new == old:
            return
        try:
            self.rename_view(old, new)
        except ViewNameError as e:
            plain.warn(self, title, str(e) + " " + self.tr("Choose another name."))

    @Slot()
    def _on_delete_requested(self) -> None:
        name = self._shown
        if name is None:
            return
        question = self.tr("Delete the saved view “%1”? The meetings it shows are not affected.")
        if plain.ask(self, self.tr("Delete View"), question.replace("%1", name)):
            self.delete_view(name)

    def _ask_name(self, title: str, label: str, text: str) -> str:
        """A view's name typed by the planner, "" if cancelled; the label (which may quote a
        name) is shown as plain text."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        for child in dialog.findChildren(QLabel):
            plain.plain_label(child)
        return dialog.textValue().strip() if dialog.exec() else ""


class _MenuButton(QToolButton):
    """A tool button whose menu's arrow, drawn in its corner, has room beside the centred text
    (QToolButton's size hint leaves none: a long word such as "Управление" ran under it)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + indicator, hint.height())


def _button(text: str, parent: QWidget, *, menu: bool = False) -> QToolButton:
    button = _MenuButton(parent) if menu else QToolButton(parent)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


__all__ = ["SavedViewsBox"]
