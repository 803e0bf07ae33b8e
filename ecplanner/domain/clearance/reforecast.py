"""Re-forecast: a product's clearance projection from what it really sells.

Once a product has ``MIN_DAYS`` (14) days of real sales stored (days with a row in its
product reports, ``ProductDay``), its projection runs from what they say instead of the
plan's guesses:

- **Its actual stock.** The stock plan's ``on_hand`` is the stock the product starts selling
  with, before its first observed day. The actual stock is that, plus the arrivals dated up
  to the last observed day, minus the units sold on the observed days (never below 0);
  arrivals dated after the last observed day still land as planned.
- **Its observed base rate.** Each observed day's units are divided by the day's multiplier
  under the projection's own rules: the price lift ``(1 − discount) ** −elasticity`` of the
  ladder step in effect that day, times the largest uplift among the events covering the
  day that move the product (1.0 on days without one). The days are averaged with weights
  halving every ``HALF_LIFE_DAYS`` (14) days back from the last observed day, so recent weeks
  count most, and × 7 gives the weekly base rate the projection multiplies again.
- **From the week after its last observed day.** The weeks up to the last observed day are
  sold (they are in the actual stock), so they project nothing, as weeks before a launch do.

Products with fewer days keep the plan's figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ecplanner.domain.clearance.kernel import WEEK_DAYS
from ecplanner.domain.model import Event, Product, StockPlan
from ecplanner.domain.selling_days import selling_spans
from ecplanner.domain.steps import Steps, run_steps

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray, IntArray

MIN_DAYS = 14
HALF_LIFE_DAYS = 14.0


@dataclass(frozen=True)
class SoldDays:
    """One product's observed days (ordinals, ascending) and the units sold on each."""

    days: IntArray
    units: IntArray


@dataclass(frozen=True)
class Reforecast:
    """What a product's real sales say: ``stock`` after its last observed day, and its
    base weekly rate (before markdowns and events, as ``StockPlan.base_weekly_sales``)."""

    days: int
    units_sold: int
    last_day: date
    stock: float
    weekly_rate: float
    first_day: date


def sold_days(rows: Iterable[tuple[str, date, int]]) -> dict[str, SoldDays]:
    """``(product uuid, day, units)`` rows, in any order, grouped by product."""
    return run_steps(sold_days_in_steps(rows))


def sold_days_in_steps(rows: Iterable[tuple[str, date, int]],
                       step: int = 20_000) -> Steps[dict[str, SoldDays]]:
    """``sold_days`` in steps of ``step`` rows (~10 ms), then of ``step // 40`` products,
    for the window: a year of 2,000 products is 730,000 rows."""
    import numpy as np  # on first use: kernel.py says why

    grouped: dict[str, tuple[list[int], list[int]]] = {}
    for n, (uuid, day, units) in enumerate(rows, 1):
        days, sold = grouped.setdefault(uuid, ([], []))
        days.append(day.toordinal())
        sold.append(units)
        if n % step == 0:
            yield
    found = {}
    for n, (uuid, (days, sold)) in enumerate(grouped.items(), 1):
        order = np.argsort(np.array(days, np.int64), kind="stable")
        found[uuid] = SoldDays(np.array(days, np.int64)[order], np.array(sold, np.int64)[order])
        if n % (step // 40) == 0:
            yield
    return found


def reforecast(items: Sequence[tuple[StockPlan, Product]],
               events_of: Sequence[Sequence[Event]], sold: Mapping[str, SoldDays]
               ) -> tuple[list[tuple[StockPlan, Product]], dict[int, Reforecast]]:
    """``items`` as the projection should take them (module doc), and what was re-forecast,
    by item index. Items with fewer than ``MIN_DAYS`` observed days are given back as they
    are. ``events_of[i]``: the events that move item ``i`` (``events_for_products``)."""
    import numpy as np  # on first use: kernel.py says why

    result = list(items)
    found: dict[int, Reforecast] = {}
    observed_days = [sold[p.uuid].days for _, p in items if p.uuid in sold]
    span = (min((int(d[0]) for d in observed_days if len(d)), default=0),
            max((int(d[-1]) for d in observed_days if len(d)), default=0))
    uplifts: dict[int, FloatArray] = {}
    for index, (plan, product) in enumerate(items):
        observed = sold.get(product.uuid)
        if observed is None or len(observed.days) < MIN_DAYS:
            continue
        days, units = observed.days, observed.units
        last = date.fromordinal(int(days[-1]))
        multiplier = (_price_lift(plan, days)
                      * _event_uplift(events_of[index], days, span, uplifts))
        weights = 0.5 ** ((days[-1] - days) / HALF_LIFE_DAYS)
        base = float(np.sum(weights * units / multiplier) / np.sum(weights)) * WEEK_DAYS
        landed = sum(a.units for a in plan.arrivals if a.day <= last)
        stock = max(plan.on_hand + landed - int(units.sum()), 0)
        resumes = last + timedelta(days=1)
        result[index] = (
            replace(plan, on_hand=stock, base_weekly_sales=base,
                    arrivals=tuple(a for a in plan.arrivals if a.day > last)),
            replace(product, launch=max(product.launch or resumes, resumes)))
        found[index] = Reforecast(len(days), int(units.sum()), last, float(stock), base,
                                  date.fromordinal(int(days[0])))
    return result, found


def _price_lift(plan: StockPlan, days: IntArray) -> FloatArray:
    """Each day's (1 − discount) ** −elasticity, the discount of the latest ladder step dated
    on or before it (of steps on the same day, the later in the ladder)."""
    import numpy as np  # on first use: kernel.py says why

    steps = sorted(enumerate(plan.ladder), key=lambda pair: (pair[1].start, pair[0]))
    starts = np.array([step.start.toordinal() for _, step in steps], np.int64)
    discounts = np.append(np.array([step.discount for _, step in steps], np.float64), 0.0)
    # index -1 (no step yet) reads the appended 0.0
    discount = discounts[np.searchsorted(starts, days, side="right") - 1]
    lift: FloatArray = (1.0 - discount) ** -plan.elasticity
    return lift


def _event_uplift(events: Sequence[Event], days: IntArray, span: tuple[int, int],
                  cache: dict[int, FloatArray]) -> FloatArray:
    """Each day's largest uplift among ``events``' selling days, 1.0 without one. Products
    given the same sequence object share one table over ``span`` (first and last ordinal
    of every product's observed days): ``events_for_products`` shares them."""
    import numpy as np  # on first use: kernel.py says why

    origin, end = span
    table = cache.get(id(events))
    if table is None:
        best = np.full(end - origin + 1, np.nan)
        for event in events:
            for span_start, span_end in selling_spans(event):
                a = max(span_start.toordinal() - origin, 0)
                b = min(span_end.toordinal() - origin, end - origin)
                if a <= b:
                    np.fmax(best[a:b + 1], event.uplift, out=best[a:b + 1])
        table = cache[id(events)] = np.where(np.isnan(best), 1.0, best)
    uplift: FloatArray = table[days - origin]
    return uplift
