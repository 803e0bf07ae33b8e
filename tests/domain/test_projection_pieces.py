"""Projecting many items a piece at a time (``project_in_pieces``) gives what one go gives."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from ecplanner.domain.clearance.kernel import BatchProjection
from ecplanner.domain.clearance.projection import project_each, project_in_pieces, project_rows
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray

START = date(2025, 9, 1)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def _items() -> list[tuple[StockPlan, Product]]:
    # Season ends of 2 to 12 weeks, the longest in the last piece: every piece must still
    # run over the longest item's weeks. Ladders, arrivals, a launch and a delist mid-way.
    items = []
    for n in range(7):
        product = Product(f"C-{n}", "coat", unit_cost=40.0, list_price=100.0 + n,
                          launch=day(7 * n) if n % 3 == 1 else None,
                          delist=day(30 + n) if n % 3 == 2 else None)
        plan = StockPlan(product.uuid, on_hand=40 * n, base_weekly_sales=5.0 + n,
                         season_end=day(10 + 11 * n), elasticity=1.5,
                         arrivals=(Arrival(day(3 * n + 5), 10 * n),),
                         ladder=(MarkdownStep(day(20 - n), 0.1 * (n % 4)),
                                 MarkdownStep(day(20 - n), 0.05)))
        items.append((plan, product))
    return items


def test_pieces_give_the_arrays_of_one_go_and_yield_between() -> None:
    sale = Event("sale", EventKind.MAJOR_SALE, day(9), day(11), uplift=3.0)
    promo = Event("promo", EventKind.STORE_PROMO, day(30), day(33), uplift=1.4)
    shared, named = (sale,), (sale, promo)
    items = _items()
    events_of = [named if n in (2, 5) else shared for n in range(len(items))]
    steps = project_in_pieces(items, events_of, START, piece=3)
    yields = 0
    while True:
        try:
            next(steps)
            yields += 1
        except StopIteration as done:
            pieces: BatchProjection = done.value
            break
    # 3 pieces (3 + 3 + 1 items), and the weekly uplift of each of the 2 tuples of events.
    assert yields == 3 + 2
    whole = project_each(items, events_of, START)
    assert pieces.start == whole.start
    for field in fields(BatchProjection):
        if field.name != "start":
            assert np.array_equal(getattr(pieces, field.name), getattr(whole, field.name)), \
                field.name


def test_up_to_one_piece_is_projected_in_one_go() -> None:
    items = _items()
    steps = project_in_pieces(items, [()] * len(items), START, piece=len(items))
    try:
        next(steps)
        raise AssertionError("yielded with a single piece")
    except StopIteration as done:
        assert np.array_equal(done.value.sold, project_each(items, [()] * len(items),
                                                            START).sold)


def test_rows_projected_anew_give_the_arrays_of_all_projected_anew() -> None:
    sale = Event("sale", EventKind.MAJOR_SALE, day(9), day(11), uplift=3.0)
    items = _items()
    events_of = [(sale,)] * len(items)
    uplifts: dict[int, FloatArray] = {}
    held = to_end(project_in_pieces(items, events_of, START, 3, uplifts))
    edited = list(items)
    plan, product = items[2]
    edited[2] = (replace(plan, on_hand=plan.on_hand + 50), replace(product, list_price=99.0))
    plan, product = items[5]
    edited[5] = (replace(plan, ladder=()), product)
    rows = project_rows(held, edited, events_of, [2, 5], uplifts)
    assert rows is not None
    whole = project_each(edited, events_of, START)
    for field in fields(BatchProjection):
        if field.name != "start":
            assert np.array_equal(getattr(rows, field.name), getattr(whole, field.name)), \
                field.name
    assert not np.array_equal(held.sold, whole.sold)  # the edits changed what sells
    # The longest season ends earlier: every item's arrays would be narrower.
    plan, product = items[6]
    shorter = [*items[:6], (replace(plan, season_end=day(20)), product)]
    assert project_rows(held, shorter, events_of, [6], uplifts) is None


def to_end(steps: Generator[None, None, BatchProjection]) -> BatchProjection:
    while True:
        try:
            next(steps)
        except StopIteration as done:
            batch: BatchProjection = done.value
            return batch
