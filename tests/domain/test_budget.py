"""The input-output sheet, target decomposition, solve-for helpers and the plan review."""

from __future__ import annotations

import math
from dataclasses import fields, replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecplanner.domain.budget.review import review
from ecplanner.domain.budget.sheet import ROW_SPECS, MonthFigures, RowKind, compute_sheet
from ecplanner.domain.budget.solve import (
    search_spend_for,
    solve_channel_spend,
    solve_search_spend,
    solve_uv,
)
from ecplanner.domain.budget.uplift import (
    DEFAULT_SEASONALITY,
    default_months,
    event_uplift_by_month,
    weights_from_actuals,
)
from ecplanner.domain.model import BudgetMonth, DailyActual, Event, EventKind, PlanInfo

INFO = PlanInfo(store_name="Test store", year=2026, annual_target=7_200_000)

# June uses every channel, refunds, commission and fixed costs.
JUNE = BudgetMonth(
    month=6, uv=100_000, cvr=0.03, aov=200, spend_search=20_000, spend_display=10_000,
    affiliate_rate=0.2, affiliate_share=0.1, spend_live=5_000, spend_offsite=2_000,
    spend_other=1_000, cogs_rate=0.4, shipping_per_order=8, commission_rate=0.05,
    payment_fee_rate=0.006, refund_rate=0.1, fixed_costs=30_000, cpc=1.5,
)

# Worked by hand: each line is the formula with June's numbers.
JUNE_EXPECTED = {
    "target": 600_000,  # 7,200,000 × 1/12
    "planned_uv": 100_000,  # no events: uplift 1
    "orders": 3_000,  # 100,000 × 3%
    "gmv": 600_000,  # 3,000 × 200
    "gap": 0,
    "spend_affiliate": 12_000,  # 20% × 10% × 600,000
    "spend_total": 50_000,  # 20,000 + 10,000 + 12,000 + 5,000 + 2,000 + 1,000
    "spend_pct_gmv": 50_000 / 600_000,
    "refunds": 60_000,  # 10% × 600,000
    "net_sales": 540_000,  # 600,000 − 60,000
    "cogs": 216_000,  # 40% × 540,000 (on net sales)
    "shipping": 24_000,  # 8 × 3,000
    "commission": 27_000,  # 5% × 540,000 (on net sales)
    "payment_fees": 3_600,  # 0.6% × 600,000 (on GMV)
    "gross_profit": 269_400,  # 540,000 − 216,000 − 24,000 − 27,000 − 3,600
    "gross_margin": 269_400 / 540_000,
    "net_profit": 189_400,  # 269,400 − 50,000 − 30,000
    "net_margin": 189_400 / 540_000,
    "roi": 12.0,  # 600,000 ÷ 50,000
    "break_even_roi": 600_000 / 269_400,  # 1 ÷ (269,400 ÷ 600,000) ≈ 2.227
}


def months_with(*changed: BudgetMonth) -> list[BudgetMonth]:
    by_month = {b.month: b for b in changed}
    return [by_month.get(m, BudgetMonth(month=m, uv=0)) for m in range(1, 13)]


def sale(start: date, end: date, uplift: float) -> Event:
    return Event(title="618", kind=EventKind.MAJOR_SALE, start=start, end=end, uplift=uplift)


def test_one_month_matches_the_hand_computed_table() -> None:
    sheet = compute_sheet(INFO, months_with(JUNE), [])
    june = sheet.months[5]
    for key, expected in JUNE_EXPECTED.items():
        assert getattr(june, key) == pytest.approx(expected), key
    assert june.clears_break_even
    assert sheet.row("clears_break_even").months[5] == 1.0


def test_total_sums_amounts_and_recomputes_ratios() -> None:
    july = BudgetMonth(month=7, uv=50_000, cvr=0.02, aov=300, spend_search=30_000)
    total = compute_sheet(INFO, months_with(JUNE, july), []).total
    assert total.orders == pytest.approx(4_000)  # 3,000 + 1,000
    assert total.gmv == pytest.approx(900_000)  # 600,000 + 300,000
    assert total.cvr == pytest.approx(4_000 / 150_000)  # not the mean of 3% and 2%
    assert total.aov == pytest.approx(225)  # 900,000 ÷ 4,000, not the mean 250
    assert total.roi == pytest.approx(900_000 / 80_000)  # not the mean of 12 and 10
    assert total.target == pytest.approx(7_200_000)
    assert total.cpc is None


def test_roi_is_none_without_spend_and_break_even_none_without_profit() -> None:
    no_spend = BudgetMonth(month=1, uv=1_000, cvr=0.05, aov=100)
    loss = BudgetMonth(month=2, uv=1_000, cvr=0.05, aov=10, cogs_rate=1.0, spend_search=100)
    jan, feb = compute_sheet(INFO, months_with(no_spend, loss), []).months[:2]
    assert jan.roi is None and jan.clears_break_even
    assert feb.gross_profit < 0 and feb.break_even_roi is None
    assert not feb.clears_break_even


money = st.floats(min_value=0, max_value=1e6, allow_nan=False)
rate = st.floats(min_value=0, max_value=1, allow_nan=False)


@given(uv=money, cvr=rate, aov=money, search=money, cogs=rate, refund=rate)
def test_roi_clears_break_even_exactly_when_gross_profit_covers_spend(
    uv: float, cvr: float, aov: float, search: float, cogs: float, refund: float
) -> None:
    b = BudgetMonth(month=3, uv=uv, cvr=cvr, aov=aov, spend_search=search, cogs_rate=cogs,
                    refund_rate=refund)
    f = compute_sheet(INFO, months_with(b), []).months[2]
    assert f.clears_break_even == (f.spend_total <= f.gross_profit)
    # GMV ÷ spend ≥ GMV ÷ gross profit ⇔ spend ≤ gross profit; float ties are excluded.
    roi, break_even = f.roi, f.break_even_roi
    tie = math.isclose(f.spend_total, f.gross_profit)
    if roi is not None and break_even is not None and not tie:
        assert f.clears_break_even == (roi >= break_even)


def test_moving_an_event_shifts_uv_between_months() -> None:
    base = [replace(b, uv=100_000) for b in default_months()]
    event = sale(date(2026, 6, 1), date(2026, 6, 18), 2.0)
    in_june = compute_sheet(INFO, base, [event])
    in_july = compute_sheet(INFO, base, [event.shifted(30)])  # 1–18 July
    assert in_june.months[5].planned_uv == pytest.approx(160_000)  # 1 + 1 × 18/30
    assert in_june.months[6].planned_uv == pytest.approx(100_000)
    assert in_july.months[5].planned_uv == pytest.approx(100_000)
    assert in_july.months[6].planned_uv == pytest.approx(100_000 * (1 + 18 / 31))


def test_uplift_splits_an_event_across_months_and_ignores_other_years() -> None:
    events = [
        sale(date(2026, 5, 20), date(2026, 6, 18), 3.0),  # 12 May days, 18 June days
        sale(date(2026, 12, 25), date(2027, 1, 5), 1.5),  # 7 days in this year
        sale(date(2026, 6, 1), date(2026, 6, 3), 0.5),  # lowers traffic
    ]
    uplift = event_uplift_by_month(events, 2026)
    assert uplift[4] == pytest.approx(1 + 2 * 12 / 31)
    assert uplift[5] == pytest.approx(1 + 2 * 18 / 30 - 0.5 * 3 / 30)
    assert uplift[11] == pytest.approx(1 + 0.5 * 7 / 31)
    assert uplift[0] == 1.0
    assert event_uplift_by_month([sale(date(2026, 2, 1), date(2026, 2, 28), 0.0)] * 2, 2026)[1] == 0


def test_default_seasonality_has_the_apparel_shape() -> None:
    assert len(DEFAULT_SEASONALITY) == 12
    assert math.fsum(DEFAULT_SEASONALITY) == pytest.approx(1.0)
    ranked = sorted(range(12), key=lambda i: DEFAULT_SEASONALITY[i], reverse=True)
    assert ranked[0] == 10  # November
    assert 5 in ranked[:3]  # June
    assert ranked[-1] == 1  # February


def daily(day: date, gmv: float) -> DailyActual:
    return DailyActual(day=day, uv=1_000, buyers=20, orders=22, gmv=gmv, spend=gmv / 5)


def year_of_days(year: int) -> list[date]:
    return [date(year, 1, 1) + timedelta(days=i) for i in range(365)]


def test_weights_from_actuals_extrapolates_partial_months_and_needs_every_month() -> None:
    days = [d for d in year_of_days(2025) if not (d.month == 1 and d.day < 16)]
    weights = weights_from_actuals([daily(d, 100.0) for d in days], 2025)
    assert weights is not None
    assert weights[0] == pytest.approx(31 / 365)  # 16 days at 100 a day, counted as 31
    assert weights_from_actuals([daily(d, 100.0) for d in days if d.month != 8], 2025) is None
    assert weights_from_actuals([daily(d, 100.0) for d in days], 2024) is None


def test_solve_uv_meets_each_target_after_uplift() -> None:
    months = [*default_months()[:11], BudgetMonth(month=12, cvr=0.0)]
    events = [sale(date(2026, 6, 1), date(2026, 6, 18), 2.0)]
    solved = solve_uv(INFO, months, events)
    sheet = compute_sheet(INFO, solved, events)
    for figures in sheet.months[:11]:
        assert figures.gmv == pytest.approx(figures.target)
    assert solved[5].uv == pytest.approx(sheet.months[5].target / (0.03 * 200 * 1.6))
    assert solved[11] == months[11]  # CVR 0: cannot be solved, left as it was


def test_solve_search_spend_prices_clicks_on_planned_uv() -> None:
    months = [replace(b, uv=10_000, cpc=2.0 if b.month != 3 else 0.0,
                      spend_search=999.0) for b in default_months()]
    events = [sale(date(2026, 6, 1), date(2026, 6, 30), 1.5)]
    solved = solve_search_spend(INFO, months, events, search_share=0.1)
    assert solved[0].spend_search == pytest.approx(10_000 * 0.1 * 2.0)
    assert solved[5].spend_search == pytest.approx(search_spend_for(15_000, 2.0, 0.1))
    assert solved[2].spend_search == 999.0  # no CPC: the typed spend stays


def test_solve_channel_spend_buys_its_share_of_gmv_at_its_roi() -> None:
    # A flat month: UV 10,000 × CVR 3% × AOV ¥200 = ¥60,000 GMV (no events in January);
    # live commerce at ROI 3 bringing 20% of it costs 60,000 × 0.2 ÷ 3 = ¥4,000.
    months = [replace(b, uv=10_000, cvr=0.03, aov=200.0, roi_live=3.0 if b.month != 4 else 0.0,
                      spend_live=777.0, roi_search=2.0) for b in default_months()]
    solved = solve_channel_spend(INFO, months, [], "live", 0.2)
    assert solved[0].spend_live == pytest.approx(4_000.0)
    assert solved[3].spend_live == 777.0  # no expected ROI: the typed spend stays
    assert [b.spend_search for b in solved] == [b.spend_search for b in months]  # only live
    sheet = compute_sheet(INFO, solved, [])
    assert sheet.months[0].gmv_live == pytest.approx(0.2 * sheet.months[0].gmv)
    with pytest.raises(ValueError):
        solve_channel_spend(INFO, months, [], "affiliate", 0.2)


def test_compute_sheet_refuses_an_incomplete_year() -> None:
    with pytest.raises(ValueError):
        compute_sheet(INFO, months_with(JUNE)[:11], [])


def test_rows_have_stable_keys_that_name_inputs_and_figures() -> None:
    sheet = compute_sheet(INFO, months_with(JUNE), [])
    rows = sheet.rows
    assert [r.key for r in rows] == [s.key for s in ROW_SPECS]
    assert len({r.key for r in rows}) == len(rows)
    budget_fields = {f.name for f in fields(BudgetMonth)}
    figure_fields = {f.name for f in fields(MonthFigures)}
    for spec in ROW_SPECS:
        if spec.kind is RowKind.INPUT and spec.key != "annual_target":
            assert spec.key in budget_fields, spec.key
        assert spec.key in figure_fields or spec.key == "annual_target", spec.key
    target = sheet.row("annual_target")
    assert target.total == 7_200_000 and set(target.months) == {None}
    assert sheet.row("gmv").months[5] == pytest.approx(600_000)
    assert len(sheet.row("gmv").months) == 12
    with pytest.raises(KeyError):
        sheet.row("nope")


def test_review_compares_months_and_prorates_the_year_to_date() -> None:
    sheet = compute_sheet(INFO, months_with(JUNE), [])
    actuals = [daily(date(2026, 6, d), 10_000.0) for d in range(1, 31)]
    actuals.append(DailyActual(day=date(2025, 6, 1), gmv=1e9))  # another year: ignored
    result = review(sheet, actuals, as_of=date(2026, 6, 15))
    june = result.months[5]
    assert june.days_with_data == 30
    assert june.actual_gmv == pytest.approx(300_000)
    assert june.actual_cvr == pytest.approx(20 / 1_000)  # buyers ÷ UV
    assert june.actual_aov == pytest.approx(10_000 / 20)  # GMV ÷ buyers
    assert june.actual_roi == pytest.approx(5.0)
    assert june.completion_vs_target == pytest.approx(0.5)
    assert june.completion_vs_plan == pytest.approx(0.5)
    assert result.months[0].days_with_data == 0 and result.months[0].actual_cvr is None
    ytd = result.year_to_date
    assert ytd.target == pytest.approx(600_000 * 5 + 600_000 * 15 / 30)  # Jan–May + half June
    assert ytd.planned_gmv == pytest.approx(300_000)  # only June has planned sales
    assert ytd.actual_gmv == pytest.approx(150_000)  # 1–15 June
    assert ytd.planned_roi == pytest.approx(12.0)
    assert result.total.actual_gmv == pytest.approx(300_000)


def test_review_falls_back_to_orders_when_buyers_are_missing() -> None:
    sheet = compute_sheet(INFO, months_with(JUNE), [])
    actual = DailyActual(day=date(2026, 6, 1), uv=1_000, orders=40, gmv=8_000)
    june = review(sheet, [actual], as_of=date(2026, 12, 31)).months[5]
    assert june.actual_cvr == pytest.approx(0.04)
    assert june.actual_aov == pytest.approx(200)


def test_cogs_rates_from_the_product_mix() -> None:
    from datetime import date as _date

    from ecplanner.domain.budget.solve import cogs_rates_from_products, solve_cogs_rate
    from ecplanner.domain.budget.uplift import default_months
    from ecplanner.domain.model import Product

    dress = Product("A", "dress", unit_cost=30, list_price=100, first_order_qty=300,
                    launch=_date(2027, 3, 1), delist=_date(2027, 5, 31))
    coat = Product("B", "coat", unit_cost=100, list_price=200, first_order_qty=100,
                   launch=_date(2027, 5, 10))
    rates = cogs_rates_from_products([dress, coat], 2027)
    assert rates[1] is None  # nothing on sale in February
    assert rates[2] == pytest.approx(0.30)
    # May: (30×300 + 100×100) ÷ (100×300 + 200×100) = 19,000 ÷ 50,000
    assert rates[4] == pytest.approx(0.38)
    assert rates[6] == pytest.approx(0.50)
    solved = solve_cogs_rate(default_months(), [dress, coat], 2027)
    assert solved[1].cogs_rate == default_months()[1].cogs_rate
    assert solved[4].cogs_rate == pytest.approx(0.38)
