"""Undo and redo of a step too large to write between two frames (an import of a year of
products' days): written in slices of one transaction while the event loop turns, the stack
moving only once it all committed; a failure or a Cancel leaves the plan and the stack as
they were. The threshold is lowered so that a few thousand rows make a large step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import Connection

from ecplanner.domain.model import Product, ProductDay
from ecplanner.domain.ops import Op, Put, Written
from ecplanner.store import steps_written
from ecplanner.store.errors import PlanWriteError
from ecplanner.ui import document as ui_document
from ecplanner.ui.document import PlanDocument, StepFailure
from tests.ui.test_undo_failure import FullDisk

START = date(2027, 1, 1)
DAYS = 3_000  # 3 products × 1,000 days: 3 steps of checks and 3 of writes (1,000 rows each)


def _stored(plan_path: Path) -> list[tuple[str, int, int, float]]:
    """The plan file's product days, read by SQLite itself once the document closed it."""
    with sqlite3.connect(plan_path) as connection:
        rows = connection.execute(
            "SELECT key, uv, units, gmv FROM product_day ORDER BY key").fetchall()
    connection.close()
    return [(str(k), int(uv), int(units), float(gmv)) for k, uv, units, gmv in rows]


@pytest.fixture
def imported(document: PlanDocument, monkeypatch: pytest.MonkeyPatch
             ) -> Iterator[tuple[PlanDocument, list[ProductDay]]]:
    """A plan holding two days of a product, then an import of ``DAYS`` days, one of them
    replacing a stored day; every step of the undo and redo its own slice."""
    monkeypatch.setattr(ui_document, "_SLICE_S", 0.0)
    document.undo_stack.stepped_from = 1_000
    products = [Product(f"27AU00{n}", f"大衣{n}") for n in range(3)]
    kept = ProductDay(products[0].uuid, START, uv=50, units=4, gmv=796.0)
    replaced = ProductDay(products[1].uuid, START, uv=30, units=1, gmv=199.0)
    document.apply("products", [*(Put(p) for p in products), Put(kept), Put(replaced)])
    days = [ProductDay(p.uuid, START + timedelta(days=d), uv=40, units=2, gmv=398.0)
            for p in products[1:] for d in range(DAYS // 2)]
    for _ in document.apply_in_steps("import", [Put(day) for day in days]):
        pass
    assert document.undo_stack.index() == 2
    yield document, [kept, replaced]


def _until_written(qtbot: QtBot, document: PlanDocument) -> None:
    qtbot.waitUntil(lambda: not document.undo_stack.stepping, timeout=10_000)


def test_a_large_undo_is_written_while_the_event_loop_turns_and_restores_the_rows(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]], plan_path: Path
        ) -> None:
    document, before = imported
    stack = document.undo_stack
    turns: list[int] = []  # the stack's index each time the event loop turns
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.append(stack.index()))
    ticker.start()
    shares: list[float] = []
    stack.step_progressed.connect(shares.append)
    stack.undo()
    assert stack.index() == 2  # nothing committed yet: the stack has not moved
    assert stack.stepping
    _until_written(qtbot, document)
    ticker.stop()
    assert turns.count(2) >= 3  # the loop turned between the slices, the stack unmoved
    # 3 steps of checks, 3 of writes, then as many as the commit takes in its thread.
    assert shares[:6] == pytest.approx([1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1.0])
    assert set(shares[6:]) <= {1.0}
    assert stack.index() == 1
    assert document.store.product_days() == sorted(before, key=lambda d: d.product_uuid)
    document.close()
    assert sorted(_stored(plan_path)) == sorted(
        (f"{d.product_uuid} {d.day.isoformat()}", d.uv, d.units, d.gmv) for d in before)


def test_a_large_redo_restores_the_import(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]], plan_path: Path
        ) -> None:
    document, (kept, _) = imported
    stack = document.undo_stack
    stack.undo()
    _until_written(qtbot, document)
    stack.redo()
    assert stack.index() == 1 and stack.stepping
    _until_written(qtbot, document)
    assert stack.index() == 2
    document.close()
    rows = _stored(plan_path)
    # The import's 3,000 days (the replaced day among them, as imported) and the kept one.
    assert len(rows) == DAYS + 1
    assert (f"{kept.product_uuid} {START.isoformat()}", 50, 4, 796.0) in rows
    assert {r[1:] for r in rows if r[0] != f"{kept.product_uuid} {START.isoformat()}"} == {
        (40, 2, 398.0)}


def _midway(document: PlanDocument, action: Callable[[], None]) -> None:
    """Runs ``action`` once, between two slices, after the first 1,000 rows were written."""
    def step(share: float) -> None:
        if share > 0.5:
            document.undo_stack.step_progressed.disconnect(step)
            action()

    document.undo_stack.step_progressed.connect(step)


def test_nothing_else_writes_while_a_large_undo_is_written(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]]) -> None:
    document, _ = imported
    stack = document.undo_stack
    seen: list[tuple[int, int]] = []
    refused: list[str] = []

    def meanwhile() -> None:
        seen.append((stack.index(), len(document.store.product_units())))
        try:
            document.apply("edit", [Put(Product("27AU999", "新品"))])
        except PlanWriteError as error:  # refused, as while an import is stored
            refused.append(error.reason)
        stack.undo()  # a second undo or a redo waits: refused, not queued
        stack.redo()

    _midway(document, meanwhile)
    stack.undo()
    _until_written(qtbot, document)
    assert seen == [(2, DAYS + 1 - 1_000)]  # unmoved; 1,000 of the 3,001 rows taken back
    assert refused == ["another change is being stored"]
    assert stack.index() == 1
    assert [p.code for p in document.store.products()] == ["27AU000", "27AU001", "27AU002"]


@pytest.mark.parametrize("undoing", [True, False])
def test_a_step_failing_midway_leaves_the_plan_and_the_stack_as_they_were(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]],
        monkeypatch: pytest.MonkeyPatch, undoing: bool) -> None:
    document, _ = imported
    stack = document.undo_stack
    if not undoing:
        stack.undo()
        _until_written(qtbot, document)
    held = document.store.product_days()
    index = stack.index()
    told: list[StepFailure] = []
    stack.step_failed.connect(told.append)
    FullDisk(monkeypatch).fail_write(2)  # the second of three steps of 1,000 rows
    stack.undo() if undoing else stack.redo()
    _until_written(qtbot, document)
    assert [(f.undoing, f.text, f.reason) for f in told] == [
        (undoing, "import", "database or disk is full")]
    assert stack.index() == index
    assert document.store.product_days() == held
    monkeypatch.undo()  # room again: the same step is written
    stack.undo() if undoing else stack.redo()
    _until_written(qtbot, document)
    assert stack.index() == index + (-1 if undoing else 1)


def test_closing_the_plan_midway_rolls_the_undo_back(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]], plan_path: Path
        ) -> None:
    document, _ = imported
    held = _keys(document.store.product_days())
    stack = document.undo_stack
    ended: list[bool] = []
    stack.step_ended.connect(lambda: ended.append(stack.stepping))
    _midway(document, document.close)  # as quitting does, 1,000 rows into the undo
    stack.undo()
    qtbot.waitUntil(lambda: not document.is_open)
    assert ended == [False]
    assert sorted(key for key, *_ in _stored(plan_path)) == held


def test_a_macro_holding_a_large_step_is_undone_whole_or_not_at_all(
        qtbot: QtBot, document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_document, "_SLICE_S", 0.0)
    stack = document.undo_stack
    stack.stepped_from = 1_000
    product = Product("27AU001", "大衣")
    stack.beginMacro("import with its product")
    document.apply("product", [Put(product)])
    days = [ProductDay(product.uuid, START + timedelta(days=d), units=1) for d in range(DAYS)]
    for _ in document.apply_in_steps("import", [Put(day) for day in days]):
        pass
    stack.endMacro()
    FullDisk(monkeypatch).fail_write(4)  # the last step: the product's delete, after the days
    stack.undo()
    _until_written(qtbot, document)
    assert stack.index() == 1
    assert document.store.products() == [product]
    assert len(document.store.product_days()) == DAYS
    monkeypatch.undo()
    stack.undo()
    _until_written(qtbot, document)
    assert stack.index() == 0
    assert document.store.products() == []
    assert document.store.product_days() == []


def _keys(days: list[ProductDay]) -> list[str]:
    return sorted(f"{d.product_uuid} {d.day.isoformat()}" for d in days)


def test_an_unexpected_error_midway_rolls_back_and_leaves_the_stack_usable(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    document, _ = imported
    stack = document.undo_stack
    real = steps_written.write_ops
    calls: list[int] = []

    def write_ops(conn: Connection, ops: list[Op]) -> list[Written]:
        calls.append(len(ops))
        if len(calls) == 2:
            raise RuntimeError("a bug in a step")
        return real(conn, ops)

    monkeypatch.setattr(steps_written, "write_ops", write_ops)
    with qtbot.captureExceptions() as raised:
        stack.undo()
        _until_written(qtbot, document)
    assert [str(error) for _, error, _ in raised] == ["a bug in a step"]
    assert stack.index() == 2
    assert len(document.store.product_units()) == DAYS + 1
    monkeypatch.setattr(steps_written, "write_ops", real)
    stack.undo()  # not stuck: the next undo is written
    _until_written(qtbot, document)
    assert stack.index() == 1


def test_the_views_hear_of_a_large_undo_at_the_turn_after_its_commit(
        qtbot: QtBot, imported: tuple[PlanDocument, list[ProductDay]]) -> None:
    # The commit of a year of products' days and the views' reading of what changed made
    # one turn of 150–230 ms together; the views now read in the next turn.
    document, _ = imported
    stack = document.undo_stack
    heard: list[str] = []
    stack.step_ended.connect(lambda: heard.append("ended"))
    document.changed.connect(lambda changes: heard.append(
        f"changed {len(changes.of_kind(ProductDay))}"))
    before = stack.index()
    stack.undo()
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=20_000)
    assert heard == ["ended", f"changed {DAYS}"]
    assert stack.index() == before - 1


def test_changes_of_one_side_are_not_copied() -> None:
    # A union of an import's 730,000 keys with nothing, each time a view asked, cost the
    # Inventory feed ~40 ms in the turn that committed them.
    from ecplanner.domain.ops import Changes

    keys = frozenset(f"p {n}" for n in range(10))
    changes = Changes({ProductDay: keys}, {})
    assert changes.of_kind(ProductDay) is keys
    both = Changes({ProductDay: keys}, {ProductDay: frozenset({"q"})})
    assert both.of_kind(ProductDay) == keys | {"q"}
