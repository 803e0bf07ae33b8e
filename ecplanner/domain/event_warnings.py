"""Warnings about the events on the calendar, as ``Finding`` codes.

Codes (subject = the event's uuid):

- ``event.overlap_same_platform`` — two major sales of one platform overlap; one finding
  per event and other event, param ``other``.
- ``event.registration_passed`` — the registration deadline has passed and the event has
  not started, and the store has not marked itself registered.
- ``event.registration_soon`` — the deadline is today or within ``soon_days``; param ``days``.
- ``event.in_shipping_shutdown`` — the event overlaps the Spring Festival courier shutdown;
  params ``from``/``to``, the overlapping days.
- ``event.price_lock_conflict`` — a planned price change falls in a major sale's price-lock
  window; one finding per event and product, params ``product`` and ``days_before``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, EventKind, Product

PRICE_LOCK_DAYS = 30
REGISTRATION_SOON_DAYS = 7


def event_findings(
    events: Sequence[Event],
    today: date,
    holiday_calendar_shutdown: tuple[date, date] | None,
    price_changes: Sequence[tuple[str, date]] = (),
    *,
    price_lock_days: int = PRICE_LOCK_DAYS,
    soon_days: int = REGISTRATION_SOON_DAYS,
) -> list[Finding]:
    """All event warnings, sorted by day, code and subject.

    ``holiday_calendar_shutdown`` is the inclusive (first, last) day couriers stop over the
    Spring Festival, or None. ``price_changes`` are (product uuid, day) pairs.

    ``price_lock_days``: Chinese platforms check a sale price against the lowest price the
    item had before the sale — mostly over the 30 days before it, on some rules 15 or 7 —
    so a price change in that window sets the reference the discount is measured against.
    Pass 7 (or 15) for a platform whose rule looks back a shorter time.
    """
    findings: list[Finding] = []
    findings.extend(_overlaps(events))
    changes = sorted((day, product) for product, day in price_changes)
    for event in events:
        findings.extend(_registration(event, today, soon_days))
        if holiday_calendar_shutdown is not None and _sells(event):
            findings.extend(_shutdown(event, holiday_calendar_shutdown))
        if event.kind is EventKind.MAJOR_SALE:
            findings.extend(_price_lock(event, changes, price_lock_days))
    return sorted(findings, key=_order)


def _sells(event: Event) -> bool:
    """Whether orders must ship during the event: not for a bare holiday or festival date."""
    if event.kind is EventKind.HOLIDAY:
        return False
    return not (event.kind is EventKind.FESTIVAL and not event.phases)


def price_changes_of(products: Iterable[Product]) -> list[tuple[str, date]]:
    """The (product uuid, day) pairs of the products' planned price changes."""
    return [(p.uuid, p.planned_price_change) for p in products
            if p.planned_price_change is not None]


def price_lock_window(event: Event, days: int = PRICE_LOCK_DAYS) -> tuple[date, date]:
    """The inclusive days before ``event`` starts whose prices the platform checks."""
    return event.start - timedelta(days=days), event.start - timedelta(days=1)


def _order(finding: Finding) -> tuple[date, str, str, tuple[tuple[str, str], ...]]:
    return finding.day or date.min, finding.code, finding.subject, finding.params


def _overlaps(events: Sequence[Event]) -> list[Finding]:
    """Sweep each platform's major sales in start order: O(n log n + findings)."""
    by_platform: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        # An event with no platform is not known to clash with anything.
        if event.kind is EventKind.MAJOR_SALE and event.platform:
            by_platform[event.platform].append(event)
    findings: list[Finding] = []
    for sales in by_platform.values():
        sales.sort(key=lambda e: (e.start, e.uuid))
        for i, first in enumerate(sales):
            for second in sales[i + 1:]:
                if second.start > first.end:
                    break
                day = second.start
                findings.append(_overlap(first, second, day))
                findings.append(_overlap(second, first, day))
    return findings


def _overlap(event: Event, other: Event, day: date) -> Finding:
    return Finding("event.overlap_same_platform", Severity.WARNING, event.uuid, day,
                   (("other", other.uuid),))


def _registration(event: Event, today: date, soon_days: int) -> list[Finding]:
    deadline = event.registration_deadline
    if deadline is None or event.start <= today or event.registered:
        return []
    if deadline < today:
        return [Finding("event.registration_passed", Severity.WARNING, event.uuid, deadline)]
    days = (deadline - today).days
    if days <= soon_days:
        return [Finding("event.registration_soon", Severity.WARNING, event.uuid, deadline,
                        (("days", str(days)),))]
    return []


def _shutdown(event: Event, shutdown: tuple[date, date]) -> list[Finding]:
    first, last = max(event.start, shutdown[0]), min(event.end, shutdown[1])
    if first > last:
        return []
    return [Finding("event.in_shipping_shutdown", Severity.WARNING, event.uuid, first,
                    (("from", first.isoformat()), ("to", last.isoformat())))]


def _price_lock(event: Event, changes: list[tuple[date, str]],
                lock_days: int) -> list[Finding]:
    """``changes`` sorted by day; a product changed twice in the window is reported once,
    at its earliest change."""
    lo, hi = price_lock_window(event, lock_days)
    earliest: dict[str, date] = {}
    for day, product in changes[bisect.bisect_left(changes, (lo, "")):]:
        if day > hi:
            break
        earliest.setdefault(product, day)
    return [Finding("event.price_lock_conflict", Severity.WARNING, event.uuid, day,
                    (("product", product), ("days_before", str((event.start - day).days))))
            for product, day in earliest.items()]
