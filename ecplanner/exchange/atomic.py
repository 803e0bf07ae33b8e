"""Writing a file whole or not at all: every file the app writes for the user goes here.

The bytes go to a temporary file beside the target (the same folder, so the rename is
atomic), which is flushed and synced to the disk, then renamed over the target. Any
failure (a full disk, a target another program holds open on Windows) removes the
temporary file and leaves the previous target as it was. The callers build their bytes
in memory first, so nothing that can fail halfway (a zip writer, a painter) writes to disk.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

_NAME_KEPT = 40  # characters of the target's name in the temporary file's name


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data``, or raise ``OSError`` (naming ``target``) having
    changed nothing.

    A new file gets the permissions any new file of the user gets (the umask); a
    replaced file keeps its own. A symbolic link is followed: the file it names is replaced.
    """
    target = Path(os.path.realpath(target))
    try:
        fd, temp = _create_beside(target)
        try:
            with os.fdopen(fd, "wb") as out:
                _fill(out, data)
            _keep_mode(target, temp)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as error:
        if error.errno is None:
            raise
        # Name the target, not the temporary file the user never asked for.
        raise OSError(error.errno, error.strerror, str(target)) from error
    _sync_folder(target.parent)


def _create_beside(target: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(f".{target.name[:_NAME_KEPT]}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp  # 0o666 less the umask, as open() gives
        except FileExistsError:
            continue


def _fill(out: BinaryIO, data: bytes) -> None:
    """Write ``data`` and make sure it is on the disk before the rename publishes it."""
    out.write(data)
    out.flush()
    os.fsync(out.fileno())


def _keep_mode(target: Path, temp: Path) -> None:
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return
    os.chmod(temp, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable. The file is in place already, so a folder that
    cannot be synced (Windows has no such call, some file systems refuse) is no failure."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
