"""Opening a plan to read it only: for ``info``, ``check`` and ``export``, and for a window
on a plan that cannot be written where it is.

Reading never changes what the plan holds: no migration, no backup; at most a save cut
short is rolled back first, as SQLite itself would on opening. The plan's lock is taken
like a session's, so no writer gets in while it is read and a plan open elsewhere is
refused as "already open"; in a read-only folder, where no session can hold the plan to
write it, the plan is read without one.
Two plans cannot be read in place, and are read from a copy in memory instead, the file
left as it was: one of an older schema (the copy is migrated), and, for the commands only,
one whose save was cut short in a folder that cannot be written (the copy is rolled back,
exactly as SQLite would roll back the plan). A window refuses that one (``ROLLBACK_BLOCKED``)
so that the user puts the journal right, not a copy.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import Engine

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


def open_to_read(path: Path, steps: dict[int, Step] | None = None, *,
                 roll_back_a_copy: bool) -> tuple[Engine, LockedConnection]:
    """The plan at ``path`` after the same checks a session makes, on a connection that
    cannot write it. ``roll_back_a_copy``: read a plan whose save was cut short in a folder
    that cannot be written from a rolled-back copy, instead of refusing it.

    ``steps`` replaces the real migration steps (tests use it)."""
    path = Path(path)
    check_stamps(path)  # a file refused by its header gets no lock file beside it
    lock = PlanLock.take_to_read(path)
    try:
        conn, version = _reading_connection(path, steps, roll_back_a_copy)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    conn.lock = lock
    engine = engine_on(conn)
    migrate_on(conn, engine, path, version, steps)  # only a copy in memory is ever behind
    return engine, conn


def _reading_connection(path: Path, steps: dict[int, Step] | None, roll_back_a_copy: bool
                        ) -> tuple[LockedConnection, int]:
    """What to read the plan from, and its schema version: the file itself, read-only, or
    a copy in memory when the file cannot be read as it is."""
    try:
        version = check_plan(path)
    except PlanFileError as error:
        if error.refusal != Refusal.ROLLBACK_BLOCKED or not roll_back_a_copy:
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
        copy = Path(folder) / path.resolve().name  # the name the journal goes with
        shutil.copyfile(path, copy)
        shutil.copyfile(journal, Path(folder) / journal.name)
        try:
            version = check_plan(copy)
        except PlanFileError as error:
            raise PlanFileError(error.refusal, path, error.detail) from None
        return _in_memory(copy), version
