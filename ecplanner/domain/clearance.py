"""Season-clearance projection: will this season's stock be gone by the season's end?

Week ``w`` covers the 7 days from ``start + 7w``; weeks run up to and including the week that
contains ``plan.season_end``. For each week (DESIGN.md, "core formulas"):

    price lift = (1 − discount) ** (−elasticity)
    demand     = base weekly rate × price lift × event uplift
    available  = opening stock + arrivals dated inside the week
    sold       = min(available, demand)
    closing    = available − sold                      (the next week's opening stock)
    revenue    = sold × list price × (1 − discount);   cost = sold × unit cost

Decisions, and why:

- Arrivals dated inside a week sell that week: stock is listed the day it lands and a weekly
  model cannot say better. Arrivals dated before ``start`` are overdue orders and land in the
  first week; arrivals after the last week are outside the season and count nowhere, not even
  in sell-through's denominator.
- A week's discount is that of the latest ladder step dated on or before the week's first day,
  so a step dated mid-week starts the following week. One price per week keeps
  ``revenue = sold × price`` exact; pro-rating would mix two prices in one row.
- A week's event uplift is the mean over its 7 days of each day's uplift: the largest uplift
  among the events covering that day, 1.0 on days without one. A 3-day event with uplift 3.0
  gives 1 + (3.0 − 1) × 3/7. Overlapping events take the largest, not the product: a store
  promotion inside 双11 draws the same shoppers, and multiplying would count them twice.
  The caller passes only the events that move this product (market, platform); an event's own
  ``discount`` is not applied, because the ladder alone sets the price.
- The last week counts in full even when the season ends mid-week.
- Units are fractional expected values and are never rounded here: rounding each week would
  turn small rates into zero sales. Stock cannot go negative because sold ≤ available.

Inputs are expected to pass ``validate_stock_plan``; a ladder discount outside [0, 1) raises
``ValueError`` because its price lift is undefined.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from ecplanner.domain.model import Event, Product, StockPlan

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    FloatArray = npt.NDArray[np.float64]
    IntArray = npt.NDArray[np.int64]

WEEK_DAYS = 7
_TOLERANCE = 1e-9  # sell-through reaching a target, against float round-off


@dataclass(frozen=True)
class ProjectedWeek:
    """One week of a projection; units are fractional, money in the store's currency."""

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
    was nothing to sell. ``weeks_of_cover`` = on hand ÷ the first week's demand: ``math.inf``
    when that demand is zero but stock is not (inf sorts after every finite cover), 0.0 when
    nothing is on hand, None when there is no week to project. ``margin_rate`` is None
    without revenue. ``first_stockout`` is the start of the first week whose demand exceeds
    the stock available.
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


def count_weeks(start: date, season_end: date | None) -> int:
    """Weeks from ``start`` up to the one containing ``season_end``; 0 if it is None or past."""
    if season_end is None or season_end < start:
        return 0
    return (season_end - start).days // WEEK_DAYS + 1


def week_start(start: date, week: int) -> date:
    return start + timedelta(days=WEEK_DAYS * week)


def markdown_weeks(start: date, days: Sequence[date]) -> IntArray:
    """For each price-change day, the first week starting on or after it (0 for the past)."""
    import numpy as np

    offsets = np.array([day.toordinal() for day in days], np.int64) - start.toordinal()
    weeks: IntArray = np.maximum(-(-offsets // WEEK_DAYS), 0)
    return weeks


def weekly_uplift(events: Sequence[Event], start: date, n_weeks: int) -> list[float]:
    """Each week's event uplift: the mean over its days of the largest covering uplift."""
    n_days = n_weeks * WEEK_DAYS
    best: list[float | None] = [None] * n_days
    for event in events:
        first = max((event.start - start).days, 0)
        last = min((event.end - start).days, n_days - 1)
        for day in range(first, last + 1):
            current = best[day]
            if current is None or event.uplift > current:
                best[day] = event.uplift
    days = [1.0 if uplift is None else uplift for uplift in best]
    return [sum(days[w * WEEK_DAYS : (w + 1) * WEEK_DAYS]) / WEEK_DAYS for w in range(n_weeks)]


def project(plan: StockPlan, product: Product, events: Sequence[Event], start: date) -> Projection:
    """Project one product's stock weekly from ``start`` to its season's end (module doc)."""
    return project_many([(plan, product)], events, start).projection(0)


def project_many(
    items: Sequence[tuple[StockPlan, Product]], events: Sequence[Event], start: date
) -> BatchProjection:
    """Project many products at once, all from ``start`` and under the same ``events``.

    Each item keeps its own season end; its weeks past that end have no demand and no
    arrivals. Runs as numpy arrays (imported here, on first use): 2,000 products × 26 weeks
    take a few milliseconds.
    """
    import numpy as np

    n_items = len(items)
    weeks = [count_weeks(start, plan.season_end) for plan, _ in items]
    width = max(weeks, default=0)
    steps = [(row, step) for row, (plan, _) in enumerate(items) for step in plan.ladder]
    # Steps in date order (ties keep ladder order): the latest at or before a week sets its
    # price. A spare column takes steps dated after the last week; index -1 reads 0.0.
    step_days = [step.start for _, step in steps]
    order = np.argsort(np.array([day.toordinal() for day in step_days]), kind="stable")
    step_rows = np.array([row for row, _ in steps], np.int64)[order]
    step_cols = np.minimum(markdown_weeks(start, step_days)[order], width)
    latest = np.full((n_items, width + 1), -1, np.int64)
    np.maximum.at(latest, (step_rows, step_cols), np.arange(len(steps)))
    np.maximum.accumulate(latest, axis=1, out=latest)
    by_date = np.append(np.array([step.discount for _, step in steps], np.float64)[order], 0.0)
    discount = by_date[latest[:, :width]]

    landings = [(row, arrival) for row, (plan, _) in enumerate(items) for arrival in plan.arrivals]
    arrival_rows = np.array([row for row, _ in landings], np.int64)
    arrival_days = np.array([a.day.toordinal() for _, a in landings], np.int64) - start.toordinal()
    arrival_cols = np.maximum(arrival_days // WEEK_DAYS, 0)
    inside = arrival_cols < np.array(weeks, np.int64)[arrival_rows]
    arrivals = np.zeros((n_items, width))
    np.add.at(
        arrivals,
        (arrival_rows[inside], arrival_cols[inside]),
        np.array([a.units for _, a in landings], np.float64)[inside],
    )
    scalars = np.array(
        [
            (
                plan.on_hand,
                plan.base_weekly_sales,
                plan.elasticity,
                product.list_price,
                product.unit_cost,
            )
            for plan, product in items
        ],
        np.float64,
    ).reshape(n_items, 5)
    return simulate(
        start,
        np.array(weeks, np.int64),
        on_hand=scalars[:, 0],
        base=scalars[:, 1],
        elasticity=scalars[:, 2],
        list_price=scalars[:, 3],
        unit_cost=scalars[:, 4],
        discount=discount,
        arrivals=arrivals,
        uplift=np.array(weekly_uplift(events, start, width), np.float64),
    )


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
    ``(items, weeks)``, ``uplift`` per week. Arrivals past an item's ``n_weeks`` must be zero.
    """
    import numpy as np

    n_items, width = discount.shape
    if ((discount < 0) | (discount >= 1)).any():
        raise ValueError("markdown discounts must be in [0, 1)")
    active = np.arange(width)[None, :] < n_weeks[:, None]
    lift = (1.0 - discount) ** -elasticity[:, None]
    demand = np.where(active, base[:, None] * lift * uplift[None, :], 0.0)
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
        uplift=uplift,
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
    def sell_through(self) -> FloatArray:
        import numpy as np

        supply = self.on_hand + self.arrivals_total
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(supply > 0, self.sold_total / supply, np.nan)

    @cached_property
    def weeks_of_cover(self) -> FloatArray:
        import numpy as np

        if not self.demand.shape[1]:
            return np.full(len(self), np.nan)
        first = self.demand[:, 0]
        # A vanishing demand overflows the division: its cover is inf, as for zero demand.
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            cover = np.where(first > 0, self.on_hand / first, np.inf)
        cover[self.on_hand <= 0] = 0.0
        cover[self.n_weeks == 0] = np.nan
        return cover

    @cached_property
    def first_stockout(self) -> IntArray:
        """Index of the first week with demand above the stock available; -1 for none."""
        import numpy as np

        short = self.demand > self.opening + self.arrivals
        if not short.shape[1]:
            return np.full(len(self), -1, np.int64)
        return np.where(short.any(axis=1), short.argmax(axis=1), -1)

    @cached_property
    def stock_by_week(self) -> FloatArray:
        """Closing stock of all items together, week by week (the whole-season curve)."""
        stock: FloatArray = self.closing.sum(axis=0)
        return stock

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
            self.uplift[:n].tolist(),
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


def _none_if_nan(value: float) -> float | None:
    return None if math.isnan(value) else value
