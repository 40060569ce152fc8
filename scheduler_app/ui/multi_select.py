"""A drop-down list of check boxes: "All kinds", "Study group", "3 kinds".

It is a :class:`QComboBox` over a :class:`QStandardItemModel` whose first row ("All kinds")
clears the choice and whose other rows are checkable, so the box keeps a combo box's keys and
accessibility, and the code that drives it as a single-choice box (``setCurrentIndex``,
``findData``, ``currentData``) keeps working: choosing one row that way checks that row alone.

In the open list a click or Space toggles a row and leaves the list open; Enter or Escape
closes it; the first row clears every check and closes it. On the closed box the arrow keys
step through the rows one at a time, as in any combo box.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from scheduler_app.ui.plain import plain_tooltip

VALUE = Qt.ItemDataRole.UserRole
LIST_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MultiSelectBox(QComboBox):
    """Several values out of a list; emits :attr:`selection_changed` once per change.

    ``all_text`` names the empty choice ("All kinds"), ``several`` the count of a larger one
    ("%n kinds", with ``%n`` replaced by the number)."""

    selection_changed = Signal()
    """The set of checked values changed (by the planner or by :meth:`set_values`)."""

    def __init__(
        self, all_text: str, several: str, accessible_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._all_text = all_text
        self._several = several
        self._quiet = False  # the box is changing its own rows or current row: do not react
        self._pressed_in_list = False
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setAccessibleName(accessible_name)
        self._append_all_row()
        self._model.itemChanged.connect(self._on_item_changed)
        self.currentIndexChanged.connect(self._on_current_index_changed)
        # Installed after the combo box's own popup filter, so this one sees the events first.
        self.view().installEventFilter(self)
        self.view().viewport().installEventFilter(self)

    # --- items -----------------------------------------------------------------------------------

    def set_items(self, items: Iterable[tuple[str, str]]) -> bool:
        """Offer these ``(text, value)`` rows, keeping the checks of values still offered;
        True when a checked value is no longer offered (and so no longer chosen)."""
        before = self.values()
        kept = set(before)
        self._quiet = True  # clearing moves the current row: not a choice to follow
        try:
            self._model.clear()
            self._append_all_row()
            for text, value in items:
                item = QStandardItem(text)
                item.setData(value, VALUE)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if value in kept else Qt.CheckState.Unchecked
                )
                self._model.appendRow(item)
        finally:
            self._quiet = False
        # The open list as wide as its longest row, so no kind is cut to "World Tele…Assembly"
        # (measured here: the view's own hint counts only rows on screen, none before it opens)
        view = self.view()
        metrics = view.fontMetrics()
        widest = max((metrics.horizontalAdvance(item.text()) for item in self._rows()), default=0)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        scroll = view.verticalScrollBar().sizeHint().width()
        slack = 4 * metrics.averageCharWidth()  # the item's margins around text and check box
        view.setMinimumWidth(widest + indicator + scroll + slack + 2 * view.frameWidth())
        self._follow_checks()
        after = self.values()
        if after != before:
            self.selection_changed.emit()
        return len(after) < len(before)

    def _append_all_row(self) -> None:
        item = QStandardItem(self._all_text)
        item.setData(None, VALUE)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self._model.appendRow(item)

    def _rows(self) -> Iterable[QStandardItem]:
        for row in range(1, self._model.rowCount()):
            item = self._model.item(row)
            if item is not None:
                yield item

    # --- reading ---------------------------------------------------------------------------------

    def values(self) -> list[str]:
        """The checked values, in the list's order."""
        return [str(item.data(VALUE)) for item in self._rows() if _checked(item)]

    def texts(self) -> list[str]:
        """What the checked rows say, in the list's order."""
        return [item.text() for item in self._rows() if _checked(item)]

    def offered(self) -> list[str]:
        """Every value the list offers, in its order."""
        return [str(item.data(VALUE)) for item in self._rows()]

    def summary(self, width: int | None = None) -> str:
        """The choice in a few words: "All kinds", "Study group", "ITU-D, ITU-T" when that fits
        in ``width`` pixels, else "3 kinds"."""
        texts = self.texts()
        if not texts:
            return self._all_text
        if len(texts) == 1:
            return texts[0]
        joined = ", ".join(texts)
        if width is not None and self.fontMetrics().horizontalAdvance(joined) <= width:
            return joined
        return self._several.replace("%n", str(len(texts)))

    # --- writing ---------------------------------------------------------------------------------

    def set_values(self, values: Iterable[str]) -> None:
        """Check exactly these values (those not offered are ignored); one signal if it changed."""
        wanted = set(values)
        before = self.values()
        self._quiet = True  # one signal for the lot, not one per row
        try:
            for item in self._rows():
                checked = item.data(VALUE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._quiet = False
        self._follow_checks()
        if self.values() != before:
            self.selection_changed.emit()

    def clear_values(self) -> None:
        self.set_values(())

    def toggle_row(self, row: int) -> None:
        """What a click or Space does to a row of the list: the first clears, others toggle."""
        if row == 0:
            self.clear_values()
            return
        item = self._model.item(row)
        if item is not None and item.isCheckable():
            item.setCheckState(Qt.CheckState.Unchecked if _checked(item) else Qt.CheckState.Checked)

    def setCurrentIndex(self, index: int) -> None:
        """Choose that row alone, as a single-choice combo box would (0: none)."""
        row = self._model.item(index) if index > 0 else None
        self.set_values([str(row.data(VALUE))] if row is not None else [])

    # --- keeping the combo box's current row and the checks in step ---------------------------

    def _follow_checks(self) -> None:
        """The combo box's current row is the first checked one (0 when none), so that
        ``currentIndex()``, ``currentData()`` and ``currentText()`` answer as before."""
        first = next(
            (row for row in range(1, self._model.rowCount()) if _checked(self._model.item(row))),
            0,
        )
        self._quiet = True
        try:
            super().setCurrentIndex(first)
        finally:
            self._quiet = False
        chosen = self.texts()
        self.setToolTip(plain_tooltip("\n".join(chosen)) if len(chosen) > 1 else "")
        self.setAccessibleDescription(self.summary())
        self.update()

    @Slot(QStandardItem)
    def _on_item_changed(self, _item: QStandardItem) -> None:
        if self._quiet:
            return
        self._follow_checks()
        self.selection_changed.emit()

    @Slot(int)
    def _on_current_index_changed(self, index: int) -> None:
        # The arrow keys, the wheel or a typed letter on the closed box: that row alone.
        if not self._quiet:
            self.setCurrentIndex(index)

    # --- the open list ---------------------------------------------------------------------------

    def showPopup(self) -> None:
        self._pressed_in_list = False
        super().showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.view()
        kind = event.type()
        if watched is view.viewport() and kind == QEvent.Type.MouseButtonPress:
            self._pressed_in_list = True
        if watched is view.viewport() and kind in (
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            assert isinstance(event, QMouseEvent)
            index = view.indexAt(event.position().toPoint())
            # A release with no press in the list ends the click that opened it (some styles
            # open the list over the box): it chooses nothing.
            if kind == QEvent.Type.MouseButtonRelease and index.isValid() and self._pressed_in_list:
                self.toggle_row(index.row())
                if index.row() == 0:
                    self.hidePopup()
            return True  # the list stays open: the combo box would close it and pick one row
        if watched is view and kind == QEvent.Type.ShortcutOverride:
            # The combo box's popup picks the current row on Enter as early as this
            # (the shortcut check before the key press); claim the keys for the press below.
            assert isinstance(event, QKeyEvent)
            if event.key() in LIST_KEYS:
                event.accept()
                return True
        if watched is view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            current: QModelIndex = view.currentIndex()
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                if current.isValid():
                    self.toggle_row(current.row())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if current.isValid() and current.row() == 0:
                    self.clear_values()
                self.hidePopup()
                return True
        return super().eventFilter(watched, event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the summary where a combo box draws its current row."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        # a character's room to spare, so a summary that just fits is not drawn against the arrow
        option.currentText = self.summary(field.width() - self.fontMetrics().averageCharWidth())
        option.currentIcon = QIcon()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def _checked(item: QStandardItem | None) -> bool:
    return item is not None and item.checkState() == Qt.CheckState.Checked


def join_or(texts: Sequence[str]) -> str:
    """ "A", "A or B", "A, B or C": values a filter accepts any one of."""
    if len(texts) <= 1:
        return "".join(texts)
    return f"{', '.join(texts[:-1])} or {texts[-1]}"


__all__ = ["MultiSelectBox", "join_or"]
