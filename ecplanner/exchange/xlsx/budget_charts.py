"""Native Excel charts under the Budget sheet's table: the monthly target against the
planned GMV (and the actual GMV, when the plan has actuals), and the spend with the ROI it
buys. Their series are the sheet's own rows, so
they follow the team's edits of the budget inputs."""

from __future__ import annotations

from typing import Any

from ecplanner.exchange.xlsx.budget_formulas import FIRST_MONTH_COL
from ecplanner.exchange.xlsx.words import Words

CHART_ROWS = 18  # the rows a chart covers (at the default row height)
_LAST_MONTH_COL = FIRST_MONTH_COL + 11
_SIZE = {"x_scale": 1.25, "y_scale": 1.2}  # 600 × 346 pixels: about 18 rows tall


def _series(sheet_name: str, row: int, **extra: object) -> dict[str, object]:
    return {"name": [sheet_name, row, 1],
            "categories": [sheet_name, 0, FIRST_MONTH_COL, 0, _LAST_MONTH_COL],
            "values": [sheet_name, row, FIRST_MONTH_COL, row, _LAST_MONTH_COL], **extra}


def budget_charts(workbook: Any, sheet: Any, words: Words, rows: dict[str, int],
                  top: int, actual_row: int | None = None) -> None:
    """Two charts side by side from row ``top``, in column B and beside it."""
    name = sheet.get_name()
    gmv = workbook.add_chart({"type": "column"})
    gmv.add_series(_series(name, rows["target"], fill={"color": "#BFBFBF"}))
    gmv.add_series(_series(name, rows["gmv"], fill={"color": "#4472C4"}))
    title = "chart_gmv"
    if actual_row is not None:
        actual = workbook.add_chart({"type": "line"})
        actual.add_series(_series(name, actual_row, marker={"type": "diamond"},
                                  line={"color": "#C00000"}))
        gmv.combine(actual)
        gmv.show_blanks_as("gap")  # months to come are blank: the line stops
        title = "chart_gmv_actual"
    gmv.set_title({"name": words.legend(title), "name_font": {"size": 11}})
    gmv.set_legend({"position": "bottom"})
    sheet.insert_chart(top, 1, gmv, _SIZE)

    spend = workbook.add_chart({"type": "column"})
    spend.add_series(_series(name, rows["spend_total"], fill={"color": "#ED7D31"}))
    roi = workbook.add_chart({"type": "line"})
    roi.add_series(_series(name, rows["roi"], y2_axis=True, marker={"type": "circle"},
                           line={"color": "#2F5597"}))
    spend.combine(roi)
    spend.set_title({"name": words.legend("chart_spend"), "name_font": {"size": 11}})
    spend.set_legend({"position": "bottom"})
    sheet.insert_chart(top, FIRST_MONTH_COL + 5, spend, _SIZE)
