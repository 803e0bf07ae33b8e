"""A table's number columns are as wide as their widest shown number, though most numbers
are not measured (one no larger than a measured one of its kind and sign shows no wider)."""

from __future__ import annotations

import io

import xlsxwriter

from ecplanner.exchange.xlsx.style import Styles
from ecplanner.exchange.xlsx.table import Col, Layout, Table
from ecplanner.exchange.xlsx.words import Words


def _widths(rows: list[list[object]], cols: list[Col]) -> list[float]:
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    table = Table(workbook.add_worksheet("t"), Styles(workbook, "CNY", Words("zh")), cols)
    for values in rows:
        table.row(values)
    workbook.close()
    return table.widths


def test_a_negative_number_widens_its_column_past_a_positive_one_as_large() -> None:
    # ¥-1,000 is the widest: 7 characters → 7 × 1.12 + 1.5 = 9.34 (``cell_width``);
    # ¥1,000 would give 6 × 1.12 + 1.5 = 8.22.
    widths = _widths([[-999.0], [1000.0], [-1000.0], [12.0]], [Col("gmv", "money")])
    assert round(widths[0], 2) == 9.34


def test_the_same_column_measures_each_kind_of_number_apart() -> None:
    # Rows of two layouts in one column are not mixed up: 50.0% as a percent (5
    # characters: 5 × 1.12 + 1.5 = 7.1) after a count of 3 (larger, but narrower shown).
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"in_memory": True})
    styles = Styles(workbook, "CNY", Words("zh"))
    table = Table(workbook.add_worksheet("t"), styles, [Col("n", "count")])
    table.row([3])
    table.row([0.5], Layout(styles, [Col("n", "percent")]))
    workbook.close()
    assert round(table.widths[0], 2) == 7.1
