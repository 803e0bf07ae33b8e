"""Each product's re-forecast kept with its inputs (``forecasts.Reforecasts``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

import pytest

from ecplanner.domain.clearance.reforecast import SoldDays
from ecplanner.domain.model import Event, EventKind, Product, StockPlan
from ecplanner.domain.steps import run_steps as to_end
from ecplanner.ui.inventory import forecasts
from ecplanner.ui.inventory.forecasts import Item, Known, Reforecasts

ITEMS = 30


def _items() -> list[Item]:
    products = [Product(code=f"P{n:02}", name=f"P{n:02}", list_price=100.0)
                for n in range(ITEMS)]
    return [(StockPlan(product.uuid, on_hand=50, base_weekly_sales=5.0,
                       season_end=date(2027, 3, 31)), product) for product in products]


def _events() -> tuple[Event, ...]:
    return tuple(Event(title=f"E{n}", kind=EventKind.MAJOR_SALE,
                       start=date(2027, 1, 10 + 7 * n), end=date(2027, 1, 12 + 7 * n),
                       uplift=1.5) for n in range(3))


def test_the_events_every_item_shares_are_compared_once_not_once_per_item(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Most items share one tuple of thousands of events: compared per item it took ~0.5 s
    # on 10,000 items, for a snapshot in which nothing had changed.
    items = _items()
    events = _events()
    kept = Reforecasts()
    first = to_end(kept.of(items, [events] * ITEMS, {}, None, ITEMS))
    redone: list[int] = []
    known_of = forecasts.known_of

    def counted_known_of(items: Sequence[Item], events_of: Sequence[tuple[Event, ...]],
                         sold: Mapping[str, SoldDays], since: date | None) -> list[Known]:
        redone.append(len(items))
        return known_of(items, events_of, sold, since)

    compared: list[int] = []
    equal = Event.__eq__

    def counted_eq(self: Event, other: object) -> bool:
        compared.append(1)
        return equal(self, other)

    monkeypatch.setattr(forecasts, "known_of", counted_known_of)
    monkeypatch.setattr(Event, "__eq__", counted_eq)
    # The events read again: equal, not the same objects (as after an edit of a product).
    again = tuple(replace(event) for event in events)
    assert to_end(kept.of(items, [again] * ITEMS, {}, None, ITEMS)) == first
    assert len(compared) == 3  # one tuple of 3 events against the one held; not 30 × 3
    assert redone == []
    # One event moved: every item that has it is worked out again, 12 at a time, the
    # caller getting a turn between pieces: 30 = 12 + 12 + 6, 2 turns between.
    moved = (*again[:2], replace(again[2], start=date(2027, 1, 25)))
    steps = kept.of(items, [moved] * ITEMS, {}, None, 12)
    turns = 0
    while True:
        try:
            next(steps)
            turns += 1
        except StopIteration as done:
            after: list[Known] = done.value
            break
    assert (redone, turns) == ([12, 12, 6], 2)
    assert [entry.events for entry in after] == [moved] * ITEMS
