"""Venues and their rooms: the places meetings are held, each room with its seated capacity and
where that figure comes from (VENUE-CAPACITY reads it)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.domain import InvalidBody, Room, Venue
from scheduler_app.domain.meeting import country_name
from scheduler_app.services import settings_edits
from scheduler_app.ui.editors.base import SettingsDialog, cell, fill, table
from scheduler_app.ui.pickers import CountryPicker
from scheduler_app.ui.session import Session
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP


class VenuesDialog(SettingsDialog):
    """The venues (name, city, country, source) and the rooms of the selected one (name,
    capacity, source). Select a row to edit it below the table, or press New to add one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent, self.tr("Venues and Rooms"))
        self._venues: list[Venue] = []
        self._rooms: list[Room] = []

        self.venue_table = table(
            self,
            [self.tr("Venue"), self.tr("City"), self.tr("Country"), self.tr("Source")],
            self.tr("Venues"),
        )
        self.venue_name = QLineEdit(self)
        self.venue_city = QLineEdit(self)
        self.venue_country = CountryPicker(self)
        self.venue_source = QLineEdit(self)
        self.new_venue = QPushButton(self.tr("New Venue"), self)
        self.save_venue = QPushButton(self.tr("Save Venue"), self)
        self.delete_venue = QPushButton(self.tr("Delete Venue"), self)

        self.room_table = table(
            self, [self.tr("Room"), self.tr("Seats"), self.tr("Source")], self.tr("Rooms")
        )
        self.room_name = QLineEdit(self)
        self.room_capacity = QSpinBox(self)
        self.room_capacity.setRange(0, 100_000)
        self.room_capacity.setSpecialValueText(self.tr("unknown"))  # 0 stands for "not known"
        self.room_source = QLineEdit(self)
        self.new_room = QPushButton(self.tr("New Room"), self)
        self.save_room = QPushButton(self.tr("Save Room"), self)
        self.delete_room = QPushButton(self.tr("Delete Room"), self)

        names = {
            self.venue_name: QT_TRANSLATE_NOOP("VenuesDialog", "Venue name"),
            self.venue_city: QT_TRANSLATE_NOOP("VenuesDialog", "Venue city"),
            self.venue_country: QT_TRANSLATE_NOOP("VenuesDialog", "Venue country"),
            self.venue_source: QT_TRANSLATE_NOOP(
                "VenuesDialog", "Where the venue's details come from"
            ),
            self.room_name: QT_TRANSLATE_NOOP("VenuesDialog", "Room name"),
            self.room_capacity: QT_TRANSLATE_NOOP("VenuesDialog", "Seated capacity of the room"),
            self.room_source: QT_TRANSLATE_NOOP(
                "VenuesDialog", "Where the room's capacity comes from"
            ),
            self.new_venue: QT_TRANSLATE_NOOP("VenuesDialog", "New venue"),
            self.save_venue: QT_TRANSLATE_NOOP("VenuesDialog", "Save venue"),
            self.delete_venue: QT_TRANSLATE_NOOP("VenuesDialog", "Delete venue"),
            self.new_room: QT_TRANSLATE_NOOP("VenuesDialog", "New room"),
            self.save_room: QT_TRANSLATE_NOOP("VenuesDialog", "Save room"),
            self.delete_room: QT_TRANSLATE_NOOP("VenuesDialog", "Delete room"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(self.tr(name))
        self.venue_source.setPlaceholderText(self.tr("document or web address"))
        self.room_source.setPlaceholderText(self.tr("room plan, document or web address"))

        venue_box = QGroupBox(self.tr("Venues"), self)
        venue_form = QFormLayout()
        venue_form.addRow(self.tr("&Name:"), self.venue_name)
        venue_form.addRow(self.tr("&City:"), self.venue_city)
        venue_form.addRow(self.tr("C&ountry:"), self.venue_country)
        venue_form.addRow(self.tr("So&urce:"), self.venue_source)
        venue_layout = QVBoxLayout(venue_box)
        venue_layout.addWidget(self.venue_table, 1)
        venue_layout.addLayout(venue_form)
        venue_layout.addLayout(_row(self.new_venue, self.save_venue, self.delete_venue))

        self.room_box = QGroupBox(self.tr("Rooms"), self)
        room_form = QFormLayout()
        room_form.addRow(self.tr("Roo&m:"), self.room_name)
        room_form.addRow(self.tr("&Seats:"), self.room_capacity)
        room_form.addRow(self.tr("Sou&rce:"), self.room_source)
        room_layout = QVBoxLayout(self.room_box)
        room_layout.addWidget(self.room_table, 1)
        room_layout.addLayout(room_form)
        room_layout.addLayout(_row(self.new_room, self.save_room, self.delete_room))

        boxes = QHBoxLayout()
        boxes.addWidget(venue_box, 1)
        boxes.addWidget(self.room_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes, 1)
        layout.addWidget(self.message)

        self.venue_table.itemSelectionChanged.connect(self._on_venue_selected)
        self.room_table.itemSelectionChanged.connect(self._on_room_selected)
        self.new_venue.clicked.connect(self._on_new_venue)
        self.save_venue.clicked.connect(self._on_save_venue)
        self.delete_venue.clicked.connect(self._on_delete_venue)
        self.new_room.clicked.connect(self._on_new_room)
        self.save_room.clicked.connect(self._on_save_room)
        self.delete_room.clicked.connect(self._on_delete_room)
        self.resize(1000, 560)
        self.refresh()

    # --- reading --------------------------------------------------------------------------------

    def current_venue(self) -> Venue | None:
        rows = self.venue_table.selectionModel().selectedRows()
        return self._venues[rows[0].row()] if rows else None

    def current_room(self) -> Room | None:
        rows = self.room_table.selectionModel().selectedRows()
        return self._rooms[rows[0].row()] if rows else None

    def refresh(self) -> None:
        venue = self.current_venue()
        self.select_venue(venue.name if venue else None)

    def select_venue(self, name: str | None, room: str | None = None) -> None:
        """Show the venues again with ``name`` selected (and its room ``room``)."""
        shown = self.current_room()
        if room is None and shown is not None:
            room = shown.name
        self._venues = self.session.db.venues()
        current = next((i for i, v in enumerate(self._venues) if v.name == name), -1)
        fill(
            self.venue_table,
            [
                [cell(v.name), cell(v.city), cell(_country(v.country)), cell(v.source, v.source)]
                for v in self._venues
            ],
            current,
        )
        self._show_venue(room)

    def _show_venue(self, room: str | None = None) -> None:
        venue = self.current_venue()
        _set_texts(
            (self.venue_name, venue.name if venue else ""),
            (self.venue_city, venue.city if venue else ""),
            (self.venue_source, venue.source if venue else ""),
        )
        self.venue_country.set_code(venue.country if venue else "")
        self._rooms = self.session.db.rooms(venue.name) if venue else []
        current = next((i for i, r in enumerate(self._rooms) if r.name == room), -1)
        fill(
            self.room_table,
            [
                [
                    cell(r.name),
                    cell(str(r.capacity) if r.capacity else self.tr("unknown")),
                    cell(r.source, r.source),
                ]
                for r in self._rooms
            ],
            current,
        )
        title = self.tr("Rooms of %1").replace("%1", venue.name) if venue else self.tr("Rooms")
        self.room_box.setTitle(title)
        self._show_room()

    def _show_room(self) -> None:
        room = self.current_room()
        _set_texts(
            (self.room_name, room.name if room else ""),
            (self.room_source, room.source if room else ""),
        )
        self.room_capacity.setValue(room.capacity or 0 if room else 0)
        writable, venue = self.writable(), self.current_venue()
        for button in (self.new_venue, self.save_venue):
            button.setEnabled(writable)
        self.delete_venue.setEnabled(writable and venue is not None)
        for button in (self.new_room, self.save_room):
            button.setEnabled(writable and venue is not None)
        self.delete_room.setEnabled(writable and room is not None)

    @Slot()
    def _on_venue_selected(self) -> None:
        self._show_venue()

    @Slot()
    def _on_room_selected(self) -> None:
        self._show_room()

    # --- writing --------------------------------------------------------------------------------

    def _typed_venue(self) -> Venue | None:
        country = self.venue_country.code()
        if country is None:
            self.refuse(self.tr("choose the venue's country from the list, or leave it empty"))
            return None
        try:
            return settings_edits.venue(
                self.venue_name.text(), self.venue_city.text(), country, self.venue_source.text()
            )
        except InvalidBody:
            self.refuse(self.tr("give the venue a name"))
            return None

    def _typed_room(self, venue: Venue) -> Room | None:
        capacity = self.room_capacity.value() or None
        try:
            return settings_edits.room(
                venue.name, self.room_name.text(), capacity, self.room_source.text()
            )
        except InvalidBody:
            self.refuse(self.tr("give the room a name"))
            return None

    @Slot()
    def _on_new_venue(self) -> None:
        self.venue_table.clearSelection()
        self.venue_name.setFocus()

    @Slot()
    def _on_save_venue(self) -> None:
        new, old = self._typed_venue(), self.current_venue()
        if new is None:
            return
        db = self.session.db
        if old is None:
            done = self.run_edit(lambda: settings_edits.add_venue(db, new))
        else:
            done = self.run_edit(lambda: settings_edits.update_venue(db, old, new))
        if done:
            self.select_venue(new.name)

    @Slot()
    def _on_delete_venue(self) -> None:
        old = self.current_venue()
        if old is not None:
            self.run_edit(lambda: settings_edits.delete_venue(self.session.db, old))

    @Slot()
    def _on_new_room(self) -> None:
        self.room_table.clearSelection()
        self.room_name.setFocus()

    @Slot()
    def _on_save_room(self) -> None:
        venue = self.current_venue()
        new = self._typed_room(venue) if venue is not None else None
        if venue is None or new is None:
            return
        old, db = self.current_room(), self.session.db
        if old is None:
            done = self.run_edit(lambda: settings_edits.add_room(db, new))
        else:
            done = self.run_edit(lambda: settings_edits.update_room(db, old, new))
        if done:
            self.select_venue(venue.name, new.name)

    @Slot()
    def _on_delete_room(self) -> None:
        old = self.current_room()
        if old is not None:
            self.run_edit(lambda: settings_edits.delete_room(self.session.db, old))


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


def _set_texts(*pairs: tuple[QLineEdit, str]) -> None:
    for edit, text in pairs:
        edit.setText(text)


def _country(code: str) -> str:
    return f"{country_name(code)} ({code})" if code else ""
