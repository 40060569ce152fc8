"""The meeting dialog: create or edit a meeting, checked as you type.

Every field of :class:`~scheduler_app.domain.Meeting` is either shown for editing or carried over
unchanged (``id``, ``sequence``, ``uid``), so opening a meeting and pressing OK gives back the very
same meeting: a year-precision WTDC stays "2029", a month-precision TDAG stays "May 2024".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTime, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from scheduler_app.domain import (
    InvalidMeeting,
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Room,
    Sector,
    Status,
    Venue,
    new_id,
)
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR
from scheduler_app.domain.meeting import MAX_PARTICIPANTS
from scheduler_app.ui.meeting_dialog_checks import check_entered
from scheduler_app.ui.meeting_dialog_dates import DecidedEdit, PeriodEdit
from scheduler_app.ui.meeting_dialog_dates import from_qdate as from_qdate
from scheduler_app.ui.meeting_dialog_dates import qdate as qdate
from scheduler_app.ui.meeting_dialog_messages import explain
from scheduler_app.ui.meeting_dialog_tabs import meeting_tabs
from scheduler_app.ui.pickers import CountryPicker, ZonePicker, make_searchable
from scheduler_app.ui.plain import plain_label
from scheduler_app.ui.vocabulary import kind_name, mode_name, sector_name, status_name

# Text fields a planner types into; an untouched one keeps its stored value exactly
TEXT_FIELDS = (
    "code",
    "title",
    "body",
    "parent",
    "city",
    "venue",
    "room",
    "chair",
    "source",
    "notes",
)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute, value.second, value.microsecond // 1000)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute(), value.second(), value.msec() * 1000)


class MeetingDialog(QDialog):
    """Every field of a meeting, on four tabs. OK stays disabled, with the reason shown in the
    planner's words, while the meeting would be invalid: an end before the start, an unknown
    venue or room, a missing or taken code, times without a time zone."""

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
        self.setWindowTitle(
            self.tr("Edit %1").replace("%1", meeting.label) if meeting else self.tr("New meeting")
        )
        self.original = meeting
        self.venues = {v.name: v for v in venues}
        self.rooms = rooms
        self.taken = taken_codes - ({meeting.code} if meeting else set())
        self._make_widgets(bodies)
        self._fill(meeting, default_day or dt.datetime.now().astimezone().date())
        self._lay_out()
        self._connect()
        self._on_timed_toggled()
        self._on_changed()

    def _make_widgets(self, bodies: Sequence[str]) -> None:
        self.code = QLineEdit()
        self.title_edit = QLineEdit()
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.sector = QComboBox()
        self.sector.addItem(self.tr("(none)"), "")
        for sector in Sector:
            self.sector.addItem(sector_name(sector), sector.value)
        self.body = QComboBox()
        self.parent_body = QComboBox()
        for box in (self.body, self.parent_body):
            box.addItems(["", *bodies])
            make_searchable(box)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_name(status), status.value)
        self.period = PeriodEdit(self)
        # the day inputs, under the names the window's tests and callers have always used
        self.start, self.end = self.period.start, self.period.end
        self.timed = QCheckBox(self.tr("At set times (a short or virtual meeting)"))
        self.start_time = QTimeEdit()
        self.end_time = QTimeEdit()
        for edit in (self.start_time, self.end_time):
            edit.setDisplayFormat("HH:mm")
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.end_time.setAccessibleName(self.tr("End time"))
        self.zone = ZonePicker()
        self.nominal_year = QSpinBox()
        self.nominal_year.setRange(FIRST_YEAR - 1, LAST_YEAR)
        self.nominal_year.setSpecialValueText(self.tr("the year it meets"))
        self.nominal_year.setToolTip(
            self.tr("The year of the cycle it belongs to, when it differs (WTSA-20 met in 2022)")
        )
        self.decided = DecidedEdit()
        self.mode = QComboBox()
        for mode in Mode:
            self.mode.addItem(mode_name(mode), mode.value)
        self.venue = QComboBox()
        self.venue.addItems(["", *sorted(self.venues)])
        self.room = QComboBox()
        for box in (self.venue, self.room):
            make_searchable(box)
        self.city = QLineEdit()
        self.country = CountryPicker()
        self.participants = QSpinBox()
        self.participants.setRange(-1, MAX_PARTICIPANTS)
        self.participants.setSpecialValueText(self.tr("unknown"))
        self.chair = QLineEdit()
        self.source = QLineEdit()
        self.notes = QPlainTextEdit()
        self.problem = plain_label(QLabel())  # it quotes the code, the venue, the room
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.suggest_button = QPushButton(self.tr("&Suggest Dates…"))
        self.buttons.addButton(self.suggest_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.suggest_button.hide()  # until offer_suggestions says who suggests
        self._suggest: Callable[[Meeting, Callable[[dt.date, dt.date], None]], object] | None = None
        self.suggest_button.clicked.connect(self._on_suggest_requested)

    def offer_suggestions(
        self, suggest: Callable[[Meeting, Callable[[dt.date, dt.date], None]], object]
    ) -> None:
        """Show Suggest Dates…: ``suggest(meeting as entered, use)`` offers dates and calls
        ``use(start, end)`` with the chosen ones, which only fill the date fields."""
        self._suggest = suggest
        self.suggest_button.show()

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """Give the meeting these days (known to the day); nothing is saved until OK."""
        self.period.set_span(Precision.DAY, start, end)

    @Slot()
    def _on_suggest_requested(self) -> None:
        try:
            entered = self.meeting()
        except InvalidMeeting:
            return  # the problem line already says what to fix first
        if self._suggest is not None:
            self._suggest(entered, self.set_dates)

    def _fill(self, m: Meeting | None, day: dt.date) -> None:
        self.code.setText(m.code if m else "")
        self.title_edit.setText(m.title if m else "")
        self.kind.setCurrentIndex(self.kind.findData((m.kind if m else MeetingKind.OTHER).value))
        self.sector.setCurrentIndex(self.sector.findData(m.sector.value if m and m.sector else ""))
        self.body.setCurrentText(m.body if m else "")
        self.parent_body.setCurrentText(m.parent if m else "")
        status = m.status if m else Status.TENTATIVE
        self.status.setCurrentIndex(self.status.findData(status.value))
        start, end = (m.start, m.end) if m else (day, day)
        self.period.set_span(m.precision if m else Precision.DAY, start, end)
        self.timed.setChecked(bool(m and m.is_timed))
        self.start_time.setTime(_qtime(m.start_time) if m and m.start_time else QTime(9, 30))
        self.end_time.setTime(_qtime(m.end_time) if m and m.end_time else QTime(12, 30))
        if m and m.timezone:
            self.zone.set_zone(m.timezone)
        nominal = m.nominal_year if m else None
        self.nominal_year.setValue(self.nominal_year.minimum() if nominal is None else nominal)
        self.decided.set_decided(m.decided if m else None, start, end)
        self.mode.setCurrentIndex(self.mode.findData((m.mode if m else Mode.IN_PERSON).value))
        self.venue.setCurrentText(m.venue if m else "")
        self._fill_rooms()
        self.room.setCurrentText(m.room if m else "")
        self.city.setText(m.city if m else "")
        self.country.set_code(m.country if m else "")
        people = m.participants if m else None
        self.participants.setValue(-1 if people is None else people)
        self.chair.setText(m.chair if m else "")
        self.source.setText(m.source if m else "")
        self.notes.setPlainText(m.notes if m else "")
        for edit in (self.code, self.title_edit, self.city, self.chair, self.source):
            edit.setCursorPosition(0)  # a long source reads from its start, not its end
        self._initial_texts = self._texts()

    def _lay_out(self) -> None:
        self.tabs = meeting_tabs(self)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        outer.addWidget(self.problem)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(640)

    def _connect(self) -> None:
        for signal in (
            self.code.textChanged,
            self.title_edit.textChanged,
            self.kind.currentIndexChanged,
            self.sector.currentIndexChanged,
            self.body.currentTextChanged,
            self.parent_body.currentTextChanged,
            self.status.currentIndexChanged,
            self.period.changed,
            self.timed.toggled,
            self.start_time.timeChanged,
            self.end_time.timeChanged,
            self.zone.currentTextChanged,
            self.nominal_year.valueChanged,
            self.decided.changed,
            self.mode.currentIndexChanged,
            self.room.currentTextChanged,
            self.city.textChanged,
            self.country.currentTextChanged,
            self.participants.valueChanged,
            self.chair.textChanged,
            self.source.textChanged,
            self.notes.textChanged,
        ):
            signal.connect(self._on_changed)
        self.timed.toggled.connect(self._on_timed_toggled)
        self.venue.currentTextChanged.connect(self._on_venue_changed)

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
            self.country.set_code(venue.country)
        self._on_changed()

    @Slot()
    def _on_timed_toggled(self) -> None:
        # a meeting with no set times keeps none: its time inputs cannot be touched
        for widget in (self.start_time, self.end_time, self.zone):
            widget.setEnabled(self.timed.isChecked())

    # --- reading the fields ----------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "code": self.code.text(),
            "title": self.title_edit.text(),
            "body": self.body.currentText(),
            "parent": self.parent_body.currentText(),
            "city": self.city.text(),
            "venue": self.venue.currentText(),
            "room": self.room.currentText(),
            "chair": self.chair.text(),
            "source": self.source.text(),
            "notes": self.notes.toPlainText(),
        }

    def _values(self) -> dict[str, Any]:
        """The keyword arguments of the meeting the fields describe, all but ``decided``."""
        base = self.original
        texts = self._texts()
        for name in TEXT_FIELDS:
            untouched = base is not None and texts[name] == self._initial_texts[name]
            texts[name] = getattr(base, name) if untouched else texts[name].strip()
        timed = self.timed.isChecked()
        start, end = self.period.span()
        sector = self.sector.currentData()
        country = self.country.code()
        nominal = self.nominal_year.value()
        people = self.participants.value()
        return {
            **texts,
            "id": base.id if base else new_id(),
            "kind": MeetingKind(self.kind.currentData()),
            "start": start,
            "end": end,
            "precision": self.period.precision(),
            "sector": Sector(sector) if sector else None,
            "start_time": _time(self.start_time.time()) if timed else None,
            "end_time": _time(self.end_time.time()) if timed else None,
            "timezone": self.zone.zone() if timed else "",
            "country": self.country.currentText().strip() if country is None else country,
            "mode": Mode(self.mode.currentData()),
            "status": Status(self.status.currentData()),
            "nominal_year": None if nominal == self.nominal_year.minimum() else nominal,
            "participants": None if people < 0 else people,
            "sequence": base.sequence if base else 0,
            "uid": base.uid if base else "",
        }

    def _check(self, values: dict[str, Any]) -> None:
        """What only the dialog knows: the codes taken, the venues and rooms, the zone list."""
        check_entered(
            values,
            self.original,
            self.taken,
            self.venues,
            self.rooms,
            country_known=self.country.code() is not None,
        )

    def meeting(self) -> Meeting:
        """The meeting as the fields describe it; raises InvalidMeeting naming the field."""
        values = self._values()
        self._check(values)
        return Meeting(**values, decided=self.decided.decided())

    @Slot()
    def _on_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            self.meeting()
        except InvalidMeeting as exc:
            values = {
                **self._values(),
                "decided_from": from_qdate(self.decided.start.date()),
                "decided_to": from_qdate(self.decided.end.date()),
                "decided_source": self.decided.source.text(),
            }
            self.problem.setText(explain(exc, values))
            ok.setEnabled(False)
            self.suggest_button.setEnabled(False)
            return
        self.problem.setText("")
        ok.setEnabled(True)
        self.suggest_button.setEnabled(True)
