"""Writing a list of operations to the plan's rows, and the operations that undo them.

``write_ops`` applies operations inside an open transaction and says which rows they
reached, the rows deletes take with them included (``domain.cascades``); ``inverse_ops``
reads what the plan holds now for the operations' rows, so that writing its answer after
them restores it. ``PlanStore`` runs both in its transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, select

from ecplanner.domain.cascades import Cascade, cascades_of
from ecplanner.domain.key_shards import KeyShards
from ecplanner.domain.model import ProductDay
from ecplanner.domain.ops import Delete, Op, Put, Written, key_of
from ecplanner.store import product_day_rows
from ecplanner.store.mappers import mapper_for


def write_ops(conn: Connection, ops: Sequence[Op]) -> list[Written]:
    """Apply ``ops``; the rows they reached, in order."""
    if conn.dialect.name == "sqlite":
        # Check references at commit, not per statement: an undo may restore an
        # event (with its product links) before the products it links to.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    written: list[Written] = []
    # Runs of puts of one kind go in a batch; order between kinds is kept, so a
    # parent is always written before the children that refer to it.
    for kind, is_put, run in _runs(ops):
        mapper = mapper_for(kind)
        keys = [op.key for op in run]
        if kind is ProductDay:  # imports of a year of products' days: plain rows
            if is_put:
                product_day_rows.put_days(conn, (
                    op.entity for op in run
                    if isinstance(op, Put) and isinstance(op.entity, ProductDay)))
            else:
                product_day_rows.delete_days(conn, keys)
        elif is_put:
            mapper.put_many(conn, [op.entity for op in run if isinstance(op, Put)])
        else:
            written += _reached(conn, kind, keys)  # before the foreign keys take them
            for key in keys:
                mapper.delete(conn, key)
        written += [(kind, key, not is_put) for key in keys]
    return written


def inverse_ops(conn: Connection, ops: Sequence[Op], seen: dict[type, KeyShards]) -> list[Op]:
    """Operations that, written after ``ops``, restore what the plan holds now, leaving out
    the keys in ``seen`` (by kind) and adding theirs. Keys by kind, not (kind, key) pairs:
    730,000 pairs would be as many more objects for the garbage collector to walk."""
    undo: list[Op] = []
    keyed = [(op, (op.kind, op.key)) for op in ops]  # a product day's key costs ~2 µs
    # Only a delete takes other rows with it (foreign keys cascade); a put changes its
    # own row and children, which ``Put(now)`` restores.
    deleted = {pair for op, pair in keyed if isinstance(op, Delete)}
    current = _current(conn, [pair for _, pair in keyed])
    for _, (kind, key) in keyed:
        known = seen.get(kind)
        if known is None:
            known = seen[kind] = KeyShards()
        if key in known:
            continue
        known.add(key)
        now = current.get((kind, key))
        undo.extend(reversed(_restore_ops(conn, kind, key, now,
                                               (kind, key) in deleted)))
    undo.reverse()
    return undo

def _current(conn: Connection, touched: Sequence[tuple[type, str]]
             ) -> dict[tuple[type, str], Any]:
    """What the plan holds now for every (kind, key) ``touched``, one query per kind."""
    keys: dict[type, list[str]] = {}
    for kind, key in touched:
        keys.setdefault(kind, []).append(key)
    found: dict[tuple[type, str], Any] = {}
    for kind, wanted in keys.items():
        if kind is ProductDay:
            found.update(((kind, key_of(day)), day)
                         for day in product_day_rows.stored_days(conn, wanted))
            continue
        for i in range(0, len(wanted), 500):
            for entity in mapper_for(kind).load(conn, wanted[i:i + 500]):
                found[(kind, key_of(entity))] = entity
    return found

def _restore_ops(conn: Connection, kind: type, key: str, now: Any,
                 cascades: bool) -> list[Op]:
    if now is None:
        return [Delete(kind, key)]
    restore: list[Op] = [Put(now)]
    if not cascades:
        return restore
    reached: dict[type, list[str]] = {}
    for child, child_key, _ in _reached(conn, kind, [key]):
        reached.setdefault(child, []).append(child_key)
    for child, keys in reached.items():
        restore += [Put(e) for e in mapper_for(child).load(conn, keys)]
    return restore


def _reached(conn: Connection, kind: type, keys: Sequence[str]) -> list[Written]:
    """The rows a delete of ``kind``'s ``keys`` takes with it or changes, by
    ``domain.cascades`` (following deletes on), as they are before it."""
    found: list[Written] = []
    for cascade in cascades_of(kind):
        children = _referring(conn, cascade, keys)
        found += [(cascade.child, child, cascade.deletes) for child in children]
        if cascade.deletes and children:
            found += _reached(conn, cascade.child, children)
    return found


def _referring(conn: Connection, cascade: Cascade, keys: Sequence[str]) -> list[str]:
    """Keys of the ``cascade.child`` rows that name one of ``keys`` in ``cascade.field``:
    a column of the child's table, or, for a tuple field, of the table of its values."""
    mapper = mapper_for(cascade.child)
    if cascade.field in mapper.columns:
        table = mapper.table
        holder, value = table.c[mapper.key_column], table.c[cascade.field]
    else:
        child = mapper.children[mapper.child_fields.index(cascade.field)]
        table = child.table
        holder = table.c[child.parent]
        value = _referring_column(table, mapper_for(cascade.parent).table, holder)
    found: dict[str, None] = {}
    for i in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
        query = select(holder).where(value.in_(keys[i:i + 500])).order_by(holder)
        found.update((str(row[0]), None) for row in conn.execute(query))
    return list(found)


def _referring_column(table: Table, parent: Table, besides: Column[Any]) -> Column[Any]:
    """``table``'s column, other than ``besides``, whose foreign key names ``parent``."""
    return next(column for column in table.c if column is not besides
                and any(fk.references(parent) for fk in column.foreign_keys))


def _runs(ops: Sequence[Op]) -> list[tuple[type, bool, list[Op]]]:
    """``ops`` cut into maximal runs of the same kind and the same verb, in order."""
    runs: list[tuple[type, bool, list[Op]]] = []
    for op in ops:
        is_put = isinstance(op, Put)
        if runs and runs[-1][0] is op.kind and runs[-1][1] == is_put:
            runs[-1][2].append(op)
        else:
            runs.append((op.kind, is_put, [op]))
    return runs
