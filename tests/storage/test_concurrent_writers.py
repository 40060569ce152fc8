"""Writers in other processes, and writers killed with SIGKILL: nothing acknowledged is lost, and
nobody's edit is silently written over by another's."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scheduler_app.storage import PlanningDatabase
from tests.storage import writers

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SCHEDULER_KILL_RUNS", "6"))


def _start(db: Path, role: str, seed: int, seconds: float) -> subprocess.Popen[str]:
    errors = (db.parent / f"{role}-{seed}.err").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "tests.storage.writers", str(db), role, str(seed), str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=errors,
        text=True,
    )


def _errors(db: Path, role: str, seed: int) -> str:
    return (db.parent / f"{role}-{seed}.err").read_text()


def _possible(lines: list[str]) -> dict[tuple[str, str], set[str]]:
    """What each (field, code) may hold after the log: a write may land any time after it is
    tried, and it has landed once acknowledged. Each field has one writer, whose lines are in
    order, so a write in flight when its writer was killed stays possible until the next
    acknowledged one."""
    possible: dict[tuple[str, str], set[str]] = {}
    tried: dict[tuple[str, str], tuple[str, list[str], str]] = {}
    for line in lines:
        words = line.split()
        if words[0] == "try":
            _, role, n, codes, value = words
            field = "notes" if "," in codes else "city"
            tried[(role, n)] = (field, codes.split(","), value)
            for code in codes.split(","):
                possible.setdefault((field, code), {""}).add(value)
        elif words[0] == "ack":
            field, codes, value = tried.pop((words[1], words[2]))
            for code in codes:
                possible[(field, code)] = {value}
    return possible


def _assert_nothing_lost(db_path: Path, lines: list[str]) -> None:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with PlanningDatabase.open(db_path) as db:
        stored = {m.code: m for m in db.meetings()}
    for (field, code), values in _possible(lines).items():
        got = getattr(stored[code], field)
        assert got in values, f"{code}.{field} is {got!r}: one of {sorted(values)} was expected"


@pytest.mark.slow
def test_two_processes_editing_and_importing_one_database_lose_nothing(tmp_path):
    db_path = tmp_path / "shared.sqlite"
    writers.seed(db_path)
    procs = [_start(db_path, "editor", 1, 4), _start(db_path, "importer", 2, 4)]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    for p, role, seed in zip(procs, ("editor", "importer"), (1, 2), strict=True):
        assert p.returncode == 0, _errors(db_path, role, seed)
    lines = [line for out in outputs for line in out.splitlines()]
    acks = [line for line in lines if line.startswith("ack")]
    assert {line.split()[1] for line in acks} == {"editor", "importer"}
    assert len(acks) > 20  # the two really ran side by side
    _assert_nothing_lost(db_path, lines)
    with PlanningDatabase.open(db_path) as db:
        # every acknowledged write raised the meeting's sequence: none was reused
        total = sum(m.sequence for m in db.meetings())
    edits = sum(1 for line in acks if line.split()[1] == "editor")
    assert total >= edits


def _reader(proc: subprocess.Popen[str], lines: list[str], acks_wanted: int) -> None:
    assert proc.stdout is not None
    acks = 0
    for line in proc.stdout:
        lines.append(line.rstrip("\n"))
        if line.startswith("ack"):
            acks += 1
            if acks >= acks_wanted:
                return


@pytest.mark.slow
def test_writers_killed_at_random_points_lose_no_acknowledged_edit(tmp_path):
    db_path = tmp_path / "killed.sqlite"
    writers.seed(db_path)
    rng = random.Random(int(os.environ.get("SCHEDULER_KILL_SEED", "16")))
    log: list[str] = []
    for run in range(KILLS):
        proc = _start(db_path, "mixed", run, 60)
        lines: list[str] = []
        _reader(proc, lines, rng.randint(1, 25))
        time.sleep(rng.random() * 0.05)  # somewhere inside the next write
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.stdout is not None
        lines.extend(proc.stdout.read().splitlines())  # through the same buffer as the reader
        assert proc.wait(timeout=30) == -signal.SIGKILL
        # each run's writer gets a name of its own, so its lines never pair with another run's
        log.extend(line.replace(" mixed ", f" run{run} ", 1) for line in lines)
        _assert_nothing_lost(db_path, log)
