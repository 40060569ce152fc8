"""The side panel of filters (text, kind, Sector, status, body) and calendar overlays.

What it selects applies to every view, and is what export and print use."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QTimer, Signal
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

TYPING_PAUSE_MS = 120

SECTOR_NAMES = {
    Sector.GS: "General Secretariat",
    Sector.R: "ITU-R",
    Sector.T: "ITU-T",
    Sector.D: "ITU-D",
}


class FilterPanel(QWidget):
    """Filters and overlays; emits :attr:`filters_changed` once per change (typing waits for a
    short pause) and :attr:`overlays_changed` when a calendar overlay is toggled."""

    filters_changed = Signal()
    overlays_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Code, title, place, body, chair…"))
        self.search.setClearButtonEnabled(True)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind_box.addItem(kind.label, kind.value)
        self.sector_box = QComboBox(self)
        self.sector_box.addItem(self.tr("All Sectors"), None)
        for sector in Sector:
            self.sector_box.addItem(self.tr(SECTOR_NAMES[sector]), sector.value)
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("Any status"), None)
        for status in Status:
            self.status_box.addItem(self.tr(status.value.capitalize()), status.value)
        self.body_box = QComboBox(self)
        self.body_box.addItem(self.tr("All bodies"), None)
        self.body_box.setToolTip(
            self.tr("A body's own meetings and those of the groups reporting to it")
        )
        for box in (self.kind_box, self.sector_box, self.status_box, self.body_box):
            box.setMinimumContentsLength(12)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        # (box, settings key, how the printed header names it)
        self.boxes = (
            (self.kind_box, "filter/kind", self.tr("kind")),
            (self.sector_box, "filter/sector", self.tr("Sector")),
            (self.status_box, "filter/status", self.tr("status")),
            (self.body_box, "filter/body", self.tr("body")),
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

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)
        layout.addWidget(group)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.filters_changed)
        self.search.textChanged.connect(self._timer.start)
        for box, _key, _label in self.boxes:
            box.currentIndexChanged.connect(self.filters_changed)

    # --- reading ---------------------------------------------------------------------------------

    def text(self) -> str:
        return self.search.text()

    def where(self) -> MeetingFilter:
        """The boxes as a filter (Qt hands item data back as plain strings: read them back
        into the enums)."""
        kind, sector = self.kind_box.currentData(), self.sector_box.currentData()
        status, body = self.status_box.currentData(), self.body_box.currentData()
        return MeetingFilter(
            kinds=frozenset({MeetingKind(kind)}) if kind else frozenset(),
            sectors=frozenset({Sector(sector)}) if sector else frozenset(),
            statuses=frozenset({Status(status)}) if status else frozenset(),
            bodies=frozenset({body}) if body else frozenset(),
        )

    def is_filtering(self) -> bool:
        return bool(self.search.text().strip()) or any(b.currentIndex() for b, _k, _l in self.boxes)

    def overlays(self) -> Overlays:
        return Overlays(**{name: box.isChecked() for name, box in self.overlay_boxes.items()})

    def describe(self) -> str:
        """The active filter in words, for the header of printed pages."""
        parts = []
        if self.search.text().strip():
            parts.append(f"text “{self.search.text().strip()}”")
        for box, _key, label in self.boxes:
            if box.currentIndex():
                parts.append(f"{label} {box.currentText()}")
        return "; ".join(parts)

    # --- writing ---------------------------------------------------------------------------------

    def set_bodies(self, names: Iterable[str]) -> None:
        """Offer these bodies (sorted, without repeats by case); keeps the chosen one."""
        current = self.body_box.currentData()
        seen: dict[str, str] = {}
        for name in names:
            if name.strip():
                seen.setdefault(name.strip().casefold(), name.strip())
        self.body_box.blockSignals(True)
        self.body_box.clear()
        self.body_box.addItem(self.tr("All bodies"), None)
        for name in sorted(seen.values(), key=str.casefold):
            self.body_box.addItem(name, name)
        self.body_box.setCurrentIndex(max(self.body_box.findData(current), 0) if current else 0)
        self.body_box.blockSignals(False)
        if current and self.body_box.currentIndex() == 0:
            self.filters_changed.emit()  # the chosen body is gone: stop filtering by it

    def set_filters(self, text: str, indexes: Sequence[int]) -> None:
        """Set the text and every box together, emitting one change (not one per box, nor
        another when the typing pause runs out)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self._timer.stop()
        for (box, _key, _label), index in zip(self.boxes, indexes, strict=True):
            box.blockSignals(True)
            box.setCurrentIndex(index)
            box.blockSignals(False)
        self.filters_changed.emit()

    def clear(self) -> None:
        self.set_filters("", [0] * len(self.boxes))

    def set_overlays(self, overlays: Overlays) -> None:
        """Set every overlay together, emitting one change."""
        self._setting_overlays = True  # the menu's actions follow each box; redraw only once
        try:
            for name, check in self.overlay_boxes.items():
                check.setChecked(getattr(overlays, name))
        finally:
            self._setting_overlays = False
        self.overlays_changed.emit()

    def _on_overlay_toggled(self) -> None:
        if not self._setting_overlays:
            self.overlays_changed.emit()
