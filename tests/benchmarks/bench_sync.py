"""Sync against a local Radicale: the first sync of the demo, a sync with nothing changed, a
sync of one changed meeting, a second database's first sync, and a short stress run of two
planners editing and syncing in turns (they must end identical).

    python tests/benchmarks/bench_sync.py [MEETINGS] [STRESS_ROUNDS]

Targets (issue 15) at 20,000 meetings: first sync < 60 s, no change < 1 s, one change < 1 s.
Radicale 3.9 checks a new resource's UID against every resource already stored, so each
creation costs time in proportion to the collection's size: a first sync is quadratic on it.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from scheduler_app.services import editing
from scheduler_app.services.demo import write_demo
from scheduler_app.services.planner import open_database
from scheduler_app.services.sync.client import CalDavClient
from scheduler_app.services.sync.engine import sync
from tests.services.sync.radicale_server import PASSWORD, USER, running


def _timed(label: str, db, client) -> float:
    t = time.perf_counter()
    report = sync(db, client)
    took = time.perf_counter() - t
    print(f"{label:<34} {took:8.2f} s   {report.summary()}")
    return took


def main(meetings: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as folder, running(Path(folder)) as server:
        a = open_database(Path(folder) / "a.sqlite", with_calendar=False)
        b = open_database(Path(folder) / "b.sqlite", with_calendar=False)
        write_demo(a, meetings)
        ca = CalDavClient(server.url, USER, PASSWORD)
        cb = CalDavClient(server.url, USER, PASSWORD)
        print(f"{meetings} meetings, Radicale on 127.0.0.1")
        _timed("first sync (upload)", a, ca)
        _timed("no change", a, ca)
        m = a.meetings()[meetings // 2]
        editing.update(a, m, m.replace(title=m.title + " (revised)"))
        _timed("one changed meeting", a, ca)
        _timed("second database, first sync", b, cb)
        _timed("second database, no change", b, cb)
        r = random.Random(15)
        for n in range(rounds):
            for db, client in ((a, ca), (b, cb)):
                for m in r.sample(db.meetings(), 3):
                    field = r.choice(("title", "city", "notes"))
                    editing.update(db, m, m.replace(**{field: f"{field} {n} {id(db) % 97}"}))
                sync(db, client)
        if rounds:
            for db, client in ((a, ca), (b, cb), (a, ca)):
                sync(db, client)
            same = [(m.id, m.title, m.city, m.notes) for m in a.meetings()] == [
                (m.id, m.title, m.city, m.notes) for m in b.meetings()
            ]
            print(f"stress: {rounds} rounds of both sides editing 3 meetings: identical={same}")
            assert same
        for c in (ca, cb):
            c.close()
        a.close()
        b.close()


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 20000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 20,
    )
