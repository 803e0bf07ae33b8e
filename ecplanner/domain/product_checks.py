"""The Products tab's warnings, kept per product so that an edit redoes only what it touched.

Per product: ``product_findings`` under the plan's settings, and the price-lock conflicts of
its planned price change (``event.price_lock_conflict``: the subject is the sale, param
``product`` the product). The wave gaps (``season.wave_gap``) are redone from all the plan
year's products on every update, as ``plan_findings`` counts them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from ecplanner.domain.event_warnings import event_findings, price_changes_of
from ecplanner.domain.findings import Finding
from ecplanner.domain.model import Event, PlanSettings, Product
from ecplanner.domain.product_warnings import product_findings, wave_gaps

PRICE_LOCK_CONFLICT = "event.price_lock_conflict"


def product_of(finding: Finding) -> str:
    """The uuid of the product a finding is about."""
    return finding.param("product") if finding.code == PRICE_LOCK_CONFLICT else finding.subject


class ProductChecks:
    """``by_product``: each product's findings; ``gaps``: the plan year's wave gaps."""

    def __init__(self) -> None:
        self.by_product: dict[str, list[Finding]] = {}
        self.gaps: list[Finding] = []

    def update(self, products: Sequence[Product], events: Sequence[Event], today: date,
               year: int, settings: PlanSettings,
               changed: Collection[str] | None = None) -> list[str]:
        """Redo the findings of the products whose uuid is in ``changed`` (other keys are
        ignored), or of all when None; returns the uuids of the products redone."""
        if changed is None:
            self.by_product = {}
            todo = list(products)
        else:
            for key in changed:
                self.by_product.pop(key, None)
            todo = [p for p in products if p.uuid in changed]
        found = product_findings(todo, events, today,
                                 season_defaults=settings.season_offsets(),
                                 price_lock_days=settings.price_lock_days)
        changes = price_changes_of(todo)
        if changes:
            found += [f for f in event_findings(events, today, None, changes,
                                                price_lock_days=settings.price_lock_days)
                      if f.code == PRICE_LOCK_CONFLICT]
        for finding in found:
            self.by_product.setdefault(product_of(finding), []).append(finding)
        launched = [p for p in products if p.launch is not None and p.launch.year == year]
        self.gaps = wave_gaps(launched, settings.expected_months())
        return [p.uuid for p in todo]
