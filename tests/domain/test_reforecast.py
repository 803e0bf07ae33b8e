"""The re-forecast: a product's projection from its actual stock and observed rate."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ecplanner.domain.clearance.projection import project_each
from ecplanner.domain.clearance.reforecast import MIN_DAYS, reforecast, sold_days
from ecplanner.domain.clearance.sellthrough import leftover_at_delist
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

START = date(2025, 9, 1)  # a Monday; week w covers days 7w … 7w + 6
COAT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0, uuid="coat",
               launch=START - timedelta(days=14), delist=START + timedelta(days=27))
PLAN = StockPlan("coat", on_hand=300, base_weekly_sales=14.0,
                 season_end=START + timedelta(days=27))


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def daily(units: list[int], first: int = -14) -> list[tuple[str, date, int]]:
    return [("coat", day(first + i), n) for i, n in enumerate(units)]


def test_a_product_selling_at_half_its_plan_is_projected_from_what_is_left() -> None:
    # Two weeks before the start it sold 1 a day: 7 a week, half its plan's 14.
    items, found = reforecast([(PLAN, COAT)], [()], sold_days(daily([1] * 14)))
    assert found[0].weekly_rate == pytest.approx(7.0)
    # Actual stock: 300 on hand − 14 sold = 286.
    assert found[0].stock == 286 and found[0].units_sold == 14
    batch = project_each(items, [()], START)
    # Four weeks to the delist (day 27, in week 3) at 7 a week: 286 − 4 × 7 = 258 left.
    assert leftover_at_delist(batch, 0, COAT.delist) == pytest.approx(258)
    # The plan, at 14 a week from the 300 on hand: 300 − 4 × 14 = 244.
    planned = project_each([(PLAN, COAT)], [()], START)
    assert leftover_at_delist(planned, 0, COAT.delist) == pytest.approx(244)


def test_markdowns_and_events_are_taken_out_of_the_observed_rate() -> None:
    marked = replace(PLAN, ladder=(MarkdownStep(day(-7), 0.5),))
    sale = Event("sale", EventKind.MAJOR_SALE, day(-3), day(-3), uplift=2.0)
    # A week at list price selling 1 a day; then at 50% off (lift (1 − 0.5)^−2 = 4)
    # selling 4 a day, and 8 on the sale's day (4 × 2.0): every day is 1 at list price,
    # so the base is 7 a week whatever the weights.
    units = [1] * 7 + [4, 4, 4, 4, 8, 4, 4]
    _, found = reforecast([(marked, COAT)], [(sale,)], sold_days(daily(units)))
    assert found[0].weekly_rate == pytest.approx(7.0)
    assert found[0].stock == 300 - (7 + 32)


def test_recent_weeks_weigh_more() -> None:
    # 2 a day in the older week, 0 in the last: weights halve every 14 days, so the day
    # d days before the last weighs 0.5^(d/14). Hand sum over d = 7 … 13 (the older week)
    # of 2 × 0.5^(d/14), over the sum for d = 0 … 13 of 0.5^(d/14).
    weights = [0.5 ** (d / 14) for d in range(14)]
    expected = 7 * sum(2 * w for w in weights[7:]) / sum(weights)
    _, found = reforecast([(PLAN, COAT)], [()], sold_days(daily([2] * 7 + [0] * 7)))
    assert found[0].weekly_rate == pytest.approx(expected)
    assert expected < 7 * 1.0  # below the plain mean of 1 a day


def test_arrivals_up_to_the_last_day_are_in_the_stock_and_later_ones_still_land() -> None:
    arriving = replace(PLAN, arrivals=(Arrival(day(-10), 50), Arrival(day(3), 40)))
    items, found = reforecast([(arriving, COAT)], [()], sold_days(daily([1] * 14)))
    assert found[0].stock == 300 + 50 - 14
    assert items[0][0].arrivals == (Arrival(day(3), 40),)


def test_too_few_days_keep_the_plan() -> None:
    items, found = reforecast([(PLAN, COAT)], [()], sold_days(daily([1] * (MIN_DAYS - 1))))
    assert found == {} and items == [(PLAN, COAT)]


def test_the_weeks_already_sold_project_nothing() -> None:
    # Observed up to day 9 (inside week 1): the projection sells from week 2 on.
    items, found = reforecast([(PLAN, COAT)], [()], sold_days(daily([1] * 14, first=-4)))
    weeks = project_each(items, [()], START).projection(0).weeks
    assert [w.sold for w in weeks] == pytest.approx([0, 0, 7, 7])
    assert found[0].stock == 300 - 14
