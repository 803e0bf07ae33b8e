"""What each column of the Inventory table shows, edits and sorts by, per stock plan."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate

from ecplanner.domain.model import Product, StockPlan
from ecplanner.ui.common import labels
from ecplanner.ui.common.dates import from_qdate, to_qdate
from ecplanner.ui.inventory.formats import Formats

EDITABLE = ("on_hand", "base_weekly_sales", "season_end", "elasticity", "target_sell_through")
BATCH_FIGURES = ("sell_through", "weeks_of_cover", "leftover", "leftover_cost",
                 "revenue_total", "gross_margin")
"""The figures read from the projection's arrays as they are."""
SALES_FIGURES = ("observed_rate", "sold_so_far", "sell_through_to_date_planned",
                 "sell_through_to_date", "leftover_at_delist_planned", "leftover_at_delist",
                 "sell_through_at_delist_planned", "sell_through_at_delist")
"""The figures of real sell-through (``InventorySnapshot.figures``); NaN where none."""
FIGURES = (*BATCH_FIGURES, *SALES_FIGURES)
COLUMNS = ("product", "group", "on_hand", "on_order", "base_weekly_sales", "observed_rate",
           "sold_so_far", "sell_through_to_date_planned", "sell_through_to_date",
           "season_end", "elasticity", "target_sell_through", "sell_through",
           "weeks_of_cover", "leftover_at_delist_planned", "leftover_at_delist",
           "sell_through_at_delist_planned", "sell_through_at_delist", "leftover",
           "leftover_cost", "revenue_total", "gross_margin")
_SHARES = ("sell_through_to_date_planned", "sell_through_to_date",
           "sell_through_at_delist_planned", "sell_through_at_delist")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StockTableModel", text)


def headers() -> tuple[str, ...]:
    return (_tr("Product"), _tr("Wave"), _tr("On hand"), _tr("On order"),
            _tr("Sales / wk"), _tr("Real sales / wk"), _tr("Sold so far"),
            _tr("Sell-through to date (plan)"), _tr("Sell-through to date"), _tr("Season end"),
            _tr("Elasticity"), _tr("Target"), _tr("Sell-through"), _tr("Cover (wks)"),
            _tr("Left at delist (plan)"), _tr("Left at delist"),
            _tr("Sell-through at delist (plan)"), _tr("Sell-through at delist"), _tr("Leftover"),
            _tr("Leftover cost"), _tr("Revenue"), _tr("Gross margin"))


def header_tips() -> dict[str, str]:
    return {
        "base_weekly_sales": _tr("Base weekly sales: units a week at full price, typed in "
                                 "(the plan's imported actuals are store totals, not per "
                                 "product)"),
        "observed_rate": _tr("Base weekly sales the product's real sales show (from 14 days "
                             "of product data on): recent weeks weigh most, markdowns and "
                             "events taken out"),
        "sold_so_far": _tr("Units sold on the days of product data imported; the "
                           "projection starts from the stock left"),
        "sell_through_to_date_planned": _tr(
            "Share the plan sells from the first day of product data to the product's last "
            "(whole weeks): sold ÷ (on hand + arrivals)"),
        "sell_through_to_date": _tr("Share really sold: units sold on the days of product "
                                    "data ÷ (on hand + arrivals up to the last day)"),
        "sell_through_at_delist_planned": _tr("Share sold by the delist date's week at the "
                                              "planned rate: sold ÷ (on hand + arrivals)"),
        "sell_through_at_delist": _tr("The same from the real stock and rate once there are "
                                      "14 days of product data (units already sold "
                                      "included), else as planned"),
        "leftover_at_delist_planned": _tr("Units left after the delist date's week at the "
                                          "planned rate, from the planned stock"),
        "leftover_at_delist": _tr("Units left after the delist date's week: from the real "
                                  "stock and rate once there are 14 days of product data, "
                                  "else as planned"),
        "group": _tr("The product's wave (its season when it has none)"),
        "on_order": _tr("Units on order; edit the arrivals under the table"),
        "elasticity": _tr("Price lift = (1 − discount) ^ (−elasticity)"),
        "target_sell_through": _tr("Share of on hand + arrivals to sell by the season end"),
        "sell_through": _tr("Sold ÷ (on hand + arrivals) by the season end"),
        "weeks_of_cover": _tr("Weeks of cover: stock on hand ÷ the first selling week's "
                              "demand"),
        "leftover": _tr("Units left at the season end"),
        "leftover_cost": _tr("Units left at the season end × unit cost"),
        "gross_margin": _tr("Revenue − cost of the units sold"),
    }


def on_order(plan: StockPlan) -> int:
    return sum(arrival.units for arrival in plan.arrivals)


def display(column: str, plan: StockPlan, product: Product, figure: float,
            f: Formats) -> str:
    """The cell's text; ``figure`` is the projected value of a ``FIGURES`` column."""
    if column == "product":
        return f"{product.code}  {product.name}"
    if column == "group":
        return product.wave or labels.season(product.season)
    if column == "on_hand":
        return f.units(plan.on_hand)
    if column == "on_order":
        return f.units(on_order(plan))
    if column == "base_weekly_sales":
        return f.number(plan.base_weekly_sales)
    if column == "season_end":
        return f.day(plan.season_end) if plan.season_end else "–"
    if column == "elasticity":
        return f.number(plan.elasticity, 2)
    if column == "target_sell_through":
        return f.percent(plan.target_sell_through, 0)
    if column == "sell_through":
        return f.percent(figure)
    if column == "weeks_of_cover":
        return "–" if math.isnan(figure) else "∞" if math.isinf(figure) else f.number(figure)
    if column in SALES_FIGURES and math.isnan(figure):
        return "–"
    if column == "observed_rate":
        return f.number(figure)
    if column in _SHARES:
        return f.percent(figure)
    if column in ("leftover", "sold_so_far", "leftover_at_delist_planned",
                  "leftover_at_delist"):
        return f.units(figure)
    return f.money(figure)


def edit_value(column: str, plan: StockPlan) -> Any:
    """The value an editor starts from: the target in percent, the season end as a QDate."""
    if column == "season_end":
        return to_qdate(plan.season_end) if plan.season_end else QDate()
    if column == "target_sell_through":
        return round(plan.target_sell_through * 100, 4)
    return getattr(plan, column)


def sort_key(column: str, plan: StockPlan, product: Product, figure: float) -> Any:
    """Raw values to sort by; no figure (NaN) sorts first."""
    if column == "product":
        return product.code
    if column == "group":
        return f"{product.season.value} {product.wave}"
    if column == "on_order":
        return float(on_order(plan))
    if column == "season_end":
        return plan.season_end.toordinal() if plan.season_end else 0
    if column in FIGURES:
        return -math.inf if math.isnan(figure) else figure
    return float(getattr(plan, column))


def edited(plan: StockPlan, column: str, value: Any) -> StockPlan | None:
    """The plan with ``value`` typed into ``column``; None when nothing changes."""
    if column == "season_end":
        if not isinstance(value, QDate) or not value.isValid():
            return None
        new = replace(plan, season_end=from_qdate(value))
    elif column == "on_hand":
        new = replace(plan, on_hand=round(float(value)))
    elif column == "target_sell_through":
        new = replace(plan, target_sell_through=round(float(value) / 100, 6))
    elif column == "base_weekly_sales":
        new = replace(plan, base_weekly_sales=float(value))
    else:
        new = replace(plan, elasticity=float(value))
    return None if new == plan else new
