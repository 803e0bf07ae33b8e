"""The clearance projection's weekly recurrence over numpy arrays, and its results.

``simulate`` runs the recurrence documented in ``clearance`` on prepared arrays; the
dataclasses here are what a projection returns. numpy (~65 ms to import) is imported on
first use only, here and in ``projection`` and ``ladder``: the Inventory tab imports this
package on the UI thread, and ``ui.common.heavy`` loads numpy in a worker meanwhile.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]

WEEK_DAYS = 7
_TOLERANCE = 1e-9  # sell-through reaching a target, against float round-off


@dataclass(frozen=True)
class ProjectedWeek:
    """One week of a projection; units are fractional, money in the store's currency.

    ``uplift`` is 0.0 in weeks before the product's launch and after its delist (nothing
    sells then).
    """

    start: date
    discount: float
    uplift: float
    opening: float
    arrivals: float
    demand: float
    sold: float
    closing: float
    revenue: float
    cost: float


@dataclass(frozen=True)
class Totals:
    """A projection's season figures.

    ``sell_through`` = sold ÷ (on hand + arrivals inside the projected weeks); None when there
    was nothing to sell. ``weeks_of_cover`` = on hand ÷ the demand of the first week the
    product is on sale: ``math.inf`` when that demand is zero but stock is not (inf sorts
    after every finite cover), 0.0 when nothing is on hand, None when there is no week to
    project. ``margin_rate`` is None without revenue. ``first_stockout`` is the start of the
    first week whose demand exceeds the stock available.
    """

    on_hand: float
    arrivals: float
    demand: float
    sold: float
    sell_through: float | None
    weeks_of_cover: float | None
    leftover_units: float
    leftover_cost: float
    revenue: float
    cost: float
    gross_margin: float
    margin_rate: float | None
    first_stockout: date | None

    def reaches(self, target: float) -> bool:
        """True when the sell-through reaches ``target``, or there was nothing to sell."""
        return self.sell_through is None or self.sell_through >= target - _TOLERANCE


@dataclass(frozen=True)
class Projection:
    """The weekly rows (empty when the season has no week left) and the season's totals."""

    weeks: tuple[ProjectedWeek, ...]
    totals: Totals


def week_start(start: date, week: int) -> date:
    return start + timedelta(days=WEEK_DAYS * week)


def simulate(
    start: date,
    n_weeks: IntArray,
    *,
    on_hand: FloatArray,
    base: FloatArray,
    elasticity: FloatArray,
    list_price: FloatArray,
    unit_cost: FloatArray,
    discount: FloatArray,
    arrivals: FloatArray,
    uplift: FloatArray,
) -> BatchProjection:
    """The weekly recurrence over prepared arrays: per item ``(items,)``, per cell
    ``(items, weeks)``; ``uplift`` per cell, or per week ``(weeks,)`` / ``(1, weeks)`` when
    all items share it. Arrivals past an item's ``n_weeks`` must be zero.
    """
    import numpy as np  # on first use: see the module docstring

    n_items, width = discount.shape
    if ((discount < 0) | (discount >= 1)).any():
        raise ValueError("markdown discounts must be in [0, 1)")
    lifts = np.broadcast_to(uplift, (n_items, width))
    active = np.arange(width)[None, :] < n_weeks[:, None]
    lift = (1.0 - discount) ** -elasticity[:, None]
    demand = np.where(active, base[:, None] * lift * lifts, 0.0)
    # Weeks in the outer loop, items in contiguous rows: 26 numpy calls, not 52,000 cells.
    demand_by_week = np.ascontiguousarray(demand.T)
    arrivals_by_week = np.ascontiguousarray(arrivals.T)
    opening = np.empty((width, n_items))
    sold = np.empty((width, n_items))
    stock = on_hand.astype(np.float64)
    for w in range(width):
        opening[w] = stock
        available = stock + arrivals_by_week[w]
        np.minimum(available, demand_by_week[w], out=sold[w])
        stock = available - sold[w]
    return BatchProjection(
        start=start,
        n_weeks=n_weeks,
        uplift=lifts,
        on_hand=on_hand,
        unit_cost=unit_cost,
        discount=discount,
        arrivals=arrivals,
        demand=demand,
        opening=opening.T,
        sold=sold.T,
        # The same two float operations as in the loop, so closing == next opening exactly.
        closing=(opening + arrivals_by_week - sold).T,
        revenue=sold.T * list_price[:, None] * (1.0 - discount),
        cost=sold.T * unit_cost[:, None],
    )


@dataclass(frozen=True, eq=False)
class BatchProjection:
    """Projections of many items as arrays: per item ``(items,)``, per cell ``(items, weeks)``.

    ``weeks`` is the longest item's; an item's cells past its own ``n_weeks`` hold no sales.
    Per-item totals are arrays too, with NaN where ``Totals`` has None.
    """

    start: date
    n_weeks: IntArray
    uplift: FloatArray
    on_hand: FloatArray
    unit_cost: FloatArray
    discount: FloatArray
    arrivals: FloatArray
    demand: FloatArray
    opening: FloatArray
    sold: FloatArray
    closing: FloatArray
    revenue: FloatArray
    cost: FloatArray

    def __len__(self) -> int:
        return len(self.n_weeks)

    def with_rows(self, rows: Sequence[int], part: BatchProjection) -> BatchProjection:
        """A copy with ``part``'s items at ``rows`` (``part`` over as many weeks)."""
        import numpy as np  # on first use: see the module docstring

        joined = Joined(self.start, len(self))
        joined.add(0, self)
        joined.put(np.array(rows, np.int64), part)
        return joined.batch()

    @cached_property
    def arrivals_total(self) -> FloatArray:
        total: FloatArray = self.arrivals.sum(axis=1)
        return total

    @cached_property
    def demand_total(self) -> FloatArray:
        total: FloatArray = self.demand.sum(axis=1)
        return total

    @cached_property
    def sold_total(self) -> FloatArray:
        total: FloatArray = self.sold.sum(axis=1)
        return total

    @cached_property
    def revenue_total(self) -> FloatArray:
        total: FloatArray = self.revenue.sum(axis=1)
        return total

    @cached_property
    def cost_total(self) -> FloatArray:
        total: FloatArray = self.cost.sum(axis=1)
        return total

    @cached_property
    def gross_margin(self) -> FloatArray:
        return self.revenue_total - self.cost_total

    @cached_property
    def leftover(self) -> FloatArray:
        return self.closing[:, -1] if self.closing.shape[1] else self.on_hand

    @cached_property
    def leftover_cost(self) -> FloatArray:
        return self.leftover * self.unit_cost

    @cached_property
    def sell_through(self) -> FloatArray:
        import numpy as np  # on first use: see the module docstring

        supply = self.on_hand + self.arrivals_total
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(supply > 0, self.sold_total / supply, np.nan)

    @cached_property
    def weeks_of_cover(self) -> FloatArray:
        import numpy as np  # on first use: see the module docstring

        if not self.demand.shape[1]:
            return np.full(len(self), np.nan)
        # The first week on sale (uplift 0 marks the weeks before launch); week 0 if none.
        on_sale = np.argmax(self.uplift > 0, axis=1)
        first = self.demand[np.arange(len(self)), on_sale]
        # A vanishing demand overflows the division: its cover is inf, as for zero demand.
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            cover = np.where(first > 0, self.on_hand / first, np.inf)
        cover[self.on_hand <= 0] = 0.0
        cover[self.n_weeks == 0] = np.nan
        return cover

    @cached_property
    def first_stockout(self) -> IntArray:
        """Index of the first week with demand above the stock available; -1 for none."""
        import numpy as np  # on first use: see the module docstring

        short = self.demand > self.opening + self.arrivals
        if not short.shape[1]:
            return np.full(len(self), -1, np.int64)
        return np.where(short.any(axis=1), short.argmax(axis=1), -1)

    def totals(self, item: int) -> Totals:
        revenue = float(self.revenue_total[item])
        margin = float(self.gross_margin[item])
        leftover = float(self.leftover[item])
        stockout = int(self.first_stockout[item])
        return Totals(
            on_hand=float(self.on_hand[item]),
            arrivals=float(self.arrivals_total[item]),
            demand=float(self.demand_total[item]),
            sold=float(self.sold_total[item]),
            sell_through=_none_if_nan(float(self.sell_through[item])),
            weeks_of_cover=_none_if_nan(float(self.weeks_of_cover[item])),
            leftover_units=leftover,
            leftover_cost=leftover * float(self.unit_cost[item]),
            revenue=revenue,
            cost=float(self.cost_total[item]),
            gross_margin=margin,
            margin_rate=margin / revenue if revenue > 0 else None,
            first_stockout=week_start(self.start, stockout) if stockout >= 0 else None,
        )

    def projection(self, item: int) -> Projection:
        n = int(self.n_weeks[item])
        columns = zip(
            self.discount[item, :n].tolist(),
            self.uplift[item, :n].tolist(),
            self.opening[item, :n].tolist(),
            self.arrivals[item, :n].tolist(),
            self.demand[item, :n].tolist(),
            self.sold[item, :n].tolist(),
            self.closing[item, :n].tolist(),
            self.revenue[item, :n].tolist(),
            self.cost[item, :n].tolist(),
            strict=True,
        )
        weeks = tuple(
            ProjectedWeek(week_start(self.start, w), *cells) for w, cells in enumerate(columns)
        )
        return Projection(weeks, self.totals(item))


class Joined:
    """A batch of ``size`` items from parts projected from one start over as many weeks
    (``projection.project_in_pieces``). Each part's rows are copied in as it comes: copying
    10,000 items' arrays at the end, ~50 MB, took 15–75 ms in one go."""

    def __init__(self, start: date, size: int) -> None:
        self._start = start
        self._size = size
        self._rows: dict[str, Any] = {}  # each per-item array of the batch, by field name

    def add(self, begin: int, part: BatchProjection) -> None:
        """Copy in ``part``, the items from ``begin`` on."""
        import numpy as np  # on first use: see the module docstring

        for name in _PER_ITEM:
            rows = getattr(part, name)
            whole = self._rows.get(name)
            if whole is None:
                whole = self._rows[name] = np.empty((self._size, *rows.shape[1:]), rows.dtype)
            whole[begin : begin + len(rows)] = rows

    def put(self, rows: IntArray, part: BatchProjection) -> None:
        """Copy in ``part``'s items at ``rows``, over items already in."""
        for name in _PER_ITEM:
            self._rows[name][rows] = getattr(part, name)

    def batch(self) -> BatchProjection:
        """The batch, once every part is in."""
        return BatchProjection(start=self._start, **self._rows)


# BatchProjection's per-item arrays: every field but the start
_PER_ITEM = tuple(f.name for f in fields(BatchProjection) if f.name != "start")


def _none_if_nan(value: float) -> float | None:
    return None if math.isnan(value) else value
