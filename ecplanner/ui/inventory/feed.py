"""The Inventory tab's feed: the stock plans, products and events it last read, and
their projection.

Reading 2,000 stock plans through the store takes ~75 ms, so after the first read only the
rows a change names are read again (``store.get`` by key); the events are read whole (they
are few). The projection is worked out again when the plans, products or events change:
~10 ms for 2,000. The tab loads the feed itself, in two turns, once numpy is imported
(``load_on_show=False``).

The products' real sales (a year of 2,000 products is 730,000 days, ~0.4 s to read) are
read a step at a time between the window's other work, then grouped by product and
re-forecast in the thread pool (~0.25 s for 2,000 products); until they are, the tab shows
what it showed before (the plan's figures at first), and ``updated`` tells when they
arrive; storing sales alone shows nothing new before. Each product's re-forecast is kept
with what it was worked out from (``forecasts.py``): an edit of one product re-forecasts
that one on the UI thread, not all 2,000 (~0.1 s). The projections are kept with the items
they project, and the one of the re-forecast items is worked out in the pool with the
re-forecast, so that the turn that shows real sales, and any turn in which the items did
not change, projects nothing.

A plan of more than ``PIECE`` stock plans (10,000 took 0.4–0.9 s in one turn) is worked out
over several turns (``snapshot_in_steps``), which the tab runs a step a turn; a smaller one
in one go, as ever.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QWidget

from ecplanner.domain.clearance.events import events_for_products
from ecplanner.domain.clearance.projection import (
    BatchProjection,
    project_each,
    project_in_pieces,
    project_rows,
    projection_start,
)
from ecplanner.domain.clearance.reforecast import Reforecast, SoldDays, sold_days
from ecplanner.domain.clearance.sellthrough import (
    leftovers_at_delist,
    sell_through_at_delist,
    sell_through_to_date,
)
from ecplanner.domain.model import Event, PlanInfo, Product, ProductDay, StockPlan
from ecplanner.domain.ops import Changes, Topic, key_of
from ecplanner.domain.steps import run_steps
from ecplanner.ui.common.background import Background
from ecplanner.ui.common.feed import Feed
from ecplanner.ui.common.slices import Slices, dropped_in_pieces, long_lived
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.inventory.cells import BATCH_FIGURES
from ecplanner.ui.inventory.forecasts import Item, Known, Reforecasts, first_day, known_of

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray

E = TypeVar("E", StockPlan, Product)
Items = tuple[list[Item], list[tuple[Event, ...]]]


# Past this many changed keys one full read is cheaper than reading them one by one.
_MAX_KEYED_READS = 40
PIECE = 1_000
"""Stock plans re-forecast or projected in one turn of the event loop (~30 ms): a larger
plan is shown over several turns (``snapshot_in_steps``), a smaller one in one."""
_READ_SLICE_S = 0.02


@dataclass(frozen=True)
class Projected:
    """A projection from ``start`` of ``items`` with ``events_of``, kept while they are the
    same; ``uplifts``: the weekly uplift of each of their tuples of events by its id, while
    ``events_of`` holds them (``projection.project_rows``)."""

    start: date
    items: list[Item]
    events_of: list[tuple[Event, ...]]
    batch: BatchProjection
    uplifts: dict[int, FloatArray] = field(default_factory=dict)


Grouped = tuple[dict[str, SoldDays], date | None, list[Known], Projected | None]


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
    to_date_planned: Mapping[int, float] = field(default_factory=dict)
    """By re-forecast item: the share the plan sells from the first day of real sales to
    the item's last (``sellthrough.planned_to_date``)."""

    def figures(self) -> dict[str, list[float]]:
        """The table's figures per item: the projection's arrays (``BATCH_FIGURES``), and
        real sell-through: the observed rate, units sold and sell-through to date, actual
        and planned (NaN for items not re-forecast), the leftover and the sell-through at
        delist at the planned rate and as projected."""
        batch = self.batch
        figures = {name: getattr(batch, name).tolist() for name in BATCH_FIGURES}
        nan = math.nan
        for name in ("observed_rate", "sold_so_far", "sell_through_to_date",
                     "sell_through_to_date_planned"):
            figures[name] = [nan] * len(self.items)
        sold_before = [0.0] * len(self.items)
        for item, found in self.reforecasts.items():
            figures["observed_rate"][item] = found.weekly_rate
            figures["sold_so_far"][item] = sold_before[item] = float(found.units_sold)
            figures["sell_through_to_date"][item] = sell_through_to_date(found)
            figures["sell_through_to_date_planned"][item] = self.to_date_planned.get(item, nan)
        planned = self.planned or batch
        delists = [product.delist for _, product in self.items]
        figures["leftover_at_delist"] = leftovers_at_delist(batch, delists).tolist()
        figures["sell_through_at_delist"] = sell_through_at_delist(
            batch, delists, sold_before).tolist()
        if planned is batch and not self.reforecasts:  # the same figures (~25 ms for 10,000)
            figures["leftover_at_delist_planned"] = list(figures["leftover_at_delist"])
            figures["sell_through_at_delist_planned"] = list(
                figures["sell_through_at_delist"])
        else:
            figures["leftover_at_delist_planned"] = leftovers_at_delist(
                planned, delists).tolist()
            figures["sell_through_at_delist_planned"] = sell_through_at_delist(
                planned, delists).tolist()
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
        self._since: date | None = None  # the first day of the sales read
        self._reforecasts = Reforecasts()
        self._held_items: Items | None = None  # until the plans, products or events change
        # The events of each item, by the events read and the items' product uuids in order:
        # kept while they are the same, so that an edit of a product or a stock plan
        # re-projects only its item (``_kept``).
        self._held_events: tuple[list[Event], list[str], list[tuple[Event, ...]]] | None = None
        self._planned: Projected | None = None
        self._projected: Projected | None = None
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
            long_lived()  # until grouped: else full passes of 20–30 ms every ~150 ms
            yield
        items, events_of = yield from self._items()
        start = self._start()

        def job() -> Grouped:
            sold = sold_days(rows)
            for _ in dropped_in_pieces(rows):
                pass
            since = first_day(sold)
            known = known_of(items, events_of, sold, since)
            if not any(entry.found for entry in known):
                # Nothing re-forecast (no product has enough days yet): the snapshot shows
                # the planned projection, so this one would go unused (~0.3 s of Python
                # for 10,000 stock plans, beside the window's turns).
                return sold, since, known, None
            projected = [entry.projected for entry in known]
            return sold, since, known, Projected(start, projected, events_of,
                                                 project_each(projected, events_of, start))

        self._grouping.start(job)

    def _on_grouped(self, done: Grouped) -> None:
        if self._reading.busy or not self.document.is_open:
            return  # read again since: that read tells
        self._sold, self._since, known, self._projected = done
        # Items edited while the job ran no longer hold: the next snapshot redoes them.
        self._reforecasts.adopt(known)
        self.updated.emit(Changes())

    def prefetch(self) -> None:
        """Read the stock plans, the slow part of ``load``, into the store's memo."""
        self._store.stock_plans()

    def read_all(self) -> None:
        self._held_items = None
        self._info = self._store.info()
        self._plans = {plan.uuid: plan for plan in self._store.stock_plans()}
        self._products = {product.uuid: product for product in self._store.products()}
        self._events = self._store.events()
        self._read_sales()

    def read_changes(self, changes: Changes) -> bool:
        if not changes.touches(Topic.STOCK, Topic.PRODUCTS, Topic.EVENTS, Topic.PLAN):
            return False
        keyed = len(changes.of_kind(Product)) + len(changes.of_kind(StockPlan))
        if changes.touches(Topic.PLAN) or keyed > _MAX_KEYED_READS:
            self.read_all()
            return True
        if changes.of_kind(ProductDay):
            self._read_sales()
        if not (changes.of_kind(Event) or changes.of_kind(Product)
                or changes.of_kind(StockPlan)):
            # Only sales: nothing shown changes until they are read (``updated`` then).
            # Projecting again now, in the turn that stored 730,000 rows, showed the same.
            return False
        self._held_items = None
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

    def _items(self) -> Generator[None, None, Items]:
        """The stock plans with their products, by product code, and the events of each:
        the same lists until the plans, products or events change. Yields between the two
        on a plan of more than ``PIECE`` stock plans (each ~20 ms for 10,000)."""
        if self._info is None:
            self.read_all()
        assert self._info is not None
        if self._held_items is None:
            items = sorted(((plan, self._products[plan.product_uuid])
                            for plan in self._plans.values()
                            if plan.product_uuid in self._products),
                           key=lambda item: (item[1].code, item[1].uuid))
            uuids = [product.uuid for _, product in items]
            held = self._held_events
            if held is not None and held[0] is self._events and held[1] == uuids:
                events_of = held[2]
            else:
                if len(items) > PIECE:
                    yield
                events_of = events_for_products(self._events, uuids, self._info.markets,
                                                self._info.platforms)
                self._held_events = (self._events, uuids, events_of)
            self._held_items = (items, events_of)
        return self._held_items

    def _start(self) -> date:
        assert self._info is not None
        return projection_start(self._today(), self._info.year)

    def snapshot(self) -> InventorySnapshot:
        """Project every stock plan from today (or the plan's Jan 1) with its own events."""
        return run_steps(self.snapshot_in_steps())

    def snapshot_in_steps(self) -> Generator[None, None, InventorySnapshot]:
        """``snapshot``, yielding between pieces of its work on a plan of more than
        ``PIECE`` stock plans: first (the turn that read the plan has done its share), after
        sorting the items and finding their events, between pieces of re-forecasts, after
        them, and between pieces of projections. A smaller plan: in one go."""
        large = len(self._plans) > PIECE
        if large:
            yield
        items, events_of = yield from self._items()
        if large:
            yield
        assert self._info is not None
        today = self._today()
        start = self._start()
        known = yield from self._reforecasts.of(items, events_of, self._sold, self._since,
                                                PIECE)
        if large:
            yield
        self._planned = yield from _kept(self._planned, start, items, events_of)
        planned = self._planned.batch
        reforecasts = {i: entry.found for i, entry in enumerate(known) if entry.found}
        batch = planned
        if reforecasts:
            if large:
                yield
            self._projected = yield from _kept(self._projected, start,
                                               [entry.projected for entry in known],
                                               events_of)
            batch = self._projected.batch
        return InventorySnapshot(
            self._info, today, start, tuple(items), tuple(events_of), batch,
            tuple(entry.projected for entry in known), reforecasts, planned,
            {i: known[i].to_date_planned for i in reforecasts})


def _kept(held: Projected | None, start: date, items: list[Item],
          events_of: list[tuple[Event, ...]]) -> Generator[None, None, Projected]:
    """``held`` while it projects ``items`` with ``events_of`` from ``start``; with the items
    edited since projected anew while they are few; else the projection of all (``PIECE``
    items at a time). The events are the very list held until they change or items come or
    go (``_items``), and items unchanged are the very stock plans and products held, so
    comparing is quick."""
    if held is not None and held.start == start and held.events_of is events_of:
        if held.items == items:
            return held
        if len(held.items) == len(items):
            edited = [row for row, (was, now) in enumerate(zip(held.items, items, strict=True))
                      if was[0] is not now[0] or was[1] is not now[1]]
            batch = (project_rows(held.batch, items, events_of, edited, held.uplifts)
                     if len(edited) <= PIECE else None)
            if batch is not None:
                return Projected(start, items, events_of, batch, held.uplifts)
    uplifts: dict[int, FloatArray] = {}
    batch = yield from project_in_pieces(items, events_of, start, PIECE, uplifts)
    return Projected(start, items, events_of, batch, uplifts)
