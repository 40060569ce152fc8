"""A writer process for the concurrency tests: edits and imports in a loop, saying what it tries
before each write and what was acknowledged after it, one flushed line each.

    python -m tests.storage.writers DB ROLE SEED SECONDS

``editor`` changes meetings' city (and retries when another writer got there first),
``importer`` imports CSV files that change the notes of a few meetings, ``mixed`` does both.
Lines: ``try ROLE N CODE[,CODE...] VALUE`` then ``ack ROLE N``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from scheduler_app.services import editing
from scheduler_app.services.importing import ImportConflict, import_file
from scheduler_app.storage import PlanningDatabase

CODES = [f"RG-{i:02d}" for i in range(12)]


def seed(path: Path) -> None:
    """The calendar every writer starts from."""
    from scheduler_app.services.planner import open_database
    from tests.helpers import meeting

    with open_database(path, with_calendar=False) as db:
        for code in CODES:
            editing.create(db, meeting(code, "2027-03-01", "2027-03-03", kind="rapporteur-group"))


def _say(*words: object) -> None:
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def _edit(db: PlanningDatabase, rng: random.Random, role: str, n: int) -> None:
    code = rng.choice(CODES)
    city = f"{role}-{n}"
    _say("try", role, n, code, city)
    while True:
        m = db.meeting_by_code(code)
        assert m is not None
        try:
            editing.update(db, m, m.replace(city=city))
            break
        except editing.EditConflict:
            continue  # another writer changed it since we read it: read again, edit again
    _say("ack", role, n)


def _import(db: PlanningDatabase, rng: random.Random, role: str, n: int, folder: Path) -> None:
    codes = sorted(rng.sample(CODES, 3))
    notes = f"{role}-{n}"
    path = folder / f"{role}-{n}.csv"
    rows = "".join(
        f"{code},Meeting {code},rapporteur-group,2027-03-01,2027-03-03,{notes}\n" for code in codes
    )
    path.write_text(f"code,title,kind,start,end,notes\n{rows}", encoding="utf-8")
    _say("try", role, n, ",".join(codes), notes)
    while True:
        try:
            import_file(db, path)
            break
        except ImportConflict:
            continue
    _say("ack", role, n)


def main(argv: list[str]) -> int:
    path, role, seed_text, seconds = argv
    rng = random.Random(int(seed_text))
    stop = time.monotonic() + float(seconds)
    with PlanningDatabase.open(path) as db, tempfile.TemporaryDirectory() as tmp:
        n = 0
        while time.monotonic() < stop:
            n += 1
            if role == "editor" or (role == "mixed" and rng.random() < 0.6):
                _edit(db, rng, role, n)
            else:
                _import(db, rng, role, n, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
