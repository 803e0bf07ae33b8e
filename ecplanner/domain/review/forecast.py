"""The year's forecast beside its target, and the visitors a shortfall needs.

Each day of the plan year on last year's base rhythm with this year's events and Spring
Festival (``season_weights``), times a trend: 1 + growth, a rate the user sets or one fitted
on this year's imported days (their GMV against the same days' forecast without growth).
Where a month's target is above its forecast, the gap is what the plan's spend must buy, in
the sheet's terms: visitors needed = gap ÷ (CVR × AOV) at the month's planned rates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.model import DailyActual
from ecplanner.domain.review.season_weights import SeasonalWeights

FIT_DAYS = 90
"""Growth is fitted on this year's last 90 imported days (fewer early in the year)."""


@dataclass(frozen=True)
class MonthForecast:
    """One month: forecast and target GMV; ``gap`` = target − forecast where the target is
    above, else 0; ``uv_needed`` = gap ÷ (CVR × AOV), None when the month sells nothing per
    visitor (CVR or AOV of 0)."""

    month: int
    forecast: float
    target: float
    gap: float
    uv_needed: float | None


def fitted_growth(days: Mapping[date, float], actuals: Iterable[DailyActual],
                  year: int) -> float | None:
    """Σ actual ÷ Σ forecast − 1 over ``year``'s last ``FIT_DAYS`` imported days (``days``
    is the forecast without growth); None without such days."""
    imported = sorted((a for a in actuals if a.day.year == year and a.day in days),
                      key=lambda a: a.day)[-FIT_DAYS:]
    expected = math.fsum(days[a.day] for a in imported)
    if not imported or expected <= 0:
        return None
    return math.fsum(a.gmv for a in imported) / expected - 1.0


def daily_forecast(days: Mapping[date, float], growth: float) -> dict[date, float]:
    return {day: value * (1.0 + growth) for day, value in days.items()}


def month_forecasts(days: Mapping[date, float], growth: float, targets: Sequence[float],
                    rates: Sequence[tuple[float, float]]) -> tuple[MonthForecast, ...]:
    """Months 1..12 of ``days`` × (1 + ``growth``) beside ``targets`` (12), with the gap's
    visitors at ``rates`` (each month's CVR and AOV)."""
    sums = [0.0] * 12
    for day, value in daily_forecast(days, growth).items():
        sums[day.month - 1] += value
    found = []
    for index, (forecast, target, (cvr, aov)) in enumerate(
            zip(sums, targets, rates, strict=True)):
        gap = max(0.0, target - forecast)
        per_visitor = cvr * aov
        found.append(MonthForecast(index + 1, forecast, target, gap,
                                   gap / per_visitor if per_visitor > 0 else None))
    return tuple(found)


@dataclass(frozen=True)
class YearForecast:
    """The plan's forecast: at its ``growth``, with the growth ``fitted`` on this year's
    imported days (None without any), month by month."""

    growth: float
    fitted: float | None
    months: tuple[MonthForecast, ...]


def year_forecast(found: SeasonalWeights, actuals: Iterable[DailyActual], year: int,
                  growth: float, targets: Sequence[float],
                  rates: Sequence[tuple[float, float]]) -> YearForecast:
    days = dict(found.days)
    return YearForecast(growth, fitted_growth(days, actuals, year),
                        month_forecasts(days, growth, targets, rates))
