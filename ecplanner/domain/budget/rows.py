"""The rows of the input-output sheet, in display order, with stable keys.

An input row's key is the ``BudgetMonth`` field it edits, except ``annual_target``, which
is ``PlanInfo.annual_target`` and has a value in the total column only. A computed row's key
is a ``MonthFigures`` field. Keys are stable: the Excel export and saved UI state use them.
The total column is always computed, even on input rows (e.g. total CVR = orders ÷ UV).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RowGroup(StrEnum):
    TARGET = "target"
    TRAFFIC = "traffic"
    SPEND = "spend"
    COSTS = "costs"
    RESULTS = "results"


class RowKind(StrEnum):
    INPUT = "input"
    COMPUTED = "computed"


class Unit(StrEnum):
    MONEY = "money"  # the store's currency
    PERCENT = "percent"  # a fraction: 0.035 shows as 3.5%
    COUNT = "count"  # visitors, orders
    RATIO = "ratio"  # a multiplier: ROI 4.2, uplift 1.3
    FLAG = "flag"  # 1.0 yes, 0.0 no


@dataclass(frozen=True)
class RowSpec:
    key: str
    group: RowGroup
    kind: RowKind
    unit: Unit


def _rows(group: RowGroup, *specs: tuple[str, RowKind, Unit]) -> tuple[RowSpec, ...]:
    return tuple(RowSpec(key, group, kind, unit) for key, kind, unit in specs)


_IN, _OUT = RowKind.INPUT, RowKind.COMPUTED

ROW_SPECS: tuple[RowSpec, ...] = (
    *_rows(
        RowGroup.TARGET,
        ("annual_target", _IN, Unit.MONEY),
        ("weight", _IN, Unit.PERCENT),
        ("target", _OUT, Unit.MONEY),
    ),
    *_rows(
        RowGroup.TRAFFIC,
        ("uv", _IN, Unit.COUNT),  # base visitors, before event uplift
        ("uplift", _OUT, Unit.RATIO),
        ("planned_uv", _OUT, Unit.COUNT),
        ("cvr", _IN, Unit.PERCENT),
        ("aov", _IN, Unit.MONEY),  # per buyer (客单价)
        ("buyers", _OUT, Unit.COUNT),
        ("orders_per_buyer", _IN, Unit.RATIO),
        ("orders", _OUT, Unit.COUNT),
        ("gmv", _OUT, Unit.MONEY),
        ("gap", _OUT, Unit.MONEY),
    ),
    *_rows(
        RowGroup.SPEND,
        ("spend_search", _IN, Unit.MONEY),
        ("roi_search", _IN, Unit.RATIO),
        ("gmv_search", _OUT, Unit.MONEY),
        ("cpc", _IN, Unit.MONEY),
        ("spend_display", _IN, Unit.MONEY),
        ("roi_display", _IN, Unit.RATIO),
        ("gmv_display", _OUT, Unit.MONEY),
        ("affiliate_rate", _IN, Unit.PERCENT),
        ("affiliate_share", _IN, Unit.PERCENT),
        ("affiliate_refund_rate", _IN, Unit.PERCENT),
        ("affiliate_confirmed", _OUT, Unit.MONEY),
        ("affiliate_service_rate", _IN, Unit.PERCENT),
        ("spend_affiliate", _OUT, Unit.MONEY),
        ("gmv_affiliate", _OUT, Unit.MONEY),
        ("roi_affiliate", _OUT, Unit.RATIO),
        ("spend_live", _IN, Unit.MONEY),
        ("roi_live", _IN, Unit.RATIO),
        ("gmv_live", _OUT, Unit.MONEY),
        ("spend_offsite", _IN, Unit.MONEY),
        ("roi_offsite", _IN, Unit.RATIO),
        ("gmv_offsite", _OUT, Unit.MONEY),
        ("spend_other", _IN, Unit.MONEY),
        ("spend_total", _OUT, Unit.MONEY),
        ("spend_pct_gmv", _OUT, Unit.PERCENT),
        ("gmv_paid", _OUT, Unit.MONEY),
        ("gmv_organic", _OUT, Unit.MONEY),
    ),
    *_rows(
        RowGroup.COSTS,
        ("cogs_rate", _IN, Unit.PERCENT),
        ("cogs", _OUT, Unit.MONEY),
        ("held_share", _OUT, Unit.PERCENT),  # from the calendar: the courier shutdown
        ("held_orders", _OUT, Unit.COUNT),
        ("shipped_orders", _OUT, Unit.COUNT),
        ("shipping_per_order", _IN, Unit.MONEY),
        ("shipping", _OUT, Unit.MONEY),
        ("commission_rate", _IN, Unit.PERCENT),
        ("commission", _OUT, Unit.MONEY),
        ("payment_fee_rate", _IN, Unit.PERCENT),
        ("payment_fees", _OUT, Unit.MONEY),
        ("refund_rate", _IN, Unit.PERCENT),
        ("refunds", _OUT, Unit.MONEY),
        ("refund_unshipped_share", _IN, Unit.PERCENT),
        ("refund_only_share", _IN, Unit.PERCENT),
        ("write_down_share", _IN, Unit.PERCENT),
        ("refund_goods_lost", _OUT, Unit.MONEY),
        ("returned_orders", _OUT, Unit.COUNT),
        ("return_cost", _IN, Unit.MONEY),
        ("return_costs", _OUT, Unit.MONEY),
        ("fixed_costs", _IN, Unit.MONEY),
    ),
    *_rows(
        RowGroup.RESULTS,
        ("net_sales", _OUT, Unit.MONEY),
        ("gross_profit", _OUT, Unit.MONEY),
        ("gross_margin", _OUT, Unit.PERCENT),
        ("net_profit", _OUT, Unit.MONEY),
        ("net_margin", _OUT, Unit.PERCENT),
        ("vat_rate", _IN, Unit.PERCENT),
        ("vat", _OUT, Unit.MONEY),
        ("net_profit_after_vat", _OUT, Unit.MONEY),
        ("roi", _OUT, Unit.RATIO),
        ("break_even_roi", _OUT, Unit.RATIO),
        ("clears_break_even", _OUT, Unit.FLAG),
    ),
)
