"""The ladder search: the most profitable ladder that clears the season, or the best try."""

from __future__ import annotations

from dataclasses import astuple, replace
from datetime import date, timedelta
from itertools import product as cartesian

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecplanner.domain.clearance.ladder import MAX_CANDIDATES, candidate_count, suggest_ladder
from ecplanner.domain.clearance.projection import ProjectedWeek, Totals, project
from ecplanner.domain.model import Event, EventKind, MarkdownStep, Product, StockPlan

START = date(2025, 9, 1)
PRODUCT = Product("C-001", "coat", unit_cost=10.0, list_price=100.0)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def same_week(a: ProjectedWeek, b: ProjectedWeek) -> bool:
    return a.start == b.start and astuple(a)[1:] == pytest.approx(astuple(b)[1:])


# Four weeks, 10 a week at full price; markdowns allowed at the start of weeks 2 and 3.
PLAN = StockPlan(
    "p", on_hand=60, base_weekly_sales=10.0, season_end=day(27), target_sell_through=0.9
)
DATES = [day(14), day(21)]
DISCOUNTS = [0.2, 0.5]


def test_picks_the_highest_margin_ladder_that_reaches_the_target() -> None:
    # Lift at elasticity 2: 20% off → 1/0.64 = 15.625 a week; 50% off → 4 × 10 = 40 a week.
    # Weeks 0–1 sell 20 at 100 (revenue 2000); cost is 10 a unit sold. Target: 54 of 60.
    # (week 2, week 3) | sold in weeks 2, 3          | sell-through | revenue  | margin
    # (0, 0)           | 10, 10                      | 0.667        | 4000     | 3600
    # (0, .2)          | 10, 15.625                  | 0.760        | 4250     | 3793.75
    # (0, .5)          | 10, 30 (stock out)          | 1.0          | 4500     | 3900  ← best
    # (.2, .2)         | 15.625, 15.625              | 0.854        | 4500     | 3987.5
    # (.2, .5)         | 15.625, 24.375 (stock out)  | 1.0          | 4468.75  | 3868.75
    # (.5, .5)         | 40, 0 (stock out)           | 1.0          | 4000     | 3400
    suggestion = suggest_ladder(PLAN, PRODUCT, [], START, DATES, DISCOUNTS)
    assert suggestion is not None
    assert suggestion.candidates == 6
    assert suggestion.ladder == (MarkdownStep(day(21), 0.5),)
    assert suggestion.reaches_target
    totals = suggestion.projection.totals
    assert (totals.sell_through, totals.revenue) == pytest.approx((1.0, 4500))
    assert totals.gross_margin == pytest.approx(3900)
    # Against the current ladder (none): 4000 revenue, 3600 margin, 20 left over.
    assert suggestion.revenue_delta == pytest.approx(500)
    assert suggestion.margin_delta == pytest.approx(300)
    assert suggestion.leftover_delta == pytest.approx(-20)


def test_returns_the_best_effort_when_no_ladder_reaches_the_target() -> None:
    # 200 units: the deepest ladder (.5, .5) sells 20 + 40 + 40 = 100, half the stock.
    stocked = replace(PLAN, on_hand=200, target_sell_through=0.9)
    suggestion = suggest_ladder(stocked, PRODUCT, [], START, DATES, DISCOUNTS)
    assert suggestion is not None
    assert not suggestion.reaches_target
    assert suggestion.ladder == (MarkdownStep(day(14), 0.5),)
    assert suggestion.projection.totals.sell_through == pytest.approx(0.5)


def test_no_markdown_when_full_price_clears_the_stock() -> None:
    # A change date after the season end changes nothing; ties keep the shallower ladder.
    cleared = replace(PLAN, on_hand=40)
    suggestion = suggest_ladder(cleared, PRODUCT, [], START, [day(14), day(100)], DISCOUNTS)
    assert suggestion is not None
    assert suggestion.ladder == ()
    assert suggestion.margin_delta == 0


def test_markdowns_already_taken_are_kept_and_never_undone() -> None:
    taken = MarkdownStep(day(-7), 0.2)
    marked = replace(PLAN, ladder=(taken, MarkdownStep(day(14), 0.3)))
    suggestion = suggest_ladder(marked, PRODUCT, [], START, DATES, [0.1, 0.3, 0.5])
    assert suggestion is not None
    # Levels 0.2 (in effect), 0.3 and 0.5 over two dates: C(2 + 3 − 1, 2) = 6; 0.1 is dropped.
    assert suggestion.candidates == 6
    assert suggestion.ladder[0] == taken
    assert all(week.discount >= 0.2 for week in suggestion.projection.weeks)
    assert suggestion.current == project(marked, PRODUCT, [], START)


def test_the_suggested_projection_is_the_projection_of_the_suggested_ladder() -> None:
    events = [Event("sale", EventKind.MAJOR_SALE, day(15), day(17), uplift=2.5)]
    stocked = replace(PLAN, on_hand=150, season_end=day(80))
    dates = [day(7 * k + 3) for k in range(1, 7)]
    suggestion = suggest_ladder(stocked, PRODUCT, events, START, dates, [0.1, 0.2, 0.3, 0.5])
    assert suggestion is not None
    again = project(replace(stocked, ladder=suggestion.ladder), PRODUCT, events, START)
    for a, b in zip(suggestion.projection.weeks, again.weeks, strict=True):
        assert same_week(a, b)
    assert suggestion.projection.totals.gross_margin == pytest.approx(again.totals.gross_margin)


@pytest.mark.parametrize(("n_dates", "n_levels"), [(1, 1), (2, 3), (3, 4), (4, 2)])
def test_candidate_count_is_the_number_of_non_decreasing_sequences(
    n_dates: int, n_levels: int
) -> None:
    sequences = [s for s in cartesian(range(n_levels), repeat=n_dates) if list(s) == sorted(s)]
    assert candidate_count(n_dates, n_levels) == len(sequences)


def test_the_bound_admits_six_dates_by_six_discounts_and_refuses_more() -> None:
    discounts = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]
    six = [day(7 * k) for k in range(1, 7)]
    suggestion = suggest_ladder(PLAN, PRODUCT, [], START, six, discounts)
    assert suggestion is not None
    assert suggestion.candidates == candidate_count(6, 7) == 924
    nine = [day(7 * k) for k in range(1, 10)]
    assert candidate_count(9, 7) > MAX_CANDIDATES
    with pytest.raises(ValueError, match="exceed"):
        suggest_ladder(PLAN, PRODUCT, [], START, nine, discounts)


@pytest.mark.parametrize(
    ("change_dates", "discounts"),
    [([day(-1)], [0.2]), ([day(7)], [1.0]), ([day(7)], [-0.1])],
    ids=["date_in_the_past", "full_discount", "negative_discount"],
)
def test_bad_choices_are_refused(change_dates: list[date], discounts: list[float]) -> None:
    with pytest.raises(ValueError):
        suggest_ladder(PLAN, PRODUCT, [], START, change_dates, discounts)


@pytest.mark.parametrize(
    ("stock", "change_dates", "discounts"),
    [
        (replace(PLAN, season_end=None), DATES, DISCOUNTS),
        (replace(PLAN, season_end=day(-1)), DATES, DISCOUNTS),
        (PLAN, [], DISCOUNTS),
        (replace(PLAN, ladder=(MarkdownStep(day(-7), 0.5),)), DATES, DISCOUNTS),
    ],
    ids=["no_season_end", "season_over", "no_dates", "nothing_deeper"],
)
def test_nothing_to_choose_gives_none(
    stock: StockPlan, change_dates: list[date], discounts: list[float]
) -> None:
    assert suggest_ladder(stock, PRODUCT, [], START, change_dates, discounts) is None


def brute_force(stock: StockPlan, dates: list[date], levels: list[float]) -> Totals:
    """Project every non-decreasing ladder one by one and apply the rule directly."""
    results = []
    for choice in cartesian(levels, repeat=len(dates)):
        if list(choice) == sorted(choice):
            steps = tuple(MarkdownStep(d, v) for d, v in zip(dates, choice, strict=True))
            results.append(project(replace(stock, ladder=steps), PRODUCT, [], START).totals)
    reaching = [t for t in results if t.reaches(stock.target_sell_through)]
    if reaching:
        return max(reaching, key=lambda t: t.gross_margin)
    return max(results, key=lambda t: (t.sell_through or 0.0, t.gross_margin))


@settings(derandomize=True, database=None, deadline=None, max_examples=40)
@given(
    on_hand=st.integers(0, 400),
    base=st.floats(0.0, 50.0, allow_nan=False),
    weeks=st.integers(1, 12),
    target=st.floats(0.0, 1.0, allow_nan=False),
    date_offsets=st.lists(st.integers(0, 90), min_size=1, max_size=3, unique=True),
    discounts=st.lists(st.sampled_from([0.1, 0.2, 0.3, 0.5, 0.7]), max_size=3, unique=True),
)
def test_the_search_agrees_with_projecting_every_ladder(
    on_hand: int,
    base: float,
    weeks: int,
    target: float,
    date_offsets: list[int],
    discounts: list[float],
) -> None:
    stock = StockPlan(
        "p",
        on_hand=on_hand,
        base_weekly_sales=base,
        season_end=day(7 * weeks - 1),
        target_sell_through=target,
    )
    dates = sorted(day(offset) for offset in date_offsets)
    suggestion = suggest_ladder(stock, PRODUCT, [], START, dates, discounts)
    if not discounts:
        assert suggestion is None
        return
    assert suggestion is not None
    expected = brute_force(stock, dates, sorted({0.0, *discounts}))
    got = suggestion.projection.totals
    assert suggestion.reaches_target == expected.reaches(target)
    assert got.gross_margin == pytest.approx(expected.gross_margin, rel=1e-9, abs=1e-6)
    assert (got.sell_through or 0.0) == pytest.approx(expected.sell_through or 0.0, abs=1e-9)
