"""The stock a projection leaves at the product's delist date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ecplanner.domain.clearance.projection import project_each
from ecplanner.domain.clearance.reforecast import reforecast, sold_days
from ecplanner.domain.clearance.sellthrough import (
    leftover_at_delist,
    leftovers_at_delist,
    planned_to_date,
    sell_through_at_delist,
    sell_through_to_date,
)
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


def test_the_leftovers_at_delist_of_many_items_at_once() -> None:
    plan = StockPlan("coat", on_hand=100, base_weekly_sales=10.0, season_end=day(27),
                     arrivals=(Arrival(day(21), 30),))
    ended = replace(plan, season_end=day(-1))  # no week to project: its stock stays
    delisted = replace(COAT, delist=day(10))  # sells in weeks 0 and 1 only
    items = [(plan, delisted)] * 4 + [(ended, delisted)] * 2
    batch = project_each(items, [()] * len(items), START)
    delists = [day(10), None, day(400), day(-3), day(10), None]
    # As one by one above: 80 at a delist in week 1, 110 at the season's end (none, or one
    # after it: the 30 arriving in week 3 too), the 100 on hand with one before the start;
    # the ended plan keeps its 100.
    assert leftovers_at_delist(batch, delists).tolist() == pytest.approx(
        [80, 110, 110, 100, 100, 100])


def test_sell_through_to_date_and_at_delist_planned_and_re_forecast() -> None:
    plan = StockPlan("coat", on_hand=100, base_weekly_sales=10.0, season_end=day(41),
                     arrivals=(Arrival(day(21), 30),))
    delisted = replace(COAT, delist=day(24))  # in week 3
    # It really sold 1 a day over its first 14 days (weeks 0 and 1): 14 units, a rate of 7.
    sold = sold_days([("coat", day(n), 1) for n in range(14)])
    (projected,), found = reforecast([(plan, delisted)], [()], sold)
    assert found[0].stock == 86  # 100 − 14
    planned = project_each([(plan, delisted)], [()], START)
    again = project_each([projected], [()], START)
    # Planned at delist: 10 a week in weeks 0–3 = 40 sold of 100 + the 30 arriving in
    # week 3 = 130.
    assert sell_through_at_delist(planned, [day(24)])[0] == pytest.approx(40 / 130)
    # Re-forecast: the 14 sold, then 7 a week in weeks 2 and 3 = 28 sold of the same 130.
    assert sell_through_at_delist(again, [day(24)], [14])[0] == pytest.approx(28 / 130)
    # Without a delist: to the season's end (weeks 0–5), 60 of 130 planned.
    season = project_each([(plan, COAT)], [()], START)
    assert sell_through_at_delist(season, [None])[0] == pytest.approx(60 / 130)
    # Delisted before the projection starts: nothing sold in it, 0 of 100 (+ 14 before).
    assert sell_through_at_delist(planned, [day(-1)])[0] == 0
    assert sell_through_at_delist(again, [day(-1)], [14])[0] == pytest.approx(14 / 100)
    # To date: 14 sold of the 100 there were; the plan, from the first observed day over
    # its 2 whole weeks, 20 of 100.
    assert sell_through_to_date(found[0]) == pytest.approx(0.14)
    assert planned_to_date(planned, [day(13)])[0] == pytest.approx(0.20)
    # Selling more than the plan says it had: what sold is what there was, 100 %.
    short = replace(plan, on_hand=10, arrivals=())
    _, found = reforecast([(short, delisted)], [()], sold)
    assert sell_through_to_date(found[0]) == pytest.approx(1.0)
