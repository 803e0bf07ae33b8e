"""Suggest a markdown ladder: the most profitable one that still clears the season's stock.

A candidate ladder gives each allowed change date a discount level; levels never go down
from one date to the next (a date may keep the previous level, i.e. add no step). Levels are
the discount already in effect at ``start`` (the floor: markdowns taken cannot be undone) and
the allowed discounts deeper than it. With ``n`` change dates and ``m`` levels there are
C(n + m − 1, n) candidates, at most ``MAX_CANDIDATES`` (5,000): 6 dates with 6 allowed
discounts over a floor of 0 make C(12, 6) = 924, 8 dates × 6 discounts make 3,003, and
9 × 6 (5,005) is refused. All candidates are projected at once as one numpy batch: 924 take
about 2 ms and 5,000 about 10 ms for a 26-week season on a 2-core laptop.

Choice: among candidates reaching ``plan.target_sell_through``, the highest gross margin
(revenue − cost of the units sold; leftover stock is not charged, so the target is what pushes
stock out). If none reaches it, the highest sell-through, then the highest margin. Ties go to
the candidate with the shallower discounts at the earliest date that differs.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations_with_replacement
from typing import TYPE_CHECKING

from ecplanner.domain.clearance.projection import (
    Projection,
    count_weeks,
    markdown_weeks,
    project_many,
    simulate,
)
from ecplanner.domain.model import Event, MarkdownStep, Product, StockPlan

if TYPE_CHECKING:
    from ecplanner.domain.clearance.projection import FloatArray

MAX_CANDIDATES = 5_000


@dataclass(frozen=True)
class Suggestion:
    """The suggested ladder beside the current one; deltas are suggested − current."""

    ladder: tuple[MarkdownStep, ...]
    projection: Projection
    current: Projection
    reaches_target: bool
    candidates: int

    @property
    def revenue_delta(self) -> float:
        return self.projection.totals.revenue - self.current.totals.revenue

    @property
    def margin_delta(self) -> float:
        return self.projection.totals.gross_margin - self.current.totals.gross_margin

    @property
    def leftover_delta(self) -> float:
        return self.projection.totals.leftover_units - self.current.totals.leftover_units


def candidate_count(n_dates: int, n_levels: int) -> int:
    """Non-decreasing sequences of ``n_dates`` levels drawn from ``n_levels``."""
    return math.comb(n_dates + n_levels - 1, n_dates) if n_levels else 0


def suggest_ladder(
    plan: StockPlan,
    product: Product,
    events: Sequence[Event],
    start: date,
    change_dates: Sequence[date],
    discounts: Sequence[float],
) -> Suggestion | None:
    """Search every ladder over ``change_dates`` × ``discounts`` exhaustively (module doc).

    The suggested ladder keeps the current steps dated before ``start`` and replaces the rest.
    Returns None when there is nothing to choose: no week left in the season, no change date,
    or no allowed discount deeper than the one in effect. Raises ``ValueError`` for a change
    date before ``start``, a discount outside [0, 1), or more than ``MAX_CANDIDATES``
    candidates. A change date inside a week takes effect the next week, as in ``project``.
    """
    import numpy as np  # on first use: kernel.py says why

    dates = sorted(set(change_dates))
    if dates and dates[0] < start:
        raise ValueError("change dates must be on or after the projection's start")
    if any(not 0 <= discount < 1 for discount in discounts):
        raise ValueError("discounts must be in [0, 1)")
    history = tuple(step for step in plan.ladder if step.start < start)
    floor = _in_effect(history)
    levels = sorted({floor, *(d for d in discounts if d > floor)})
    count = candidate_count(len(dates), len(levels))
    if count > MAX_CANDIDATES:
        raise ValueError(f"{count} candidate ladders exceed the bound of {MAX_CANDIDATES}")
    n_weeks = count_weeks(start, plan.season_end)
    if n_weeks == 0 or not dates or len(levels) == 1:
        return None

    current = project_many([(plan, product)], events, start)
    # Column -1 of ``choices`` holds the floor, for weeks before the first change date.
    effective = markdown_weeks(start, dates).tolist()
    date_of_week = [bisect_right(effective, week) - 1 for week in range(n_weeks)]
    picks = np.array(list(combinations_with_replacement(range(len(levels)), len(dates))))
    choices = np.append(np.array(levels)[picks], np.full((count, 1), floor), axis=1)

    def repeat(value: float) -> FloatArray:
        return np.full(count, value, np.float64)

    batch = simulate(
        start,
        np.full(count, n_weeks, np.int64),
        on_hand=repeat(plan.on_hand),
        base=repeat(plan.base_weekly_sales),
        elasticity=repeat(plan.elasticity),
        list_price=repeat(product.list_price),
        unit_cost=repeat(product.unit_cost),
        discount=choices[:, date_of_week],
        arrivals=np.broadcast_to(current.arrivals[0], (count, n_weeks)),
        uplift=current.uplift,
    )
    sell_through, margin = batch.sell_through, batch.gross_margin
    reaching = np.isnan(sell_through) | (sell_through >= plan.target_sell_through - 1e-9)
    pool = np.flatnonzero(reaching)
    if not len(pool):
        pool = np.flatnonzero(sell_through == np.nanmax(sell_through))
    best = int(pool[np.argmax(margin[pool])])

    steps = list(history)
    previous = floor
    for day, level in zip(dates, choices[best, :-1].tolist(), strict=True):
        if level != previous:
            steps.append(MarkdownStep(day, level))
            previous = level
    return Suggestion(
        ladder=tuple(steps),
        projection=batch.projection(best),
        current=current.projection(0),
        reaches_target=bool(reaching[best]),
        candidates=count,
    )


def _in_effect(steps: Sequence[MarkdownStep]) -> float:
    """The discount of the latest step (ladder order breaks ties); 0.0 without one."""
    latest = max(reversed(steps), key=lambda step: step.start, default=None)
    return latest.discount if latest else 0.0


def steps_after_delist(ladder: Sequence[MarkdownStep], delist: date | None) -> list[MarkdownStep]:
    """The ladder's steps dated after the delist day (its last day on sale), by date: they
    can never take effect, since the projection sells nothing after it."""
    if delist is None:
        return []
    return sorted((step for step in ladder if step.start > delist), key=lambda s: s.start)
