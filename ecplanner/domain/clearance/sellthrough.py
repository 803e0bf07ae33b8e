"""Real sell-through beside the plan: what the products' days of real sales add up to,
and the stock a projection leaves at a product's delist date.

``ProductSales`` sums one product's stored days (``ProductDay``); a day counts as observed
when the product report has a row for it (a report lists a product on the days it had
visitors). ``clearance.reforecast`` turns the days into the projection's inputs; the
leftover at delist (``leftover_at_delist``) is read from either projection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ecplanner.domain.clearance.kernel import WEEK_DAYS, BatchProjection


@dataclass(frozen=True)
class ProductSales:
    """One product's stored days of real sales, summed; ``days`` > 0."""

    product_uuid: str
    days: int
    units: int
    gmv: float
    first: date
    last: date


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
