"""Reading the Clearance sheet's inputs back: stock, rates, arrivals and markdown ladders.

Rows are matched by the stock plan's id, and a row without one by its product's code
(``import_rows``); rows cannot be added or removed here (a stock plan belongs to a
product: add or remove the product). A ladder step is a pair of cells
(from, discount): both filled, or both empty. Steps are kept in date order. With a
baseline the comparison is three-way (``xlsx_import_base``); the ladder is one field.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import partial

from ecplanner.domain.model import Arrival, MarkdownStep, StockPlan
from ecplanner.domain.ops import Op, Put
from ecplanner.domain.validation import validate_stock_plan
from ecplanner.exchange.import_result import Action, Change, field_changes
from ecplanner.exchange.import_rows import Matcher, code_key
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaseSheet
from ecplanner.exchange.xlsx.clearance import input_cells, input_keys
from ecplanner.exchange.xlsx.import_base import Values, Versions, rebase
from ecplanner.exchange.xlsx.import_cells import (
    CellError,
    is_blank,
    read_date,
    read_number,
    read_percent,
    read_text,
    read_whole,
)
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader, matched_by_code
from ecplanner.exchange.xlsx.text import text_of
from ecplanner.exchange.xlsx.words import MAX_LADDER_STEPS

FIELDS = ("on_hand", "base_weekly_sales", "season_end", "elasticity", "target_sell_through",
          "arrivals", "ladder")
_ARRIVAL = re.compile(r"^\s*(\S+)\s+([\d,]+)\s*$")


def read_arrivals(value: object) -> tuple[Arrival, ...]:
    """``2027-09-01 300; 2027-10-15 200`` (also one per line) as arrivals."""
    text = read_text(value)
    arrivals: list[Arrival] = []
    for part in re.split(r"[;\n；]", text):
        if not part.strip():
            continue
        match = _ARRIVAL.match(part)
        if match is None:
            raise CellError("bad_arrivals")
        try:
            day = read_date(match.group(1))
        except CellError:
            raise CellError("bad_arrivals") from None
        assert day is not None
        arrivals.append(Arrival(day, int(match.group(2).replace(",", ""))))
    return tuple(sorted(arrivals, key=lambda a: a.day))


_PLAN_KEYS = (*input_keys(MAX_LADDER_STEPS), "id")
_CELLS = {"ladder": tuple(k for n in range(1, MAX_LADDER_STEPS + 1)
                          for k in (f"ladder_date_{n}", f"ladder_discount_{n}"))}


def read_clearance(sheet: SheetReader, snapshot: PlanSnapshot,
                   base: BaseSheet | None) -> tuple[list[Change], list[Op]]:
    if not sheet.require("id"):
        return [], []
    existing = {p.uuid: p for p in snapshot.stock_plans}
    labels = {p.uuid: f"{p.code} {p.name}" for p in snapshot.products}
    codes = {p.uuid: code_key(p.code) for p in snapshot.products}
    versions = Versions(sheet, base, _PLAN_KEYS)
    records = list(sheet.records())
    matcher: Matcher[StockPlan, int] = Matcher(
        snapshot.stock_plans, lambda p: codes.get(p.product_uuid), lambda p: p.uuid,
        {read_text(r.raw("id")) for r in records}, "duplicate_row")
    changes: list[Change] = []
    ops: list[Op] = []
    seen: set[str] = set()
    for record in records:
        ident = (record.read("id", read_text)
                 or matched_by_code(record, matcher, text_of(record.raw("code"))))
        if record.failed:
            continue
        if not ident:
            record.fail("required", "id")
            continue
        old = existing.get(ident)
        if old is None:
            if not versions.gone(record, ident, 0, _plan_values):
                record.fail("unknown_id", "id", ident)
            continue
        if ident in seen:
            record.fail("duplicate_id", "id", ident)
            continue
        seen.add(ident)
        theirs = _plan_values(record)
        if theirs is None:
            continue
        taken = rebase(record, theirs, versions.exported(ident), old,
                       partial(_rendered, versions, old),
                       _plan_values, _CELLS)
        if record.failed:
            continue
        new = replace(old, **taken)  # type: ignore[arg-type]
        record.problems(validate_stock_plan(new), {})
        if fields := field_changes(old, new, FIELDS):
            changes.append(Change("stock_plan", ident, labels.get(old.product_uuid, ident),
                                  Action.CHANGED, fields))
            ops.append(Put(new))
    return changes, ops


def _rendered(versions: Versions, plan: StockPlan) -> Record:
    return versions.plan((*input_cells(plan, MAX_LADDER_STEPS), plan.uuid))


def _plan_values(record: Record) -> Values | None:
    """The row's inputs whose columns are there (the ladder if its first step's is)."""
    values: dict[str, object] = {
        "on_hand": record.read("on_hand", read_whole, required=True),
        "base_weekly_sales": record.read("base_weekly_sales", read_number, required=True),
        "season_end": record.read("season_end", read_date),
        "elasticity": record.read("elasticity", read_number, required=True),
        "target_sell_through": record.read("target_sell_through", read_percent, required=True),
        "arrivals": record.read("arrivals", read_arrivals),
    }
    ladder = _ladder(record)
    if record.failed:
        return None
    values = {k: v for k, v in values.items() if record.has(k)}
    if record.has("ladder_date_1"):
        values["ladder"] = ladder
    return values


def _ladder(record: Record) -> tuple[MarkdownStep, ...]:
    steps: list[MarkdownStep] = []
    for n in range(1, MAX_LADDER_STEPS + 1):
        day_key, off_key = f"ladder_date_{n}", f"ladder_discount_{n}"
        if not record.has(day_key) and not record.has(off_key):
            continue
        blank_day, blank_off = is_blank(record.raw(day_key)), is_blank(record.raw(off_key))
        if blank_day and blank_off:
            continue
        if blank_day or blank_off:
            record.fail("incomplete_step", day_key if blank_day else off_key)
            continue
        day: date | None = record.read(day_key, read_date)
        discount = record.read(off_key, lambda v: read_percent(v, below_one=True))
        if day is not None and discount is not None:
            steps.append(MarkdownStep(day, discount))
    return tuple(sorted(steps, key=lambda s: s.start))
