"""Projecting many items a piece at a time (``project_in_pieces``) gives what one go gives."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

import numpy as np

from ecplanner.domain.clearance.kernel import BatchProjection
from ecplanner.domain.clearance.projection import project_each, project_in_pieces
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

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
