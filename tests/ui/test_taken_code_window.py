"""Creating a meeting with a code already taken, from the window's session: the window says why
in a "Not changed" box (in its language) and nothing is written or put on the undo stack; before,
``sqlite3.IntegrityError`` escaped the session."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from scheduler_app.domain import new_id
from scheduler_app.services import editing
from scheduler_app.ui import i18n
from scheduler_app.ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self, *a: boxes.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda self, *a: boxes.append(self) or 0)
    return boxes


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "is already the code of another meeting"), ("fr", "choisissez un autre code")],
)
def test_a_taken_code_is_refused_by_the_session(qapp, qtbot, reference_db, shown, lang, words):
    i18n.install(qapp, lang)
    try:
        window = MainWindow(reference_db)
        qtbot.addWidget(window)
        db = window.session.db
        c26 = next(m for m in db.meetings() if m.label == "C26")
        twin = c26.replace(id=new_id(), uid="", title="Another council")
        count, steps = db.count_meetings(), window.session.undo_stack.count()
        with qtbot.waitSignal(window.session.edit_failed) as failed:
            assert window.session.edit(lambda: editing.create(db, twin)) is None
        _title, message = failed.args
        assert "C26" in message and words in message
        assert db.count_meetings() == count and window.session.undo_stack.count() == steps
    finally:
        i18n.install(qapp, "en")
