"""One rule matches imported rows with the plan's, for the workbook and JSON alike: by id,
then — where the id is blank — by the product's code (款号) or the event's platform, title
and start; a code used twice is refused where it stands; importing the same file twice
changes nothing the second time; a removal says what goes with it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.domain.model import Event, Product, ProductDay, StockPlan, TaskStatus
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import import_plan, result_lines
from ecplanner.exchange.import_result import Action, GoesWith
from ecplanner.exchange.json_io import write_json
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.store.plan_store import PlanStore

TODAY = date(2026, 10, 1)
SALE = "99划算节"


@pytest.fixture
def exported(demo_store: PlanStore, tmp_path: Path) -> Path:
    path = tmp_path / "team.xlsx"
    write_workbook(read_snapshot(demo_store, TODAY), path)
    return path


def headers(sheet: Any) -> dict[str, int]:
    return {c.value: c.column for c in sheet[1]}


def row_of(sheet: Any, ident: str) -> int:
    cols = headers(sheet)
    for row in sheet.iter_rows(min_row=2):
        if row[cols["ID"] - 1].value == ident and (
                sheet.title != "活动" or row[cols["阶段序号"] - 1].value is None):
            return int(row[0].row)
    raise LookupError(ident)


def edit(path: Path, change: Any) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def set_cells(sheet: Any, row: int, values: dict[str, object]) -> None:
    cols = headers(sheet)
    for header, value in values.items():
        sheet.cell(row, cols[header]).value = value


def product_with_stock(store: PlanStore) -> Product:
    plans = {p.product_uuid for p in store.stock_plans()}
    return next(p for p in sorted(store.products(), key=lambda p: p.code) if p.uuid in plans)


def sale_with_work_done(store: PlanStore) -> Event:
    """The sale, with notes and one of its tasks done."""
    sale = next(e for e in store.events() if e.title == SALE)
    task = next(t for t in store.tasks() if t.event_uuid == sale.uuid)
    sale = replace(sale, notes="报名已提交，坑位费已付")
    store.write([Put(sale), Put(replace(task, status=TaskStatus.DONE))])
    return sale


def test_cleared_id_cells_match_their_rows_by_code_and_key(
        demo_store: PlanStore, exported: Path) -> None:
    product = product_with_stock(demo_store)
    sale = sale_with_work_done(demo_store)
    write_workbook(read_snapshot(demo_store, TODAY), exported)
    tasks_before = sorted((t.uuid, t.status) for t in demo_store.tasks())

    def team(book: Any) -> None:
        set_cells(book["商品"], row_of(book["商品"], product.uuid), {"ID": None})
        set_cells(book["活动"], row_of(book["活动"], sale.uuid), {"ID": None})

    edit(exported, team)
    result = import_plan(demo_store, xlsx=exported)
    assert result.ok, result.errors
    assert result.changes == () and result_lines(result) == ["nothing to change"]

    edit(exported, lambda book: set_cells(
        book["商品"], _row_with(book["商品"], "款号", product.code), {"负责人": "阿美"}))
    result = import_plan(demo_store, xlsx=exported)
    assert result.applied, result.errors
    assert [(c.key, c.action) for c in result.changes] == [(product.uuid, Action.CHANGED)]
    assert demo_store.get(Product, product.uuid).owner == "阿美"
    assert any(p.product_uuid == product.uuid for p in demo_store.stock_plans())
    assert sorted((t.uuid, t.status) for t in demo_store.tasks()) == tasks_before
    assert demo_store.get(Event, sale.uuid).notes == sale.notes


def test_a_clearance_row_without_its_id_is_its_products_stock_plan(
        demo_store: PlanStore, exported: Path) -> None:
    product = product_with_stock(demo_store)
    stock = next(p for p in demo_store.stock_plans() if p.product_uuid == product.uuid)

    def team(book: Any) -> None:
        sheet = book["清仓"]
        set_cells(sheet, row_of(sheet, stock.uuid), {"ID": None, "现有库存": stock.on_hand + 5})

    edit(exported, team)
    result = import_plan(demo_store, xlsx=exported)
    assert result.applied, result.errors
    assert [(c.kind, c.key) for c in result.changes] == [("stock_plan", stock.uuid)]
    assert demo_store.get(StockPlan, stock.uuid).on_hand == stock.on_hand + 5


def _row_with(sheet: Any, header: str, value: object) -> int:
    col = headers(sheet)[header]
    return next(int(r[0].row) for r in sheet.iter_rows(min_row=2) if r[col - 1].value == value)


def new_rows(book: Any) -> None:
    products = book["商品"]
    set_cells(products, products.max_row + 1,
              {"款号": "27SP099", "品名": "亚麻衬衫", "成本": 40, "吊牌价": 159})
    events = book["活动"]
    set_cells(events, events.max_row + 1,
              {"活动": "夏日会员周", "类型": "店铺活动", "平台": "天猫",
               "开始": datetime(2027, 7, 10), "结束": datetime(2027, 7, 12)})


def test_importing_the_same_workbook_twice_adds_its_new_rows_once(
        demo_store: PlanStore, exported: Path) -> None:
    edit(exported, new_rows)
    first = import_plan(demo_store, xlsx=exported)
    assert first.applied, first.errors
    assert {(c.kind, c.action) for c in first.main_changes} == {
        ("product", Action.ADDED), ("event", Action.ADDED)}
    counts = (len(demo_store.products()), len(demo_store.events()), len(demo_store.tasks()))
    second = import_plan(demo_store, xlsx=exported)
    assert second.ok and second.changes == (), second.errors
    assert (len(demo_store.products()), len(demo_store.events()),
            len(demo_store.tasks())) == counts


def test_a_code_used_twice_is_refused_where_it_stands(demo_store: PlanStore,
                                                      exported: Path) -> None:
    taken = sorted(demo_store.products(), key=lambda p: p.code)
    where: dict[str, int] = {}

    def team(book: Any) -> None:
        products = book["商品"]
        new = products.max_row + 1
        set_cells(products, new, {"款号": taken[0].code.lower(), "品名": "抄来的"})
        set_cells(products, new + 1, {"款号": "27NEW1", "品名": "新款甲"})
        set_cells(products, new + 2, {"款号": "27NEW1", "品名": "新款乙"})
        renamed = row_of(products, taken[2].uuid)
        set_cells(products, renamed, {"款号": taken[1].code})
        where.update(new=new, renamed=renamed, first=row_of(products, taken[0].uuid),
                     second=row_of(products, taken[1].uuid))

    edit(exported, team)
    before = demo_store.products()
    result = import_plan(demo_store, xlsx=exported)
    assert not result.ok and not result.applied
    found = sorted((e.code, e.sheet, e.row, e.column, e.header, e.other)
                   for e in result.errors)
    assert found == sorted([
        ("duplicate_code", "商品", where["new"], "A", "款号", str(where["first"])),
        ("duplicate_code", "商品", where["new"] + 2, "A", "款号", str(where["new"] + 1)),
        ("duplicate_code", "商品", where["renamed"], "A", "款号", str(where["second"])),
    ])
    assert demo_store.products() == before
    assert any(f"商品!A{where['new']}" in line for line in result_lines(result))


def test_a_removal_says_what_goes_with_it(demo_store: PlanStore, exported: Path) -> None:
    product = product_with_stock(demo_store)
    sold = [ProductDay(product.uuid, date(2027, 9, d), 100, 2, 718.0) for d in (1, 2, 3)]
    demo_store.write([Put(replace(product, notes="面料要提前订")), *map(Put, sold)])
    sale = sale_with_work_done(demo_store)
    write_workbook(read_snapshot(demo_store, TODAY), exported)
    stock = next(p for p in demo_store.stock_plans() if p.product_uuid == product.uuid)
    tasks = [t for t in demo_store.tasks() if t.event_uuid == sale.uuid]

    def team(book: Any) -> None:
        book["商品"].delete_rows(row_of(book["商品"], product.uuid))
        events = book["活动"]
        for row in sorted((int(r[0].row) for r in events.iter_rows(min_row=2)
                           if r[headers(events)["ID"] - 1].value == sale.uuid), reverse=True):
            events.delete_rows(row)

    edit(exported, team)
    result = import_plan(demo_store, xlsx=exported, dry_run=True)
    assert result.ok, result.errors
    removed = {c.key: c for c in result.main_changes if c.action is Action.REMOVED}
    assert removed[product.uuid].goes_with == (
        GoesWith("stock_plan", stock.on_hand), GoesWith("product_days", 3),
        GoesWith("notes", text="面料要提前订"))
    assert removed[sale.uuid].goes_with == (
        GoesWith("tasks", len(tasks), done=1), GoesWith("notes", text=sale.notes))
    lines = result_lines(result)
    product_line = next(line for line in lines if product.code in line)
    assert f"its stock plan ({stock.on_hand} on hand)" in product_line
    assert "its notes “面料要提前订”" in product_line
    assert "3 days of its real sales" in product_line
    sale_line = next(line for line in lines if SALE in line)
    assert f"{len(tasks)} tasks (1 done)" in sale_line


def test_json_rows_without_ids_match_by_code_and_codes_stay_unique(
        demo_store: PlanStore, tmp_path: Path) -> None:
    products = sorted(demo_store.products(), key=lambda p: p.code)
    path = tmp_path / "plan.json"
    data: dict[str, Any] = {"format": "ecplanner-plan", "schema": 1, "products": [
        {"code": products[0].code, "name": products[0].name, "owner": "阿美"},
        {"code": "27JS001", "name": "脚本加的"},
    ]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    first = import_plan(demo_store, json=path)
    assert first.applied, first.errors
    assert (first.changes[0].key, first.changes[0].action) == (
        products[0].uuid, Action.CHANGED)
    assert demo_store.get(Product, products[0].uuid).owner == "阿美"
    count = len(demo_store.products())
    again = import_plan(demo_store, json=path)
    assert again.ok and again.changes == (), again.errors
    assert len(demo_store.products()) == count

    data["products"] = [
        {"uuid": products[1].uuid, "code": products[1].code, "name": products[1].name},
        {"code": products[1].code.lower(), "name": "撞号"},
        {"code": "27JS002", "name": "甲"}, {"code": "27JS002", "name": "乙"},
    ]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = import_plan(demo_store, json=path)
    assert not result.ok
    assert sorted((e.code, e.header, e.other) for e in result.errors) == [
        ("duplicate_code", "products[1].code", "products[0]"),
        ("duplicate_code", "products[3].code", "products[2]"),
    ]


def test_a_json_export_imported_twice_is_a_no_op(demo_store: PlanStore,
                                                 tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    write_json(read_snapshot(demo_store, TODAY), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["events"][:3] + data["products"][:3]:
        del item["uuid"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = import_plan(demo_store, json=path)
    assert result.ok and result.changes == (), result.errors

