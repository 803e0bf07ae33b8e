"""Warnings about the events on the calendar, as ``Finding`` codes.

Codes (subject = the event's uuid):

- ``event.overlap_same_platform`` — the event, a major sale, overlaps others of its
  platform; one finding per event on the first day it overlaps one, params ``other`` (the
  first other in start order), ``count`` and ``others`` (see ``findings``).
- ``event.registration_passed`` — the registration deadline has passed and the event has
  not started, and the store has not marked itself registered.
- ``event.registration_soon`` — the deadline is today or within ``soon_days``; param ``days``.
- ``event.in_shipping_shutdown`` — the event overlaps the Spring Festival courier shutdown;
  params ``from``/``to``, the overlapping days.
- ``event.price_lock_conflict`` — planned price changes fall in a major sale's price-lock
  window; one finding per sale on the earliest change, params ``product`` and
  ``days_before`` (that change), ``count`` (how many products) and ``products`` (the first
  of them, by the day of their change).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from ecplanner.domain.findings import LISTED, Finding, Severity, listing
from ecplanner.domain.model import Event, EventKind, Product
from ecplanner.domain.steps import Steps, run_steps

PRICE_LOCK_DAYS = 30
REGISTRATION_SOON_DAYS = 7
STEP = 1_000  # events (or a platform's sales) a step of ``event_findings_in_steps``


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
    return run_steps(event_findings_in_steps(
        events, today, holiday_calendar_shutdown, price_changes,
        price_lock_days=price_lock_days, soon_days=soon_days))


def event_findings_in_steps(
    events: Sequence[Event],
    today: date,
    holiday_calendar_shutdown: tuple[date, date] | None,
    price_changes: Sequence[tuple[str, date]] = (),
    *,
    price_lock_days: int = PRICE_LOCK_DAYS,
    soon_days: int = REGISTRATION_SOON_DAYS,
) -> Steps[list[Finding]]:
    """``event_findings`` in steps of ``STEP`` events (~10 ms each), for the window."""
    findings: list[Finding] = yield from _overlaps(events)
    locks = _PriceLocks(price_changes, price_lock_days)
    for n, event in enumerate(events, 1):
        findings.extend(_registration(event, today, soon_days))
        if holiday_calendar_shutdown is not None and _sells(event):
            findings.extend(_shutdown(event, holiday_calendar_shutdown))
        if event.kind is EventKind.MAJOR_SALE:
            findings.extend(locks.conflict(event))
        if n % STEP == 0:
            yield
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


def _overlaps(events: Sequence[Event]) -> Steps[list[Finding]]:
    """Each platform's major sales that overlap others of it, found by bisection."""
    by_platform: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        # An event with no platform is not known to clash with anything.
        if event.kind is EventKind.MAJOR_SALE and event.platform:
            by_platform[event.platform].append(event)
    yield
    findings: list[Finding] = []
    for sales in by_platform.values():
        sales.sort(key=lambda e: (e.start, e.uuid))
        overlaps = _Overlaps(sales)
        for begin in range(0, len(sales), STEP):
            findings.extend(filter(None, map(overlaps.finding,
                                             range(begin, min(begin + STEP, len(sales))))))
            yield
    return findings


class _Overlaps:
    """One platform's major sales in start order, and which of them overlap one: those
    starting by its end, less those ending before its start. O(log n) to count them and
    a short walk to name the first ``LISTED``; a crowded year of thousands of
    overlapping sales would make a sweep over every overlapping pair quadratic."""

    def __init__(self, sales: list[Event]) -> None:
        self._sales = sales
        self._starts = [sale.start for sale in sales]
        self._ends = sorted(sale.end for sale in sales)
        self._longest = max((sale.end - sale.start for sale in sales), default=timedelta(0))

    def finding(self, i: int) -> Finding | None:
        sale = self._sales[i]
        later = bisect.bisect_right(self._starts, sale.end) - i - 1  # start in it, after it
        count = i + later - bisect.bisect_left(self._ends, sale.start)
        if count == 0:
            return None
        listed = self._earlier(i, count - later) + self._sales[i + 1:i + 1 + min(later, LISTED)]
        # With one that began before it, they overlap from its start; else from the next.
        day = sale.start if count > later else self._starts[i + 1]
        uuids = [other.uuid for other in listed[:LISTED]]
        return Finding("event.overlap_same_platform", Severity.WARNING, sale.uuid, day,
                       (("other", uuids[0]), ("count", str(count)),
                        ("others", listing(uuids))))

    def _earlier(self, i: int, count: int) -> list[Event]:
        """Up to ``LISTED`` of the ``count`` sales that began before sale ``i`` and still
        run on its start, the latest-begun ones, in start order."""
        sale, found = self._sales[i], list[Event]()
        j = i - 1
        while j >= 0 and len(found) < min(count, LISTED):
            if self._starts[j] < sale.start - self._longest:
                break  # began too long before to last until it
            if self._sales[j].end >= sale.start:
                found.append(self._sales[j])
            j -= 1
        return found[::-1]


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


class _PriceLocks:
    """The planned price changes in a sale's price-lock window: a run of the changes in
    day order, found by bisection and read once per window (sales share start days)."""

    def __init__(self, changes: Sequence[tuple[str, date]], lock_days: int) -> None:
        self._changes = sorted((day, product) for product, day in changes)
        self._lock_days = lock_days
        self._earliest: dict[date, list[tuple[str, date]]] = {}

    def conflict(self, sale: Event) -> list[Finding]:
        if sale.start not in self._earliest:
            self._earliest[sale.start] = self._in_window(sale)
        earliest = self._earliest[sale.start]
        if not earliest:
            return []
        product, day = earliest[0]
        return [Finding("event.price_lock_conflict", Severity.WARNING, sale.uuid, day,
                        (("product", product), ("days_before", str((sale.start - day).days)),
                         ("count", str(len(earliest))),
                         ("products", listing([uuid for uuid, _ in earliest[:LISTED]]))))]

    def _in_window(self, sale: Event) -> list[tuple[str, date]]:
        """Each product changed in the window once, at its earliest change, in day order."""
        lo, hi = price_lock_window(sale, self._lock_days)
        earliest: dict[str, date] = {}
        for index in range(bisect.bisect_left(self._changes, (lo, "")), len(self._changes)):
            day, product = self._changes[index]
            if day > hi:
                break
            earliest.setdefault(product, day)
        return list(earliest.items())
