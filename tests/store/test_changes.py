"""A write announces exactly the rows it reached, by kind: puts, deletes and what the
deletes took with them, as ``domain.cascades`` declares and the file's foreign keys do; an
undo restores those rows and announces them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ecplanner.domain.cascades import CASCADES
from ecplanner.domain.model import Event, EventKind, PlanInfo, Product, StockPlan, Task
from ecplanner.domain.ops import Delete, Put
from ecplanner.store.mappers import MAPPERS
from ecplanner.store.plan_store import PlanStore
from ecplanner.store.tables import SCHEMA

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


def test_a_put_announces_its_own_rows_only(plan_path: Path) -> None:
    store = _plan(plan_path)
    changes = store.write([Put(Product("T001", "长衬衫", uuid="shirt")), Put(BANNER)])
    assert changes.put(Product) == {"shirt"} and changes.put(Task) == {"banner"}
    assert changes.kinds == {Product, Task} and changes.count == 2
    store.close()


def test_a_product_delete_announces_its_stock_plan_and_the_events_featuring_it(
        plan_path: Path) -> None:
    store = _plan(plan_path)
    changes = store.write([Delete(Product, "shirt")])
    assert changes.deleted(Product) == {"shirt"}
    assert changes.deleted(StockPlan) == {"stock"}
    assert changes.put(Event) == {"sale"}  # it lost the product; "other" never had it
    assert changes.kinds == {Product, StockPlan, Event} and changes.count == 3
    assert store.get(Event, "sale").featured_products == ("scarf",)  # type: ignore[union-attr]
    store.close()


def test_an_event_delete_announces_its_tasks(plan_path: Path) -> None:
    store = _plan(plan_path)
    changes = store.write([Delete(Event, "sale"), Delete(Event, "other")])
    assert changes.deleted(Event) == {"sale", "other"}
    assert changes.deleted(Task) == {"banner", "register"} and changes.count == 4
    assert store.tasks() == []
    store.close()


def test_an_undo_announces_every_row_it_restores(plan_path: Path) -> None:
    store = _plan(plan_path)
    ops = [Delete(Product, "shirt")]
    inverse = store.inverse(ops)
    store.write(ops)
    undone = store.write(inverse)
    assert undone.put(Product) == {"shirt"} and undone.put(StockPlan) == {"stock"}
    assert undone.put(Event) == {"sale"} and undone.count == 3
    assert store.get(Event, "sale") == SALE and store.get(StockPlan, "stock") == STOCK
    redone = store.write(ops)
    assert redone.deleted(StockPlan) == {"stock"} and redone.put(Event) == {"sale"}
    store.close()


def test_a_delete_in_the_same_write_as_its_children_announces_each_once(
        plan_path: Path) -> None:
    store = _plan(plan_path)
    changes = store.write([Delete(Task, "banner"), Delete(Event, "sale"),
                           Put(Task("Later", "ops", date(2027, 7, 1), uuid="later"))])
    assert changes.deleted(Task) == {"banner", "register"} and changes.put(Task) == {"later"}
    store.close()


def test_the_declared_cascades_are_the_files_cascading_foreign_keys() -> None:
    owner = {m.table.name: (m.kind, None) for m in MAPPERS.values()}
    for mapper in MAPPERS.values():
        for child, field in zip(mapper.children, mapper.child_fields, strict=True):
            owner[child.table.name] = (mapper.kind, field)
    table_kind = {m.table.name: m.kind for m in MAPPERS.values()}
    found = set()
    for table in SCHEMA.tables.values():
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
