"""The Budget sheet's actual GMV row: each month's sum of the Actuals sheet's days.

Written only when the plan holds daily actuals of its year. Each month is a live ``SUMIFS`` over the
Actuals sheet's date and GMV columns, so a row the team adds there counts too; the cached
value is the app's own sum. The row's key (hidden column A) is not an input: re-import
passes over it. The GMV chart draws it beside the target and the plan. A month without a
day of actuals is blank, not 0: the months to come have not happened.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from ecplanner.domain.model import DailyActual
from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL, TOTAL_COL, col_letter
from ecplanner.exchange.xlsx.style import COMPUTED_FILL, Styles
from ecplanner.exchange.xlsx.tasks import ACTUAL_COLS
from ecplanner.exchange.xlsx.words import Words

KEY = "actual_gmv"
_DAY = col_letter([c.key for c in ACTUAL_COLS].index("day"))
_GMV = col_letter([c.key for c in ACTUAL_COLS].index("gmv"))


def monthly_sums(actuals: tuple[DailyActual, ...], year: int) -> list[float | None]:
    """GMV summed by month of ``year`` (days of other years left out); None for a month
    without a day of actuals (not yet happened, or not imported)."""
    sums: list[list[float]] = [[] for _ in range(12)]
    for actual in actuals:
        if actual.day.year == year:
            sums[actual.day.month - 1].append(actual.gmv)
    return [math.fsum(month) if month else None for month in sums]


def _month_formula(sheet_name: str, last_row: int, year: int, month: int) -> str:
    quoted = "'" + sheet_name.replace("'", "''") + "'"
    days = f"{quoted}!${_DAY}$2:${_DAY}${last_row}"
    gmv = f"{quoted}!${_GMV}$2:${_GMV}${last_row}"
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    return (f'=SUMIFS({gmv},{days},">="&DATE({start.year},{start.month},1),'
            f'{days},"<"&DATE({end.year},{end.month},1))')


def write_actual_gmv(sheet: Any, styles: Styles, words: Words, row: int,
                     actuals: tuple[DailyActual, ...], year: int) -> list[float]:
    """The row at ``row`` (0-based); returns its figures, the year's last. Without
    actuals in ``year`` (none yet, or only last year's, for the forecast) nothing is
    written and the list is empty."""
    if not any(a.day.year == year for a in actuals):
        return []
    sums = monthly_sums(actuals, year)
    actuals_sheet = words.sheet("actuals")
    last_row = len(actuals) + 1  # the Actuals sheet's header is its first row
    sheet.write_string(row, 0, KEY)
    sheet.write_string(row, 1, words.legend(KEY), styles.get(indent=1))
    fmt = styles.cell("money")
    for m, value in enumerate(sums):
        if value is None:  # left blank, so that the chart's line stops instead of falling to 0
            sheet.write_blank(row, FIRST_MONTH_COL + m, None, fmt)
        else:
            sheet.write_formula(row, FIRST_MONTH_COL + m,
                                _month_formula(actuals_sheet, last_row, year, m + 1), fmt, value)
    known = [value for value in sums if value is not None]
    first, last = col_letter(FIRST_MONTH_COL), col_letter(TOTAL_COL - 1)
    sheet.write_formula(row, TOTAL_COL, f"=SUM({first}{row + 1}:{last}{row + 1})",
                        styles.cell("money", COMPUTED_FILL, bold=True), math.fsum(known))
    return [*known, math.fsum(known)]
