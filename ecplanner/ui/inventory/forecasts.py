"""Each product's re-forecast, kept with what it was worked out from.

Re-forecasting 2,000 products takes ~0.1 s, too long for the UI thread on every edit. The
feed works them all out in the thread pool when the real sales are read (``known_of``) and
keeps each with its inputs: its stock plan, product, events and sales, and the first day of
the sales of any product (where the planned sell-through to date starts). A snapshot then
works out again, on the UI thread, only the products whose inputs are not those
(``Reforecasts.of``): an edit of one product re-forecasts that one.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.clearance.projection import project_each
from ecplanner.domain.clearance.reforecast import Reforecast, SoldDays, reforecast
from ecplanner.domain.clearance.sellthrough import planned_to_date
from ecplanner.domain.model import Event, Product, StockPlan

Item = tuple[StockPlan, Product]


@dataclass(frozen=True)
class Known:
    """One item's re-forecast (``found`` None: too few days), its planned sell-through to
    date (NaN without a re-forecast), and the inputs they were worked out from."""

    plan: StockPlan
    product: Product
    events: tuple[Event, ...]
    sold: SoldDays | None
    since: date | None
    projected: Item
    found: Reforecast | None
    to_date_planned: float

    def holds(self, plan: StockPlan, product: Product, sold: SoldDays | None,
              since: date | None) -> bool:
        """Whether the inputs but the events are those held (``Reforecasts.of`` compares
        the events)."""
        # Unchanged entities are the very objects held: ``is`` answers for nearly all.
        return ((self.plan is plan or self.plan == plan)
                and (self.product is product or self.product == product)
                and self.sold is sold and self.since == since)


def first_day(sold: Mapping[str, SoldDays]) -> date | None:
    """The first day of any product's sales; None without any."""
    firsts = [int(days.days[0]) for days in sold.values() if len(days.days)]
    return date.fromordinal(min(firsts)) if firsts else None


def known_of(items: Sequence[Item], events_of: Sequence[tuple[Event, ...]],
             sold: Mapping[str, SoldDays], since: date | None) -> list[Known]:
    """``items`` re-forecast from ``sold``; those re-forecast are also projected as planned
    from ``since`` for their planned sell-through to date."""
    projected, found = reforecast(items, events_of, sold)
    to_date = [math.nan] * len(items)
    if found and since is not None:
        chosen = sorted(found)
        history = project_each([items[i] for i in chosen], [events_of[i] for i in chosen],
                               since)
        shares = planned_to_date(history, [found[i].last_day for i in chosen])
        for i, share in zip(chosen, shares.tolist(), strict=True):
            to_date[i] = share
    return [Known(plan, product, events_of[i], sold.get(product.uuid), since, projected[i],
                  found.get(i), to_date[i])
            for i, (plan, product) in enumerate(items)]


class Reforecasts:
    """The items' ``Known`` re-forecasts by stock plan uuid (module doc)."""

    def __init__(self) -> None:
        self._known: dict[str, Known] = {}

    def adopt(self, known: Sequence[Known]) -> None:
        """Keep ``known`` in place of all held (worked out in the pool for every item)."""
        self._known = {entry.plan.uuid: entry for entry in known}

    def of(self, items: Sequence[Item], events_of: Sequence[tuple[Event, ...]],
           sold: Mapping[str, SoldDays], since: date | None,
           piece: int) -> Generator[None, None, list[Known]]:
        """Each item's ``Known``: kept where its inputs are the same, else worked out,
        ``piece`` items at a time, yielding between pieces (an event moved re-forecasts
        every item it lifts: 10,000 take over a second)."""
        known = self._known
        # Most items share one tuple of all the store-wide events (``events_for_products``),
        # thousands long: compared once per pair of tuples, not once per item (10,000 items
        # × 20,000 events took ~0.5 s, even with the very tuple held).
        same: dict[tuple[int, int], bool] = {}
        stale: list[int] = []
        for i, (plan, product) in enumerate(items):
            entry = known.get(plan.uuid)
            if entry is None or not entry.holds(plan, product, sold.get(product.uuid), since):
                stale.append(i)
                continue
            pair = (id(entry.events), id(events_of[i]))  # both alive while this runs
            equal = same.get(pair)
            if equal is None:
                equal = same[pair] = entry.events == events_of[i]
            if not equal:
                stale.append(i)
        for begin in range(0, len(stale), piece):
            if begin:
                yield
            part = stale[begin : begin + piece]
            redone = known_of([items[i] for i in part], [events_of[i] for i in part], sold,
                              since)
            known.update((entry.plan.uuid, entry) for entry in redone)
        return [known[plan.uuid] for plan, _ in items]
