from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ecplanner.domain.findings import LISTED, Finding, Severity
from ecplanner.domain.model import (
    Event,
    EventKind,
    MilestoneKind,
    Product,
    ProductStatus,
    Season,
)
from ecplanner.domain.products.warnings import each_product_findings, product_findings

# Launch 2025-03-01: sample 01-15, shoot 02-04, detail page 02-15, stock-in 02-22.
BASE = Product(code="SP-01", name="linen shirt", season=Season.SPRING,
               launch=date(2025, 3, 1), delist=date(2025, 6, 30), uuid="p1",
               lead_time_days=30, inbound_buffer_days=7)  # reorder by 2025-01-23
SALE = Event(title="618", kind=EventKind.MAJOR_SALE, start=date(2025, 6, 1),
             end=date(2025, 6, 18), platform="tmall", uuid="e618")


def product(**changes: Any) -> Product:
    return replace(BASE, **changes)


def run(products: list[Product], events: Sequence[Event] = (), today: date = date(2025, 1, 1),
        **kwargs: Any) -> list[Finding]:
    return product_findings(products, list(events), today, **kwargs)


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def test_clean_product_has_no_findings() -> None:
    assert run([product()]) == []
    assert run([product(launch=None, delist=None)], today=date(2030, 1, 1)) == []


# --- milestone_lagging ---


def test_milestone_lagging_names_the_latest_passed_milestone() -> None:
    found = run([product(status=ProductStatus.SAMPLING)], today=date(2025, 2, 20))
    assert only(found, "product.milestone_lagging") == [
        Finding("product.milestone_lagging", Severity.WARNING, "p1", date(2025, 2, 15),
                (("milestone", "detail_page"), ("expected", "shooting")))
    ]


def test_milestone_lagging_covers_launch_and_delist() -> None:
    ready = run([product(status=ProductStatus.READY)], today=date(2025, 3, 2))
    assert [f.param("milestone") for f in only(ready, "product.milestone_lagging")] == ["launch"]
    on_sale = run([product(status=ProductStatus.ON_SALE)], today=date(2025, 7, 1))
    assert [f.param("milestone") for f in only(on_sale, "product.milestone_lagging")] == [
        "delist"
    ]


def test_milestone_not_lagging_on_its_day_or_when_status_is_ahead() -> None:
    assert only(run([product()], today=date(2025, 1, 15)), "product.milestone_lagging") == []
    ahead = product(status=ProductStatus.READY)
    assert only(run([ahead], today=date(2025, 2, 28)), "product.milestone_lagging") == []


def test_milestone_lagging_uses_season_defaults() -> None:
    # With a 10-day sample lead the sample day (02-19) has not passed on 02-01.
    defaults = {Season.SPRING: {MilestoneKind.SAMPLE: 10, MilestoneKind.SHOOT: 5}}
    p = product(status=ProductStatus.PLANNED, lead_time_days=0)
    found = run([p], today=date(2025, 2, 1), season_defaults=defaults)
    assert only(found, "product.milestone_lagging") == []
    found = run([p], today=date(2025, 2, 1))
    assert only(found, "product.milestone_lagging") != []


# --- stock_in_after_launch ---


def test_stock_in_after_launch_with_a_negative_offset() -> None:
    late = product(milestone_offsets=((MilestoneKind.STOCK_IN, -3),))
    assert only(run([late]), "product.stock_in_after_launch") == [
        Finding("product.stock_in_after_launch", Severity.WARNING, "p1", date(2025, 3, 4),
                (("days", "3"),))
    ]


def test_stock_in_on_launch_day_is_not_after() -> None:
    same_day = product(milestone_offsets=((MilestoneKind.STOCK_IN, 0),))
    assert only(run([same_day]), "product.stock_in_after_launch") == []


# --- reorder_passed ---


def test_reorder_passed_while_not_ready() -> None:
    found = run([product(status=ProductStatus.SAMPLING)], today=date(2025, 1, 24))
    assert only(found, "product.reorder_passed") == [
        Finding("product.reorder_passed", Severity.WARNING, "p1", date(2025, 1, 23))
    ]


def test_reorder_not_passed_on_the_day_or_once_ready() -> None:
    assert only(run([product()], today=date(2025, 1, 23)), "product.reorder_passed") == []
    ready = product(status=ProductStatus.READY)
    assert only(run([ready], today=date(2025, 2, 1)), "product.reorder_passed") == []


# --- launch_in_price_lock ---


def test_launch_in_price_lock_window() -> None:
    p = product(launch=date(2025, 5, 10), delist=None)
    assert only(run([p], [SALE]), "product.launch_in_price_lock") == [
        Finding("product.launch_in_price_lock", Severity.WARNING, "p1", date(2025, 5, 10),
                (("event", "e618"), ("days_before", "22"), ("count", "1"),
                 ("events", "e618")))
    ]
    edge = product(launch=date(2025, 5, 2), delist=None)  # the window's first day
    found = only(run([edge], [SALE]), "product.launch_in_price_lock")
    assert [f.param("days_before") for f in found] == ["30"]


def test_launch_outside_price_lock_window_or_before_other_kinds() -> None:
    for launch in (date(2025, 5, 1), date(2025, 6, 1), date(2025, 6, 5)):
        p = product(launch=launch, delist=None)
        assert only(run([p], [SALE]), "product.launch_in_price_lock") == []
    promo = replace(SALE, kind=EventKind.STORE_PROMO)
    p = product(launch=date(2025, 5, 20), delist=None)
    assert only(run([p], [promo]), "product.launch_in_price_lock") == []
    assert only(run([p], [SALE], price_lock_days=7), "product.launch_in_price_lock") == []


def test_launch_in_two_sales_windows_is_one_finding_naming_both() -> None:
    second = replace(SALE, uuid="e2", start=date(2025, 6, 10), platform="jd")
    p = product(launch=date(2025, 5, 20), delist=None)
    [found] = only(run([p], [second, SALE]), "product.launch_in_price_lock")
    assert (found.param("event"), found.param("days_before")) == ("e618", "12")  # the nearest
    assert found.param("count") == "2"
    assert found.param_list("events") == ["e618", "e2"]  # in start order


def test_launch_in_many_windows_lists_the_first_few_and_counts_all() -> None:
    sales = [replace(SALE, uuid=f"s{n:02}", start=date(2025, 5, 1 + n)) for n in range(25)]
    products = [product(uuid=f"p{n}", launch=date(2025, 4, 30)) for n in range(300)]
    found = only(run(products, sales), "product.launch_in_price_lock")
    assert len(found) == 300  # one per product, not one per product and sale
    assert {f.param("count") for f in found} == {"25"}
    assert found[0].param_list("events") == [f"s{n:02}" for n in range(LISTED)]


def test_a_price_change_in_price_lock_windows_is_one_finding_when_asked() -> None:
    second = replace(SALE, uuid="e2", start=date(2025, 6, 10), platform="jd")
    changed = product(launch=None, delist=None, planned_price_change=date(2025, 5, 31))
    [(_, asked)] = list(each_product_findings([changed], [second, SALE], date(2025, 1, 1),
                                              price_changes=True))
    assert asked == [
        Finding("product.price_change_in_lock", Severity.WARNING, "p1", date(2025, 5, 31),
                (("event", "e618"), ("days_before", "1"), ("count", "2"),
                 ("events", "e618 e2")))
    ]
    assert run([changed], [SALE]) == []  # the plan reports it on the sale


# --- featured_not_on_sale ---


def featured(*uuids: str) -> Event:
    return replace(SALE, kind=EventKind.STORE_PROMO, featured_products=uuids)


def test_featured_product_not_yet_launched_delisted_or_undated() -> None:
    late = product(uuid="late", launch=date(2025, 6, 5))
    gone = product(uuid="gone", delist=date(2025, 6, 10))
    undated = product(uuid="undated", launch=None, delist=None)
    found = only(run([late, gone, undated], [featured("late", "gone", "undated")]),
                 "product.featured_not_on_sale")
    assert sorted((f.subject, f.param("reason"), f.param("event")) for f in found) == [
        ("gone", "delisted", "e618"),
        ("late", "not_launched", "e618"),
        ("undated", "no_launch", "e618"),
    ]
    assert {f.day for f in found} == {date(2025, 6, 1)}


def test_featured_product_on_sale_for_the_whole_event_is_quiet() -> None:
    exact = product(uuid="exact", launch=date(2025, 6, 1), delist=date(2025, 6, 18))
    open_ended = product(uuid="open", delist=None)
    events = [featured("exact", "open", "p1", "missing")]
    assert only(run([exact, open_ended, product()], events, today=date(2025, 6, 1)),
                "product.featured_not_on_sale") == []


def test_featured_twice_in_one_event_reports_once() -> None:
    late = product(uuid="late", launch=date(2025, 6, 5))
    found = run([late], [featured("late", "late")])
    assert len(only(found, "product.featured_not_on_sale")) == 1


def test_each_product_s_findings_are_product_findings_by_product() -> None:
    products = [product(uuid="late", launch=date(2025, 6, 5)),
                product(uuid="locked", launch=date(2025, 5, 20), status=ProductStatus.SAMPLING),
                product(uuid="quiet", launch=None, delist=None)]
    events = [featured("late", "locked"), replace(SALE, uuid="e2", start=date(2025, 6, 10))]
    today = date(2025, 5, 1)
    each = list(each_product_findings(products, events, today))
    assert [p.uuid for p, _ in each] == ["late", "locked", "quiet"]
    everything = run(products, events, today)
    for p, found in each:
        assert found == [f for f in everything if f.subject == p.uuid]
    assert len(everything) == sum(len(found) for _, found in each) == 7


# --- season.wave_gap ---


def test_wave_gap_for_expected_months_without_a_launch() -> None:
    products = [product(uuid="a", launch=date(2025, 3, 1)),
                product(uuid="b", season=Season.SUMMER, launch=date(2025, 4, 1))]
    expected = {Season.SPRING: {2, 3, 4}, Season.SUMMER: {4}}
    found = run(products, expected_launch_months=expected)
    assert only(found, "season.wave_gap") == [
        Finding("season.wave_gap", Severity.INFO, "spring", None, (("month", "2"),)),
        Finding("season.wave_gap", Severity.INFO, "spring", None, (("month", "4"),)),
    ]


def test_no_wave_gap_when_covered_or_not_asked() -> None:
    products = [product(uuid="a", launch=date(2025, 2, 1)),
                product(uuid="b", launch=date(2025, 3, 1))]
    found = run(products, expected_launch_months={Season.SPRING: {2, 3}})
    assert only(found, "season.wave_gap") == []
    assert run([], expected_launch_months=None) == []
    assert only(run([], expected_launch_months={Season.WINTER: {10}}), "season.wave_gap")
