"""Reading rows as SQL text, by table and column names: no table classes needed.

Reads never need the schema's classes (SQLModel, and with it pydantic and the ORM, cost
start-up ~100 ms to import): each mapper names the columns it reads, and a test checks
the names against the schema. Writes, the schema's creation and migrations use the
classes (``tables.schema()``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text
from sqlalchemy.types import TypeEngine

Row = dict[str, Any]

_WHOLE: dict[tuple[Any, ...], str] = {}
_KEYED: dict[tuple[Any, ...], TextClause] = {}


def _quoted(conn: Connection, names: Sequence[str]) -> str:
    quote = conn.dialect.identifier_preparer.quote
    return ", ".join(quote(name) for name in names)


def all_rows(conn: Connection, table: str, columns: tuple[str, ...],
             order: tuple[str, ...]) -> list[Row]:
    """Every row of ``table`` in ``order``, straight from the driver.

    The SQL text is made once per process and run as it is: SQLAlchemy's compiler costs
    about 1 ms a statement the first time, most of reading a small plan at start-up.
    Values arrive as the driver gives them (ISO text for dates, 0/1 for flags), which
    every mapper's ``build`` converts.
    """
    key = (conn.dialect.name, table, columns, order)
    sql = _WHOLE.get(key)
    if sql is None:
        sql = _WHOLE[key] = (f"SELECT {_quoted(conn, columns)} FROM {_quoted(conn, [table])} "
                             f"ORDER BY {_quoted(conn, order)}")
    return _dicts(columns, conn.exec_driver_sql(sql).all())


def rows_where(conn: Connection, table: str, columns: tuple[str, ...], column: str,
               values: Sequence[Any], order: tuple[str, ...],
               value_type: TypeEngine[Any] | None = None) -> list[Row]:
    """The rows of ``table`` whose ``column`` is one of ``values``, in ``order``.

    ``value_type`` converts the values for the driver where they are not plain text or
    numbers (dates). Callers keep ``values`` under SQLite's limit of bound parameters.
    """
    if not values:
        return []
    key = (conn.dialect.name, table, columns, column, order, type(value_type))
    query = _KEYED.get(key)
    if query is None:
        query = _KEYED[key] = text(
            f"SELECT {_quoted(conn, columns)} FROM {_quoted(conn, [table])} "
            f"WHERE {_quoted(conn, [column])} IN :values ORDER BY {_quoted(conn, order)}",
        ).bindparams(bindparam("values", expanding=True, type_=value_type))
    return _dicts(columns, conn.execute(query, {"values": list(values)}).all())


def count_rows(conn: Connection, table: str) -> int:
    return int(conn.exec_driver_sql(f"SELECT COUNT(*) FROM {_quoted(conn, [table])}")
               .scalar_one())


def _dicts(columns: tuple[str, ...], rows: Sequence[Any]) -> list[Row]:
    """Rows as plain dicts: zipping once per row is several times cheaper than
    ``_mapping``."""
    return [dict(zip(columns, row, strict=True)) for row in rows]
