"""Opening and creating ``*.ecplan`` files: checks, lock, migrations.

A plan is a SQLite database held open with one connection for the whole session
(rollback journal, ``synchronous=FULL``). The session lock (``plan_lock``) is taken before
the first check of the file that needs it and held by that connection until it is closed,
so a second window or process gets a clear "already open" refusal instead of a shared,
half-written file. SQLite's ``locking_mode=EXCLUSIVE`` stays as a fence against other SQLite
programs, but it is not the lock that holds: a POSIX lock can vanish under us (see
``plan_lock``). Every check that can refuse a file runs before anything is written to it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from ecplanner.store.backups import backup_copy
from ecplanner.store.errors import PlanFileError, ReadOnlyCause, Refusal
from ecplanner.store.header import APPLICATION_ID, read_header
from ecplanner.store.migrations import SCHEMA_VERSION, Step, migrate
from ecplanner.store.plan_lock import LockedConnection, PlanLock
from ecplanner.store.tables import PLAN

_BUSY_MS = 200
# A plan's first write is its store information: a plan without it was never finished.
_HOLDS_INFO = f"SELECT EXISTS (SELECT 1 FROM {PLAN.name})"
# SQLite's primary result codes for "cannot write this file".
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN = 3, 8, 14


def _is_locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def check_stamps(path: Path) -> int:
    """Refuse a file whose header is not that of a finished plan this version reads, or
    that is shorter than the pages its header counts; return its schema version. Reads
    100 bytes, takes no lock, writes nothing.

    Version 0 with our application id is a plan whose creation was cut short (the id is
    stamped before the first migration commits): it holds nothing, and every entry point
    refuses it alike, unchanged, as ``check_plan`` refuses one stopped just after that
    migration. A plan with a save cut short may be short until it is rolled back: its
    length is judged after that (``check_plan`` checks the stamps again).
    """
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise PlanFileError(Refusal.NOT_A_PLAN, path)
    if header.user_version > SCHEMA_VERSION:
        detail = f"schema {header.user_version}, this version reads up to {SCHEMA_VERSION}"
        raise PlanFileError(Refusal.NEWER_VERSION, path, detail)
    if header.user_version == 0:
        raise PlanFileError(Refusal.UNFINISHED, path)
    if not header.page_size:
        raise PlanFileError(Refusal.DAMAGED, path, "its header names no valid page size")
    missing = header.missing_bytes()
    if missing and hot_journal(path) is None:
        pages = (header.file_size + missing) // header.page_size
        detail = (f"the file was cut short: {missing} byte{'s' if missing > 1 else ''} "
                  f"missing from the end of its {pages} pages")
        raise PlanFileError(Refusal.DAMAGED, path, detail)
    return header.user_version


def check_plan(path: Path) -> int:
    """Refuse a file that is not a readable plan of ours; return its schema version.

    Call it holding the plan's lock: a save cut short is rolled back first, in place, as
    SQLite would on its next open (``ROLLBACK_BLOCKED`` when the plan cannot be written);
    the soundness check itself opens the file read-only.
    """
    version = check_stamps(path)  # a file not ours is never rolled back
    if _recover_interrupted_write(path):
        version = check_stamps(path)  # the stamps as last committed
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.1)
        try:
            result = ro.execute("PRAGMA quick_check").fetchall()
            filled = result == [("ok",)] and ro.execute(_HOLDS_INFO).fetchone()[0]
        finally:
            ro.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None
    if result != [("ok",)]:
        # SQLite's finding may span lines ("*** in database main ***\nPage 34: …"): the
        # refusal is one line.
        raise PlanFileError(Refusal.DAMAGED, path, " ".join(str(result[0][0]).split()))
    if not filled:  # created, then stopped before the store's information was written
        raise PlanFileError(Refusal.UNFINISHED, path)
    return version


def hot_journal(path: Path) -> Path | None:
    """The ``-journal`` a save cut short left beside the plan: the pages to put back.
    (Beside the file itself, as SQLite keeps it, when ``path`` is a symbolic link.)"""
    real = path.resolve()
    journal = real.with_name(real.name + "-journal")
    try:
        return journal if journal.stat().st_size > 0 else None
    except FileNotFoundError:
        return None


def read_only_cause(path: Path) -> ReadOnlyCause | None:
    """Why the plan at ``path`` cannot be written, or None when it can. A write needs the
    folder too: SQLite makes its journal beside the plan. (``os.access`` also answers for
    a read-only mount, even to root.)"""
    real = path.resolve()
    if not os.access(real.parent, os.W_OK):
        return ReadOnlyCause.FOLDER
    if not os.access(real, os.W_OK):
        return ReadOnlyCause.FILE
    return None


def _recover_interrupted_write(path: Path) -> bool:
    """Roll back a write cut short by a crash, as SQLite does on its next open.

    A read-only connection cannot replay the journal and would call the plan damaged.
    Rolling back restores the last commit, so this changes nothing the user saved. Where
    the plan or its folder cannot be written the journal cannot be replayed (nor removed):
    that is ``ROLLBACK_BLOCKED``, never "damaged". Returns whether there was one to roll
    back. (Only our own plans get here.)
    """
    journal = hot_journal(path)
    if journal is None:
        return False
    if read_only_cause(path) is not None:
        raise PlanFileError(Refusal.ROLLBACK_BLOCKED, path, journal.name)
    try:
        conn = sqlite3.connect(path, timeout=0.1)
        try:
            conn.execute("PRAGMA schema_version").fetchone()  # any read triggers recovery
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if _is_locked(exc):
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        if exc.sqlite_errorcode & 0xFF in (_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise PlanFileError(Refusal.ROLLBACK_BLOCKED, path, journal.name) from None
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None
    return True


def _refuse_read_only(path: Path) -> None:
    """A plan that cannot be written is refused for writing before its edits fail."""
    cause = read_only_cause(path)
    if cause is None:
        return
    journal = hot_journal(path)
    if journal is not None:
        raise PlanFileError(Refusal.ROLLBACK_BLOCKED, path, journal.name)
    where = "the file is read-only" if cause is ReadOnlyCause.FILE \
        else f"its folder {path.resolve().parent} is read-only"
    raise PlanFileError(Refusal.READ_ONLY, path, where)


def _connect(path: Path, lock: PlanLock) -> LockedConnection:
    # isolation_level=None: we issue BEGIN ourselves, so DDL is transactional too.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                           timeout=_BUSY_MS / 1000, factory=LockedConnection)
    conn.lock = lock
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    # 64 MB of pages (SQLite's default is 2 MB): a year of 2,000 products' days is ~60 MB,
    # and with the small cache each step of its import or undo spilled and re-read pages
    # (an undo 11 s → 4.5 s, its steps 55–67 ms → under 30 ms each).
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    return conn


def engine_on(conn: sqlite3.Connection) -> Engine:
    """An engine on ``conn`` alone; its transactions begin IMMEDIATE (write-locked)."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    return engine


def migrate_on(conn: sqlite3.Connection, engine: Engine, path: Path, version: int,
               steps: dict[int, Step] | None) -> None:
    """Bring the database on ``conn`` to the newest schema in one transaction; on failure
    close it and refuse with ``MIGRATION_FAILED``, the database as it was."""
    if version >= target_version(steps):
        return
    try:
        with engine.begin() as sa:
            migrate(sa, version, steps)
            sa.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    except Exception as exc:
        engine.dispose()
        conn.close()
        raise PlanFileError(Refusal.MIGRATION_FAILED, path, str(exc)) from exc


def _lock_and_migrate(conn: sqlite3.Connection, engine: Engine, path: Path, version: int,
                      steps: dict[int, Step] | None) -> None:
    try:
        conn.execute("BEGIN EXCLUSIVE")  # SQLite's lock, which this connection keeps
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_locked(exc):  # another SQLite program has the file
            raise PlanFileError(Refusal.ALREADY_OPEN, path) from None
        raise
    conn.execute("COMMIT")
    migrate_on(conn, engine, path, version, steps)


def target_version(steps: dict[int, Step] | None) -> int:
    return SCHEMA_VERSION if steps is None else max(steps)


class OpenedPlan(NamedTuple):
    engine: Engine
    raw: sqlite3.Connection  # holds the plan's lock until closed
    backed_up: bool  # copied into the backup folder before a migration


def open_plan_file(path: Path, backup_dir: Path | None = None,
                   steps: dict[int, Step] | None = None) -> OpenedPlan:
    """Check, lock and migrate an existing plan to write it; ``READ_ONLY`` when it cannot
    be written (``plan_reading`` opens such a plan to read it).

    A plan about to be migrated is first copied into ``backup_dir``, and refused,
    unchanged, if it cannot be. (Otherwise the store takes the session's backup later,
    off the start-up path.) ``steps`` replaces the real migration steps (tests use it to
    exercise the runner).
    """
    path = Path(path)
    check_stamps(path)  # a file refused by its header gets no lock file beside it
    _refuse_read_only(path)
    lock = PlanLock.take(path)
    try:
        version = check_plan(path)
        backed_up = version < target_version(steps) and _backup_first(path, backup_dir)
        conn = _connect(path, lock)
    except BaseException:
        lock.release()
        raise
    engine = engine_on(conn)
    _lock_and_migrate(conn, engine, path, version, steps)
    return OpenedPlan(engine, conn, backed_up)


def _backup_first(path: Path, backup_dir: Path | None) -> bool:
    if backup_dir is None:
        return False
    try:
        ro = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            backup_copy(ro, backup_dir, path)
        finally:
            ro.close()
    except (OSError, sqlite3.Error) as exc:
        detail = f"no backup copy could be taken first: {exc}"
        raise PlanFileError(Refusal.MIGRATION_FAILED, path, detail) from exc
    return True


def create_plan_file(path: Path) -> tuple[Engine, sqlite3.Connection]:
    """Create a new, empty plan at the newest schema; refuses to replace a file."""
    path = Path(path)
    if path.exists():
        raise PlanFileError(Refusal.EXISTS, path)
    if not path.parent.is_dir():
        raise PlanFileError(Refusal.UNWRITABLE, path, f"there is no folder {path.parent}")
    try:
        lock = PlanLock.take(path)
    except PlanFileError as error:
        if error.refusal != Refusal.READ_ONLY:
            raise
        raise PlanFileError(Refusal.UNWRITABLE, path, error.detail) from None
    try:
        if path.exists():  # made by another program between the check and the lock
            raise PlanFileError(Refusal.EXISTS, path)
        conn = _connect(path, lock)
    except sqlite3.Error as exc:
        lock.release()
        raise PlanFileError(Refusal.UNWRITABLE, path, str(exc)) from None
    except BaseException:
        lock.release()
        raise
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    engine = engine_on(conn)
    _lock_and_migrate(conn, engine, path, 0, None)
    return engine, conn
