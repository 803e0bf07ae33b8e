"""Reading the Budget sheet's inputs back: the twelve months' inputs and the annual target.

Rows are found by their key (the sheet's hidden column A), months by their column
headers (in any language); computed rows are formulas and are not read. A plan that has
not saved its budget yet (the sheet showed the defaults) gets all twelve months written
as soon as one input changes, as the Budget tab does.

With a baseline the comparison is three-way per cell (``xlsx_import_base``): a cell the
team left as exported changes nothing, even where the app changed that input since; an
edited cell is taken where the plan still holds the exported value, and is a ``conflict``
where the plan holds a third value.
"""

from __future__ import annotations

from dataclasses import replace

from ecplanner.domain.budget.sheet import ROW_SPECS, RowKind, Unit
from ecplanner.domain.budget.uplift import complete_months
from ecplanner.domain.model import BudgetMonth
from ecplanner.domain.ops import Op, Put
from ecplanner.domain.validation import validate_budget_month, validate_plan_info
from ecplanner.exchange.import_result import Action, Change, FieldChange, field_changes, same
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaseSheet
from ecplanner.exchange.xlsx.budget import BASE_KEYS
from ecplanner.exchange.xlsx.import_cells import read_number, read_percent, read_text
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader
from ecplanner.exchange.xlsx.words import all_month_labels, month_label

INPUTS = tuple(s for s in ROW_SPECS if s.kind is RowKind.INPUT and s.key != "annual_target")
_UNITS = {s.key: s.unit for s in INPUTS}
_BASE_MONTHS = {m: BASE_KEYS.index(f"m{m}") for m in range(1, 13)}


class _Cells:
    """The input cells of one sheet: values by (key, month) with their record and column,
    and the annual target with its record."""

    def __init__(self, sheet: SheetReader, months_at: dict[int, int]) -> None:
        self.values: dict[tuple[str, int], tuple[float, Record, int]] = {}
        self.target: tuple[float, Record] | None = None
        for record in sheet.records():
            key = read_text(record.raw("key"))
            if key == "annual_target":
                target = record.read("total", read_number, required=True)
                if target is not None:
                    self.target = (target, record)
            elif key in _UNITS:
                reader = read_percent if _UNITS[key] is Unit.PERCENT else read_number
                for month, index in months_at.items():
                    value = record.read_at(index, reader, required=True)
                    if value is not None:
                        self.values[key, month] = (value, record, index)

    def value(self, key: str, month: int) -> float | None:
        found = self.values.get((key, month))
        return None if found is None else found[0]


def read_budget(sheet: SheetReader, snapshot: PlanSnapshot,
                base: BaseSheet | None) -> tuple[list[Change], list[Op]]:
    months_at = _month_columns(sheet)
    ok = sheet.require("key", "total")
    if len(months_at) < 12:
        sheet.issue("missing_column", 1, None, "1–12")
        ok = False
    if not ok:
        return [], []
    months, unsaved = complete_months(snapshot.budget_months)
    theirs = _Cells(sheet, months_at)
    exported = None if base is None else _Cells(base.reader, _BASE_MONTHS)
    changes: list[Change] = []
    ops: list[Op] = []
    info = snapshot.info
    if theirs.target is not None:
        value, record = theirs.target
        was = None if exported is None or exported.target is None else exported.target[0]
        target = _rebased(record, sheet.columns["total"], value, was, info.annual_target)
        if target is not None and not same(info.annual_target, target):
            new_info = replace(info, annual_target=target)
            record.problems(validate_plan_info(new_info), {"annual_target": "total"})
            changes.append(Change("plan", info.uuid, info.store_name, Action.CHANGED,
                                  (FieldChange("annual_target", info.annual_target, target),)))
            ops.append(Put(new_info))
    edited: list[tuple[BudgetMonth, BudgetMonth]] = []
    for old in months:
        read: dict[str, float] = {}
        for key in _UNITS:
            found = theirs.values.get((key, old.month))
            if found is None:
                continue
            value, record, index = found
            was = None if exported is None else exported.value(key, old.month)
            taken = _rebased(record, index, value, was, float(getattr(old, key) or 0.0))
            if taken is not None and not same(getattr(old, key), taken):
                read[key] = taken
        new = replace(old, **read)  # type: ignore[arg-type]
        for problem in validate_budget_month(new):
            _, record, index = theirs.values[problem.field, old.month]
            record.fail_at(problem.code, index, record.raw_at(index))
        edited.append((old, new))
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


def _rebased(record: Record, index: int, value: float, was: float | None,
             now: float) -> float | None:
    """The cell's value for the plan: the team's edit; None where the team did not edit it
    or the plan already holds the edit; a conflict (None) where both changed it."""
    if was is None:  # two-way: the workbook's value
        return value
    if same(value, was) or same(now, value):
        return None
    if same(now, was):
        return value
    record.fail_at("conflict", index, record.raw_at(index), read_text(now))
    return None


def _month_columns(sheet: SheetReader) -> dict[int, int]:
    """Month number → column index, from the header row."""
    labels = {text.casefold(): m for text, m in all_month_labels().items()}
    found: dict[int, int] = {}
    for index, text in sheet.headers.items():
        month = labels.get(text.strip().casefold())
        if month is not None:
            found.setdefault(month, index)
    return found
