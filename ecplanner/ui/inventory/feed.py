"""The Inventory tab's feed: the stock plans, products and events it last read, and
their projection.

Reading 2,000 stock plans through the store takes ~75 ms, so after the first read only the
rows a change names are read again (``store.get`` by key); the events are read whole (they
are few). The projection is recomputed from these on every change: ~10 ms for 2,000. The
tab loads the feed itself, in two turns, once numpy is imported (``load_on_show=False``).

The products' real sales (a year of 2,000 products is 730,000 days, ~0.4 s to read) are
read a step at a time between the window's other work, then grouped by product and
re-forecast in the thread pool (~0.25 s for 2,000 products); until they are, the tab shows
what it showed before (the plan's figures at first), and ``updated`` tells when they
arrive. The re-forecast is kept until the plans, products, events or sales change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from ecplanner.domain.clearance.events import events_for_products
from ecplanner.domain.clearance.projection import BatchProjection, project_each, projection_start
from ecplanner.domain.clearance.reforecast import Reforecast, SoldDays, reforecast, sold_days
from ecplanner.domain.clearance.sellthrough import leftover_at_delist
from ecplanner.domain.model import Event, PlanInfo, Product, ProductDay, StockPlan
from ecplanner.domain.ops import Changes, Topic, key_of
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.common.slices import Slices, dropped_in_pieces
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.cells import BATCH_FIGURES

E = TypeVar("E", StockPlan, Product)
Forecast = tuple[list[tuple[StockPlan, Product]], dict[int, Reforecast]]

# Past this many changed keys one full read is cheaper than reading them one by one.
_MAX_KEYED_READS = 40
_READ_SLICE_S = 0.02


@dataclass(frozen=True)
class InventorySnapshot:
    """The rows in display order (by product code), the events of each, and the projection.

    ``items`` are the stock plans as stored (what edits start from); ``projected`` the same
    re-forecast from real sales where a product has enough days (``reforecasts``, by item),
    which ``batch`` projects. ``planned`` projects ``items`` as they are."""

    info: PlanInfo
    today: date
    start: date
    items: tuple[tuple[StockPlan, Product], ...]
    events_of: tuple[tuple[Event, ...], ...]
    batch: BatchProjection
    projected: tuple[tuple[StockPlan, Product], ...] = ()
    reforecasts: Mapping[int, Reforecast] = field(default_factory=dict)
    planned: BatchProjection | None = None

    def figures(self) -> dict[str, list[float]]:
        """The table's figures per item: the projection's arrays (``BATCH_FIGURES``), and
        real sell-through: the observed rate and units sold (NaN for items not
        re-forecast), the leftover at delist at the planned rate and as projected."""
        batch = self.batch
        figures = {name: getattr(batch, name).tolist() for name in BATCH_FIGURES}
        nan = math.nan
        figures["observed_rate"] = [nan] * len(self.items)
        figures["sold_so_far"] = [nan] * len(self.items)
        for item, found in self.reforecasts.items():
            figures["observed_rate"][item] = found.weekly_rate
            figures["sold_so_far"][item] = float(found.units_sold)
        planned = self.planned or batch
        figures["leftover_at_delist_planned"] = [
            leftover_at_delist(planned, i, product.delist)
            for i, (_, product) in enumerate(self.items)]
        figures["leftover_at_delist"] = [
            leftover_at_delist(batch, i, product.delist)
            for i, (_, product) in enumerate(self.items)]
        return figures

    def row_of(self, plan_uuid: str) -> int:
        return next((row for row, (plan, _) in enumerate(self.items)
                     if plan.uuid == plan_uuid), -1)


class InventoryFeed(Feed):
    """The plan's stock plans, products and events as last read from ``document``."""

    def __init__(self, document: PlanDocument, tab: QWidget,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(document, tab, lazy=True, load_on_show=False)
        self._store = document.store
        self._today = today
        self._plans: dict[str, StockPlan] = {}
        self._products: dict[str, Product] = {}
        self._events: list[Event] = []
        self._info: PlanInfo | None = None
        self._sold: dict[str, SoldDays] = {}
        self._version = 0  # what was read: one more after every read that changed it
        self._forecast: tuple[int, Forecast] | None = None  # and the re-forecast of a version
        self._reading = Slices(_READ_SLICE_S, self)
        self._grouping = Background(self)
        self._grouping.finished.connect(self._on_grouped)
        document.closed.connect(self._reading.stop)

    @property
    def reading_sales(self) -> bool:
        """The products' real sales are being read again; ``updated`` tells when they are."""
        return self._reading.busy or self._grouping.busy

    def _read_sales(self) -> None:
        self._reading.start(self._sales_in_steps(), later=True)

    def _sales_in_steps(self) -> Iterator[None]:
        rows: list[tuple[str, date, int]] = []
        for step in self._store.product_units_in_steps():
            rows += step
            yield
        items, events_of = self._items()
        version = self._version

        def job() -> tuple[int, dict[str, SoldDays], Forecast]:
            sold = sold_days(rows)
            for _ in dropped_in_pieces(rows):
                pass
            return version, sold, reforecast(items, events_of, sold)

        self._grouping.start(job)

    def _on_grouped(self, done: tuple[int, dict[str, SoldDays], Forecast]) -> None:
        if self._reading.busy or not self.document.is_open:
            return  # read again since: that read tells
        version, self._sold, forecast = done
        current = version == self._version  # else the plans changed meanwhile
        self._version += 1
        self._forecast = (self._version, forecast) if current else None
        self.updated.emit(Changes())

    def prefetch(self) -> None:
        """Read the stock plans, the slow part of ``load``, into the store's memo."""
        self._store.stock_plans()

    def read_all(self) -> None:
        self._version += 1
        self._info = self._store.info()
        self._plans = {plan.uuid: plan for plan in self._store.stock_plans()}
        self._products = {product.uuid: product for product in self._store.products()}
        self._events = self._store.events()
        self._read_sales()

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(Topic.STOCK, Topic.PRODUCTS, Topic.EVENTS, Topic.PLAN):
            return False
        if ProductDay in changes.kinds:
            self._read_sales()  # the re-forecast with them follows, from the pool
            if changes.kinds == {ProductDay}:
                # Only sales (an import, its undo): the re-forecast held stays until then,
                # not worked out again here with the sales it was made from (~0.6 s).
                return False
        self._version += 1
        keyed = len(changes.of_kind(Product)) + len(changes.of_kind(StockPlan))
        if changes.touches(Topic.PLAN) or keyed > _MAX_KEYED_READS:
            self.read_all()
            return True
        if changes.of_kind(Event):
            self._events = self._store.events()
        self._reread(self._products, Product, changes)
        self._reread(self._plans, StockPlan, changes)
        return True

    def _reread(self, held: dict[str, E], kind: type[E], changes: Changes) -> None:
        for key in changes.deleted(kind):
            held.pop(key, None)
        found = [self._store.get(kind, key) for key in changes.put(kind)]
        held.update((key_of(entity), entity) for entity in found if entity is not None)

    def products(self) -> list[Product]:
        return sorted(self._products.values(), key=lambda product: product.code)

    def planned_products(self) -> set[str]:
        return {plan.product_uuid for plan in self._plans.values()}

    def _items(self) -> tuple[list[tuple[StockPlan, Product]], list[tuple[Event, ...]]]:
        """The stock plans with their products, by product code, and the events of each."""
        if self._info is None:
            self.read_all()
        assert self._info is not None
        items = sorted(((plan, self._products[plan.product_uuid])
                        for plan in self._plans.values() if plan.product_uuid in self._products),
                       key=lambda item: (item[1].code, item[1].uuid))
        events_of = events_for_products(self._events, [product.uuid for _, product in items],
                                        self._info.markets, self._info.platforms)
        return items, events_of

    def snapshot(self) -> InventorySnapshot:
        """Project every stock plan from today (or the plan's Jan 1) with its own events."""
        items, events_of = self._items()
        assert self._info is not None
        info = self._info
        today = self._today()
        start = projection_start(today, info.year)
        if self._forecast is None or self._forecast[0] != self._version:
            self._forecast = (self._version, reforecast(items, events_of, self._sold))
        projected, reforecasts = self._forecast[1]
        planned = project_each(items, events_of, start)
        batch = project_each(projected, events_of, start) if reforecasts else planned
        return InventorySnapshot(info, today, start, tuple(items), tuple(events_of), batch,
                                 tuple(projected), reforecasts, planned)
