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
def message_boxes(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[MessageBoxes]:
    """No test waits on a modal message box: each one is recorded and answered at once."""
    boxes = MessageBoxes()

    def exec_(box: QMessageBox) -> int:
        boxes.shown.append(Shown(box.icon(), box.windowTitle(), box.text(), box.textFormat()))
        return int(boxes.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    if request.node.get_closest_marker("real_import_dialogs") is None:
        _record_import_dialogs(monkeypatch, boxes)
    yield boxes


def _record_import_dialogs(monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes) -> None:
    """The import's preview and error list are recorded as message boxes are: the preview's
    text is its heading and summary, answered Import when ``answer`` is Yes; the error list's is
    what Copy would put on the clipboard."""
    from PySide6.QtWidgets import QDialog

    from scheduler_app.ui.import_preview import ImportErrorsDialog, ImportPreviewDialog

    def preview(dialog: ImportPreviewDialog) -> int:
        text = f"{dialog.heading.text()}\n{dialog.summary.text()}"
        boxes.shown.append(
            Shown(QMessageBox.Icon.Question, dialog.windowTitle(), text, Qt.TextFormat.PlainText)
        )
        yes = boxes.answer == QMessageBox.StandardButton.Yes
        return int((QDialog.DialogCode.Accepted if yes else QDialog.DialogCode.Rejected).value)

    def errors(dialog: ImportErrorsDialog) -> int:
        boxes.shown.append(
            Shown(
                QMessageBox.Icon.Critical,
                dialog.windowTitle(),
                dialog.text(),
                dialog.heading.textFormat(),
            )
        )
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(ImportPreviewDialog, "exec", preview)
    monkeypatch.setattr(ImportErrorsDialog, "exec", errors)
