"""Reading a plan without opening it for editing (``ecplanner info``, checks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from ecplanner.store.errors import PlanFileError, Refusal
from ecplanner.store.plan_file import check_plan
from ecplanner.store.plan_store import PlanStore


def open_read_only(path: Path) -> PlanStore:
    """The plan at ``path`` after the same checks the window makes, opened read-only."""
    version = check_plan(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False, timeout=0.1)
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(Refusal.DAMAGED, path, str(exc)) from None
    if version == 0:
        conn.close()
        raise PlanFileError(Refusal.NOT_A_PLAN, path, "empty plan")
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    return PlanStore(engine, conn, path)


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
