"""Exchange fixtures: one demo plan per module, and copies of it for tests that write."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.exchange.plan_snapshot import PlanSnapshot, read_snapshot
from ecplanner.store.plan_store import PlanStore

TODAY = date(2026, 10, 1)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo plan file (year 2027), closed; copy it before writing to it."""
    path = tmp_path_factory.mktemp("demo") / "demo.ecplan"
    plans.create_plan(path, demo.demo_info(2027), with_demo=True).close()
    return path


@pytest.fixture(scope="module")
def demo_snapshot(demo_file: Path) -> PlanSnapshot:
    store = PlanStore.open(demo_file)
    try:
        return read_snapshot(store, TODAY)
    finally:
        store.close()


@pytest.fixture
def demo_store(demo_file: Path, tmp_path: Path) -> Iterator[PlanStore]:
    """A private, open copy of the demo plan."""
    copy = tmp_path / "copy.ecplan"
    copy.write_bytes(demo_file.read_bytes())
    store = PlanStore.open(copy)
    yield store
    store.close()
