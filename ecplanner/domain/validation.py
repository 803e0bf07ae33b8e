"""Checks an entity before the store accepts it. Each returns the list of problems.

Every validator first applies the rules all values keep (``value_rules``: finite numbers,
integers SQLite holds, valid text of bounded length, dates within the plan's years), then
the field's own domain; a field gets one problem, the first. ``problems_in`` is what the
store runs before every write, and what an import runs before it says all is well.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from ecplanner.domain.findings import Problem
from ecplanner.domain.model import (
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    PlanInfo,
    PlanSettings,
    Product,
    ProductDay,
    StockPlan,
    Task,
    TaskTemplate,
)
from ecplanner.domain.ops import Op, Put
from ecplanner.domain.value_rules import MAX_INTEGER, value_problems

OFFSET_RANGE = range(-60, 366)
"""Days before launch a milestone may be set to (negative: after launch, which is warned)."""

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
# Beyond ~10 a deep markdown lifts demand by astronomical factors (and overflows floats).
MAX_ELASTICITY = 10.0
# Money and amounts (visitors, weekly sales): a thousand trillion, above any store's year in
# any currency; with it every figure the plan computes stays a finite float.
MAX_AMOUNT = 1e15
# A positive amount or rate is at least a millionth: ratios of them (cost ÷ price, spend ÷
# orders) then stay finite; 5e-324 as a price made the margin infinite.
MIN_POSITIVE = 1e-6
MAX_UPLIFT = 100.0  # ×100 traffic while an event runs (the editor offers up to ×50)
LEAD_DAYS = range(0, 3651)  # a supplier's lead time: up to ten years
BUFFER_DAYS = range(0, 366)
CUTOFF_DAYS = range(0, 31)  # last day to ship before the Spring Festival break
TEMPLATE_DAYS = range(-365, 366)
GROWTH_RANGE = (-0.9, 5.0)  # the forecast's growth on last year: −90 % to +500 %


def _amount(value: float) -> str | None:
    if value < 0:
        return "negative"
    if 0 < value < MIN_POSITIVE:
        return "too_small"
    return "amount_too_large" if value > MAX_AMOUNT else None


def _checked(entity: object, own: list[Problem]) -> list[Problem]:
    """The general rules' problems, then ``own`` on the fields they left alone."""
    general = value_problems(entity)
    flagged = {p.field for p in general}
    return general + [p for p in own if p.field not in flagged]


def validate_event(event: Event) -> list[Problem]:
    problems: list[Problem] = []
    if not event.title.strip():
        problems.append(Problem("title", "required"))
    if event.end < event.start:
        problems.append(Problem("end", "end_before_start"))
    if event.uplift <= 0:
        problems.append(Problem("uplift", "must_be_positive"))
    elif event.uplift > MAX_UPLIFT:
        problems.append(Problem("uplift", "uplift_too_large"))
    if not 0 <= event.discount < 1:
        problems.append(Problem("discount", "fraction_out_of_range"))
    if not _COLOR.fullmatch(event.color):
        problems.append(Problem("color", "bad_color"))
    if event.registration_deadline and event.registration_deadline > event.start:
        problems.append(Problem("registration_deadline", "deadline_after_start"))
    for phase in event.phases:
        if phase.end < phase.start:
            problems.append(Problem("phases", "end_before_start", (("phase", phase.name),)))
    if len(set(event.featured_products)) < len(event.featured_products):
        problems.append(Problem("featured_products", "listed_twice"))
    return _checked(event, problems)


def validate_product(product: Product) -> list[Problem]:
    problems: list[Problem] = []
    if not product.code.strip():
        problems.append(Problem("code", "required"))
    if not product.name.strip():
        problems.append(Problem("name", "required"))
    for name in ("unit_cost", "list_price"):
        if code := _amount(getattr(product, name)):
            problems.append(Problem(name, code))
    if product.launch and product.delist and product.delist < product.launch:
        problems.append(Problem("delist", "delist_before_launch"))
    if product.first_order_qty < 0:
        problems.append(Problem("first_order_qty", "negative"))
    if product.lead_time_days not in LEAD_DAYS:
        problems.append(Problem("lead_time_days", "negative" if product.lead_time_days < 0
                                else "bad_days"))
    if product.inbound_buffer_days not in BUFFER_DAYS:
        problems.append(Problem("inbound_buffer_days", "bad_days"))
    kinds = [kind for kind, _ in product.milestone_offsets]
    if any(days not in OFFSET_RANGE for _, days in product.milestone_offsets):
        problems.append(Problem("milestone_offsets", "bad_days"))
    elif len(set(kinds)) < len(kinds):
        problems.append(Problem("milestone_offsets", "listed_twice"))
    return _checked(product, problems)


def validate_stock_plan(plan: StockPlan) -> list[Problem]:
    problems: list[Problem] = []
    if plan.on_hand < 0:
        problems.append(Problem("on_hand", "negative"))
    if code := _amount(plan.base_weekly_sales):
        problems.append(Problem("base_weekly_sales", code))
    if not 0 <= plan.elasticity <= MAX_ELASTICITY:
        problems.append(Problem("elasticity", "elasticity_out_of_range"))
    if not 0 <= plan.target_sell_through <= 1:
        problems.append(Problem("target_sell_through", "fraction_out_of_range"))
    if any(not 0 <= step.discount < 1 for step in plan.ladder):
        problems.append(Problem("ladder", "fraction_out_of_range"))
    if any(arrival.units < 0 for arrival in plan.arrivals):
        problems.append(Problem("arrivals", "negative"))
    if any(not 0 <= discount < 1 for discount in plan.allowed_discounts):
        problems.append(Problem("allowed_discounts", "fraction_out_of_range"))
    return _checked(plan, problems)


_RATES = ("cvr", "affiliate_rate", "affiliate_share", "cogs_rate", "commission_rate",
          "payment_fee_rate", "refund_rate", "affiliate_refund_rate", "affiliate_service_rate",
          "refund_unshipped_share", "refund_only_share", "write_down_share", "vat_rate")
_AMOUNTS = ("weight", "uv", "aov", "spend_search", "spend_display", "spend_live",
            "spend_offsite", "spend_other", "shipping_per_order", "fixed_costs", "cpc",
            "orders_per_buyer", "return_cost", "roi_search", "roi_display", "roi_live",
            "roi_offsite")


def validate_budget_month(month: BudgetMonth) -> list[Problem]:
    problems: list[Problem] = []
    if not 1 <= month.month <= 12:
        problems.append(Problem("month", "bad_month"))
    for name in _RATES:
        rate = getattr(month, name)
        if not 0 <= rate <= 1:
            problems.append(Problem(name, "fraction_out_of_range"))
        elif 0 < rate < MIN_POSITIVE:
            problems.append(Problem(name, "too_small"))
    for name in _AMOUNTS:
        if code := _amount(getattr(month, name)):
            problems.append(Problem(name, code))
    return _checked(month, problems)


def validate_plan_info(info: PlanInfo) -> list[Problem]:
    problems: list[Problem] = []
    if not info.store_name.strip():
        problems.append(Problem("store_name", "required"))
    if not 2000 <= info.year <= 2100:
        problems.append(Problem("year", "bad_year"))
    if code := _amount(info.annual_target):
        problems.append(Problem("annual_target", code))
    if info.shipping_cutoff_days not in CUTOFF_DAYS:
        problems.append(Problem("shipping_cutoff_days", "bad_days"))
    return _checked(info, problems)


def validate_settings(settings: PlanSettings) -> list[Problem]:
    problems: list[Problem] = []
    if not 0 <= settings.price_lock_days <= 90:
        problems.append(Problem("price_lock_days", "bad_days"))
    if not 0 <= settings.shutdown_traffic <= 1:  # NaN fails both
        problems.append(Problem("shutdown_traffic", "fraction_out_of_range"))
    if not GROWTH_RANGE[0] <= settings.forecast_growth <= GROWTH_RANGE[1]:
        problems.append(Problem("forecast_growth", "growth_out_of_range"))
    for _, months in settings.expected_launch_months:
        if any(not 1 <= m <= 12 for m in months):
            problems.append(Problem("expected_launch_months", "bad_month"))
    for _, offsets in settings.season_milestones:
        if any(days not in OFFSET_RANGE for _, days in offsets):
            problems.append(Problem("season_milestones", "bad_days"))
    return _checked(settings, problems)


def validate_task(task: Task) -> list[Problem]:
    return _checked(task, [])


def validate_task_template(template: TaskTemplate) -> list[Problem]:
    problems = [] if template.days in TEMPLATE_DAYS else [Problem("days", "bad_days")]
    return _checked(template, problems)


# A day's figures: counts fit SQLite's INTEGER; money stays below a ceiling no store reaches
# in a day, far inside what exports (JSON, xlsx) can write back.
MAX_COUNT = MAX_INTEGER
MAX_DAILY_MONEY = 1e13
ACTUAL_YEARS = range(2000, 2101)
_ACTUAL_COUNTS = ("uv", "buyers", "orders")
_ACTUAL_MONEY = ("gmv", "spend", "refunds")


def count_problem(value: float) -> str | None:
    """Why ``value`` cannot be a count (visitors, buyers, orders), or None when it can."""
    if isinstance(value, float) and not math.isfinite(value):
        return "not_finite"
    if value < 0:
        return "negative"
    if isinstance(value, float) and not value.is_integer():
        return "not_a_whole_number"
    return "too_large" if value > MAX_COUNT else None


def money_problem(value: float) -> str | None:
    """Why ``value`` cannot be a day's amount of money, or None when it can."""
    if isinstance(value, float) and not math.isfinite(value):
        return "not_finite"
    if value < 0:
        return "negative"
    return "too_large" if value > MAX_DAILY_MONEY else None


def day_problem(day: date) -> str | None:
    return None if day.year in ACTUAL_YEARS else "bad_year"


def validate_daily_actual(actual: DailyActual) -> list[Problem]:
    problems: list[Problem] = []
    if code := day_problem(actual.day):
        problems.append(Problem("day", code))
    for name in _ACTUAL_COUNTS:
        if code := count_problem(getattr(actual, name)):
            problems.append(Problem(name, code))
    for name in _ACTUAL_MONEY:
        if code := money_problem(getattr(actual, name)):
            problems.append(Problem(name, code))
    return _checked(actual, problems)


def validate_channel_day(day: ChannelDay) -> list[Problem]:
    problems: list[Problem] = []
    if code := day_problem(day.day):
        problems.append(Problem("day", code))
    if code := count_problem(day.clicks):
        problems.append(Problem("clicks", code))
    for name in ("spend", "gmv"):
        if code := money_problem(getattr(day, name)):
            problems.append(Problem(name, code))
    return _checked(day, problems)


def validate_product_day(sold: ProductDay) -> list[Problem]:
    problems: list[Problem] = []
    if code := day_problem(sold.day):
        problems.append(Problem("day", code))
    for name in ("uv", "units"):
        if code := count_problem(getattr(sold, name)):
            problems.append(Problem(name, code))
    if code := money_problem(sold.gmv):
        problems.append(Problem("gmv", code))
    return _checked(sold, problems)


_VALIDATORS: dict[type, Callable[[Any], list[Problem]]] = {
    Event: validate_event,
    Product: validate_product,
    StockPlan: validate_stock_plan,
    BudgetMonth: validate_budget_month,
    PlanInfo: validate_plan_info,
    PlanSettings: validate_settings,
    DailyActual: validate_daily_actual,
    ChannelDay: validate_channel_day,
    ProductDay: validate_product_day,
    Task: validate_task,
    TaskTemplate: validate_task_template,
}


def problems_in(ops: Sequence[Op]) -> list[Problem]:
    """Every problem with the entities ``ops`` would put; empty when all are valid."""
    problems: list[Problem] = []
    for op in ops:
        if isinstance(op, Put) and op.kind in _VALIDATORS:
            problems += _VALIDATORS[op.kind](op.entity)
    return problems
