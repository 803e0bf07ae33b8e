"""The whole plan as JSON for scripts: inputs, and the app's results under ``computed``.

The shape is documented in ``docs/json-format.md``. Import merges by key (uuid, the day
for actuals, the day and channel for channel days; an entity without a uuid is matched by
its natural key, as a workbook row without an id is: ``import_rows``): an entity in the
file is added or replaces the plan's one; an entity the file leaves out stays — unless the
file says ``"mode": "replace"``, when every collection the file holds replaces the plan's
(missing entities are removed). The
``computed`` part is output only and ignored on import. Everything is checked first
(types, codes, dates, the domain's rules, references between entities): with any error
nothing changes.
"""

from __future__ import annotations

import dataclasses
import json
import math
import stat
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from ecplanner import __version__
from ecplanner.domain.clearance.sellthrough import (
    leftover_at_delist,
    sell_through_at_delist,
    sell_through_to_date,
)
from ecplanner.domain.model import (
    BudgetMonth,
    ChannelDay,
    DailyActual,
    Event,
    PlanInfo,
    Product,
    StockPlan,
    Task,
)
from ecplanner.domain.ops import Delete, Entity, Op, Put, key_of
from ecplanner.domain.review.forecast import YearForecast
from ecplanner.domain.validation import problems_in
from ecplanner.exchange.atomic import write_atomically
from ecplanner.exchange.import_result import (
    Action,
    Change,
    ImportIssue,
    ImportResult,
    domain_issue,
    field_changes,
    quoted,
    refused,
)
from ecplanner.exchange.import_rows import (
    Dependents,
    Matcher,
    RowClash,
    code_clashes,
    code_key,
    natural_key,
)
from ecplanner.exchange.json_io_parse import MAX_JSON_BYTES, JsonRefused, load_bounded
from ecplanner.exchange.json_io_values import from_data, to_data
from ecplanner.exchange.plan_snapshot import (
    ClearanceRow,
    PlanResults,
    PlanSnapshot,
    compute_results,
    forecast_of,
)

JSON_FORMAT = "ecplanner-plan"
JSON_SCHEMA = 4
COLLECTIONS: tuple[tuple[str, str, type], ...] = (
    ("events", "event", Event), ("products", "product", Product),
    ("stock_plans", "stock_plan", StockPlan), ("budget_months", "budget_month", BudgetMonth),
    ("actuals", "actual", DailyActual), ("channel_days", "channel_day", ChannelDay),
    ("tasks", "task", Task),
)


def plan_data(snapshot: PlanSnapshot, results: PlanResults | None = None) -> dict[str, Any]:
    results = results or compute_results(snapshot)
    data: dict[str, Any] = {
        "format": JSON_FORMAT, "schema": JSON_SCHEMA, "app_version": __version__,
        "exported": datetime.now().isoformat(timespec="seconds"),
        "plan": to_data(snapshot.info),
    }
    for name, _, _ in COLLECTIONS:
        data[name] = to_data(getattr(snapshot, name))
    shares = _shares_at_delist(results)
    data["computed"] = {
        "as_of": snapshot.today.isoformat(),
        "budget": {"year": results.sheet.year, "unsaved_months": sorted(results.unsaved_months),
                   "rows": to_data(results.sheet.rows)},
        "clearance": {"start": results.clearance_start.isoformat(), "items": [
            {"stock_plan": row.plan.uuid, "product": row.product.uuid, "code": row.product.code,
             "totals": to_data(row.totals),
             "sell_through": _sell_through(row, results, shares[0][row.index],
                                           shares[1][row.index])}
            for row in results.clearance]},
        "forecast": _forecast(forecast_of(snapshot, results)),
        "warnings": [{"code": f.code, "severity": f.severity.value, "subject": f.subject,
                      "day": f.day.isoformat() if f.day else None, "params": dict(f.params)}
                     for f in results.findings],
    }
    return data


def _forecast(found: YearForecast | None) -> dict[str, Any] | None:
    """Budget ▸ Forecast's figures: GMV by month at the plan's growth beside the target, the
    shortfall and the visitors it needs (null where a month sells nothing per visitor)."""
    if found is None:
        return None
    return {"growth": found.growth, "fitted_growth": found.fitted,
            "months": [{"month": m.month, "forecast": m.forecast, "target": m.target,
                        "gap": m.gap, "uv_needed": m.uv_needed} for m in found.months]}


def _shares_at_delist(results: PlanResults) -> tuple[list[float], list[float]]:
    """Per batch item, the sell-through at delist as planned and as re-forecast."""
    rows = sorted(results.clearance, key=lambda row: row.index)
    delists = [row.product.delist for row in rows]
    sold_before = [float(row.reforecast.units_sold) if row.reforecast else 0.0
                   for row in rows]
    return (sell_through_at_delist(results.batch, delists).tolist(),
            sell_through_at_delist(results.observed, delists, sold_before).tolist())


def _share(value: float) -> float | None:
    return None if math.isnan(value) else value


def _sell_through(row: ClearanceRow, results: PlanResults, planned_share: float,
                  observed_share: float) -> dict[str, Any]:
    """The planned and the observed weekly rate, and the leftover and sell-through at
    delist from each; the sell-through to date."""
    delist = row.product.delist
    sales, found = row.sales, row.reforecast
    return {
        "planned_weekly_rate": row.plan.base_weekly_sales,
        "observed_weekly_rate": found.weekly_rate if found else None,
        "days_observed": sales.days if sales else 0,
        "units_sold": sales.units if sales else 0,
        "leftover_at_delist_planned": leftover_at_delist(results.batch, row.index, delist),
        "leftover_at_delist_observed": (
            leftover_at_delist(results.observed, row.index, delist) if found else None),
        "sell_through_to_date": _share(sell_through_to_date(found)) if found else None,
        "sell_through_at_delist_planned": _share(planned_share),
        "sell_through_at_delist_observed": _share(observed_share) if found else None,
    }


def write_json(snapshot: PlanSnapshot, path: Path, results: PlanResults | None = None) -> None:
    """Write the plan as JSON; raises ``OSError`` when it cannot be written."""
    text = json.dumps(plan_data(snapshot, results), ensure_ascii=False, indent=2,
                      allow_nan=False)
    write_atomically(Path(path), (text + "\n").encode("utf-8"))


def read_json_import(path: Path, snapshot: PlanSnapshot) -> ImportResult:
    """What importing the JSON file at ``path`` into ``snapshot``'s plan would change."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # opening a pipe would wait for a writer
            return refused([ImportIssue("not_a_file", value=path.name)])
        with path.open("rb") as file:
            raw = file.read(MAX_JSON_BYTES + 1)
    except OSError as error:
        return refused([ImportIssue("cannot_read", value=path.name,
                                    detail=error.strerror or str(error))])
    if len(raw) > MAX_JSON_BYTES:
        return refused([ImportIssue("file_too_large", value=path.name,
                                    detail=f"over {MAX_JSON_BYTES >> 20} MB")])
    try:
        data = load_bounded(raw)
    except JsonRefused as refusal:
        return refused([ImportIssue(refusal.code, value=path.name, detail=refusal.detail)])
    return json_import(data, snapshot)


def json_import(data: object, snapshot: PlanSnapshot) -> ImportResult:
    if not isinstance(data, dict) or data.get("format") != JSON_FORMAT:
        return refused([ImportIssue("not_our_workbook")])
    schema = data.get("schema")
    if not isinstance(schema, int) or schema > JSON_SCHEMA:
        return refused([ImportIssue("newer_schema", value=str(schema))])
    replace_all = data.get("mode", "merge") == "replace"
    issues: list[ImportIssue] = []
    changes: list[Change] = []
    ops: list[Op] = []
    if "plan" in data:
        _plan(data["plan"], snapshot.info, issues, changes, ops)
    state: dict[type, dict[str, Entity]] = {}
    paths: dict[tuple[type, str], str] = {}
    dependents = Dependents(snapshot)
    for name, kind, cls in COLLECTIONS:
        current: Sequence[Entity] = getattr(snapshot, name)
        state[cls] = {key_of(e): e for e in current}
        if name not in data:
            continue
        if not isinstance(data[name], list):
            issues.append(ImportIssue("bad_shape", header=name))
            continue
        found = _collection(data[name], name, cls, current, issues, paths)
        _diff(kind, cls, current, found, replace_all, changes, ops, dependents)
        if replace_all:
            state[cls] = {}
        state[cls].update(found)
    issues += _references(state, paths)
    issues += _code_clashes(snapshot.products, state[Product], paths)
    for op in ops:
        if isinstance(op, Put):
            where = paths.get((op.kind, op.key), "plan")  # the plan's info is no collection
            issues += [domain_issue(where, op.entity, p) for p in problems_in([op])]
    if issues:
        return refused(issues)
    return ImportResult(tuple(changes), (), tuple(ops))


def _plan(data: object, info: PlanInfo, issues: list[ImportIssue], changes: list[Change],
          ops: list[Op]) -> None:
    new = from_data(PlanInfo, data, "plan", issues)
    if new is None:
        return
    if isinstance(data, dict) and "uuid" not in data:  # as an entity without one: matched
        new = dataclasses.replace(new, uuid=info.uuid)
    if new.uuid != info.uuid:
        issues.append(ImportIssue("other_plan", header="plan.uuid", value=new.uuid))
    elif fields := field_changes(info, new, _names(PlanInfo)):
        changes.append(Change("plan", info.uuid, new.store_name, Action.CHANGED, fields))
        ops.append(Put(new))


def _collection(items: list[object], name: str, cls: type, current: Sequence[Entity],
                issues: list[ImportIssue],
                paths: dict[tuple[type, str], str]) -> dict[str, Entity]:
    """The collection's entities by key; an entity without a uuid takes the uuid of the
    plan's entity it matches (``import_rows``). ``paths`` gets each one's path."""
    keyless = "uuid" in {f.name for f in dataclasses.fields(cls)}
    held = {item["uuid"] for item in items
            if isinstance(item, dict) and isinstance(item.get("uuid"), str)}
    matcher: Matcher[Entity, str] = Matcher(
        current, lambda e: natural_key(e), key_of, {u for u in held if u},
        "duplicate_code" if cls is Product else "duplicate_row")
    found: dict[str, Entity] = {}
    for n, item in enumerate(items):
        path = f"{name}[{n}]"
        entity = from_data(cls, item, path, issues)
        if entity is None:
            continue
        if keyless and isinstance(item, dict) and "uuid" not in item:
            entity = _matched(entity, path, matcher, issues)
            if entity is None:
                continue
        key = key_of(entity)
        if key in found:
            issues.append(ImportIssue("duplicate_id", header=path, value=key))
        found[key] = entity
        paths[cls, key] = path
    return found


def _matched(entity: Entity, path: str, matcher: Matcher[Entity, str],
             issues: list[ImportIssue]) -> Entity | None:
    """``entity`` (of no uuid) as the plan's entity it matches, or as new; None when it
    clashes with another (the issue is added)."""
    key = natural_key(entity)
    if key is None:
        return entity
    try:
        found = matcher.match(key, path)
    except RowClash as clash:
        where = f"{path}.code" if isinstance(entity, Product) else path
        issues.append(ImportIssue(clash.code, header=where, other=str(clash.other or "")))
        return None
    if found is None:
        return entity
    same: Entity = dataclasses.replace(entity, uuid=key_of(found))  # type: ignore[arg-type]
    return same


def _code_clashes(before: Sequence[Product], after: dict[str, Entity],
                  paths: dict[tuple[type, str], str]) -> list[ImportIssue]:
    """A code the file gives a product (new, or changed) that another product has."""
    old = {p.uuid: p for p in before}
    final: list[tuple[Product, str | None, bool]] = []
    for key, entity in after.items():
        product = cast(Product, entity)
        path = paths.get((Product, key))
        was = old.get(key)
        checked = path is not None and (was is None or code_key(was.code) != code_key(
            product.code))
        final.append((product, path, checked))
    return [ImportIssue("duplicate_code", header=f"{where}.code", value=other.code,
                        other=other_where or "",
                        plan_value="" if other_where else f"{other.code} {other.name}")
            for where, other, other_where in code_clashes(final)]


def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != "uuid")


def _label(entity: Entity) -> str:
    for name in ("title", "name", "store_name"):
        if hasattr(entity, name):
            return str(getattr(entity, name))
    if isinstance(entity, BudgetMonth):
        return str(entity.month)
    return key_of(entity)


def _diff(kind: str, cls: type, current: Sequence[Entity], found: dict[str, Entity],
          replace_all: bool, changes: list[Change], ops: list[Op],
          dependents: Dependents) -> None:
    before = {key_of(e): e for e in current}
    if replace_all:
        # Removals first: an entity the file gives a new uuid (a month, a product's code)
        # would otherwise be written beside the one it replaces, which the plan refuses.
        for key, gone in before.items():
            if key not in found:
                changes.append(Change(kind, key, _label(gone), Action.REMOVED,
                                      goes_with=dependents.goes_with(gone)))
                ops.append(Delete(cls, key))
    for key, entity in found.items():
        old = before.get(key)
        if old is None:
            changes.append(Change(kind, key, _label(entity), Action.ADDED))
            ops.append(Put(entity))
        elif fields := field_changes(old, entity, _names(cls)):
            changes.append(Change(kind, key, _label(entity), Action.CHANGED, fields))
            ops.append(Put(entity))


def _references(state: dict[type, dict[str, Entity]],
                paths: dict[tuple[type, str], str]) -> list[ImportIssue]:
    """Links that would point at nothing once the import is written."""
    def where(cls: type, name: str, key: str) -> str:
        return paths.get((cls, key), f"{name}[{key}]")  # the plan's, when the file omits it

    issues: list[ImportIssue] = []
    products = state[Product]
    events = cast(dict[str, Event], state[Event])
    stock_plans = cast(dict[str, StockPlan], state[StockPlan])
    per_product = Counter(plan.product_uuid for plan in stock_plans.values())
    for key, plan in stock_plans.items():
        if plan.product_uuid not in products:
            issues.append(ImportIssue(
                "unknown_reference", header=f"{where(StockPlan, 'stock_plans', key)}"
                                            ".product_uuid", value=quoted(plan.product_uuid)))
        elif per_product[plan.product_uuid] > 1 and (StockPlan, key) in paths:
            issues.append(ImportIssue(  # a product has one stock plan (the store's key)
                "duplicate_stock_plan", header=f"{paths[StockPlan, key]}.product_uuid",
                value=quoted(plan.product_uuid)))
    for key, task in cast(dict[str, Task], state[Task]).items():
        if task.event_uuid is not None and task.event_uuid not in events:
            issues.append(ImportIssue(
                "unknown_reference", header=f"{where(Task, 'tasks', key)}.event_uuid",
                value=quoted(task.event_uuid)))
    for key, event in events.items():
        for product in event.featured_products:
            if product not in products:
                issues.append(ImportIssue(
                    "unknown_reference", header=f"{where(Event, 'events', key)}"
                                                ".featured_products", value=quoted(product)))
    months = Counter(m.month for m in cast(dict[str, BudgetMonth], state[BudgetMonth]).values())
    for month in sorted(m for m, n in months.items() if n > 1):
        issues.append(ImportIssue("duplicate_month", header="budget_months", value=str(month)))
    return issues
