"""Build the planner the way desktop software ships.

    python packaging/build.py                 # icons + PyInstaller one-folder build in dist/
    python packaging/build.py --deb           # ... and a Debian package in dist/ (Debian/Ubuntu)
    python packaging/build.py --icons-only    # the PNG/ICO icons from packaging/icon.svg

The version comes from ``scheduler_app.__version__`` alone: this script writes it into the .deb
control file and the AppStream metainfo, and passes it to Inno Setup on Windows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.itu.SchedulerApp"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEBIAN_DEPENDS_FILE = PACKAGING / "debian-depends.txt"


def debian_depends(path: Path = DEBIAN_DEPENDS_FILE) -> list[str]:
    """The .deb's Depends, one entry per package ("libc6 (>= 2.34)"), from the one list that CI
    installs and the README quotes: Qt itself is bundled, these are the system libraries it loads.
    """
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(" ".join(entry.split()))
    return entries


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from scheduler_app import __version__

    return __version__


def make_icons(out: Path) -> list[Path]:
    """PNGs of every usual size (and a Windows .ico) drawn from the SVG with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(PACKAGING / "icon.svg"))
    if not renderer.isValid():
        raise SystemExit("packaging/icon.svg is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            renderer.render(painter)
        finally:
            painter.end()
        path = out / f"{size}x{size}.png"
        image.save(str(path), "PNG")
        written.append(path)
        if size == 256:
            image.save(str(out / "scheduler-app.ico"), "ICO")
    del app
    return written


def freeze(dist: Path, work: Path) -> Path:
    """The PyInstaller one-folder build; returns its folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "scheduler-app.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return dist / "scheduler-app"


def metainfo(release: str) -> str:
    text = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return text.replace("@VERSION@", release).replace("@DATE@", today)


def debian_package(frozen: Path, icons: Path, dist: Path, release: str) -> Path:
    """Assemble the .deb with dpkg-deb from the one-folder build."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    root = dist / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    (root / "DEBIAN").mkdir(parents=True)
    shutil.copytree(frozen, root / "opt" / "scheduler-app", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "scheduler-app").symlink_to("/opt/scheduler-app/scheduler-app")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo(release), encoding="utf-8")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(PACKAGING / "icon.svg", scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(icons / f"{size}x{size}.png", folder / f"{APP_ID}.png")
    shots = share / "scheduler-app" / "screenshots"
    shots.mkdir(parents=True)
    shutil.copy(PACKAGING / "screenshots" / "main-window.png", shots)
    doc = share / "doc" / "scheduler-app"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "ITU Meeting Planner is distributed with Qt for Python (PySide6) and Qt under the "
        "GNU LGPL-3.0;\nsee /usr/share/common-licenses/LGPL-3 and `scheduler-app licences` for "
        "every bundled library and its licence.\n",
        encoding="utf-8",
    )
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    (root / "DEBIAN" / "control").write_text(
        f"Package: scheduler-app\nVersion: {release}\nArchitecture: {arch}\n"
        "Maintainer: ITU Meeting Planner developers <planner@scheduler-app.invalid>\n"
        f"Installed-Size: {size_kb // 1024}\nDepends: {', '.join(debian_depends())}\n"
        "Section: office\nPriority: optional\n"
        "Description: plan ITU meetings against the ITU's own scheduling rules\n"
        " A desktop planner for ITU conferences, Council sessions and study groups that checks\n"
        " the calendar against PP Resolution 77 and the other texts, exports iCalendar for\n"
        " Outlook and prints year planners, cycle charts and lists.\n",
        encoding="utf-8",
    )
    out = dist / f"scheduler-app_{release}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "-Zgzip", "--build", "--root-owner-group", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    parser.add_argument("--icons-only", action="store_true")
    args = parser.parse_args(argv)
    release = version()
    icons = ROOT / "build" / "icons"
    make_icons(icons)
    if args.icons_only:
        print(f"icons in {icons}")
        return 0
    started = time.perf_counter()
    frozen = freeze(args.dist, args.work)
    size = sum(p.stat().st_size for p in frozen.rglob("*") if p.is_file())
    print(
        f"frozen build {release} in {frozen}: {size / 1e6:.0f} MB, "
        f"{time.perf_counter() - started:.0f} s"
    )
    if args.deb:
        deb = debian_package(frozen, icons, args.dist, release)
        print(f"Debian package: {deb} ({deb.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
