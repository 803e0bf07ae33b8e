"""The input-output sheet's formulas in Excel, one per computed row (domain/budget/sheet.py).

A formula is a template over row keys: ``{gmv}`` becomes the GMV cell of the same column.
Month columns and the year column have their own templates, because the year recomputes
ratios from sums just as ``compute_sheet``'s total does. Each returns "" where the app has
no figure (a ratio over zero), so readers see an empty cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

MONTH_FORMULAS: dict[str, str] = {
    "target": "IF({weights}>0,{annual_target@}*{weight}/{weights},0)",
    "planned_uv": "{uv}*{uplift}",
    "buyers": "{planned_uv}*{cvr}",
    "orders": "{buyers}*{orders_per_buyer}",
    "gmv": "{buyers}*{aov}",
    "gap": "{gmv}-{target}",
    "gmv_search": "{spend_search}*{roi_search}",
    "gmv_display": "{spend_display}*{roi_display}",
    "gmv_affiliate": "{gmv}*{affiliate_share}",
    "affiliate_confirmed": "{gmv_affiliate}*(1-{affiliate_refund_rate})",
    "spend_affiliate": "{affiliate_confirmed}*{affiliate_rate}*(1+{affiliate_service_rate})",
    "roi_affiliate": 'IF({spend_affiliate}=0,"",{gmv_affiliate}/{spend_affiliate})',
    "gmv_live": "{spend_live}*{roi_live}",
    "gmv_offsite": "{spend_offsite}*{roi_offsite}",
    "spend_total": "{spend_search}+{spend_display}+{spend_affiliate}+{spend_live}"
                   "+{spend_offsite}+{spend_other}",
    "spend_pct_gmv": 'IF({gmv}=0,"",{spend_total}/{gmv})',
    "gmv_paid": "{gmv_search}+{gmv_display}+{gmv_affiliate}+{gmv_live}+{gmv_offsite}",
    "gmv_organic": "{gmv}-{gmv_paid}",
    "cogs": "{net_sales}*{cogs_rate}",
    "held_orders": "{orders}*(1-{refund_rate}*{refund_unshipped_share})*{held_share}",
    "shipped_orders": "{orders}*(1-{refund_rate}*{refund_unshipped_share})-{held_orders}"
                      "+{held_orders<}",
    "shipping": "{shipped_orders}*{shipping_per_order}",
    "returned_orders": "{orders}*{refund_rate}*(1-{refund_unshipped_share})"
                       "*(1-{refund_only_share})",
    "return_costs": "{returned_orders}*{return_cost}",
    "refund_goods_lost": "{refunds}*(1-{refund_unshipped_share})*({refund_only_share}"
                         "+(1-{refund_only_share})*{write_down_share})*{cogs_rate}",
    "commission": "{net_sales}*{commission_rate}",
    "payment_fees": "{gmv}*{payment_fee_rate}",
    "refunds": "{gmv}*{refund_rate}",
    "net_sales": "{gmv}-{refunds}",
    "gross_profit": "{net_sales}-{cogs}-{refund_goods_lost}-{shipping}-{return_costs}"
                    "-{commission}-{payment_fees}",
    "gross_margin": 'IF({net_sales}=0,"",{gross_profit}/{net_sales})',
    "net_profit": "{gross_profit}-{spend_total}-{fixed_costs}",
    "net_margin": 'IF({net_sales}=0,"",{net_profit}/{net_sales})',
    "vat": "({net_sales}-{cogs})*{vat_rate}/(1+{vat_rate})",
    "net_profit_after_vat": "{net_profit}-{vat}",
    "roi": 'IF({spend_total}=0,"",{gmv}/{spend_total})',
    "break_even_roi": 'IF({gross_profit}>0,{gmv}/{gross_profit},"")',
    "clears_break_even": "IF({spend_total}<={gross_profit},1,0)",
}

SUMMED = frozenset({
    "weight", "target", "uv", "planned_uv", "buyers", "orders", "gmv", "spend_search",
    "spend_display", "gmv_search", "gmv_display", "gmv_affiliate", "gmv_live", "gmv_offsite",
    "gmv_paid", "gmv_organic", "affiliate_confirmed", "spend_affiliate", "spend_live",
    "spend_offsite", "spend_other", "cogs", "refund_goods_lost", "held_orders", "shipped_orders",
    "shipping",
    "returned_orders", "return_costs", "commission", "payment_fees", "refunds", "fixed_costs",
    "vat",
})
"""Rows whose year figure is the sum of the months."""

_REFUNDED = "SUMPRODUCT({orders:row},{refund_rate:row})"  # refunded orders
_AFTER_DISPATCH = f"({_REFUNDED}-({{orders}}-{{shipped_orders}}))"  # refunded once shipped
_AFFILIATE_COMMISSION = "SUMPRODUCT({affiliate_confirmed:row},{affiliate_rate:row})"
TOTAL_FORMULAS: dict[str, str] = {
    "uplift": 'IF({uv}=0,"",{planned_uv}/{uv})',
    "cvr": 'IF({planned_uv}=0,"",{buyers}/{planned_uv})',
    "aov": 'IF({buyers}=0,"",{gmv}/{buyers})',
    "orders_per_buyer": 'IF({buyers}=0,"",{orders}/{buyers})',
    "affiliate_rate": f'IF({{affiliate_confirmed}}=0,"",'
                      f'{_AFFILIATE_COMMISSION}/{{affiliate_confirmed}})',
    "affiliate_share": 'IF({gmv}=0,"",{gmv_affiliate}/{gmv})',
    "affiliate_refund_rate": 'IF({gmv_affiliate}=0,"",1-{affiliate_confirmed}/{gmv_affiliate})',
    "roi_search": 'IF({spend_search}=0,"",{gmv_search}/{spend_search})',
    "roi_display": 'IF({spend_display}=0,"",{gmv_display}/{spend_display})',
    "roi_live": 'IF({spend_live}=0,"",{gmv_live}/{spend_live})',
    "roi_offsite": 'IF({spend_offsite}=0,"",{gmv_offsite}/{spend_offsite})',
    "affiliate_service_rate": f'IF({_AFFILIATE_COMMISSION}=0,"",'
                              f'{{spend_affiliate}}/{_AFFILIATE_COMMISSION}-1)',
    "cogs_rate": 'IF({net_sales}=0,"",{cogs}/{net_sales})',
    "shipping_per_order": 'IF({shipped_orders}=0,"",{shipping}/{shipped_orders})',
    "return_cost": 'IF({returned_orders}=0,"",{return_costs}/{returned_orders})',
    "refund_unshipped_share": f'IF({_REFUNDED}=0,"",({{orders}}-{{shipped_orders}})'
                              f'/{_REFUNDED})',
    "refund_only_share": f'IF({_AFTER_DISPATCH}=0,"",1-{{returned_orders}}/{_AFTER_DISPATCH})',
    "write_down_share": 'IF({returned_orders}=0,"",SUMPRODUCT({returned_orders:row},'
                        '{write_down_share:row})/{returned_orders})',
    "vat_rate": 'IF({net_sales}-{cogs}-{vat}=0,"",{vat}/({net_sales}-{cogs}-{vat}))',
    "commission_rate": 'IF({net_sales}=0,"",{commission}/{net_sales})',
    "payment_fee_rate": 'IF({gmv}=0,"",{payment_fees}/{gmv})',
    "refund_rate": 'IF({gmv}=0,"",{refunds}/{gmv})',
    **{key: MONTH_FORMULAS[key] for key in (
        "gap", "spend_total", "spend_pct_gmv", "roi_affiliate", "net_sales", "gross_profit",
        "gross_margin", "net_profit", "net_margin", "net_profit_after_vat", "roi", "break_even_roi",
        "clears_break_even")},
}

FIRST_MONTH_COL = 2  # column C
TOTAL_COL = FIRST_MONTH_COL + 12  # column O
_PLACEHOLDER = re.compile(r"\{(\w+)(@|:row|<)?\}")


def col_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def fill(template: str, rows: Mapping[str, int], col: int) -> str:
    """The formula for column ``col`` (0-based); ``rows`` maps keys to 0-based rows.

    ``{key}`` is the key's cell in this column, ``{key@}`` its year cell (absolute),
    ``{key:row}`` its twelve month cells, ``{key<}`` its cell in the month before (0 in
    January), ``{weights}`` the sum of the weights.
    """
    first, last = col_letter(FIRST_MONTH_COL), col_letter(TOTAL_COL - 1)

    def cell(match: re.Match[str]) -> str:
        key, how = match.group(1), match.group(2)
        if key == "weights":
            r = rows["weight"] + 1
            return f"SUM(${first}${r}:${last}${r})"
        r = rows[key] + 1
        if how == "@":
            return f"${col_letter(TOTAL_COL)}${r}"
        if how == ":row":
            return f"${first}${r}:${last}${r}"
        if how == "<":
            return "0" if col == FIRST_MONTH_COL else f"{col_letter(col - 1)}{r}"
        return f"{col_letter(col)}{r}"

    return "=" + _PLACEHOLDER.sub(cell, template)


def month_formula(key: str, rows: Mapping[str, int], col: int) -> str | None:
    template = MONTH_FORMULAS.get(key)
    return None if template is None else fill(template, rows, col)


def total_formula(key: str, rows: Mapping[str, int]) -> str | None:
    if key in SUMMED:
        r = rows[key] + 1
        return f"=SUM({col_letter(FIRST_MONTH_COL)}{r}:{col_letter(TOTAL_COL - 1)}{r})"
    template = TOTAL_FORMULAS.get(key)
    return None if template is None else fill(template, rows, TOTAL_COL)
