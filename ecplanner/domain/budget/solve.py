"""The sheet's "solve for" helpers: fill inputs from targets instead of typing them.

Each plan-level helper returns all twelve months, in month order, as new ``BudgetMonth``
values; a month that cannot be solved comes back unchanged, and the sheet's gap row shows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.shutdown import ShippingPause
from ecplanner.domain.model import BudgetMonth, Event, PlanInfo, Product

DEFAULT_SEARCH_SHARE = 0.15
"""Share of visitors who arrive through search-ad clicks (直通车), a planning assumption.

Between 10% and 20% is usual for a Tmall apparel store that advertises steadily; the user
should set it from their own traffic-source report.
"""


def uv_needed(target_gmv: float, cvr: float, aov: float, uplift: float = 1.0) -> float | None:
    """The base UV that, raised by ``uplift``, meets ``target_gmv`` at ``cvr`` and ``aov``.

    UV = target ÷ (CVR × AOV × uplift); None when that product is zero.
    """
    per_visitor = cvr * aov * uplift
    return target_gmv / per_visitor if per_visitor > 0 else None


def search_spend_for(uv: float, cpc: float, search_share: float) -> float:
    """Search-ads spend = clicks × CPC, where clicks = UV × ``search_share``."""
    return uv * search_share * cpc


def solve_uv(
    info: PlanInfo, months: Sequence[BudgetMonth], events: Sequence[Event],
    pause: ShippingPause | None = None,
) -> tuple[BudgetMonth, ...]:
    """Set each month's base UV so that its planned GMV equals its target.

    The base is divided by the month's event multiplier, so a month with 618 in it needs
    fewer base visitors. Months with CVR, AOV or multiplier zero are left unchanged.
    Raises ValueError unless ``months`` holds each of 1..12 once.
    """
    sheet = compute_sheet(info, months, events, pause)  # ``pause``: the courier shutdown
    solved = []
    for b, figures in zip(sorted(months, key=lambda m: m.month), sheet.months, strict=True):
        uv = uv_needed(figures.target, b.cvr, b.aov, figures.uplift or 0.0)
        solved.append(b if uv is None else replace(b, uv=uv))
    return tuple(solved)


def solve_search_spend(
    info: PlanInfo,
    months: Sequence[BudgetMonth],
    events: Sequence[Event],
    search_share: float = DEFAULT_SEARCH_SHARE,
    pause: ShippingPause | None = None,
) -> tuple[BudgetMonth, ...]:
    """Set each month's search spend from its planned UV (after uplift) and its ``cpc``.

    A month with ``cpc`` zero is left unchanged: no CPC means the user has not priced
    search ads there, and their typed spend should stay. Raises as ``solve_uv`` does.
    """
    sheet = compute_sheet(info, months, events, pause)
    solved = []
    for b, figures in zip(sorted(months, key=lambda m: m.month), sheet.months, strict=True):
        spend = search_spend_for(figures.planned_uv, b.cpc, search_share)
        solved.append(replace(b, spend_search=spend) if b.cpc > 0 else b)
    return tuple(solved)


PAID_CHANNELS = ("search", "display", "live", "offsite")
"""The channels with spend and an expected ROI: ``spend_<channel>`` and ``roi_<channel>``
(直通车, 引力魔方/万相台, 直播/达人, 站外)."""


def channel_spend_for(planned_gmv: float, gmv_share: float, roi: float) -> float | None:
    """The spend at which a channel with expected ``roi`` brings ``gmv_share`` of
    ``planned_gmv``: spend = GMV × share ÷ ROI (the sheet's channel GMV = spend × ROI,
    turned round). None when the channel has no expected ROI."""
    return planned_gmv * gmv_share / roi if roi > 0 else None


def solve_channel_spend(
    info: PlanInfo,
    months: Sequence[BudgetMonth],
    events: Sequence[Event],
    channel: str,
    gmv_share: float,
    pause: ShippingPause | None = None,
) -> tuple[BudgetMonth, ...]:
    """Set each month's spend on ``channel`` (one of ``PAID_CHANNELS``) so that, at its
    expected ROI, it brings ``gmv_share`` of the month's planned GMV. A month without an
    expected ROI for the channel keeps its spend. Raises ValueError for another channel,
    and as ``solve_uv`` does."""
    if channel not in PAID_CHANNELS:
        raise ValueError(f"not a paid channel: {channel}")
    sheet = compute_sheet(info, months, events, pause)
    solved = []
    for b, figures in zip(sorted(months, key=lambda m: m.month), sheet.months, strict=True):
        spend = channel_spend_for(figures.gmv, gmv_share, getattr(b, f"roi_{channel}"))
        changed: dict[str, Any] = {f"spend_{channel}": spend}
        solved.append(b if spend is None else replace(b, **changed))
    return tuple(solved)


def cogs_rates_from_products(products: Sequence[Product], year: int) -> list[float | None]:
    """Each month's cost-of-goods rate from the product mix on sale in it.

    Rate = Σ unit cost × first order ÷ Σ list price × first order over the products whose
    launch–delist span touches the month (a product with no delist stays on sale). The
    first order stands in for the mix's weight. None for a month with no priced product.
    """
    rates: list[float | None] = []
    for month in range(1, 13):
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        cost = price = 0.0
        for p in products:
            if p.launch is None or p.launch > last or (p.delist is not None and p.delist < first):
                continue
            weight = max(p.first_order_qty, 1)
            cost += p.unit_cost * weight
            price += p.list_price * weight
        rates.append(min(cost / price, 1.0) if price > 0 else None)
    return rates


def solve_cogs_rate(months: Sequence[BudgetMonth], products: Sequence[Product],
                    year: int) -> tuple[BudgetMonth, ...]:
    """The months with ``cogs_rate`` taken from the product mix where it is known."""
    rates = cogs_rates_from_products(products, year)
    return tuple(b if rates[b.month - 1] is None
                 else replace(b, cogs_rate=round(rates[b.month - 1] or 0.0, 4))
                 for b in sorted(months, key=lambda b: b.month))
