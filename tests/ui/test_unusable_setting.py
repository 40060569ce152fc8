"""A stored rule setting the rules cannot use (issue 12, defect 2): the window said "Checking…"
for ever, Suggest Dates, waiving and dragging checked again and raised, the message spoke only
the command line's words and Planning > Rule Settings raised on the stored value."""

from __future__ import annotations

import pytest

from scheduler_app.services import checking
from scheduler_app.storage import PlanningDatabase, StorageError
from scheduler_app.ui import editors
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.session import CheckUnavailable


def _store_loud(db: PlanningDatabase) -> None:
    with db.write():  # as an old or hand-edited database holds it
        db.conn.execute(
            "INSERT INTO policy(rule_id, name, value) VALUES ('HOLIDAY-VENUE', 'severity', ?)",
            ['"loud"'],
        )


@pytest.fixture
def window(qtbot, reference_db, message_boxes):
    _store_loud(reference_db)
    w = MainWindow(reference_db)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    return w


def test_the_message_names_the_setting_and_both_ways_to_reset_it(window, message_boxes):
    [box] = message_boxes.shown
    assert box.title == "Cannot check the calendar"
    assert box.text == (
        "the stored setting 'severity' of HOLIDAY-VENUE cannot be used ('loud'): reset it under "
        "Planning > Rule Settings, or with `scheduler-app policy --reset HOLIDAY-VENUE`"
    )


def test_the_status_bar_says_the_calendar_is_not_checked(window):
    assert not window.session.checking
    assert window.findings_label.text() == "Not checked: a rule setting cannot be used"


def test_what_needs_the_rules_says_so_without_checking_again(window, message_boxes, monkeypatch):
    calls = []
    real = checking.checker_for_database
    monkeypatch.setattr(
        "scheduler_app.ui.session.checker_for_database",
        lambda *a, **kw: calls.append(1) or real(*a, **kw),
    )
    with pytest.raises(CheckUnavailable) as raised:
        window.session.checker  # noqa: B018
    assert isinstance(raised.value, StorageError) and "HOLIDAY-VENUE" in str(raised.value)

    pp26 = window.db.meeting_by_code("PP-26")
    window.select_meeting(pp26.id)
    assert window.edits.suggest_dates() is None
    assert message_boxes.shown[-1].title == "Cannot suggest dates"
    window.show_view("year")
    view = window.year_view
    view.drag_started.emit(pp26.id, "move")
    assert view._allowed == frozenset()  # no tint without a checker
    view.bar_dragging.emit(pp26.id, 3, "move")
    assert "HOLIDAY-VENUE" in window.statusBar().currentMessage()
    assert calls == []  # no blocking check that would fail the same way


def test_the_rule_settings_show_the_stored_value_and_reset_it(window, qtbot):
    dialog = editors.open_policy_editor(window.session, window, "HOLIDAY-VENUE")
    qtbot.addWidget(dialog)
    assert dialog.current_rule().id == "HOLIDAY-VENUE"
    row = dialog.rule_table.currentRow()
    assert dialog.rule_table.item(row, 1).text() == "loud (cannot be used)"
    assert "severity ('loud')" in dialog.changed.text() and dialog.reset.isEnabled()

    dialog.reset.click()
    assert "severity" not in checking.load_policy(window.db).overrides().get("HOLIDAY-VENUE", {})
    qtbot.waitUntil(lambda: not window.session.checking, timeout=20_000)
    assert window.session.check_error is None and window.session.checked is not None
    assert "errors" in window.findings_label.text()


def test_help_rules_says_why_it_cannot_show_the_settings_instead_of_raising(window, message_boxes):
    shown = len(message_boxes.shown)
    [rules] = [a for a in window.menus.help.actions() if a.text() == "&Rules"]
    rules.trigger()
    assert len(message_boxes.shown) == shown + 1
    assert "HOLIDAY-VENUE" in message_boxes.shown[-1].text
