"""Turns domain entities into table rows and back, one mapper per entity kind.

Reads give plain tuples, never ORM objects: building those costs 8–12× a raw read, and
views re-read whole collections after every edit. Reads are SQL text by table and column
names (``sql_reads``); only writes need the schema's classes, which load on first use.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from ecplanner.domain.model import (
    BudgetMonth,
    Event,
    EventKind,
    MilestoneKind,
    Phase,
    PhaseKind,
    PlanInfo,
    Product,
    ProductRole,
    ProductStatus,
    Season,
    Task,
    TaskStatus,
)
from ecplanner.domain.ops import Entity, key_of
from ecplanner.store.errors import StoredValueError
from ecplanner.store.sql_reads import Row, all_rows, rows_where

if TYPE_CHECKING:
    from sqlalchemy.types import TypeEngine

EnumT = TypeVar("EnumT", bound=Enum)
# What building an entity raises on a stored value it cannot take (an unknown enum value,
# a date or JSON that does not parse, a NULL where there must be a value).
_UNDECODABLE = (ValueError, TypeError, KeyError, AttributeError, OverflowError)


def table_named(name: str) -> Table:
    """The schema's table ``name``; the first call builds the schema's classes."""
    from ecplanner.store.tables import schema

    return schema().tables[name]


def as_date(value: Any) -> date | None:
    """SQLite hands dates back as ISO text when read as SQL text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _dt(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


class Child(NamedTuple):
    """A table of rows that belong to one main row and go with it."""

    table: str
    columns: tuple[str, ...]  # all of them, as the schema has them
    parent: str  # the column holding the main row's key
    order: tuple[str, ...]  # the rows' order under one parent


class Mapper:
    """How one entity kind is stored: a main table keyed by ``key_column`` plus children."""

    kind: type
    table_name: str
    child_fields: tuple[str, ...] = ()  # the entity's fields kept in ``children``
    extra_columns: tuple[str, ...] = ()  # the main table's columns the entity lacks
    key_column = "uuid"
    key_type: TypeEngine[Any] | None = None  # the key column's type when not text
    order_by: tuple[str, ...] = ()  # the rows' order; by key when empty
    children: tuple[Child, ...] = ()
    ordered_by_entity = True  # False: ``order_by`` uses a column the entity does not hold

    def rows(self, entity: Any) -> tuple[Row, dict[Child, list[Row]]]:
        raise NotImplementedError

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Any:
        raise NotImplementedError

    def sort_key(self, entity: Any) -> Any:
        """``order_by`` in Python: SQLite compares ISO dates and UTF-8 text as Python
        does. Only meaningful when ``ordered_by_entity``."""
        return key_of(entity)

    def key_values(self, keys: Iterable[str]) -> list[Any]:
        """Keys as given by ``key_of`` turned into the key column's values."""
        return list(keys)

    @cached_property
    def columns(self) -> tuple[str, ...]:
        """The main table's columns: the entity's own fields, and ``extra_columns``."""
        names = (f.name for f in fields(self.kind) if f.name not in self.child_fields)
        return (*names, *self.extra_columns)

    @property
    def table(self) -> Table:
        return table_named(self.table_name)

    # -- generic persistence -------------------------------------------------
    def load(self, conn: Connection, keys: Iterable[str] | None = None) -> list[Any]:
        order = self.order_by or (self.key_column,)
        if keys is None:
            main = all_rows(conn, self.table_name, self.columns, order)
        else:
            main = rows_where(conn, self.table_name, self.columns, self.key_column,
                              self.key_values(keys), order, self.key_type)
        wanted = [r[self.key_column] for r in main]
        kids: dict[Any, dict[Child, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for child in self.children:
            order = (child.parent, *child.order)
            found = (all_rows(conn, child.table, child.columns, order) if keys is None
                     else rows_where(conn, child.table, child.columns, child.parent, wanted,
                                     order))
            for m in found:
                kids[m[child.parent]][child].append(m)
        built = []
        for r in main:
            try:
                built.append(self.build(r, kids[r[self.key_column]]))
            except _UNDECODABLE as exc:
                raise StoredValueError(self.table_name, r[self.key_column], exc) from exc
        return built

    def exists(self, conn: Connection, key: Any) -> bool:
        col = self.table.c[self.key_column]
        return conn.execute(select(col).where(col == key)).first() is not None

    def put(self, conn: Connection, entity: Any) -> None:
        main, children = self.rows(entity)
        key = main[self.key_column]
        col = self.table.c[self.key_column]
        if self.exists(conn, key):
            conn.execute(update(self.table).where(col == key).values(**main))
        else:
            conn.execute(insert(self.table).values(**main))
        for child in self.children:
            table = table_named(child.table)
            conn.execute(delete(table).where(table.c[child.parent] == key))
            if children.get(child):
                conn.execute(insert(table), children[child])

    def delete(self, conn: Connection, key: str) -> None:
        value = self.key_values([key])[0]
        conn.execute(delete(self.table).where(self.table.c[self.key_column] == value))

    def existing_keys(self, conn: Connection, keys: Sequence[Any]) -> set[Any]:
        col = self.table.c[self.key_column]
        found: set[Any] = set()
        for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
            found.update(r[0] for r in conn.execute(select(col).where(col.in_(keys[i:i + 500]))))
        return found

    def put_many(self, conn: Connection, entities: Sequence[Any]) -> None:
        """Put many entities with a few statements (imports, generated calendars)."""
        if len(entities) < 4:
            for entity in entities:
                self.put(conn, entity)
            return
        rows = [self.rows(e) for e in entities]
        keys = [main[self.key_column] for main, _ in rows]
        if len(set(keys)) < len(keys):  # the same row twice: the last one must win
            for entity in entities:
                self.put(conn, entity)
            return
        present = self.existing_keys(conn, keys)
        col = self.table.c[self.key_column]
        fresh = [main for main, _ in rows if main[self.key_column] not in present]
        if fresh:
            conn.execute(insert(self.table), fresh)
        changed = [{**main, "_key": main[self.key_column]} for main, _ in rows
                   if main[self.key_column] in present]
        if changed:  # one statement run for every row: building one per row costs ~1 ms
            conn.execute(update(self.table).where(col == bindparam("_key")), changed)
        for child in self.children:
            table = table_named(child.table)
            parent = table.c[child.parent]
            for i in range(0, len(keys), 500):
                conn.execute(delete(table).where(parent.in_(keys[i:i + 500])))
            kids = [r for _, children in rows for r in children.get(child, [])]
            if kids:
                conn.execute(insert(table), kids)


_MEMBERS: dict[type, dict[Any, Any]] = {}


def _member(kind: type[EnumT], value: Any) -> EnumT:
    """``kind(value)`` at a dictionary look-up's cost: a large plan has tens of thousands
    of enum values to read (an unknown value still raises ``ValueError``)."""
    members = _MEMBERS.get(kind)
    if members is None:
        members = _MEMBERS[kind] = {m.value: m for m in kind}  # type: ignore[attr-defined]
    found = members.get(value)
    return kind(value) if found is None else found  # type: ignore[no-any-return]


def plain_row(entity: Any, skip: Iterable[str] = ()) -> Row:
    """The entity's scalar fields as a row (enum values are plain str already)."""
    skipped = set(skip)
    return {f.name: getattr(entity, f.name) for f in fields(entity) if f.name not in skipped}


class PlanInfoMapper(Mapper):
    kind = PlanInfo
    table_name = "plan"

    def rows(self, entity: PlanInfo) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity)
        row["markets"] = json.dumps(list(entity.markets))
        row["platforms"] = json.dumps(list(entity.platforms))
        return row, {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> PlanInfo:
        row = dict(row)
        row["markets"] = tuple(json.loads(row["markets"]))
        row["platforms"] = tuple(json.loads(row["platforms"]))
        return PlanInfo(**row)


_PHASES = Child("event_phase",
                ("uuid", "event_uuid", "position", "kind", "name", "start", "end"),
                "event_uuid", ("position", "start", "kind"))
_FEATURED = Child("event_product", ("event_uuid", "product_uuid", "position"),
                  "event_uuid", ("position",))


class EventMapper(Mapper):
    kind = Event
    table_name = "event"
    order_by = ("start", "uuid")
    children = (_PHASES, _FEATURED)
    child_fields = ("phases", "featured_products")

    def sort_key(self, entity: Event) -> Any:
        return (entity.start, entity.uuid)

    def rows(self, entity: Event) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity, skip=self.child_fields)
        phases = [
            {"uuid": f"{entity.uuid}/{i}", "event_uuid": entity.uuid, "position": i,
             "kind": p.kind.value, "name": p.name, "start": p.start, "end": p.end}
            for i, p in enumerate(entity.phases)
        ]
        featured = [
            {"event_uuid": entity.uuid, "product_uuid": u, "position": i}
            for i, u in enumerate(entity.featured_products)
        ]
        return row, {_PHASES: phases, _FEATURED: featured}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Event:
        phases = tuple(
            Phase(_member(PhaseKind, p["kind"]), p["name"], _dt(p["start"]), _dt(p["end"]))
            for p in children.get(_PHASES, [])
        )
        featured = tuple(f["product_uuid"] for f in children.get(_FEATURED, []))
        return Event(**{**row, "kind": _member(EventKind, row["kind"]),
                        "start": as_date(row["start"]), "end": as_date(row["end"]),
                        "edited": bool(row["edited"]),
                        "registered": bool(row["registered"]),
                        "count_uplift_anyway": bool(row["count_uplift_anyway"]),
                        "registration_deadline": as_date(row["registration_deadline"]),
                        "phases": phases, "featured_products": featured})


_OFFSETS = Child("product_milestone", ("product_uuid", "kind", "days_before_launch"),
                 "product_uuid", ("kind",))


class ProductMapper(Mapper):
    kind = Product
    table_name = "product"
    order_by = ("code", "uuid")
    children = (_OFFSETS,)
    child_fields = ("milestone_offsets",)

    def sort_key(self, entity: Product) -> Any:
        return (entity.code, entity.uuid)

    def rows(self, entity: Product) -> tuple[Row, dict[Child, list[Row]]]:
        row = plain_row(entity, skip=self.child_fields)
        offsets = [{"product_uuid": entity.uuid, "kind": k.value, "days_before_launch": d}
                   for k, d in entity.milestone_offsets]
        return row, {_OFFSETS: offsets}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Product:
        offsets = tuple((_member(MilestoneKind, o["kind"]), int(o["days_before_launch"]))
                        for o in children.get(_OFFSETS, []))
        return Product(**{**row, "season": _member(Season, row["season"]),
                          "role": _member(ProductRole, row["role"]),
                          "status": _member(ProductStatus, row["status"]),
                          "launch": as_date(row["launch"]), "delist": as_date(row["delist"]),
                          "planned_price_change": as_date(row["planned_price_change"]),
                          "milestone_offsets": offsets})


class BudgetMonthMapper(Mapper):
    kind = BudgetMonth
    table_name = "budget_month"
    order_by = ("month",)

    def sort_key(self, entity: BudgetMonth) -> Any:
        return entity.month

    def rows(self, entity: BudgetMonth) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> BudgetMonth:
        return BudgetMonth(**row)


class TaskMapper(Mapper):
    kind = Task
    table_name = "task"
    order_by = ("due", "uuid")

    def sort_key(self, entity: Task) -> Any:
        return (entity.due, entity.uuid)

    def rows(self, entity: Task) -> tuple[Row, dict[Child, list[Row]]]:
        return plain_row(entity), {}

    def build(self, row: Row, children: dict[Child, list[Row]]) -> Task:
        return Task(**{**row, "due": as_date(row["due"]),
                       "status": _member(TaskStatus, row["status"])})


MAPPERS: dict[type, Mapper] = {
    m.kind: m
    for m in (PlanInfoMapper(), EventMapper(), ProductMapper(), BudgetMonthMapper(),
              TaskMapper())
}  # and, once ``mappers_later`` is loaded, the kinds start-up does not read


def every_kind() -> tuple[type, ...]:
    """Every kind a plan stores."""
    from ecplanner.store import mappers_later  # noqa: F401  (adds its mappers)

    return tuple(MAPPERS)


def mapper_for(entity_or_kind: Entity | type) -> Mapper:
    kind = entity_or_kind if isinstance(entity_or_kind, type) else type(entity_or_kind)
    found = MAPPERS.get(kind)
    if found is None:
        from ecplanner.store import mappers_later  # noqa: F401  (adds its mappers)

        found = MAPPERS[kind]
    return found
