"""LMDI variance attribution: one case by hand, the zero rules, and the exact-sum property."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecplanner.domain.model import DailyActual
from ecplanner.domain.review.actual_days import changed_days, count_days, merged
from ecplanner.domain.review.rollup import Totals
from ecplanner.domain.review.variance import Rule, attribute, log_mean


def test_one_month_by_hand() -> None:
    # Plan: 10,000 visitors × 5% × ¥200 = ¥100,000. Actual: 8,000 × 6% × ¥190 = ¥91,200.
    plan = Totals(days=30, gmv=100_000.0, uv=10_000.0, buyers=500.0)
    actual = Totals(days=30, gmv=91_200.0, uv=8_000.0, buyers=480.0)
    effects = attribute(plan, actual)
    # L = (91,200 − 100,000) ÷ ln(0.912) = 95,532.458; × ln 0.8, ln 1.2, ln 0.95:
    assert effects.rule is Rule.LMDI
    assert effects.gap == pytest.approx(-8_800.0)
    assert effects.traffic == pytest.approx(-21_317.452, abs=1e-3)
    assert effects.conversion == pytest.approx(17_417.627, abs=1e-3)
    assert effects.order_value == pytest.approx(-4_900.175, abs=1e-3)


def test_log_mean() -> None:
    assert log_mean(5.0, 5.0) == 5.0
    assert log_mean(100.0, 100.0 * (1 + 1e-15)) == pytest.approx(100.0)
    assert log_mean(2.0, 1.0) == pytest.approx(1 / 0.6931471805599453)


PLAN = Totals(days=7, gmv=70_000.0, uv=7_000.0, buyers=350.0)


@pytest.mark.parametrize(("actual", "split"), [
    (Totals(7, 0.0, 0.0, 0.0), (-70_000.0, 0.0, 0.0)),  # no visitors: traffic
    (Totals(7, 0.0, 5_000.0, 0.0), (0.0, -70_000.0, 0.0)),  # visitors, no buyers
    (Totals(7, 0.0, 5_000.0, 20.0), (0.0, 0.0, -70_000.0)),  # buyers paid nothing
])
def test_no_sales_goes_to_the_first_factor_that_is_zero(
        actual: Totals, split: tuple[float, float, float]) -> None:
    effects = attribute(PLAN, actual)
    assert effects.rule is Rule.NO_SALES
    assert (effects.traffic, effects.conversion, effects.order_value) == split
    assert effects.gap == -70_000.0


def test_what_cannot_be_split_is_not() -> None:
    no_plan = attribute(Totals(7, 0.0, 0.0, 0.0), Totals(7, 5_000.0, 100.0, 5.0))
    assert (no_plan.rule, no_plan.gap, no_plan.traffic) == (Rule.NO_PLAN, 5_000.0, None)
    no_uv = attribute(PLAN, Totals(7, 60_000.0, 0.0, 300.0))  # the export had no visitors
    assert (no_uv.rule, no_uv.conversion) == (Rule.MISSING_FIGURES, None)
    no_buyers = attribute(PLAN, Totals(7, 60_000.0, 6_000.0, 0.0))
    assert no_buyers.rule is Rule.MISSING_FIGURES


_uv = st.floats(1.0, 1e8)
_cvr = st.floats(1e-4, 1.0)
_aov = st.floats(0.01, 1e5)


@given(_uv, _cvr, _aov, _uv, _cvr, _aov)
def test_the_three_effects_add_up_to_the_gap(uv_p: float, cvr_p: float, aov_p: float,
                                             uv_a: float, cvr_a: float, aov_a: float) -> None:
    plan = Totals(1, uv_p * cvr_p * aov_p, uv_p, uv_p * cvr_p)
    actual = Totals(1, uv_a * cvr_a * aov_a, uv_a, uv_a * cvr_a)
    effects = attribute(plan, actual)
    assert effects.traffic is not None and effects.conversion is not None
    assert effects.order_value is not None
    total = effects.traffic + effects.conversion + effects.order_value
    assert total == pytest.approx(actual.gmv - plan.gmv,
                                  abs=1e-9 * max(actual.gmv, plan.gmv), rel=1e-9)
    # each effect has the sign of its factor's change
    assert (effects.traffic > 0) == (uv_a > uv_p) or effects.traffic == pytest.approx(0)


def test_importing_days_replaces_and_counts() -> None:
    stored = {d.day: d for d in (DailyActual(date(2027, 6, 1), gmv=100.0),
                                 DailyActual(date(2027, 6, 2), gmv=200.0))}
    first = [DailyActual(date(2027, 6, 1), gmv=100.0), DailyActual(date(2027, 6, 2), gmv=250.0)]
    second = [DailyActual(date(2027, 6, 2), gmv=260.0), DailyActual(date(2027, 6, 3), gmv=300.0)]
    days = merged([first, second])
    assert [d.gmv for d in days] == [100.0, 260.0, 300.0]  # the later file wins the 2nd
    counts = count_days(days, stored)
    assert (counts.new, counts.replaced, counts.unchanged) == (1, 1, 1)
    assert [d.day.day for d in changed_days(days, stored)] == [2, 3]
