"""A write announces exactly the rows it reached, by kind: puts, deletes and what the
deletes took with them, as ``domain.cascades`` declares and the file's foreign keys do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ecplanner.domain.cascades import CASCADES
from ecplanner.domain.model import Event, EventKind, PlanInfo, Product, StockPlan, Task
from ecplanner.domain.ops import Delete, Put
from ecplanner.store import mappers_later  # noqa: F401  (registers the later kinds)
from ecplanner.store.mappers import MAPPERS
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.tables import schema

SHIRT = Product("T001", "衬衫", uuid="shirt")
SCARF = Product("S001", "围巾", uuid="scarf")
STOCK = StockPlan("shirt", on_hand=300, uuid="stock")
SALE = Event("618", EventKind.MAJOR_SALE, date(2027, 6, 1), date(2027, 6, 18),
             featured_products=("scarf", "shirt"), uuid="sale")
OTHER = Event("店庆", EventKind.STORE_PROMO, date(2027, 9, 1), date(2027, 9, 3),
              featured_products=("scarf",), uuid="other")
BANNER = Task("Banner", "design", date(2027, 5, 20), event_uuid="sale", uuid="banner")
REGISTER = Task("Register", "ops", date(2027, 5, 10), event_uuid="sale", uuid="register")


def _plan(path: Path) -> PlanStore:
    store = PlanStore.create(path, PlanInfo("店", 2027))
    store.write([Put(SHIRT), Put(SCARF), Put(STOCK), Put(SALE), Put(OTHER), Put(BANNER),
                 Put(REGISTER)])
    return store


def test_an_undo_of_a_product_delete_restores_its_stock_plan_and_featuring_events(
        plan_path: Path) -> None:
    store = _plan(plan_path)
    ops = [Delete(Product, "shirt")]
    inverse = store.inverse(ops)
    store.write(ops)
    store.write(inverse)
    assert store.get(Event, "sale") == SALE and store.get(StockPlan, "stock") == STOCK
    store.close()


def test_the_declared_cascades_are_the_files_cascading_foreign_keys() -> None:
    owner = {m.table_name: (m.kind, None) for m in MAPPERS.values()}
    for mapper in MAPPERS.values():
        for child, field in zip(mapper.children, mapper.child_fields, strict=True):
            owner[child.table] = (mapper.kind, field)
    table_kind = {m.table_name: m.kind for m in MAPPERS.values()}
    found = set()
    for table in schema().tables.values():
        kind, field = owner[table.name]
        for column in table.c:
            for fk in column.foreign_keys:
                assert fk.ondelete == "CASCADE", (table.name, column.name)
                parent = table_kind[fk.column.table.name]
                if field is None:  # a row of its own that names another
                    found.add((parent, kind, column.name, True))
                elif parent is not kind:  # a value of a tuple field names another
                    found.add((parent, kind, field, False))
    assert found == {(c.parent, c.child, c.field, c.deletes) for c in CASCADES}
