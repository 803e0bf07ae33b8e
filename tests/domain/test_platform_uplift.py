"""An event on a platform the store does not sell on brings the store no traffic: adding
京东618 to a Tmall/Taobao store must not raise its planned GMV."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.uplift import default_months, event_uplift_by_month
from ecplanner.domain.model import Event, EventKind, PlanInfo

TMALL_STORE = PlanInfo("天猫店", 2027, platforms=("tmall", "taobao"), annual_target=1e7)
BASE = [replace(b, uv=100_000) for b in default_months()]


def _sale(title: str, platform: str) -> Event:
    return Event(title, EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
                 platform=platform, uplift=2.0)


def test_an_event_on_another_platform_lifts_nothing() -> None:
    without = compute_sheet(TMALL_STORE, BASE, [])
    with_jd = compute_sheet(TMALL_STORE, BASE, [_sale("京东618", "jd")])
    assert with_jd.months == without.months
    assert event_uplift_by_month([_sale("京东618", "jd")], 2027, ("tmall", "taobao"))[5] == 1.0


@pytest.mark.parametrize("platform", ["tmall", "all", ""])
def test_events_on_the_stores_platforms_everywhere_or_its_own_lift(platform: str) -> None:
    june = compute_sheet(TMALL_STORE, BASE, [_sale("618", platform)]).months[5]
    assert june.planned_uv == pytest.approx(160_000)  # 1 + 1 × 18/30


def test_a_store_that_sells_on_jd_counts_jd_events() -> None:
    both = replace(TMALL_STORE, platforms=("tmall", "jd"))
    assert compute_sheet(both, BASE, [_sale("京东618", "jd")]).months[5].planned_uv == \
        pytest.approx(160_000)


def test_an_event_counted_anyway_lifts_a_store_not_on_its_platform() -> None:
    counted = replace(_sale("京东618", "jd"), count_uplift_anyway=True)
    assert compute_sheet(TMALL_STORE, BASE, [counted]).months[5].planned_uv == \
        pytest.approx(160_000)
