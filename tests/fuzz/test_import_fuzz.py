"""Fuzzing CSV and iCalendar import: every input is refused cleanly or imported sanely.

The property is :func:`tests.fuzz.harness.check_file`. Three sources of inputs:

- the seed corpus in ``tests/fuzz/corpus`` itself (real producers' shapes and the planner's own
  exports), against every template database;
- seeded mutants of it (:mod:`tests.fuzz.mutate`), run in child processes with a per-input time
  limit and a memory limit, a few thousand per run;
- Hypothesis-generated events and CSV rows, structured enough to get past the parsers.

Scale it with environment variables::

    SCHEDULER_FUZZ_RUNS=100000     mutants per run, split between CSV and .ics (default 3000)
    SCHEDULER_FUZZ_SEED=7          mutation and Hypothesis seed (default 2026)
    SCHEDULER_FUZZ_OFFSET=50000    first mutant index (to continue a long run)
    SCHEDULER_FUZZ_JOBS=2          child processes per kind (default 2)
    SCHEDULER_FUZZ_EXAMPLES=1000   Hypothesis examples per strategy (default 300)
    SCHEDULER_FUZZ_TIMEOUT=10      seconds one input may take (default 10)
    SCHEDULER_FUZZ_MEMORY_MB=500   address space one input may add (default 500; 0: no limit)
    SCHEDULER_FUZZ_SAVE=/some/dir  also copy every failing input there
    SCHEDULER_FUZZ_SHRINK=1        let Hypothesis shrink what it finds (slow; off by default)

A failure names each distinct problem with the seed and index of its inputs and where they were
saved; replay one with ``python -m tests.fuzz.harness FILE``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from tests.fuzz.harness import (
    BatchResult,
    Finding,
    Seen,
    check_file,
    make_templates,
    run_batch,
    save_input,
    time_limit,
)
from tests.fuzz.mutate import CORPUS

RUNS = int(os.environ.get("SCHEDULER_FUZZ_RUNS", "3000"))
SEED = int(os.environ.get("SCHEDULER_FUZZ_SEED", "2026"))
OFFSET = int(os.environ.get("SCHEDULER_FUZZ_OFFSET", "0"))
JOBS = max(1, int(os.environ.get("SCHEDULER_FUZZ_JOBS", "2")))
EXAMPLES = int(os.environ.get("SCHEDULER_FUZZ_EXAMPLES", "300"))
SAVE = os.environ.get("SCHEDULER_FUZZ_SAVE", "")
SHRINK = os.environ.get("SCHEDULER_FUZZ_SHRINK", "") == "1"
# .ics inputs take about twice as long as CSV ones; both get half the runs.
SHARE = {"csv": RUNS // 2, "ics": RUNS - RUNS // 2}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_templates(tmp_path_factory.mktemp("fuzz-templates"))


def _saved(path: Path) -> Path:
    if SAVE:
        Path(SAVE).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, Path(SAVE) / path.name)
    return path


# --- the corpus itself ---------------------------------------------------------------------------

SEEDS = sorted(p for p in CORPUS.rglob("*.*") if p.suffix in (".csv", ".ics"))


def test_corpus_is_small_and_covers_both_formats() -> None:
    assert sum(p.stat().st_size for p in SEEDS) < 300_000
    assert {p.suffix for p in SEEDS} == {".csv", ".ics"}


@pytest.mark.parametrize("template_name", ["fresh", "populated", "reference"])
@pytest.mark.parametrize("seed_file", SEEDS, ids=lambda p: p.name)
def test_seed_file(
    seed_file: Path, template_name: str, templates: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / seed_file.name
    shutil.copyfile(seed_file, copy)
    with time_limit(10):
        check_file(copy, templates[template_name], tmp_path)


# --- mutants -------------------------------------------------------------------------------------


def _run_parallel(kind: str, runs: int, work: Path, templates: dict[str, Path]) -> BatchResult:
    """Split ``runs`` mutants over :data:`JOBS` child processes and merge what they found."""
    jobs = max(1, min(JOBS, runs))
    bounds = [OFFSET + runs * j // jobs for j in range(jobs + 1)]
    results: list[BatchResult] = []

    def one(j: int) -> None:
        count = bounds[j + 1] - bounds[j]
        results.append(run_batch(kind, SEED, count, work / f"job{j}", templates, offset=bounds[j]))

    threads = [threading.Thread(target=one, args=(j,)) for j in range(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    merged = BatchResult(kind, SEED, runs, max((r.seconds for r in results), default=0.0))
    for r in results:
        for k, v in r.outcomes.items():
            merged.outcomes[k] = merged.outcomes.get(k, 0) + v
        for sig, seen in r.findings.items():
            into = merged.findings.setdefault(sig, Seen(sig))
            into.count += seen.count
            into.examples = sorted(into.examples + seen.examples)[:3]
    return merged


@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_mutants(kind: str, templates: dict[str, Path], tmp_path: Path) -> None:
    runs = SHARE[kind]
    if runs <= 0:
        pytest.skip("SCHEDULER_FUZZ_RUNS=0")
    result = _run_parallel(kind, runs, tmp_path / "work", templates)
    checked = sum(result.outcomes.values())
    print(
        f"\n{kind}: {checked} mutants (seed {SEED}, from {OFFSET}) in {result.seconds:.1f} s: "
        f"{result.outcomes}"
    )
    assert checked == runs, f"only {checked} of {runs} inputs were checked: {result.outcomes}"
    if not result.findings:
        return
    saved = tmp_path / "findings"
    report = [f"{len(result.findings)} distinct problems in {runs} {kind} mutants (seed {SEED}):"]
    for seen in sorted(result.findings.values(), key=lambda s: -s.count):
        report.append(f"- {seen.signature}: {seen.count} inputs")
        for index, _detail in seen.examples:
            path = _saved(save_input(kind, SEED, index, saved))
            report.append(f"    seed {SEED} index {index}: {path}")
        last_line = next((ln for ln in reversed(seen.examples[0][1].splitlines()) if ln), "")
        if last_line:
            report.append(f"    {last_line[:300]}")
    report.append("Replay: python -m tests.fuzz.harness FILE")
    pytest.fail("\n".join(report), pytrace=False)


# --- Hypothesis: structured events and rows ------------------------------------------------------

_KINDS = [
    "pp", "council", "cwg", "wtdc", "wrc", "study-group", "rapporteur-group", "workshop",
    "external", "other",
]  # fmt: skip
_HOSTILE = st.sampled_from(
    ["", " ", "\x00", "\x1b[2J", '<img src="/dev/zero">', "=cmd|' /C calc'!A0", "@x", "+1", "-1"]
)
_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    _HOSTILE,
)
_YEARS = st.one_of(st.integers(2024, 2036), st.integers(1, 9999), st.sampled_from([1, 1864, 9999]))


@st.composite
def _dates(draw: st.DrawFn) -> dt.date:
    year = draw(_YEARS)
    month = draw(st.integers(1, 12))
    return dt.date(year, month, draw(st.integers(1, 28)))


def _shift(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, kept inside the years 1-9999 that ``datetime`` knows."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    ).replace("\r", "")


@st.composite
def _ics_event(draw: st.DrawFn, uids: list[str]) -> list[str]:
    start = draw(_dates())
    lines = ["BEGIN:VEVENT"]
    if draw(st.integers(0, 9)):
        lines.append("UID:" + draw(st.sampled_from(uids)))
    lines.append("DTSTAMP:20260101T000000Z")
    timed = draw(st.booleans())
    zone = draw(
        st.sampled_from(
            [
                "",
                "Z",
                "Europe/Zurich",
                "W. Europe Standard Time",
                "/freeassociation.sourceforge.net/Tzfile/Europe/Zurich",
                "/mozilla.org/20070129_1/Europe/Berlin",
                "Nowhere/Else",
            ]
        )
    )

    def when(day: dt.date, hour: int, name: str) -> str:
        if not timed:
            return f"{name};VALUE=DATE:{day:%Y%m%d}"
        stamp = f"{day.year:04d}{day:%m%d}T{hour:02d}{draw(st.integers(0, 59)):02d}00"
        if zone == "Z":
            return f"{name}:{stamp}Z"
        return f'{name};TZID="{zone}":{stamp}' if zone else f"{name}:{stamp}"

    lines.append(when(start, draw(st.integers(0, 23)), "DTSTART"))
    length = draw(st.sampled_from(["dtend", "duration", "none"]))
    if length == "dtend":
        end = _shift(start, draw(st.integers(-3, 400)))
        lines.append(when(end, draw(st.integers(0, 23)), "DTEND"))
    elif length == "duration":
        lines.append(
            "DURATION:"
            + draw(st.sampled_from(["P1D", "PT2H", "P10W", "P999999D", "-PT1H", "PT0S", "P3DT4H"]))
        )
    if draw(st.integers(0, 3)) == 0:
        rule = "FREQ=" + draw(
            st.sampled_from(
                ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]
            )
        )
        if draw(st.booleans()):
            rule += f";INTERVAL={draw(st.integers(0, 1000))}"
        if draw(st.booleans()):
            rule += f";COUNT={draw(st.one_of(st.integers(0, 20), st.integers(0, 10**9)))}"
        elif draw(st.booleans()):
            rule += f";UNTIL={draw(_dates()):%Y%m%d}"
        if draw(st.booleans()):
            rule += ";BYHOUR=" + ",".join(
                str(h) for h in draw(st.lists(st.integers(0, 23), min_size=1, max_size=3))
            )
        lines.append("RRULE:" + rule)
        if draw(st.booleans()):
            lines.append(when(_shift(start, 7), 9, "EXDATE"))
    if draw(st.integers(0, 5)) == 0:
        lines.append(when(_shift(start, draw(st.integers(0, 30))), 9, "RECURRENCE-ID"))
    lines.append("SUMMARY:" + _ics_escape(draw(_TEXT)))
    if draw(st.booleans()):
        lines.append("LOCATION:" + _ics_escape(draw(_TEXT)))
    if draw(st.booleans()):
        lines.append(
            "STATUS:" + draw(st.sampled_from(["CONFIRMED", "TENTATIVE", "CANCELLED", "X"]))
        )
    if draw(st.booleans()):
        lines.append(f"SEQUENCE:{draw(st.one_of(st.integers(0, 5), st.integers(-5, 2**40)))}")
    if draw(st.integers(0, 3)) == 0:  # as the planner writes its own events
        lines.append("X-SCHEDULER-KIND:" + draw(st.sampled_from([*_KINDS, "bogus", ""])))
        lines.append(
            "X-SCHEDULER-PRECISION:" + draw(st.sampled_from(["day", "month", "year", "week", ""]))
        )
        if draw(st.booleans()):
            lines.append(
                "X-SCHEDULER-DECIDED-FROM:"
                + draw(st.sampled_from(["2027-Q4", "2027-13", "0000", "2029", "2027-06-01"]))
            )
        if draw(st.booleans()):
            lines.append(
                "X-SCHEDULER-ID:"
                + draw(st.sampled_from(["a767b275-0d39-57a7-8786-4b5240ed0f64", "x", ""]))
            )
        if draw(st.booleans()):
            lines.append(f"X-SCHEDULER-PARTICIPANTS:{draw(st.integers(-10, 10**20))}")
    lines.append("END:VEVENT")
    return lines


@st.composite
def ics_files(draw: st.DrawFn) -> bytes:
    uids = draw(
        st.lists(
            st.sampled_from(
                [
                    "a@example.com",
                    "b@example.com",
                    "a767b275-0d39-57a7-8786-4b5240ed0f64@scheduler-app",
                    "wtdc-25@events.itu.int",
                    "x@scheduler-app",
                ]
            ),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//hypothesis//EN"]
    if draw(st.booleans()):
        lines.append(
            "X-WR-TIMEZONE:" + draw(st.sampled_from(["Europe/Zurich", "Mars/Olympus", ""]))
        )
    for _ in range(draw(st.integers(0, 4))):
        lines.extend(draw(_ics_event(uids)))
    if draw(st.integers(0, 4)) == 0:
        lines.extend(["BEGIN:VTODO", "UID:t@example.com", "DUE;VALUE=DATE:20270101", "END:VTODO"])
    lines.append("END:VCALENDAR")
    if draw(st.integers(0, 5)) == 0:
        lines.append(draw(st.sampled_from(["", "stray line", "END:VCALENDAR"])))
    end = draw(st.sampled_from(["\r\n", "\n"]))
    return (end.join(lines) + end).encode("utf-8", "surrogatepass")


_PERIODS = st.sampled_from(["2027", "2027-06", "2027-Q4", "2027-13", "0000", "2027-Q5", "9999"])


@st.composite
def _csv_date(draw: st.DrawFn) -> str:
    how = draw(st.integers(0, 4))
    if how == 0:
        return draw(_PERIODS)
    if how == 1:
        return f"{draw(_dates()).isoformat()}T{draw(st.integers(0, 23)):02d}:30"
    if how == 2:
        return draw(st.text(max_size=12))
    return draw(_dates()).isoformat()


_CSV_VALUES = {
    "id": st.sampled_from(
        ["", "a767b275-0d39-57a7-8786-4b5240ed0f64", "0a3dd61d-8e7a-5b67-a8ec-2259fd02eee7", "x"]
    ),
    "code": st.sampled_from(["", "CWG-2026-01", "TSAG-2026", "X-1", " spaced "]),
    "title": _TEXT,
    "kind": st.one_of(st.sampled_from(_KINDS), _TEXT),
    "sector": st.sampled_from(["", "GS", "R", "T", "D", "Q"]),
    "body": st.sampled_from(["", "ITU-D SG1", "TSAG", "RG-Q9/9", "<b>x</b>"]),
    "parent": st.sampled_from(["", "Council", "ITU-T SG16", "nobody"]),
    "start": _csv_date(),
    "end": _csv_date(),
    "precision": st.sampled_from(["", "day", "month", "quarter", "year", "week"]),
    "timezone": st.sampled_from(["", "Europe/Zurich", "Asia/Qatar", "Mars/Base", "UTC"]),
    "city": _TEXT,
    "country": st.sampled_from(["", "CH", "QA", "ch", "XX", "CHE"]),
    "venue": st.sampled_from(["", "ITU headquarters", "CICG", "New venue"]),
    "room": st.sampled_from(["", "Popov Room", "Room 3", "New room"]),
    "mode": st.sampled_from(["", "in-person", "virtual", "hybrid", "remote"]),
    "status": st.sampled_from(["", "proposed", "tentative", "confirmed", "held", "cancelled", "?"]),
    "participants": st.one_of(st.integers(-5, 10**30).map(str), st.sampled_from(["", "1e9", "x"])),
    "chair": _TEXT,
    "decided_from": st.one_of(_PERIODS, _csv_date()),
    "decided_to": st.one_of(_PERIODS, _csv_date()),
    "decided_source": _TEXT,
    "nominal_year": st.one_of(st.integers(-1, 10**12).map(str), st.just("")),
    "source": _TEXT,
    "notes": _TEXT,
}


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    required = ["title", "kind", "start", "end"]
    optional = draw(
        st.lists(st.sampled_from(sorted(set(_CSV_VALUES) - set(required))), unique=True)
    )
    columns = draw(st.permutations(required + optional))
    if draw(st.integers(0, 9)) == 0:
        columns = columns[1:]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow([c.upper() if draw(st.integers(0, 5)) == 0 else c for c in columns])
    rows = draw(st.lists(st.fixed_dictionaries({c: _CSV_VALUES[c] for c in columns}), max_size=5))
    if rows and draw(st.integers(0, 4)) == 0:
        rows.append(dict(rows[0]))  # the same row twice
    for row in rows:
        writer.writerow([row[c] for c in columns])
    bom = "\ufeff" if draw(st.booleans()) else ""
    return (bom + out.getvalue()).encode("utf-8", "surrogatepass")


def _hypothesis_settings(test):
    configured = settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize="SCHEDULER_FUZZ_SEED" not in os.environ,
        suppress_health_check=list(HealthCheck),
        # Shrinking a failure can take minutes; the failing input is saved either way.
        phases=[p for p in Phase if p is not Phase.shrink or SHRINK],
    )(test)
    return seed(SEED)(configured) if "SCHEDULER_FUZZ_SEED" in os.environ else configured


def _check_generated(
    data: bytes, suffix: str, template_name: str, templates: dict[str, Path], folder: Path
) -> None:
    work = folder / "work"
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"generated{suffix}"
    path.write_bytes(data)
    try:
        with time_limit(5):
            check_file(path, templates[template_name], work)
    except Finding as finding:
        kept = folder / f"hypothesis-{abs(hash(data)) % 10**10}{suffix}"
        shutil.copyfile(path, kept)
        _saved(kept)
        raise AssertionError(f"{finding.signature}\ninput saved as {kept}") from finding


_TEMPLATE_NAMES = st.sampled_from(["fresh", "populated", "reference"])


@_hypothesis_settings
@given(data=ics_files(), template_name=_TEMPLATE_NAMES)
def test_generated_ics(
    data: bytes, template_name: str, templates: dict[str, Path], tmp_path_factory
) -> None:
    _check_generated(
        data, ".ics", template_name, templates, tmp_path_factory.getbasetemp() / "hyp-ics"
    )


@_hypothesis_settings
@given(data=csv_files(), template_name=_TEMPLATE_NAMES)
def test_generated_csv(
    data: bytes, template_name: str, templates: dict[str, Path], tmp_path_factory
) -> None:
    _check_generated(
        data, ".csv", template_name, templates, tmp_path_factory.getbasetemp() / "hyp-csv"
    )


# --- what fuzzing found, kept fixed --------------------------------------------------------------

REGRESSIONS = sorted((Path(__file__).parent / "regressions").iterdir())


@pytest.mark.parametrize("template_name", ["fresh", "populated", "reference"])
@pytest.mark.parametrize("found", REGRESSIONS, ids=lambda p: p.stem)
def test_what_fuzzing_found_is_refused_cleanly_or_imported_sanely(
    found: Path, template_name: str, templates: dict[str, Path], tmp_path: Path
) -> None:
    """Each file once broke an import: a traceback (an id or a code taken by another meeting,
    a venue name with spaces around it), a re-import that duplicated meetings (a planner-like
    UID that is no id), or a problem message of several lines or thousands of characters."""
    copy = tmp_path / found.name
    shutil.copyfile(found, copy)
    with time_limit(10):
        check_file(copy, templates[template_name], tmp_path)
