"""Reading a plan without opening it for editing (``ecplanner info``, ``check``, ``export``).

The plan is opened as ``plan_reading`` says: nothing it holds is ever changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ecplanner.store.errors import ReadOnlyCause
from ecplanner.store.migrations import Step
from ecplanner.store.plan_reading import open_to_read
from ecplanner.store.plan_store import PlanStore


def open_read_only(path: Path, steps: dict[int, Step] | None = None) -> PlanStore:
    """The plan at ``path`` after the same checks the window makes, for reading only.

    ``steps`` replaces the real migration steps (tests use it)."""
    path = Path(path)
    engine, conn = open_to_read(path, steps, roll_back_a_copy=True)
    return PlanStore(engine, conn, path, read_only=ReadOnlyCause.REQUESTED)


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
