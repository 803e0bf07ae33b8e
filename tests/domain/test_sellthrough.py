"""Real sell-through beside the plan: observed rates and the leftover at delist."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ecplanner.domain.clearance.projection import project_each
from ecplanner.domain.clearance.sellthrough import (
    ProductSales,
    leftover_at_delist,
    with_observed_rates,
)
from ecplanner.domain.model import Arrival, Product, StockPlan

START = date(2025, 9, 1)  # a Monday; week w covers days 7w … 7w + 6
COAT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0, uuid="coat")
HAT = Product("H-001", "hat", unit_cost=5.0, list_price=20.0, uuid="hat")


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def sales(product: Product, days: int, units: int) -> ProductSales:
    return ProductSales(product.uuid, days, units, units * product.list_price, day(-days),
                        day(-1))


def test_the_observed_rate_is_units_over_days_observed_a_week() -> None:
    assert sales(COAT, 14, 35).weekly_rate == pytest.approx(35 / 14 * 7)  # 17.5


def test_a_product_selling_at_half_its_plan_keeps_twice_the_stock_unsold() -> None:
    plan = StockPlan("coat", on_hand=100, base_weekly_sales=10.0, season_end=day(27))
    hat_plan = StockPlan("hat", on_hand=50, base_weekly_sales=10.0, season_end=day(27))
    items = [(plan, COAT), (hat_plan, HAT)]
    # The coat sold 10 units in 14 days: 10 / 14 × 7 = 5 a week, half its plan's 10.
    observed = with_observed_rates(items, {"coat": sales(COAT, 14, 10)})
    assert [p.base_weekly_sales for p, _ in observed] == pytest.approx([5.0, 10.0])
    planned, real = project_each(items, [()] * 2, START), project_each(observed, [()] * 2, START)
    # Four weeks: planned 4 × 10 = 40 sold, 60 left; observed 4 × 5 = 20 sold, 80 left.
    assert leftover_at_delist(planned, 0, None) == pytest.approx(60)
    assert leftover_at_delist(real, 0, None) == pytest.approx(80)
    # The hat has no days of sales: it keeps its plan (4 × 10 of 50 sold, 10 left).
    assert leftover_at_delist(real, 1, None) == pytest.approx(10)


def test_the_leftover_at_delist_is_the_stock_after_the_last_week_on_sale() -> None:
    plan = StockPlan("coat", on_hand=100, base_weekly_sales=10.0, season_end=day(27),
                     arrivals=(Arrival(day(21), 30),))
    delisted = replace(COAT, delist=day(10))
    batch = project_each([(plan, delisted)], [()], START)
    # Weeks 0 and 1 (day 10 is in week 1) sell 10 each: 80 left at the delist; the 30
    # arriving in week 3 are left over too, 110 at the season's end.
    assert leftover_at_delist(batch, 0, day(10)) == pytest.approx(80)
    assert leftover_at_delist(batch, 0, None) == pytest.approx(110)
    assert leftover_at_delist(batch, 0, day(400)) == pytest.approx(110)
    assert leftover_at_delist(batch, 0, day(-3)) == pytest.approx(100)
