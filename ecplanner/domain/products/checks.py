"""The Products tab's warnings, kept per product so that an edit redoes only what it touched.

Per product: ``product_findings`` under the plan's settings, and whether its planned price
change falls in sales' price-lock windows (``product.price_change_in_lock``: the plan
reports that per sale, the tab per product). The wave gaps (``season.wave_gap``) are redone
from all the plan year's products on every update, as ``plan_findings`` counts them.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import date

from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, PlanSettings, Product
from ecplanner.domain.products.warnings import EventIndex, indexed_findings, wave_gaps


def listed_order(finding: Finding) -> tuple[date, str, str]:
    """How the tab lists warnings: by day, then code, then subject."""
    return finding.day or date.min, finding.code, finding.subject


class ProductChecks:
    """``by_product``: each product's findings (in an order finer than ``listed_order``);
    ``gaps``: the plan year's wave gaps.

    The events are indexed once for as long as they come in the same list (a caller makes
    a new list when they change): an edit of one product then looks at its own events only.
    """

    def __init__(self) -> None:
        self.by_product: dict[str, list[Finding]] = {}
        self.gaps: list[Finding] = []
        self._index: EventIndex | None = None
        # (``listed_order`` of its first finding, uuid) of each product with findings,
        # sorted; None until listed, or after all products are redone.
        self._firsts: list[tuple[tuple[date, str, str], str]] | None = None

    def update(self, products: Sequence[Product], events: Sequence[Event], today: date,
               year: int, settings: PlanSettings,
               changed: Collection[str] | None = None) -> list[str]:
        """Redo the findings of the products whose uuid is in ``changed`` (other keys are
        ignored), or of all when None; returns the uuids of the products redone."""
        if changed is None:
            self.by_product, self._firsts = {}, None
            todo = list(products)
        else:
            for key in changed:
                if (found := self.by_product.pop(key, None)) and self._firsts is not None:
                    at = bisect.bisect_left(self._firsts, (listed_order(found[0]), key))
                    del self._firsts[at]
            todo = [p for p in products if p.uuid in changed]
        for _ in self._redo(todo, products, events, today, year, settings, len(todo)):
            pass
        if self._firsts is not None:
            for product in todo:
                if found := self.by_product.get(product.uuid):
                    bisect.insort(self._firsts, (listed_order(found[0]), product.uuid))
        return [p.uuid for p in todo]

    def update_in_steps(self, products: Sequence[Product], events: Sequence[Event],
                        today: date, year: int, settings: PlanSettings,
                        step: int = 100, previous: ProductChecks | None = None
                        ) -> Iterator[None]:
        """Redo every product's findings, ``step`` products at a time, yielding in
        between: for a caller that spreads a large plan's checks over time. The findings are
        complete once the iterator is exhausted. Findings equal to those in ``previous``
        are kept from there, and so are whole lists when a product's are all equal: an edit
        changes few findings, and tens of thousands of new objects that live on would bring
        on a full garbage collection each time (~0.1 s in the app)."""
        self.by_product, self._firsts = {}, None
        if previous is not None and self._index is None:
            self._index = previous._index
        return self._redo(list(products), products, events, today, year, settings, step,
                          previous)

    def _redo(self, todo: Sequence[Product], products: Sequence[Product],
              events: Sequence[Event], today: date, year: int, settings: PlanSettings,
              step: int, previous: ProductChecks | None = None) -> Iterator[None]:
        step = max(step, 1)
        if self._index is None or not self._index.of(events, settings.price_lock_days):
            self._index = EventIndex(events, settings.price_lock_days)
        found = indexed_findings(todo, self._index, today,
                                 season_defaults=settings.season_offsets(), price_changes=True)
        for count, (product, mine) in enumerate(found, start=1):
            if count % step == 0:
                yield
            if mine:
                kept = previous.by_product.get(product.uuid) if previous is not None else None
                if previous is not None and kept is not None and kept == mine:
                    self.by_product[product.uuid] = kept
                    continue
                if kept:  # the findings that stay the same stay the same objects
                    same = {finding: finding for finding in kept}
                    mine = [same.get(finding, finding) for finding in mine]
                self.by_product[product.uuid] = mine
        launched = [p for p in products if p.launch is not None and p.launch.year == year]
        self.gaps = wave_gaps(launched, settings.expected_months())

    def count(self, uuids: Iterable[str]) -> int:
        """How many findings these products have."""
        return sum(len(self.by_product.get(uuid, ())) for uuid in uuids)

    def listed(self, uuids: Iterable[str], limit: int) -> list[Finding]:
        """The first ``limit`` findings of these products in ``listed_order``, equal ones
        in the order of ``uuids``."""
        if limit <= 0:
            return []
        order = list(uuids)
        wanted = set(order)
        # Only a product whose first finding is among the ``limit`` products' first ones
        # can have one among the ``limit`` first findings: those few lists are merged.
        # The products by first finding are sorted once, not at each listing (20,000
        # products' took ~20 ms at each edit of a large plan), and walked to the bound.
        chosen: set[str] = set()
        bound: tuple[date, str, str] | None = None
        for first, uuid in self._sorted_firsts():
            if bound is not None and first > bound:
                break
            if uuid in wanted:
                chosen.add(uuid)
                if len(chosen) == limit:
                    bound = first
        by_product = self.by_product
        lists = [by_product[uuid] for uuid in order if uuid in chosen]
        return list(itertools.islice(heapq.merge(*lists, key=listed_order), limit))

    def _sorted_firsts(self) -> list[tuple[tuple[date, str, str], str]]:
        if self._firsts is None:
            self._firsts = sorted((listed_order(found[0]), uuid)
                                  for uuid, found in self.by_product.items() if found)
        return self._firsts

