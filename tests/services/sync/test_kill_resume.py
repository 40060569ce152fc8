"""A sync killed with SIGKILL at random points, then resumed: no duplicate on the server, no
edit lost, and the two planning databases end identical (a real Radicale, real processes)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scheduler_app.services import editing
from scheduler_app.services.sync.resources import read_resource
from scheduler_app.storage import PlanningDatabase
from tests.helpers import meeting
from tests.services.sync.conftest import client_for
from tests.services.sync.radicale_server import PASSWORD, USER

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

# The sync, in a process that SIGKILLs itself right after the answer to its Nth request arrives
# (the server has done it; the planner has not recorded it). A kill point counted in requests
# lands inside the sync however fast the machine; one counted in seconds lands anywhere.
_SYNC = """
import os, signal, sys
from scheduler_app.cli import main
from scheduler_app.services.sync.client import CalDavClient
die_at = int(os.environ.get("DIE_AT_REQUEST", "0"))
real, sent = CalDavClient._send, [0]
def send(self, *args, **kwargs):
    answer = real(self, *args, **kwargs)
    sent[0] += 1
    if sent[0] == die_at:
        os.kill(os.getpid(), signal.SIGKILL)
    return answer
CalDavClient._send = send
sys.exit(main(sys.argv[1:]))
"""
ROOT = Path(__file__).resolve().parents[3]


def _start(db: PlanningDatabase, url: str, die_at: int = 0) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SCHEDULER_APP_PASSWORD": PASSWORD, "DIE_AT_REQUEST": str(die_at)}
    return subprocess.Popen(
        [sys.executable, "-c", _SYNC, "sync", "--db", str(db.path), "--url", url, "--user", USER],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _killed_or_done(db: PlanningDatabase, url: str, after: float, die_at: int) -> str:
    """Run a sync in another process that dies by SIGKILL after its ``die_at``th request, or
    is killed ``after`` seconds in, whichever comes first (if it is still running)."""
    process = _start(db, url, die_at)
    deadline = time.monotonic() + after
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    if process.wait() == -signal.SIGKILL:
        return "killed"
    out, err = process.communicate()
    assert process.returncode == 0, (out + err).decode()
    return "done"


def _to_the_end(db: PlanningDatabase, url: str) -> str:
    process = _start(db, url)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, (out + err).decode()
    return out.decode()


def _state(db: PlanningDatabase) -> list[tuple[str, ...]]:
    return sorted(
        (m.id, m.code, m.title, m.notes, m.start.isoformat(), m.end.isoformat())
        for m in db.meetings()
    )


def test_syncs_killed_at_random_points_resume_without_duplicates_or_loss(two_dbs, url):
    a, b = two_dbs
    rng = random.Random(int(os.environ.get("KILL_SEED", "15")))
    titles: dict[str, str] = {}  # what A last wrote, by meeting id
    notes: dict[str, str] = {}  # what B last wrote
    gone: set[str] = set()
    for n in range(40):
        m = editing.create(a, meeting(f"A-{n}", "2027-03-01")).after[0]
        titles[m.id] = m.title
    outcomes = []
    for round_ in range(10):
        # A retitles a few of its meetings, adds one and deletes one B never edits
        for m in rng.sample([m for m in a.meetings() if m.code.startswith("A-")], 3):
            editing.update(a, m, m.replace(title=f"title {round_} of {m.code}"))
            titles[m.id] = f"title {round_} of {m.code}"
        new = editing.create(a, meeting(f"A-new-{round_}", "2027-06-01")).after[0]
        titles[new.id] = new.title
        doomed = a.meeting_by_code(f"A-{30 + round_}")
        editing.delete(a, [doomed])
        gone.add(doomed.id)
        titles.pop(doomed.id)
        # B writes notes of meetings A only retitles (different fields: no conflict)
        for m in [m for m in b.meetings() if m.code.startswith("A-") and m.code < "A-3"][:2]:
            editing.update(b, m, m.replace(notes=f"note {round_} from B"))
            notes[m.id] = f"note {round_} from B"
        for db in (a, b):
            outcomes.append(_killed_or_done(db, url, rng.uniform(0.2, 3.0), rng.randint(1, 12)))
    assert "killed" in outcomes  # the test killed some syncs (and let others finish)
    for _ in range(3):  # resumed: until neither side has anything left to send or take
        for db in (a, b):
            _to_the_end(db, url)
    last = _to_the_end(a, url) + _to_the_end(b, url)
    assert last.count("0 received, 0 sent") == 2, last
    assert _state(a) == _state(b)
    held = {m.id: m for m in a.meetings()}
    assert set(held) == set(titles) and not gone & set(held)
    assert {i: held[i].title for i in titles} == titles
    assert all(held[i].notes == text for i, text in notes.items())
    client = client_for(url)
    try:
        resources = client.fetch(client.etags())
    finally:
        client.close()
    ids = [read_resource(text, href).meeting.id for href, (_, text) in resources.items()]
    assert sorted(ids) == sorted(held)  # one resource per meeting, no duplicate


class _Died(BaseException):
    """The process died right after this request reached the server (nothing after it ran)."""


def _dying_after(monkeypatch, method: str):
    from scheduler_app.services.sync.client import CalDavClient

    real = getattr(CalDavClient, method)

    def once(self, *args):
        monkeypatch.setattr(CalDavClient, method, real)
        real(self, *args)
        raise _Died

    monkeypatch.setattr(CalDavClient, method, once)


def _sync(db: PlanningDatabase, url: str):
    from scheduler_app.services.sync.engine import sync

    client = client_for(url)
    try:
        return sync(db, client)
    finally:
        client.close()


def test_a_new_meeting_sent_but_not_recorded_then_edited_by_a_colleague_merges(
    two_dbs, url, monkeypatch
):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    _dying_after(monkeypatch, "put")
    with pytest.raises(_Died):
        _sync(a, url)
    _sync(b, url)
    m = b.meeting_by_code("SG1-2027-1")
    editing.update(b, m, m.replace(notes="from B"))
    _sync(b, url)
    report = _sync(a, url)
    assert report.conflicts == [] and a.meeting_by_code("SG1-2027-1").notes == "from B"
    assert _state(a) == _state(b)


def test_an_update_sent_but_not_recorded_then_a_colleagues_other_field_merges(
    two_dbs, url, monkeypatch
):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    _sync(a, url)
    _sync(b, url)
    m = a.meeting_by_code("SG1-2027-1")
    editing.update(a, m, m.replace(title="Retitled by A"))
    _dying_after(monkeypatch, "put")
    with pytest.raises(_Died):
        _sync(a, url)
    m = b.meeting_by_code("SG1-2027-1")
    editing.update(b, m, m.replace(notes="from B"))
    assert _sync(b, url).conflicts == []
    assert _sync(a, url).conflicts == []
    _sync(b, url)
    assert _state(a) == _state(b)
    assert (a.meeting_by_code("SG1-2027-1").title, a.meeting_by_code("SG1-2027-1").notes) == (
        "Retitled by A",
        "from B",
    )


def test_a_deletion_sent_but_not_recorded_is_finished_by_the_next_sync(two_dbs, url, monkeypatch):
    a, b = two_dbs
    editing.create(a, meeting("SG1-2027-1", "2027-03-01"))
    editing.create(a, meeting("SG2-2027-1", "2027-03-01"))
    _sync(a, url)
    editing.delete(a, [a.meeting_by_code("SG1-2027-1")])
    _dying_after(monkeypatch, "delete")
    with pytest.raises(_Died):
        _sync(a, url)
    again = _sync(a, url)
    assert again.conflicts == [] and again.skipped == []
    _sync(b, url)
    assert [m.code for m in b.meetings()] == ["SG2-2027-1"]
    assert _state(a) == _state(b)
