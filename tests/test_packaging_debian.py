"""One list of Debian packages for the window: the .deb's Depends, what CI installs, what the
README tells a new user to install; and it holds every system library Qt's window links against."""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
import sysconfig
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from scheduler_app.ui.display import WAYLAND_LIBRARIES, XCB_LIBRARIES

ROOT = Path(__file__).resolve().parent.parent
DEPENDS = ROOT / "packaging" / "debian-depends.txt"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "packaging_build", ROOT / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def package_names() -> list[str]:
    return [entry.split()[0] for entry in build_script().debian_depends()]


def test_the_deb_depends_on_the_list_with_its_versions():
    depends = build_script().debian_depends()
    assert depends[0] == "libc6 (>= 2.34)"  # the PySide6 wheels need glibc 2.34
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "fonts-dejavu-core"} <= set(
        depends
    )
    assert len(set(package_names())) == len(depends), "a package is listed twice"


def test_the_readme_tells_a_new_user_to_install_exactly_the_list():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    [command] = re.findall(r"```sh\n(sudo apt-get install .*?)\n```", setup, re.S)
    quoted = command.replace("\\\n", " ").split()[3:]
    assert quoted == package_names()


def test_ci_installs_the_list_and_what_the_real_window_test_needs():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    [reading] = [line for line in script.splitlines() if line.startswith("mapfile -t debs")]
    [adding] = [line for line in script.splitlines() if line.startswith("debs+=(")]
    listed = subprocess.run(
        ["bash", "-c", f'set -euo pipefail; {reading}; {adding}; printf "%s\\n" "${{debs[@]}}"'],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert listed[: len(package_names())] == package_names()
    assert {"xvfb", "xauth"} <= set(listed)


# The binaries Qt loads to open, draw and print a window: the Qt libraries the planner uses and
# the platform plugins. (The GTK theme plugin is left out: Qt does without it.)
QT_BINARIES = (
    "lib/libQt6Core.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6DBus.so.6",
    "lib/libQt6PrintSupport.so.6",
    "lib/libQt6Svg.so.6",
    "lib/libQt6XcbQpa.so.6",
    "plugins/platforms/libqxcb.so",
    "plugins/platforms/libqwayland.so",
    "plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "plugins/printsupport/libcupsprintersupport.so",
)
KNOWN = {**XCB_LIBRARIES, **WAYLAND_LIBRARIES}


def qt_folder() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def needed(binary: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (what `readelf -d` lists), read
    here because binutils is not on a fresh Debian."""
    data = binary.read_bytes()
    assert data[:6] == b"\x7fELF\x02\x01", f"{binary} is not a 64-bit little-endian ELF file"
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    [dynamic] = [s for s in sections if s[1] == 6]  # SHT_DYNAMIC
    strings = sections[dynamic[6]][4]  # sh_link: the string table, at its sh_offset
    names = []
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            break
        if tag == 1:  # DT_NEEDED
            names.append(data[strings + value : data.index(b"\0", strings + value)].decode())
    return names


def system_libraries() -> dict[str, list[str]]:
    """Each system library the binaries above link against, and which of them need it."""
    qt = qt_folder()
    users: dict[str, list[str]] = {}
    for binary in QT_BINARIES:
        path = qt / binary
        if not path.is_file():
            continue  # not in every PySide6 build
        for name in needed(path):
            if not (name.startswith("libQt6") or name.startswith("libicu")):  # bundled
                users.setdefault(name, []).append(binary)
    return users


@cache
def owner(library: str) -> str | None:
    """The Debian package holding the library as the loader finds it, or None if not installed."""
    triplet = sysconfig.get_config_var("MULTIARCH") or "*"
    done = subprocess.run(
        ["dpkg", "-S", f"/usr/lib/{triplet}/{library}", f"/lib/{triplet}/{library}"],
        capture_output=True,
        text=True,
        check=False,
    )
    found = [line.split(":", 1)[0] for line in done.stdout.splitlines() if ": /" in line]
    return found[0] if found else None


def test_the_needed_reader_reads_the_xcb_plugin():
    names = needed(qt_folder() / "plugins" / "platforms" / "libqxcb.so")
    assert "libxcb-icccm.so.4" in names and "libQt6XcbQpa.so.6" in names


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_every_system_library_of_the_window_comes_from_a_listed_package():
    listed = set(package_names())
    for library, users in system_libraries().items():
        package = owner(library) or KNOWN.get(library)
        assert package is not None, (
            f"{library} (needed by {', '.join(users)}) is not installed here and not in "
            "scheduler_app/ui/display.py: find its Debian package and add it"
        )
        assert package in listed, f"{library} ({package}) is missing from {DEPENDS.name}"


def test_the_plugins_libraries_are_all_named_in_the_startup_check():
    """The start-up check names the package of every library the X11 and Wayland plugins need."""
    qt = qt_folder()
    always = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}
    xcb = [qt / name for name in (*QT_BINARIES[:2], "lib/libQt6XcbQpa.so.6")]
    xcb.append(qt / "plugins" / "platforms" / "libqxcb.so")
    wayland = [qt / "plugins" / "platforms" / "libqwayland.so"]
    wayland += (qt / "plugins" / "wayland-graphics-integration-client").glob("*.so")
    for binaries, table in ((xcb, XCB_LIBRARIES), (wayland, KNOWN)):
        assert all(path.is_file() for path in binaries) and len(binaries) >= 2
        for path in binaries:
            unnamed = [
                name
                for name in needed(path)
                if not name.startswith(("libQt6", "libicu")) and name not in always | set(table)
            ]
            assert not unnamed, f"{path.name} needs {unnamed}: add them to ui/display.py"


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="not a Debian system")
def test_the_startup_check_names_the_package_dpkg_knows_for_each_library():
    listed = set(package_names())
    for library, package in KNOWN.items():
        assert package in listed, f"{package} is missing from {DEPENDS.name}"
        installed = owner(library)
        assert installed in (None, package), f"{library} comes from {installed}, not {package}"
