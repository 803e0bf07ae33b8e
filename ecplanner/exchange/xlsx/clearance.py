"""The Clearance sheet: per stock plan its inputs, markdown ladder, projected KPIs, and the
projected closing stock week by week to the right.

Inputs (stock, weekly rate, season end, elasticity, target, arrivals, ladder steps) are
re-imported (``xlsx_baseline`` records them, with the id, as exported); the KPIs and the
weekly projection are the app's own figures, read-only.
Arrivals are written as text, ``yyyy-mm-dd units`` separated by ``;``. Weeks under a
markdown are shaded by depth; weeks before launch or after delist are grey.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Any

from ecplanner.domain.model import Arrival, MarkdownStep, StockPlan
from ecplanner.exchange.plan_snapshot import ClearanceRow, PlanResults, PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaselineWriter
from ecplanner.exchange.xlsx.style import (
    COMPUTED_FILL,
    INPUT_FILL,
    Styles,
    cell_width,
    excel_date,
    quarter_breaks,
)
from ecplanner.exchange.xlsx.table import Col, Table
from ecplanner.exchange.xlsx.words import MAX_LADDER_STEPS, Words

_IN, _RO = INPUT_FILL, COMPUTED_FILL
_HEAD = (Col("code", fill=_RO), Col("name", fill=_RO), Col("on_hand", "count", _IN),
         Col("base_weekly_sales", "decimal", _IN), Col("season_end", "date", _IN),
         Col("elasticity", "decimal", _IN), Col("target_sell_through", "percent", _IN),
         Col("arrivals", fill=_IN, width=24))
_KPIS = (Col("sell_through", "percent", _RO), Col("weeks_of_cover", "decimal", _RO),
         Col("sold", "count", _RO), Col("leftover_units", "count", _RO),
         Col("leftover_cost", "money", _RO), Col("revenue", "money", _RO),
         Col("gross_margin", "money", _RO), Col("margin_rate", "percent", _RO),
         Col("first_stockout", "date", _RO), Col("reaches_target", "flag", _RO),
         Col("id", fill=_RO, hidden=True))
MARKDOWN_FILLS = ((0.2, "#FCE4D6"), (0.4, "#F8CBAD"), (1.0, "#F4B084"))
PRELAUNCH_FILL = "#EDEDED"


def arrivals_text(arrivals: tuple[Arrival, ...]) -> str:
    return "; ".join(f"{a.day.isoformat()} {a.units}" for a in arrivals)


def ladder_width(snapshot: PlanSnapshot) -> int:
    """Ladder step columns: the longest ladder plus one free pair, at least three."""
    longest = max((len(p.ladder) for p in snapshot.stock_plans), default=0)
    return min(max(longest + 1, 3), MAX_LADDER_STEPS)


def columns(steps: int) -> tuple[Col, ...]:
    ladder = [col for n in range(1, steps + 1)
              for col in (Col(f"ladder_date_{n}", "date", _IN),
                          Col(f"ladder_discount_{n}", "percent", _IN))]
    return (*_HEAD, *ladder, *_KPIS)


def input_keys(steps: int) -> tuple[str, ...]:
    """The keys of ``input_cells``: the row's inputs and its ladder of ``steps`` steps."""
    return tuple(c.key for c in columns(steps)[2:len(_HEAD) + 2 * steps])


def input_cells(plan: StockPlan, steps: int) -> tuple[object, ...]:
    """The row's input cells (after code and name): the inputs and the ladder."""
    return (plan.on_hand, plan.base_weekly_sales, plan.season_end, plan.elasticity,
            plan.target_sell_through, arrivals_text(plan.arrivals),
            *_ladder_cells(plan.ladder, steps))


def _ladder_cells(ladder: tuple[MarkdownStep, ...], steps: int) -> list[object]:
    cells: list[object] = []
    for n in range(steps):
        step = ladder[n] if n < len(ladder) else None
        cells += [step.start, step.discount] if step else [None, None]
    return cells


def _cover(value: float | None) -> object:
    if value is None:
        return None
    return "∞" if math.isinf(value) else value


def write_clearance(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                    results: PlanResults, baseline: BaselineWriter) -> None:
    sheet = workbook.add_worksheet(words.sheet("clearance"))
    steps = ladder_width(snapshot)
    cols = columns(steps)
    base = baseline.block("clearance", [c.key for c in cols],
                          [c.key for c in cols if c.fill == _IN or c.key == "id"])
    table = Table(sheet, styles, cols)
    table.header([words.header("clearance", c.key) for c in cols])
    weekly = _Weekly(sheet, styles, len(cols))
    weekly.prepare(results)
    for item in results.clearance:
        plan, product, totals = item.plan, item.product, item.totals
        values = (
            product.code, product.name, *input_cells(plan, steps),
            totals.sell_through, _cover(totals.weeks_of_cover), totals.sold,
            totals.leftover_units, totals.leftover_cost, totals.revenue, totals.gross_margin,
            totals.margin_rate, totals.first_stockout,
            1 if totals.reaches(plan.target_sell_through) else 0, plan.uuid,
        )
        row = table.row(values)
        base.add(values)
        weekly.draw(row, item)
    widths, breaks = weekly.finish(table.top, words.legend("weekly"), results)
    table.finish(freeze_cols=2, extra=widths, breaks=breaks)


class _Weekly:
    """The closing stock of each week, shaded by the week's markdown, from the batch arrays."""

    def __init__(self, sheet: Any, styles: Styles, first_col: int) -> None:
        self.sheet = sheet
        self.first_col = first_col
        self.plain = None  # whole units read well without a number format
        self.markdown = [(depth, styles.cell("count", fill)) for depth, fill in MARKDOWN_FILLS]
        self.prelaunch = styles.cell("count", PRELAUNCH_FILL)
        self._shades: dict[float, Any] = {}  # a ladder's few discounts → their shade
        self.header = styles.get(bold=True, bg_color="#DCE6F1", bottom=1, rotation=90,
                                 num_format="m-d", align="center")
        self.width = 0
        self.closing: list[list[float]] = []
        self.discount: list[list[float]] = []
        self.uplift: list[list[float]] = []
        self.weeks: list[int] = []

    def prepare(self, results: PlanResults) -> None:
        batch = results.batch
        self.closing = batch.closing.round().tolist()
        self.discount = batch.discount.tolist()
        self.uplift = batch.uplift.tolist()
        self.weeks = batch.n_weeks.tolist()
        self.width = max(self.weeks, default=0)

    def _format(self, discount: float, uplift: float) -> Any:
        """Grey off sale (before launch, after delist), shaded by markdown depth, else none."""
        if uplift == 0.0:
            return self.prelaunch
        if discount > 0:
            shade = self._shades.get(discount)
            if shade is None:
                shade = self._shades[discount] = next(
                    f for depth, f in self.markdown if discount <= depth)
            return shade
        return self.plain

    def draw(self, row: int, item: ClearanceRow) -> None:
        i = item.index
        closing, discount, uplift = self.closing[i], self.discount[i], self.uplift[i]
        write = self.sheet.write_number
        col = self.first_col
        for week in range(self.weeks[i]):
            write(row, col + week, closing[week], self._format(discount[week], uplift[week]))

    def finish(self, header_row: int, title: str,
               results: PlanResults) -> tuple[list[float], tuple[int, ...]]:
        """Headers and widths; returns the week columns' widths and the columns where a
        quarter starts (where a printed page may break)."""
        if not self.width:
            return [], ()
        start = results.clearance_start
        mondays = [start + timedelta(weeks=week) for week in range(self.width)]
        for week, monday in enumerate(mondays):
            self.sheet.write_number(header_row, self.first_col + week, excel_date(monday),
                                    self.header)
        widest = max((max(row[:n], default=0.0) for row, n in zip(self.closing, self.weeks,
                                                                   strict=True)), default=0.0)
        width = max(5.5, cell_width(f"{widest:.0f}"))
        self.sheet.set_column(self.first_col, self.first_col + self.width - 1, width)
        self.sheet.set_row(header_row, 48)
        self.sheet.write_comment(header_row, self.first_col, title)
        return [width] * self.width, quarter_breaks(mondays, self.first_col)
