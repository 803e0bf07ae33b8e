"""A plan as plain data, read once, and the results the app computes from it.

Exports and imports work on a ``PlanSnapshot`` so they never touch the store while they
run (the store is used from one thread only); ``compute_results`` gives the same figures
the tabs show: the budget sheet (``compute_sheet`` over the twelve months, defaults for the
ones the plan has not saved), the clearance projection (each stock plan under its own
events, from today or the plan's Jan 1, as the Inventory tab projects it; kept as the
batch's arrays, since 2,000 × 52 week objects would cost more than the projection), the
warnings and the year's holidays.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ecplanner.domain.budget.sheet import Sheet, compute_sheet
from ecplanner.domain.budget.shutdown import pause_for
from ecplanner.domain.budget.uplift import complete_months
from ecplanner.domain.catalog import HolidayCalendar, TaskTemplate, holidays_for, shipped_catalog
from ecplanner.domain.clearance.events import events_for_products
from ecplanner.domain.clearance.projection import (
    BatchProjection,
    Totals,
    project_each,
    projection_start,
)
from ecplanner.domain.clearance.reforecast import Reforecast, reforecast, sold_days
from ecplanner.domain.clearance.sellthrough import ProductSales
from ecplanner.domain.findings import Finding
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import (
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    StockPlan,
    Task,
)
from ecplanner.domain.plan_warnings import plan_findings
from ecplanner.domain.review.forecast import YearForecast, year_forecast
from ecplanner.domain.review.plan_rhythm import plan_seasonality
from ecplanner.store.plan_store import PlanStore


@dataclass(frozen=True)
class PlanSnapshot:
    """Everything a plan holds, sorted for display: events by start, products by code."""

    info: PlanInfo
    events: tuple[Event, ...]
    products: tuple[Product, ...]
    stock_plans: tuple[StockPlan, ...]
    budget_months: tuple[BudgetMonth, ...]
    actuals: tuple[DailyActual, ...]
    tasks: tuple[Task, ...]
    task_templates: tuple[TaskTemplate, ...]
    today: date
    settings: PlanSettings = field(default_factory=PlanSettings)
    channel_days: tuple[ChannelDay, ...] = ()  # by day, then channel
    product_sales: tuple[ProductSales, ...] = ()  # summed real sales, of products that have
    product_units: tuple[tuple[str, date, int], ...] = ()  # (product uuid, day, units sold)

    @property
    def lang(self) -> str:
        return language_of(self.info.locale)


def read_snapshot(store: PlanStore, today: date | None = None,
                  figures_only: bool = False) -> PlanSnapshot:
    """Read the whole plan (about 0.3 s for 2,000 events with 10,000 tasks); with
    ``figures_only``, leave products, stock plans and tasks out (the Review tab's daily
    figures need none of them, and the tasks are most of a large plan's read)."""
    whole = not figures_only
    return PlanSnapshot(
        info=store.info(),
        events=tuple(sorted(store.events(), key=lambda e: (e.start, e.end, e.title, e.uuid))),
        products=tuple(sorted(store.products(), key=lambda p: (p.code, p.uuid)))
        if whole else (),
        stock_plans=tuple(store.stock_plans()) if whole else (),
        budget_months=tuple(sorted(store.budget_months(), key=lambda b: b.month)),
        actuals=tuple(sorted(store.actuals(), key=lambda a: a.day)),
        tasks=tuple(sorted(store.tasks(), key=lambda t: (t.due, t.role, t.title, t.uuid)))
        if whole else (),
        task_templates=tuple(store.task_templates()) if whole else (),
        today=today or date.today(),
        settings=store.settings(),
        channel_days=tuple(store.channel_days()),
        product_sales=tuple(store.product_sales()) if whole else (),
        product_units=tuple(store.product_units()) if whole else (),
    )


@dataclass(frozen=True)
class ClearanceRow:
    """A stock plan with its product and season totals; ``index`` is its item in the batch
    (and in the observed batch). ``sales``: the product's real sales, when it has any."""

    plan: StockPlan
    product: Product
    totals: Totals
    index: int
    sales: ProductSales | None = None
    reforecast: Reforecast | None = None  # when the product has enough days of sales


@dataclass(frozen=True)
class PlanResults:
    months: tuple[BudgetMonth, ...]
    unsaved_months: frozenset[int]
    sheet: Sheet
    clearance_start: date
    clearance: tuple[ClearanceRow, ...]
    batch: BatchProjection
    observed: BatchProjection  # the stock plans re-forecast from real sales where they can be
    findings: tuple[Finding, ...]
    holidays: HolidayCalendar | None


def _holidays(info: PlanInfo, lang: str) -> HolidayCalendar | None:
    try:
        return holidays_for(info.year, info.markets, lang, info.shipping_cutoff_days)
    except ValueError:  # a market the holiday library does not know: no shading
        return None


def compute_results(snapshot: PlanSnapshot) -> PlanResults:
    info = snapshot.info
    months, unsaved = complete_months(snapshot.budget_months)
    holidays = _holidays(info, snapshot.lang)
    sheet = compute_sheet(info, months, snapshot.events,
                          pause_for(holidays, snapshot.settings))
    products = {p.uuid: p for p in snapshot.products}
    items = sorted(((plan, products[plan.product_uuid]) for plan in snapshot.stock_plans
                    if plan.product_uuid in products),
                   key=lambda item: (item[1].code, item[1].uuid))
    events_of = events_for_products(snapshot.events, [p.uuid for _, p in items],
                                    info.markets, info.platforms)
    start = projection_start(snapshot.today, info.year)
    batch = project_each(items, events_of, start)
    sales = {s.product_uuid: s for s in snapshot.product_sales}
    sold = sold_days(snapshot.product_units)
    projected, reforecasts = reforecast(items, events_of, sold)
    # Without a product's own sales every projection is as planned: not worked out twice.
    observed = project_each(projected, events_of, start) if reforecasts else batch
    clearance = tuple(ClearanceRow(plan, product, batch.totals(i), i, sales.get(product.uuid),
                                   reforecasts.get(i))
                      for i, (plan, product) in enumerate(items))
    # The same warnings the app lists and ``ecplanner check`` prints.
    findings = plan_findings(info, snapshot.events, snapshot.products, snapshot.stock_plans,
                             snapshot.today, snapshot.settings, sold)
    findings.sort(key=lambda f: (f.day or date.min, f.code, f.subject))
    return PlanResults(months, unsaved, sheet, start, clearance, batch, observed,
                       tuple(findings), holidays)


def forecast_of(snapshot: PlanSnapshot, results: PlanResults) -> YearForecast | None:
    """The year's forecast at the plan's growth beside its targets, as Budget ▸ Forecast
    shows it; None without last year's days for every month. Apart from ``compute_results``:
    only the exports give it, and learning the rhythm takes a while."""
    found = plan_seasonality(snapshot.actuals, snapshot.info, snapshot.settings.history_events,
                             snapshot.events, shipped_catalog)
    if found is None:
        return None
    return year_forecast(found, snapshot.actuals, snapshot.info.year,
                         snapshot.settings.forecast_growth,
                         [m.target for m in results.sheet.months],
                         [(m.cvr, m.aov) for m in results.months])
