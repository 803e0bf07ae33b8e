"""Why a plan file was refused. The UI and the CLI turn the code into words."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class Refusal(StrEnum):
    MISSING = "missing"
    NOT_SQLITE = "not_sqlite"
    NOT_A_PLAN = "not_a_plan"
    NEWER_VERSION = "newer_version"
    DAMAGED = "damaged"
    ALREADY_OPEN = "already_open"
    MIGRATION_FAILED = "migration_failed"
    EXISTS = "exists"
    UNWRITABLE = "unwritable"
    READ_ONLY = "read_only"
    ROLLBACK_BLOCKED = "rollback_blocked"
    UNFINISHED = "unfinished"
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not_a_file"


class ReadOnlyCause(StrEnum):
    """Why a plan is open read-only; the UI turns the code into words."""

    FILE = "file"  # the plan file cannot be written
    FOLDER = "folder"  # its folder (or the whole disk) cannot be written
    REQUESTED = "requested"  # opened to be read only (``info``, ``check``, ``export``)


class PlanFileError(Exception):
    """A plan file cannot be opened or created; the file on disk was left as it was."""

    def __init__(self, refusal: Refusal, path: Path, detail: str = "") -> None:
        self.refusal = refusal
        self.path = path
        self.detail = detail
        super().__init__(f"{path}: {english(refusal, detail)}")


class PlanWriteError(Exception):
    """The plan file did not take a write (a full disk, an I/O error, a read-only file).

    The write's transaction was rolled back: the file holds what it held before.
    ``reason`` is SQLite's own words ("database or disk is full").
    """

    def __init__(self, path: Path | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class StoredValueError(Exception):
    """A row of the plan does not read back as what its table holds: the file was damaged,
    or changed by another program. The store turns it into a ``DAMAGED`` refusal."""

    def __init__(self, table: str, key: object, error: Exception) -> None:
        super().__init__(f"table {table}, row {key}: {error}")


_ENGLISH = {
    Refusal.MISSING: "there is no such file",
    Refusal.NOT_SQLITE: "this is not an ecplanner plan (not a SQLite database)",
    Refusal.NOT_A_PLAN: "this SQLite database is not an ecplanner plan",
    Refusal.NEWER_VERSION: "this plan was written by a newer version of ecplanner ({detail})",
    Refusal.DAMAGED: "this plan is damaged and cannot be read safely ({detail})",
    Refusal.ALREADY_OPEN: "this plan is already open in another window or program",
    Refusal.MIGRATION_FAILED: "this plan could not be upgraded; it was left unchanged ({detail})",
    Refusal.EXISTS: "a file of that name already exists",
    Refusal.UNWRITABLE: "the plan cannot be written there ({detail})",
    Refusal.READ_ONLY: "this plan cannot be changed where it is ({detail}); copy it to a "
                       "folder you can write to",
    Refusal.ROLLBACK_BLOCKED: "a save cut short left {detail} beside this plan to roll it "
                              "back, and the plan's folder cannot be written; the plan is not "
                              "damaged: make the folder writable, or move the plan together "
                              "with {detail}, then open it again",
    Refusal.UNFINISHED: "this plan was never finished: its creation was cut short and it "
                        "holds nothing; delete it and create the plan again",
    Refusal.UNREADABLE: "this file cannot be read ({detail})",
    Refusal.NOT_A_FILE: "this is {detail}, not a plan file",
}


def english(refusal: Refusal, detail: str = "") -> str:
    """The message for the command line (the UI has its own translated texts), on one
    line: SQLite's reports can span several ("*** in database main ***\nPage 34: …")."""
    return _ENGLISH[refusal].format(detail=" ".join(detail.split()))
