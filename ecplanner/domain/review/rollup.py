"""Days summed into a period's totals, for the plan and for the actuals alike.

CVR = buyers ÷ UV and AOV = GMV ÷ buyers, from the sums (never an average of daily
ratios). As in the budget's review, when an import had no buyers (0 on a day with sales)
its orders stand in for them. A ratio is None when its denominator is zero.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ecplanner.domain.model import DailyActual
from ecplanner.domain.review.daily_plan import DayPlan


@dataclass(frozen=True)
class Totals:
    """``days``: the days summed (for actuals, the days with imported data)."""

    days: int
    gmv: float
    uv: float
    buyers: float

    @property
    def cvr(self) -> float | None:
        return self.buyers / self.uv if self.uv else None

    @property
    def aov(self) -> float | None:
        return self.gmv / self.buyers if self.buyers else None


def buyers_of(actual: DailyActual) -> int:
    """The day's buyers, or its orders when the import had no buyers column."""
    return actual.buyers or actual.orders


def actual_totals(actuals: Iterable[DailyActual]) -> Totals:
    items = list(actuals)
    return Totals(days=len(items), gmv=math.fsum(a.gmv for a in items),
                  uv=float(sum(a.uv for a in items)),
                  buyers=float(sum(buyers_of(a) for a in items)))


def plan_totals(days: Iterable[DayPlan]) -> Totals:
    items = list(days)
    return Totals(days=len(items), gmv=math.fsum(p.gmv for p in items),
                  uv=math.fsum(p.uv for p in items), buyers=math.fsum(p.buyers for p in items))
