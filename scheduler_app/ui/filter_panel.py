"""The side panel of filters (text, kinds, Sectors, statuses, bodies), saved views and calendar
overlays.

What it selects applies to every view, and is what export and print use. Each list takes
several values, as ``scheduler-app list --kind ... --sector ...`` does: a meeting is shown when
it is of any one of the chosen kinds, and of any one of the chosen Sectors, and so on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.domain import MeetingKind, Sector, Status
from scheduler_app.printing.charts import Overlays
from scheduler_app.storage import MeetingFilter
from scheduler_app.ui.multi_select import MultiSelectBox, join_or
from scheduler_app.ui.saved_views import SavedViews
from scheduler_app.ui.saved_views_box import SavedViewsBox
from scheduler_app.ui.vocabulary import SECTOR_NAMES, kind_name, sector_name, status_name

TYPING_PAUSE_MS = 120

# The lists of :meth:`FilterPanel.state`, in the order of :attr:`FilterPanel.boxes`.
LISTS = ("kinds", "sectors", "statuses", "bodies")


class FilterPanel(QWidget):
    """Filters, saved views and overlays; emits :attr:`filters_changed` once per change (typing
    waits for a short pause) and :attr:`overlays_changed` when a calendar overlay is toggled.

    ``saved_views`` is where named views are kept (the user's own settings unless given)."""

    filters_changed = Signal()
    """The text or the values chosen in a list changed."""
    overlays_changed = Signal()
    """A calendar overlay was turned on or off."""
    find_requested = Signal()
    """Return in the search box: the filter applies at once and the first match is wanted."""

    def __init__(self, parent: QWidget | None = None, saved_views: SavedViews | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Code, title, place, body, chair…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find meetings"))
        self.kind_box = MultiSelectBox(
            self.tr("All kinds"), self.tr("%n kinds"), self.tr("Kinds shown"), self
        )
        self.kind_box.set_items((kind_name(k), k.value) for k in MeetingKind)
        self.sector_box = MultiSelectBox(
            self.tr("All Sectors"), self.tr("%n Sectors"), self.tr("Sectors shown"), self
        )
        self.sector_box.set_items((sector_name(s), s.value) for s in Sector)
        self.status_box = MultiSelectBox(
            self.tr("Any status"), self.tr("%n statuses"), self.tr("Statuses shown"), self
        )
        self.status_box.set_items((status_name(s), s.value) for s in Status)
        self.body_box = MultiSelectBox(
            self.tr("All bodies"), self.tr("%n bodies"), self.tr("Bodies shown"), self
        )
        self.body_box.setToolTip(
            self.tr("A body's own meetings and those of the groups reporting to it")
        )
        for box in (self.kind_box, self.sector_box, self.status_box, self.body_box):
            box.setMinimumContentsLength(12)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        # (box, settings key, how the printed header names one value of it)
        self.boxes: tuple[tuple[MultiSelectBox, str, str], ...] = (
            (self.kind_box, "filter/kind", self.tr("kind")),
            (self.sector_box, "filter/sector", self.tr("Sector")),
            (self.status_box, "filter/status", self.tr("status")),
            (self.body_box, "filter/body", self.tr("body")),
        )
        # ... and several of it
        self._plurals = (
            self.tr("kinds"),
            self.tr("Sectors"),
            self.tr("statuses"),
            self.tr("bodies"),
        )
        self.clear_button = QPushButton(self.tr("&Clear Filters"), self)
        self.clear_button.clicked.connect(self.clear)

        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.search)
        form.addRow(self.tr("&Kind:"), self.kind_box)
        form.addRow(self.tr("&Sector:"), self.sector_box)
        form.addRow(self.tr("S&tatus:"), self.status_box)
        form.addRow(self.tr("&Body:"), self.body_box)

        self.overlay_boxes: dict[str, QCheckBox] = {}
        self._setting_overlays = False
        group = QGroupBox(self.tr("Show on calendars"), self)
        column = QVBoxLayout(group)
        for name, text, tip in (
            (
                "religious",
                self.tr("&Religious periods"),
                self.tr("Periods to avoid under PP Resolution 111 (Rev. Bucharest, 2022)"),
            ),
            ("holidays", self.tr("Venue &holidays"), self.tr("Public holidays of each venue")),
            ("outside", self.tr("&Outside ICT events"), self.tr("Events of other organizations")),
            (
                "decided",
                self.tr("&Decided periods"),
                self.tr("Periods decided under PP Resolution 77 (Rev. Bucharest, 2022)"),
            ),
        ):
            check = QCheckBox(text, group)
            check.setChecked(True)
            check.setToolTip(tip)
            check.toggled.connect(self._on_overlay_toggled)
            column.addWidget(check)
            self.overlay_boxes[name] = check

        self.views = SavedViewsBox(
            saved_views if saved_views is not None else SavedViews(), self.state, self.restore, self
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.views)
        layout.addWidget(group)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._on_return_pressed)
        for box, _key, _label in self.boxes:
            box.selection_changed.connect(self.filters_changed)
        self.filters_changed.connect(self.views.on_filters_changed)

    # --- reading ---------------------------------------------------------------------------------

    def _on_return_pressed(self) -> None:
        if self._timer.isActive():  # the typing pause is cut short
            self._timer.stop()
            self.filters_changed.emit()
        self.find_requested.emit()

    def text(self) -> str:
        return self.search.text()

    def where(self) -> MeetingFilter:
        """The lists as a filter (Qt hands item data back as plain strings: read them back
        into the enums)."""
        return MeetingFilter(
            kinds=frozenset(MeetingKind(v) for v in self.kind_box.values()),
            sectors=frozenset(Sector(v) for v in self.sector_box.values()),
            statuses=frozenset(Status(v) for v in self.status_box.values()),
            bodies=frozenset(self.body_box.values()),
        )

    def is_filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(b.values() for b, _k, _l in self.boxes)

    def overlays(self) -> Overlays:
        return Overlays(**{name: box.isChecked() for name, box in self.overlay_boxes.items()})

    def describe(self) -> str:
        """The active filter in words, for the header of printed pages: "kinds Study group or
        Working party; Sector ITU-D"."""
        parts = []
        if self.search.text().strip():
            parts.append(f"text “{self.search.text().strip()}”")
        for (box, _key, label), plural in zip(self.boxes, self._plurals, strict=True):
            texts = box.texts()
            if texts:
                parts.append(f"{label if len(texts) == 1 else plural} {join_or(texts)}")
        return "; ".join(parts)

    def state(self) -> dict[str, Any]:
        """The text, every list's chosen values and the overlays, as JSON-ready data: what a
        saved view holds, and what the window keeps from one session to the next."""
        data: dict[str, Any] = {"text": self.search.text()}
        for (box, _key, _label), name in zip(self.boxes, LISTS, strict=True):
            data[name] = box.values()
        data["overlays"] = self.overlays().text()
        return data

    # --- writing ---------------------------------------------------------------------------------

    def set_bodies(self, names: Iterable[str]) -> None:
        """Offer these bodies (sorted, without repeats by case); keeps the chosen ones."""
        seen: dict[str, str] = {}
        for name in names:
            if name.strip():
                seen.setdefault(name.strip().casefold(), name.strip())
        self.body_box.blockSignals(True)
        try:
            lost = self.body_box.set_items((n, n) for n in sorted(seen.values(), key=str.casefold))
        finally:
            self.body_box.blockSignals(False)
        if lost:
            self.filters_changed.emit()  # a chosen body is gone: stop filtering by it

    def set_selection(
        self,
        *,
        text: str | None = None,
        kinds: Iterable[MeetingKind | str] | None = None,
        sectors: Iterable[Sector | str] | None = None,
        statuses: Iterable[Status | str] | None = None,
        bodies: Iterable[str] | None = None,
    ) -> None:
        """Set the text and the lists together, emitting one change; a list left out (None)
        keeps its values, and a value a list does not offer is ignored."""
        lists = (kinds, sectors, statuses, bodies)
        self._apply(text, [None if v is None else [_value(x) for x in v] for v in lists])

    def set_filters(self, text: str, indexes: Sequence[int]) -> None:
        """Set the text and one row of every list (0 for none), emitting one change. Kept for
        the single-choice callers; :meth:`set_selection` takes several values per list."""
        values: list[list[str] | None] = []
        for (box, _key, _label), index in zip(self.boxes, indexes, strict=True):
            data = box.itemData(index) if index > 0 else None
            values.append([str(data)] if data is not None else [])
        self._apply(text, values)

    def restore(self, state: Mapping[str, Any] | object) -> None:
        """Set what :meth:`state` returned (or a saved view holds), emitting one change. It
        may come from an older version or a damaged file: a part that is missing or not of
        the expected type is left at its default, and a value no list offers is ignored."""
        if not isinstance(state, Mapping):
            state = {}
        text = state.get("text")
        values: list[list[str] | None] = []
        for name in LISTS:
            chosen = state.get(name)
            values.append(
                [v for v in chosen if isinstance(v, str)] if isinstance(chosen, list) else []
            )
        self._apply(text if isinstance(text, str) else "", values)
        overlays = state.get("overlays")
        if isinstance(overlays, str):
            # an overlay this version does not know: keep the ones shown
            with contextlib.suppress(ValueError):
                self.set_overlays(Overlays.parse(overlays))

    def clear(self) -> None:
        self._apply("", [[] for _ in self.boxes])

    def _apply(self, text: str | None, values: Sequence[Sequence[str] | None]) -> None:
        # one change for the lot: not one per list, nor another when the typing pause runs out
        if text is not None:
            self.search.blockSignals(True)
            self.search.setText(text)
            self.search.blockSignals(False)
            self._timer.stop()
        for (box, _key, _label), chosen in zip(self.boxes, values, strict=True):
            if chosen is not None:
                box.blockSignals(True)
                try:
                    box.set_values(chosen)
                finally:
                    box.blockSignals(False)
        self.filters_changed.emit()

    def set_overlays(self, overlays: Overlays) -> None:
        """Set every overlay together, emitting one change."""
        self._setting_overlays = True  # the menu's actions follow each box; redraw only once
        try:
            for name, check in self.overlay_boxes.items():
                check.setChecked(getattr(overlays, name))
        finally:
            self._setting_overlays = False
        self.overlays_changed.emit()

    @Slot()
    def _on_overlay_toggled(self) -> None:
        if not self._setting_overlays:
            self.overlays_changed.emit()


def _value(x: Enum | str) -> str:
    return str(x.value) if isinstance(x, Enum) else x


__all__ = ["LISTS", "SECTOR_NAMES", "FilterPanel"]
