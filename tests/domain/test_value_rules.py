"""Every value the plan takes, checked once in the domain for every way in (editors, JSON,
workbook): numbers finite and within their field's domain, integers within SQLite's
INTEGER, text valid Unicode of bounded length, dates within the years a plan reaches."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from ecplanner.domain.model import (
    Arrival,
    BudgetMonth,
    Event,
    EventKind,
    MarkdownStep,
    MilestoneKind,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    Role,
    StockPlan,
    Task,
    TaskAnchor,
    TaskTemplate,
)
from ecplanner.domain.ops import Put
from ecplanner.domain.validation import problems_in
from ecplanner.domain.value_rules import MAX_TEXT

NAN, INF = float("nan"), float("inf")
EVENT = Event("大促", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
              phases=(Phase(PhaseKind.MAIN, "正式", datetime(2027, 6, 1),
                            datetime(2027, 6, 18, 23, 59)),))
PRODUCT = Product("27SP001", "衬衫", launch=date(2027, 3, 1))
STOCK = StockPlan(PRODUCT.uuid, on_hand=300, arrivals=(Arrival(date(2027, 4, 1), 100),),
                  ladder=(MarkdownStep(date(2027, 7, 1), 0.2),))
INFO = PlanInfo("小店", 2027)
MONTH = BudgetMonth(1)
TASK = Task("报名", "operations", date(2027, 5, 20))
TEMPLATE = TaskTemplate("major_sale.plan", EventKind.MAJOR_SALE, "Event plan", Role.OPERATIONS,
                        TaskAnchor.START, -20)


def found(entity: object) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems_in([Put(entity)])}  # type: ignore[arg-type]


def test_the_valid_entities_pass() -> None:
    for entity in (EVENT, PRODUCT, STOCK, INFO, MONTH, TASK, TEMPLATE):
        assert found(entity) == set()


@pytest.mark.parametrize(("entity", "expected"), [
    (replace(PRODUCT, unit_cost=INF), ("unit_cost", "not_finite")),
    (replace(PRODUCT, list_price=NAN), ("list_price", "not_finite")),
    (replace(PRODUCT, list_price=1e308), ("list_price", "amount_too_large")),
    (replace(INFO, annual_target=1e308), ("annual_target", "amount_too_large")),
    (replace(MONTH, aov=1e308), ("aov", "amount_too_large")),
    (replace(MONTH, spend_search=-INF), ("spend_search", "not_finite")),
    (replace(MONTH, uv=NAN), ("uv", "not_finite")),
    (replace(MONTH, cvr=NAN), ("cvr", "not_finite")),
    (replace(STOCK, base_weekly_sales=1e300), ("base_weekly_sales", "amount_too_large")),
    (replace(STOCK, elasticity=INF), ("elasticity", "not_finite")),
    (replace(STOCK, allowed_discounts=(0.1, 1.5)), ("allowed_discounts",
                                                    "fraction_out_of_range")),
    (replace(EVENT, uplift=1e300), ("uplift", "uplift_too_large")),
    (replace(EVENT, uplift=NAN), ("uplift", "not_finite")),
])
def test_numbers_are_finite_and_within_their_fields_domain(
        entity: object, expected: tuple[str, str]) -> None:
    assert found(entity) == {expected}


@pytest.mark.parametrize(("entity", "expected"), [
    (replace(PRODUCT, first_order_qty=10**20), ("first_order_qty", "too_large")),
    (replace(PRODUCT, first_order_qty=10**5000), ("first_order_qty", "too_large")),
    (replace(STOCK, on_hand=2**63), ("on_hand", "too_large")),
    (replace(STOCK, arrivals=(Arrival(date(2027, 4, 1), 2**64),)), ("arrivals", "too_large")),
    (replace(EVENT, sequence=2**70), ("sequence", "too_large")),
    (replace(PRODUCT, lead_time_days=10**15), ("lead_time_days", "bad_days")),
    (replace(PRODUCT, inbound_buffer_days=-1), ("inbound_buffer_days", "bad_days")),
    (replace(PRODUCT, milestone_offsets=((MilestoneKind.SAMPLE, 10**6),)),
     ("milestone_offsets", "bad_days")),
    (replace(INFO, shipping_cutoff_days=-5), ("shipping_cutoff_days", "bad_days")),
    (replace(TEMPLATE, days=10**9), ("days", "bad_days")),
])
def test_integers_fit_sqlite_and_days_stay_in_range(entity: object,
                                                    expected: tuple[str, str]) -> None:
    assert found(entity) == {expected}


@pytest.mark.parametrize(("entity", "field"), [
    (replace(PRODUCT, list_price=5e-324), "list_price"),
    (replace(MONTH, spend_search=1e-300), "spend_search"),
    (replace(MONTH, cvr=1e-300), "cvr"),
    (replace(STOCK, base_weekly_sales=1e-9), "base_weekly_sales"),
])
def test_a_positive_amount_or_rate_is_not_vanishingly_small(entity: object,
                                                            field: str) -> None:
    """Ratios of them (cost ÷ price, spend ÷ orders) would be infinite."""
    assert found(entity) == {(field, "too_small")}
    assert found(replace(entity, **{field: 0.0})) == set()  # type: ignore[type-var]


def test_the_largest_integer_sqlite_holds_is_taken() -> None:
    assert found(replace(STOCK, on_hand=2**63 - 1)) == set()
    assert found(replace(PRODUCT, first_order_qty=2**63 - 1)) == set()


@pytest.mark.parametrize(("entity", "expected"), [
    (replace(EVENT, title="\ud800大促"), ("title", "bad_text")),
    (replace(INFO, markets=("cn", "\udc00")), ("markets", "bad_text")),
    (replace(EVENT, phases=(replace(EVENT.phases[0], name="\udfff"),)), ("phases", "bad_text")),
    (replace(TASK, notes="x" * (MAX_TEXT + 1)), ("notes", "text_too_long")),
    (replace(PRODUCT, uuid="\ud800"), ("uuid", "bad_text")),
])
def test_text_is_valid_unicode_of_bounded_length(entity: object,
                                                 expected: tuple[str, str]) -> None:
    assert found(entity) == {expected}


def test_nul_noncharacters_and_long_notes_are_kept() -> None:
    """They are valid Unicode, the store keeps them and both files carry them back."""
    assert found(replace(EVENT, notes="a\x00b\ufffe\uffff" + "长" * (MAX_TEXT - 5))) == set()


@pytest.mark.parametrize(("entity", "expected"), [
    (replace(EVENT, start=date(1, 1, 13), registration_deadline=None, phases=()),
     ("start", "date_out_of_range")),
    (replace(PRODUCT, launch=date(9999, 12, 31), delist=None), ("launch", "date_out_of_range")),
    (replace(EVENT, phases=(replace(EVENT.phases[0], start=datetime(1, 1, 1)),)),
     ("phases", "date_out_of_range")),
    (replace(TASK, due=date(2500, 1, 1)), ("due", "date_out_of_range")),
    (replace(INFO, year=1), ("year", "bad_year")),
])
def test_dates_stay_within_the_years_a_plan_reaches(entity: object,
                                                    expected: tuple[str, str]) -> None:
    assert found(entity) == {expected}


def test_what_the_plan_keeps_once_is_listed_once() -> None:
    """A product featured twice in an event, a milestone set twice: the store keeps each
    once (a key of its own), so the domain refuses the second."""
    assert found(replace(EVENT, featured_products=(PRODUCT.uuid, PRODUCT.uuid))) == {
        ("featured_products", "listed_twice")}
    twice = ((MilestoneKind.SAMPLE, 30), (MilestoneKind.SAMPLE, 40))
    assert found(replace(PRODUCT, milestone_offsets=twice)) == {
        ("milestone_offsets", "listed_twice")}


def test_one_problem_per_field() -> None:
    """A field the general rules refuse is not refused again by its own rule."""
    assert found(replace(EVENT, uplift=-INF)) == {("uplift", "not_finite")}
    assert found(replace(MONTH, refund_rate=INF)) == {("refund_rate", "not_finite")}
