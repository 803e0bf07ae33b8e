"""A write in steps (an import of a year of products' days): one transaction open between
the steps, its inverse worked out as it goes, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import PlanInfo, Product, ProductDay
from ecplanner.domain.ops import Changes, Delete, Op, Put, key_of
from ecplanner.store.errors import PlanWriteError
from ecplanner.store.plan_store import PlanStore

START = date(2027, 3, 1)


def _plan(plan_path: Path) -> tuple[PlanStore, Product, ProductDay]:
    store = plans.create_plan(plan_path, PlanInfo("测试旗舰店", 2027))
    product = Product("27AU001", "羊毛大衣")
    kept = ProductDay(product.uuid, START, uv=50, units=4, gmv=796.0)
    store.write([Put(product), Put(kept)])
    return store, product, kept


def _days(product: Product, n: int) -> list[ProductDay]:
    return [ProductDay(product.uuid, START + timedelta(days=d), uv=40, units=2, gmv=398.0)
            for d in range(n)]


def test_rows_written_in_steps_are_one_change_undone_exactly(plan_path: Path) -> None:
    store, product, kept = _plan(plan_path)
    days = _days(product, 25)  # the first replaces ``kept``, 24 are new
    told: list[tuple[Changes, list[Op]]] = []
    steps = store.write_in_steps([Put(d) for d in days], lambda *done: told.append(done),
                                 rows=10)
    shares = [next(steps) for _ in range(3)]  # checked, in 3 steps of 10, 10 and 5
    assert shares == [10 / 50, 20 / 50, 30 / 50]  # checking is counted as half the work
    assert next(steps) == 0.5 + 10 / 50  # the first 10 written, in the open transaction
    assert len(store.product_days()) == 10 + 1 - 1  # a read between steps sees them
    with pytest.raises(PlanWriteError):  # nothing else may write meanwhile
        store.write([Put(product)])
    rest = list(steps)  # all written, then as many turns as the commit takes
    assert rest[:2] == [0.5 + 20 / 50, 1.0] and set(rest[1:]) == {1.0}
    changes, inverse = told[0]
    assert changes.put(ProductDay) == {key_of(d) for d in days}
    # The new days deleted, the replaced one put back, last (the inverse runs backwards).
    assert inverse == [*(Delete(ProductDay, key_of(d)) for d in reversed(days[1:])), Put(kept)]
    store.close()
    store = PlanStore.open(plan_path)  # committed
    assert store.product_days() == days
    store.write(inverse)
    assert store.product_days() == [kept]


def test_a_write_in_steps_closed_early_changes_nothing(plan_path: Path) -> None:
    store, product, kept = _plan(plan_path)
    steps = store.write_in_steps([Put(d) for d in _days(product, 25)], lambda *_: None,
                                 rows=10)
    for _ in range(4):  # into the writing
        next(steps)
    steps.close()  # type: ignore[attr-defined]
    assert store.product_days() == [kept]
    store.write([Put(ProductDay(product.uuid, START, units=9))])  # the plan takes writes
    store.write([Put(kept)])
    store.close()
    reopened = PlanStore.open(plan_path)
    assert reopened.product_days() == [kept]
    reopened.close()


def test_an_invalid_row_in_a_later_step_refuses_all(plan_path: Path) -> None:
    store, product, kept = _plan(plan_path)
    days = _days(product, 25)
    days[22] = ProductDay(product.uuid, START + timedelta(days=22), units=-1)
    steps = store.write_in_steps([Put(d) for d in days], lambda *_: None, rows=10)
    with pytest.raises(ValidationError):
        list(steps)
    assert store.product_days() == [kept]


def test_no_other_write_from_the_first_step_on(plan_path: Path) -> None:
    store, product, _ = _plan(plan_path)
    steps = store.write_in_steps([Put(d) for d in _days(product, 25)], lambda *_: None,
                                 rows=10)
    next(steps)  # checking the first 10: a write now would slip under the steps' inverse
    with pytest.raises(PlanWriteError):
        store.write([Put(replace(product, name="改名"))])
    assert list(steps)[-1] == 1.0
    store.write([Put(replace(product, name="改名"))])  # ended: the plan takes writes again
    assert store.products()[0].name == "改名"


def test_a_write_in_steps_without_its_inverse(plan_path: Path) -> None:
    store, product, _ = _plan(plan_path)
    days = _days(product, 25)
    told: list[tuple[Changes, list[Op]]] = []
    list(store.write_in_steps([Put(d) for d in days], lambda *done: told.append(done),
                              rows=10, invert=False))
    changes, inverse = told[0]
    assert changes.put(ProductDay) == {key_of(d) for d in days}
    assert inverse == []  # an undo or redo holds its own
    assert store.product_days() == days
