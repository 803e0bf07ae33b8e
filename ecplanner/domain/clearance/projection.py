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
  The caller passes only the events that move this product (``clearance_events`` picks them;
  ``project_each`` takes them per product); an event's own ``discount`` is not applied,
  because the ladder alone sets the price.
- A product sells from its launch: weeks before the first week starting on or after
  ``product.launch`` have uplift 0 (its stock waits; arrivals still land). Like a markdown,
  a launch dated mid-week starts selling the following week.
- A product sells until its delist date, its last day on sale: weeks starting after
  ``product.delist`` have uplift 0 too. The week containing the delist sells in full, as
  the season's last week does. The weeks after it still run to the season's end, so stock
  arriving then is counted and left over rather than sold by a product no longer listed.
- The last week counts in full even when the season ends mid-week.
- Units are fractional expected values and are never rounded here: rounding each week would
  turn small rates into zero sales. Stock cannot go negative because sold ≤ available.

Inputs are expected to pass ``validate_stock_plan``; a ladder discount outside [0, 1) raises
``ValueError`` because its price lift is undefined.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ecplanner.domain.clearance.kernel import (
    WEEK_DAYS,
    BatchProjection,
    Joined,
    ProjectedWeek,
    Projection,
    Totals,
    simulate,
    week_start,
)
from ecplanner.domain.model import Event, Product, StockPlan
from ecplanner.domain.selling_days import selling_spans
from ecplanner.domain.steps import Steps, run_steps

if TYPE_CHECKING:
    from ecplanner.domain.clearance.kernel import FloatArray, IntArray

__all__ = [
    "WEEK_DAYS",
    "BatchProjection",
    "FloatArray",
    "IntArray",
    "ProjectedWeek",
    "Projection",
    "Totals",
    "count_weeks",
    "markdown_weeks",
    "project",
    "project_each",
    "project_in_pieces",
    "project_many",
    "project_rows",
    "projection_start",
    "simulate",
    "week_start",
    "weekly_uplift",
]


def projection_start(today: date, year: int) -> date:
    """Where a plan's projection starts: today, or the plan's Jan 1 while that is ahead."""
    return max(today, date(year, 1, 1))


def count_weeks(start: date, season_end: date | None) -> int:
    """Weeks from ``start`` up to the one containing ``season_end``; 0 if it is None or past."""
    if season_end is None or season_end < start:
        return 0
    return (season_end - start).days // WEEK_DAYS + 1


def markdown_weeks(start: date, days: Sequence[date]) -> IntArray:
    """For each price-change day, the first week starting on or after it (0 for the past)."""
    import numpy as np  # on first use: kernel.py says why

    offsets = np.array([day.toordinal() for day in days], np.int64) - start.toordinal()
    weeks: IntArray = np.maximum(-(-offsets // WEEK_DAYS), 0)
    return weeks


def weekly_uplift(events: Sequence[Event], start: date, n_weeks: int) -> list[float]:
    """Each week's event uplift: the mean over its days of the largest covering uplift.

    Only an event's selling days count (``selling_days``: main waves, balance, encore).
    """
    return run_steps(weekly_uplift_in_steps(events, start, n_weeks))


def weekly_uplift_in_steps(events: Sequence[Event], start: date, n_weeks: int,
                           step: int = 5_000) -> Steps[list[float]]:
    """``weekly_uplift``, yielding after each ``step`` events (~10 ms): the 20,000 events
    of a large plan took one step of 30–45 ms."""
    import numpy as np  # on first use: kernel.py says why

    n_days = n_weeks * WEEK_DAYS
    firsts: list[int] = []
    lasts: list[int] = []
    uplifts: list[float] = []
    origin = start.toordinal()
    for n, event in enumerate(events, 1):
        if n % step == 0:
            yield
        # Without phases an event sells every day of its own (``selling_spans``, quicker).
        spans = selling_spans(event) if event.phases else ((event.start, event.end),)
        for span_start, span_end in spans:
            first = max(span_start.toordinal() - origin, 0)
            last = min(span_end.toordinal() - origin, n_days - 1)
            if first <= last:
                firsts.append(first)
                lasts.append(last)
                uplifts.append(event.uplift)
    # Every (day, uplift) of every span at once, then the largest per day: a day by day
    # loop in Python took ~40 ms for the 20,000 events of a large plan.
    lengths = np.array(lasts, np.int64) - np.array(firsts, np.int64) + 1
    ends = np.cumsum(lengths)
    offsets = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - lengths, lengths)
    best = np.full(n_days, -np.inf)
    np.maximum.at(best, np.repeat(np.array(firsts, np.int64), lengths) + offsets,
                  np.repeat(np.array(uplifts, np.float64), lengths))
    days = np.where(best == -np.inf, 1.0, best)  # 1.0 on days without an event
    weekly: list[float] = (days.reshape(n_weeks, WEEK_DAYS).sum(axis=1) / WEEK_DAYS).tolist()
    return weekly


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
    return project_each(items, [events] * len(items), start)


def project_each(
    items: Sequence[tuple[StockPlan, Product]],
    events_of: Sequence[Sequence[Event]],
    start: date,
) -> BatchProjection:
    """As ``project_many``, with ``events_of[i]`` the events that move item ``i``.

    Items given the same sequence object share one computation of its weekly uplift, so
    pass one shared tuple for the many products that the same events move.
    """
    return _project(items, events_of, start, _width(items, start), {})


def project_in_pieces(
    items: Sequence[tuple[StockPlan, Product]],
    events_of: Sequence[Sequence[Event]],
    start: date,
    piece: int,
    uplifts: dict[int, FloatArray] | None = None,
) -> Generator[None, None, BatchProjection]:
    """``project_each``, ``piece`` items at a time: the same arrays, for a caller that lets
    other work run where this yields (after each piece, and after the weekly uplift of each
    sequence of events, ~30 ms for 20,000 events). Up to ``piece`` items: in one go.
    ``uplifts`` keeps each sequence's weekly uplift by its id, for ``project_rows`` later
    while the caller holds ``events_of``."""
    import numpy as np  # on first use: kernel.py says why

    uplifts = {} if uplifts is None else uplifts
    width = _width(items, start)
    if len(items) <= piece:
        return _project(items, events_of, start, width, uplifts)
    # Every piece over the longest item's weeks, as in one go, so that the pieces join.
    joined = Joined(start, len(items))
    for begin in range(0, len(items), piece):
        events_part = events_of[begin : begin + piece]
        for events in events_part:
            if id(events) not in uplifts:
                weekly = yield from weekly_uplift_in_steps(events, start, width)
                uplifts[id(events)] = np.array(weekly, np.float64)
                yield
        joined.add(begin, _project(items[begin : begin + piece], events_part, start, width,
                                   uplifts))
        yield
    return joined.batch()


def project_rows(
    batch: BatchProjection,
    items: Sequence[tuple[StockPlan, Product]],
    events_of: Sequence[Sequence[Event]],
    rows: Sequence[int],
    uplifts: dict[int, FloatArray],
) -> BatchProjection | None:
    """``batch``, the projection of ``items`` but at ``rows``, with those rows projected
    anew: the arrays ``project_each`` gives for all of them, from the projection of those
    rows only. None when the longest item's weeks, the batch's width, would change: then
    project them all. ``uplifts``: as kept by ``project_in_pieces`` for ``events_of``."""
    width = _width(items, batch.start)
    if width != batch.demand.shape[1]:
        return None
    part = _project([items[row] for row in rows], [events_of[row] for row in rows],
                    batch.start, width, uplifts)
    return batch.with_rows(rows, part)


def _width(items: Sequence[tuple[StockPlan, Product]], start: date) -> int:
    """The weeks of the longest item from ``start``: the width of the batch's arrays."""
    return max((count_weeks(start, plan.season_end) for plan, _ in items), default=0)


def _project(
    items: Sequence[tuple[StockPlan, Product]],
    events_of: Sequence[Sequence[Event]],
    start: date,
    width: int,
    uplifts: dict[int, FloatArray],
) -> BatchProjection:
    """``project_each`` over ``width`` weeks; ``uplifts`` keeps the weekly uplift of each
    sequence of events by its id, while the caller holds them all (``_uplift``)."""
    import numpy as np  # on first use: kernel.py says why

    n_items = len(items)
    weeks = [count_weeks(start, plan.season_end) for plan, _ in items]
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
        uplift=_uplift(items, events_of, start, width, uplifts),
    )


def _uplift(
    items: Sequence[tuple[StockPlan, Product]],
    events_of: Sequence[Sequence[Event]],
    start: date,
    width: int,
    uplifts: dict[int, FloatArray],
) -> FloatArray:
    """Per item and week: the events' uplift, 0 before the product's launch and after its
    delist. Each sequence of events is worked out once, kept in ``uplifts`` by its id."""
    import numpy as np  # on first use: kernel.py says why

    if len(events_of) != len(items):
        raise ValueError("events_of must give one sequence of events per item")
    uplift = np.empty((len(items), width))
    for row, events in enumerate(events_of):
        shared = uplifts.get(id(events))
        if shared is None:
            shared = uplifts[id(events)] = np.array(weekly_uplift(events, start, width),
                                                    np.float64)
        uplift[row] = shared
    launches = [(row, product.launch) for row, (_, product) in enumerate(items) if product.launch]
    if launches:
        first = markdown_weeks(start, [launch for _, launch in launches]).tolist()
        for (row, _), week in zip(launches, first, strict=True):
            uplift[row, :week] = 0.0
    delists = [(row, product.delist) for row, (_, product) in enumerate(items) if product.delist]
    if delists:
        # The first week starting after the delist day is the first one off sale.
        after = markdown_weeks(start, [day + timedelta(days=1) for _, day in delists]).tolist()
        for (row, _), week in zip(delists, after, strict=True):
            uplift[row, week:] = 0.0
    return uplift
