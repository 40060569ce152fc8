"""Writing a file so that it is either the old one or the whole new one, never half of either.

The new file is written to a hidden temporary file beside its destination (same folder, so the
rename cannot cross file systems), flushed to the disk, and renamed over the destination only when
all of it is there. Whatever goes wrong (a full disk, a read-only or missing folder, a destination
that is a folder) the temporary file is removed, the old file is left as it was, and the error is
an :class:`OutputError` whose message is one line naming the destination.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class OutputError(OSError):
    """An output file that could not be written; the old file, if there was one, is unchanged.

    An ``OSError`` (with the destination as ``filename``), so callers that catch those keep working.

    >>> str(OutputError(Path("plan.csv"), OSError(errno.ENOSPC, "No space left on device")))
    'plan.csv: cannot write: No space left on device'
    """

    def __init__(self, path: Path, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: cannot write: {self.strerror}"


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[tuple[int, str]]:
    """Yield a descriptor on a temporary file beside ``path`` and its name; on a clean exit,
    rename it over ``path``. An ``OSError`` inside the block is taken to be about the output."""
    if path.is_dir():  # the rename would say so too, but only after writing everything
        raise OutputError(path, IsADirectoryError(errno.EISDIR, "it is a folder"))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            exc.strerror = f"folder {path.parent} does not exist"
        raise OutputError(path, exc) from exc
    try:
        yield fd, tmp
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)  # an ordinary new file's mode, not mkstemp's 0600
        Path(tmp).replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(path, exc) from exc
        raise


def _sync(handle: IO[bytes] | IO[str]) -> None:
    # A full disk may only be reported here (delayed allocation, network file systems): the rename
    # must not happen before the data is known to be on the disk.
    handle.flush()
    os.fsync(handle.fileno())


@contextlib.contextmanager
def replacing_bytes(path: Path) -> Iterator[IO[bytes]]:
    """Write bytes to a temporary file beside ``path``, renamed into place if all went well."""
    with _replacing(Path(path)) as (fd, _tmp), os.fdopen(fd, "wb") as handle:
        yield handle
        _sync(handle)


@contextlib.contextmanager
def replacing_text(path: Path, encoding: str = "utf-8", newline: str = "") -> Iterator[IO[str]]:
    """The same for text."""
    with (
        _replacing(Path(path)) as (fd, _tmp),
        os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle,
    ):
        yield handle
        _sync(handle)


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``, all or nothing."""
    with replacing_bytes(path) as handle:
        handle.write(data)
