"""Reading a plan without opening it for editing (``ecplanner info``, ``check``, ``export``).

A reader never changes what the plan holds: no migration, no backup; at most it finishes
rolling back a save cut short, as SQLite itself would on opening. It takes the plan's lock
like a session, so no writer gets in while it reads and a plan open elsewhere is refused
as "already open"; in a read-only folder, where no session can hold the plan to write it,
it reads without one.
Two plans cannot be read in place, and are read from a copy in memory instead, the file
left as it was: one whose save was cut short in a folder that cannot be written (the copy
is rolled back, exactly as SQLite would roll back the plan), and one of an older schema
(the copy is migrated).
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.migrations import Step
from ecplanner.store.plan_file import (
    check_plan,
    check_stamps,
    engine_on,
    hot_journal,
    migrate_on,
    target_version,
)
from ecplanner.store.plan_lock import LockedConnection, PlanLock
from ecplanner.store.plan_store import PlanStore


def open_read_only(path: Path, steps: dict[int, Step] | None = None) -> PlanStore:
    """The plan at ``path`` after the same checks the window makes, for reading only.

    ``steps`` replaces the real migration steps (tests use it)."""
    path = Path(path)
    check_stamps(path)  # a file refused by its header gets no lock file beside it
    lock = PlanLock.take_to_read(path)
    try:
        conn, version = _reading_connection(path, steps)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    conn.lock = lock
    engine = engine_on(conn)
    migrate_on(conn, engine, path, version, steps)  # only a copy in memory is ever behind
    return PlanStore(engine, conn, path)


def _reading_connection(path: Path, steps: dict[int, Step] | None
                        ) -> tuple[LockedConnection, int]:
    """What to read the plan from, and its schema version: the file itself, read-only, or
    a copy in memory when the file cannot be read as it is."""
    try:
        version = check_plan(path)
    except PlanFileError as error:
        if error.refusal != Refusal.ROLLBACK_BLOCKED:
            raise
        return _rolled_back_in_memory(path)
    if version < target_version(steps):
        return _in_memory(path), version
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False, timeout=0.1, factory=LockedConnection)
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None
    return conn, version


def _in_memory(source: Path) -> LockedConnection:
    # isolation_level=None: a migration issues BEGIN itself, as in a session.
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False,
                             factory=LockedConnection)
    disk = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        disk.backup(memory)
    finally:
        disk.close()
    return memory


def _rolled_back_in_memory(path: Path) -> tuple[LockedConnection, int]:
    """The plan as its last commit left it: the plan and its journal are copied to a
    temporary folder, where SQLite rolls the copy back, and the copy is checked like the
    plan itself."""
    journal = hot_journal(path)
    assert journal is not None  # ROLLBACK_BLOCKED comes only with one
    with tempfile.TemporaryDirectory(prefix="ecplanner-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, Path(folder) / journal.name)
        try:
            version = check_plan(copy)
        except PlanFileError as error:
            raise PlanFileError(error.refusal, path, error.detail) from None
        return _in_memory(copy), version


def read_summary(path: Path) -> dict[str, Any]:
    store = open_read_only(path)
    try:
        info = store.info()
        counts = store.counts()
        return {
            "file": str(path),
            "store": info.store_name,
            "year": info.year,
            "markets": list(info.markets),
            "platforms": list(info.platforms),
            "currency": info.currency,
            "schema_version": store.schema_version(),
            "events": counts.events,
            "products": counts.products,
            "tasks": counts.tasks,
            "actual_days": counts.actual_days,
            "file_size": path.stat().st_size,
        }
    finally:
        store.close()
