"""The frozen application and the Debian package, built and run headless (slow: about a minute)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler_app import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("dpkg-deb") is None and not os.environ.get("CI"):
        pytest.skip("dpkg-deb is not available here")
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--deb",
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return dist


def run(binary: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [str(binary), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
        cwd=home,
    )


def test_the_frozen_application_runs_headless(built, tmp_path):
    binary = built / "scheduler-app" / "scheduler-app"
    assert run(binary, "--version", home=tmp_path).stdout.strip() == f"scheduler-app {__version__}"

    shot = tmp_path / "window.png"
    done = run(binary, "gui", "--screenshot", str(shot), home=tmp_path)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage

    assert QImage(str(shot)).width() >= 1200

    done = run(binary, "check", "--as-of", "2026-11-22", "--format", "json", home=tmp_path)
    report = json.loads(done.stdout)
    assert done.returncode == 0 and any(f["rule"] == "R77-SAME-YEAR" for f in report["findings"])
    assert any(f["rule"] == "R111-RELIGIOUS" for f in report["findings"])  # observance data inside
    assert any(f["rule"] == "HOLIDAY-VENUE" for f in report["findings"])  # holidays' data inside

    ics = tmp_path / "plan.ics"
    assert run(binary, "export", "-o", str(ics), "--observances", home=tmp_path).returncode == 0
    assert (
        ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
        and b"X-SCHEDULER-CODE:PP-26" in ics.read_bytes()
    )

    pdf = tmp_path / "year.pdf"
    assert (
        run(
            binary, "print", "--layout", "year", "--year", "2026", "-o", str(pdf), home=tmp_path
        ).returncode
        == 0
    )
    assert pdf.read_bytes().startswith(b"%PDF")

    licences = run(binary, "licences", home=tmp_path).stdout
    assert "PySide6" in licences and "LGPL-3.0" in licences and "icalendar" in licences


def test_the_debian_package_installs_into_a_root_and_runs(built, tmp_path):
    [deb] = built.glob("scheduler-app_*.deb")
    assert f"_{__version__}_" in deb.name
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./usr/bin/scheduler-app -> /opt/scheduler-app/scheduler-app",
        "./usr/share/applications/org.itu.SchedulerApp.desktop",
        "./usr/share/metainfo/org.itu.SchedulerApp.metainfo.xml",
        "./usr/share/icons/hicolor/scalable/apps/org.itu.SchedulerApp.svg",
        "./usr/share/icons/hicolor/48x48/apps/org.itu.SchedulerApp.png",
        "./usr/share/scheduler-app/screenshots/main-window.png",
        "./opt/scheduler-app/scheduler-app",
    ):
        assert path in listing, path
    control = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Version: {__version__}" in control and "libxcb-cursor0" in control
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    metainfo = (root / "usr/share/metainfo/org.itu.SchedulerApp.metainfo.xml").read_text()
    assert f'<release version="{__version__}"' in metainfo
    desktop = (root / "usr/share/applications/org.itu.SchedulerApp.desktop").read_text()
    assert "Exec=scheduler-app gui" in desktop and "Icon=org.itu.SchedulerApp" in desktop
    link = root / "usr/bin/scheduler-app"
    assert link.is_symlink() and str(link.readlink()) == "/opt/scheduler-app/scheduler-app"
    binary = (
        root / "opt/scheduler-app/scheduler-app"
    )  # the link's target, inside the temporary root
    assert run(binary, "--version", home=tmp_path).stdout.strip() == f"scheduler-app {__version__}"
    done = run(binary, "list", "--kind", "pp", home=tmp_path)
    assert done.returncode == 0 and "PP-26" in done.stdout
