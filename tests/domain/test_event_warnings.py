from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ecplanner.domain.calendar.warnings import (
    event_findings,
    price_changes_of,
    price_lock_window,
)
from ecplanner.domain.findings import LISTED, Finding, Severity
from ecplanner.domain.model import Event, EventKind, Product

TODAY = date(2025, 5, 1)
SALE_618 = Event(title="618", kind=EventKind.MAJOR_SALE, start=date(2025, 6, 1),
                 end=date(2025, 6, 18), platform="tmall", uuid="e618")


def event(**changes: Any) -> Event:
    return replace(SALE_618, **changes)


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def run(events: list[Event], **kwargs: Any) -> list[Finding]:
    shutdown = kwargs.pop("shutdown", None)
    return event_findings(events, kwargs.pop("today", TODAY), shutdown, **kwargs)


def test_no_findings_for_a_clean_plan() -> None:
    assert run([SALE_618]) == []
    assert run([]) == []


# --- overlap_same_platform ---


def test_overlapping_major_sales_of_one_platform_warn_both() -> None:
    other = event(title="mid-year", start=date(2025, 6, 18), end=date(2025, 6, 20), uuid="e2")
    found = codes(run([SALE_618, other]), "event.overlap_same_platform")
    assert found == [
        Finding("event.overlap_same_platform", Severity.WARNING, "e2", date(2025, 6, 18),
                (("other", "e618"), ("count", "1"), ("others", "e618"))),
        Finding("event.overlap_same_platform", Severity.WARNING, "e618", date(2025, 6, 18),
                (("other", "e2"), ("count", "1"), ("others", "e2"))),
    ]


def test_one_finding_per_event_naming_the_others_in_start_order() -> None:
    a = event(uuid="a", start=date(2025, 6, 1), end=date(2025, 6, 30))
    b = event(uuid="b", start=date(2025, 6, 5), end=date(2025, 6, 6))
    c = event(uuid="c", start=date(2025, 6, 20), end=date(2025, 6, 21))
    found = codes(run([c, b, a]), "event.overlap_same_platform")
    assert [(f.subject, f.day, f.param("count"), f.param_list("others")) for f in found] == [
        ("a", date(2025, 6, 5), "2", ["b", "c"]),
        ("b", date(2025, 6, 5), "1", ["a"]),
        ("c", date(2025, 6, 20), "1", ["a"]),
    ]


def test_many_overlapping_sales_list_the_first_few_and_count_all() -> None:
    sales = [event(uuid=f"s{n:02}", start=date(2025, 6, 1) + timedelta(days=n % 3),
                   end=date(2025, 6, 20)) for n in range(30)]
    found = codes(run(sales), "event.overlap_same_platform")
    assert len(found) == 30
    assert {f.param("count") for f in found} == {"29"}
    first = next(f for f in found if f.subject == "s00")
    assert first.param_list("others") == ["s03", "s06", "s09", "s12", "s15", "s18", "s21",
                                          "s24", "s27", "s01"][:LISTED]


def test_overlaps_agree_with_comparing_every_pair() -> None:
    rng = random.Random(3)
    sales = []
    for n in range(200):
        start = date(2025, 1, 1) + timedelta(days=rng.randrange(200))
        sales.append(event(uuid=f"s{n:03}", platform=rng.choice(["tmall", "jd"]), start=start,
                           end=start + timedelta(days=rng.choice([0, 1, 3, 10, 40]))))
    found = {f.subject: f for f in codes(run(sales), "event.overlap_same_platform")}
    for sale in sales:
        others = [o for o in sales if o is not sale and o.platform == sale.platform
                  and o.start <= sale.end and o.end >= sale.start]
        if not others:
            assert sale.uuid not in found
            continue
        finding = found[sale.uuid]
        assert finding.param("count") == str(len(others))
        assert finding.day == min(max(sale.start, o.start) for o in others)
        listed = finding.param_list("others")
        assert len(listed) == min(len(others), LISTED)
        assert set(listed) <= {o.uuid for o in others} and listed[0] == finding.param("other")


def test_no_overlap_warning_across_platforms_kinds_or_gaps() -> None:
    jd = event(uuid="jd", platform="jd")
    promo = event(uuid="promo", kind=EventKind.STORE_PROMO)
    later = event(uuid="later", start=date(2025, 6, 19), end=date(2025, 6, 25))
    unknown = [event(uuid="u1", platform=""), event(uuid="u2", platform="")]
    found = run([SALE_618, jd, promo, later, *unknown])
    assert codes(found, "event.overlap_same_platform") == []


# --- registration ---


def test_registration_passed() -> None:
    late = event(registration_deadline=date(2025, 4, 30))
    assert codes(run([late]), "event.registration_passed") == [
        Finding("event.registration_passed", Severity.WARNING, "e618", date(2025, 4, 30))
    ]


def test_registration_passed_not_reported_once_the_event_started() -> None:
    assert run([event(registration_deadline=date(2025, 4, 30))], today=date(2025, 6, 1)) == []


def test_registration_soon_counts_days() -> None:
    for deadline, days in ((date(2025, 5, 1), "0"), (date(2025, 5, 8), "7")):
        found = run([event(registration_deadline=deadline)])
        assert [(f.code, f.param("days"), f.day) for f in found] == [
            ("event.registration_soon", days, deadline)
        ]


def test_registration_far_off_is_quiet_and_window_is_a_parameter() -> None:
    far = event(registration_deadline=date(2025, 5, 9))
    assert run([far]) == []
    assert codes(run([far], soon_days=8), "event.registration_soon")


# --- shipping shutdown ---

SHUTDOWN = (date(2025, 1, 20), date(2025, 2, 5))


def test_event_in_shipping_shutdown() -> None:
    newyear = event(uuid="ny", kind=EventKind.STORE_PROMO, start=date(2025, 1, 10),
                    end=date(2025, 1, 22))
    assert run([newyear], shutdown=SHUTDOWN, today=date(2025, 1, 1)) == [
        Finding("event.in_shipping_shutdown", Severity.WARNING, "ny", date(2025, 1, 20),
                (("from", "2025-01-20"), ("to", "2025-01-22")))
    ]


def test_event_touching_but_outside_the_shutdown_is_quiet() -> None:
    before = event(uuid="b", start=date(2025, 1, 10), end=date(2025, 1, 19))
    after = event(uuid="a", start=date(2025, 2, 6), end=date(2025, 2, 9))
    assert run([before, after], shutdown=SHUTDOWN, today=date(2025, 1, 1)) == []
    inside = event(uuid="i", start=date(2025, 2, 5), end=date(2025, 2, 5))
    assert run([inside], shutdown=None, today=date(2025, 1, 1)) == []


# --- price lock ---


def test_price_changes_inside_the_30_day_lock_window_are_one_finding() -> None:
    changes = [("p1", date(2025, 5, 31)), ("p2", date(2025, 5, 20)), ("p1", date(2025, 5, 2))]
    found = run([SALE_618], price_changes=changes)
    assert found == [
        Finding("event.price_lock_conflict", Severity.WARNING, "e618", date(2025, 5, 2),
                (("product", "p1"), ("days_before", "30"), ("count", "2"),
                 ("products", "p1 p2"))),
    ]


def test_many_price_changes_before_many_sales_list_the_first_few() -> None:
    sales = [event(uuid=f"s{n}", start=date(2025, 6, 1 + n % 5)) for n in range(40)]
    changes = [(f"p{n:03}", date(2025, 5, 10) + timedelta(days=n % 7)) for n in range(500)]
    found = run(sales, price_changes=changes)
    locks = codes(found, "event.price_lock_conflict")
    assert len(locks) == 40  # one per sale, not one per sale and product
    assert {f.param("count") for f in locks} == {"500"}
    assert locks[0].param_list("products") == [f"p{n:03}" for n in range(0, 70, 7)][:LISTED]


def test_price_change_outside_the_window_or_for_other_kinds_is_quiet() -> None:
    changes = [("p1", date(2025, 5, 1)), ("p2", date(2025, 6, 1)), ("p3", date(2025, 6, 10))]
    assert run([SALE_618], price_changes=changes) == []
    promo = event(kind=EventKind.STORE_PROMO)
    assert run([promo], price_changes=[("p1", date(2025, 5, 20))]) == []


def test_price_lock_window_length_is_a_parameter() -> None:
    changes = [("p1", date(2025, 5, 20))]
    assert run([SALE_618], price_changes=changes, price_lock_days=7) == []
    found = run([SALE_618], price_changes=[("p1", date(2025, 5, 25))], price_lock_days=7)
    assert [f.param("days_before") for f in found] == ["7"]
    assert price_lock_window(SALE_618, 7) == (date(2025, 5, 25), date(2025, 5, 31))


def test_price_changes_of_products() -> None:
    products = [Product(code="a", name="a", uuid="p1", planned_price_change=date(2025, 5, 3)),
                Product(code="b", name="b", uuid="p2")]
    assert price_changes_of(products) == [("p1", date(2025, 5, 3))]


def test_findings_are_sorted_by_day() -> None:
    late = event(uuid="z", registration_deadline=date(2025, 4, 1))
    soon = event(uuid="a", platform="jd", registration_deadline=date(2025, 5, 3))
    found = run([soon, late])
    assert [f.day for f in found] == sorted(f.day for f in found if f.day)


def test_registered_event_has_no_deadline_warning() -> None:
    today = date(2027, 5, 1)
    event = Event("618", EventKind.MAJOR_SALE, date(2027, 5, 28), date(2027, 6, 18),
                   platform="tmall", registration_deadline=date(2027, 4, 20))
    assert event_findings([event], today, None)
    assert event_findings([replace(event, registered=True)], today, None) == []


def test_bare_festival_dates_are_not_shipping_warnings() -> None:
    shutdown = (date(2027, 2, 1), date(2027, 2, 12))
    spring = Event("春节", EventKind.FESTIVAL, date(2027, 2, 6), date(2027, 2, 6))
    promo = Event("年货", EventKind.STORE_PROMO, date(2027, 2, 5), date(2027, 2, 8))
    codes = [(f.code, f.subject) for f in event_findings([spring, promo], date(2027, 1, 1),
                                                         shutdown)]
    assert codes == [("event.in_shipping_shutdown", promo.uuid)]
