"""A write the plan file refuses: one error type the UI can name, and nothing changed."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain.model import Event, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.store.errors import PlanWriteError
from ecplanner.store.plan_store import PlanStore


def _query_only(store: PlanStore, on: bool) -> None:
    """Outside a transaction: every read of the store begins one that may write."""
    raw = store.engine.raw_connection()
    try:
        raw.cursor().execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
    finally:
        raw.close()


def test_a_refused_write_raises_plan_write_error_and_changes_nothing(plan_path: Path) -> None:
    store = plans.create_plan(plan_path, PlanInfo("测试旗舰店", 2027, platforms=("tmall",)))
    event = store.events()[0]
    _query_only(store, True)  # SQLite itself refuses every write from now on
    before = hashlib.sha256(plan_path.read_bytes()).hexdigest()
    with pytest.raises(PlanWriteError) as raised:
        store.write([Put(replace(event, title="改了"))])
    assert "readonly" in raised.value.reason and "[SQL:" not in raised.value.reason
    _query_only(store, False)
    assert store.get(Event, event.uuid) == event
    store.close()
    assert hashlib.sha256(plan_path.read_bytes()).hexdigest() == before
    reopened = PlanStore.open(plan_path)
    assert reopened.get(Event, event.uuid) == event
    reopened.write([Put(replace(event, title="改了"))])  # the plan takes writes again
    assert reopened.get(Event, event.uuid).title == "改了"  # type: ignore[union-attr]
    reopened.close()
