"""Copies of a plan taken each time it is opened, kept in the user data folder."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 5


def backup_copy(source: sqlite3.Connection, folder: Path, stem: str, keep: int = KEEP) -> Path:
    """Copy the open database to ``folder`` with SQLite's backup API; keep the last ``keep``."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stem}.{stamp}.ecplan"
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
    for old in sorted(folder.glob(f"{stem}.*.ecplan"))[:-keep]:
        old.unlink(missing_ok=True)
    return target
