"""The store refuses values it cannot hold with the domain's ``ValidationError`` — never a
driver's OverflowError or UnicodeEncodeError — and keeps what it held."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ecplanner.domain.findings import ValidationError
from ecplanner.domain.model import Event, EventKind, MilestoneKind, PlanInfo, Product
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore

PRODUCT = Product("27SP001", "衬衫", launch=date(2027, 3, 1))
EVENT = Event("店庆", EventKind.STORE_PROMO, date(2027, 9, 9), date(2027, 9, 11))


@pytest.mark.parametrize(("entity", "field", "code"), [
    (replace(PRODUCT, first_order_qty=10**20), "first_order_qty", "too_large"),
    (replace(PRODUCT, list_price=float("inf")), "list_price", "not_finite"),
    (replace(EVENT, title="\ud800店庆"), "title", "bad_text"),
    (replace(EVENT, start=date(1, 1, 1)), "start", "date_out_of_range"),
    (replace(EVENT, featured_products=(PRODUCT.uuid, PRODUCT.uuid)), "featured_products",
     "listed_twice"),
    (replace(PRODUCT, milestone_offsets=((MilestoneKind.SHOOT, 20), (MilestoneKind.SHOOT, 25))),
     "milestone_offsets", "listed_twice"),
])
def test_a_value_the_store_cannot_hold_is_refused(plan_path: Path, entity: object, field: str,
                                                  code: str) -> None:
    store = PlanStore.create(plan_path, PlanInfo("小店", 2027))
    store.write([Put(PRODUCT), Put(EVENT)])
    with pytest.raises(ValidationError) as raised:
        store.write([Put(entity)])  # type: ignore[arg-type]
    assert (field, code) in {(p.field, p.code) for p in raised.value.problems}
    assert store.products() == [PRODUCT] and store.events() == [EVENT]
    store.close()
