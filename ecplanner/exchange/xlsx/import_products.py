"""Reading the Products sheet back: changed, added and removed products.

A row with an id edits that product; a row without one is the plan's product of its code
when the sheet holds no other row of that product (``import_rows``), and otherwise adds a
product; a product of the plan with no row left is removed (with its stock plan, as in
the app, which the change lists). A code another product has is refused. Milestone
dates and the timeline are computed and not read. With a baseline the comparison is
three-way (``xlsx_import_base``): cells the team left as exported change nothing, and only
exported products can be removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from ecplanner.domain.model import Product, ProductRole, ProductStatus, Season
from ecplanner.domain.ops import Delete, Op, Put
from ecplanner.domain.validation import validate_product
from ecplanner.exchange.import_result import Action, Change, field_changes
from ecplanner.exchange.import_rows import Dependents, Matcher, code_clashes, code_key
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.baseline import BaseSheet
from ecplanner.exchange.xlsx.code_words import PRODUCT_ROLES, PRODUCT_STATUSES, SEASONS
from ecplanner.exchange.xlsx.import_base import Values, Versions, rebase
from ecplanner.exchange.xlsx.import_cells import (
    read_choice,
    read_date,
    read_number,
    read_text,
    read_whole,
)
from ecplanner.exchange.xlsx.import_sheet import Record, SheetReader, matched_by_code
from ecplanner.exchange.xlsx.products import PRODUCT_KEYS, ProductCells
from ecplanner.exchange.xlsx.text import text_of

FIELDS = ("code", "name", "season", "category", "wave", "role", "status", "unit_cost",
          "list_price", "launch", "delist", "first_order_qty", "lead_time_days", "owner", "notes")


def product_label(product: Product) -> str:
    return f"{product.code} {product.name}"


def read_products(sheet: SheetReader, snapshot: PlanSnapshot,
                  base: BaseSheet | None) -> tuple[list[Change], list[Op]]:
    if not sheet.require("id", "code", "name"):
        return [], []
    existing = {p.uuid: p for p in snapshot.products}
    versions = Versions(sheet, base, PRODUCT_KEYS)
    cells = ProductCells(sheet.words)
    records = list(sheet.records())
    matcher: Matcher[Product, int] = Matcher(
        snapshot.products, lambda p: code_key(p.code), lambda p: p.uuid,
        {read_text(r.raw("id")) for r in records}, "duplicate_code")
    changes: list[Change] = []
    ops: list[Op] = []
    seen: set[str] = set()
    final: dict[str, tuple[Product, Record, bool]] = {}
    for record in records:
        ident = (record.read("id", read_text)
                 or matched_by_code(record, matcher, record.read("code", text_of)))
        old = existing.get(ident)
        if record.failed:
            continue
        if ident and old is None:
            if not versions.gone(record, ident, 0, _parser(None)):
                record.fail("unknown_id", "id", ident)
            continue
        if ident and ident in seen:
            record.fail("duplicate_id", "id", ident)
            continue
        seen.add(ident)
        values = _product_values(record, old)
        if values is None:
            continue
        if old is None:
            new = Product(**values)  # type: ignore[arg-type]
            record.problems(validate_product(new), {})
            changes.append(Change("product", new.uuid, product_label(new), Action.ADDED))
            ops.append(Put(new))
            final[new.uuid] = (new, record, True)
            continue
        # A column the team deleted keeps the plan's values.
        theirs = {k: v for k, v in values.items() if record.has(k)}
        taken = rebase(record, theirs, versions.exported(ident), old,
                       partial(_rendered, versions, cells, old), _parser(old))
        new = replace(old, **taken)  # type: ignore[arg-type]
        record.problems(validate_product(new), {})
        final[new.uuid] = (new, record, code_key(new.code) != code_key(old.code))
        if fields := field_changes(old, new, FIELDS):
            changes.append(Change("product", new.uuid, product_label(new), Action.CHANGED,
                                  fields))
            ops.append(Put(new))
    dependents = Dependents(snapshot)
    kept: list[Product] = []
    for product in snapshot.products:
        if product.uuid in seen or not versions.removable(product.uuid) or \
                versions.kept_by_plan(product.uuid, product_label(product),
                                      versions.plan(cells.row(product)), _parser(product)):
            if product.uuid not in final:
                kept.append(product)  # added in the app after the export, or in conflict
            continue
        changes.append(Change("product", product.uuid, product_label(product),
                              Action.REMOVED, goes_with=dependents.goes_with(product)))
        ops.append(Delete(Product, product.uuid))
    _refuse_clashes(final, kept)
    return changes, ops


def _refuse_clashes(final: dict[str, tuple[Product, Record, bool]],
                    kept: list[Product]) -> None:
    """A code the import gives a product that another product has is refused on its cell."""
    rows: list[tuple[Product, Record | None, bool]] = list(final.values())
    rows += [(product, None, False) for product in kept]
    for record, other, where in code_clashes(rows):
        if where is None:
            record.fail("duplicate_code", "code", record.raw("code"),
                        plan_value=product_label(other))
        else:
            record.fail("duplicate_code", "code", record.raw("code"), other=str(where.number))


def _rendered(versions: Versions, cells: ProductCells, product: Product) -> Record:
    return versions.plan(cells.row(product))


def _parser(current: Product | None) -> Callable[[Record], Values | None]:
    return lambda record: _product_values(record, current)


def _product_values(record: Record, current: Product | None) -> dict[str, object] | None:
    """The row's values (labels read as ``current``'s codes where they show them)."""
    def choice(key: str, table: dict[str, tuple[str, str, str]], unknown: str,
               now: str | None) -> str | None:
        return record.read(key, lambda v: read_choice(v, table, unknown, now))

    season = choice("season", SEASONS, "unknown_season",
                    current.season.value if current else None)
    role = choice("role", PRODUCT_ROLES, "unknown_role", current.role.value if current else None)
    status = choice("status", PRODUCT_STATUSES, "unknown_status",
                    current.status.value if current else None)
    values: dict[str, object] = {
        "code": record.read("code", text_of, required=True),
        "name": record.read("name", text_of, required=True),
        "category": record.read("category", text_of),
        "wave": record.read("wave", text_of),
        "unit_cost": record.read("unit_cost", read_number) or 0.0,
        "list_price": record.read("list_price", read_number) or 0.0,
        "launch": record.read("launch", read_date),
        "delist": record.read("delist", read_date),
        "first_order_qty": record.read("first_order_qty", read_whole) or 0,
        "lead_time_days": record.read("lead_time_days", read_whole) or 0,
        "owner": record.read("owner", text_of),
        "notes": record.read("notes", text_of),
    }
    if record.failed:
        return None
    values["season"] = Season(season) if season else Season.ALL_YEAR
    values["role"] = ProductRole(role) if role else ProductRole.PROFIT
    values["status"] = ProductStatus(status) if status else ProductStatus.PLANNED
    return values
