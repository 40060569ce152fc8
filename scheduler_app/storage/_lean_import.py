"""Import sqlite-utils without pandas and NumPy.

sqlite-utils imports pandas and NumPy whenever they are installed, only to map their scalar types
to column types (``sqlite_utils.db``, module level), which the planner never writes. OR-Tools
installs both, and importing them would add some 0.6 s to every start of the window and every
command. They are hidden for this one import; whatever needs them later (the planning assistant's
solver) imports them as usual.
"""

from __future__ import annotations

import importlib
import sys

_HIDDEN = ("pandas", "numpy")


def import_sqlite_utils() -> None:
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # "import pandas" raises ImportError
    try:
        importlib.import_module("sqlite_utils.db")
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


import_sqlite_utils()
