"""Changing the selected meetings together: one field for all of them, or a move by N days.

The dialogs only ask; the window passes the answer to ``services.editing.set_fields`` or
``move_many``, which make it one undoable edit.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from scheduler_app.domain import (
    Meeting,
    MeetingKind,
    Mode,
    Precision,
    Room,
    Status,
    Venue,
    format_span,
)
from scheduler_app.domain.errors import FIRST_YEAR, LAST_YEAR
from scheduler_app.services import editing
from scheduler_app.ui.plain import plain_label
from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP
from scheduler_app.ui.vocabulary import kind_name, mode_name, status_name

MAX_MOVE_DAYS = 3650  # ten years: further than that is a new meeting, not a move


def listed(meetings: Sequence[Meeting], most: int = 4) -> str:
    """ "PP-26, RA-27, WRC-27 and 2 more": the meetings a dialog acts on, by code."""
    return editing.names(meetings, most=most, more=True) if meetings else ""


def _count(n: int) -> str:
    return "1 meeting" if n == 1 else f"{n} meetings"


def _enum_words(value: StrEnum) -> str:
    if isinstance(value, MeetingKind):
        return kind_name(value)
    if isinstance(value, Status):
        return status_name(value)
    if isinstance(value, Mode):
        return mode_name(value)
    return value.value.replace("-", " ").capitalize()


class FieldChangeDialog(QDialog):
    """ "Change 4 meetings": one field (status, kind, venue or mode) and the value all get."""

    FIELDS = (
        (
            "status",
            QT_TRANSLATE_NOOP("BulkEditDialog", "Status"),
        ),
        ("kind", QT_TRANSLATE_NOOP("BulkEditDialog", "Kind")),
        (
            "venue",
            QT_TRANSLATE_NOOP("BulkEditDialog", "Venue"),
        ),
        ("mode", QT_TRANSLATE_NOOP("BulkEditDialog", "Mode")),
    )

    def __init__(
        self,
        meetings: Sequence[Meeting],
        venues: Sequence[Venue],
        rooms: Sequence[Room] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meetings = list(meetings)
        self.venues = {v.name: v for v in venues}
        self.rooms = {(r.venue, r.name) for r in rooms}
        self.setWindowTitle(self.tr("Change %1").replace("%1", self._title_names()))
        self.which = QComboBox(self)
        self.which.setAccessibleName(self.tr("Field to change"))
        self.values = QStackedWidget(self)
        self.boxes: dict[str, QComboBox] = {}
        choices: dict[str, list[tuple[str, object]]] = {
            "status": [(_enum_words(s), s) for s in Status],
            "kind": [(_enum_words(k), k) for k in MeetingKind],
            "venue": [(self.tr("No venue"), ""), *[(n, n) for n in sorted(self.venues)]],
            "mode": [(_enum_words(m), m) for m in Mode],
        }
        # The values stay in Python: a combo box's item data would turn a StrEnum into plain text.
        self.choices = {
            field: [value for _text, value in items] for field, items in choices.items()
        }
        for field, name in self.FIELDS:
            self.which.addItem(self.tr(name), field)
            box = QComboBox(self.values)
            box.setAccessibleName(self.tr("New %1").replace("%1", self.tr(name).lower()))
            box.addItems([text for text, _value in choices[field]])
            shared = {getattr(m, field) for m in self.meetings}
            if len(shared) == 1 and (held := shared.pop()) in self.choices[field]:
                box.setCurrentIndex(self.choices[field].index(held))  # all alike: start there
            box.currentIndexChanged.connect(self._on_value_changed)
            self.boxes[field] = box
            self.values.addWidget(box)
        self.which.currentIndexChanged.connect(self._on_field_changed)
        self.whom = _wrapped(self, listed(self.meetings))  # codes are user text
        self.current = _wrapped(self)
        self.outcome = _wrapped(self)
        self.buttons, self.ok = _buttons(self, self.tr("Change"))
        form = QFormLayout(self)
        form.addRow(self.tr("Meetings:"), self.whom)
        form.addRow(self.tr("&Change:"), self.which)
        label = QLabel(self.tr("&To:"), self)
        label.setBuddy(self.values)
        form.addRow(label, self.values)
        form.addRow(self.current)
        form.addRow(self.outcome)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        self._on_field_changed()

    def sizeHint(self) -> QSize:
        return _snug(self, super().sizeHint())

    def _title_names(self) -> str:
        return editing.names(self.meetings, most=1)  # a title: the list is in the dialog

    @property
    def field(self) -> str:
        return str(self.which.currentData())

    def value(self) -> object:
        return self.choices[self.field][self.boxes[self.field].currentIndex()]

    def fields(self) -> dict[str, object]:
        """The answer, as ``services.editing.set_fields`` takes it: ``{"status": Status.HELD}``."""
        return {self.field: self.value()}

    def select(self, field: str, value: object) -> None:
        """Choose ``field`` and its new ``value`` (what a planner does with the two boxes)."""
        self.which.setCurrentIndex(self.which.findData(field))
        if value not in self.choices[field]:
            raise ValueError(f"{value!r} is not offered for {field}")
        self.boxes[field].setCurrentIndex(self.choices[field].index(value))

    @Slot()
    def _on_field_changed(self) -> None:
        box = self.boxes[self.field]
        self.values.setCurrentWidget(box)
        self.values.setFocusProxy(box)  # the "To:" label's shortcut reaches the shown box
        self._on_value_changed()

    @Slot()
    def _on_value_changed(self) -> None:
        field, value = self.field, self.value()
        box = self.boxes[field]
        words = {v: box.itemText(i) for i, v in enumerate(self.choices[field])}
        held = Counter(getattr(m, field) for m in self.meetings)
        self.current.setText(
            self.tr("Now: %1").replace(
                "%1", ", ".join(f"{words.get(v, v)} ({n})" for v, n in held.most_common())
            )
        )
        changing = [m for m in self.meetings if getattr(m, field) != value]
        lines = [
            self.tr("%1 of %2 will change.")
            .replace("%1", str(len(changing)))
            .replace("%2", _count(len(self.meetings)))
            if changing
            else self.tr("Nothing would change: each already has this value.")
        ]
        if field == "venue":
            lines += self._venue_consequences(str(value), changing)
        self.outcome.setText("\n".join(lines))
        self.ok.setEnabled(bool(changing))
        _fit_height(self)

    def _venue_consequences(self, name: str, changing: Sequence[Meeting]) -> list[str]:
        lines = []
        venue = self.venues.get(name)
        if venue is not None and venue.city:
            place = ", ".join(p for p in (venue.city, venue.country) if p)
            lines.append(self.tr("Their place becomes %1.").replace("%1", place))
        losing = [m for m in changing if m.room and (name, m.room) not in self.rooms]
        if losing:
            text = (
                self.tr("%1 loses its room, which %2 does not have.")
                if len(losing) == 1
                else self.tr("%1 lose their rooms, which %2 does not have.")
            )
            lines.append(
                text.replace("%1", listed(losing)).replace("%2", name or self.tr("no venue"))
            )
        return lines


class MoveDaysDialog(QDialog):
    """ "Move 4 meetings": how many days, earlier or later, with the first meeting's new dates."""

    def __init__(self, meetings: Sequence[Meeting], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings = sorted(meetings, key=lambda m: (m.start, m.end, m.code))
        names = editing.names(self.meetings, most=1)  # a title: the list is in the dialog
        self.setWindowTitle(self.tr("Move %1").replace("%1", names))
        self.days_box = QSpinBox(self)
        self.days_box.setRange(1, MAX_MOVE_DAYS)
        self.days_box.setValue(7)
        self.days_box.setSuffix(self.tr(" days"))
        self.days_box.setAccessibleName(self.tr("Number of days"))
        self.later = QRadioButton(self.tr("&Later"), self)
        self.earlier = QRadioButton(self.tr("&Earlier"), self)
        self.later.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.later)
        group.addButton(self.earlier)
        direction = QWidget(self)
        row = QHBoxLayout(direction)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.later)
        row.addWidget(self.earlier)
        row.addStretch(1)
        self.whom = _wrapped(self, listed(self.meetings))
        self.preview = _wrapped(self)
        self.problem = _wrapped(self)
        self.buttons, self.ok = _buttons(self, self.tr("Move"))
        form = QFormLayout(self)
        form.addRow(self.tr("Meetings:"), self.whom)
        form.addRow(self.tr("&Move by:"), self.days_box)
        form.addRow(self.tr("Direction:"), direction)
        form.addRow(self.preview)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(420)
        self.days_box.valueChanged.connect(self._on_changed)
        group.buttonToggled.connect(self._on_changed)
        self._on_changed()

    def sizeHint(self) -> QSize:
        return _snug(self, super().sizeHint())

    def days(self) -> int:
        """The answer, as ``services.editing.move_many`` takes it: negative is earlier."""
        n = self.days_box.value()
        return n if self.later.isChecked() else -n

    @Slot()
    def _on_changed(self) -> None:
        shift = dt.timedelta(days=self.days())
        dated = [m for m in self.meetings if m.precision is Precision.DAY]
        undated = [m for m in self.meetings if m.precision is not Precision.DAY]
        lines = []
        if dated:
            first = dated[0]
            lines.append(
                self.tr("%1: %2 becomes %3")
                .replace("%1", first.label)
                .replace("%2", first.span)
                .replace("%3", self._moved_span(first, shift))
            )
            if len(dated) > 1:
                lines.append(
                    self.tr("and %1 more, each by the same number of days").replace(
                        "%1", str(len(dated) - 1)
                    )
                )
        problems = []
        if undated:
            problems.append(
                self.tr(
                    "%1 known only by a month, quarter or year cannot move by days: %2. "
                    "Give them days in Edit Meeting, or leave them out of the selection."
                )
                .replace("%1", _count(len(undated)))
                .replace("%2", listed(undated))
            )
        beyond = [m for m in dated if not _in_range(m, shift)]
        if beyond:
            problems.append(
                self.tr("%1 would leave the years the planner supports.").replace(
                    "%1", listed(beyond)
                )
            )
        self.preview.setText("\n".join(lines))
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.ok.setEnabled(not problems)
        _fit_height(self)

    @staticmethod
    def _moved_span(m: Meeting, shift: dt.timedelta) -> str:
        if not _in_range(m, shift):
            return "—"
        return format_span(m.start + shift, m.end + shift)


def _wrapped(parent: QWidget, text: str = "") -> QLabel:
    """A label of plain text (meeting codes are the planner's) that wraps."""
    label = plain_label(QLabel(parent), text)
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog, action: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's own default button (Change, Move), which accepts it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = QPushButton(action, dialog)
    ok.setDefault(True)
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _snug(dialog: QDialog, hint: QSize) -> QSize:
    """A dialog's first size: as tall as its wrapped words need at its width (Qt's own hint
    measures them at a narrower width, leaving a gap under the buttons)."""
    layout = dialog.layout()
    width = max(hint.width(), dialog.minimumWidth())
    if layout is None or not layout.hasHeightForWidth():
        return hint
    return QSize(width, layout.totalHeightForWidth(width))


def _fit_height(dialog: QDialog) -> None:
    """Grow a shown dialog when its words grew (a longer outcome): a dialog keeps its size
    once shown, and the last lines would be cut off."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = max(dialog.minimumSizeHint().height(), layout.totalHeightForWidth(dialog.width()))
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def _in_range(m: Meeting, shift: dt.timedelta) -> bool:
    try:
        return (m.start + shift).year >= FIRST_YEAR and (m.end + shift).year <= LAST_YEAR
    except OverflowError:
        return False


def ask_field_change(
    parent: QWidget | None,
    meetings: Sequence[Meeting],
    venues: Sequence[Venue],
    rooms: Sequence[Room] = (),
) -> dict[str, object] | None:
    """Ask which field the selected meetings all get and its value; ``None`` if cancelled."""
    if not meetings:
        return None
    dialog = FieldChangeDialog(meetings, venues, rooms, parent)
    return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_move_days(parent: QWidget | None, meetings: Sequence[Meeting]) -> int | None:
    """Ask by how many days to move the selected meetings (negative: earlier); ``None`` if
    cancelled."""
    if not meetings:
        return None
    dialog = MoveDaysDialog(meetings, parent)
    return dialog.days() if dialog.exec() == QDialog.DialogCode.Accepted else None
