"""Each paid channel's actual ROI beside the plan's, for a week worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ecplanner.domain.budget.channel_roi import channel_results
from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.model import AdChannel, BudgetMonth, ChannelDay, PlanInfo

INFO = PlanInfo("店", 2027, annual_target=1_200_000.0)
# June: 直通车 ¥30,000 at ROI 4 → ¥120,000; 万相台 ¥9,000 at ROI 2 → ¥18,000.
# July: 直通车 ¥62,000 at ROI 5 → ¥310,000; no display spend.
MONTHS = [BudgetMonth(month=m) for m in range(1, 13) if m not in (6, 7)] + [
    BudgetMonth(month=6, spend_search=30_000.0, roi_search=4.0, spend_display=9_000.0,
                roi_display=2.0),
    BudgetMonth(month=7, spend_search=62_000.0, roi_search=5.0)]


def _week(channel: AdChannel, spend: float, gmv: float) -> list[ChannelDay]:
    # 2027-W26: Monday 28 June to Sunday 4 July — three June days, four July days.
    monday = date(2027, 6, 28)
    return [ChannelDay(monday + timedelta(days=n), channel, spend, 100, gmv) for n in range(7)]


def test_a_week_across_two_months_by_hand() -> None:
    sheet = compute_sheet(INFO, MONTHS, [])
    days = [*_week(AdChannel.SEARCH, 1_000.0, 4_500.0), *_week(AdChannel.DISPLAY, 300.0, 450.0),
            ChannelDay(date(2027, 7, 5), AdChannel.SEARCH, 9_999.0, 1, 9_999.0)]  # W27
    search, display = channel_results(days, sheet, date(2027, 6, 28), date(2027, 7, 4))
    assert (search.channel, search.days, search.clicks) == (AdChannel.SEARCH, 7, 700)
    # Actual: 7 × ¥1,000 = ¥7,000 spend, 7 × ¥4,500 = ¥31,500 GMV: ROI 4.5.
    assert (search.spend, search.gmv, search.roi) == (7_000.0, 31_500.0, 4.5)
    # Plan of the same days: June's ¥30,000 ÷ 30 = ¥1,000 a day × 3 = ¥3,000 spend,
    # ¥120,000 ÷ 30 × 3 = ¥12,000 GMV; July's ¥62,000 ÷ 31 = ¥2,000 × 4 = ¥8,000 spend,
    # ¥310,000 ÷ 31 × 4 = ¥40,000 GMV. ROI = 52,000 ÷ 11,000 = 4.7273.
    assert search.planned_spend == pytest.approx(11_000.0)
    assert search.planned_gmv == pytest.approx(52_000.0)
    assert search.planned_roi == pytest.approx(52_000.0 / 11_000.0)
    # Display: actual 2,100 spend, 3,150 GMV → 1.5; planned only June's three days:
    # ¥9,000 ÷ 30 × 3 = ¥900 spend and ¥18,000 ÷ 30 × 3 = ¥1,800 GMV → 2.0.
    assert display.roi == pytest.approx(1.5)
    assert display.planned_roi == pytest.approx(2.0)


def test_no_spend_has_no_roi_and_days_outside_the_year_plan_nothing() -> None:
    sheet = compute_sheet(INFO, MONTHS, [])
    [live] = channel_results([ChannelDay(date(2026, 12, 31), AdChannel.LIVE, 0.0, 0, 50.0)],
                             sheet, date(2026, 12, 1), date(2026, 12, 31))
    assert (live.roi, live.planned_roi, live.gmv) == (None, None, 50.0)
    assert channel_results([], sheet, date(2027, 6, 1), date(2027, 6, 30)) == ()
