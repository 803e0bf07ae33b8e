"""The input-output sheet (投入产出表): twelve months and a year total, computed from inputs.

Per month (formulas shown to the user, see DESIGN.md):

- target = annual target × weight ÷ Σ weights; planned UV = base UV × event multiplier
  (``budget_uplift.event_uplift_by_month``); orders = UV × CVR; GMV = orders × AOV;
  gap = GMV − target.
- affiliate spend = affiliate rate × affiliate share × GMV (淘宝客 is paid on the GMV it brings);
  total spend = search + display + affiliate + live + off-site + other.
- refunds = GMV × refund rate; net sales = GMV − refunds.
- COGS = COGS rate × net sales: refunded apparel mostly comes back as stock, so only goods
  kept by buyers cost us. Commission = commission rate × net sales: Tmall returns its
  commission on refunded orders. Payment fees = fee rate × GMV: charged on payment and
  conservatively assumed kept on refunds. Shipping = per order × orders: every order ships.
- gross profit = net sales − COGS − shipping − commission − payment fees;
  gross margin = gross profit ÷ net sales; net profit = gross profit − spend − fixed costs;
  net margin = net profit ÷ net sales.
- ROI (投产比, ROAS elsewhere) = GMV ÷ spend. Break-even ROI = 1 ÷ (gross profit ÷ GMV)
  = GMV ÷ gross profit: note the rate is on GMV, not the net-sales margin shown above, since
  ROI is on GMV too. ROI ≥ break-even ⇔ GMV ÷ spend ≥ GMV ÷ gross profit ⇔ spend ≤ gross
  profit (both positive), which is how ``clears_break_even`` is decided: ad spend is covered
  by gross profit. Fixed costs are not in it, as in the trade's 保本投产比.

The year total sums amounts and recomputes every ratio and rate from those sums.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields

from ecplanner.domain.budget.rows import ROW_SPECS, RowGroup, RowKind, RowSpec, Unit
from ecplanner.domain.budget.uplift import event_uplift_by_month, normalised_weights
from ecplanner.domain.model import BudgetMonth, Event, PlanInfo

__all__ = [
    "ROW_SPECS",
    "MonthFigures",
    "RowGroup",
    "RowKind",
    "RowSpec",
    "Sheet",
    "SheetRow",
    "Unit",
    "compute_sheet",
]


def _ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class _Amounts:
    """The additive quantities of a column: these sum into the year total."""

    weight: float
    target: float
    uv: float
    planned_uv: float
    orders: float
    gmv: float
    spend_search: float
    spend_display: float
    affiliate_gmv: float
    spend_affiliate: float
    spend_live: float
    spend_offsite: float
    spend_other: float
    refunds: float
    cogs: float
    shipping: float
    commission: float
    payment_fees: float
    fixed_costs: float


@dataclass(frozen=True)
class _Rates:
    """The per-unit quantities of a column: inputs in a month, derived in the total."""

    uplift: float | None
    cvr: float | None
    aov: float | None
    cpc: float | None
    affiliate_rate: float | None
    affiliate_share: float | None
    cogs_rate: float | None
    shipping_per_order: float | None
    commission_rate: float | None
    payment_fee_rate: float | None
    refund_rate: float | None


@dataclass(frozen=True)
class MonthFigures:
    """One column of the sheet; ``month`` is None for the year total.

    Field names are the row keys. In a month the rates and ``cvr``/``aov``/``cpc`` are the
    inputs; in the total they are recomputed from sums (``cpc`` is None there: clicks are not
    modelled). A ratio is None when its denominator is zero.
    """

    month: int | None
    weight: float
    target: float
    uv: float
    uplift: float | None
    planned_uv: float
    cvr: float | None
    aov: float | None
    orders: float
    gmv: float
    gap: float
    spend_search: float
    spend_display: float
    affiliate_rate: float | None
    affiliate_share: float | None
    spend_affiliate: float
    spend_live: float
    spend_offsite: float
    spend_other: float
    spend_total: float
    spend_pct_gmv: float | None
    cpc: float | None
    cogs_rate: float | None
    cogs: float
    shipping_per_order: float | None
    shipping: float
    commission_rate: float | None
    commission: float
    payment_fee_rate: float | None
    payment_fees: float
    refund_rate: float | None
    refunds: float
    fixed_costs: float
    net_sales: float
    gross_profit: float
    gross_margin: float | None
    net_profit: float
    net_margin: float | None
    roi: float | None
    break_even_roi: float | None
    clears_break_even: bool


@dataclass(frozen=True)
class SheetRow:
    """One row as the UI and the Excel export enumerate it: 12 months, then the total."""

    key: str
    group: RowGroup
    kind: RowKind
    unit: Unit
    months: tuple[float | None, ...]
    total: float | None


@dataclass(frozen=True)
class Sheet:
    """The computed sheet. ``rows`` follows ``ROW_SPECS`` order."""

    year: int
    annual_target: float
    months: tuple[MonthFigures, ...]
    total: MonthFigures

    @property
    def rows(self) -> list[SheetRow]:
        return [self._row(spec) for spec in ROW_SPECS]

    def row(self, key: str) -> SheetRow:
        """The row with ``key``; KeyError for an unknown key."""
        for spec in ROW_SPECS:
            if spec.key == key:
                return self._row(spec)
        raise KeyError(key)

    def _row(self, spec: RowSpec) -> SheetRow:
        if spec.key == "annual_target":
            # One figure for the year: it lives in the total column only.
            months: tuple[float | None, ...] = (None,) * 12
            return SheetRow(spec.key, spec.group, spec.kind, spec.unit, months, self.annual_target)
        values = [_cell(column, spec.key) for column in (*self.months, self.total)]
        return SheetRow(spec.key, spec.group, spec.kind, spec.unit, tuple(values[:12]), values[12])


def _cell(column: MonthFigures, key: str) -> float | None:
    value: float | bool | None = getattr(column, key)
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    return value


def compute_sheet(
    info: PlanInfo, months: Sequence[BudgetMonth], events: Sequence[Event]
) -> Sheet:
    """The sheet for ``info.year``; ``months`` must hold each of 1..12 once (any order).

    Raises ValueError otherwise. Events outside the year are ignored.
    """
    ordered = sorted(months, key=lambda b: b.month)
    if [b.month for b in ordered] != list(range(1, 13)):
        raise ValueError("compute_sheet needs exactly one BudgetMonth for each month 1..12")
    shares = normalised_weights([b.weight for b in ordered])
    uplifts = event_uplift_by_month(events, info.year, info.platforms)
    columns = [
        _month_figures(b, info.annual_target * share, uplift)
        for b, share, uplift in zip(ordered, shares, uplifts, strict=True)
    ]
    return Sheet(
        year=info.year,
        annual_target=info.annual_target,
        months=tuple(figures for figures, _ in columns),
        total=_total_figures([amounts for _, amounts in columns]),
    )


def _month_figures(b: BudgetMonth, target: float, uplift: float) -> tuple[MonthFigures, _Amounts]:
    planned_uv = b.uv * uplift
    orders = planned_uv * b.cvr
    gmv = orders * b.aov
    refunds = gmv * b.refund_rate
    net_sales = gmv - refunds
    affiliate_gmv = gmv * b.affiliate_share
    amounts = _Amounts(
        weight=b.weight, target=target, uv=b.uv, planned_uv=planned_uv, orders=orders, gmv=gmv,
        spend_search=b.spend_search, spend_display=b.spend_display,
        affiliate_gmv=affiliate_gmv, spend_affiliate=affiliate_gmv * b.affiliate_rate,
        spend_live=b.spend_live, spend_offsite=b.spend_offsite, spend_other=b.spend_other,
        refunds=refunds, cogs=net_sales * b.cogs_rate, shipping=orders * b.shipping_per_order,
        commission=net_sales * b.commission_rate, payment_fees=gmv * b.payment_fee_rate,
        fixed_costs=b.fixed_costs,
    )
    rates = _Rates(
        uplift=uplift, cvr=b.cvr, aov=b.aov, cpc=b.cpc, affiliate_rate=b.affiliate_rate,
        affiliate_share=b.affiliate_share, cogs_rate=b.cogs_rate,
        shipping_per_order=b.shipping_per_order, commission_rate=b.commission_rate,
        payment_fee_rate=b.payment_fee_rate, refund_rate=b.refund_rate,
    )
    return _figures(b.month, amounts, rates), amounts


def _total_figures(columns: Sequence[_Amounts]) -> MonthFigures:
    a = _Amounts(
        **{f.name: math.fsum(getattr(c, f.name) for c in columns) for f in fields(_Amounts)}
    )
    net_sales = a.gmv - a.refunds
    rates = _Rates(
        uplift=_ratio(a.planned_uv, a.uv), cvr=_ratio(a.orders, a.planned_uv),
        aov=_ratio(a.gmv, a.orders), cpc=None,
        affiliate_rate=_ratio(a.spend_affiliate, a.affiliate_gmv),
        affiliate_share=_ratio(a.affiliate_gmv, a.gmv),
        cogs_rate=_ratio(a.cogs, net_sales), shipping_per_order=_ratio(a.shipping, a.orders),
        commission_rate=_ratio(a.commission, net_sales),
        payment_fee_rate=_ratio(a.payment_fees, a.gmv), refund_rate=_ratio(a.refunds, a.gmv),
    )
    return _figures(None, a, rates)


def _figures(month: int | None, a: _Amounts, r: _Rates) -> MonthFigures:
    spend = math.fsum(
        (a.spend_search, a.spend_display, a.spend_affiliate, a.spend_live, a.spend_offsite,
         a.spend_other)
    )
    net_sales = a.gmv - a.refunds
    gross_profit = net_sales - a.cogs - a.shipping - a.commission - a.payment_fees
    net_profit = gross_profit - spend - a.fixed_costs
    return MonthFigures(
        month=month, weight=a.weight, target=a.target, uv=a.uv, planned_uv=a.planned_uv,
        orders=a.orders, gmv=a.gmv, gap=a.gmv - a.target,
        spend_search=a.spend_search, spend_display=a.spend_display,
        spend_affiliate=a.spend_affiliate, spend_live=a.spend_live,
        spend_offsite=a.spend_offsite, spend_other=a.spend_other,
        spend_total=spend, spend_pct_gmv=_ratio(spend, a.gmv),
        cogs=a.cogs, shipping=a.shipping, commission=a.commission,
        payment_fees=a.payment_fees, refunds=a.refunds, fixed_costs=a.fixed_costs,
        net_sales=net_sales, gross_profit=gross_profit,
        gross_margin=_ratio(gross_profit, net_sales), net_profit=net_profit,
        net_margin=_ratio(net_profit, net_sales), roi=_ratio(a.gmv, spend),
        break_even_roi=a.gmv / gross_profit if gross_profit > 0 else None,
        clears_break_even=spend <= gross_profit,
        uplift=r.uplift, cvr=r.cvr, aov=r.aov, cpc=r.cpc, affiliate_rate=r.affiliate_rate,
        affiliate_share=r.affiliate_share, cogs_rate=r.cogs_rate,
        shipping_per_order=r.shipping_per_order, commission_rate=r.commission_rate,
        payment_fee_rate=r.payment_fee_rate, refund_rate=r.refund_rate,
    )
