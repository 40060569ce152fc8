"""One line saying what went wrong with a file, for the window's error boxes."""

from __future__ import annotations

from pathlib import Path


def failure(path: Path, exc: Exception) -> str:
    """What went wrong with ``path``, naming it once whether or not the error did."""
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else "") or str(exc)
    return str(exc) if str(path) in str(exc) else f"{path}: {text}"
