"""The Budget sheet's forecast rows: evaluated by another engine (the ``formulas``
package), the shortfall and the visitors it needs follow the sheet's target, CVR and AOV;
a plan without last year's days has no such rows; re-import passes over them."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from ecplanner import plans
from ecplanner.domain.model import BudgetMonth, DailyActual, PlanInfo
from ecplanner.domain.ops import Put
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL, TOTAL_COL, col_letter
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.exchange.xlsx.words import Words
from ecplanner.store.plan_store import PlanStore

pytestmark = pytest.mark.slow  # another engine loads and calculates the workbook: ~5 s

# A store outside China (no Spring Festival) on a platform without catalog events: flat.
INFO = PlanInfo("店", 2027, markets=("jp",), platforms=("amazon",), currency="JPY",
                locale="zh_CN", annual_target=480_000.0)
LAST_YEAR = [DailyActual(date(2026, 1, 1) + timedelta(days=n), uv=100, gmv=1000.0)
             for n in range(365)]


def _plan(path: Path, actuals: list[DailyActual]) -> None:
    store = plans.create_plan(path, INFO)
    # Equal weights: each month's target is 480,000 ÷ 12 = 40,000; 4 % × ¥250 = ¥10 a visitor.
    months = [BudgetMonth(m, weight=1.0, cvr=0.04, aov=250.0) for m in range(1, 13)]
    store.write([Put(a) for a in actuals] + [Put(m) for m in months]
                + [Put(replace(store.settings(), forecast_growth=0.3))])
    store.close()


def _calculated(path: Path) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the package's own SyntaxWarnings
        import formulas

        solution = formulas.ExcelModel().loads(str(path)).finish().calculate()
    return {key.split("]", 1)[1].upper(): value for key, value in solution.items()
            if "]" in key}


def test_the_forecast_rows_follow_the_sheets_target_and_rates(tmp_path: Path) -> None:
    plan = tmp_path / "店.ecplan"
    _plan(plan, LAST_YEAR)
    store = PlanStore.open(plan)
    snapshot = read_snapshot(store, today=date(2027, 1, 1))
    store.close()
    book = tmp_path / "plan.xlsx"
    write_workbook(snapshot, book)
    cells = _calculated(book)
    sheet = Words("zh").sheet("budget").upper()
    # After the sheet's rows: no actual GMV row (no day of 2027), the group title, the rows.
    top = max(budget_rows().values()) + 2

    def value(row: int, col: int) -> Any:
        return cells[f"{sheet}'!{col_letter(col)}{row + 1}"].value[0, 0]

    jan, feb = FIRST_MONTH_COL, FIRST_MONTH_COL + 1
    # January: 31 × 1,000 × 1.3 = 40,300, above its 40,000: nothing short, no visitors.
    assert value(top, jan) == pytest.approx(40_300)
    assert value(top + 1, jan) == pytest.approx(0)
    assert value(top + 2, jan) in ("", None) or value(top + 2, jan) == pytest.approx(0)
    # February: 28 × 1,300 = 36,400, short 3,600 → 360 visitors at ¥10.
    assert value(top, feb) == pytest.approx(36_400)
    assert value(top + 1, feb) == pytest.approx(3_600)
    assert value(top + 2, feb) == pytest.approx(360)
    # The year: 365 × 1,300 = 474,500; short in every month but January, March, May,
    # July, August, October and December (31 days × 1,300 = 40,300 each):
    # February 3,600 + four 30-day months × (40,000 − 39,000 = 1,000) = 7,600.
    assert value(top, TOTAL_COL) == pytest.approx(474_500)
    assert value(top + 1, TOTAL_COL) == pytest.approx(7_600)
    assert value(top + 2, TOTAL_COL) == pytest.approx(760)


def test_without_last_years_days_there_are_no_forecast_rows(tmp_path: Path) -> None:
    plan = tmp_path / "店.ecplan"
    _plan(plan, LAST_YEAR[:200])
    store = PlanStore.open(plan)
    snapshot = read_snapshot(store)
    store.close()
    book = tmp_path / "plan.xlsx"
    write_workbook(snapshot, book)
    import openpyxl

    sheet = openpyxl.load_workbook(book)[Words("zh").sheet("budget")]
    keys = {row[0].value for row in sheet.iter_rows(max_col=1)}
    assert not keys & {"forecast_gmv", "forecast_gap", "forecast_uv"}


def test_re_import_passes_over_the_forecast_rows(tmp_path: Path) -> None:
    plan = tmp_path / "店.ecplan"
    _plan(plan, LAST_YEAR)
    store = PlanStore.open(plan)
    snapshot = read_snapshot(store)
    store.close()
    book = tmp_path / "plan.xlsx"
    write_workbook(snapshot, book)
    found = read_workbook_import(book, snapshot)
    assert found.ok and not found.ops
