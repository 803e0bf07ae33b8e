"""The commit of a write in steps runs on a thread of its own: the steps go on turning
while SQLite writes and syncs the file, and a commit begun ends written."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import RootTransaction
from sqlalchemy.exc import OperationalError

from ecplanner import plans
from ecplanner.domain.model import PlanInfo, Product, ProductDay
from ecplanner.domain.ops import Changes, Op, Put
from ecplanner.store.errors import PlanWriteError
from ecplanner.store.plan_store import PlanStore

START = date(2027, 3, 1)
SLOW_S = 0.4  # how long the patched commit takes: more than a frame, far less than a test


@pytest.fixture
def slow_commit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every commit from now on takes ``SLOW_S`` more (a year of days synced to a slow
    disk); the threads they ran on are listed."""
    threads: list[str] = []
    real = RootTransaction.commit

    def commit(self: RootTransaction) -> None:
        threads.append(threading.current_thread().name)
        time.sleep(SLOW_S)
        real(self)

    monkeypatch.setattr(RootTransaction, "commit", commit)
    return threads


@pytest.fixture
def store(plan_path: Path) -> PlanStore:
    store = plans.create_plan(plan_path, PlanInfo("测试旗舰店", 2027))
    store.write([Put(Product("27AU001", "羊毛大衣"))])
    return store


def _steps(store: PlanStore, told: list[tuple[Changes, list[Op]]]
           ) -> tuple[PlanStore, list[ProductDay], Iterator[float]]:
    product = store.products()[0]
    days = [ProductDay(product.uuid, START + timedelta(days=d), uv=40, units=2, gmv=398.0)
            for d in range(25)]
    done: Callable[[Changes, list[Op]], None] = lambda *args: told.append(args)  # noqa: E731
    return store, days, store.write_in_steps([Put(d) for d in days], done, rows=10)


def _until_committing(store: PlanStore, steps: Iterator[float]) -> None:
    while not store.committing:
        next(steps)


def test_no_step_waits_for_the_whole_commit(
        plan_path: Path, store: PlanStore, slow_commit: list[str]) -> None:
    told: list[tuple[Changes, list[Op]]] = []
    store, days, steps = _steps(store, told)
    longest, ended = 0.0, False
    while not ended:
        began = time.perf_counter()
        ended = next(steps, None) is None
        longest = max(longest, time.perf_counter() - began)
    # Inline, one step took the whole 0.4 s commit; a step now waits 5 ms at most.
    assert longest < SLOW_S / 4, longest
    assert "plan commit" in slow_commit
    assert len(told) == 1 and not store.committing
    store.close()
    assert PlanStore.open(plan_path).product_days() == days  # committed


def test_a_read_during_the_commit_waits_for_it_and_sees_the_rows(
        plan_path: Path, store: PlanStore, slow_commit: list[str]) -> None:
    store, days, steps = _steps(store, [])
    _until_committing(store, steps)
    assert store.product_days() == days  # blocked until the commit ended, not mid-way
    assert list(steps) in ([], [1.0])


def test_closed_during_the_commit_the_write_ends_done(
        plan_path: Path, store: PlanStore, slow_commit: list[str]) -> None:
    told: list[tuple[Changes, list[Op]]] = []
    store, days, steps = _steps(store, told)
    _until_committing(store, steps)
    steps.close()  # type: ignore[attr-defined]
    assert not store.committing
    assert len(told) == 1  # told as done: the caller's undo stack moves, its views refresh
    store.write([Put(Product("27AU002", "围巾"))])  # the plan takes writes again
    store.close()
    assert PlanStore.open(plan_path).product_days() == days


def test_a_commit_that_fails_changes_nothing(plan_path: Path, store: PlanStore,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: RootTransaction) -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    told: list[tuple[Changes, list[Op]]] = []
    store, _, steps = _steps(store, told)
    monkeypatch.setattr(RootTransaction, "commit", full)
    with pytest.raises(PlanWriteError, match="disk is full"):
        list(steps)
    monkeypatch.undo()
    assert told == [] and store.product_days() == []
    store.write([Put(Product("27AU002", "围巾"))])  # rolled back: the plan takes writes
    store.close()
    assert PlanStore.open(plan_path).product_days() == []
