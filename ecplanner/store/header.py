"""Reads a SQLite file's header without opening it as a database.

Reading the 100-byte header with plain file I/O lets us refuse a foreign or newer file
before SQLite touches it, so a refused file is left byte-for-byte unchanged. The path is
looked at (``stat``) before it is opened: opening a named pipe would wait for a writer
for ever, and a folder or a device is no plan either.
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from ecplanner.store.errors import PlanFileError, Refusal

# "ECPL" in ASCII: PRAGMA application_id of every ecplanner plan.
APPLICATION_ID = 0x4543504C
_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int
    page_size: int  # 0 when the header names no valid page size
    page_count: int | None  # the "in-header database size", when SQLite vouches for it
    file_size: int

    def missing_bytes(self) -> int:
        """How many bytes the file lacks to hold all its pages: more than 0 when it was
        cut short. SQLite reads a missing end as zeros and calls the result sound."""
        if not self.page_size:
            return 0
        if self.page_count is not None:
            return max(0, self.page_count * self.page_size - self.file_size)
        return -self.file_size % self.page_size  # every SQLite file is whole pages


def read_header(path: Path) -> Header:
    """The stamps of a SQLite file; refuses what is missing, not a regular file, cannot be
    read, or is not SQLite."""
    try:
        status = os.stat(path)  # follows a symbolic link: a link to a plan is a plan
        if not stat.S_ISREG(status.st_mode):
            raise PlanFileError(Refusal.NOT_A_FILE, path, _kind(status.st_mode))
        with path.open("rb") as f:
            head = f.read(100)
    except (FileNotFoundError, NotADirectoryError):
        raise PlanFileError(Refusal.MISSING, path) from None
    except PermissionError:
        raise PlanFileError(Refusal.UNREADABLE, path, "permission denied") from None
    except OSError as exc:  # an I/O error: the disk, not the plan, may be at fault
        raise PlanFileError(Refusal.UNREADABLE, path, exc.strerror or str(exc)) from None
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise PlanFileError(Refusal.NOT_SQLITE, path)
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        page_size = 0
    # The page count at 28 is valid only if 92 ("version-valid-for") equals the change
    # counter at 24: an older SQLite may have changed the file without updating it.
    (page_count,) = struct.unpack(">I", head[28:32])
    vouched = page_count > 0 and head[92:96] == head[24:28]
    (user_version,) = struct.unpack(">i", head[60:64])
    (application_id,) = struct.unpack(">i", head[68:72])
    return Header(application_id, user_version, page_size, page_count if vouched else None,
                  status.st_size)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"
