from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ecplanner.domain.event_warnings import (
    event_findings,
    price_changes_of,
    price_lock_window,
)
from ecplanner.domain.findings import Finding, Severity
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
                (("other", "e618"),)),
        Finding("event.overlap_same_platform", Severity.WARNING, "e618", date(2025, 6, 18),
                (("other", "e2"),)),
    ]


def test_one_finding_per_other_event() -> None:
    a = event(uuid="a", start=date(2025, 6, 1), end=date(2025, 6, 30))
    b = event(uuid="b", start=date(2025, 6, 5), end=date(2025, 6, 6))
    c = event(uuid="c", start=date(2025, 6, 20), end=date(2025, 6, 21))
    found = codes(run([a, b, c]), "event.overlap_same_platform")
    pairs = sorted((f.subject, f.param("other")) for f in found)
    assert pairs == [("a", "b"), ("a", "c"), ("b", "a"), ("c", "a")]


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


def test_price_change_inside_the_30_day_lock_window() -> None:
    changes = [("p1", date(2025, 5, 2)), ("p1", date(2025, 5, 31)), ("p2", date(2025, 5, 20))]
    found = run([SALE_618], price_changes=changes)
    assert found == [
        Finding("event.price_lock_conflict", Severity.WARNING, "e618", date(2025, 5, 2),
                (("product", "p1"), ("days_before", "30"))),
        Finding("event.price_lock_conflict", Severity.WARNING, "e618", date(2025, 5, 20),
                (("product", "p2"), ("days_before", "12"))),
    ]


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
