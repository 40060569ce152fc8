"""Whether Qt can open a real window here, asked before Qt is loaded.

When no platform plugin can start, Qt aborts the whole process (SIGABRT, exit status 134) after a
page of plugin names, so nothing in-process can recover. The planner asks the same questions Qt
will ask first (which window systems it will try, whether their plugins' libraries load, whether
the display answers) and, when none would work, says why in one line.

None of this imports Qt, and with ``QT_QPA_PLATFORM=offscreen`` (the tests, ``--screenshot``) it is
one look at the environment.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ctypes  # imported when there is something to load: the offscreen path never needs it

Loader = Callable[[str], "ctypes.CDLL"]

# The system libraries PySide6's X11 platform plugin (Qt/plugins/platforms/libqxcb.so, with
# Qt/lib/libQt6XcbQpa.so.6 and Qt's Gui and Core) links against, with the Debian package of each.
# The plugin loads only when all of them do; tests/test_packaging_debian.py reads the plugin's ELF
# headers and asks dpkg to keep this table true.
XCB_LIBRARIES: dict[str, str] = {
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# The same for the Wayland plugin (Qt/plugins/platforms/libqwayland.so) and its EGL integration
# (without which widgets still draw, in shared memory).
WAYLAND_LIBRARIES: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
OFFSCREEN = "QT_QPA_PLATFORM=offscreen"


_DESKTOP = "start it from a desktop session (or under xvfb-run)"


@dataclass(frozen=True)
class _Problem:
    reason: str
    packages: tuple[str, ...] = ()  # the Debian packages that would mend it, if any


def display_problem(
    environ: Mapping[str, str] | None = None, load: Loader | None = None
) -> str | None:
    """Why the window cannot open here, as the rest of the sentence "cannot open the window: ...",
    or None when it can, or when Qt will use a window system this does not know how to ask.

    >>> display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    True
    """
    env = os.environ if environ is None else environ
    platforms = _platforms(env)
    if platforms is None:
        return None
    if load is None:
        import ctypes

        load = ctypes.CDLL
    problems: list[_Problem] = []
    if not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")):
        problems.append(_Problem("no display (DISPLAY and WAYLAND_DISPLAY are unset)"))
        for platform in platforms:  # what would still be missing once there is one
            problems += _missing(platform, load)
    else:
        for platform in platforms:
            found = _missing(platform, load) or _unreachable(platform, env, load)
            if not found:
                return None
            problems += found
    return _sentence(problems)


def _platforms(env: Mapping[str, str]) -> list[str] | None:
    """The window systems Qt will try, in its order; None if it may try one not checked here."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS always have their native window system
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:  # "xcb", "wayland;xcb", "xcb:dpi=96": a list, each name with its options
        names = [part.split(":", 1)[0].strip() for part in asked.split(";") if part.strip()]
    elif env.get("XDG_SESSION_TYPE") == "wayland":
        names = ["wayland", "xcb"]  # what Qt does in a Wayland session: X11 through XWayland next
    else:
        names = ["xcb"]  # the PySide6 wheels' default on Linux
    if not names or any(name not in ("xcb", "wayland", "wayland-egl") for name in names):
        return None
    return ["wayland" if name.startswith("wayland") else name for name in names]


def _missing(platform: str, load: Loader) -> list[_Problem]:
    """The libraries the platform's plugin needs that do not load, as one problem (or none)."""
    plugin = _plugin("libqxcb.so" if platform == "xcb" else "libqwayland.so")
    if plugin is None:
        return []  # a Qt laid out differently: let Qt itself say what is wrong
    try:
        load(str(plugin))  # the dynamic loader resolves its libraries exactly as Qt's will
        return []
    except OSError:
        pass
    libraries = XCB_LIBRARIES if platform == "xcb" else WAYLAND_LIBRARIES
    absent = [name for name in libraries if not _loads(name, load)]
    if not absent:  # not a library of the system: never refuse to start on a guess, let Qt try
        return []
    plugin_name = "X11" if platform == "xcb" else "Wayland"
    which = "which is" if len(absent) == 1 else "which are"
    reason = f"Qt's {plugin_name} plugin needs {_and(absent)}, {which} not installed"
    return [_Problem(reason, tuple(dict.fromkeys(libraries[name] for name in absent)))]


def _unreachable(platform: str, env: Mapping[str, str], load: Loader) -> list[_Problem]:
    if platform == "xcb":
        display = env.get("DISPLAY", "")
        if not display:
            return [_Problem("no X display (DISPLAY is unset)")]
        if _x_answers(display, load):
            return []
        return [_Problem(f"the X display {display} does not answer (is its server running?)")]
    if env.get("WAYLAND_SOCKET"):
        return []  # a socket handed over by the compositor: connecting here would use it up
    if _wayland_answers(load):
        return []
    name = env.get("WAYLAND_DISPLAY") or "wayland-0"
    return [_Problem(f"the Wayland display {name} does not answer")]


def _x_answers(display: str, load: Loader) -> bool:
    """Connect and disconnect as Qt's xcb plugin will (the same library, display name and
    authority file); a failed connection comes back as an object flagged with the error."""
    import ctypes

    xcb = load("libxcb.so.1")
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    failed = bool(xcb.xcb_connection_has_error(connection))
    xcb.xcb_disconnect(connection)
    return not failed


def _wayland_answers(load: Loader) -> bool:
    import ctypes

    wayland = load("libwayland-client.so.0")
    wayland.wl_display_connect.restype = ctypes.c_void_p
    wayland.wl_display_connect.argtypes = [ctypes.c_char_p]
    wayland.wl_display_disconnect.argtypes = [ctypes.c_void_p]
    connection = wayland.wl_display_connect(None)  # WAYLAND_DISPLAY, else wayland-0, as Qt does
    if not connection:
        return False
    wayland.wl_display_disconnect(connection)
    return True


def _plugin(name: str) -> Path | None:
    spec = find_spec("PySide6")  # finds the package without importing it (or Qt)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "Qt" / "plugins" / "platforms" / name
        if path.is_file():
            return path
    return None


def _loads(name: str, load: Loader) -> bool:
    try:
        load(name)
    except OSError:
        return False
    return True


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _sentence(problems: list[_Problem]) -> str:
    reasons = "; ".join(problem.reason for problem in problems)
    packages = list(dict.fromkeys(p for problem in problems for p in problem.packages))
    fixes = [f"install the Debian packages {' '.join(packages)}"] if packages else []
    if any(not problem.packages for problem in problems):
        fixes.append(_DESKTOP)
    return f"{reasons}; {' and '.join(fixes)}, or run it with {OFFSCREEN} to work without a screen"
