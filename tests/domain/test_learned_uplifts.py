"""Uplifts learned from last year's actuals: each catalog entry's occurrences of last year,
where the catalog put them that year, measured against ordinary days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ecplanner.domain.catalog import load_catalog
from ecplanner.domain.model import DailyActual
from ecplanner.domain.review.learned_uplifts import last_years_events, learned_uplifts
from ecplanner.domain.selling_days import selling_spans

CATALOG = load_catalog()


def _year_of_actuals(lifted: dict[str, float], market: str = "cn",
                     platform: str = "tmall") -> list[DailyActual]:
    """2026 at ¥10,000 a day, but the selling days of the entries in ``lifted`` × their
    factor (where the catalog put them in 2026)."""
    factor: dict[date, float] = {}
    for event in last_years_events(CATALOG, 2027, [market], [platform], "zh"):
        if event.template_key in lifted:
            for first, last in selling_spans(event):
                for n in range((last - first).days + 1):
                    factor[first + timedelta(days=n)] = lifted[event.template_key]
    start = date(2026, 1, 1)
    return [DailyActual(day, uv=1_000, gmv=10_000.0 * factor.get(day, 1.0))
            for day in (start + timedelta(days=n) for n in range(365))]


def test_each_entry_learns_the_uplift_its_days_had_last_year() -> None:
    actuals = _year_of_actuals({"cn.tmall.double11": 1.6, "cn.tmall.618": 2.2})
    learned = {item.template.key: item
               for item in learned_uplifts(CATALOG, 2027, ["cn"], ["tmall"], actuals)}
    assert learned["cn.tmall.double11"].uplift == pytest.approx(1.6)
    assert learned["cn.tmall.double11"].events == 1
    assert learned["cn.tmall.618"].uplift == pytest.approx(2.2)
    # An entry whose days were ordinary learns ×1.0, not the catalog's default.
    assert all(item.uplift == pytest.approx(1.0) for key, item in learned.items()
               if key not in ("cn.tmall.double11", "cn.tmall.618"))


def test_an_entry_with_many_occurrences_pools_their_days() -> None:
    # Rakuten's 5-and-0 days: 71 occurrences in 2026, each lifted ×1.5.
    actuals = _year_of_actuals({"jp.rakuten.day_5_0": 1.5}, market="jp", platform="rakuten")
    [found] = [item for item in learned_uplifts(CATALOG, 2027, ["jp"], ["rakuten"], actuals)
               if item.template.key == "jp.rakuten.day_5_0"]
    assert found.events > 10 and found.days == found.events  # one selling day each
    assert found.uplift == pytest.approx(1.5)


def test_without_last_years_actuals_nothing_is_learned() -> None:
    this_year = [DailyActual(date(2027, 1, 1) + timedelta(days=n), gmv=10_000.0)
                 for n in range(200)]
    assert learned_uplifts(CATALOG, 2027, ["cn"], ["tmall"], this_year) == []
