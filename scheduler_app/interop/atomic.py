"""Writing a file so that it is either the old one or the whole new one, never half of either."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[tuple[int, str]]:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        yield fd, tmp
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)  # an ordinary new file's mode, not mkstemp's 0600
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def replacing_bytes(path: Path) -> Iterator[IO[bytes]]:
    """Write bytes to a temporary file beside ``path``, renamed into place if all went well."""
    with _replacing(path) as (fd, _tmp), os.fdopen(fd, "wb") as handle:
        yield handle


@contextlib.contextmanager
def replacing_text(path: Path, encoding: str = "utf-8", newline: str = "") -> Iterator[IO[str]]:
    """The same for text."""
    with (
        _replacing(path) as (fd, _tmp),
        os.fdopen(fd, "w", encoding=encoding, newline=newline) as h,
    ):
        yield h
