"""Every warning the plan raises, in one list: events, products and clearance.

Used by the Overview, ``ecplanner check`` and the workbook's Overview sheet, so the three
always agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from ecplanner.domain.calendar.warnings import event_findings_in_steps, price_changes_of
from ecplanner.domain.catalog import holidays_for
from ecplanner.domain.clearance.events import events_for_products
from ecplanner.domain.clearance.ladder import steps_after_delist
from ecplanner.domain.clearance.projection import project_in_pieces, projection_start
from ecplanner.domain.clearance.reforecast import SoldDays, reforecast
from ecplanner.domain.clearance.sellthrough import leftover_at_delist
from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, PlanInfo, PlanSettings, Product, StockPlan
from ecplanner.domain.products.warnings import product_findings_in_steps
from ecplanner.domain.steps import Steps, run_steps

STEP = 500  # stock plans a step of ``clearance_findings_in_steps``


def shipping_shutdown(info: PlanInfo) -> tuple[date, date] | None:
    """The Spring Festival courier shutdown of the plan's year (China plans only)."""
    if "cn" not in info.markets:
        return None
    shutdown = holidays_for(info.year, ["cn"], cutoff_days=info.shipping_cutoff_days
                            ).shipping_shutdown
    return None if shutdown is None else (shutdown.start, shutdown.end)


def clearance_findings(info: PlanInfo, events: Sequence[Event], products: Sequence[Product],
                       stock_plans: Sequence[StockPlan], today: date,
                       sold: Mapping[str, SoldDays] | None = None) -> list[Finding]:
    """``stock.target_missed`` for each product projected to miss its sell-through target,
    ``stock.will_miss_delist`` instead for one re-forecast from its real sales (``sold``,
    ``clearance.reforecast``), ``stock.step_after_delist`` for each whose ladder has steps
    after its delist date."""
    return run_steps(clearance_findings_in_steps(info, events, products, stock_plans, today,
                                                 sold))


def clearance_findings_in_steps(info: PlanInfo, events: Sequence[Event],
                                products: Sequence[Product], stock_plans: Sequence[StockPlan],
                                today: date, sold: Mapping[str, SoldDays] | None = None
                                ) -> Steps[list[Finding]]:
    """``clearance_findings`` in steps of ``STEP`` items, for the window."""
    by_uuid = {p.uuid: p for p in products}
    items = [(s, by_uuid[s.product_uuid]) for s in stock_plans if s.product_uuid in by_uuid]
    if not items:
        return []
    uuids = [p.uuid for _, p in items]
    per_product = events_for_products(events, uuids, info.markets, info.platforms)
    yield
    projected, reforecasts = reforecast(items, per_product, sold or {})
    yield
    batch = yield from project_in_pieces(projected, per_product,
                                         projection_start(today, info.year), STEP)
    findings = []
    for i, (plan, product) in enumerate(items):
        totals = batch.totals(i)
        found = reforecasts.get(i)
        if found is not None and not totals.reaches(plan.target_sell_through):
            findings.append(Finding(
                "stock.will_miss_delist", Severity.WARNING, product.uuid,
                product.delist or plan.season_end,
                (("leftover", f"{leftover_at_delist(batch, i, product.delist):.0f}"),
                 ("observed", f"{found.weekly_rate:.1f}"),
                 ("planned", f"{plan.base_weekly_sales:.1f}"),
                 ("days", str(found.days)))))
        elif not totals.reaches(plan.target_sell_through):
            findings.append(Finding(
                "stock.target_missed", Severity.WARNING, product.uuid, plan.season_end,
                (("sell_through", f"{totals.sell_through or 0:.4f}"),
                 ("target", f"{plan.target_sell_through:.4f}"),
                 ("leftover", f"{totals.leftover_units:.0f}"))))
        late = steps_after_delist(plan.ladder, product.delist)
        if late and product.delist:
            findings.append(Finding(
                "stock.step_after_delist", Severity.WARNING, product.uuid, late[0].start,
                (("count", str(len(late))), ("step", late[0].start.isoformat()),
                 ("delist", product.delist.isoformat()))))
        if (i + 1) % STEP == 0:
            yield
    return findings


def plan_findings(info: PlanInfo, events: Sequence[Event], products: Sequence[Product],
                  stock_plans: Sequence[StockPlan], today: date,
                  settings: PlanSettings | None = None,
                  sold: Mapping[str, SoldDays] | None = None) -> list[Finding]:
    """All of the plan's warnings: events first, then products, then clearance (re-forecast
    from ``sold``, the products' real sales, where they have enough days)."""
    return run_steps(plan_findings_in_steps(info, events, products, stock_plans, today,
                                            settings, sold))


def plan_findings_in_steps(info: PlanInfo, events: Sequence[Event],
                           products: Sequence[Product], stock_plans: Sequence[StockPlan],
                           today: date, settings: PlanSettings | None = None,
                           sold: Mapping[str, SoldDays] | None = None
                           ) -> Steps[list[Finding]]:
    """``plan_findings`` in steps of ~10 ms, which the window runs between its other work.
    The holiday tables and numpy are loaded by the first step that needs them: the window
    loads them in a worker first (``warm_up``)."""
    chosen = settings or PlanSettings()
    in_year = [p for p in products if _in_year(p, info.year)]
    yield
    return [
        *(yield from event_findings_in_steps(
            events, today, shipping_shutdown(info), price_changes_of(products),
            price_lock_days=chosen.price_lock_days)),
        *(yield from product_findings_in_steps(
            in_year, events, today, chosen.expected_months(),
            season_defaults=chosen.season_offsets(), price_lock_days=chosen.price_lock_days)),
        *(yield from clearance_findings_in_steps(info, events, products, stock_plans, today,
                                                 sold)),
    ]


def warm_up(info: PlanInfo) -> None:
    """Loads what the first check of a plan of ``info`` loads, for a worker to do first:
    numpy (~0.1 s) and the holiday tables of its year (~0.3 s: the ``holidays`` package
    and its countries), one import each that no step could cut."""
    import numpy  # noqa: F401 (loaded for the projection)

    shipping_shutdown(info)


def _in_year(product: Product, year: int) -> bool:
    return product.launch is None or product.launch.year == year
