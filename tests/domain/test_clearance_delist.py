"""The clearance projection stops at the product's delist date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.clearance.projection import project
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

START = date(2025, 9, 1)  # a Monday; week w covers days 7w … 7w + 6
PRODUCT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def test_a_product_sells_through_the_week_of_its_delist_and_not_after() -> None:
    stock = StockPlan("p", on_hand=100, base_weekly_sales=10.0, season_end=day(27),
                      ladder=(MarkdownStep(day(7), 0.5),), arrivals=(Arrival(day(21), 30),))
    # Delisted on day 10, inside week 1 (days 7-13): that week still sells, weeks 2 and 3
    # (starting on days 14 and 21, after the delist) sell nothing.
    result = project(stock, replace(PRODUCT, delist=day(10)), [], START)
    # week 0: demand 10 at list price, sold 10 → 90 left
    # week 1: demand 10 × (1 − 0.5)^−2 = 40, sold 40 → 50 left
    # week 2: nothing sells → 50; week 3: 30 arrive, nothing sells → 80
    assert [w.sold for w in result.weeks] == pytest.approx([10, 40, 0, 0])
    assert [w.closing for w in result.weeks] == pytest.approx([90, 50, 50, 80])
    assert result.totals.sold == pytest.approx(50)
    assert result.totals.leftover_units == pytest.approx(80)
    assert result.totals.sell_through == pytest.approx(50 / 130)
    # revenue: 10 × 100 + 40 × 50 = 3,000
    assert result.totals.revenue == pytest.approx(3_000)


def test_a_delist_on_a_weeks_first_day_is_that_weeks_last_day_on_sale() -> None:
    stock = StockPlan("p", on_hand=100, base_weekly_sales=10.0, season_end=day(27))
    result = project(stock, replace(PRODUCT, delist=day(14)), [], START)
    # Weeks 0, 1 and 2 (starting day 14, the delist day) sell 10 each; week 3 nothing.
    assert [w.sold for w in result.weeks] == pytest.approx([10, 10, 10, 0])


def test_a_product_delisted_before_the_start_sells_nothing() -> None:
    stock = StockPlan("p", on_hand=100, base_weekly_sales=10.0, season_end=day(27))
    result = project(stock, replace(PRODUCT, delist=day(-1)), [], START)
    assert result.totals.sold == 0
    assert result.totals.leftover_units == 100


ladders = st.lists(
    st.builds(MarkdownStep, st.integers(-14, 220).map(day), st.floats(0.0, 0.9)),
    max_size=5,
).map(tuple)
stock_plans = st.builds(
    StockPlan,
    st.just("p"),
    on_hand=st.integers(0, 1000),
    base_weekly_sales=st.floats(0.0, 100.0),
    season_end=st.integers(-10, 200).map(day),
    elasticity=st.floats(0.0, 4.0),
    arrivals=st.lists(st.builds(Arrival, st.integers(-14, 220).map(day), st.integers(0, 500)),
                      max_size=3).map(tuple),
    ladder=ladders,
)
events = st.lists(
    st.builds(lambda first, length, uplift: Event("sale", EventKind.MAJOR_SALE, day(first),
                                                  day(first + length), uplift=uplift),
              st.integers(-20, 200), st.integers(0, 20), st.floats(0.5, 5.0)),
    max_size=4,
)


@settings(derandomize=True, database=None, deadline=None, max_examples=200)
@given(stock_plans, events, st.integers(-20, 220), st.none() | st.integers(-20, 100))
def test_nothing_sells_after_the_delist_date(stock: StockPlan, sales: list[Event],
                                             delist: int, launch: int | None) -> None:
    delisted = day(delist)
    product = replace(PRODUCT, delist=delisted, launch=None if launch is None else day(launch))
    result = project(stock, product, sales, START)
    for week in result.weeks:
        if week.start > delisted:
            assert week.sold == 0 and week.demand == 0
    # Up to the delist, the weeks are those of a season that ended on the delist date.
    assert stock.season_end is not None
    cut = project(replace(stock, season_end=min(delisted, stock.season_end)), product, sales,
                  START)
    assert [w.sold for w in result.weeks[:len(cut.weeks)]] == pytest.approx(
        [w.sold for w in cut.weeks])
    assert result.totals.sold == pytest.approx(cut.totals.sold)
