"""Private copies of the open plan, for work done off the UI thread.

The open plan's store belongs to the UI thread, so a worker reads a copy taken with
SQLite's backup API (about 20 ms for a plan of 2,000 events and products), opened in the
worker's own thread and deleted when it is done. Kept apart from the export and import
jobs so that a tab reading such copies (Review) does not load the whole exchange code.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ecplanner.store.plan_store import PlanStore


def plan_copy(store: PlanStore) -> Path:
    """A consistent copy of the open plan in a new temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="ecplanner-"))
    copy = folder / "plan.ecplan"
    try:
        store.copy_to(copy)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def discard_copy(copy: Path, store: PlanStore | None) -> None:
    """Close ``store`` (when it was opened) and delete the copy's folder."""
    if store is not None:
        store.close()
    shutil.rmtree(copy.parent, ignore_errors=True)
