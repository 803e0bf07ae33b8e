"""The stock a projection leaves at the product's delist date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ecplanner.domain.clearance.projection import project_each
from ecplanner.domain.clearance.sellthrough import leftover_at_delist
from ecplanner.domain.model import Arrival, Product, StockPlan

START = date(2025, 9, 1)  # a Monday; week w covers days 7w … 7w + 6
COAT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0, uuid="coat")


def day(offset: int) -> date:
    return START + timedelta(days=offset)


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
