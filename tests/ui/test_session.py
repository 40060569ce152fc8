"""The session: a background first check, edits that reach the checker, undo through records."""

import datetime as dt

import pytest

from scheduler_app.services import editing
from scheduler_app.services.checking import checker_for_database
from scheduler_app.storage import StorageError
from scheduler_app.ui.session import Session


def finding_keys(findings):
    return sorted((f.rule_id, f.meeting_ids, f.message) for f in findings)


@pytest.fixture
def session(qtbot, reference_db):
    return Session(reference_db)


def test_the_first_check_runs_off_the_gui_thread_and_arrives_by_signal(session, qtbot):
    with qtbot.waitSignal(session.checking_changed) as started:
        session.start_check()
    assert started.args == [True] and session.checking and session.findings() == []
    with qtbot.waitSignal(session.findings_changed, timeout=20_000):
        pass
    assert not session.checking
    expected = checker_for_database(session.db).findings()
    assert finding_keys(session.findings()) == finding_keys(expected)


def test_an_edit_made_while_the_check_runs_is_applied_to_its_checker(session, qtbot):
    session.start_check()
    pp26 = session.db.meeting_by_code("PP-26")
    session.edit(lambda: editing.move(session.db, pp26, 400))
    qtbot.waitUntil(lambda: not session.checking, timeout=20_000)
    fresh = checker_for_database(session.db).findings()
    assert finding_keys(session.findings()) == finding_keys(fresh)


def test_the_checker_property_waits_for_a_running_check(session):
    session.start_check()
    checker = session.checker
    assert not session.checking and checker.findings() == session.findings()


def test_undo_and_redo_write_through_the_records(session, qtbot):
    session.checker  # noqa: B018 (checked first)
    pp26 = session.db.meeting_by_code("PP-26")
    changes = []
    session.meetings_changed.connect(changes.append)
    session.edit(lambda: editing.move(session.db, pp26, 7))
    assert session.db.meeting_by_code("PP-26").start == pp26.start + dt.timedelta(days=7)
    session.undo_stack.undo()
    assert session.db.meeting_by_code("PP-26").start == pp26.start
    session.undo_stack.redo()
    assert session.db.meeting_by_code("PP-26").start != pp26.start
    assert len(changes) == 3 and all(c.ids == {pp26.id} for c in changes)


def test_a_refused_edit_is_announced_and_not_stacked(session, qtbot):
    def refused():
        raise StorageError("the database is read-only")

    with qtbot.waitSignal(session.edit_failed) as failed:
        assert session.edit(refused) is None
    assert "read-only" in failed.args[1] and session.undo_stack.count() == 0


def test_selection_is_announced_once_per_change(session, qtbot):
    seen = []
    session.selection_changed.connect(seen.append)
    session.select(["a", "b", "a"])
    session.select(["a", "b"])
    assert seen == [("a", "b")] and session.selected_ids == ("a", "b")
