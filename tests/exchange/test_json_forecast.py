"""``export --json`` gives Budget ▸ Forecast's figures: the year at the plan's growth beside
its targets, and the visitors a shortfall needs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.cli import main
from ecplanner.domain.model import BudgetMonth, DailyActual, PlanInfo
from ecplanner.domain.ops import Put

# A store outside China (no Spring Festival window) on a platform the catalog has no events
# for, and none of its own: its rhythm is flat.
INFO = PlanInfo("店", 2027, markets=("jp",), platforms=("amazon",), currency="JPY",
                locale="ja_JP", annual_target=480_000.0)


def _export(path: Path, tmp_path: Path) -> dict[str, object]:
    out = tmp_path / "plan.json"
    assert main(["export", str(path), "--json", str(out)]) in (0, 1)
    forecast = json.loads(out.read_text("utf-8"))["computed"]["forecast"]
    assert forecast is None or isinstance(forecast, dict)
    return forecast  # type: ignore[no-any-return]


def test_the_forecast_at_the_plans_growth(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "店.ecplan"
    store = plans.create_plan(path, INFO)
    assert store.events() == [], "the test needs a plan without events"
    # ¥1,000 every day of 2026; 2027's first 20 days at ¥1,200 (+20 % on the rhythm).
    days = [DailyActual(date(2026, 1, 1) + timedelta(days=n), uv=100, gmv=1000.0)
            for n in range(365)]
    days += [DailyActual(date(2027, 1, 1) + timedelta(days=n), uv=100, gmv=1200.0)
             for n in range(20)]
    # Equal weights: each month's target is 480,000 ÷ 12 = 40,000; 4 % × ¥250 = ¥10 a visitor.
    months = [BudgetMonth(m, weight=1.0, cvr=0.04, aov=250.0) for m in range(1, 13)]
    store.write([Put(d) for d in days] + [Put(m) for m in months]
                + [Put(replace(store.settings(), forecast_growth=0.1))])
    store.close()
    found = _export(path, tmp_path)
    assert found["growth"] == 0.1
    assert found["fitted_growth"] == pytest.approx(0.2)
    january, february = found["months"][0], found["months"][1]  # type: ignore[index]
    # January: 31 × 1,000 × 1.1 = 34,100, short of 40,000 by 5,900 = 590 visitors at ¥10.
    assert january["forecast"] == pytest.approx(34_100)
    assert january["target"] == pytest.approx(40_000)
    assert january["gap"] == pytest.approx(5_900)
    assert january["uv_needed"] == pytest.approx(590)
    # February: 28 × 1,100 = 30,800.
    assert february["forecast"] == pytest.approx(30_800)


def test_without_last_years_days_there_is_no_forecast(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "店.ecplan"
    plans.create_plan(path, INFO).close()
    assert _export(path, tmp_path) is None
