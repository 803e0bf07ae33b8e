"""What the Inventory tab last read from the plan, and its projection.

Reading 2,000 stock plans through the store takes ~75 ms, so after the first read only the
rows a change names are read again (``store.get`` by key); the events are read whole (they
are few). The projection is recomputed from these on every change: ~10 ms for 2,000.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.clearance.events import events_for_products
from ecplanner.domain.clearance.projection import BatchProjection, project_each, projection_start
from ecplanner.domain.model import Event, PlanInfo, Product, StockPlan
from ecplanner.domain.ops import Changes, Topic
from ecplanner.store.plan_store import PlanStore

# Past this many changed keys one full read is cheaper than reading them one by one.
_MAX_KEYED_READS = 40


@dataclass(frozen=True)
class InventorySnapshot:
    """The rows in display order (by product code), the events of each, and the projection."""

    info: PlanInfo
    today: date
    start: date
    items: tuple[tuple[StockPlan, Product], ...]
    events_of: tuple[tuple[Event, ...], ...]
    batch: BatchProjection

    def row_of(self, plan_uuid: str) -> int:
        return next((row for row, (plan, _) in enumerate(self.items)
                     if plan.uuid == plan_uuid), -1)


class InventorySource:
    """Keeps the plan's stock plans, products and events as last read from ``store``."""

    def __init__(self, store: PlanStore, today: Callable[[], date] = date.today) -> None:
        self._store = store
        self._today = today
        self._plans: dict[str, StockPlan] = {}
        self._products: dict[str, Product] = {}
        self._events: list[Event] = []
        self._info: PlanInfo | None = None

    def prefetch(self) -> None:
        """Read the stock plans, the slow part of ``reload``, into the store's memo."""
        self._store.stock_plans()

    def reload(self) -> None:
        """Read everything again."""
        self._info = self._store.info()
        self._plans = {plan.uuid: plan for plan in self._store.stock_plans()}
        self._products = {product.uuid: product for product in self._store.products()}
        self._events = self._store.events()

    def update(self, changes: Changes) -> bool:
        """Read again what ``changes`` touched; False when it touched nothing shown here."""
        if not changes.touches(Topic.STOCK, Topic.PRODUCTS, Topic.EVENTS, Topic.PLAN):
            return False
        if self._info is None or changes.touches(Topic.PLAN) or not changes.keys \
                or len(changes.keys) > _MAX_KEYED_READS:
            self.reload()
            return True
        if changes.touches(Topic.EVENTS):
            self._events = self._store.events()
        if changes.touches(Topic.PRODUCTS):
            for key in changes.keys:
                product = self._store.get(Product, key)
                if product is not None:
                    self._products[key] = product
                elif self._products.pop(key, None) is not None:
                    # Deleting a product deletes its stock plan with it.
                    self._plans = {k: p for k, p in self._plans.items() if p.product_uuid != key}
        if changes.touches(Topic.STOCK):
            for key in changes.keys:
                plan = self._store.get(StockPlan, key)
                if plan is not None:
                    self._plans[key] = plan
                else:
                    self._plans.pop(key, None)
        return True

    def products(self) -> list[Product]:
        return sorted(self._products.values(), key=lambda product: product.code)

    def planned_products(self) -> set[str]:
        return {plan.product_uuid for plan in self._plans.values()}

    def snapshot(self) -> InventorySnapshot:
        """Project every stock plan from today (or the plan's Jan 1) with its own events."""
        if self._info is None:
            self.reload()
        assert self._info is not None
        info = self._info
        items = sorted(((plan, self._products[plan.product_uuid])
                        for plan in self._plans.values() if plan.product_uuid in self._products),
                       key=lambda item: (item[1].code, item[1].uuid))
        events_of = events_for_products(self._events, [product.uuid for _, product in items],
                                        info.markets, info.platforms)
        today = self._today()
        start = projection_start(today, info.year)
        batch = project_each(items, events_of, start)
        return InventorySnapshot(info, today, start, tuple(items), tuple(events_of), batch)
