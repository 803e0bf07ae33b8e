"""The report's daily sheet: each day's plan beside its actuals, and a native chart.

A day without imported actuals has blank actual cells (not zeros): the chart's actual
columns stop there instead of dropping to nothing.
"""

from __future__ import annotations

from typing import Any

from ecplanner.domain.review.rollup import Totals, buyers_of
from ecplanner.exchange.report.data import DayRow, ReportData
from ecplanner.exchange.report.words import daily_rule, report_word
from ecplanner.exchange.xlsx.style import Styles, safe_text
from ecplanner.exchange.xlsx.table import Col, Layout, Table
from ecplanner.exchange.xlsx.words import WEEKDAYS, Words

DAILY_COLS = (Col("date", "date"), Col("weekday"), Col("events", width=26),
              Col("plan_gmv", "money"), Col("actual_gmv", "money"),
              Col("plan_uv", "count"), Col("actual_uv", "count"),
              Col("plan_cvr", "percent"), Col("actual_cvr", "percent"),
              Col("plan_aov", "price"), Col("actual_aov", "price"))
CHART_ROWS = 20
_GMV_PLAN, _GMV_ACTUAL = 3, 4


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def _day_values(row: DayRow, weekdays: str) -> tuple[object, ...]:
    plan, actual = row.plan, row.actual
    planned = (plan.gmv, plan.uv, _ratio(plan.buyers, plan.uv), _ratio(plan.gmv, plan.buyers))
    if actual is None:
        real: tuple[object, ...] = (None, None, None, None)
    else:
        buyers = buyers_of(actual)
        real = (actual.gmv, actual.uv, _ratio(buyers, actual.uv), _ratio(actual.gmv, buyers))
    return (plan.day, weekdays[plan.day.weekday()], " / ".join(row.events),
            planned[0], real[0], planned[1], real[1], planned[2], real[2], planned[3], real[3])


def _total_values(words: Words, plan: Totals, actual: Totals) -> tuple[object, ...]:
    return (report_word(words, "total"), "", "", plan.gmv, actual.gmv, plan.uv, actual.uv,
            plan.cvr, actual.cvr, plan.aov, actual.aov)


def write_daily(workbook: Any, styles: Styles, words: Words, data: ReportData) -> None:
    sheet = workbook.add_worksheet(report_word(words, "daily"))
    table = Table(sheet, styles, DAILY_COLS)
    table.header([report_word(words, c.key) if c.key != "events" else
                  report_word(words, "events") for c in DAILY_COLS])
    weekdays = WEEKDAYS[words.lang]
    first = table.next_row
    for row in data.days:
        table.row(_day_values(row, weekdays))
    last = table.next_row - 1
    # The total compares like with like: the plan of the days that have actuals.
    total_row = table.row(_total_values(words, data.plan_of_data_days, data.actual),
                          Layout(styles, DAILY_COLS, bold=True, top=1))
    widths = table.finish(freeze_cols=1)
    note = total_row + 2
    note_format = styles.get(italic=True, font_color="#595959", text_wrap=True, valign="top")
    sheet.merge_range(note, 0, note, len(DAILY_COLS) - 1, "", note_format)
    safe_text(sheet, note, 0, daily_rule(words, data.weekdays_from), note_format, styles)
    sheet.set_row(note, 30)
    name = sheet.get_name()
    chart = workbook.add_chart({"type": "column"})
    chart.add_series({"name": [name, 0, _GMV_ACTUAL], "categories": [name, first, 0, last, 0],
                      "values": [name, first, _GMV_ACTUAL, last, _GMV_ACTUAL],
                      "fill": {"color": "#4472C4"}, "gap": 60})
    plan_line = workbook.add_chart({"type": "line"})
    plan_line.add_series({"name": [name, 0, _GMV_PLAN], "categories": [name, first, 0, last, 0],
                          "values": [name, first, _GMV_PLAN, last, _GMV_PLAN],
                          "line": {"color": "#C00000", "width": 2.25},
                          "marker": {"type": "circle", "size": 4,
                                     "fill": {"color": "#C00000"},
                                     "border": {"color": "#C00000"}}})
    chart.combine(plan_line)
    chart.show_blanks_as("gap")
    chart.set_title({"name": report_word(words, "chart"), "name_font": {"size": 11}})
    chart.set_legend({"position": "bottom"})
    chart.set_y_axis({"min": 0, "num_format": "#,##0", "major_gridlines": {
        "visible": True, "line": {"color": "#D9D9D9"}}})
    chart.set_x_axis({"date_axis": False, "num_format": "m-d", "num_font": {"rotation": -45}})
    top = note + 2
    width_px = sum(w * 7 + 5 for w in widths)
    chart.set_size({"width": min(max(width_px * 0.95, 640), 1100), "height": CHART_ROWS * 20})
    sheet.insert_chart(top, 0, chart, {"x_offset": 4})
    # A month and its chart on one portrait page (about 80% for 31 days).
    sheet.print_area(0, 0, top + CHART_ROWS, len(DAILY_COLS) - 1)
    sheet.set_portrait()
    sheet.fit_to_pages(1, 1)
