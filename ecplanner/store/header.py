"""Reads a SQLite file's header without opening it as a database.

Reading the 100-byte header with plain file I/O lets us refuse a foreign or newer file
before SQLite touches it, so a refused file is left byte-for-byte unchanged.
"""

from __future__ import annotations

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


def read_header(path: Path) -> Header:
    """The stamps of a SQLite file; refuses what is missing or not SQLite."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        raise PlanFileError(Refusal.MISSING, path) from None
    except IsADirectoryError:
        raise PlanFileError(Refusal.NOT_SQLITE, path) from None
    if len(head) < 100 or not head.startswith(_MAGIC):
        raise PlanFileError(Refusal.NOT_SQLITE, path)
    (user_version,) = struct.unpack(">i", head[60:64])
    (application_id,) = struct.unpack(">i", head[68:72])
    return Header(application_id, user_version)
