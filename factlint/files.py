"""Atomic file writes, shared by reports and fetched-page snapshots: write a temporary file in
the same folder, then rename, so a reader (or a killed run) sees the old file or the new one,
never half of one."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


def _file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


@contextmanager
def atomic_writer(path: Path, binary: bool = False) -> Iterator[IO]:
    """A file handle (text: UTF-8 with LF line ends) whose content replaces ``path`` when the block ends
    without an exception; on an exception ``path`` is left as it was. A device or pipe
    (``--output-file /dev/null``) is written in place: a rename over it would replace the device
    with a regular file, for every process on the machine."""
    if path.exists() and not path.is_file():
        with open(path, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as fh:
            yield fh
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as fh:
            yield fh
        os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600; written files are as readable as any the user writes
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8 with LF line ends, or bytes as they are) to ``path`` atomically."""
    with atomic_writer(path, binary=isinstance(data, bytes)) as fh:
        fh.write(data)
