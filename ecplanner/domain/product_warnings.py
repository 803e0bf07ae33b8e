"""Warnings about products and launch waves, as ``Finding`` codes.

Codes (subject = the product's uuid unless said otherwise):

- ``product.milestone_lagging`` — a checkpoint (milestone, launch or delist) has passed and
  the status is behind what it implies; one per product, for the latest such checkpoint;
  params ``milestone`` (a ``MilestoneKind`` value, ``launch`` or ``delist``) and ``expected``.
- ``product.stock_in_after_launch`` — the product's offsets put stock-in after launch;
  param ``days`` (how many days after).
- ``product.reorder_passed`` — the reorder-by day has passed and the status is below READY.
- ``product.launch_in_price_lock`` — launch falls in the price-lock window before a major
  sale, so the launch price becomes the sale's reference price; one per product and sale,
  params ``event`` and ``days_before``.
- ``product.featured_not_on_sale`` — featured in an event it is not on sale for; params
  ``event`` and ``reason`` (``no_launch``, ``not_launched`` or ``delisted``).
- ``season.wave_gap`` — subject = the season's value: a month the plan expects the season
  to launch in has no launch of it; param ``month``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta

from ecplanner.domain.event_warnings import PRICE_LOCK_DAYS
from ecplanner.domain.findings import Finding, Severity
from ecplanner.domain.model import Event, EventKind, MilestoneKind, Product, ProductStatus, Season
from ecplanner.domain.products import (
    SeasonOffsets,
    checkpoints,
    milestone_offsets,
    reorder_by,
    status_rank,
)

_READY = status_rank(ProductStatus.READY)


def product_findings(
    products: Sequence[Product],
    events: Sequence[Event],
    today: date,
    expected_launch_months: Mapping[Season, set[int]] | None = None,
    *,
    season_defaults: SeasonOffsets | None = None,
    price_lock_days: int = PRICE_LOCK_DAYS,
) -> list[Finding]:
    """All product and wave warnings, sorted by day, code and subject.

    ``expected_launch_months`` maps a season to the months (1–12) it should launch in; a
    launch counts for its month whatever its year, so pass one plan year's products.
    Without it no ``season.wave_gap`` is reported.
    """
    findings = [finding for _, found in each_product_findings(
        products, events, today, season_defaults=season_defaults,
        price_lock_days=price_lock_days) for finding in found]
    if expected_launch_months is not None:
        findings.extend(wave_gaps(products, expected_launch_months))
    return sorted(findings, key=_order)


def each_product_findings(
    products: Sequence[Product],
    events: Sequence[Event],
    today: date,
    *,
    season_defaults: SeasonOffsets | None = None,
    price_lock_days: int = PRICE_LOCK_DAYS,
) -> Iterator[tuple[Product, list[Finding]]]:
    """Each product with its warnings (``product_findings`` without the wave gaps) in
    their order, one product at a time.

    Cheaper than grouping ``product_findings``: a large plan has tens of thousands of
    warnings, and sorting each product's few costs less than sorting them all; and a caller
    keeping few of them does not hold them all at once.
    """
    sales = sorted((e.start, e.uuid) for e in events if e.kind is EventKind.MAJOR_SALE)
    starts = [start for start, _ in sales]
    featured: dict[str, list[Finding]] = {}
    for finding in _featured_not_on_sale(products, events):
        featured.setdefault(finding.subject, []).append(finding)
    for product in products:
        mine = _lagging(product, today, season_defaults)
        mine += _stock_in_after_launch(product, season_defaults)
        mine += _reorder_passed(product, today)
        mine += _launch_in_price_lock(product, sales, starts, price_lock_days)
        mine += featured.get(product.uuid, ())
        mine.sort(key=_order)
        yield product, mine


def _order(finding: Finding) -> tuple[date, str, str, tuple[tuple[str, str], ...]]:
    return finding.day or date.min, finding.code, finding.subject, finding.params


def _lagging(product: Product, today: date,
             season_defaults: SeasonOffsets | None) -> list[Finding]:
    rank = status_rank(product.status)
    lagging = [point for point in checkpoints(product, season_defaults)
               if point.day < today and status_rank(point.min_status) > rank]
    if not lagging:
        return []
    point = lagging[-1]
    return [Finding("product.milestone_lagging", Severity.WARNING, product.uuid, point.day,
                    (("milestone", point.name), ("expected", point.min_status.value)))]


def _stock_in_after_launch(product: Product,
                           season_defaults: SeasonOffsets | None) -> list[Finding]:
    if product.launch is None:
        return []
    offset = milestone_offsets(product, season_defaults)[MilestoneKind.STOCK_IN]
    stock_in = product.launch - timedelta(days=offset)
    if stock_in <= product.launch:
        return []
    days = (stock_in - product.launch).days
    return [Finding("product.stock_in_after_launch", Severity.WARNING, product.uuid, stock_in,
                    (("days", str(days)),))]


def _reorder_passed(product: Product, today: date) -> list[Finding]:
    day = reorder_by(product)
    if day is None or day >= today or status_rank(product.status) >= _READY:
        return []
    return [Finding("product.reorder_passed", Severity.WARNING, product.uuid, day)]


def _launch_in_price_lock(product: Product, sales: list[tuple[date, str]], starts: list[date],
                          lock_days: int) -> list[Finding]:
    """``sales`` are (start, uuid) of the major sales, sorted by start; ``starts`` their
    starts."""
    launch = product.launch
    if launch is None:
        return []
    findings: list[Finding] = []
    # The window is the lock_days before a sale, so the sales to check start after launch.
    for index in range(bisect.bisect_right(starts, launch), len(starts)):
        days_before = (starts[index] - launch).days
        if days_before > lock_days:
            break
        findings.append(Finding("product.launch_in_price_lock", Severity.WARNING,
                                product.uuid, launch,
                                (("event", sales[index][1]), ("days_before", str(days_before)))))
    return findings


def _featured_not_on_sale(products: Sequence[Product],
                          events: Sequence[Event]) -> list[Finding]:
    by_uuid = {product.uuid: product for product in products}
    findings: list[Finding] = []
    for event in events:
        for uuid in dict.fromkeys(event.featured_products):
            product = by_uuid.get(uuid)
            # A uuid with no product (deleted since) is left to the plan's integrity check.
            reason = _not_on_sale_reason(product, event) if product is not None else None
            if reason is not None:
                findings.append(Finding("product.featured_not_on_sale", Severity.WARNING,
                                        uuid, event.start,
                                        (("event", event.uuid), ("reason", reason))))
    return findings


def _not_on_sale_reason(product: Product, event: Event) -> str | None:
    if product.launch is None:
        return "no_launch"
    if product.launch > event.start:
        return "not_launched"
    if product.delist is not None and product.delist < event.end:
        return "delisted"
    return None


def wave_gaps(products: Sequence[Product],
              expected: Mapping[Season, set[int]]) -> list[Finding]:
    """``season.wave_gap`` for each expected (season, month) no product launches in."""
    launched = {(p.season, p.launch.month) for p in products if p.launch is not None}
    return [Finding("season.wave_gap", Severity.INFO, season.value, None,
                    (("month", str(month)),))
            for season, months in expected.items()
            for month in sorted(months)
            if (season, month) not in launched]
