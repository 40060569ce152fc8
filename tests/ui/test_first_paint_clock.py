"""The start-up benchmark's clock: a process's own start read from /proc to a clock tick."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_CHILD = (
    "import time; first = time.time()\n"
    "from scheduler_app.ui.first_paint import process_start\n"
    "print(process_start(), first)"
)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_a_process_start_is_read_to_a_tick_not_to_the_boots_whole_second():
    env = {k: v for k, v in os.environ.items() if k != "SCHEDULER_LAUNCHED_AT"}
    tick = 1 / os.sysconf("SC_CLK_TCK")
    for _ in range(3):
        before = time.time()
        out = subprocess.run(
            [sys.executable, "-c", _CHILD], cwd=ROOT, env=env, capture_output=True, text=True
        )
        started, first_line = map(float, out.stdout.split())
        # btime's whole second put it up to 1 s before the launch
        assert before - 2 * tick <= started <= first_line, out.stderr
