"""How an entity kind is kept in the plan's tables: the ``Mapper`` base and its helpers.

Reads give plain entities, never ORM objects: building those costs 8–12× a raw read, and
views re-read whole collections after every edit. Reads and writes are Core statements
on the schema's tables (``tables``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from functools import cached_property
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.types import NullType

from ecplanner.domain.ops import key_of
from ecplanner.store.errors import StoredValueError

Row = dict[str, Any]
EnumT = TypeVar("EnumT", bound=Enum)
# What building an entity raises on a stored value it cannot take (an unknown enum value,
# a date or JSON that does not parse, a NULL where there must be a value).
_UNDECODABLE = (ValueError, TypeError, KeyError, AttributeError, OverflowError)
_CHUNK = 500  # keys per statement, under SQLite's limit of bound parameters


def as_date(value: Any) -> date | None:
    """SQLite hands dates back as ISO text (reads take values as stored)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


_MEMBERS: dict[type, dict[Any, Any]] = {}


def member(kind: type[EnumT], value: Any) -> EnumT:
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


def _stored(table: Table, names: Sequence[str], order: Sequence[str]) -> Select[Any]:
    """``names`` of ``table`` in ``order``, each value as SQLite holds it: the mapper's
    ``build`` decodes it, and names the row whose value it cannot."""
    columns: list[ColumnElement[Any]] = [
        type_coerce(table.c[name], NullType()).label(name) for name in names]
    return select(*columns).order_by(*(table.c[name] for name in order))


def read_rows(conn: Connection, table: Table, names: Sequence[str], order: Sequence[str],
              where: str | None = None, values: Sequence[Any] = ()) -> list[Row]:
    """The rows of ``table`` (those whose column ``where`` is one of ``values``)."""
    query = _stored(table, names, order)
    if where is None:
        return [dict(zip(names, row, strict=True)) for row in conn.execute(query)]
    found: list[Row] = []
    for i in range(0, len(values), _CHUNK):
        chunk = query.where(table.c[where].in_(values[i:i + _CHUNK]))
        found += [dict(zip(names, row, strict=True)) for row in conn.execute(chunk)]
    return found


class Child(NamedTuple):
    """A table of rows that belong to one main row and go with it."""

    table: Table
    parent: str  # the column holding the main row's key
    order: tuple[str, ...]  # the rows' order under one parent

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.table.c.keys())


class Mapper:
    """How one entity kind is stored: a main table keyed by ``key_column`` plus children."""

    kind: type
    table: Table
    child_fields: tuple[str, ...] = ()  # the entity's fields kept in ``children``
    extra_columns: tuple[str, ...] = ()  # the main table's columns the entity lacks
    key_column = "uuid"
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
        """The main table's columns read: the entity's own fields, and ``extra_columns``."""
        names = (f.name for f in fields(self.kind) if f.name not in self.child_fields)
        return (*names, *self.extra_columns)

    def load(self, conn: Connection, keys: Iterable[str] | None = None) -> list[Any]:
        """The entities (all, or those with ``keys``) in the table's order."""
        order = self.order_by or (self.key_column,)
        if keys is None:
            main = read_rows(conn, self.table, self.columns, order)
        else:
            main = read_rows(conn, self.table, self.columns, order, self.key_column,
                             self.key_values(keys))
        wanted = [r[self.key_column] for r in main]
        kids: dict[Any, dict[Child, list[Row]]] = defaultdict(lambda: defaultdict(list))
        for child in self.children:
            order = (child.parent, *child.order)
            found = (read_rows(conn, child.table, child.columns, order) if keys is None
                     else read_rows(conn, child.table, child.columns, order, child.parent,
                                    wanted))
            for m in found:
                kids[m[child.parent]][child].append(m)
        built = []
        for r in main:
            try:
                built.append(self.build(r, kids[r[self.key_column]]))
            except _UNDECODABLE as exc:
                raise StoredValueError(self.table.name, r[self.key_column], exc) from exc
        return built

    def count(self, conn: Connection) -> int:
        return int(conn.execute(select(func.count()).select_from(self.table)).scalar_one())

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
            conn.execute(delete(child.table).where(child.table.c[child.parent] == key))
            if children.get(child):
                conn.execute(insert(child.table), children[child])

    def delete(self, conn: Connection, key: str) -> None:
        value = self.key_values([key])[0]
        conn.execute(delete(self.table).where(self.table.c[self.key_column] == value))

    def existing_keys(self, conn: Connection, keys: Sequence[Any]) -> set[Any]:
        col = self.table.c[self.key_column]
        found: set[Any] = set()
        for i in range(0, len(keys), _CHUNK):
            found.update(r[0] for r in conn.execute(select(col).where(col.in_(keys[i:i + _CHUNK]))))
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
            parent = child.table.c[child.parent]
            for i in range(0, len(keys), _CHUNK):
                conn.execute(delete(child.table).where(parent.in_(keys[i:i + _CHUNK])))
            kids = [r for _, children in rows for r in children.get(child, [])]
            if kids:
                conn.execute(insert(child.table), kids)
