"""The meetings in view on a calendar canvas, as a list a screen reader can read and walk.

The canvas is painted, so assistive technology sees one picture; this list says what the
picture holds: each meeting whose bar is in the visible part, in reading order, as plain text
(code and title, dates). Its selection follows the canvas's and choosing a row selects and
shows that meeting on the canvas (Enter or a double-click opens it). Kept beside the canvas
(a strip or a dock); it follows every scroll, zoom and new scene.

(Real accessible children of the canvas through ``QAccessible.installFactory`` work in
PySide6 6.11 in-process, but their lifetimes are Qt's cache's, not Python's: an interface the
cache deletes while Python holds it crashes. A real widget has no such risk.)"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from scheduler_app.i18n import translate
from scheduler_app.screen.scene import Bar, Rect
from scheduler_app.ui.calendar_canvas import CalendarCanvas

ID_ROLE = Qt.ItemDataRole.UserRole


def bars_in_view(canvas: CalendarCanvas) -> list[Bar]:
    """The bars on screen: in the scrolled part, and in a pinned band over it (the week's
    all-day meetings stay in view while its hours scroll)."""
    scene = canvas.scene
    if scene is None:
        return []
    seen, pinned = canvas.visible_rect(), scene.pinned_top
    if pinned <= 0 or seen.y <= 0:
        return scene.bars_in(seen)
    band = scene.bars_in(Rect(seen.x, 0.0, seen.w, pinned))
    under = Rect(seen.x, seen.y + pinned, seen.w, max(seen.h - pinned, 0.0))
    return [*band, *(b for b in scene.bars_in(under) if b.rect.y >= pinned)]


class VisibleMeetingsList(QListWidget):
    """The meetings drawn in ``canvas``'s visible part, selection shared with it."""

    def __init__(self, canvas: CalendarCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = canvas
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._quiet = False
        self._stale = False
        self.setObjectName("visible_meetings")
        self.setAccessibleName(translate("Calendar", "Meetings in view"))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        canvas.visible_changed.connect(self._on_visible_changed)
        canvas.selection_changed.connect(self._on_selection_changed)
        self.currentItemChanged.connect(self._on_current_item_changed)
        self.itemActivated.connect(self._on_item_activated)
        self._on_visible_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._on_visible_changed()

    def meeting_ids(self) -> list[str]:
        """The meetings listed, in order."""
        return list(self._ids)

    @Slot()
    def _on_visible_changed(self) -> None:
        if self.window().isVisible() and not self.isVisible():
            self._stale = True  # behind another tab or closed: listed when it shows again
            return
        self._stale = False
        scene = self._canvas.scene
        ids: list[str] = []
        if scene is not None:
            ids = list(dict.fromkeys(b.meeting_id for b in bars_in_view(self._canvas)))
        texts = [self._canvas.describe(meeting_id) for meeting_id in ids]
        if ids == self._ids and texts == self._texts:  # a renamed meeting is listed anew
            return
        self._texts = texts
        self._ids = ids
        self._quiet = True
        try:
            self.clear()
            for meeting_id, text in zip(ids, texts, strict=True):
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, meeting_id)
                self.addItem(item)
            self._show_selection()
        finally:
            self._quiet = False
        self.setAccessibleDescription(
            translate("Calendar", "{count} in view on the calendar").format(count=len(ids))
        )

    @Slot()
    def _on_selection_changed(self) -> None:
        self._quiet = True
        try:
            self._show_selection()
        finally:
            self._quiet = False

    def _show_selection(self) -> None:
        selected = self._canvas.selected()
        row = next((i for i, m in enumerate(self._ids) if m in selected), -1)
        if row < 0:
            self.clearSelection()
            self.setCurrentRow(-1)
        else:
            self.setCurrentRow(row)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if self._quiet or current is None:
            return
        self._canvas.choose(str(current.data(ID_ROLE)))

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self._canvas.bar_activated.emit(str(item.data(ID_ROLE)))
