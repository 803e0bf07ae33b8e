"""The session lock: while a plan is open, no other window or program may open it.

SQLite's own locks cannot be that lock. On Linux and macOS they are POSIX ``fcntl`` locks,
which belong to the process and vanish when *any* descriptor of the file is closed in it:
a file dialog that peeks at the plan (Qt's reads a file's first bytes to guess its type)
silently unlocks it, and a second window could then open the plan and overwrite the
first's edits. So the plan is claimed by an OS lock on a separate lock file beside it,
``.NAME.ecplan.lock`` (hidden from the file lists), taken through ``filelock``:

- Linux and macOS: ``flock``, which belongs to the open file description, not to the
  process: closing another descriptor of the plan, or even of the lock file (Qt's dialog
  peeks at that too), keeps it.
- Windows: ``LockFileEx`` on the lock file's handle. Windows locks belong to the handle,
  so the trap above does not exist there.
- A crash: the kernel drops an OS lock when its holder dies, so a lock left by a killed
  process never refuses the plan. The lock file stays and is simply locked again; there is
  no pid file to judge stale. (Only on a filesystem without ``flock`` does ``filelock``
  fall back to a marker naming the holder, which it breaks once that process is gone.)

A second lock on the same plan is refused within one process too. The lock is held by the
session's connection (``LockedConnection``) and released when that is closed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from filelock import FileLock, Timeout

from ecplanner.store.errors import PlanFileError, Refusal


def lock_file_of(plan: Path) -> Path:
    """Beside the file itself when ``plan`` is a symbolic link: one plan, one lock, by
    whichever name it is opened."""
    real = plan.resolve()
    return real.with_name(f".{real.name}.lock")


class PlanLock:
    """Held for a session: from before the first check of the file until it is closed."""

    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    @classmethod
    def take(cls, plan: Path) -> PlanLock:
        """The lock to open ``plan`` for writing. Refuses with ``ALREADY_OPEN`` when another
        session holds it, ``READ_ONLY`` when the lock file cannot be made or opened."""
        try:
            return cls(_acquire(plan))
        except OSError as exc:
            detail = f"its folder {plan.parent} is read-only" if _folder_read_only(exc, plan) \
                else str(exc)
            raise PlanFileError(Refusal.READ_ONLY, plan, detail) from exc

    @classmethod
    def take_to_read(cls, plan: Path) -> PlanLock | None:
        """The lock to read ``plan`` (``info``, ``check``, ``export``), taken like a
        session's so that no writer gets in meanwhile; ``None`` when the folder is read-only,
        since then no session can hold the plan to write it either."""
        try:
            return cls(_acquire(plan))
        except OSError as exc:
            if _folder_read_only(exc, plan):
                return None
            raise PlanFileError(Refusal.READ_ONLY, plan, str(exc)) from exc

    def release(self) -> None:
        """Idempotent: closing a plan twice releases once."""
        if self._lock.is_locked:
            self._lock.release()


def _acquire(plan: Path) -> FileLock:
    # thread_local=False: the thread that opened a plan need not be the one closing it.
    lock = FileLock(lock_file_of(plan), timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise PlanFileError(Refusal.ALREADY_OPEN, plan) from None
    return lock


def _folder_read_only(exc: OSError, plan: Path) -> bool:
    """Nothing can be written in the plan's folder (not merely the lock file, which may
    belong to another user in a shared folder: that is no reason to read unlocked)."""
    if exc.errno == errno.EROFS:
        return True
    return (exc.errno in (errno.EACCES, errno.EPERM)
            and not os.access(lock_file_of(plan).parent, os.W_OK))


class LockedConnection(sqlite3.Connection):
    """A connection to a plan that holds the plan's lock until it is closed
    (``sqlite3.connect(..., factory=LockedConnection)``)."""

    lock: PlanLock | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.lock is not None:
                self.lock.release()
                self.lock = None
