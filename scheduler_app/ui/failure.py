"""One line saying what went wrong with a file, for the window's error boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from scheduler_app.ui.tr_noop import QT_TRANSLATE_NOOP

# The system's own words for these errors are English whatever the window's language (the
# planner runs under C.UTF-8 as often as not): in another language the usual ones are said in
# its words, from these sources (the C library's own, so English keeps its text unchanged).
_REASONS = (
    QT_TRANSLATE_NOOP("Failure", "No such file or directory"),
    QT_TRANSLATE_NOOP("Failure", "Permission denied"),
    QT_TRANSLATE_NOOP("Failure", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Failure", "Is a directory"),
    QT_TRANSLATE_NOOP("Failure", "Not a directory"),
    QT_TRANSLATE_NOOP("Failure", "No space left on device"),
    QT_TRANSLATE_NOOP("Failure", "Read-only file system"),
    QT_TRANSLATE_NOOP("Failure", "File exists"),
)


def failure(path: Path, exc: Exception) -> str:
    """What went wrong with ``path``, naming it once whether or not the error did."""
    if isinstance(exc, OSError) and exc.strerror in _REASONS:
        reason = QCoreApplication.translate("Failure", exc.strerror)
        if reason != exc.strerror:
            return f"{exc.filename or path}: {reason}"
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else "") or str(exc)
    return str(exc) if str(path) in str(exc) else f"{path}: {text}"
