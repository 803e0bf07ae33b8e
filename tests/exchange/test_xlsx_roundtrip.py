"""Export, edit the workbook as a team member would (openpyxl), import: the preview names
exactly the edits, errors say where, and applying writes them all at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.domain.model import BudgetMonth, Event, MarkdownStep, Product, StockPlan
from ecplanner.exchange.import_result import Action, ImportResult
from ecplanner.exchange.plan_snapshot import PlanSnapshot, read_snapshot
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.export import META_SHEET, write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.store.plan_store import PlanStore

TODAY = date(2026, 10, 1)


@pytest.fixture
def exported(demo_store: PlanStore, tmp_path: Path) -> tuple[PlanSnapshot, Path]:
    snapshot = read_snapshot(demo_store, TODAY)
    path = tmp_path / "team.xlsx"
    write_workbook(snapshot, path)
    return snapshot, path


def row_of(sheet: Any, ident: str, id_col: int) -> int:
    for row in sheet.iter_rows(min_row=2):
        if row[id_col - 1].value == ident and (sheet.title != "活动" or row[12].value is None):
            number: int = row[0].row
            return number
    raise LookupError(ident)


def column_of(sheet: Any, header: str) -> int:
    return int(next(c.column for c in sheet[1] if c.value == header))


def edit(path: Path, change: Any) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def test_unchanged_workbook_changes_nothing(exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot, path = exported
    result = read_workbook_import(path, snapshot)
    assert result.ok and result.changes == () and result.ops == ()


def test_team_edits_round_trip(exported: tuple[PlanSnapshot, Path],
                               demo_store: PlanStore) -> None:
    snapshot, path = exported
    event = next(e for e in snapshot.events if e.title == "99划算节")  # Sep 4–9
    broken = snapshot.products[3]

    def team(book: Any) -> None:
        events = book["活动"]
        r = row_of(events, event.uuid, column_of(events, "ID"))
        events.cell(r, column_of(events, "开始")).value = datetime(2027, 9, 11)
        events.cell(r, column_of(events, "结束")).value = datetime(2027, 9, 16)
        budget = book["投入产出"]
        budget.cell(budget_rows()["uv"] + 1, 3 + 5).value = 400_000  # June
        products = book["商品"]
        new = products.max_row + 1
        for header, value in (("款号", "27SP099"), ("品名", "亚麻衬衫"), ("季节", "夏"),
                              ("定位", "引流款"), ("成本", 40), ("吊牌价", 159),
                              ("上新日", datetime(2027, 5, 1))):
            products.cell(new, column_of(products, header)).value = value
        products.cell(new + 1, column_of(products, "款号")).value = "27SP100"
        products.cell(new + 1, column_of(products, "品名")).value = "草编包"
        r = row_of(products, broken.uuid, column_of(products, "ID"))
        products.cell(r, column_of(products, "上新日")).value = "2027-02-30"

    edit(path, team)
    result = read_workbook_import(path, snapshot)
    assert not result.ok and result.ops == ()
    [error] = result.errors
    book = openpyxl.load_workbook(path, read_only=True)
    launch_col = column_of(book["商品"], "上新日")
    book.close()  # a read-only book holds the file open until closed
    assert (error.code, error.sheet, error.header, error.value) == (
        "not_a_date", "商品", "上新日", "2027-02-30")
    assert error.column == openpyxl.utils.get_column_letter(launch_col)
    assert error.row == row_of(openpyxl.load_workbook(path)["商品"], broken.uuid, 21)

    def fix(book: Any) -> None:
        products = book["商品"]
        r = row_of(products, broken.uuid, column_of(products, "ID"))
        products.cell(r, column_of(products, "上新日")).value = datetime.combine(
            broken.launch or date(2027, 2, 1), datetime.min.time())

    edit(path, fix)
    result = read_workbook_import(path, snapshot)
    assert result.ok, result.errors
    main = {(c.kind, c.action, c.label) for c in result.main_changes}
    assert main == {("event", Action.CHANGED, "99划算节"), ("budget_month", Action.CHANGED, "6月"),
                    ("product", Action.ADDED, "27SP099 亚麻衬衫"),
                    ("product", Action.ADDED, "27SP100 草编包")}
    moved = next(c for c in result.changes if c.kind == "event")
    # Moved a week: its phases and registration deadline move with it.
    assert {f.field for f in moved.fields} == {"start", "end", "phases",
                                                "registration_deadline"}
    budget = next(c for c in result.changes if c.kind == "budget_month")
    assert [(f.field, f.new) for f in budget.fields] == [("uv", 400_000)]
    assert all(c.kind == "task" for c in result.changes if c.follows)

    demo_store.write(list(result.ops))
    stored = demo_store.get(Event, event.uuid)
    assert stored is not None and (stored.start, stored.end) == (date(2027, 9, 11),
                                                                 date(2027, 9, 16))
    assert stored.phases[0].start == event.phases[0].start + timedelta(days=7)
    assert stored.sequence == event.sequence + 1 and stored.edited
    june = next(b for b in demo_store.budget_months() if b.month == 6)
    assert june.uv == 400_000
    added = next(p for p in demo_store.products() if p.code == "27SP099")
    assert (added.name, added.season.value, added.role.value, added.list_price) == (
        "亚麻衬衫", "summer", "traffic", 159.0)
    assert demo_store.get(Product, broken.uuid) == broken
    tasks = [t for t in demo_store.tasks() if t.event_uuid == event.uuid]
    old_tasks = {t.uuid: t for t in snapshot.tasks}
    assert tasks and all(t.due == old_tasks[t.uuid].due + timedelta(days=7) for t in tasks)


def _import_after(exported: tuple[PlanSnapshot, Path], change: Any) -> ImportResult:
    snapshot, path = exported
    edit(path, change)
    return read_workbook_import(path, snapshot)


def test_bad_cells_are_named_and_nothing_is_applied(
        exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot = exported[0]
    event = snapshot.events[0]

    def team(book: Any) -> None:
        events = book["活动"]
        r = row_of(events, event.uuid, column_of(events, "ID"))
        events.cell(r, column_of(events, "平台")).value = "Shopee"
        events.cell(r, column_of(events, "折扣力度")).value = 35
        events.cell(r, column_of(events, "结束")).value = datetime(2026, 1, 1)
        budget = book["投入产出"]
        budget.cell(budget_rows()["cvr"] + 1, 3).value = 3.2
        clearance = book["清仓"]
        clearance.cell(2, column_of(clearance, "第1档折扣")).value = None

    result = _import_after(exported, team)
    found = sorted((e.sheet, e.row, e.column, e.header, e.code, e.value)
                   for e in result.errors)
    assert found == [
        ("投入产出", budget_rows()["cvr"] + 1, "C", "1月", "percent_over_100", "3.2"),
        ("活动", 2, "D", "平台", "unknown_platform", "Shopee"),
        ("活动", 2, "I", "折扣力度", "percent_over_100", "35"),
        ("清仓", 2, "J", "第1档折扣", "incomplete_step", ""),
    ]
    assert result.ops == ()


def test_end_before_start_is_refused_on_its_row(exported: tuple[PlanSnapshot, Path]) -> None:
    event = exported[0].events[0]

    def team(book: Any) -> None:
        events = book["活动"]
        r = row_of(events, event.uuid, column_of(events, "ID"))
        events.cell(r, column_of(events, "结束")).value = datetime.combine(
            event.start - timedelta(days=2), datetime.min.time())

    result = _import_after(exported, team)
    assert [(e.code, e.sheet, e.header) for e in result.errors] == [
        ("end_before_start", "活动", "结束")]


def test_removed_product_and_edited_ladder(exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot = exported[0]
    plan = snapshot.stock_plans[0]
    product = next(p for p in snapshot.products if p.uuid == plan.product_uuid)
    gone = next(p for p in snapshot.products if p.uuid not in
                {s.product_uuid for s in snapshot.stock_plans})

    def team(book: Any) -> None:
        products = book["商品"]
        products.delete_rows(row_of(products, gone.uuid, column_of(products, "ID")))
        clearance = book["清仓"]
        r = row_of(clearance, plan.uuid, column_of(clearance, "ID"))
        clearance.cell(r, column_of(clearance, "第3档开始")).value = datetime(2027, 12, 20)
        clearance.cell(r, column_of(clearance, "第3档折扣")).value = 0.6

    result = _import_after(exported, team)
    assert result.ok, result.errors
    assert {(c.kind, c.key, c.action) for c in result.changes} == {
        ("product", gone.uuid, Action.REMOVED), ("stock_plan", plan.uuid, Action.CHANGED)}
    ladder = next(c for c in result.changes if c.kind == "stock_plan").fields
    assert [f.field for f in ladder] == ["ladder"]
    assert MarkdownStep(date(2027, 12, 20), 0.6) in ladder[0].new  # type: ignore[operator]
    assert product.code in next(c.label for c in result.changes if c.kind == "stock_plan")


def test_workbook_that_is_not_ours_is_refused(exported: tuple[PlanSnapshot, Path],
                                              tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "hello"
    book.save(other)
    assert [e.code for e in read_workbook_import(other, exported[0]).errors] == [
        "not_our_workbook"]
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook")
    assert [e.code for e in read_workbook_import(text, exported[0]).errors] == [
        "unreadable_file"]


def test_workbook_of_another_plan_or_newer_schema_is_refused(
        exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot, path = exported
    other = replace(snapshot, info=replace(snapshot.info, uuid="another"))
    assert [e.code for e in read_workbook_import(path, other).errors] == ["other_plan"]

    def newer(book: Any) -> None:
        meta = book[META_SHEET]
        next(r for r in meta.iter_rows() if r[0].value == "schema")[1].value = "99"

    assert [e.code for e in _import_after(exported, newer).errors] == ["newer_schema"]


def test_budget_defaults_are_saved_whole_when_one_input_changes(
        exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot, path = exported
    partial = replace(snapshot, budget_months=snapshot.budget_months[:6])

    def team(book: Any) -> None:
        book["投入产出"].cell(budget_rows()["aov"] + 1, 3).value = 300

    edit(path, team)
    result = read_workbook_import(path, partial)
    assert result.ok, result.errors
    actions = sorted((c.label, c.action) for c in result.changes)
    assert ("1月", Action.CHANGED) in actions
    assert sum(1 for _, a in actions if a is Action.ADDED) == 6
    assert all(isinstance(op.entity, BudgetMonth) for op in result.ops)  # type: ignore[union-attr]
    assert StockPlan not in {op.kind for op in result.ops}


@pytest.mark.parametrize("locale", ["ja_JP", "en_US"])
def test_workbooks_in_other_languages_read_back_unchanged(
        exported: tuple[PlanSnapshot, Path], tmp_path: Path, locale: str) -> None:
    snapshot = exported[0]
    foreign = replace(snapshot, info=replace(snapshot.info, locale=locale))
    path = tmp_path / f"{locale}.xlsx"
    write_workbook(foreign, path)
    result = read_workbook_import(path, foreign)
    assert result.ok and result.changes == (), result.errors


def test_a_new_event_row_adds_the_event_with_its_tasks(
        exported: tuple[PlanSnapshot, Path]) -> None:
    def team(book: Any) -> None:
        events = book["活动"]
        new = events.max_row + 1
        for header, value in (("活动", "夏日会员周"), ("类型", "店铺活动"), ("平台", "天猫"),
                              ("开始", datetime(2027, 7, 10)), ("结束", datetime(2027, 7, 12)),
                              ("流量倍数", 1.3), ("负责人", "阿美")):
            events.cell(new, column_of(events, header)).value = value

    result = _import_after(exported, team)
    assert result.ok, result.errors
    [added] = result.main_changes
    assert (added.kind, added.action, added.label) == ("event", Action.ADDED, "夏日会员周")
    event = next(op.entity for op in result.ops if isinstance(op.entity, Event))  # type: ignore[union-attr]
    assert (event.platform, event.kind.value, event.uplift, event.owner) == (
        "tmall", "store_promo", 1.3, "阿美")
    tasks = [c for c in result.changes if c.follows]
    assert tasks and all(c.kind == "task" and c.action is Action.ADDED for c in tasks)


def test_the_finance_inputs_read_back_from_their_rows(
        exported: tuple[PlanSnapshot, Path]) -> None:
    snapshot, path = exported
    rows = budget_rows()

    def team(book: Any) -> None:
        sheet = book["投入产出"]
        sheet.cell(rows["vat_rate"] + 1, 3 + 2).value = 0.03  # March: small-scale VAT
        sheet.cell(rows["roi_live"] + 1, 3 + 10).value = 4.5  # November: 直播 returns 4.5
        sheet.cell(rows["refund_only_share"] + 1, 3 + 10).value = 0.12
        sheet.cell(rows["orders_per_buyer"] + 1, 3 + 10).value = 1.2

    edit(path, team)
    result = read_workbook_import(path, snapshot)
    assert result.ok, result.errors
    changed = {(c.label, f.field, f.new) for c in result.changes for f in c.fields}
    assert changed == {("3月", "vat_rate", 0.03), ("11月", "roi_live", 4.5),
                       ("11月", "refund_only_share", 0.12), ("11月", "orders_per_buyer", 1.2)}
