"""Reading rows as SQL text, by table and column names: no table classes needed.

Reads never need the schema's classes (SQLModel, and with it pydantic and the ORM, cost
start-up ~100 ms to import): the file's own columns come back with the rows, and the
schema's version check on open guarantees they are the models' columns. Writes, the
schema's creation and migrations use the classes (``tables.schema()``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, TextClause, bindparam, text
from sqlalchemy.types import TypeEngine

Row = dict[str, Any]

_WHOLE: dict[tuple[str, str, tuple[str, ...]], str] = {}
_KEYED: dict[tuple[str, str, str, tuple[str, ...]], TextClause] = {}


def _quoted(conn: Connection, names: Sequence[str]) -> str:
    quote = conn.dialect.identifier_preparer.quote
    return ", ".join(quote(name) for name in names)


def all_rows(conn: Connection, table: str, order: Sequence[str]) -> list[Row]:
    """Every row of ``table`` in ``order``, straight from the driver.

    The SQL text is made once per process and run as it is: SQLAlchemy's compiler costs
    about 1 ms a statement the first time, most of reading a small plan at start-up.
    Values arrive as the driver gives them (ISO text for dates, 0/1 for flags), which
    every mapper's ``build`` converts.
    """
    key = (conn.dialect.name, table, tuple(order))
    sql = _WHOLE.get(key)
    if sql is None:
        sql = _WHOLE[key] = (f"SELECT * FROM {_quoted(conn, [table])} "
                             f"ORDER BY {_quoted(conn, order)}")
    return _dicts(conn.exec_driver_sql(sql))


def rows_where(conn: Connection, table: str, column: str, values: Sequence[Any],
               order: Sequence[str], value_type: TypeEngine[Any] | None = None) -> list[Row]:
    """The rows of ``table`` whose ``column`` is one of ``values``, in ``order``.

    ``value_type`` converts the values for the driver where they are not plain text or
    numbers (dates). Callers keep ``values`` under SQLite's limit of bound parameters.
    """
    if not values:
        return []
    key = (conn.dialect.name, table, column, tuple(order))
    query = _KEYED.get(key)
    if query is None:
        query = _KEYED[key] = text(
            f"SELECT * FROM {_quoted(conn, [table])} WHERE {_quoted(conn, [column])} "
            f"IN :values ORDER BY {_quoted(conn, order)}",
        ).bindparams(bindparam("values", expanding=True, type_=value_type))
    return _dicts(conn.execute(query, {"values": list(values)}))


def _dicts(result: Any) -> list[Row]:
    """Rows as plain dicts; zipping once per row is several times cheaper than ``_mapping``,
    and fetching them all at once cheaper than row by row."""
    names = list(result.keys())
    return [dict(zip(names, row, strict=True)) for row in result.all()]
