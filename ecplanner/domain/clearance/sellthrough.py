"""Real sell-through beside the plan: what the products' days of real sales say.

``ProductSales`` sums one product's stored days (``ProductDay``). Its observed weekly rate
is the units sold over the days observed, × 7: a day counts as observed when the product
report has a row for it (a report lists a product on the days it had visitors; a day
without a row is a day nobody looked at the product, not a day of zero sales recorded).

``with_observed_rates`` gives the stock plans with the observed rate in place of the
planned one, so that ``project_each`` projects what the product really sells at; the
leftover at delist (``leftover_at_delist``) is read from either projection.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ecplanner.domain.clearance.kernel import WEEK_DAYS, BatchProjection
from ecplanner.domain.model import Product, StockPlan


@dataclass(frozen=True)
class ProductSales:
    """One product's stored days of real sales, summed; ``days`` > 0."""

    product_uuid: str
    days: int
    units: int
    gmv: float
    first: date
    last: date

    @property
    def weekly_rate(self) -> float:
        """Units a week over the days observed (module doc)."""
        return self.units / self.days * WEEK_DAYS


def with_observed_rates(items: Sequence[tuple[StockPlan, Product]],
                        sales: Mapping[str, ProductSales]
                        ) -> list[tuple[StockPlan, Product]]:
    """``items`` with each observed product's base weekly rate replaced by its observed
    one; products without days of sales keep the planned rate."""
    observed = []
    for plan, product in items:
        found = sales.get(product.uuid)
        if found is not None:
            plan = replace(plan, base_weekly_sales=found.weekly_rate)
        observed.append((plan, product))
    return observed


def leftover_at_delist(batch: BatchProjection, item: int, delist: date | None) -> float:
    """Units left after the last week on sale: the closing stock of the week containing
    ``delist``; the season's leftover without a delist or with one after the last week,
    the stock on hand with one before the projection's start."""
    n_weeks = int(batch.n_weeks[item])
    if delist is None or n_weeks == 0:
        return float(batch.leftover[item])
    if delist < batch.start:
        return float(batch.on_hand[item])
    week = min((delist - batch.start).days // WEEK_DAYS, n_weeks - 1)
    return float(batch.closing[item, week])
