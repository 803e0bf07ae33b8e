"""Real sell-through beside the plan: what the products' days of real sales add up to,
the stock a projection leaves at a product's delist date, and sell-through (售罄率) as a
share: units sold ÷ units there were to sell (the stock on hand before the first day
counted, plus the arrivals landed by the last), as the glossary has it.

- **To date, actual**: the units sold on the observed days ÷ (the stock plan's on hand +
  its arrivals dated up to the last observed day). The re-forecast's stock after the last
  day is that less the units sold, never below 0, so when more sold than the plan says
  there was, the units sold count as the stock there was: 100 %.
- **To date, planned**: the plan's own projection started on the first observed day, over
  the whole weeks up to the last observed day: its units sold ÷ its on hand + the arrivals
  in those weeks.
- **At delist**, planned and re-forecast: the units sold by the end of the week containing
  the delist date (the season's end without one) ÷ the units there were to sell by then;
  the re-forecast counts the units already sold on both sides.

``ProductSales`` sums one product's stored days (``ProductDay``); a day counts as observed
when the product report has a row for it (a report lists a product on the days it had
visitors). ``clearance.reforecast`` turns the days into the projection's inputs; the
leftover at delist (``leftover_at_delist``) is read from either projection.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ecplanner.domain.clearance.kernel import WEEK_DAYS, BatchProjection
from ecplanner.domain.clearance.reforecast import Reforecast

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from ecplanner.domain.clearance.kernel import FloatArray, IntArray


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


def leftovers_at_delist(batch: BatchProjection, delists: Sequence[date | None]) -> FloatArray:
    """``leftover_at_delist`` of every item at once (10,000 one by one took ~10 ms)."""
    import numpy as np  # on first use: kernel.py says why

    days, listed = _delist_days(batch, delists)
    n_weeks = batch.n_weeks
    leftovers: FloatArray = batch.leftover.astype(np.float64)  # a copy, to write into
    before = listed & (n_weeks > 0) & (days < 0)
    leftovers[before] = batch.on_hand[before]
    inside = np.flatnonzero(listed & (n_weeks > 0) & (days >= 0))
    weeks = np.minimum(days[inside] // WEEK_DAYS, n_weeks[inside] - 1)
    leftovers[inside] = batch.closing[inside, weeks]
    return leftovers


def _delist_days(batch: BatchProjection, delists: Sequence[date | None]
                 ) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """Per item, its delist's day from the projection's start (0 without one), and
    whether it has one."""
    import numpy as np  # on first use: kernel.py says why

    origin = batch.start.toordinal()
    days: IntArray = np.array([origin if delist is None else delist.toordinal()
                               for delist in delists], np.int64) - origin
    listed = np.array([delist is not None for delist in delists], np.bool_)
    if len(days) != len(batch):
        raise ValueError("delists must give one date or None per item")
    return days, listed


def _through(cells: FloatArray, weeks: IntArray) -> FloatArray:
    """Per item, its cells summed over its first ``weeks[item]`` weeks (0 for 0 weeks)."""
    import numpy as np  # on first use: kernel.py says why

    summed = np.zeros((cells.shape[0], cells.shape[1] + 1))
    np.cumsum(cells, axis=1, out=summed[:, 1:])
    through: FloatArray = summed[np.arange(len(weeks)), weeks]
    return through


def _share(sold: FloatArray, available: FloatArray) -> FloatArray:
    import numpy as np  # on first use: kernel.py says why

    share: FloatArray = np.divide(sold, available, out=np.full(len(sold), np.nan),
                                  where=available > 0)
    return share


def sell_through_at_delist(batch: BatchProjection, delists: Sequence[date | None],
                           sold_before: Sequence[float] | None = None) -> FloatArray:
    """Per item, the share of the units there were to sell that are sold by the end of the
    week containing its delist date (its last week without one; none before the
    projection's start): module doc. ``sold_before``: units sold before the projection's
    start (a re-forecast's). NaN with nothing to sell."""
    import numpy as np  # on first use: kernel.py says why

    days, listed = _delist_days(batch, delists)
    weeks = np.where(days < 0, 0, np.minimum(days // WEEK_DAYS + 1, batch.n_weeks))
    weeks[~listed] = batch.n_weeks[~listed]
    before = np.array(sold_before if sold_before is not None else [0.0] * len(weeks),
                      np.float64)
    return _share(before + _through(batch.sold, weeks),
                  before + batch.on_hand + _through(batch.arrivals, weeks))


def sell_through_to_date(found: Reforecast) -> float:
    """The share actually sold of the units there were, up to the last observed day."""
    available = found.units_sold + found.stock
    return found.units_sold / available if available > 0 else math.nan


def planned_to_date(history: BatchProjection, lasts: Sequence[date]) -> FloatArray:
    """Per item, the share the plan's projection sells over the whole weeks from
    ``history.start`` (the first observed day) up to its ``lasts[item]``; NaN with nothing
    to sell."""
    import numpy as np  # on first use: kernel.py says why

    weeks = np.array([min(max(((last - history.start).days + 1) // WEEK_DAYS, 0), int(n))
                      for last, n in zip(lasts, history.n_weeks, strict=True)], np.int64)
    return _share(_through(history.sold, weeks),
                  history.on_hand + _through(history.arrivals, weeks))
