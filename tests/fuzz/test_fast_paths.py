"""The import's fast paths read every input as the ways they stand in for (issue 16, import speed).

The block reader must build what the line reader builds, and another calendar's event must become
the meeting the record way would make, on the seed corpus, on its mutants and on Hypothesis's
generated files. ``SCHEDULER_FUZZ_RUNS`` scales the mutants (a third of it: these checks need no
database and no child process).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from tests.fuzz.agree import meeting_paths_differ, readers_differ
from tests.fuzz.mutate import CORPUS, Corpus, mutant
from tests.fuzz.test_import_fuzz import OFFSET, RUNS, SEED, _hypothesis_settings, ics_files

SEEDS = sorted((CORPUS / "ics").glob("*.ics"))
MUTANTS = max(1, RUNS // 3)


def _text(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace")


@pytest.mark.parametrize("seed_file", SEEDS, ids=lambda p: p.name)
def test_seed_files_read_the_same_both_ways(seed_file: Path) -> None:
    text = _text(seed_file.read_bytes())
    assert readers_differ(text) == ""
    assert meeting_paths_differ(text) == ""


def test_mutants_read_the_same_both_ways() -> None:
    corpus = Corpus.load()
    differ = []
    for index in range(OFFSET, OFFSET + MUTANTS):
        name, data = mutant(corpus, "ics", SEED, index)
        text = _text(data)
        found = readers_differ(text) or meeting_paths_differ(text)
        if found:
            differ.append(f"seed {SEED} index {index} (from {name}): {found}")
    print(f"\nics: {MUTANTS} mutants (seed {SEED}, from {OFFSET}) compared, {len(differ)} differ")
    assert not differ, "\n".join(differ[:5])


@_hypothesis_settings
@given(data=ics_files())
def test_generated_files_read_the_same_both_ways(data: bytes) -> None:
    text = _text(data)
    assert readers_differ(text) == ""
    assert meeting_paths_differ(text) == ""
