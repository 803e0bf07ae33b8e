"""The Budget sheet: the input-output sheet with live formulas.

Column A holds each row's stable key (hidden; re-import finds rows by it), B the row's
name, C..N the twelve months and O the year. Input cells hold values and are filled with
the input colour; every computed cell is an Excel formula over those cells, written with
the app's own figure as its cached value, so a reader that does not recalculate shows the
same numbers as the app. Event uplift and the orders the courier shutdown holds over come
from the calendar: values, shaded apart.
The input cells as written are recorded for re-import (``xlsx_baseline``): a row per input
key, its months as ``m1``..``m12`` and the annual target under ``total``.
"""

from __future__ import annotations

from typing import Any

from ecplanner.domain.budget.sheet import ROW_SPECS, RowKind, SheetRow, Unit
from ecplanner.exchange.plan_snapshot import PlanResults, PlanSnapshot, forecast_of
from ecplanner.exchange.xlsx.baseline import BaselineWriter
from ecplanner.exchange.xlsx.budget_actuals import KEY, write_actual_gmv
from ecplanner.exchange.xlsx.budget_charts import CHART_ROWS, budget_charts
from ecplanner.exchange.xlsx.budget_forecast import write_forecast
from ecplanner.exchange.xlsx.budget_formulas import (
    FIRST_MONTH_COL,
    TOTAL_COL,
    month_formula,
    total_formula,
)
from ecplanner.exchange.xlsx.code_words import BUDGET_GROUPS, BUDGET_ROWS
from ecplanner.exchange.xlsx.style import (
    CALENDAR_FILL,
    COMPUTED_FILL,
    INPUT_FILL,
    Styles,
    cell_width,
    print_setup,
)
from ecplanner.exchange.xlsx.words import Words, month_label

_PRICES = frozenset({"aov", "shipping_per_order", "cpc", "return_cost"})
_FROM_CALENDAR = frozenset({"uplift", "held_share"})  # values the calendar gives the sheet
BASE_KEYS = ("key", *(f"m{m}" for m in range(1, 13)), "total")
_KINDS = {Unit.MONEY: "money", Unit.PERCENT: "percent", Unit.COUNT: "count",
          Unit.RATIO: "ratio", Unit.FLAG: "flag"}


def budget_rows() -> dict[str, int]:
    """Each row key's 0-based sheet row: header on row 0, a title row before each group."""
    rows: dict[str, int] = {}
    r = 0
    group = None
    for spec in ROW_SPECS:
        if spec.group != group:
            group = spec.group
            r += 1
        r += 1
        rows[spec.key] = r
    return rows


def _kind(row: SheetRow) -> str:
    return "price" if row.key in _PRICES else _KINDS[row.unit]


def _cached(value: float | None) -> float | str:
    return "" if value is None else value


def write_budget(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                 results: PlanResults, baseline: BaselineWriter) -> dict[str, int]:
    """Write the sheet; returns ``budget_rows()`` for other sheets' references."""
    sheet = workbook.add_worksheet(words.sheet("budget"))
    base = baseline.block("budget", BASE_KEYS)
    rows = budget_rows()
    headers = [words.header("budget", "key"), words.header("budget", "item"),
               *(month_label(m, words.lang) for m in range(1, 13)),
               words.header("budget", "total")]
    for col, text in enumerate(headers):
        fmt = styles.number_header if col >= FIRST_MONTH_COL else styles.header
        sheet.write_string(0, col, text, fmt)
    group_fmt = styles.get(bold=True, bg_color="#BDD7EE")
    label_fmt = styles.get(indent=1)
    group = None
    for row in results.sheet.rows:
        r = rows[row.key]
        if row.group != group:
            group = row.group
            sheet.write_blank(r - 1, 0, None, group_fmt)
            sheet.write_string(r - 1, 1, words.t(BUDGET_GROUPS, group.value), group_fmt)
            for col in range(FIRST_MONTH_COL, TOTAL_COL + 1):
                sheet.write_blank(r - 1, col, None, group_fmt)
        sheet.write_string(r, 0, row.key)
        sheet.write_string(r, 1, words.t(BUDGET_ROWS, row.key), label_fmt)
        _write_months(sheet, styles, row, rows)
        _write_total(sheet, styles, row, rows)
        if row.key == "annual_target":
            base.add((row.key, *(None,) * 12, row.total or 0.0))
        elif row.kind is RowKind.INPUT:
            base.add((row.key, *(value or 0.0 for value in row.months), None))
    last = max(rows.values())
    actual_row = last + 1
    actual = write_actual_gmv(sheet, styles, words, actual_row, snapshot.actuals,
                              snapshot.info.year)
    if actual:
        last = actual_row
    forecast = write_forecast(sheet, styles, words, last + 1,
                              forecast_of(snapshot, results), rows, group_fmt)
    last += len(forecast)
    legend = _legend(sheet, styles, words, last + 2)
    labels = [words.t(BUDGET_ROWS, row.key) for row in results.sheet.rows] + forecast
    if actual:
        labels.append(words.legend(KEY))
    label_width = max(cell_width(text) + 2 for text in [*labels, *legend])  # indent
    number_width = max(cell_width(styles.shown(_kind(row), value)) for row in results.sheet.rows
                       for value in (*row.months, row.total) if value is not None)
    number_width = max([number_width, *(cell_width(styles.shown("money", v)) for v in actual)])
    number_width = max(number_width, *(cell_width(h) + 1 for h in headers[FIRST_MONTH_COL:]))
    sheet.set_column(0, 0, 16, None, {"hidden": True})
    sheet.set_column(1, 1, label_width)
    sheet.set_column(FIRST_MONTH_COL, TOTAL_COL, number_width)
    sheet.freeze_panes(1, 2)
    charts_top = last + 7
    budget_charts(workbook, sheet, words, rows, charts_top,
                  actual_row if actual else None)
    print_setup(sheet, [0, label_width, *[number_width] * (TOTAL_COL - 1)],
                charts_top + CHART_ROWS, repeat_cols=2)
    return rows


def _write_months(sheet: Any, styles: Styles, row: SheetRow, rows: dict[str, int]) -> None:
    r = rows[row.key]
    kind = _kind(row)
    if row.key == "annual_target":
        return
    if row.kind is RowKind.INPUT or row.key in _FROM_CALENDAR:
        fill = INPUT_FILL if row.kind is RowKind.INPUT else CALENDAR_FILL
        fmt = styles.cell(kind, fill)
        for m, value in enumerate(row.months):
            sheet.write_number(r, FIRST_MONTH_COL + m, value or 0.0, fmt)
        return
    fmt = styles.cell(kind)
    for m, value in enumerate(row.months):
        col = FIRST_MONTH_COL + m
        formula = month_formula(row.key, rows, col)
        assert formula is not None, row.key
        sheet.write_formula(r, col, formula, fmt, _cached(value))


def _write_total(sheet: Any, styles: Styles, row: SheetRow, rows: dict[str, int]) -> None:
    r = rows[row.key]
    if row.key == "annual_target":
        sheet.write_number(r, TOTAL_COL, row.total or 0.0, styles.cell("money", INPUT_FILL))
        return
    fmt = styles.cell(_kind(row), COMPUTED_FILL, bold=True)
    formula = total_formula(row.key, rows)
    if formula is None:  # no year figure (cost per click is not modelled over the year)
        sheet.write_blank(r, TOTAL_COL, None, fmt)
    else:
        sheet.write_formula(r, TOTAL_COL, formula, fmt, _cached(row.total))


def _legend(sheet: Any, styles: Styles, words: Words, top: int) -> list[str]:
    sheet.write_string(top, 1, words.legend("legend"), styles.bold)
    entries = (("input", INPUT_FILL), ("computed", None), ("from_calendar", CALENDAR_FILL))
    for n, (key, fill) in enumerate(entries, start=1):
        swatch = styles.get(bg_color=fill, border=1) if fill else styles.get(border=1)
        sheet.write_blank(top + n, FIRST_MONTH_COL, None, swatch)
        sheet.write_string(top + n, 1, words.legend(key))
    return [words.legend(key) for key, _ in entries]
