import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

# before pytest-qt makes the QApplication: importing Qt does not choose the platform yet
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Shown:
    """One message box as the planner would have seen it."""

    icon: QMessageBox.Icon
    title: str
    text: str
    text_format: Qt.TextFormat


@dataclass
class MessageBoxes:
    """Every message box a test raised, newest last; ``answer`` is the button each one gets."""

    shown: list[Shown] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.shown]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageBoxes]:
    """No test waits on a modal message box: each one is recorded and answered at once."""
    boxes = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        boxes.shown.append(Shown(box.icon(), box.windowTitle(), box.text(), box.textFormat()))
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    yield boxes
