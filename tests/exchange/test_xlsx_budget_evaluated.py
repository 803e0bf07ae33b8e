"""The Budget sheet's formulas, evaluated by another engine (the ``formulas`` package),
give the app's figures: every computed cell of the input-output sheet, and the actual GMV
row's monthly sums of the Actuals sheet. The cached values we write are not read here."""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.plan_snapshot import PlanSnapshot, compute_results
from ecplanner.exchange.xlsx.baseline import BaselineWriter
from ecplanner.exchange.xlsx.budget import budget_rows, write_budget
from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL, col_letter
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.exchange.xlsx.style import Styles
from ecplanner.exchange.xlsx.tasks import write_actuals
from ecplanner.exchange.xlsx.words import Words

pytestmark = pytest.mark.slow  # another engine loads and calculates the sheets: ~7 s

# 2027 days, with uneven amounts, plus days of the years around it that must not count.
ACTUALS = (
    *(DailyActual(date(2027, 1, 1) + timedelta(days=3 * n), uv=900 + n, buyers=20,
                  orders=21, gmv=1000.25 + 37 * n) for n in range(120)),
    DailyActual(date(2026, 12, 31), gmv=5e6), DailyActual(date(2028, 1, 1), gmv=7e6),
)


def _evaluated(snapshot: PlanSnapshot, path: Path) -> dict[str, Any]:
    """The Budget and Actuals sheets written as the export writes them, then calculated."""
    workbook = xlsxwriter.Workbook(str(path))
    words = Words(snapshot.lang)
    styles = Styles(workbook, snapshot.info.currency, words)
    write_budget(workbook, styles, words, snapshot, compute_results(snapshot),
                 BaselineWriter())
    write_actuals(workbook, styles, words, snapshot)
    workbook.close()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the package's own SyntaxWarnings
        import formulas

        model = formulas.ExcelModel().loads(str(path)).finish()
        solution = model.calculate()
    return {key.split("]", 1)[1].upper(): value for key, value in solution.items()}


def _value(cells: dict[str, Any], sheet: str, col: int, row: int) -> float:
    found = cells[f"{sheet.upper()}'!{col_letter(col)}{row + 1}"]
    return float(found.value[0, 0])


@pytest.fixture(scope="module")
def evaluated(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory
              ) -> Iterator[tuple[PlanSnapshot, dict[str, Any]]]:
    snapshot = replace(demo_snapshot, actuals=ACTUALS)
    yield snapshot, _evaluated(snapshot, tmp_path_factory.mktemp("eval") / "budget.xlsx")


def test_the_actual_gmv_row_sums_each_month_of_the_plans_year(
        evaluated: tuple[PlanSnapshot, dict[str, Any]]) -> None:
    snapshot, cells = evaluated
    sheet = Words(snapshot.lang).sheet("budget")
    row = max(budget_rows().values()) + 1
    for month in range(1, 13):
        days = [a.gmv for a in ACTUALS if a.day.year == 2027 and a.day.month == month]
        cell = f"{sheet.upper()}'!{col_letter(FIRST_MONTH_COL + month - 1)}{row + 1}"
        if not days:  # a month still to come: blank, not 0
            assert month > 4 and cell not in cells
            continue
        got = _value(cells, sheet, FIRST_MONTH_COL + month - 1, row)
        assert got == pytest.approx(math.fsum(days), rel=1e-12), month
    year = _value(cells, sheet, FIRST_MONTH_COL + 12, row)
    assert year == pytest.approx(math.fsum(a.gmv for a in ACTUALS if a.day.year == 2027))


@pytest.fixture(scope="module")
def evaluated_2025(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory
                   ) -> tuple[PlanSnapshot, dict[str, Any]]:
    """The demo budget in 2025, whose courier shutdown (01-24 to 02-04) crosses January's
    end: January's orders from the 24th ship in February, a reference to the month before."""
    snapshot = replace(demo_snapshot, info=replace(demo_snapshot.info, year=2025))
    return snapshot, _evaluated(snapshot, tmp_path_factory.mktemp("eval") / "budget.xlsx")


def test_orders_held_by_the_shutdown_recalculate_into_the_next_month(
        evaluated_2025: tuple[PlanSnapshot, dict[str, Any]]) -> None:
    snapshot, _cells = evaluated_2025
    app = compute_results(snapshot).sheet
    assert app.months[0].held_orders > 1_000  # the case is there to check
    test_every_computed_budget_cell_recalculates_to_the_apps_figure(evaluated_2025)


def test_every_computed_budget_cell_recalculates_to_the_apps_figure(
        evaluated: tuple[PlanSnapshot, dict[str, Any]]) -> None:
    snapshot, cells = evaluated
    sheet = Words(snapshot.lang).sheet("budget")
    rows = budget_rows()
    checked = 0
    for row in compute_results(snapshot).sheet.rows:
        for m, expected in enumerate((*row.months, row.total)):
            key = f"{sheet.upper()}'!{col_letter(FIRST_MONTH_COL + m)}{rows[row.key] + 1}"
            if expected is None or key not in cells:
                continue
            got = cells[key].value[0, 0]
            if isinstance(expected, bool) or row.key == "clears_break_even":
                assert bool(got) == bool(expected), (row.key, m)
            else:
                assert float(got) == pytest.approx(expected, rel=1e-9, abs=1e-6), (row.key, m)
            checked += 1
    assert checked > 30 * 13


def test_re_import_passes_over_the_actual_gmv_row(demo_snapshot: PlanSnapshot,
                                                  tmp_path: Path) -> None:
    snapshot = replace(demo_snapshot, actuals=ACTUALS)
    path = tmp_path / "team.xlsx"
    write_workbook(snapshot, path)
    result = read_workbook_import(path, snapshot)
    assert result.ok and result.changes == () and result.ops == (), result.errors
