"""The Spring Festival courier shutdown in the input-output sheet: its real days lower the
months' traffic, and orders taken during it ship (and are paid for) when it ends, in the
next month where the shutdown crosses the end of January. Worked out by hand below."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.shutdown import ShippingPause, pause_for
from ecplanner.domain.budget.uplift import default_months
from ecplanner.domain.catalog import holidays_for
from ecplanner.domain.model import BudgetMonth, Event, EventKind, PlanInfo, PlanSettings
from ecplanner.domain.review.daily_plan import daily_plan

INFO = PlanInfo(store_name="女装旗舰店", year=2025, annual_target=1_000_000)
# 2025: last day to ship 01-23, couriers stop 01-24 to 02-04 (12 days), parcels go 02-05.
PAUSE_2025 = ShippingPause(date(2025, 1, 24), date(2025, 2, 4), traffic=0.7)


def _months(jan_uv: float, feb_uv: float) -> list[BudgetMonth]:
    """January and February with visitors, the other months empty; 20% refunds, half of
    them cancelled before dispatch, 10 per parcel."""
    months = []
    for b in default_months():
        uv = {1: jan_uv, 2: feb_uv}.get(b.month, 0.0)
        months.append(replace(b, uv=uv, cvr=0.05, orders_per_buyer=1.0, refund_rate=0.2,
                              refund_unshipped_share=0.5, shipping_per_order=10.0))
    return months


def test_a_shutdown_across_january_lowers_both_months_and_ships_januarys_orders_in_february(
) -> None:
    sheet = compute_sheet(INFO, _months(31_000, 28_000), [], PAUSE_2025)
    jan, feb = sheet.months[0], sheet.months[1]
    # January: 8 days (24..31) at 70% → 1 − 0.3 × 8/31 = 28.6/31
    assert jan.uplift == pytest.approx(28.6 / 31)
    assert jan.planned_uv == pytest.approx(28_600)  # 31,000 × 28.6/31
    assert jan.orders == pytest.approx(1_430)  # 28,600 × 5%
    # shippable 1,430 × (1 − 20% × 50%) = 1,287; the 8 held days' visitors over the
    # month's: 8 × 0.7 / 28.6 = 5.6/28.6, so 1,287 × 5.6/28.6 = 252 wait for the couriers
    assert jan.held_share == pytest.approx(5.6 / 28.6)
    assert jan.held_orders == pytest.approx(252)
    assert jan.shipped_orders == pytest.approx(1_035)  # 1,287 − 252
    assert jan.shipping == pytest.approx(10_350)
    # February: 4 days (1..4) at 70% → 1 − 0.3 × 4/28 = 26.8/28; 26,800 UV, 1,340 orders,
    # 1,206 shippable, none held (they ship on 02-05, in February), plus January's 252
    assert feb.uplift == pytest.approx(26.8 / 28)
    assert feb.held_share == 0 and feb.held_orders == 0
    assert feb.shipped_orders == pytest.approx(1_458)  # 1,206 + 252
    assert feb.shipping == pytest.approx(14_580)
    # The year ships every shippable order once: 1,287 + 1,206
    assert sheet.total.shipped_orders == pytest.approx(2_493)
    assert sheet.total.held_orders == pytest.approx(252)
    assert sheet.total.refund_unshipped_share == pytest.approx(0.5)
    assert sheet.total.shipping_per_order == pytest.approx(10)
    assert sheet.total.held_share is None


def test_an_event_during_the_shutdown_weighs_its_days() -> None:
    promo = Event(title="年货节返场", kind=EventKind.STORE_PROMO, start=date(2025, 1, 30),
                  end=date(2025, 1, 31), uplift=2.0)
    sheet = compute_sheet(INFO, _months(31_000, 28_000), [promo], PAUSE_2025)
    jan = sheet.months[0]
    # January's multiplier: 1 − 0.3 × 8/31 + 1.0 × 2/31 = 30.6/31
    assert jan.uplift == pytest.approx(30.6 / 31)
    # held days: 24..29 at 0.7 (4.2) and 30, 31 at 0.7 + 1.0 (3.4) → 7.6 of 30.6
    assert jan.held_share == pytest.approx(7.6 / 30.6)


def test_a_shutdown_inside_february_holds_nothing_over() -> None:
    info = replace(INFO, year=2027)
    pause = ShippingPause(date(2027, 2, 1), date(2027, 2, 10), traffic=0.5)
    sheet = compute_sheet(info, _months(31_000, 28_000), [], pause)
    assert sheet.months[0].uplift == 1.0
    assert sheet.months[1].uplift == pytest.approx(1 - 0.5 * 10 / 28)
    assert all(m.held_orders == 0 for m in sheet.months)
    assert sheet.months[1].shipped_orders == pytest.approx(28_000 * (1 - 5 / 28) * 0.05 * 0.9)


def test_without_a_shutdown_the_sheet_is_as_before() -> None:
    plain = compute_sheet(INFO, _months(31_000, 28_000), [])
    assert plain.months[0].uplift == 1.0 and plain.months[0].held_orders == 0
    assert plain.months[0].shipped_orders == pytest.approx(1_550 * 0.9)


def test_the_pause_comes_from_the_holidays_and_the_plans_setting() -> None:
    settings = PlanSettings(shutdown_traffic=0.6)
    pause = pause_for(holidays_for(2025, ["cn"], cutoff_days=5), settings)
    assert pause == ShippingPause(date(2025, 1, 24), date(2025, 2, 4), 0.6)
    assert pause.ships_on == date(2025, 2, 5)
    assert pause_for(holidays_for(2025, ["jp"]), settings) is None
    assert pause_for(None, settings) is None


def test_the_daily_plan_gives_the_shutdown_days_less_of_the_month() -> None:
    sheet = compute_sheet(INFO, _months(31_000, 28_000), [], PAUSE_2025)
    days = {d.day: d for d in daily_plan(sheet, [], INFO.platforms)}
    # January's weights: 23 days at 1 and 8 at 0.7 = 28.6; a normal day gets 1/28.6
    assert days[date(2025, 1, 2)].uv == pytest.approx(28_600 / 28.6)
    assert days[date(2025, 1, 25)].uv == pytest.approx(28_600 * 0.7 / 28.6)
