"""The input-output sheet as finance reads it: buyers and orders, refunds as they happen
(cancelled before dispatch, 仅退款, returned, written down), 淘宝客 commission on confirmed
amounts with 阿里妈妈's service fee, and profit before and after VAT. Each month is worked
out by hand below, line by line."""

from __future__ import annotations

import pytest

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.uplift import default_months
from ecplanner.domain.model import BudgetMonth, PlanInfo

TMALL = PlanInfo(store_name="女装旗舰店", year=2027, annual_target=7_200_000)
RAKUTEN = PlanInfo(store_name="楽天店", year=2027, markets=("jp",), platforms=("rakuten",),
                   currency="JPY", locale="ja_JP", annual_target=120_000_000)

TMALL_JUNE = BudgetMonth(
    month=6, uv=100_000, cvr=0.03, aov=200, orders_per_buyer=1.05,
    spend_search=20_000, spend_display=10_000, affiliate_rate=0.2, affiliate_share=0.1,
    affiliate_refund_rate=0.3, affiliate_service_rate=0.1, spend_live=5_000,
    spend_offsite=2_000, spend_other=1_000, cogs_rate=0.4, shipping_per_order=8,
    commission_rate=0.05, payment_fee_rate=0.006, refund_rate=0.4,
    refund_unshipped_share=0.25, refund_only_share=0.1, write_down_share=0.2,
    return_cost=6, fixed_costs=30_000, vat_rate=0.13,
    roi_search=3.0, roi_display=2.0, roi_live=4.0, roi_offsite=1.5,
)

TMALL_EXPECTED = {
    "buyers": 3_000,  # 100,000 UV × 3% (支付买家数)
    "orders": 3_150,  # 3,000 buyers × 1.05 orders each
    "gmv": 600_000,  # 3,000 buyers × 200 (客单价 is per buyer)
    "refunds": 240_000,  # 40% × 600,000
    "net_sales": 360_000,  # 600,000 − 240,000
    "affiliate_confirmed": 42_000,  # 600,000 × 10% via 淘宝客 × (1 − 30% refunded)
    "spend_affiliate": 9_240,  # 42,000 × 20% commission × (1 + 10% 阿里妈妈 service fee)
    "spend_total": 47_240,  # 20,000 + 10,000 + 9,240 + 5,000 + 2,000 + 1,000
    "cogs": 144_000,  # 40% × 360,000 (goods kept by paying buyers)
    "shipped_orders": 2_835,  # 3,150 × (1 − 40% refunded × 25% cancelled before dispatch)
    "shipping": 22_680,  # 2,835 × 8
    "returned_orders": 850.5,  # 3,150 × 40% × (1 − 25%) shipped × (1 − 10% 仅退款)
    "return_costs": 5_103,  # 850.5 × 6 (return shipping and 运费险)
    # refunds after dispatch 240,000 × 75% = 180,000, of which goods not back on sale:
    # 仅退款 10% + returned 90% × 20% written down = 28% → 50,400 at 40% cost = 20,160
    "refund_goods_lost": 20_160,
    "commission": 18_000,  # 5% × 360,000
    "payment_fees": 3_600,  # 0.6% × 600,000
    # 360,000 − 144,000 − 20,160 − 22,680 − 5,103 − 18,000 − 3,600
    "gross_profit": 146_457,
    "net_profit": 69_217,  # 146,457 − 47,240 − 30,000
    "vat": 216_000 * 0.13 / 1.13,  # (360,000 − 144,000) × 13/113 ≈ 24,849.56
    "net_profit_after_vat": 69_217 - 216_000 * 0.13 / 1.13,  # ≈ 44,367.44
    # each channel's GMV is its spend × its expected ROI; affiliates bring their share
    "gmv_search": 60_000,  # 20,000 × 3.0
    "gmv_display": 20_000,  # 10,000 × 2.0
    "gmv_affiliate": 60_000,  # 600,000 × 10%
    "roi_affiliate": 60_000 / 9_240,  # ≈ 6.49 on the commission actually paid
    "gmv_live": 20_000,  # 5,000 × 4.0
    "gmv_offsite": 3_000,  # 2,000 × 1.5
    "gmv_paid": 163_000,  # 60,000 + 20,000 + 60,000 + 20,000 + 3,000
    "gmv_organic": 437_000,  # 600,000 − 163,000
    "roi": 600_000 / 47_240,  # 全店投产比 ≈ 12.70
    # ≈ 4.10: search (3.0), display (2.0), live (4.0) and off-site (1.5) all lose money
    "break_even_roi": 600_000 / 146_457,
}

# A Rakuten store: no affiliates of the 淘宝客 kind, consumption tax 10%, yen.
RAKUTEN_NOVEMBER = BudgetMonth(
    month=11, uv=400_000, cvr=0.025, aov=6_000, orders_per_buyer=1.1,
    spend_search=3_000_000, cogs_rate=0.45, shipping_per_order=700, commission_rate=0.07,
    payment_fee_rate=0.03, refund_rate=0.08, refund_unshipped_share=0.5,
    refund_only_share=0.0, write_down_share=0.5, return_cost=800, fixed_costs=4_000_000,
    vat_rate=0.10,
)

RAKUTEN_EXPECTED = {
    "buyers": 10_000,  # 400,000 × 2.5%
    "orders": 11_000,  # 10,000 × 1.1
    "gmv": 60_000_000,  # 10,000 × 6,000
    "refunds": 4_800_000,  # 8% × 60,000,000
    "net_sales": 55_200_000,
    "cogs": 24_840_000,  # 45% × 55,200,000
    "shipped_orders": 10_560,  # 11,000 × (1 − 8% × 50%)
    "shipping": 7_392_000,  # 10,560 × 700
    "returned_orders": 440,  # 11,000 × 8% × 50% × (1 − 0)
    "return_costs": 352_000,  # 440 × 800
    "refund_goods_lost": 540_000,  # 4,800,000 × 50% × (0 + 1 × 50%) × 45%
    "commission": 3_864_000,  # 7% × 55,200,000
    "payment_fees": 1_800_000,  # 3% × 60,000,000
    # 55,200,000 − 24,840,000 − 540,000 − 7,392,000 − 352,000 − 3,864,000 − 1,800,000
    "gross_profit": 16_412_000,
    "net_profit": 9_412_000,  # 16,412,000 − 3,000,000 − 4,000,000
    "vat": 30_360_000 / 11,  # (55,200,000 − 24,840,000) × 10/110 = 2,760,000
    "net_profit_after_vat": 9_412_000 - 2_760_000,
    "roi": 20.0,  # 60,000,000 ÷ 3,000,000
}


def _months(changed: BudgetMonth) -> list[BudgetMonth]:
    return [changed if m == changed.month else BudgetMonth(month=m) for m in range(1, 13)]


@pytest.mark.parametrize(("info", "month", "expected"), [
    (TMALL, TMALL_JUNE, TMALL_EXPECTED), (RAKUTEN, RAKUTEN_NOVEMBER, RAKUTEN_EXPECTED)])
def test_a_month_matches_the_hand_computed_table(
        info: PlanInfo, month: BudgetMonth, expected: dict[str, float]) -> None:
    figures = compute_sheet(info, _months(month), []).months[month.month - 1]
    for key, value in expected.items():
        assert getattr(figures, key) == pytest.approx(value), key


def test_the_year_recomputes_the_new_rates_from_sums() -> None:
    july = BudgetMonth(month=7, uv=50_000, cvr=0.02, aov=300, orders_per_buyer=1.0,
                       affiliate_rate=0.3, affiliate_share=0.2, refund_rate=0.2,
                       shipping_per_order=10, return_cost=2)
    months = [TMALL_JUNE if m == 6 else july if m == 7 else BudgetMonth(month=m, uv=0)
              for m in range(1, 13)]
    total = compute_sheet(TMALL, months, []).total
    assert total.buyers == pytest.approx(4_000)  # 3,000 + 1,000
    assert total.orders_per_buyer == pytest.approx(4_150 / 4_000)  # (3,150 + 1,000) ÷ 4,000
    assert total.aov == pytest.approx(900_000 / 4_000)  # GMV per buyer
    # June 42,000 confirmed at 20%, July 300,000 × 20% = 60,000 (nothing refunded) at 30%
    assert total.affiliate_confirmed == pytest.approx(102_000)
    assert total.affiliate_rate == pytest.approx((8_400 + 18_000) / 102_000)
    assert total.affiliate_refund_rate == pytest.approx(1 - 102_000 / 120_000)
    assert total.affiliate_service_rate == pytest.approx((9_240 + 18_000) / 26_400 - 1)
    # June ships 2,835 orders at 8, July 1,000 − 200 × 0 cancelled = 1,000 at 10
    assert total.shipping_per_order == pytest.approx((22_680 + 10_000) / 3_835)
    # July returns 1,000 × 20% = 200 orders at 2
    assert total.return_cost == pytest.approx((5_103 + 400) / (850.5 + 200))
    # refunded orders: June 3,150 × 40% = 1,260, July 200; before dispatch June 315
    assert total.refund_unshipped_share == pytest.approx(315 / 1_460)
    assert total.refund_only_share == pytest.approx(1 - (850.5 + 200) / (945 + 200))
    assert total.write_down_share == pytest.approx(850.5 * 0.2 / 1_050.5)
    # VAT only in June: 24,849.56 on (360,000 − 144,000), July's 240,000 − 96,000 untaxed
    vat = 216_000 * 0.13 / 1.13
    assert total.vat_rate == pytest.approx(vat / (360_000 + 240_000 - 144_000 - 96_000 - vat))


def test_the_year_judges_each_channel_by_its_sums() -> None:
    july = BudgetMonth(month=7, uv=50_000, cvr=0.02, aov=300, spend_search=10_000,
                       roi_search=5.0, spend_live=5_000)
    months = [TMALL_JUNE if m == 6 else july if m == 7 else BudgetMonth(month=m, uv=0)
              for m in range(1, 13)]
    total = compute_sheet(TMALL, months, []).total
    assert total.roi_search == pytest.approx((60_000 + 50_000) / 30_000)
    assert total.roi_live == pytest.approx(20_000 / 10_000)  # July's live spend brings nothing
    assert total.roi_display == pytest.approx(2.0)
    assert total.gmv_organic == pytest.approx(900_000 - 163_000 - 50_000)


def test_a_month_without_the_new_inputs_is_worked_out_as_before() -> None:
    """BudgetMonth's defaults for the new inputs are neutral: a plan written before them
    shows the figures it showed (the hand-computed June of test_budget.py)."""
    june = BudgetMonth(
        month=6, uv=100_000, cvr=0.03, aov=200, spend_search=20_000, spend_display=10_000,
        affiliate_rate=0.2, affiliate_share=0.1, spend_live=5_000, spend_offsite=2_000,
        spend_other=1_000, cogs_rate=0.4, shipping_per_order=8, commission_rate=0.05,
        payment_fee_rate=0.006, refund_rate=0.1, fixed_costs=30_000, cpc=1.5)
    figures = compute_sheet(TMALL, _months(june), []).months[5]
    assert figures.orders == pytest.approx(3_000)
    assert figures.net_profit == pytest.approx(189_400)
    assert figures.net_profit_after_vat == pytest.approx(189_400)
    assert figures.gmv_organic == pytest.approx(600_000 * 0.9)  # only affiliates attributed


def test_a_new_plan_starts_from_a_stores_usual_refunds_and_orders() -> None:
    months = default_months()
    for month in months:
        assert month.orders_per_buyer == pytest.approx(1.05)
        assert 0 < month.refund_unshipped_share < 1 and month.return_cost > 0
        assert month.affiliate_service_rate == pytest.approx(0.1)
        assert 0.25 <= month.refund_rate <= 0.45  # apparel: sizes and colours go back
        assert month.affiliate_refund_rate == month.refund_rate
    rates = [m.refund_rate for m in months]
    assert max(rates) == rates[10] and rates[5] > rates[4]  # most after 双11, more after 618


def test_the_review_compares_planned_buyers_with_actual_buyers() -> None:
    from datetime import date

    from ecplanner.domain.budget.review import review
    from ecplanner.domain.model import DailyActual

    sheet = compute_sheet(TMALL, _months(TMALL_JUNE), [])
    june = review(sheet, [DailyActual(date(2027, 6, 1), uv=1_000, buyers=30, orders=33,
                                      gmv=6_000)], date(2027, 6, 30)).months[5]
    assert june.planned_cvr == pytest.approx(0.03)  # 3,000 buyers ÷ 100,000, not orders
    assert june.planned_aov == pytest.approx(200)  # GMV per buyer, as 客单价


@pytest.mark.parametrize(("field", "value", "code"), [
    ("vat_rate", 1.13, "fraction_out_of_range"), ("refund_only_share", -0.1,
                                                 "fraction_out_of_range"),
    ("write_down_share", 2.0, "fraction_out_of_range"), ("return_cost", -5.0, "negative"),
    ("orders_per_buyer", -1.0, "negative"), ("affiliate_service_rate", 1e-9, "too_small")])
def test_the_new_inputs_are_refused_out_of_their_range(field: str, value: float,
                                                       code: str) -> None:
    from dataclasses import replace

    from ecplanner.domain.validation import validate_budget_month

    problems = validate_budget_month(replace(TMALL_JUNE, **{field: value}))
    assert [(p.field, p.code) for p in problems] == [(field, code)]


def test_the_daily_plan_counts_buyers_not_orders() -> None:
    """The review's planned CVR and AOV are per buyer, as the sheet's are: a month whose
    buyers pay for 1.05 orders each does not plan 5% more converted visitors."""
    from ecplanner.domain.review.daily_plan import daily_plan
    from ecplanner.domain.review.rollup import plan_totals

    sheet = compute_sheet(TMALL, _months(TMALL_JUNE), [])
    june = plan_totals(d for d in daily_plan(sheet, [], TMALL.platforms) if d.day.month == 6)
    assert june.buyers == pytest.approx(3_000)  # 100,000 UV × 3%, not 3,150 orders
    assert june.cvr == pytest.approx(0.03)
    assert june.aov == pytest.approx(200)
