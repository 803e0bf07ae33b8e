"""The year at a glance (年度总览): per month, the money and the plan's activity.

Built from the budget sheet (target, planned GMV, spend, ROI) and the calendar and
product plans (how many events run and how many products launch in each month).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ecplanner.domain.budget.sheet import compute_sheet
from ecplanner.domain.budget.shutdown import ShippingPause
from ecplanner.domain.budget.uplift import default_months
from ecplanner.domain.model import BudgetMonth, Event, EventKind, PlanInfo, Product


@dataclass(frozen=True)
class GlanceColumn:
    """One month (``month`` 1..12) or the year (``month`` None)."""

    month: int | None
    target: float
    planned_gmv: float
    spend: float
    roi: float | None
    net_profit: float
    events: int
    major_sales: int
    launches: int
    delistings: int


def _months_touched(start: date, end: date, year: int) -> range:
    """The months (1..12) of ``year`` that the days ``start``..``end`` reach into."""
    first = 1 if start.year < year else start.month if start.year == year else 13
    last = 12 if end.year > year else end.month if end.year == year else 0
    return range(first, last + 1)


def year_glance(info: PlanInfo, months: Sequence[BudgetMonth], events: Sequence[Event],
                products: Sequence[Product],
                pause: ShippingPause | None = None) -> list[GlanceColumn]:
    """Twelve month columns and the year; a plan without budget uses the default months.
    ``pause``: the courier shutdown, as the budget counts it."""
    sheet = compute_sheet(info, months if len(months) == 12 else default_months(), events,
                          pause)
    year = info.year
    # One pass over the events and one over the products, counting into months: a plan
    # can hold thousands of each, and this runs after every edit.
    running = [0] * 13
    major = [0] * 13
    for event in events:
        is_major = event.kind == EventKind.MAJOR_SALE
        for m in _months_touched(event.start, event.end, year):
            running[m] += 1
            major[m] += is_major
    launches = Counter(p.launch.month for p in products if p.launch and p.launch.year == year)
    delistings = Counter(p.delist.month for p in products if p.delist and p.delist.year == year)
    columns: list[GlanceColumn] = []
    for figures in sheet.months:
        m = figures.month or 0
        columns.append(GlanceColumn(
            month=m, target=figures.target, planned_gmv=figures.gmv,
            spend=figures.spend_total, roi=figures.roi, net_profit=figures.net_profit,
            events=running[m], major_sales=major[m], launches=launches[m],
            delistings=delistings[m],
        ))
    total = sheet.total
    in_year = [e for e in events if e.end.year >= year and e.start.year <= year]
    columns.append(GlanceColumn(
        month=None, target=total.target, planned_gmv=total.gmv, spend=total.spend_total,
        roi=total.roi, net_profit=total.net_profit, events=len(in_year),
        major_sales=sum(e.kind == EventKind.MAJOR_SALE for e in in_year),
        launches=sum(c.launches for c in columns), delistings=sum(c.delistings for c in columns),
    ))
    return columns
