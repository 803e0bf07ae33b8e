"""The daily plan, plan to date, periods and roll-ups, on small tables written here."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.uplift import default_months
from ecplanner.domain.model import BudgetMonth, DailyActual, Event, EventKind, PlanInfo
from ecplanner.domain.review.daily_plan import (
    FLAT_WEEK,
    DayPlan,
    daily_plan,
    plan_to_date,
    weekday_pattern,
)
from ecplanner.domain.review.periods import Period, PeriodKind, month, parse_period, week
from ecplanner.domain.review.rollup import Totals, actual_totals, plan_totals

INFO = PlanInfo(store_name="店", year=2027, platforms=("tmall",), annual_target=1_200_000)
# June: base 30,000 visitors at 5% and ¥200; 618 (tmall, ×3) on the 16th–18th.
MONTHS = tuple(BudgetMonth(month=m, weight=1.0, uv=30_000 if m == 6 else 0.0, cvr=0.05,
                           aov=200.0) for m in range(1, 13))
SALE = Event("618", EventKind.MAJOR_SALE, date(2027, 6, 16), date(2027, 6, 18),
             platform="tmall", uplift=3.0)
JD_SALE = Event("京东618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 3),
                platform="jd", uplift=5.0)  # the store does not sell on JD: no lift


def _june() -> list[DayPlan]:
    sheet = compute_sheet(INFO, MONTHS, [SALE, JD_SALE])
    return [d for d in daily_plan(sheet, [SALE, JD_SALE], INFO.platforms)
            if d.day.month == 6]


def test_a_month_is_spread_by_its_events_as_the_budget_counts_them() -> None:
    june = _june()
    # The budget: 30,000 × (1 + 2 × 3/30) = 36,000 visitors → ¥360,000. By day: 27 plain
    # days weigh 1 and three sale days 3 (36 in all): ¥10,000 a plain day, ¥30,000 a sale day.
    assert len(june) == 30
    assert june[0].gmv == pytest.approx(10_000)
    assert june[15].gmv == pytest.approx(30_000)  # the 16th
    assert june[15].uv == pytest.approx(3_000)
    assert june[15].buyers == pytest.approx(150)
    assert june[18].gmv == pytest.approx(10_000)  # the 19th: the sale is over
    assert math.isclose(math.fsum(d.gmv for d in june), 360_000, rel_tol=1e-12)
    assert math.isclose(math.fsum(d.target for d in june), 100_000, rel_tol=1e-12)


def test_every_month_sums_to_the_sheet() -> None:
    months = tuple(BudgetMonth(month=b.month, weight=b.weight, uv=10_000 + 999 * b.month)
                   for b in default_months())
    sheet = compute_sheet(INFO, months, [SALE])
    plan = daily_plan(sheet, [SALE], INFO.platforms, (0.9, 0.8, 0.8, 0.9, 1.0, 1.3, 1.3))
    assert len(plan) == 365
    for figures in sheet.months:
        days = [d for d in plan if d.day.month == figures.month]
        assert math.isclose(math.fsum(d.gmv for d in days), figures.gmv, rel_tol=1e-12)
        assert math.isclose(math.fsum(d.uv for d in days), figures.planned_uv, rel_tol=1e-12)


def test_plan_to_date() -> None:
    june = _june()
    assert plan_to_date(june, date(2027, 6, 1), date(2027, 6, 12)) == pytest.approx(120_000)
    assert plan_to_date(june, date(2027, 6, 1), date(2027, 6, 17)) == pytest.approx(210_000)


def _weeks_of(gmv_by_weekday: list[float], weeks: int, start: date) -> list[DailyActual]:
    return [DailyActual(start + timedelta(days=n), gmv=gmv_by_weekday[n % 7])
            for n in range(7 * weeks)]


def test_weekday_pattern_from_last_year() -> None:
    monday = date(2026, 3, 2)
    days = _weeks_of([100, 100, 100, 100, 100, 200, 200], 4, monday)
    days.append(DailyActual(date(2026, 3, 30), gmv=90_000))  # a sale day: a 5th Monday
    pattern = weekday_pattern(days, 2026)
    # medians 100 ×5, 200 ×2; their mean is 900/7
    assert pattern[0] == pytest.approx(100 * 7 / 900)
    assert pattern[6] == pytest.approx(200 * 7 / 900)
    assert weekday_pattern(days, 2027) == FLAT_WEEK  # no days that year
    assert weekday_pattern(days[:20], 2026) == FLAT_WEEK  # fewer than 4 of a weekday


def test_a_weekday_pattern_moves_money_to_the_weekend_within_the_month() -> None:
    sheet = compute_sheet(INFO, MONTHS, [])
    pattern = (1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0)
    june = [d for d in daily_plan(sheet, [], INFO.platforms, pattern) if d.day.month == 6]
    # June 2027: 22 weekdays and 8 weekend days → 38 weights; ¥300,000 planned
    assert june[4].gmv == pytest.approx(300_000 / 38 * 2)  # Saturday the 5th
    assert june[6].gmv == pytest.approx(300_000 / 38)  # Monday the 7th


def test_periods() -> None:
    w = parse_period("2027-W23", PeriodKind.WEEK)
    assert (w.start, w.end) == (date(2027, 6, 7), date(2027, 6, 13))
    assert w.following().code == "2027-W24"
    assert week(2026, 53).following().code == "2027-W01"
    m = parse_period("2027-06", PeriodKind.MONTH)
    assert (m.start, m.end, m.length) == (date(2027, 6, 1), date(2027, 6, 30), 30)
    assert month(2027, 12).following() == month(2028, 1)
    for bad, kind in (("2027-W54", PeriodKind.WEEK), ("2027-13", PeriodKind.MONTH),
                      ("June", PeriodKind.MONTH), ("2027-06", PeriodKind.WEEK)):
        with pytest.raises(ValueError):
            parse_period(bad, kind)


def test_rollups_of_a_week_and_a_month() -> None:
    table = [  # day, UV, buyers, orders, GMV
        DailyActual(date(2027, 5, 30), uv=1000, buyers=50, orders=55, gmv=10_000.0),
        DailyActual(date(2027, 5, 31), uv=2000, buyers=60, orders=66, gmv=12_000.0),
        DailyActual(date(2027, 6, 1), uv=3000, buyers=0, orders=90, gmv=27_000.0),
        DailyActual(date(2027, 6, 7), uv=4000, buyers=100, orders=120, gmv=30_000.0),
    ]

    def within(period: Period) -> Totals:
        return actual_totals(a for a in table if period.start <= a.day <= period.end)

    w22 = within(week(2027, 22))  # 31 May – 6 June
    # Buyers missing on 1 June: its orders (90) stand in.
    assert (w22.days, w22.gmv, w22.uv, w22.buyers) == (2, 39_000.0, 5000.0, 150.0)
    assert w22.cvr == pytest.approx(150 / 5000)
    assert w22.aov == pytest.approx(39_000 / 150)
    june = within(month(2027, 6))
    assert (june.days, june.gmv, june.uv, june.buyers) == (2, 57_000.0, 7000.0, 190.0)
    assert within(month(2027, 5)).gmv == 22_000.0
    plan = plan_totals(_june()[:7])  # the first week of the daily plan above
    assert (plan.gmv, plan.uv, plan.buyers) == pytest.approx((70_000, 7_000, 350))
    assert plan.cvr == pytest.approx(0.05) and plan.aov == pytest.approx(200)
    empty = actual_totals([])
    assert (empty.cvr, empty.aov) == (None, None)
