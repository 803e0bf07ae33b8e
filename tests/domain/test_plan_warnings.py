"""The plan's warnings gather events, products and clearance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ecplanner.domain import demo
from ecplanner.domain.model import Event, EventKind, MarkdownStep, StockPlan
from ecplanner.domain.plan_warnings import clearance_findings, plan_findings, shipping_shutdown


def test_shutdown_only_for_china() -> None:
    info = demo.demo_info(2026)
    assert shipping_shutdown(info) is not None
    start, end = shipping_shutdown(info) or (None, None)
    assert start and end and start < date(2026, 2, 17) <= end
    assert shipping_shutdown(replace(info, markets=("jp",))) is None


def test_clearance_target_missed() -> None:
    info = demo.demo_info(2027)
    products = demo.demo_products(2027)
    product = products[25]
    slow = StockPlan(product.uuid, on_hand=5_000, base_weekly_sales=5,
                     season_end=date(2027, 12, 31), target_sell_through=0.9)
    fast = replace(slow, on_hand=10)
    found = clearance_findings(info, [], products, [slow], date(2027, 9, 1))
    assert [f.code for f in found] == ["stock.target_missed"]
    assert float(found[0].param("sell_through")) < 0.9
    assert clearance_findings(info, [], products, [fast], date(2027, 9, 1)) == []


def test_plan_findings_include_every_source() -> None:
    info = demo.demo_info(2027)
    products = demo.demo_products(2027)
    sale = Event("双11", EventKind.MAJOR_SALE, date(2027, 11, 1), date(2027, 11, 11),
                 platform="tmall", registration_deadline=date(2027, 10, 1))
    rival = replace(sale, uuid="other", title="另一个")
    slow = StockPlan(products[25].uuid, on_hand=5_000, base_weekly_sales=5,
                     season_end=date(2027, 12, 31))
    codes = {f.code for f in plan_findings(info, [sale, rival], products, [slow],
                                           date(2027, 10, 5))}
    assert {"event.overlap_same_platform", "event.registration_passed",
            "stock.target_missed"} <= codes
    assert any(c.startswith("product.") for c in codes)


def test_wave_gap_follows_the_settings() -> None:
    from ecplanner.domain.model import PlanSettings, Season

    info = demo.demo_info(2027)
    spring = [p for p in demo.demo_products(2027) if p.season == Season.SPRING]
    expect_april = PlanSettings(expected_launch_months=((Season.SPRING, (2, 4)),))
    gaps = [f for f in plan_findings(info, [], spring, [], date(2026, 12, 1), expect_april)
            if f.code == "season.wave_gap"]
    assert [f.param("month") for f in gaps] == ["4"]
    assert not [f for f in plan_findings(info, [], spring, [], date(2026, 12, 1))
                if f.code == "season.wave_gap" and f.subject == Season.SPRING.value]


def test_ladder_steps_after_the_delist_are_a_finding() -> None:
    info = demo.demo_info(2027)
    products = demo.demo_products(2027)
    product = products[25]
    assert product.delist == date(2027, 11, 28)
    # On hand 10 at 5 a week sells out: only the late steps can raise a finding.
    stock = StockPlan(product.uuid, on_hand=10, base_weekly_sales=5,
                      season_end=date(2027, 12, 31),
                      ladder=(MarkdownStep(date(2027, 11, 1), 0.2),
                              MarkdownStep(date(2027, 11, 28), 0.3),  # the last day on sale
                              MarkdownStep(date(2027, 12, 12), 0.5),
                              MarkdownStep(date(2027, 12, 5), 0.4)))
    found = clearance_findings(info, [], products, [stock], date(2027, 9, 1))
    assert [(f.code, f.subject, f.day) for f in found] == [
        ("stock.step_after_delist", product.uuid, date(2027, 12, 5))]
    assert dict(found[0].params) == {"count": "2", "step": "2027-12-05",
                                     "delist": "2027-11-28"}
    on_time = replace(stock, ladder=stock.ladder[:2])
    assert clearance_findings(info, [], products, [on_time], date(2027, 9, 1)) == []


def test_a_product_selling_below_its_plan_will_miss_its_delist() -> None:
    from ecplanner.domain.clearance.reforecast import sold_days

    info = demo.demo_info(2027)
    products = demo.demo_products(2027)
    product = products[25]  # 27AU006, delisted 2027-11-28
    stock = StockPlan(product.uuid, on_hand=100, base_weekly_sales=20,
                      season_end=date(2027, 12, 31), target_sell_through=0.9)
    today = date(2027, 9, 15)
    # As planned, 20 a week sells the 100 out long before the delist: no warning.
    assert clearance_findings(info, [], products, [stock], today) == []
    # Really 1 a day over 09-01 … 09-14: 7 a week, 14 sold, 86 left. From 09-15, the
    # weeks starting 09-15 … 11-24 (11 of them; 11-28 is in the last) sell 7 each: 77,
    # leaving 9 at the delist; 77 of 86 is 89.5%, short of the 90% target.
    sold = sold_days((product.uuid, date(2027, 9, d), 1) for d in range(1, 15))
    found = clearance_findings(info, [], products, [stock], today, sold)
    assert [(f.code, f.subject, f.day) for f in found] == [
        ("stock.will_miss_delist", product.uuid, date(2027, 11, 28))]
    assert dict(found[0].params) == {"leftover": "9", "observed": "7.0", "planned": "20.0",
                                     "days": "14"}
