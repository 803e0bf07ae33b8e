"""The plan's cascades, declared once."""

from __future__ import annotations

from datetime import date

from ecplanner.domain.cascades import CASCADES, cascades_of, kinds_reached
from ecplanner.domain.model import Event, EventKind, Product, ProductDay, StockPlan, Task


def test_each_cascade_names_a_field_of_its_child() -> None:
    for cascade in CASCADES:
        assert cascade.field in cascade.child.__dataclass_fields__  # type: ignore[attr-defined]


def test_a_product_delete_reaches_its_stock_plan_and_the_events_featuring_it() -> None:
    assert kinds_reached([Product]) == {StockPlan, Event, ProductDay}
    assert kinds_reached([Event]) == {Task}
    assert kinds_reached([Task, StockPlan]) == frozenset()
    featuring = next(c for c in cascades_of(Product) if c.child is Event)
    sale = Event(title="618", kind=EventKind.STORE_PROMO, start=date(2027, 6, 1),
                 end=date(2027, 6, 18), featured_products=("p1", "p2"))
    assert not featuring.deletes and featuring.parents_named(sale) == ("p1", "p2")
    stock = next(c for c in cascades_of(Product) if c.child is StockPlan)
    assert stock.deletes and stock.parents_named(StockPlan(product_uuid="p1")) == ("p1",)
    tasks = next(c for c in cascades_of(Event) if c.child is Task)
    assert tasks.parents_named(Task("Banner", "design", date(2027, 5, 1))) == ()
