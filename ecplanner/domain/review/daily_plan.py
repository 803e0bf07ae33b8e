"""The daily plan (月度数据计划): each month of the budget spread over its days.

A day's share of its month is its weight over the month's weights, where

    weight(day) = weekday index(day) × max(0, 1 + Σ (uplift − 1) over the events selling
                  that day)

The event term is the budget's own month rule taken day by day
(``budget.uplift.event_uplift_by_month`` averages it over the month's days): the same
events (``lifts_the_store``), the same selling days (``selling_spans``), the same uplift,
and the courier shutdown's days at its traffic (``budget.shutdown``), as the sheet has it.
So a week with 618's main wave carries more of June than a quiet week does.

The weekday index (``weekday_pattern``) comes from last year's actuals when there are
enough: the median GMV of each weekday, over the mean of the seven medians. Medians keep
last year's sale days, whose dates the plan does not know, from bending the index. With
fewer than four of any weekday, or no sales, the index is flat.

Target, GMV, visitors and orders are all spread by the same shares, so a day's planned
CVR and AOV are its month's, and the days of a month sum to the month (to float rounding).
"""

from __future__ import annotations

import calendar
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ecplanner.domain.budget.sheet import Sheet
from ecplanner.domain.budget.uplift import event_extra_between
from ecplanner.domain.model import DailyActual, Event

FLAT_WEEK: tuple[float, ...] = (1.0,) * 7
MIN_DAYS_PER_WEEKDAY = 4


@dataclass(frozen=True)
class DayPlan:
    """One day of the plan; ``buyers`` = UV × CVR (支付买家数), as the sheet counts them."""

    day: date
    target: float
    gmv: float
    uv: float
    buyers: float


def weekday_pattern(actuals: Iterable[DailyActual], year: int) -> tuple[float, ...]:
    """Monday..Sunday index from ``year``'s days (pass the plan's year − 1); see the module."""
    by_weekday: list[list[float]] = [[] for _ in range(7)]
    for actual in actuals:
        if actual.day.year == year:
            by_weekday[actual.day.weekday()].append(actual.gmv)
    if any(len(days) < MIN_DAYS_PER_WEEKDAY for days in by_weekday):
        return FLAT_WEEK
    medians = [statistics.median(days) for days in by_weekday]
    mean = math.fsum(medians) / 7
    if mean <= 0:
        return FLAT_WEEK
    return tuple(m / mean for m in medians)


def daily_plan(sheet: Sheet, events: Iterable[Event], platforms: Sequence[str],
               pattern: Sequence[float] = FLAT_WEEK) -> tuple[DayPlan, ...]:
    """Every day of ``sheet.year``, in order (``platforms``: the plan's, as the sheet used)."""
    extra = event_extra_between(events, date(sheet.year, 1, 1), date(sheet.year, 12, 31),
                                platforms)
    if sheet.pause is not None:  # the courier shutdown's days, as the sheet counts them
        day = sheet.pause.start
        while day <= sheet.pause.end:
            extra[day] = extra.get(day, 0.0) + sheet.pause.traffic - 1.0
            day += timedelta(days=1)
    days: list[DayPlan] = []
    for figures in sheet.months:
        assert figures.month is not None
        length = calendar.monthrange(sheet.year, figures.month)[1]
        month_days = [date(sheet.year, figures.month, d) for d in range(1, length + 1)]
        weights = [pattern[d.weekday()] * max(0.0, 1.0 + extra.get(d, 0.0)) for d in month_days]
        total = math.fsum(weights)
        shares = [w / total for w in weights] if total > 0 else [1.0 / length] * length
        days += [DayPlan(d, figures.target * s, figures.gmv * s, figures.planned_uv * s,
                         figures.buyers * s) for d, s in zip(month_days, shares, strict=True)]
    return tuple(days)


def plan_to_date(plan: Sequence[DayPlan], start: date, day: date) -> float:
    """Planned GMV from ``start`` to ``day``, both included ("as of the 12th we should be
    at X": ``start`` is the month's first day)."""
    return math.fsum(p.gmv for p in plan if start <= p.day <= day)
