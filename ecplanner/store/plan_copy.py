"""Saving a copy of an open plan under another name ("Save a Copy…")."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ecplanner.store.errors import PlanFileError
from ecplanner.store.plan_lock import PlanLock


def copy_plan(raw: sqlite3.Connection, path: Path | None, target: Path) -> None:
    """Copy the plan open on ``raw`` (at ``path``) to ``target`` with SQLite's backup API
    (consistent even mid-session).

    The copy is written beside the target under a temporary name and then renamed over
    it, holding the target's lock: a plan open elsewhere at ``target`` is refused, never
    replaced under its session. Raises ``OSError`` for any failure, including a target
    that is this plan itself.
    """
    if path is not None and target.resolve() == path.resolve():
        raise OSError(f"{target} is the plan that is open; choose another name")
    try:
        lock = PlanLock.take(target)
    except PlanFileError as error:
        raise OSError(str(error)) from None
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        dest = sqlite3.connect(partial)
        try:
            raw.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except sqlite3.Error as exc:
        raise OSError(f"{target}: {exc}") from exc
    finally:
        partial.unlink(missing_ok=True)
        lock.release()
