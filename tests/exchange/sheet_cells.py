"""Finding a cell of an exported workbook opened with openpyxl, as the team would edit it."""

from __future__ import annotations

from typing import Any


def cell(book: Any, sheet: str, ident: str, header: str, phase: int | None = None) -> Any:
    """The cell under ``header`` of the row with id ``ident`` (on 活动, of that phase
    number: None for the event's own row)."""
    rows = book[sheet]
    cols = {c.value: c.column for c in rows[1]}
    for row in rows.iter_rows(min_row=2):
        if row[cols["ID"] - 1].value == ident and (
                sheet != "活动" or row[cols["阶段序号"] - 1].value == phase):
            return rows.cell(row[0].row, cols[header])
    raise LookupError(ident)
