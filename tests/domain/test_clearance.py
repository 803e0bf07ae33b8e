"""The clearance projection against hand-computed weeks, edge cases and properties."""

from __future__ import annotations

import math
from dataclasses import astuple, replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.clearance.projection import (
    ProjectedWeek,
    Projection,
    count_weeks,
    project,
    project_many,
    weekly_uplift,
)
from ecplanner.domain.model import Arrival, Event, EventKind, MarkdownStep, Product, StockPlan

START = date(2025, 9, 1)
FOUR_WEEKS = START + timedelta(days=27)
PRODUCT = Product("C-001", "coat", unit_cost=40.0, list_price=100.0)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def same_week(a: ProjectedWeek, b: ProjectedWeek) -> bool:
    return a.start == b.start and astuple(a)[1:] == pytest.approx(astuple(b)[1:])


def sale(first: int, last: int, uplift: float) -> Event:
    return Event("sale", EventKind.MAJOR_SALE, day(first), day(last), uplift=uplift)


def plan(**fields: object) -> StockPlan:
    defaults: dict[str, object] = {"base_weekly_sales": 10.0, "season_end": FOUR_WEEKS}
    return StockPlan("p", **{**defaults, **fields})  # type: ignore[arg-type]


# Columns of the hand tables: week, discount, uplift, opening, arrivals, demand, sold, closing.
Row = tuple[int, float, float, float, float, float, float, float]


def assert_weeks(projection: Projection, table: list[Row]) -> None:
    assert len(projection.weeks) == len(table)
    for week, row in zip(projection.weeks, table, strict=True):
        n, discount, uplift, opening, arrivals, demand, sold, closing = row
        assert week.start == day(7 * n)
        got = (week.discount, week.uplift, week.opening, week.arrivals, week.demand)
        assert got == pytest.approx((discount, uplift, opening, arrivals, demand))
        assert (week.sold, week.closing) == pytest.approx((sold, closing))
        price = PRODUCT.list_price * (1 - discount)
        assert week.revenue == pytest.approx(sold * price)
        assert week.cost == pytest.approx(sold * PRODUCT.unit_cost)


def test_no_markdown_sells_the_base_rate_every_week() -> None:
    result = project(plan(on_hand=100), PRODUCT, [], START)
    assert_weeks(result, [
        (0, 0.0, 1.0, 100, 0, 10, 10, 90),
        (1, 0.0, 1.0, 90, 0, 10, 10, 80),
        (2, 0.0, 1.0, 80, 0, 10, 10, 70),
        (3, 0.0, 1.0, 70, 0, 10, 10, 60),
    ])  # fmt: skip
    totals = result.totals
    assert totals.sold == pytest.approx(40)
    assert totals.sell_through == pytest.approx(40 / 100)
    assert totals.weeks_of_cover == pytest.approx(100 / 10)
    assert (totals.leftover_units, totals.leftover_cost) == pytest.approx((60, 60 * 40))
    assert (totals.revenue, totals.cost) == pytest.approx((40 * 100, 40 * 40))
    assert totals.gross_margin == pytest.approx(4000 - 1600)
    assert totals.margin_rate == pytest.approx(2400 / 4000)
    assert totals.first_stockout is None
    assert not totals.reaches(0.9)


@pytest.mark.parametrize("step_day", [14, 10], ids=["on_week_start", "mid_week_waits"])
def test_one_step_lifts_demand_from_the_week_it_takes_effect(step_day: int) -> None:
    # 50% off at elasticity 2: lift = 0.5 ** -2 = 4, so demand 10 → 40, sold at 50 each.
    ladder = (MarkdownStep(day(step_day), 0.5),)
    result = project(plan(on_hand=100, ladder=ladder), PRODUCT, [], START)
    assert_weeks(result, [
        (0, 0.0, 1.0, 100, 0, 10, 10, 90),
        (1, 0.0, 1.0, 90, 0, 10, 10, 80),
        (2, 0.5, 1.0, 80, 0, 40, 40, 40),
        (3, 0.5, 1.0, 40, 0, 40, 40, 0),
    ])  # fmt: skip
    totals = result.totals
    assert totals.sell_through == pytest.approx(1.0)
    assert totals.revenue == pytest.approx(20 * 100 + 80 * 50)
    assert totals.gross_margin == pytest.approx(6000 - 100 * 40)
    assert totals.leftover_units == 0


def test_sale_days_lift_their_week_by_the_covered_fraction() -> None:
    # Three days of uplift 3.0 in week 1: 1 + (3 − 1) × 3/7 = 13/7; demand 10 × 13/7 = 130/7.
    events = [sale(9, 11, 3.0)]
    result = project(plan(on_hand=100, season_end=day(20)), PRODUCT, events, START)
    assert_weeks(result, [
        (0, 0.0, 1.0, 100, 0, 10, 10, 90),
        (1, 0.0, 13 / 7, 90, 0, 130 / 7, 130 / 7, 500 / 7),
        (2, 0.0, 1.0, 500 / 7, 0, 10, 10, 430 / 7),
    ])  # fmt: skip


def test_overlapping_events_take_the_largest_uplift_per_day() -> None:
    # Week 0 is all inside the 2.0 sale; the 1.5 promo adds nothing there (max, not product),
    # and covers days 7–8 of week 1 alone: 1 + 0.5 × 2/7 = 8/7.
    events = [sale(0, 6, 2.0), sale(5, 8, 1.5), sale(30, 40, 9.0)]
    assert weekly_uplift(events, START, 3) == pytest.approx([2.0, 8 / 7, 1.0])


def test_moving_an_event_moves_the_weeks_it_lifts() -> None:
    event = sale(9, 11, 3.0)
    moved = replace(event, start=day(16), end=day(18))
    before = project(plan(on_hand=1000), PRODUCT, [event], START)
    after = project(plan(on_hand=1000), PRODUCT, [moved], START)
    assert [w.demand for w in before.weeks] == pytest.approx([10, 130 / 7, 10, 10])
    assert [w.demand for w in after.weeks] == pytest.approx([10, 10, 130 / 7, 10])


def test_arrivals_sell_in_the_week_they_land() -> None:
    # 5 overdue units land in week 0, 20 on day 10 in week 1; 50 after the season count nowhere.
    arrivals = (Arrival(day(-3), 5), Arrival(day(10), 20), Arrival(day(40), 50))
    result = project(plan(on_hand=15, arrivals=arrivals), PRODUCT, [], START)
    assert_weeks(result, [
        (0, 0.0, 1.0, 15, 5, 10, 10, 10),
        (1, 0.0, 1.0, 10, 20, 10, 10, 20),
        (2, 0.0, 1.0, 20, 0, 10, 10, 10),
        (3, 0.0, 1.0, 10, 0, 10, 10, 0),
    ])  # fmt: skip
    assert result.totals.arrivals == 25
    assert result.totals.sell_through == pytest.approx(40 / (15 + 25))
    assert result.totals.first_stockout is None


def test_stock_out_before_season_end_caps_sales() -> None:
    result = project(plan(on_hand=25), PRODUCT, [], START)
    assert_weeks(result, [
        (0, 0.0, 1.0, 25, 0, 10, 10, 15),
        (1, 0.0, 1.0, 15, 0, 10, 10, 5),
        (2, 0.0, 1.0, 5, 0, 10, 5, 0),
        (3, 0.0, 1.0, 0, 0, 10, 0, 0),
    ])  # fmt: skip
    assert result.totals.first_stockout == day(14)
    assert result.totals.sell_through == pytest.approx(1.0)
    assert result.totals.weeks_of_cover == pytest.approx(2.5)
    assert result.totals.revenue == pytest.approx(2500)


@pytest.mark.parametrize(
    ("season_end", "weeks"),
    [(None, 0), (day(-1), 0), (day(0), 1), (day(6), 1), (day(7), 2), (day(27), 4)],
)
def test_weeks_run_to_the_week_containing_the_season_end(
    season_end: date | None, weeks: int
) -> None:
    assert count_weeks(START, season_end) == weeks


@pytest.mark.parametrize("season_end", [None, day(-1)])
def test_no_season_left_keeps_all_stock(season_end: date | None) -> None:
    result = project(plan(on_hand=30, season_end=season_end), PRODUCT, [], START)
    assert result.weeks == ()
    totals = result.totals
    assert (totals.sold, totals.revenue, totals.gross_margin) == (0, 0, 0)
    assert (totals.leftover_units, totals.leftover_cost) == (30, 30 * 40)
    assert totals.sell_through == 0.0
    assert totals.weeks_of_cover is None
    assert totals.margin_rate is None


def test_zero_base_rate_sells_nothing_and_covers_forever() -> None:
    totals = project(plan(on_hand=30, base_weekly_sales=0.0), PRODUCT, [], START).totals
    assert totals.sold == 0
    assert totals.sell_through == 0.0
    assert totals.weeks_of_cover == math.inf


def test_no_stock_has_no_sell_through_and_no_cover() -> None:
    totals = project(plan(on_hand=0), PRODUCT, [], START).totals
    assert totals.sell_through is None
    assert totals.weeks_of_cover == 0.0
    assert totals.reaches(0.9)


def test_no_list_price_earns_nothing_but_still_costs() -> None:
    free = replace(PRODUCT, list_price=0.0)
    totals = project(plan(on_hand=100), free, [], START).totals
    assert totals.revenue == 0
    assert totals.gross_margin == pytest.approx(-40 * 40)
    assert totals.margin_rate is None


def test_a_full_discount_is_refused() -> None:
    with pytest.raises(ValueError, match="discount"):
        project(plan(ladder=(MarkdownStep(day(0), 1.0),)), PRODUCT, [], START)


def test_many_matches_one_by_one_with_different_season_ends() -> None:
    plans = [
        plan(on_hand=100, ladder=(MarkdownStep(day(7), 0.3), MarkdownStep(day(3), 0.1))),
        plan(on_hand=8, season_end=day(10), arrivals=(Arrival(day(20), 9),)),
        plan(on_hand=50, season_end=None),
        plan(on_hand=500, season_end=day(60), arrivals=(Arrival(day(30), 40),)),
    ]
    events = [sale(9, 11, 3.0)]
    batch = project_many([(p, PRODUCT) for p in plans], events, START)
    assert len(batch) == 4
    for item, one in enumerate(plans):
        alone = project(one, PRODUCT, events, START)
        together = batch.projection(item)
        assert len(together.weeks) == len(alone.weeks)
        for a, b in zip(together.weeks, alone.weeks, strict=True):
            assert same_week(a, b)
        assert together.totals.sold == pytest.approx(alone.totals.sold)
        assert together.totals.leftover_units == pytest.approx(alone.totals.leftover_units)


def test_nothing_to_project() -> None:
    assert len(project_many([], [], START)) == 0


ladders = st.lists(
    st.builds(
        MarkdownStep,
        st.integers(-14, 220).map(day),
        st.floats(0.0, 0.9, allow_nan=False),
    ),
    max_size=4,
).map(tuple)
stock_plans = st.builds(
    StockPlan,
    st.just("p"),
    on_hand=st.integers(0, 1000),
    base_weekly_sales=st.floats(0.0, 100.0, allow_nan=False),
    season_end=st.none() | st.integers(-10, 200).map(day),
    elasticity=st.floats(0.0, 4.0, allow_nan=False),
    arrivals=st.lists(
        st.builds(Arrival, st.integers(-14, 220).map(day), st.integers(0, 500)), max_size=3
    ).map(tuple),
    ladder=ladders,
)
event_lists = st.lists(
    st.builds(
        lambda first, length, uplift: sale(first, first + length, uplift),
        st.integers(-20, 200),
        st.integers(0, 20),
        st.floats(0.5, 5.0, allow_nan=False),
    ),
    max_size=4,
)
deterministic = settings(derandomize=True, database=None, deadline=None, max_examples=150)


@deterministic
@given(stock_plans, event_lists)
def test_stock_never_negative_and_sales_never_exceed_supply(
    stock: StockPlan, events: list[Event]
) -> None:
    result = project(stock, PRODUCT, events, START)
    for week in result.weeks:
        assert week.opening >= 0 and week.closing >= 0
        assert week.sold <= week.opening + week.arrivals
        assert week.closing == pytest.approx(week.opening + week.arrivals - week.sold)
    totals = result.totals
    assert totals.sold <= (totals.on_hand + totals.arrivals) * (1 + 1e-12)
    assert totals.leftover_units == pytest.approx(totals.on_hand + totals.arrivals - totals.sold)


@deterministic
@given(stock_plans, event_lists, st.floats(0.0, 0.5, allow_nan=False))
def test_deeper_discounts_never_lower_units_sold(
    stock: StockPlan, events: list[Event], deeper_by: float
) -> None:
    # Every week's discount grows: each step deepens, and a step before all of them
    # marks down the weeks that had none.
    deeper = (
        MarkdownStep(day(-100), deeper_by),
        *(replace(step, discount=min(step.discount + deeper_by, 0.95)) for step in stock.ladder),
    )
    before = project(stock, PRODUCT, events, START).totals.sold
    after = project(replace(stock, ladder=deeper), PRODUCT, events, START).totals.sold
    assert after >= before * (1 - 1e-12) - 1e-9
