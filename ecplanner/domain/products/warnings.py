"""Warnings about products and launch waves, as ``Finding`` codes.

Codes (subject = the product's uuid unless said otherwise):

- ``product.milestone_lagging`` — a checkpoint (milestone, launch or delist) has passed and
  the status is behind what it implies; one per product, for the latest such checkpoint;
  params ``milestone`` (a ``MilestoneKind`` value, ``launch`` or ``delist``) and ``expected``.
- ``product.stock_in_after_launch`` — the product's offsets put stock-in after launch;
  param ``days`` (how many days after).
- ``product.reorder_passed`` — the reorder-by day has passed and the status is below READY.
- ``product.launch_in_price_lock`` — launch falls in the price-lock window before one or
  more major sales, so the launch price becomes their reference price; one per product:
  params ``event`` and ``days_before`` (the nearest sale), ``count`` (how many sales) and
  ``events`` (the first of them in start order, see ``findings``).
- ``product.price_change_in_lock`` — the same for the planned price change (only when
  asked: the plan reports it per sale, as ``event.price_lock_conflict``; the Products tab
  shows it per product).
- ``product.featured_not_on_sale`` — featured in an event it is not on sale for; params
  ``event`` and ``reason`` (``no_launch``, ``not_launched`` or ``delisted``).
- ``season.wave_gap`` — subject = the season's value: a month the plan expects the season
  to launch in has no launch of it; param ``month``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, timedelta

from ecplanner.domain.calendar.warnings import PRICE_LOCK_DAYS
from ecplanner.domain.findings import LISTED, Finding, Severity, listing
from ecplanner.domain.model import Event, EventKind, MilestoneKind, Product, ProductStatus, Season
from ecplanner.domain.products.rules import (
    Checkpoint,
    SeasonOffsets,
    checkpoints,
    reorder_by,
    status_rank,
)
from ecplanner.domain.steps import Steps, run_steps

_READY = status_rank(ProductStatus.READY)
STEP = 500  # products a step of ``product_findings_in_steps``


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
    return run_steps(product_findings_in_steps(
        products, events, today, expected_launch_months, season_defaults=season_defaults,
        price_lock_days=price_lock_days))


def product_findings_in_steps(
    products: Sequence[Product],
    events: Sequence[Event],
    today: date,
    expected_launch_months: Mapping[Season, set[int]] | None = None,
    *,
    season_defaults: SeasonOffsets | None = None,
    price_lock_days: int = PRICE_LOCK_DAYS,
) -> Steps[list[Finding]]:
    """``product_findings`` in steps of ``STEP`` products (~10 ms each), for the window."""
    index = EventIndex(events, price_lock_days)
    yield
    findings: list[Finding] = []
    each = indexed_findings(products, index, today, season_defaults=season_defaults)
    for n, (_, found) in enumerate(each, 1):
        findings += found
        if n % STEP == 0:
            yield
    if expected_launch_months is not None:
        findings.extend(wave_gaps(products, expected_launch_months))
    yield
    return sorted(findings, key=_order)


def each_product_findings(
    products: Sequence[Product],
    events: Sequence[Event],
    today: date,
    *,
    season_defaults: SeasonOffsets | None = None,
    price_lock_days: int = PRICE_LOCK_DAYS,
    price_changes: bool = False,
) -> Iterator[tuple[Product, list[Finding]]]:
    """Each product with its warnings (``product_findings`` without the wave gaps) in
    their order, one product at a time; with ``price_changes``, its
    ``product.price_change_in_lock`` too.

    Cheaper than grouping ``product_findings``: a large plan has tens of thousands of
    warnings, and sorting each product's few costs less than sorting them all; and a caller
    keeping few of them does not hold them all at once.
    """
    return indexed_findings(products, EventIndex(events, price_lock_days), today,
                            season_defaults=season_defaults, price_changes=price_changes)


class EventIndex:
    """What the products' warnings need of ``events``, found once for any number of
    products: the major sales in start order (``SalesAhead``) and the events featuring
    each product. A caller checking products again and again under the same events keeps
    one: a check of one product looked through all the events again (~7 ms for 20,000).
    """

    def __init__(self, events: Sequence[Event], lock_days: int) -> None:
        self.events, self.lock_days = events, lock_days
        self.sales = SalesAhead(events, lock_days)
        self.featuring: dict[str, list[Event]] = {}
        for event in events:
            for uuid in dict.fromkeys(event.featured_products):
                self.featuring.setdefault(uuid, []).append(event)

    def of(self, events: Sequence[Event], lock_days: int) -> bool:
        """Whether this indexes ``events`` (the same list: a caller holding its events
        in a list makes a new one when they change) under ``lock_days``."""
        return events is self.events and lock_days == self.lock_days


def indexed_findings(
    products: Sequence[Product],
    index: EventIndex,
    today: date,
    *,
    season_defaults: SeasonOffsets | None = None,
    price_changes: bool = False,
) -> Iterator[tuple[Product, list[Finding]]]:
    """``each_product_findings`` under the events of ``index``."""
    ahead = index.sales
    for product in products:
        points = checkpoints(product, season_defaults)
        mine = _lagging(product, points, today)
        mine += _stock_in_after_launch(product, points)
        mine += _reorder_passed(product, today)
        mine += ahead.finding("product.launch_in_price_lock", product.uuid, product.launch)
        if price_changes:
            mine += ahead.finding("product.price_change_in_lock", product.uuid,
                                  product.planned_price_change)
        mine += _featured_not_on_sale(product, index.featuring.get(product.uuid, ()))
        mine.sort(key=_order)
        yield product, mine


def _order(finding: Finding) -> tuple[date, str, str, tuple[tuple[str, str], ...]]:
    return finding.day or date.min, finding.code, finding.subject, finding.params


def _lagging(product: Product, points: list[Checkpoint], today: date) -> list[Finding]:
    rank = status_rank(product.status)
    lagging = [point for point in points
               if point.day < today and status_rank(point.min_status) > rank]
    if not lagging:
        return []
    point = lagging[-1]
    return [Finding("product.milestone_lagging", Severity.WARNING, product.uuid, point.day,
                    (("milestone", point.name), ("expected", point.min_status.value)))]


def _stock_in_after_launch(product: Product, points: list[Checkpoint]) -> list[Finding]:
    if product.launch is None:
        return []
    stock_in = next(point.day for point in points if point.name == MilestoneKind.STOCK_IN)
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


class SalesAhead:
    """The major sales whose price-lock window holds a day: those starting 1 to
    ``lock_days`` days after it, a run of the sales in start order found by bisection.

    Worked out once per day: thousands of products share a few hundred launch days, and
    their findings then share the params too.
    """

    def __init__(self, events: Sequence[Event], lock_days: int) -> None:
        sales = sorted((e.start, e.uuid) for e in events if e.kind is EventKind.MAJOR_SALE)
        self._starts = [start for start, _ in sales]
        self._uuids = [uuid for _, uuid in sales]
        self._lock = timedelta(days=lock_days)
        self._params: dict[date, tuple[tuple[str, str], ...] | None] = {}

    def finding(self, code: str, subject: str, day: date | None) -> list[Finding]:
        """``code`` about ``subject`` on ``day`` if the day is in a window, else none."""
        if day is None:
            return []
        if day not in self._params:
            self._params[day] = self._ahead_of(day)
        params = self._params[day]
        return [] if params is None else [Finding(code, Severity.WARNING, subject, day, params)]

    def _ahead_of(self, day: date) -> tuple[tuple[str, str], ...] | None:
        first = bisect.bisect_right(self._starts, day)
        end = bisect.bisect_right(self._starts, day + self._lock, lo=first)
        if first == end:
            return None
        return (("event", self._uuids[first]),
                ("days_before", str((self._starts[first] - day).days)),
                ("count", str(end - first)),
                ("events", listing(self._uuids[first:min(end, first + LISTED)])))


def _featured_not_on_sale(product: Product, featuring: Iterable[Event]) -> list[Finding]:
    """``product.featured_not_on_sale`` in each event of ``featuring`` (those featuring
    ``product``, in plan order) it is not on sale for."""
    return [Finding("product.featured_not_on_sale", Severity.WARNING, product.uuid,
                    event.start, (("event", event.uuid), ("reason", reason)))
            for event in featuring
            if (reason := _not_on_sale_reason(product, event)) is not None]


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
