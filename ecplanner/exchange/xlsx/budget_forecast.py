"""The Budget sheet's forecast rows: Budget ▸ Forecast's figures beside the target.

Written only when the plan has last year's days for every month (``forecast_of``). The
forecast GMV is a value (last year's rhythm with this year's events and Spring Festival,
× (1 + the plan's growth), which no formula over the sheet can give); the shortfall and
the visitors it needs (blank where nothing is short) are live formulas over the target,
CVR and AOV rows of the same column, so a target or rate the team changes carries through.
The rows' keys (hidden column A) are not inputs: re-import passes over them.
"""

from __future__ import annotations

import math
from typing import Any

from ecplanner.domain.review.forecast import YearForecast
from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL, TOTAL_COL, col_letter
from ecplanner.exchange.xlsx.style import COMPUTED_FILL, Styles
from ecplanner.exchange.xlsx.words import Words

KEYS = ("forecast_gmv", "forecast_gap", "forecast_uv")


def write_forecast(sheet: Any, styles: Styles, words: Words, top: int,
                   forecast: YearForecast | None, rows: dict[str, int],
                   group_fmt: Any) -> list[str]:
    """A group title on row ``top`` (0-based), then ``KEYS``' rows; returns the title and
    the labels, a row each (none without a forecast)."""
    if forecast is None:
        return []
    months = forecast.months
    title = words.legend("forecast_group")
    sheet.write_blank(top, 0, None, group_fmt)
    sheet.write_string(top, 1, title, group_fmt)
    for col in range(FIRST_MONTH_COL, TOTAL_COL + 1):
        sheet.write_blank(top, col, None, group_fmt)
    labels = [words.legend(KEYS[0]).replace("{growth}", f"{forecast.growth * 100:+.1f}%"),
              words.legend(KEYS[1]), words.legend(KEYS[2])]
    gmv, gap, uv = top + 1, top + 2, top + 3
    label = styles.get(indent=1)
    for r, key, text in zip((gmv, gap, uv), KEYS, labels, strict=True):
        sheet.write_string(r, 0, key)
        sheet.write_string(r, 1, text, label)
    money, count = styles.cell("money"), styles.cell("count")
    for m, month in enumerate(months):
        col = FIRST_MONTH_COL + m
        c = col_letter(col)
        target, cvr, aov = (f"{c}{rows[k] + 1}" for k in ("target", "cvr", "aov"))
        sheet.write_number(gmv, col, month.forecast, money)
        sheet.write_formula(gap, col, f"=MAX(0,{target}-{c}{gmv + 1})", money, month.gap)
        short = f"{c}{gap + 1}"
        sheet.write_formula(uv, col, f'=IF(AND({short}>0,{cvr}*{aov}>0),'
                            f'{short}/({cvr}*{aov}),"")', count,
                            "" if not month.gap or month.uv_needed is None else month.uv_needed)
    first, last = col_letter(FIRST_MONTH_COL), col_letter(TOTAL_COL - 1)
    total = styles.cell("money", COMPUTED_FILL, bold=True)
    sums = (math.fsum(m.forecast for m in months), math.fsum(m.gap for m in months),
            math.fsum(m.uv_needed or 0.0 for m in months))
    for r, value in zip((gmv, gap, uv), sums, strict=True):
        fmt = total if r != uv else styles.cell("count", COMPUTED_FILL, bold=True)
        sheet.write_formula(r, TOTAL_COL, f"=SUM({first}{r + 1}:{last}{r + 1})", fmt, value)
    return [title, *labels]
