"""The plan's warnings in steps (the window runs them between its other work): each step
does a bounded piece, and the steps' answer is the answer at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ecplanner.domain import demo
from ecplanner.domain.calendar import warnings as event_warnings
from ecplanner.domain.clearance.reforecast import sold_days_in_steps
from ecplanner.domain.model import Event, EventKind, Product
from ecplanner.domain.plan_warnings import plan_findings, plan_findings_in_steps
from ecplanner.domain.products import warnings as product_warnings
from ecplanner.domain.steps import Steps, T

TODAY = date(2027, 3, 1)


def _run(steps: Steps[T]) -> tuple[T, int]:
    """The result, and how many times the work yielded."""
    count = 0
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value, count
        count += 1


def _sales(n: int) -> list[Event]:
    """``n`` overlapping major sales of one platform, a day apart."""
    return [Event(f"sale {i}", EventKind.MAJOR_SALE, date(2027, 1, 1) + timedelta(days=i % 300),
                  date(2027, 1, 3) + timedelta(days=i % 300), platform="tmall",
                  registration_deadline=TODAY + timedelta(days=i % 5))
            for i in range(n)]


def test_events_are_checked_a_bounded_piece_a_step() -> None:
    events = _sales(3 * event_warnings.STEP)
    found, steps = _run(event_warnings.event_findings_in_steps(events, TODAY, None))
    assert steps >= 6  # the overlaps in pieces, then the rest of each event in pieces
    assert len(found) == len(event_warnings.event_findings(events, TODAY, None)) > 3_000
    assert sum(f.code == "event.overlap_same_platform" for f in found) == len(events)


def test_products_are_checked_a_bounded_piece_a_step() -> None:
    launch = date(2027, 5, 30)  # in the price-lock window of a sale starting 1 June
    products = [Product(f"P{i}", f"SKU{i}", launch=launch) for i in range(
        3 * product_warnings.STEP)]
    sale = Event("618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18))
    found, steps = _run(product_warnings.product_findings_in_steps(products, [sale], TODAY))
    assert steps >= 3
    locked = [f for f in found if f.code == "product.launch_in_price_lock"]
    assert {f.subject for f in locked} == {p.uuid for p in products}


def test_real_sales_are_grouped_a_bounded_piece_a_step() -> None:
    rows = [(f"p{i % 7}", date(2027, 3, 1) - timedelta(days=i // 7), i % 5) for i in range(700)]
    grouped, steps = _run(sold_days_in_steps(reversed(rows), step=40))
    assert steps >= 700 // 40
    assert sorted(grouped) == [f"p{i}" for i in range(7)]
    first = grouped["p0"]
    assert list(first.days) == sorted(first.days)  # ascending, whatever the rows' order
    assert first.days[-1] == date(2027, 3, 1).toordinal()
    assert [int(u) for u in first.units] == [i % 5 for i in reversed(range(0, 700, 7))]


def test_the_plan_in_steps_is_the_plan_at_once() -> None:
    info = demo.demo_info(2027)
    events = demo.demo_store_promotions(2027) + _sales(40)
    products = demo.demo_products(2027)
    stock = demo.demo_stock(products, 2027)
    found, steps = _run(plan_findings_in_steps(info, events, products, stock, TODAY))
    assert steps >= 4
    assert found == plan_findings(info, events, products, stock, TODAY)
    assert found  # the demo raises some


def test_the_weekly_uplift_of_many_events_comes_in_steps() -> None:
    from ecplanner.domain.clearance.projection import weekly_uplift, weekly_uplift_in_steps

    events = [replace(e, uplift=2.0) for e in _sales(12_000)]  # every day to 29 October
    start = date(2027, 1, 4)
    weekly, steps = _run(weekly_uplift_in_steps(events, start, 52, step=5_000))
    assert steps == 2
    assert weekly == weekly_uplift(events, start, 52)
    assert weekly[0] == weekly[40] == 2.0 and weekly[-1] == 1.0  # late December: none
