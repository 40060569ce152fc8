"""The property every imported file must keep, and the worker process that runs it on mutants.

:func:`check_file` imports one file into a copy of a template database: first as a dry run, then
for real, then once more. It passes when the file is either refused cleanly (a
:class:`CsvFormatError` whose every problem is one line naming the file, and the database holds
exactly what it held) or imported sanely (integrity ok, every meeting ends on or after its start,
the dry run's counts are the import's, and the second import adds and changes nothing). Anything
else raises :class:`Finding` with a short ``signature`` (what and where) for grouping.

:func:`run_batch` runs :func:`check_file` over many mutants in a child process with a per-input
wall-clock limit and an address-space limit, restarting it after a hang or a crash, and returns
the findings by signature. Replay a saved input with ``python -m tests.fuzz.harness FILE...``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import re
import resource
import shutil
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from scheduler_app.interop.csvfile import CsvFormatError
from scheduler_app.services.demo import write_demo
from scheduler_app.services.importing import ImportReport, import_file
from scheduler_app.services.planner import open_database
from scheduler_app.storage import PlanningDatabase
from tests.fuzz.mutate import Corpus, mutant

INPUT_TIMEOUT_S = float(os.environ.get("SCHEDULER_FUZZ_TIMEOUT", "10"))
MEMORY_LIMIT_MB = int(os.environ.get("SCHEDULER_FUZZ_MEMORY_MB", "500"))
# Recurring series are bounded per series (the issue asks for 5,000 occurrences by default).
SERIES_LIMIT = 5_000
# Expansion window: fixed, so a replay tomorrow sees what the run saw today.
WINDOW = (dt.date(2025, 1, 1), dt.date(2035, 12, 31))
TEMPLATES = ("fresh", "populated", "reference")

_EXCEPTION_WORDS = re.compile(
    r"Traceback|\b\w*(Error|Exception|Warning)\b|object at 0x|<built-in|\bself\b|"
    r"^\w+\(|\bNone\b|Errno"
)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
MAX_PROBLEM_CHARS = 1_000  # beyond the file name: longer means a value is being echoed whole


class Finding(AssertionError):
    """The property does not hold for an input. ``signature`` groups findings with one cause."""

    def __init__(self, signature: str, detail: str) -> None:
        super().__init__(f"{signature}\n{detail}")
        self.signature = signature
        self.detail = detail


class InputTimeout(BaseException):
    """One input ran longer than :data:`INPUT_TIMEOUT_S` (raised from a timer signal)."""


def make_templates(folder: Path) -> dict[str, Path]:
    """Template databases, built once: empty of meetings, the 20-meeting demo the corpus's own
    exports came from (so they update and match), and the bundled ITU reference calendar."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"template-{name}.sqlite" for name in TEMPLATES}
    for name, path in paths.items():
        if path.exists():
            continue
        building = path.with_suffix(".building")
        for stale in folder.glob(building.name + "*"):
            stale.unlink()
        db = open_database(building, with_calendar=name == "reference")
        if name == "populated":
            write_demo(db, 20, seed=2026)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        building.replace(path)
    return paths


def dump(db: PlanningDatabase) -> str:
    """Everything the database holds, as SQL text, for before/after comparisons."""
    return "\n".join(db.conn.iterdump())


def _where(tb: traceback.StackSummary | list[traceback.FrameSummary]) -> str:
    """The innermost frame in scheduler_app (else the innermost one), as ``file:line (func)``."""
    frames = list(tb)
    ours = [f for f in frames if "scheduler_app" in f.filename] or frames or []
    if not ours:
        return "?"
    f = ours[-1]
    name = f.filename.split("scheduler_app/")[-1] if "scheduler_app" in f.filename else f.filename
    return f"{name}:{f.lineno} ({f.name})"


def _exception_finding(stage: str, exc: BaseException) -> Finding:
    where = _where(traceback.extract_tb(exc.__traceback__))
    kind = "hang" if isinstance(exc, InputTimeout) else type(exc).__name__
    if isinstance(exc, MemoryError):
        kind = "MemoryError (over the memory limit)"
    text = "".join(traceback.format_exception(exc))
    return Finding(f"{kind} in {stage} at {where}", text[-4000:])


def _check_refusal(exc: CsvFormatError, path: Path, stage: str) -> None:
    name = str(path)
    if not exc.problems:
        raise Finding(f"refusal without problems in {stage}", repr(exc)[:2000])
    for p in exc.problems:
        text = str(p)
        shown = text[:300] + ("..." if len(text) > 300 else "")
        if "\n" in text or "\r" in text or "\u2028" in text or "\x85" in text:
            raise Finding(
                f"multi-line problem message in {stage}", f"column {p.column[:60]!r}: {shown}"
            )
        if name not in text:
            raise Finding(f"problem message not naming the file in {stage}", shown)
        rest = text.replace(name, "", 1)
        if len(rest) > MAX_PROBLEM_CHARS:
            raise Finding(f"problem message over {MAX_PROBLEM_CHARS} chars in {stage}", shown)
        # What the file said is quoted in a message and may say anything; the rest may not.
        hit = _EXCEPTION_WORDS.search(_QUOTED.sub("''", p.problem))
        if hit:
            raise Finding(
                f"problem message shows Python internals ({hit.group(0)!r}) in {stage}", shown
            )


_COUNTED = ("added", "updated", "unchanged", "skipped", "new_bodies", "new_venues", "new_rooms")


def _counts(report: ImportReport) -> dict[str, int]:
    return {name: len(getattr(report, name)) for name in _COUNTED}


def _check_sane(db: PlanningDatabase, data: bytes) -> None:
    conn = db.conn
    if conn.in_transaction:
        raise Finding("transaction left open after import", "")
    ok = conn.execute("PRAGMA integrity_check").fetchall()
    if ok != [("ok",)]:
        raise Finding("integrity_check failed", repr(ok)[:2000])
    bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
    if bad_keys:
        raise Finding("foreign_key_check failed", repr(bad_keys)[:2000])
    try:
        meetings = db.meetings()
    except Exception as exc:  # a stored row that no longer loads
        raise _exception_finding("reading back the stored meetings", exc) from exc
    for m in meetings:
        if m.end < m.start:
            raise Finding("stored meeting ends before it starts", repr(m)[:2000])
        if m.start == m.end and m.start_time and m.end_time and m.end_time < m.start_time:
            raise Finding("stored meeting's end time before its start time", repr(m)[:2000])
        if not (m.start.year >= 1 and m.end.year <= 9999):
            raise Finding("stored meeting outside years 1-9999", repr(m)[:2000])
    series = len(re.findall(rb"(?im)^(RRULE|RDATE)", data))
    events = len(re.findall(rb"(?im)^BEGIN:VEVENT", data)) + data.count(b"\n") + 1
    if len(meetings) > 20_000 + SERIES_LIMIT * series + events:
        raise Finding(f"unbounded expansion: {len(meetings)} meetings stored", "")


def check_file(path: Path, template: Path, work: Path) -> str:
    """Check the property for the file at ``path`` against a copy of ``template`` in ``work``;
    return "refused" or "imported", or raise :class:`Finding`."""
    target = work / "p.sqlite"
    for stale in work.glob("p.sqlite*"):
        stale.unlink()
    shutil.copyfile(template, target)
    data = path.read_bytes()
    db = PlanningDatabase.open(target)
    try:
        before = dump(db)
        try:
            dry = import_file(db, path, dry_run=True, window=WINDOW)
        except CsvFormatError as exc:
            _check_refusal(exc, path, "dry run")
            if dump(db) != before:
                raise Finding("database changed by a refused dry run", "") from exc
            try:
                import_file(db, path, window=WINDOW)
            except CsvFormatError as again:
                _check_refusal(again, path, "import")
                if dump(db) != before:
                    raise Finding("database changed by a refused import", "") from again
                _check_sane(db, b"")
                return "refused"
            except (Exception, InputTimeout) as other:
                raise _exception_finding("import after a refused dry run", other) from other
            raise Finding("dry run refused but the import went ahead", "") from exc
        except (Exception, InputTimeout) as exc:
            raise _exception_finding("dry run", exc) from exc
        if dump(db) != before:
            raise Finding("database changed by a dry run", "")
        try:
            real = import_file(db, path, window=WINDOW)
        except CsvFormatError as exc:
            raise Finding("dry run accepted but the import refused", str(exc)[:2000]) from exc
        except (Exception, InputTimeout) as exc:
            raise _exception_finding("import", exc) from exc
        if _counts(dry) != _counts(real):
            raise Finding(
                "dry run's counts differ from the import's",
                f"dry run {_counts(dry)}\nimport  {_counts(real)}",
            )
        for line in [real.summary(), *real.skipped]:
            if "\n" in line or "\r" in line:
                raise Finding("multi-line summary or skip reason", line[:300])
        _check_sane(db, data)
        after = dump(db)
        try:
            again = import_file(db, path, window=WINDOW)
        except CsvFormatError as exc:
            raise Finding("second import of the same file refused", str(exc)[:2000]) from exc
        except (Exception, InputTimeout) as exc:
            raise _exception_finding("second import", exc) from exc
        if again.added or again.updated:
            first = (again.added + again.updated)[0]
            raise Finding(
                "second import of the same file "
                + ("adds meetings" if again.added else "updates meetings"),
                f"{_counts(again)}\nfirst: {first!r}"[:2000],
            )
        if dump(db) != after and not again.added and not again.updated:
            raise Finding("second import changed the database while reporting no change", "")
        return "imported"
    finally:
        db.close()


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`InputTimeout` in the main thread after ``seconds`` (SIGALRM)."""

    def expired(signum: int, frame: object) -> None:
        raise InputTimeout(f"over {seconds:g} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# --- batches in a child process ------------------------------------------------------------------


@dataclass
class Seen:
    """Every input that showed one signature (the first few kept in full)."""

    signature: str
    count: int = 0
    examples: list[tuple[int, str]] = field(default_factory=list)  # (index, detail)


@dataclass
class BatchResult:
    kind: str
    seed: int
    runs: int
    seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)
    findings: dict[str, Seen] = field(default_factory=dict)


def _vm_size() -> int:
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _worker(
    conn: multiprocessing.connection.Connection,
    kind: str,
    seed: int,
    start: int,
    stop: int,
    templates: dict[str, Path],
    work: Path,
    current: multiprocessing.sharedctypes.Synchronized,
) -> None:
    """Check mutants ``start``..``stop``, sending each one's outcome or finding."""
    if MEMORY_LIMIT_MB:
        limit = _vm_size() + MEMORY_LIMIT_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    corpus = Corpus.load()
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"input.{kind}"
    names = list(templates)
    for index in range(start, stop):
        current.value = index
        _name, data = mutant(corpus, kind, seed, index)
        path.write_bytes(data)
        template = templates[names[index % len(names)]]
        try:
            with time_limit(INPUT_TIMEOUT_S):
                conn.send(("ok", index, check_file(path, template, work)))
        except Finding as finding:
            conn.send(("finding", index, finding.signature, finding.detail))
        except (Exception, InputTimeout) as exc:  # in the harness itself: report, go on
            f = _exception_finding("the harness", exc)
            conn.send(("finding", index, f.signature, f.detail))
    conn.send(("done",))


def run_batch(
    kind: str, seed: int, runs: int, work: Path, templates: dict[str, Path], *, offset: int = 0
) -> BatchResult:
    """Check mutants ``offset``..``offset + runs`` of ``kind``; a child that hangs past twice
    the per-input limit or dies is recorded as a finding at the input it was on, and a new child
    carries on after it."""
    # Not "fork": the parent may run batches from several threads, and a child forked while
    # another thread holds a lock can wait on it for ever.
    ctx = multiprocessing.get_context("spawn")
    began = time.perf_counter()
    result = BatchResult(kind, seed, runs, 0.0)
    index, stop = offset, offset + runs

    def note(i: int, signature: str, detail: str) -> None:
        seen = result.findings.setdefault(signature, Seen(signature))
        seen.count += 1
        if len(seen.examples) < 3:
            seen.examples.append((i, detail))

    while index < stop:
        current = ctx.Value("q", index)
        parent, child = ctx.Pipe(duplex=False)
        proc = ctx.Process(
            target=_worker, args=(child, kind, seed, index, stop, templates, work, current)
        )
        proc.start()
        child.close()
        last, since = current.value, time.monotonic()
        finished = False
        while True:
            if parent.poll(0.2):
                try:
                    message = parent.recv()
                except EOFError:
                    message = None
                if message is None:
                    pass
                elif message[0] == "ok":
                    result.outcomes[message[2]] = result.outcomes.get(message[2], 0) + 1
                    continue
                elif message[0] == "finding":
                    note(message[1], message[2], message[3])
                    result.outcomes["finding"] = result.outcomes.get("finding", 0) + 1
                    continue
                else:
                    finished = True
                    break
            if current.value != last:
                last, since = current.value, time.monotonic()
            if not proc.is_alive() and not parent.poll(0):
                break
            if time.monotonic() - since > 2 * INPUT_TIMEOUT_S + 5:
                proc.kill()
                break
        proc.join()
        if finished:
            break
        stuck = current.value
        code = proc.exitcode
        what = (
            f"hang past {2 * INPUT_TIMEOUT_S + 5:g} s (killed)"
            if code == -signal.SIGKILL
            else f"worker died (exit {code})"
        )
        note(stuck, what, "")
        result.outcomes["finding"] = result.outcomes.get("finding", 0) + 1
        index = stuck + 1
    result.seconds = time.perf_counter() - began
    return result


def save_input(kind: str, seed: int, index: int, folder: Path) -> Path:
    """Write mutant ``index`` of ``kind`` for ``seed`` to ``folder``, for replaying."""
    folder.mkdir(parents=True, exist_ok=True)
    name, data = mutant(Corpus.load(), kind, seed, index)
    path = folder / f"{kind}-seed{seed}-{index}-from-{Path(name).stem}.{kind}"
    path.write_bytes(data)
    return path


def replay(path: Path, folder: Path) -> list[str]:
    """Check one saved input against every template; one line per template."""
    templates = make_templates(folder / "templates")
    lines = []
    for name, template in templates.items():
        work = folder / f"replay-{name}"
        work.mkdir(parents=True, exist_ok=True)
        copy = work / ("input" + path.suffix)
        shutil.copyfile(path, copy)
        try:
            with time_limit(INPUT_TIMEOUT_S):
                lines.append(f"{name}: {check_file(copy, template, work)}")
        except Finding as finding:
            lines.append(f"{name}: FINDING {finding.signature}")
    return lines


if __name__ == "__main__":  # python -m tests.fuzz.harness FILE...
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        failed = False
        for arg in sys.argv[1:]:
            for line in replay(Path(arg), Path(tmp)):
                failed = failed or "FINDING" in line
                print(f"{arg}: {line}")
    sys.exit(1 if failed else 0)
