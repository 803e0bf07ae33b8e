"""The year's forecast against its target (``review.forecast``), computed by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ecplanner.domain.model import DailyActual
from ecplanner.domain.review.forecast import fitted_growth, month_forecasts

# A flat forecast: ¥1,000 every day of 2027.
DAYS = {date(2027, 1, 1) + timedelta(days=n): 1000.0 for n in range(365)}


def test_the_gap_is_bought_in_visitors_at_the_months_rates() -> None:
    targets = [40_000.0] * 12
    rates = [(0.04, 250.0)] * 12  # ¥10 a visitor
    months = month_forecasts(DAYS, 0.10, targets, rates)
    jan, feb = months[0], months[1]
    # January: 31 × 1,000 × 1.1 = 34,100; gap 40,000 − 34,100 = 5,900 → 5,900 ÷ 10 = 590 UV.
    assert jan.forecast == pytest.approx(34_100)
    assert jan.gap == pytest.approx(5_900) and jan.uv_needed == pytest.approx(590)
    # February: 28 × 1,100 = 30,800; gap 9,200 → 920 UV.
    assert feb.gap == pytest.approx(9_200) and feb.uv_needed == pytest.approx(920)
    above = month_forecasts(DAYS, 0.5, targets, rates)[0]  # 46,500 over a 40,000 target
    assert above.gap == 0.0 and above.uv_needed == 0.0
    assert month_forecasts(DAYS, 0.0, targets, [(0.0, 250.0)] * 12)[0].uv_needed is None


def test_growth_is_fitted_on_this_years_last_days() -> None:
    # 100 days imported: the first 10 at ¥2,000, the last 90 at ¥1,150 against ¥1,000.
    actuals = [DailyActual(date(2027, 1, 1) + timedelta(days=n),
                           gmv=2000.0 if n < 10 else 1150.0) for n in range(100)]
    assert fitted_growth(DAYS, actuals, 2027) == pytest.approx(0.15)
    last_year = [DailyActual(date(2026, 5, 1), gmv=5000.0)]
    assert fitted_growth(DAYS, last_year, 2027) is None
