"""The input-output sheet (投入产出表): twelve months and a year total, computed from inputs.

Per month (formulas shown to the user, see DESIGN.md):

- target = annual target × weight ÷ Σ weights; planned UV = base UV × event multiplier
  (``budget_uplift.event_uplift_by_month``, the courier shutdown's days included:
  ``shutdown.py``); buyers = UV × CVR (支付买家数);
  orders = buyers × orders per buyer; GMV = buyers × AOV (客单价 is per buyer);
  gap = GMV − target.
- affiliate confirmed = GMV × affiliate share × (1 − affiliate refund rate): 淘宝客 is paid
  only on confirmed (确认收货) orders; affiliate spend = confirmed × commission rate ×
  (1 + 阿里妈妈 service rate); total spend = search + display + affiliate + live +
  off-site + other.
- Each paid channel's GMV = its spend × its expected ROI (search 直通车, display 引力魔方/
  万相台, live 直播/达人, off-site); affiliates (淘宝客) bring GMV × affiliate share, and
  their ROI is that GMV ÷ the commission paid. Paid GMV is their sum; organic GMV is the
  rest of GMV (below zero when the channels' ROIs claim more than the month sells). The
  channels do not drive GMV, which stays UV × CVR × AOV: they say where it comes from.
  A channel pays for itself when its ROI ≥ the break-even ROI below.
- refunds = GMV × refund rate; net sales = GMV − refunds. Refunded orders are the refund
  rate's share of orders. Of them, the unshipped share is cancelled before dispatch; of the
  rest, the refund-only share (仅退款) keeps the goods and the others send them back, of
  which the write-down share cannot be sold again.
- shippable orders = orders × (1 − refund rate × unshipped share); of them the held share
  (the Spring Festival courier shutdown's, ``shutdown.held_shares``) ships next month: held
  orders = shippable × held share; shipped orders = shippable − held + last month's held;
  shipping = shipped orders × per order (paid in the month the parcel goes out).
  Returned orders = orders × refund rate × (1 − unshipped) × (1 − refund-only);
  return costs = returned orders × cost per return (return shipping, 运费险).
- COGS = COGS rate × net sales: goods kept by paying buyers. Goods lost on refunds =
  refunds × (1 − unshipped) × (refund-only + (1 − refund-only) × write-down) × COGS rate:
  the rest of the refunded goods is back in stock. Commission = commission rate × net
  sales: Tmall returns its commission on refunded orders. Payment fees = fee rate × GMV:
  charged on payment and conservatively assumed kept on refunds.
- gross profit = net sales − COGS − goods lost − shipping − return costs − commission −
  payment fees; gross margin = gross profit ÷ net sales; net profit = gross profit − spend −
  fixed costs; net margin = net profit ÷ net sales.
- Prices include VAT (consumption tax in Japan): VAT = (net sales − COGS) × rate ÷ (1 +
  rate), output tax on what buyers kept less input tax on the goods they kept (bought with
  VAT invoices at the same rate; the input tax on fees and ads is left out, conservatively).
  Net profit after VAT = net profit − VAT.
- ROI (全店投产比, ROAS elsewhere) = GMV ÷ all spend. Break-even ROI = 1 ÷ (gross profit ÷
  GMV) = GMV ÷ gross profit: note the rate is on GMV, not the net-sales margin shown above,
  since ROI is on GMV too. ROI ≥ break-even ⇔ GMV ÷ spend ≥ GMV ÷ gross profit ⇔ spend ≤
  gross profit (both positive), which is how ``clears_break_even`` is decided: ad spend is
  covered by gross profit. Fixed costs are not in it, as in the trade's 保本投产比.

The year total sums amounts and recomputes every ratio and rate from those sums: a
channel's ROI = its GMV ÷ its spend over the year; the shares of refunds from order counts
(refunded orders = orders × refund rate); the VAT rate as VAT ÷ (net sales − COGS − VAT).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields

from ecplanner.domain.budget.rows import ROW_SPECS, RowGroup, RowKind, RowSpec, Unit
from ecplanner.domain.budget.shutdown import ShippingPause, held_shares, pause_extra_by_month
from ecplanner.domain.budget.uplift import (
    ExtrasMemo,
    event_uplift_by_month,
    normalised_weights,
)
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
    buyers: float
    orders: float
    gmv: float
    spend_search: float
    spend_display: float
    gmv_search: float
    gmv_display: float
    gmv_live: float
    gmv_offsite: float
    affiliate_gmv: float
    affiliate_confirmed: float
    affiliate_commission: float
    spend_affiliate: float
    spend_live: float
    spend_offsite: float
    spend_other: float
    refunds: float
    cogs: float
    refund_goods_lost: float
    refunded_orders: float
    held_orders: float
    shipped_orders: float
    shipping: float
    returned_orders: float
    written_down_orders: float
    return_costs: float
    commission: float
    payment_fees: float
    fixed_costs: float
    vat: float


@dataclass(frozen=True)
class _Rates:
    """The per-unit quantities of a column: inputs in a month, derived in the total."""

    uplift: float | None
    held_share: float | None
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
    orders_per_buyer: float | None
    affiliate_refund_rate: float | None
    affiliate_service_rate: float | None
    refund_unshipped_share: float | None
    refund_only_share: float | None
    write_down_share: float | None
    return_cost: float | None
    vat_rate: float | None
    roi_search: float | None
    roi_display: float | None
    roi_live: float | None
    roi_offsite: float | None


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
    buyers: float
    orders_per_buyer: float | None
    orders: float
    gmv: float
    gap: float
    spend_search: float
    roi_search: float | None
    gmv_search: float
    spend_display: float
    roi_display: float | None
    gmv_display: float
    affiliate_rate: float | None
    affiliate_share: float | None
    affiliate_refund_rate: float | None
    affiliate_confirmed: float
    affiliate_service_rate: float | None
    spend_affiliate: float
    gmv_affiliate: float
    roi_affiliate: float | None
    spend_live: float
    roi_live: float | None
    gmv_live: float
    spend_offsite: float
    roi_offsite: float | None
    gmv_offsite: float
    spend_other: float
    spend_total: float
    spend_pct_gmv: float | None
    gmv_paid: float
    gmv_organic: float
    cpc: float | None
    cogs_rate: float | None
    cogs: float
    held_share: float | None
    held_orders: float
    shipped_orders: float
    shipping_per_order: float | None
    shipping: float
    commission_rate: float | None
    commission: float
    payment_fee_rate: float | None
    payment_fees: float
    refund_rate: float | None
    refunds: float
    refund_unshipped_share: float | None
    refund_only_share: float | None
    write_down_share: float | None
    refund_goods_lost: float
    returned_orders: float
    return_cost: float | None
    return_costs: float
    fixed_costs: float
    net_sales: float
    gross_profit: float
    gross_margin: float | None
    net_profit: float
    net_margin: float | None
    vat_rate: float | None
    vat: float
    net_profit_after_vat: float
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
    pause: ShippingPause | None = None

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
    info: PlanInfo, months: Sequence[BudgetMonth], events: Sequence[Event],
    pause: ShippingPause | None = None, memo: ExtrasMemo | None = None,
) -> Sheet:
    """The sheet for ``info.year``; ``months`` must hold each of 1..12 once (any order).
    ``pause`` is the year's courier shutdown, if the plan sells in China; ``memo`` keeps
    each event's uplift from one computation to the next (``uplift.ExtrasMemo``).

    Raises ValueError otherwise. Events outside the year are ignored.
    """
    ordered = sorted(months, key=lambda b: b.month)
    if [b.month for b in ordered] != list(range(1, 13)):
        raise ValueError("compute_sheet needs exactly one BudgetMonth for each month 1..12")
    shares = normalised_weights([b.weight for b in ordered])
    uplifts = event_uplift_by_month(events, info.year, info.platforms,
                                    pause_extra_by_month(pause, info.year), memo)
    held = held_shares(pause, info.year, uplifts, events, info.platforms)
    columns: list[tuple[MonthFigures, _Amounts]] = []
    carried = 0.0  # orders held over from the month before
    for b, share, uplift, held_share in zip(ordered, shares, uplifts, held, strict=True):
        column = _month_figures(b, info.annual_target * share, uplift, held_share, carried)
        columns.append(column)
        carried = column[1].held_orders
    return Sheet(
        year=info.year,
        annual_target=info.annual_target,
        months=tuple(figures for figures, _ in columns),
        total=_total_figures([amounts for _, amounts in columns]),
        pause=pause,
    )


def _month_figures(b: BudgetMonth, target: float, uplift: float, held_share: float,
                   carried_in: float) -> tuple[MonthFigures, _Amounts]:
    planned_uv = b.uv * uplift
    buyers = planned_uv * b.cvr
    orders = buyers * b.orders_per_buyer
    gmv = buyers * b.aov
    refunds = gmv * b.refund_rate
    net_sales = gmv - refunds
    affiliate_gmv = gmv * b.affiliate_share
    affiliate_confirmed = affiliate_gmv * (1 - b.affiliate_refund_rate)
    commission = affiliate_confirmed * b.affiliate_rate
    dispatched = 1 - b.refund_unshipped_share  # of refunds: those shipped first
    not_back = b.refund_only_share + (1 - b.refund_only_share) * b.write_down_share
    shippable = orders * (1 - b.refund_rate * b.refund_unshipped_share)
    held_orders = shippable * held_share
    shipped_orders = shippable - held_orders + carried_in
    returned_orders = orders * b.refund_rate * dispatched * (1 - b.refund_only_share)
    cogs = net_sales * b.cogs_rate
    amounts = _Amounts(
        weight=b.weight, target=target, uv=b.uv, planned_uv=planned_uv, buyers=buyers,
        orders=orders, gmv=gmv, spend_search=b.spend_search, spend_display=b.spend_display,
        gmv_search=b.spend_search * b.roi_search, gmv_display=b.spend_display * b.roi_display,
        gmv_live=b.spend_live * b.roi_live, gmv_offsite=b.spend_offsite * b.roi_offsite,
        affiliate_gmv=affiliate_gmv, affiliate_confirmed=affiliate_confirmed,
        affiliate_commission=commission,
        spend_affiliate=commission * (1 + b.affiliate_service_rate),
        spend_live=b.spend_live, spend_offsite=b.spend_offsite, spend_other=b.spend_other,
        refunds=refunds, cogs=cogs,
        refund_goods_lost=refunds * dispatched * not_back * b.cogs_rate,
        refunded_orders=orders * b.refund_rate, held_orders=held_orders,
        shipped_orders=shipped_orders,
        shipping=shipped_orders * b.shipping_per_order, returned_orders=returned_orders,
        written_down_orders=returned_orders * b.write_down_share,
        return_costs=returned_orders * b.return_cost,
        commission=net_sales * b.commission_rate, payment_fees=gmv * b.payment_fee_rate,
        fixed_costs=b.fixed_costs, vat=(net_sales - cogs) * b.vat_rate / (1 + b.vat_rate),
    )
    rates = _Rates(
        uplift=uplift, held_share=held_share, cvr=b.cvr, aov=b.aov, cpc=b.cpc,
        affiliate_rate=b.affiliate_rate,
        affiliate_share=b.affiliate_share, cogs_rate=b.cogs_rate,
        shipping_per_order=b.shipping_per_order, commission_rate=b.commission_rate,
        payment_fee_rate=b.payment_fee_rate, refund_rate=b.refund_rate,
        orders_per_buyer=b.orders_per_buyer, affiliate_refund_rate=b.affiliate_refund_rate,
        affiliate_service_rate=b.affiliate_service_rate,
        refund_unshipped_share=b.refund_unshipped_share,
        refund_only_share=b.refund_only_share, write_down_share=b.write_down_share,
        return_cost=b.return_cost, vat_rate=b.vat_rate, roi_search=b.roi_search,
        roi_display=b.roi_display, roi_live=b.roi_live, roi_offsite=b.roi_offsite,
    )
    return _figures(b.month, amounts, rates), amounts


def _total_figures(columns: Sequence[_Amounts]) -> MonthFigures:
    a = _Amounts(
        **{f.name: math.fsum(getattr(c, f.name) for c in columns) for f in fields(_Amounts)}
    )
    net_sales = a.gmv - a.refunds
    affiliate_refunded = _ratio(a.affiliate_confirmed, a.affiliate_gmv)
    affiliate_fee = _ratio(a.spend_affiliate, a.affiliate_commission)
    # Refunded before dispatch; orders held over by the shutdown cancel out within the year.
    unshipped = a.orders - a.shipped_orders
    kept = _ratio(a.returned_orders, a.refunded_orders - unshipped)
    rates = _Rates(
        uplift=_ratio(a.planned_uv, a.uv), held_share=None, cvr=_ratio(a.buyers, a.planned_uv),
        aov=_ratio(a.gmv, a.buyers), cpc=None,
        affiliate_rate=_ratio(a.affiliate_commission, a.affiliate_confirmed),
        affiliate_share=_ratio(a.affiliate_gmv, a.gmv),
        cogs_rate=_ratio(a.cogs, net_sales),
        shipping_per_order=_ratio(a.shipping, a.shipped_orders),
        commission_rate=_ratio(a.commission, net_sales),
        payment_fee_rate=_ratio(a.payment_fees, a.gmv), refund_rate=_ratio(a.refunds, a.gmv),
        orders_per_buyer=_ratio(a.orders, a.buyers),
        affiliate_refund_rate=None if affiliate_refunded is None else 1 - affiliate_refunded,
        affiliate_service_rate=None if affiliate_fee is None else affiliate_fee - 1,
        refund_unshipped_share=_ratio(unshipped, a.refunded_orders),
        refund_only_share=None if kept is None else 1 - kept,
        write_down_share=_ratio(a.written_down_orders, a.returned_orders),
        return_cost=_ratio(a.return_costs, a.returned_orders),
        vat_rate=_ratio(a.vat, net_sales - a.cogs - a.vat),
        roi_search=_ratio(a.gmv_search, a.spend_search),
        roi_display=_ratio(a.gmv_display, a.spend_display),
        roi_live=_ratio(a.gmv_live, a.spend_live),
        roi_offsite=_ratio(a.gmv_offsite, a.spend_offsite),
    )
    return _figures(None, a, rates)


def _figures(month: int | None, a: _Amounts, r: _Rates) -> MonthFigures:
    spend = math.fsum(
        (a.spend_search, a.spend_display, a.spend_affiliate, a.spend_live, a.spend_offsite,
         a.spend_other)
    )
    net_sales = a.gmv - a.refunds
    gross_profit = (net_sales - a.cogs - a.refund_goods_lost - a.shipping - a.return_costs
                    - a.commission - a.payment_fees)
    net_profit = gross_profit - spend - a.fixed_costs
    paid = a.gmv_search + a.gmv_display + a.affiliate_gmv + a.gmv_live + a.gmv_offsite
    return MonthFigures(
        month=month, weight=a.weight, target=a.target, uv=a.uv, planned_uv=a.planned_uv,
        buyers=a.buyers, orders=a.orders, gmv=a.gmv, gap=a.gmv - a.target,
        spend_search=a.spend_search, spend_display=a.spend_display,
        affiliate_confirmed=a.affiliate_confirmed,
        gmv_search=a.gmv_search, gmv_display=a.gmv_display, gmv_live=a.gmv_live,
        gmv_offsite=a.gmv_offsite, gmv_affiliate=a.affiliate_gmv,
        roi_affiliate=_ratio(a.affiliate_gmv, a.spend_affiliate),
        spend_affiliate=a.spend_affiliate, spend_live=a.spend_live,
        spend_offsite=a.spend_offsite, spend_other=a.spend_other,
        spend_total=spend, spend_pct_gmv=_ratio(spend, a.gmv),
        gmv_paid=paid, gmv_organic=a.gmv - paid,
        cogs=a.cogs, refund_goods_lost=a.refund_goods_lost, held_share=r.held_share,
        held_orders=a.held_orders, shipped_orders=a.shipped_orders,
        shipping=a.shipping, returned_orders=a.returned_orders, return_costs=a.return_costs,
        commission=a.commission, payment_fees=a.payment_fees, refunds=a.refunds,
        fixed_costs=a.fixed_costs, net_sales=net_sales, gross_profit=gross_profit,
        gross_margin=_ratio(gross_profit, net_sales), net_profit=net_profit,
        net_margin=_ratio(net_profit, net_sales), vat=a.vat,
        net_profit_after_vat=net_profit - a.vat, roi=_ratio(a.gmv, spend),
        break_even_roi=a.gmv / gross_profit if gross_profit > 0 else None,
        clears_break_even=spend <= gross_profit,
        uplift=r.uplift, cvr=r.cvr, aov=r.aov, cpc=r.cpc, affiliate_rate=r.affiliate_rate,
        affiliate_share=r.affiliate_share, cogs_rate=r.cogs_rate,
        shipping_per_order=r.shipping_per_order, commission_rate=r.commission_rate,
        payment_fee_rate=r.payment_fee_rate, refund_rate=r.refund_rate,
        orders_per_buyer=r.orders_per_buyer, affiliate_refund_rate=r.affiliate_refund_rate,
        affiliate_service_rate=r.affiliate_service_rate,
        refund_unshipped_share=r.refund_unshipped_share,
        refund_only_share=r.refund_only_share, write_down_share=r.write_down_share,
        return_cost=r.return_cost, vat_rate=r.vat_rate, roi_search=r.roi_search,
        roi_display=r.roi_display, roi_live=r.roi_live, roi_offsite=r.roi_offsite,
    )
