"""The Products sheet: the product table with milestone dates, and a week timeline beside it.

The timeline has one narrow column per week (headed by its Monday): weeks from the first
milestone to the launch are filled with the preparation colour, weeks on sale with the
season's colour; ▶ marks the launch week and ■ the delist week. Milestone dates and the
timeline are computed (read-only); the table's other cells are inputs, and ``xlsx_baseline``
records them (with the id) as exported. ``ProductCells`` gives a row's table cells.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ecplanner.domain.model import MilestoneKind, Product
from ecplanner.domain.products.rules import milestone_dates, reorder_by
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaselineWriter
from ecplanner.exchange.xlsx.code_words import PRODUCT_ROLES, PRODUCT_STATUSES, SEASONS
from ecplanner.exchange.xlsx.style import (
    COMPUTED_FILL,
    INPUT_FILL,
    Styles,
    excel_date,
    quarter_breaks,
)
from ecplanner.exchange.xlsx.table import Col, Table
from ecplanner.exchange.xlsx.words import Words

_IN, _RO = INPUT_FILL, COMPUTED_FILL
PRODUCT_COLS = (
    Col("code", fill=_IN), Col("name", fill=_IN), Col("season", fill=_IN),
    Col("category", fill=_IN), Col("wave", fill=_IN), Col("role", fill=_IN),
    Col("status", fill=_IN), Col("unit_cost", "price", _IN), Col("list_price", "price", _IN),
    Col("launch", "date", _IN), Col("delist", "date", _IN), Col("first_order_qty", "count", _IN),
    Col("lead_time_days", "count", _IN), Col("owner", fill=_IN), Col("notes", fill=_IN, width=30),
    Col("sample", "date", _RO), Col("shoot", "date", _RO), Col("detail_page", "date", _RO),
    Col("stock_in", "date", _RO), Col("reorder_by", "date", _RO), Col("id", fill=_RO, hidden=True),
)
SEASON_FILLS = {"spring": "#A9D08E", "summer": "#FFD966", "autumn": "#F4B183",
                "winter": "#9DC3E6", "all_year": "#BFBFBF"}
PRODUCT_KEYS = tuple(c.key for c in PRODUCT_COLS)
PRODUCT_INPUT_KEYS = tuple(c.key for c in PRODUCT_COLS if c.fill == _IN or c.key == "id")
PREP_FILL = "#DDEBF7"
_WEEK_WIDTH = 2.6
_MILESTONES = (MilestoneKind.SAMPLE, MilestoneKind.SHOOT, MilestoneKind.DETAIL_PAGE,
               MilestoneKind.STOCK_IN)


def timeline_weeks(snapshot: PlanSnapshot) -> list[date]:
    """The Mondays of the timeline's week columns: the plan's year, widened to every
    product's first milestone and delist day but to at most a year either side."""
    year = snapshot.info.year
    first, last = date(year, 1, 1), date(year, 12, 31)
    for product in snapshot.products:
        days = [*milestone_dates(product).values(), product.launch, product.delist]
        known = [day for day in days if day is not None]
        if known:
            first, last = min(first, *known), max(last, *known)
    first, last = max(first, date(year - 1, 1, 1)), min(last, date(year + 1, 12, 31))
    monday = first - timedelta(days=first.weekday())
    return [monday + timedelta(weeks=w) for w in range((last - monday).days // 7 + 1)]


class ProductCells:
    """The table cells of product rows, in ``PRODUCT_COLS`` order, in ``words``' language."""

    def __init__(self, words: Words) -> None:
        self.seasons = {code: words.t(SEASONS, code) for code in SEASONS}
        self.roles = {code: words.t(PRODUCT_ROLES, code) for code in PRODUCT_ROLES}
        self.statuses = {code: words.t(PRODUCT_STATUSES, code) for code in PRODUCT_STATUSES}

    def row(self, product: Product,
            milestones: dict[MilestoneKind, date] | None = None) -> tuple[object, ...]:
        milestones = milestone_dates(product) if milestones is None else milestones
        return (
            product.code, product.name, self.seasons[product.season.value], product.category,
            product.wave, self.roles[product.role.value], self.statuses[product.status.value],
            product.unit_cost, product.list_price, product.launch, product.delist,
            product.first_order_qty, product.lead_time_days, product.owner, product.notes,
            *(milestones.get(kind) for kind in _MILESTONES), reorder_by(product), product.uuid,
        )


def write_products(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot,
                   baseline: BaselineWriter) -> None:
    sheet = workbook.add_worksheet(words.sheet("products"))
    base = baseline.block("products", PRODUCT_KEYS, PRODUCT_INPUT_KEYS)
    table = Table(sheet, styles, PRODUCT_COLS)
    table.header([words.header("products", c.key) for c in PRODUCT_COLS])
    cells = ProductCells(words)
    weeks = timeline_weeks(snapshot)
    drawer = _Timeline(sheet, styles, len(PRODUCT_COLS), weeks)
    for product in snapshot.products:
        milestones = milestone_dates(product)
        values = cells.row(product, milestones)
        row = table.row(values)
        base.add(values)
        drawer.draw(row, product, min(milestones.values(), default=None))
    widths, breaks = drawer.finish(table.top)
    table.finish(freeze_cols=2, extra=widths, breaks=breaks)


class _Timeline:
    def __init__(self, sheet: Any, styles: Styles, first_col: int, weeks: list[date]) -> None:
        self.sheet = sheet
        self.first_col = first_col
        self.weeks = weeks
        self.origin = weeks[0] if weeks else date.today()
        self.prep = styles.get(bg_color=PREP_FILL)
        self.on_sale = {s: styles.get(bg_color=c, align="center", font_size=8)
                        for s, c in SEASON_FILLS.items()}
        self.week_header = styles.get(bold=True, bg_color="#DCE6F1", bottom=1, rotation=90,
                                      num_format="m-d", align="center")

    def _col(self, day: date) -> int:
        return (day - self.origin).days // 7

    def draw(self, row: int, product: Product, first_milestone: date | None) -> None:
        if product.launch is None or not self.weeks:
            return
        last_week = len(self.weeks) - 1
        launch = min(max(self._col(product.launch), 0), last_week)
        delist = last_week if product.delist is None else min(self._col(product.delist),
                                                              last_week)
        base = self.first_col
        if first_milestone is not None:
            for week in range(max(self._col(first_milestone), 0), launch):
                self.sheet.write_blank(row, base + week, None, self.prep)
        fill = self.on_sale[product.season.value]
        for week in range(launch, max(delist, launch) + 1):
            self.sheet.write_blank(row, base + week, None, fill)
        self.sheet.write_string(row, base + launch, "▶", fill)
        if product.delist is not None and delist >= launch and self._col(product.delist) <= \
                last_week:
            self.sheet.write_string(row, base + delist, "■", fill)

    def finish(self, header_row: int) -> tuple[list[float], tuple[int, ...]]:
        """Headers and widths; returns the week columns' widths and the columns where a
        quarter starts (where a printed page may break)."""
        if not self.weeks:
            return [], ()
        last = self.first_col + len(self.weeks) - 1
        self.sheet.set_column(self.first_col, last, _WEEK_WIDTH)
        self.sheet.set_row(header_row, 48)
        for week, monday in enumerate(self.weeks):
            self.sheet.write_number(header_row, self.first_col + week, excel_date(monday),
                                    self.week_header)
        return [_WEEK_WIDTH] * len(self.weeks), quarter_breaks(self.weeks, self.first_col)
