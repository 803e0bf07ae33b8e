"""The Overview tab's feed: what its heading, glance, events, tasks and warnings read.

Each read goes to the store, whose memo keeps the collections: the feed's part is the
timing. While the Overview is hidden behind another tab it takes no change; when it shows
it hands over all that changed meanwhile, once (``Feed``), and each part refreshes if the
changes touch what it shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

from ecplanner.domain.budget.shutdown import ShippingPause, pause_for
from ecplanner.domain.model import (
    BudgetMonth,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    StockPlan,
    Task,
)
from ecplanner.ui.calendar.reference_data import cached_holidays, holiday_key
from ecplanner.ui.common.feed import Feed


class PlanToCheck(NamedTuple):
    """What the plan's warnings are worked out from."""

    info: PlanInfo
    events: list[Event]
    products: list[Product]
    stock_plans: list[StockPlan]
    settings: PlanSettings
    sold: list[tuple[str, date, int]] | None  # products' real sales: (uuid, day, units)
    """None when not asked for (``plan_to_check``)."""


class OverviewFeed(Feed):
    """The plan as the Overview reads it; ``updated`` carries the changes to each part."""

    def info(self) -> PlanInfo:
        return self.document.store.info()

    def events(self) -> list[Event]:
        return self.document.store.events()

    def event_of(self, uuid: str) -> Event | None:
        return self.document.store.get(Event, uuid)

    def products(self) -> list[Product]:
        return self.document.store.products()

    def budget_months(self) -> list[BudgetMonth]:
        return self.document.store.budget_months()

    def tasks(self) -> list[Task]:
        return self.document.store.tasks()

    def task_of(self, uuid: str) -> Task | None:
        return self.document.store.get(Task, uuid)

    def shipping_pause(self) -> ShippingPause | None:
        """The courier shutdown the budget counts; None until the holidays have loaded.
        Only asked, never loaded here: the Overview shows first, and loading the holiday
        tables then would hold up the first paint (the Calendar loads them once it is built,
        and the view hears of it)."""
        store = self.document.store
        return pause_for(cached_holidays(holiday_key(store.info())), store.settings())

    def plan_to_check(self, sales: bool = True) -> Iterator[PlanToCheck | None]:
        """Reads what the warnings are worked out from, a step at a time: None after each
        step, then the plan, with its products' real sales when ``sales``. On a plan of
        20,000 products, reading their stock plans at once would hold the window ~0.4 s
        (the collections the tabs show are in the store's memo by then and take one
        step)."""
        store = self.document.store
        collections: dict[type, list[Any]] = {}
        for kind in (Event, Product, StockPlan):
            found: list[Any] = []
            for step in store.read_in_steps(kind):
                found += step
                yield None
            collections[kind] = found
        sold: list[tuple[str, date, int]] | None = None
        if sales:
            sold = []
            for units in store.product_units_in_steps():  # 730,000 days: ~0.4 s at once
                sold += units
                yield None
        yield PlanToCheck(store.info(), collections[Event], collections[Product],
                          collections[StockPlan], store.settings(), sold)
