"""File > Shared Calendar… and the status bar's sync line, against a real Radicale on 127.0.0.1.

The password goes to an in-memory keyring set for each test (never the real one)."""

from __future__ import annotations

import itertools
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings

from scheduler_app.services import editing
from scheduler_app.services.planner import open_database
from scheduler_app.services.sync.client import CalDavClient
from scheduler_app.services.sync.engine import sync
from scheduler_app.services.sync.password import SERVICE
from scheduler_app.ui.main_window import MainWindow
from scheduler_app.ui.shared_calendar_dialog import SharedCalendarDialog, status_of
from scheduler_app.ui.sync_status import SyncStatus, load_settings
from tests.helpers import meeting
from tests.services.sync.radicale_server import PASSWORD, USER, free_port, running

_numbers = itertools.count()


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture(scope="module")
def radicale(tmp_path_factory):
    with running(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def url(radicale) -> str:
    return f"{radicale.base}/{USER}/window-{next(_numbers)}/"


def _window(qtbot, path: Path, *meetings) -> MainWindow:
    db = open_database(path, with_calendar=False)
    for m in meetings:
        editing.create(db, m)
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def _dialog(qtbot, window: MainWindow) -> SharedCalendarDialog:
    window.files.shared_calendar_action.trigger()
    dialog = window.findChild(SharedCalendarDialog)
    assert dialog is not None
    return dialog


def _connect(qtbot, dialog: SharedCalendarDialog, url: str, password: str = PASSWORD) -> None:
    dialog.url.setText(url)
    dialog.user.setText(USER)
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.status.sync_finished, timeout=30_000):
        dialog.connect_button.click()


def _sync_now(qtbot, status: SyncStatus) -> None:
    with qtbot.waitSignal(status.sync_finished, timeout=30_000):
        assert status.sync_now()


def _colleague(tmp_path: Path, url: str, name: str = "colleague"):
    db = open_database(tmp_path / f"{name}.sqlite", with_calendar=False)
    client = CalDavClient(url, USER, PASSWORD)
    return db, client


def test_the_menu_item_is_in_the_file_menu(qtbot, tmp_path):
    w = _window(qtbot, tmp_path / "a.sqlite")
    assert w.files.shared_calendar_action in w.menus.file.actions()
    assert isinstance(w.findChild(SyncStatus), SyncStatus)
    assert not status_of(w, w.session).label.isVisible()  # nothing shared yet: nothing said


def test_connect_keeps_the_password_in_the_keyring_only_and_sends_the_meetings(
    qtbot, tmp_path, url, memory_keyring
):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url)
    status = dialog.status
    assert status.outcome is not None and status.outcome.report.sent == 1
    assert status.label.text().startswith("Shared calendar: synced ")
    assert "conflict" not in status.label.text()
    assert memory_keyring.kept == {(SERVICE, f"{USER}@{url}"): PASSWORD}
    settings = load_settings(w.session.db.path)
    assert (settings.url, settings.user, settings.every_minutes) == (url, USER, 0)
    QSettings().sync()
    settings_file = Path(QSettings().fileName())
    assert PASSWORD.encode() not in settings_file.read_bytes()
    assert PASSWORD.encode() not in Path(w.session.db.path).read_bytes()
    colleague, client = _colleague(tmp_path, url)
    sync(colleague, client)
    assert [m.code for m in colleague.meetings()] == ["SG1-2027-1"]
    client.close()
    colleague.close()


def test_a_pulled_sync_is_one_undo_step_and_every_pane_shows_it(
    qtbot, tmp_path, url, memory_keyring
):
    colleague, client = _colleague(tmp_path, url)
    for code in ("SG1-2027-1", "SG2-2027-1", "SG3-2027-1"):
        editing.create(colleague, meeting(code, "2027-03-01"))
    sync(colleague, client)
    w = _window(qtbot, tmp_path / "a.sqlite")
    heard = []
    w.session.meetings_changed.connect(heard.append)
    _connect(qtbot, _dialog(qtbot, w), url)
    assert w.session.undo_stack.count() == 1
    assert w.session.undo_stack.undoText() == "Sync with the shared calendar"
    [change] = heard
    assert sorted(m.code for m in change.after) == ["SG1-2027-1", "SG2-2027-1", "SG3-2027-1"]
    assert w.meetings.model.rowCount() == 3  # the list heard of it like an import
    # a colleague's edit comes in by the next sync, again one step
    m = colleague.meeting_by_code("SG2-2027-1")
    editing.update(colleague, m, m.replace(title="Moved by a colleague"))
    sync(colleague, client)
    _sync_now(qtbot, w.findChild(SyncStatus))
    assert w.session.db.meeting_by_code("SG2-2027-1").title == "Moved by a colleague"
    assert w.session.undo_stack.count() == 2
    w.session.undo_stack.undo()
    assert w.session.db.meeting_by_code("SG2-2027-1").title == "Meeting SG2-2027-1"
    w.session.undo_stack.undo()
    assert w.session.db.meetings() == [] and w.meetings.model.rowCount() == 0
    client.close()
    colleague.close()


def test_a_conflict_is_listed_and_keep_theirs_settles_it(qtbot, tmp_path, url, memory_keyring):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url)
    colleague, client = _colleague(tmp_path, url)
    sync(colleague, client)
    theirs = colleague.meeting_by_code("SG1-2027-1")
    editing.update(colleague, theirs, theirs.replace(title="<b>Their</b> title"))
    sync(colleague, client)
    mine = w.session.db.meeting_by_code("SG1-2027-1")
    w.session.edit(lambda: editing.update(w.session.db, mine, mine.replace(title="My title")))
    _sync_now(qtbot, dialog.status)
    assert dialog.status.label.text().endswith(" · 1 conflict")
    table = dialog.table
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row == ["SG1-2027-1", "title", "My title", "<b>Their</b> title"]
    assert dialog.keep_theirs.isEnabled()
    with qtbot.waitSignal(dialog.status.sync_finished, timeout=30_000):
        dialog.keep_theirs.click()
    assert table.rowCount() == 0 and "conflict" not in dialog.status.label.text()
    assert w.session.db.meeting_by_code("SG1-2027-1").title == "<b>Their</b> title"
    sync(colleague, client)
    assert colleague.meeting_by_code("SG1-2027-1").title == "<b>Their</b> title"
    client.close()
    colleague.close()


def test_keep_mine_sends_this_sides_value(qtbot, tmp_path, url, memory_keyring):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url)
    colleague, client = _colleague(tmp_path, url)
    sync(colleague, client)
    theirs = colleague.meeting_by_code("SG1-2027-1")
    editing.update(colleague, theirs, theirs.replace(city="Rome"))
    sync(colleague, client)
    mine = w.session.db.meeting_by_code("SG1-2027-1")
    w.session.edit(lambda: editing.update(w.session.db, mine, mine.replace(city="Paris")))
    _sync_now(qtbot, dialog.status)
    assert dialog.table.rowCount() == 1
    with qtbot.waitSignal(dialog.status.sync_finished, timeout=30_000):
        dialog.keep_mine.click()
    sync(colleague, client)
    assert colleague.meeting_by_code("SG1-2027-1").city == "Paris"
    assert dialog.table.rowCount() == 0
    client.close()
    colleague.close()


def test_offline_says_how_many_edits_wait_then_sends_them(
    qtbot, tmp_path, url, radicale, memory_keyring
):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url)
    db = w.session.db
    radicale.stop()
    try:
        m = db.meeting_by_code("SG1-2027-1")
        w.session.edit(lambda: editing.update(db, m, m.replace(title="Edited on the train")))
        w.session.edit(lambda: editing.create(db, meeting("SG2-2027-1", "2027-04-01")))
        w.session.edit(lambda: editing.create(db, meeting("SG3-2027-1", "2027-05-01")))
        _sync_now(qtbot, dialog.status)
        assert dialog.status.label.text() == "Shared calendar: offline (will send 3 edits)"
    finally:
        radicale.start()
    _sync_now(qtbot, dialog.status)
    assert dialog.status.outcome.report.sent == 3
    assert dialog.status.label.text().startswith("Shared calendar: synced ")


def test_a_wrong_password_is_one_line_in_the_planners_words(qtbot, tmp_path, url, memory_keyring):
    w = _window(qtbot, tmp_path / "a.sqlite")
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url, password="not-the-password")
    text = dialog.status.label.text()
    assert text.startswith("Shared calendar: ") and "refused the user name or password" in text
    assert "\n" not in text and "not-the-password" not in text
    assert "refused the user name or password" in dialog.line.text()


def test_an_unreachable_server_is_offline_not_a_crash(qtbot, tmp_path, memory_keyring):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, f"http://127.0.0.1:{free_port()}/{USER}/nowhere/")
    assert dialog.status.label.text() == "Shared calendar: offline (will send 1 edit)"


def test_plain_http_to_another_computer_is_refused_before_any_password_is_sent(
    qtbot, tmp_path, memory_keyring
):
    w = _window(qtbot, tmp_path / "a.sqlite")
    dialog = _dialog(qtbot, w)
    dialog.url.setText("http://calendar.example/planner/itu/")
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    dialog.connect_button.click()
    assert "unencrypted" in dialog.line.text() and "--insecure" not in dialog.line.text()
    assert memory_keyring.kept == {} and not dialog.status.running


def test_sync_every_n_minutes_runs_a_timer_that_syncs(qtbot, tmp_path, url, memory_keyring):
    w = _window(qtbot, tmp_path / "a.sqlite")
    dialog = _dialog(qtbot, w)
    dialog.every.setChecked(True)
    dialog.minutes.setValue(5)
    _connect(qtbot, dialog, url)
    status = dialog.status
    assert status.timer.isActive() and status.timer.interval() == 5 * 60_000
    assert load_settings(w.session.db.path).every_minutes == 5
    editing.create(w.session.db, meeting("SG1-2027-1", "2027-03-01"))
    with qtbot.waitSignal(status.sync_finished, timeout=30_000):
        status.timer.timeout.emit()
    assert status.outcome.report.sent == 1


def test_settings_are_kept_per_database_and_the_password_comes_back_from_the_keyring(
    qtbot, tmp_path, url, memory_keyring
):
    w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    _connect(qtbot, _dialog(qtbot, w), url)
    status = w.findChild(SyncStatus)
    assert w.files.open_path(tmp_path / "b.sqlite", create=True)
    assert status.settings.url == "" and not status.label.isVisible()
    assert w.files.open_path(tmp_path / "a.sqlite")
    assert status.settings.url == url and status.has_password  # read from the keyring
    assert status.label.text() == "Shared calendar: not synced yet"
    _sync_now(qtbot, status)
    assert status.outcome.report is not None and not status.outcome.problem


def test_a_keyring_that_cannot_keep_the_password_is_said_and_the_sync_still_runs(
    qtbot, tmp_path, url
):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        w = _window(qtbot, tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
        dialog = _dialog(qtbot, w)
        dialog.url.setText(url)
        dialog.user.setText(USER)
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(dialog.status.sync_finished, timeout=30_000):
            dialog.connect_button.click()
            assert "cannot keep the password" in dialog.line.text()
        assert dialog.status.outcome.report.sent == 1
    finally:
        keyring.set_keyring(before)


def test_a_colleagues_rule_setting_and_meeting_come_in_as_one_undo_step(
    qtbot, tmp_path, url, memory_keyring
):
    from scheduler_app.storage.checking import load_policy, save_policy_value

    colleague, client = _colleague(tmp_path, url)
    editing.create(colleague, meeting("SG1-2027-1", "2027-03-01"))
    save_policy_value(colleague, "CS91-RA-WITH-WRC", "max_gap_days", 10)
    sync(colleague, client)
    w = _window(qtbot, tmp_path / "a.sqlite")
    settings_heard = []
    w.session.settings_changed.connect(settings_heard.append)
    _connect(qtbot, _dialog(qtbot, w), url)
    db = w.session.db
    assert load_policy(db).overrides() == {"CS91-RA-WITH-WRC": {"max_gap_days": 10}}
    assert len(settings_heard) == 1 and db.meeting_by_code("SG1-2027-1") is not None
    stack = w.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Sync with the shared calendar"
    stack.undo()
    assert load_policy(db).overrides() == {} and db.meetings() == []
    client.close()
    colleague.close()


def test_a_settings_conflict_is_listed_under_rule_settings_and_settled(
    qtbot, tmp_path, url, memory_keyring
):
    from scheduler_app.storage.checking import load_policy, save_policy_value

    w = _window(qtbot, tmp_path / "a.sqlite")
    save_policy_value(w.session.db, "CS91-RA-WITH-WRC", "max_gap_days", 10)
    dialog = _dialog(qtbot, w)
    _connect(qtbot, dialog, url)
    colleague, client = _colleague(tmp_path, url)
    sync(colleague, client)
    save_policy_value(colleague, "CS91-RA-WITH-WRC", "max_gap_days", 12)
    sync(colleague, client)
    save_policy_value(w.session.db, "CS91-RA-WITH-WRC", "max_gap_days", 5)
    _sync_now(qtbot, dialog.status)
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row == ["Rule settings and waivers", "policy CS91-RA-WITH-WRC max_gap_days", "5", "12"]
    with qtbot.waitSignal(dialog.status.sync_finished, timeout=30_000):
        dialog.keep_mine.click()
    assert dialog.table.rowCount() == 0
    sync(colleague, client)
    assert load_policy(colleague).overrides()["CS91-RA-WITH-WRC"]["max_gap_days"] == 5
    client.close()
    colleague.close()
