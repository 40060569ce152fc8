"""The meeting dialog: create or edit a meeting, checked as you type."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Sequence

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from scheduler_app.domain import (
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Room,
    Sector,
    Status,
    Venue,
    new_id,
)
from scheduler_app.ui.plain import plain_label

COMMON_ZONES = (
    "Europe/Zurich",
    "UTC",
    "Asia/Qatar",
    "Asia/Dubai",
    "America/New_York",
    "Asia/Shanghai",
    "Africa/Nairobi",
    "Asia/Bangkok",
    "Europe/London",
)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MeetingDialog(QDialog):
    """Every field of a meeting. OK stays disabled, with the reason shown, while the meeting
    would be invalid: an end before the start, an unknown venue or room, a missing or taken code."""

    def __init__(
        self,
        meeting: Meeting | None,
        venues: Sequence[Venue],
        rooms: Sequence[Room],
        bodies: Sequence[str],
        taken_codes: set[str],
        parent: QWidget | None = None,
        default_day: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("New meeting"))
        self.original = meeting
        self.venues = {v.name: v for v in venues}
        self.rooms = rooms
        self.taken = taken_codes - ({meeting.code} if meeting else set())
        day = default_day or dt.datetime.now().astimezone().date()
        m = meeting
        self.code = QLineEdit(m.code if m else "")
        self.title_edit = QLineEdit(m.title if m else "")
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(self.kind.findData((m.kind if m else MeetingKind.OTHER).value))
        self.sector = QComboBox()
        self.sector.addItem(self.tr("(none)"), "")
        for sector in Sector:
            self.sector.addItem(sector.value, sector.value)
        self.sector.setCurrentIndex(self.sector.findData(m.sector.value if m and m.sector else ""))
        self.body = QComboBox()
        self.body.setEditable(True)
        self.body.addItems(["", *bodies])
        self.body.setCurrentText(m.body if m else "")
        self.parent_body = QComboBox()
        self.parent_body.setEditable(True)
        self.parent_body.addItems(["", *bodies])
        self.parent_body.setCurrentText(m.parent if m else "")
        self.start = QDateEdit(qdate(m.start if m else day))
        self.end = QDateEdit(qdate(m.end if m else day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.timed = QCheckBox(self.tr("At set times"))
        self.timed.setChecked(bool(m and m.is_timed))
        self.start_time = QTimeEdit(
            QTime(9, 30)
            if not (m and m.start_time)
            else QTime(m.start_time.hour, m.start_time.minute)
        )
        self.end_time = QTimeEdit(
            QTime(12, 30) if not (m and m.end_time) else QTime(m.end_time.hour, m.end_time.minute)
        )
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(COMMON_ZONES))
        self.zone.setCurrentText(m.timezone if m and m.timezone else "Europe/Zurich")
        self.city = QLineEdit(m.city if m else "")
        self.country = QLineEdit(m.country if m else "")
        self.country.setMaxLength(2)
        self.venue = QComboBox()
        self.venue.addItem("", "")
        for name in sorted(self.venues):
            self.venue.addItem(name, name)
        self.venue.setEditable(True)
        self.venue.setCurrentText(m.venue if m else "")
        self.room = QComboBox()
        self.room.setEditable(True)
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(mode.value, mode.value)
        self.mode.setCurrentIndex(self.mode.findData((m.mode if m else Mode.IN_PERSON).value))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status.value, status.value)
        self.status.setCurrentIndex(
            self.status.findData((m.status if m else Status.TENTATIVE).value)
        )
        self.participants = QSpinBox()
        self.participants.setRange(0, 100000)
        self.participants.setSpecialValueText(self.tr("unknown"))
        self.participants.setValue(m.participants or 0 if m else 0)
        self.chair = QLineEdit(m.chair if m else "")
        self.source = QLineEdit(m.source if m else "")
        self.notes = QPlainTextEdit(m.notes if m else "")
        self.notes.setFixedHeight(60)
        self.problem = plain_label(QLabel())  # it quotes the code, the venue, the room
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        times = QHBoxLayout()
        for w in (self.timed, self.start_time, self.end_time, self.zone):
            times.addWidget(w)
        form = QFormLayout(self)
        rows = [
            (self.tr("Code:"), self.code),
            (self.tr("Title:"), self.title_edit),
            (self.tr("Kind:"), self.kind),
            (self.tr("Sector:"), self.sector),
            (self.tr("Body:"), self.body),
            (self.tr("Reports to:"), self.parent_body),
            (self.tr("First day:"), self.start),
            (self.tr("Last day:"), self.end),
            (self.tr("City:"), self.city),
            (self.tr("Country (ISO):"), self.country),
            (self.tr("Venue:"), self.venue),
            (self.tr("Room:"), self.room),
            (self.tr("Mode:"), self.mode),
            (self.tr("Status:"), self.status),
            (self.tr("Participants:"), self.participants),
            (self.tr("Chair:"), self.chair),
            (self.tr("Source:"), self.source),
            (self.tr("Notes:"), self.notes),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
            if widget is self.end:
                form.addRow(self.tr("Times:"), times)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._fill_rooms()
        if m:
            self.room.setCurrentText(m.room)
        for signal in (
            self.code.textChanged,
            self.title_edit.textChanged,
            self.kind.currentIndexChanged,
            self.sector.currentIndexChanged,
            self.body.currentTextChanged,
            self.parent_body.currentTextChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.timed.toggled,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.zone.currentTextChanged,
            self.city.textChanged,
            self.country.textChanged,
            self.room.currentTextChanged,
            self.mode.currentIndexChanged,
            self.status.currentIndexChanged,
            self.participants.valueChanged,
        ):
            signal.connect(self._on_changed)
        self.venue.currentTextChanged.connect(self._on_venue_changed)
        self._on_changed()

    def _fill_rooms(self) -> None:
        venue = self.venue.currentText().strip()
        current = self.room.currentText()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItems(["", *[r.name for r in self.rooms if r.venue == venue]])
        self.room.setCurrentText(current)
        self.room.blockSignals(False)

    @Slot()
    def _on_venue_changed(self) -> None:
        self._fill_rooms()
        venue = self.venues.get(self.venue.currentText().strip())
        if venue and not self.city.text():
            self.city.setText(venue.city)
            self.country.setText(venue.country)
        self._on_changed()

    def meeting(self) -> Meeting:
        """The meeting as the fields describe it; raises InvalidMeeting naming the field."""
        code = self.code.text().strip()
        if not code:
            raise InvalidMeeting(
                "code", "give the meeting a code (e.g. PP-30, C27, RG-Q3/1-2027-1)"
            )
        if code in self.taken:
            raise InvalidMeeting("code", f"{code} is already used by another meeting")
        venue = self.venue.currentText().strip()
        if venue and venue not in self.venues:
            raise InvalidMeeting(
                "venue", f"{venue!r} is not a known venue (add it with `scheduler-app venues`)"
            )
        room = self.room.currentText().strip()
        if room and room not in {r.name for r in self.rooms if r.venue == venue}:
            raise InvalidMeeting("room", f"{venue or 'no venue'} has no room {room!r}")
        timed = self.timed.isChecked()
        zone = self.zone.currentText().strip()
        if timed and zone not in zoneinfo.available_timezones():
            raise InvalidMeeting("timezone", f"{zone!r} is not an IANA time zone")
        st, et = self.start_time.time(), self.end_time.time()
        sector = self.sector.currentData()
        base = self.original
        return Meeting(
            id=base.id if base else new_id(),
            code=code,
            title=self.title_edit.text().strip(),
            kind=MeetingKind(self.kind.currentData()),
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()),
            sector=Sector(sector) if sector else None,
            body=self.body.currentText().strip(),
            parent=self.parent_body.currentText().strip(),
            start_time=dt.time(st.hour(), st.minute()) if timed else None,
            end_time=dt.time(et.hour(), et.minute()) if timed else None,
            timezone=zone if timed else "",
            city=self.city.text().strip(),
            country=self.country.text().strip().upper(),
            venue=venue,
            room=room,
            mode=Mode(self.mode.currentData()),
            status=Status(self.status.currentData()),
            decided=base.decided if base else None,
            nominal_year=base.nominal_year if base else None,
            participants=self.participants.value() or None,
            chair=self.chair.text().strip(),
            notes=self.notes.toPlainText().strip(),
            source=self.source.text().strip(),
            sequence=base.sequence if base else 0,
            uid=base.uid if base else "",
        )

    @Slot()
    def _on_changed(self) -> None:
        try:
            self.meeting()
        except InvalidMeeting as exc:
            self.problem.setText(f"{exc.field}: {exc.problem}")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
