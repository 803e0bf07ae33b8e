"""Reading the Budget sheet's inputs back: the twelve months' inputs and the annual target.

Rows are found by their key (the sheet's hidden column A), months by their column
headers (in any language); computed rows are formulas and are not read. A plan that has
not saved its budget yet (the sheet showed the defaults) gets all twelve months written
as soon as one input changes, as the Budget tab does.
"""

from __future__ import annotations

from dataclasses import replace

from ecplanner.domain.budget import ROW_SPECS, RowKind, Unit
from ecplanner.domain.model import BudgetMonth
from ecplanner.domain.ops import Op, Put
from ecplanner.exchange.import_result import Action, Change, FieldChange, field_changes, same
from ecplanner.exchange.plan_snapshot import PlanSnapshot, complete_months
from ecplanner.exchange.xlsx_import_cells import read_number, read_percent, read_text
from ecplanner.exchange.xlsx_import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx_words import all_month_labels, month_label

INPUTS = tuple(s for s in ROW_SPECS if s.kind is RowKind.INPUT and s.key != "annual_target")
_UNITS = {s.key: s.unit for s in INPUTS}


def read_budget(sheet: SheetReader, snapshot: PlanSnapshot) -> tuple[list[Change], list[Op]]:
    months_at = _month_columns(sheet)
    ok = sheet.require("key", "total")
    if len(months_at) < 12:
        sheet.issue("missing_column", 1, None, "1–12")
        ok = False
    if not ok:
        return [], []
    months, unsaved = complete_months(snapshot.budget_months)
    values: dict[int, dict[str, float]] = {m: {} for m in range(1, 13)}
    target: float | None = None
    for record in sheet.records():
        key = read_text(record.raw("key"))
        if key == "annual_target":
            target = record.read("total", read_number, required=True)
        elif key in _UNITS:
            _read_row(record, key, months_at, values)
    changes: list[Change] = []
    ops: list[Op] = []
    info = snapshot.info
    if target is not None and not same(info.annual_target, target):
        changes.append(Change("plan", info.uuid, info.store_name, Action.CHANGED,
                              (FieldChange("annual_target", info.annual_target, target),)))
        ops.append(Put(replace(info, annual_target=target)))
    edited: list[tuple[BudgetMonth, BudgetMonth]] = []
    for old in months:
        read = {k: v for k, v in values[old.month].items() if not same(getattr(old, k), v)}
        edited.append((old, replace(old, **read)))  # type: ignore[arg-type]
    if not any(old != new for old, new in edited):
        return changes, ops
    for old, new in edited:
        label = month_label(new.month, snapshot.lang)
        if new.month in unsaved:
            changes.append(Change("budget_month", new.uuid, label, Action.ADDED,
                                  field_changes(old, new, _UNITS)))
            ops.append(Put(new))
        elif old != new:
            changes.append(Change("budget_month", new.uuid, label, Action.CHANGED,
                                  field_changes(old, new, _UNITS)))
            ops.append(Put(new))
    return changes, ops


def _month_columns(sheet: SheetReader) -> dict[int, int]:
    """Month number → column index, from the header row."""
    labels = {text.casefold(): m for text, m in all_month_labels().items()}
    found: dict[int, int] = {}
    for index, text in sheet.headers.items():
        month = labels.get(text.strip().casefold())
        if month is not None:
            found.setdefault(month, index)
    return found


def _read_row(record: Record, key: str, months_at: dict[int, int],
              values: dict[int, dict[str, float]]) -> None:
    percent = _UNITS[key] is Unit.PERCENT
    for month, index in months_at.items():
        value = record.read_at(index, read_percent if percent else read_number, required=True)
        if value is not None:
            values[month][key] = value
