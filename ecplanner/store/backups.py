"""Copies of a plan taken each time it is opened, kept in the user data folder."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

KEEP = 5
Progress = Callable[[int, int, int], object]
_STAMP = re.compile(r"^\d{8}-\d{6}-\d{6}$")


def plan_backup_folder(root: Path, plan: Path) -> Path:
    """Each plan file has its own folder, named after it and a hash of its full path, so
    plans with similar names (or the same name in two folders) never prune each other's."""
    digest = hashlib.sha1(str(plan.resolve()).encode("utf-8")).hexdigest()[:8]
    return root / f"{plan.stem}-{digest}"


def backup_copy(source: sqlite3.Connection, root: Path, plan: Path, keep: int = KEEP,
                pages: int = -1, progress: Progress | None = None) -> Path:
    """Copy the open database with SQLite's backup API; keep the plan's last ``keep``.

    ``pages`` at a time (all at once when -1): between two steps another thread may use
    ``source``; what it writes meanwhile goes into the copy too. ``progress`` is called
    after each step (SQLite's status, pages left, pages in all); what it raises stops the
    copy, which is then deleted."""
    folder = plan_backup_folder(root, plan)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}.ecplan"
    dest = sqlite3.connect(target)
    try:
        source.backup(dest, pages=pages, progress=progress)
    except BaseException:
        dest.close()
        target.unlink(missing_ok=True)  # half a copy would count as one of the kept
        raise
    dest.close()
    for old in sorted(p for p in folder.glob("*.ecplan") if _STAMP.match(p.stem))[:-keep]:
        old.unlink(missing_ok=True)
    return target
