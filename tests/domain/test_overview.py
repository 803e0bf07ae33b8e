"""The year at a glance counts per month and agrees with the budget sheet."""

from __future__ import annotations

from datetime import date

import pytest

from ecplanner.domain import demo
from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.model import Event, EventKind, PlanInfo, Product
from ecplanner.domain.overview import year_glance


def test_counts_and_money_per_month() -> None:
    info = demo.demo_info(2027)
    months = demo.demo_budget()
    events = [
        Event("跨月", EventKind.MAJOR_SALE, date(2027, 5, 25), date(2027, 6, 20)),
        Event("会员日", EventKind.STORE_PROMO, date(2027, 6, 18), date(2027, 6, 18)),
    ]
    products = [Product("A", "a", launch=date(2027, 6, 1), delist=date(2027, 9, 1)),
                Product("B", "b", launch=date(2027, 6, 9))]
    glance = year_glance(info, months, events, products)
    may, june, total = glance[4], glance[5], glance[12]
    assert (may.events, may.major_sales) == (1, 1)
    assert (june.events, june.major_sales, june.launches) == (2, 1, 2)
    assert glance[8].delistings == 1
    assert total.month is None and total.launches == 2 and total.events == 2
    sheet = compute_sheet(info, months, events)
    assert june.planned_gmv == pytest.approx(sheet.months[5].gmv)
    assert total.spend == pytest.approx(sheet.total.spend_total)


def test_plan_without_budget_uses_default_months() -> None:
    glance = year_glance(PlanInfo("s", 2027, annual_target=1_200_000), [], [], [])
    assert sum(c.target for c in glance[:12]) == pytest.approx(1_200_000)
