"""Opening the window on a fresh machine: the real X11 window under Xvfb, and one line instead of
Qt's abort (exit 134) when there is no display or the X11 plugin's libraries are missing."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from scheduler_app.ui import display
from scheduler_app.ui.display import display_problem

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland")


def planner() -> list[str]:
    """The installed `scheduler-app` command, as a new user runs it."""
    script = Path(sys.executable).with_name("scheduler-app")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "scheduler_app"]


def desktop_free_env(**settings: str) -> dict[str, str]:
    """This process's environment with no trace of a display or a chosen Qt platform."""
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    return {**env, **settings}


def start(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*planner(), *args], capture_output=True, text=True, env=env, check=False, timeout=timeout
    )


def free_x_display() -> str:
    """An X display number no server holds here (not the ones xvfb-run may be using)."""
    number = 99
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return f":{number}"


@linux_only
def test_with_no_display_the_planner_says_so_in_one_line_and_exits_2(tmp_path):
    done = start(desktop_free_env(), "gui", "--db", str(tmp_path / "plan.sqlite"))
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("scheduler-app: cannot open the window: no display")
    assert "DISPLAY and WAYLAND_DISPLAY are unset" in line and "QT_QPA_PLATFORM=offscreen" in line
    assert not (tmp_path / "plan.sqlite").exists()  # said before anything was opened


@linux_only
def test_an_x_display_that_does_not_answer_is_one_line_and_exit_2(tmp_path):
    bogus = free_x_display()
    env = desktop_free_env(QT_QPA_PLATFORM="xcb", DISPLAY=bogus)
    done = start(env, "gui", "--db", str(tmp_path / "plan.sqlite"))
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert f"the X display {bogus} does not answer" in line
    assert "QT_QPA_PLATFORM=offscreen" in line


@linux_only
def test_missing_x11_libraries_are_named_with_their_debian_packages(monkeypatch):
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    def load(name: str) -> ctypes.CDLL:
        # as the dynamic loader answers when the plugin's libraries are not all there
        if name in absent or name.endswith("libqxcb.so"):
            raise OSError(f"{sorted(absent)[0]}: cannot open shared object file")
        return ctypes.CDLL(name)

    problem = display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, load)
    assert problem is not None
    assert "needs libxcb-icccm.so.4 and libxcb-keysyms.so.1, which are not installed" in problem
    assert "install the Debian packages libxcb-icccm4 libxcb-keysyms1" in problem
    assert problem.endswith("or run it with QT_QPA_PLATFORM=offscreen to work without a screen")


@linux_only
def test_a_plugin_that_fails_for_another_reason_is_left_to_qt():
    """Only a missing library of the system is a reason to refuse: anything else may be a layout
    this check does not know (a frozen build), and Qt may yet manage."""

    def load(name: str) -> ctypes.CDLL:
        if name.endswith("libqxcb.so"):
            raise OSError("libQt6XcbQpa.so.6: cannot open shared object file")
        return ctypes.CDLL(name)

    problem = display_problem({"DISPLAY": free_x_display(), "QT_QPA_PLATFORM": "xcb"}, load)
    assert problem is not None and "does not answer" in problem and "plugin" not in problem


@linux_only
def test_no_display_and_missing_libraries_are_both_said():
    def load(name: str) -> ctypes.CDLL:
        if name in ("libxcb-cursor.so.0",) or name.endswith("libqxcb.so"):
            raise OSError("libxcb-cursor.so.0: cannot open shared object file")
        return ctypes.CDLL(name)

    problem = display_problem({}, load)
    assert problem is not None and problem.startswith("no display")
    assert (
        "install the Debian packages libxcb-cursor0 and start it from a desktop session" in problem
    )


def test_offscreen_and_other_platforms_are_not_checked_at_all():
    def load(name: str) -> ctypes.CDLL:
        raise AssertionError(f"loaded {name}")

    for platform in ("offscreen", "minimal", "vnc", "xcb;offscreen"):
        assert display_problem({"QT_QPA_PLATFORM": platform}, load) is None


def test_windows_and_macos_are_not_checked(monkeypatch):
    monkeypatch.setattr(display.sys, "platform", "win32")
    assert display_problem({}) is None


@linux_only
def test_a_wayland_session_is_checked_for_wayland_then_x11(monkeypatch):
    tried: list[str] = []

    def load(name: str) -> ctypes.CDLL:
        tried.append(Path(name).name)
        raise OSError(f"{name}: cannot open shared object file")

    problem = display_problem({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "w-0"}, load)
    assert tried.index("libqwayland.so") < tried.index("libqxcb.so")
    assert problem is not None and "Wayland plugin" in problem and "X11 plugin" in problem


@linux_only
def test_the_check_costs_little_when_there_is_a_display_to_check():
    env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": free_x_display()}
    started = time.perf_counter()
    assert display_problem(env) is not None
    assert time.perf_counter() - started < 0.3


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian xvfb)")
def test_the_real_x11_window_opens_under_xvfb(tmp_path, reference_db):
    """CI installs only packaging/debian-depends.txt (and Xvfb): a library missing from it makes
    Qt's xcb plugin fail here, where QT_QPA_PLATFORM=xcb leaves Qt no other platform."""
    png = tmp_path / "real-window.png"
    env = desktop_free_env(QT_QPA_PLATFORM="xcb")
    gui = ["gui", "--db", str(reference_db.path), "--screenshot", str(png)]
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *planner(), *gui],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    image = QImage(str(png))
    assert image.width() >= 1200 and image.height() >= 700
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20  # the table, its text and the kind swatches, not a blank canvas
