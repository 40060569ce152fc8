"""``scheduler-app sync`` against a real Radicale: exit codes and one-line failures."""

from __future__ import annotations

import pytest

from scheduler_app.cli import main
from scheduler_app.services import editing
from scheduler_app.services.planner import open_database
from tests.helpers import meeting
from tests.services.sync.radicale_server import PASSWORD, USER, free_port, running


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running(tmp_path_factory.mktemp("radicale")) as s:
        yield s


def _db(path, *meetings):
    db = open_database(path, with_calendar=False)
    for m in meetings:
        editing.create(db, m)
    db.close()
    return str(path)


def test_sync_conflict_exit_1_then_resolve(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SCHEDULER_APP_PASSWORD", PASSWORD)
    url = f"{server.base}/{USER}/cli/"
    a = _db(tmp_path / "a.sqlite", meeting("SG1-2027-1", "2027-03-01"))
    b = _db(tmp_path / "b.sqlite")
    assert main(["sync", "--db", a, "--url", url, "--user", USER]) == 0
    assert main(["sync", "--db", b, "--url", url, "--user", USER]) == 0
    for path, title in ((a, "From A"), (b, "From B")):
        db = open_database(path)
        m = db.meeting_by_code("SG1-2027-1")
        editing.update(db, m, m.replace(title=title))
        db.close()
    assert main(["sync", "--db", a, "--url", url, "--user", USER]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", b, "--url", url, "--user", USER]) == 1
    out = capsys.readouterr().out
    assert "conflict: SG1-2027-1: title: here 'From B', there 'From A'" in out
    assert PASSWORD not in out
    args = ["sync", "--db", b, "--url", url, "--user", USER, "--resolve", "SG1-2027-1"]
    assert main([*args, "--keep", "theirs"]) == 0


def test_a_wrong_password_is_exit_2_in_one_line(server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SCHEDULER_APP_PASSWORD", "wrong")
    db = _db(tmp_path / "a.sqlite")
    assert main(["sync", "--db", db, "--url", server.url, "--user", USER]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused the user name or password" in err
    assert "wrong" not in err


def test_an_unreachable_server_is_exit_2_in_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SCHEDULER_APP_PASSWORD", PASSWORD)
    db = _db(tmp_path / "a.sqlite")
    url = f"http://127.0.0.1:{free_port()}/{USER}/x/"
    assert main(["sync", "--db", db, "--url", url, "--user", USER]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be reached" in err


def test_plain_http_to_another_host_is_refused_without_insecure(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SCHEDULER_APP_PASSWORD", PASSWORD)
    db = _db(tmp_path / "a.sqlite")
    assert main(["sync", "--db", db, "--url", "http://calendar.example/x/", "--user", USER]) == 2
    assert "--insecure" in capsys.readouterr().err


def test_no_password_anywhere_says_where_to_put_it(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SCHEDULER_APP_PASSWORD", raising=False)
    monkeypatch.setattr("scheduler_app.services.sync.password.from_keyring", lambda u, n: None)
    db = _db(tmp_path / "a.sqlite")
    assert main(["sync", "--db", db, "--url", "https://calendar.example/x/", "--user", USER]) == 2
    assert "SCHEDULER_APP_PASSWORD" in capsys.readouterr().err


def test_an_address_with_a_password_in_it_is_refused_without_printing_it(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("SCHEDULER_APP_PASSWORD", "other")
    db = str(tmp_path / "a.sqlite")
    url = "http://alice:S3cret@127.0.0.1:9/cal/"
    assert main(["sync", "--db", db, "--url", url, "--user", "alice"]) == 2
    err = capsys.readouterr().err
    assert "S3cret" not in err and "--user" in err
