"""Re-import is three-way: the workbook against what was exported and against the plan now.

The user keeps working in the app after the export (moves an event, adds a product,
changes a budget input); the team's untouched cells must not undo that, the team's edits
come in, and a cell both sides changed is a conflict that blocks the import.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.domain.model import BudgetMonth, Event, Product, Season
from ecplanner.domain.ops import Delete, Put
from ecplanner.exchange.cli_commands import import_plan, result_lines
from ecplanner.exchange.import_result import Action, ImportResult
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.baseline import BASE_SHEET, BaselineWriter, read_baseline
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.export import META_SHEET, write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.exchange.xlsx.words import Words
from ecplanner.store.plan_store import PlanStore
from tests.exchange.sheet_cells import cell

TODAY = date(2026, 10, 1)
SALE = "99划算节"  # Sep 4–9, with phases
UV_ROW = budget_rows()["uv"] + 1
JUNE = 3 + 5  # column of June on the Budget sheet



def edit(path: Path, change: Any) -> None:
    book = openpyxl.load_workbook(path)
    change(book)
    book.save(path)


def reimport(store: PlanStore, path: Path) -> ImportResult:
    return read_workbook_import(path, read_snapshot(store, TODAY))


def event_named(store: PlanStore, title: str) -> Event:
    return next(e for e in store.events() if e.title == title)


def june(store: PlanStore) -> BudgetMonth:
    return next(b for b in store.budget_months() if b.month == 6)


@pytest.fixture
def exported(demo_store: PlanStore, tmp_path: Path) -> Path:
    path = tmp_path / "team.xlsx"
    write_workbook(read_snapshot(demo_store, TODAY), path)
    return path


@pytest.fixture
def app_work(demo_store: PlanStore, exported: Path) -> Product:
    """After the export, in the app: the sale moves 3 days, a product is added, June's
    traffic goes up. Returns the new product."""
    sale = event_named(demo_store, SALE)
    added = Product("27SP200", "店内新款", Season.AUTUMN, list_price=299.0,
                    launch=date(2027, 9, 1))
    demo_store.write([Put(sale.shifted(3).revised()), Put(added),
                      Put(replace(june(demo_store), uv=june(demo_store).uv + 1000))])
    return added


def test_untouched_workbook_changes_nothing_after_app_work(
        demo_store: PlanStore, exported: Path, app_work: Product) -> None:
    result = reimport(demo_store, exported)
    assert result.ok, result.errors
    assert (result.changes, result.ops, result.warnings) == ((), (), ())
    assert result_lines(result) == ["nothing to change"]


@pytest.mark.parametrize("where", ["event_owner", "budget_cvr"])
def test_one_edited_cell_is_exactly_one_change(demo_store: PlanStore, exported: Path,
                                               app_work: Product, where: str) -> None:
    sale = event_named(demo_store, SALE)
    uv_now = june(demo_store).uv
    rows = budget_rows()

    def team(book: Any) -> None:
        if where == "event_owner":
            cell(book, "活动", sale.uuid, "负责人").value = "新同事"
        else:
            book["投入产出"].cell(rows["cvr"] + 1, JUNE).value = 0.05

    edit(exported, team)
    result = reimport(demo_store, exported)
    assert result.ok, result.errors
    [change] = result.changes  # no tasks follow: the event's dates did not change
    [field] = change.fields
    if where == "event_owner":
        assert (change.kind, change.key, field.field, field.new) == (
            "event", sale.uuid, "owner", "新同事")
    else:
        assert (change.kind, change.label, field.field, field.new) == (
            "budget_month", "6月", "cvr", 0.05)
    demo_store.write(list(result.ops))
    stored = event_named(demo_store, SALE)
    assert stored.start == date(2027, 9, 7)  # the app's move stays
    assert june(demo_store).uv == uv_now  # so does the app's traffic
    assert demo_store.get(Product, app_work.uuid) == app_work


def test_a_cell_both_sides_changed_is_a_conflict_and_nothing_is_applied(
        demo_store: PlanStore, exported: Path, app_work: Product) -> None:
    sale = event_named(demo_store, SALE)
    uv_now = june(demo_store).uv
    start_col = ""

    def team(book: Any) -> None:
        nonlocal start_col
        start = cell(book, "活动", sale.uuid, "开始")
        start.value = datetime(2027, 9, 11)
        start_col = start.column_letter
        book["投入产出"].cell(UV_ROW, JUNE).value = 400_000
        cell(book, "活动", sale.uuid, "负责人").value = "新同事"  # alone, fine

    edit(exported, team)
    result = import_plan(demo_store, xlsx=exported)
    assert not result.ok and not result.applied and result.ops == ()
    found = sorted((e.code, e.sheet, e.column, e.header, e.value, e.plan_value)
                   for e in result.errors)
    assert found == [
        ("conflict", "投入产出", "H", "6月", "400000", f"{uv_now:g}"),
        ("conflict", "活动", start_col, "开始", "2027-09-11", "2027-09-07"),
    ]
    assert all(e.row > 1 for e in result.errors)
    lines = result_lines(result)
    assert sum(line.startswith("conflict: ") for line in lines) == 2
    assert "the plan now holds “2027-09-07”" in next(line for line in lines if "活动" in line)
    assert lines[-1].startswith("nothing was applied")
    assert event_named(demo_store, SALE) == sale and june(demo_store).uv == uv_now


def test_the_same_edit_on_both_sides_is_no_change(demo_store: PlanStore, exported: Path,
                                                  app_work: Product) -> None:
    uv_now = june(demo_store).uv
    edit(exported, lambda book: setattr(book["投入产出"].cell(UV_ROW, JUNE), "value", uv_now))
    result = reimport(demo_store, exported)
    assert result.ok and result.changes == (), result.errors


def test_rows_removed_by_the_team(demo_store: PlanStore, exported: Path,
                                  app_work: Product) -> None:
    snapshot = read_snapshot(demo_store, TODAY)
    gone = snapshot.products[0]

    def team(book: Any) -> None:
        products = book["商品"]
        products.delete_rows(cell(book, "商品", gone.uuid, "ID").row)

    edit(exported, team)
    result = reimport(demo_store, exported)
    assert result.ok, result.errors
    assert [(c.kind, c.key, c.action) for c in result.main_changes] == [
        ("product", gone.uuid, Action.REMOVED)]  # the product added in the app stays

    sale = event_named(demo_store, SALE)  # moved in the app since the export

    def drop_sale(book: Any) -> None:
        events = book["活动"]
        for number in (None, *range(len(sale.phases), 0, -1)):
            events.delete_rows(cell(book, "活动", sale.uuid, "ID", number).row)

    edit(exported, drop_sale)
    result = reimport(demo_store, exported)
    assert [(e.code, e.sheet, e.value) for e in result.errors] == [
        ("conflict_workbook_removed", "活动", SALE)]
    assert result.ops == ()


def test_rows_of_things_the_app_removed_since(demo_store: PlanStore, exported: Path) -> None:
    product = read_snapshot(demo_store, TODAY).products[0]
    demo_store.write([Delete(Product, product.uuid)])
    result = reimport(demo_store, exported)
    assert result.ok and result.changes == (), result.errors

    edit(exported, lambda book: setattr(cell(book, "商品", product.uuid, "负责人"),
                                        "value", "阿美"))
    result = reimport(demo_store, exported)
    assert [(e.code, e.sheet, e.header, e.value) for e in result.errors] == [
        ("conflict_plan_removed", "商品", "ID", product.uuid)]


def test_phase_rows_are_three_way_too(demo_store: PlanStore, exported: Path,
                                      app_work: Product) -> None:
    sale = event_named(demo_store, SALE)  # its phases moved 3 days with it

    def rename(book: Any) -> None:
        cell(book, "活动", sale.uuid, "阶段", 1).value = "预热期"

    edit(exported, rename)
    result = reimport(demo_store, exported)
    assert result.ok, result.errors
    [change] = result.changes
    [field] = change.fields
    assert field.field == "phases"
    phases: Any = field.new
    assert phases[0] == replace(sale.phases[0], name="预热期")  # the app's times stay

    def move(book: Any) -> None:
        start = cell(book, "活动", sale.uuid, "开始", 1)
        start.value = start.value + timedelta(hours=2)

    edit(exported, move)
    result = reimport(demo_store, exported)
    assert [(e.code, e.header) for e in result.errors] == [("conflict", "开始")]


def test_an_older_workbook_is_compared_with_the_plan_alone_and_says_so(
        demo_store: PlanStore, exported: Path, app_work: Product) -> None:
    def strip(book: Any) -> None:
        del book[BASE_SHEET]
        meta = book[META_SHEET]
        meta.delete_rows(next(r[0].row for r in meta.iter_rows() if r[0].value == "baseline"))

    edit(exported, strip)
    result = reimport(demo_store, exported)
    assert result.ok and result.warnings == ("no_baseline",)
    found = {(c.kind, c.action, c.label) for c in result.main_changes}
    assert ("event", Action.CHANGED, SALE) in found  # today's behaviour: back to the file
    assert ("product", Action.REMOVED, "27SP200 店内新款") in found
    assert result_lines(result)[0].startswith("warning: the workbook was exported by an")


def test_the_baseline_keeps_cells_exactly_even_past_one_excel_cell(tmp_path: Path) -> None:
    import xlsxwriter

    long_text = "长" * 20_000  # two of them need more than one cell's 32,767 characters
    rows = [("id-1", "=1+1", long_text, long_text, date(2027, 9, 4),
             datetime(2027, 6, 4, 20, 0), 0.35, 3, None),
            ("id-2", "", "", "", None, None, None, None, None)]
    keys = ("id", "title", "owner", "notes", "start", "end", "discount", "phase_no", "kind")
    writer = BaselineWriter()
    block = writer.block("events", keys)
    for row in rows:
        block.add(row)
    path = tmp_path / "base.xlsx"
    book = xlsxwriter.Workbook(str(path))
    writer.write(book)
    book.close()
    read = openpyxl.load_workbook(path, read_only=True)
    base = read_baseline(read[BASE_SHEET].iter_rows(values_only=True), Words("zh"))["events"]
    read.close()
    assert base.ids == {"id-1", "id-2"}
    first = base.record("id-1", 3)
    assert first is not None and tuple(first.cells) == rows[0]
    assert base.record("id-2") is not None
