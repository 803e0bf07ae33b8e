"""A plan of more than ``PIECE`` stock plans is shown over several turns of the event loop
(10,000 stock plans took 0.7 s in one), and once settled shows what one go shows."""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ecplanner.domain.clearance.projection import (
    BatchProjection,
    project_each,
    project_in_pieces,
    project_rows,
)
from ecplanner.domain.model import Event, EventKind, Product, StockPlan
from ecplanner.domain.ops import Put
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory import feed as feed_module
from ecplanner.ui.inventory import view as view_module
from ecplanner.ui.inventory.view import InventoryTab

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray

TODAY = date(2026, 11, 23)


def _table(tab: InventoryTab) -> list[list[str]]:
    model = tab.model
    return [[str(model.data(model.index(row, column)))
             for column in range(model.columnCount())] for row in range(model.rowCount())]


def _settled_tab(qtbot: QtBot, document: PlanDocument) -> InventoryTab:
    tab = InventoryTab(document, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitUntil(lambda: tab.settled and tab.model.rowCount() > 0)
    return tab


def test_a_large_plan_is_projected_a_piece_a_turn_and_settles_as_in_one_go(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401  (as the warm-up would have, a moment after start)
    import pyqtgraph  # noqa: F401

    whole = _settled_tab(qtbot, demo_document)  # 20 stock plans: one piece
    turns = [0]  # a 0 ms timer ticks once per turn of the event loop
    ticker = QTimer(interval=0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    ticker.start()
    pieces: list[int] = []  # the turn of each piece projected

    def recording(items: Sequence[tuple[StockPlan, Product]],
                  events_of: Sequence[Sequence[Event]], start: date, piece: int,
                  uplifts: dict[int, FloatArray]) -> Generator[None, None, BatchProjection]:
        steps = project_in_pieces(items, events_of, start, piece, uplifts)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                pieces.append(turns[0])
                batch: BatchProjection = done.value
                return batch
            pieces.append(turns[0])
            yield

    monkeypatch.setattr(feed_module, "project_in_pieces", recording)
    monkeypatch.setattr(feed_module, "PIECE", 6)
    monkeypatch.setattr(view_module, "PIECE", 6)
    resets: list[int] = []
    pieced = InventoryTab(demo_document, today=lambda: TODAY)
    qtbot.addWidget(pieced)
    pieced.model.modelReset.connect(lambda: resets.append(pieced.model.rowCount()))
    pieced.resize(1400, 900)
    pieced.show()
    qtbot.waitUntil(lambda: pieced.settled and pieced.model.rowCount() > 0)
    # 20 stock plans in pieces of 6: 6 + 6 + 6 + 2, each in a turn of its own (the uplift
    # of the events they share shares the first piece's turn or has one of its own).
    assert len(set(pieces)) >= 4
    assert resets == [20]  # the rows appear once, whole: no empty or half table between
    assert _table(pieced) == _table(whole)

    # Shown again after an event moved while it was hidden: the same as the tab that
    # showed the move at once, in one go.
    pieced.hide()
    pieces.clear()
    before = _table(whole)
    # A store-wide flash sale in week 35 (from 2027-09-03), moved two weeks later.
    sale = Event("闪购", EventKind.STORE_PROMO, date(2027, 9, 3), date(2027, 9, 9), uplift=4.0)
    demo_document.apply("add", [Put(sale)])
    demo_document.apply("move", [Put(sale.shifted(14))])
    pieced.show()
    qtbot.waitUntil(lambda: pieced.settled)
    assert len(set(pieces)) >= 4
    assert _table(whole) != before  # the move changed what is shown
    assert _table(pieced) == _table(whole)


def test_a_change_while_a_large_plan_is_shown_is_shown_after_it_not_instead(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    # Starting over at each change would throw away the pieces done, and never settle
    # while changes keep coming (the sales read arrive in the middle of a first show).
    import numpy  # noqa: F401
    import pyqtgraph  # noqa: F401

    plan = demo_document.store.stock_plans()[0]
    runs: list[str] = []  # how each projection in pieces ended

    def edited_after_first_piece(
            items: Sequence[tuple[StockPlan, Product]], events_of: Sequence[Sequence[Event]],
            start: date, piece: int, uplifts: dict[int, FloatArray]
    ) -> Generator[None, None, BatchProjection]:
        steps = project_in_pieces(items, events_of, start, piece, uplifts)
        try:
            next(steps)
            if not runs:  # the first run, a piece in: the user types 7 more on hand
                demo_document.apply("edit", [Put(replace(plan, on_hand=plan.on_hand + 7))])
            yield
            batch: BatchProjection = yield from steps
        except GeneratorExit:
            runs.append("dropped")
            raise
        runs.append("done")
        return batch

    monkeypatch.setattr(feed_module, "project_in_pieces", edited_after_first_piece)
    monkeypatch.setattr(feed_module, "PIECE", 6)
    monkeypatch.setattr(view_module, "PIECE", 6)
    tab = _settled_tab(qtbot, demo_document)
    # The first run went on to its end; then the edited stock plan alone was projected.
    assert runs == ["done"]
    row = tab.model.row_of(plan.uuid)
    assert tab.model.plan_at(row).on_hand == plan.on_hand + 7


def test_a_plan_added_on_a_large_plan_is_shown_and_selected_at_once(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401
    import pyqtgraph  # noqa: F401

    monkeypatch.setattr(feed_module, "PIECE", 6)
    monkeypatch.setattr(view_module, "PIECE", 6)
    tab = _settled_tab(qtbot, demo_document)
    dialog = tab.open_plan_dialog()
    dialog.search.setText("27SP003")
    product = dialog.chosen()
    assert product is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    # No turn has passed since the click: the show of the new plan ran to its end in it.
    assert tab.settled and tab.model.rowCount() == 21
    assert tab.model.plan_at(tab.selected_rows()[0]).product_uuid == product.uuid


def test_a_show_that_failed_half_way_does_not_stop_the_next_one(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy  # noqa: F401
    import pyqtgraph  # noqa: F401

    monkeypatch.setattr(feed_module, "PIECE", 6)
    monkeypatch.setattr(view_module, "PIECE", 6)
    tab = _settled_tab(qtbot, demo_document)
    figures = feed_module.InventorySnapshot.figures
    failing = [True]

    def failing_once(snapshot: feed_module.InventorySnapshot) -> dict[str, list[float]]:
        if failing.pop() if failing else False:
            raise RuntimeError("a bug in a step")
        return figures(snapshot)

    monkeypatch.setattr(feed_module.InventorySnapshot, "figures", failing_once)
    plan = demo_document.store.stock_plans()[0]
    with qtbot.captureExceptions() as raised:
        demo_document.apply("edit", [Put(replace(plan, on_hand=plan.on_hand + 7))])
        qtbot.waitUntil(lambda: len(raised) == 1)
    assert tab.settled  # not waiting for the end of a show that will never come
    demo_document.apply("edit", [Put(replace(plan, on_hand=plan.on_hand + 9))])
    qtbot.waitUntil(lambda: tab.settled)
    row = tab.model.row_of(plan.uuid)
    assert tab.model.plan_at(row).on_hand == plan.on_hand + 9


def test_an_edit_of_one_product_projects_its_stock_plan_alone(
        qtbot: QtBot, demo_document: PlanDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    # All 10,000 stock plans again took 10 turns of ~30 ms after a price changed.
    import numpy as np

    tab = _settled_tab(qtbot, demo_document)
    projected: list[int] = []  # items per projection of all of them
    rows_projected: list[list[int]] = []

    def in_pieces(items: Sequence[tuple[StockPlan, Product]],
                  events_of: Sequence[Sequence[Event]], start: date, piece: int,
                  uplifts: dict[int, FloatArray]) -> Generator[None, None, BatchProjection]:
        projected.append(len(items))
        return (yield from project_in_pieces(items, events_of, start, piece, uplifts))

    def rows_alone(batch: BatchProjection, items: Sequence[tuple[StockPlan, Product]],
                   events_of: Sequence[Sequence[Event]], rows: Sequence[int],
                   uplifts: dict[int, FloatArray]) -> BatchProjection | None:
        rows_projected.append(list(rows))
        return project_rows(batch, items, events_of, rows, uplifts)

    monkeypatch.setattr(feed_module, "project_in_pieces", in_pieces)
    monkeypatch.setattr(feed_module, "project_rows", rows_alone)
    snapshot = tab.model.snapshot
    assert snapshot is not None
    item = next(i for i, (_, p) in enumerate(snapshot.items) if p.code == "27AU006")
    product = snapshot.items[item][1]
    demo_document.apply("price", [Put(replace(product, list_price=product.list_price + 10))])
    after = tab.model.snapshot
    assert after is not None and after.items[item][1].list_price == product.list_price + 10
    assert (projected, rows_projected) == ([], [[item]])
    whole = project_each(list(after.items), after.events_of, after.start)
    assert np.array_equal(after.batch.revenue, whole.revenue)
    assert not np.array_equal(after.batch.revenue, snapshot.batch.revenue)
    # An event moved: every item's uplift changes, all are projected again.
    sale = Event("闪购", EventKind.STORE_PROMO, date(2027, 9, 3), date(2027, 9, 9), uplift=4.0)
    demo_document.apply("add", [Put(sale)])
    assert projected == [len(after.items)]
