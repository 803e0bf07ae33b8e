"""Opening and creating ``*.ecplan`` files: checks, lock, migrations.

A plan is a SQLite database held open with one connection for the whole session:
rollback journal, ``synchronous=FULL`` and ``locking_mode=EXCLUSIVE``, so a second
window or process gets a clear "already open" refusal instead of a shared, half-written
file. Every check that can refuse a file runs before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from ecplanner.store.backups import backup_copy
from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.header import APPLICATION_ID, read_header
from ecplanner.store.migrations import SCHEMA_VERSION, Step, migrate

_BUSY_MS = 200


def _is_locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def check_plan(path: Path) -> int:
    """Refuse a file that is not a readable plan of ours; return its schema version.

    Opens the file read-only, so a refused file is never modified.
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(Refusal.NOT_A_PLAN, path)
    if header.user_version > SCHEMA_VERSION:
        detail = f"schema {header.user_version}, this version reads up to {SCHEMA_VERSION}"
        raise PlanFileError(Refusal.NEWER_VERSION, path, detail)
    _recover_interrupted_write(path)
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            result = ro.execute("PRAGMA quick_check").fetchall()
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None
    if result != [("ok",)]:
        raise PlanFileError(Refusal.DAMAGED, path, str(result[0][0]))
    return header.user_version


def _recover_interrupted_write(path: Path) -> None:
    """Roll back a write cut short by a crash, as SQLite does on its next open.

    A leftover ``-journal`` holds the pages to put back; a read-only connection cannot
    replay it and would call the plan damaged. Rolling back restores the last commit,
    so this changes nothing the user saved. (Only our own plans get here.)
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(path, timeout=0.1)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # any read triggers recovery
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN ourselves, so DDL is transactional too.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                           timeout=_BUSY_MS / 1000)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def _engine_on(conn: sqlite3.Connection) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    return engine


def _lock_and_migrate(conn: sqlite3.Connection, engine: Engine, path: Path, version: int,
                      steps: dict[int, Step] | None) -> None:
    try:
        conn.execute("BEGIN EXCLUSIVE")  # takes the lock this connection keeps until closed
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        raise
    conn.execute("COMMIT")
    if version >= _target_version(steps):
        return
    try:
        with engine.begin() as sa:
            migrate(sa, version, steps)
            sa.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except Exception as exc:
        engine.dispose()
        conn.close()
        raise PlanFileError(Refusal.MIGRATION_FAILED, path, str(exc)) from exc


def _target_version(steps: dict[int, Step] | None) -> int:
    return SCHEMA_VERSION if steps is None else max(steps)


class OpenedPlan(NamedTuple):
    engine: Engine
    raw: sqlite3.Connection
    backed_up: bool  # copied into the backup folder before a migration


def open_plan_file(path: Path, backup_dir: Path | None = None,
                   steps: dict[int, Step] | None = None) -> OpenedPlan:
    """Check, lock and migrate an existing plan.

    A plan about to be migrated is first copied into ``backup_dir``, and refused,
    unchanged, if it cannot be. (Otherwise the store takes the session's backup later,
    off the start-up path.) ``steps`` replaces the real migration steps (tests use it to
    exercise the runner).
    """
    path = Path(path)
    version = check_plan(path)
    backed_up = False
    if backup_dir is not None and version < _target_version(steps):
        try:
            ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                backup_copy(ro, backup_dir, path)
            finally:
                ro.close()
        except (OSError, sqlite3.Error) as exc:
            detail = f"no backup copy could be taken first: {exc}"
            raise PlanFileError(Refusal.MIGRATION_FAILED, path, detail) from exc
        backed_up = True
    conn = _connect(path)
    engine = _engine_on(conn)
    _lock_and_migrate(conn, engine, path, version, steps)
    return OpenedPlan(engine, conn, backed_up)


def create_plan_file(path: Path) -> tuple[Engine, sqlite3.Connection]:
    """Create a new, empty plan at the newest schema; refuses to replace a file."""
    path = Path(path)
    if path.exists():
        raise PlanFileError(Refusal.EXISTS, path)
    if not path.parent.is_dir():
        raise PlanFileError(Refusal.UNWRITABLE, path, f"there is no folder {path.parent}")
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise PlanFileError(Refusal.UNWRITABLE, path, str(exc)) from None
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    engine = _engine_on(conn)
    _lock_and_migrate(conn, engine, path, 0, None)
    return engine, conn
