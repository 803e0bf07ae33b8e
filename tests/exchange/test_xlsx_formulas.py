"""A formula in an input cell is read by its saved result, and refused — never read as 0
or blank — when the file holds no result it can vouch for (written by a script, or by a
program that leaves the calculation to Excel)."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ecplanner.domain.model import Event, Product
from ecplanner.exchange.cli_commands import import_plan, result_lines
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.store.plan_store import PlanStore
from tests.exchange.sheet_cells import cell

TODAY = date(2026, 10, 1)
JUNE = 3 + 5


@pytest.fixture
def exported(demo_store: PlanStore, tmp_path: Path) -> Path:
    path = tmp_path / "team.xlsx"
    write_workbook(read_snapshot(demo_store, TODAY), path)
    return path



def script_edit(path: Path, store: PlanStore) -> tuple[Product, Event, list[str]]:
    """As a script does it: formulas written with openpyxl, which saves no results.
    Returns the product and event edited and the cells (sheet, column letter, row)."""
    product = sorted(store.products(), key=lambda p: p.code)[0]
    event = next(e for e in store.events() if e.title == "99划算节")
    book = openpyxl.load_workbook(path)
    cost = cell(book, "商品", product.uuid, "成本")
    cost.value = "=200+30"
    uplift = cell(book, "活动", event.uuid, "流量倍数")
    uplift.value = "=1+0.2"
    uv = book["投入产出"].cell(budget_rows()["uv"] + 1, JUNE)
    uv.value = "=300000+100000"
    book.save(path)
    return product, event, [f"商品!{cost.coordinate}", f"活动!{uplift.coordinate}",
                            f"投入产出!{uv.coordinate}"]


def calculated(path: Path, results: dict[str, str]) -> None:
    """As Excel saves it: every formula of ``results`` with its result, and no request
    to recalculate on opening."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    for name, data in parts.items():
        text = data.decode("utf-8", "surrogateescape") if name.endswith(".xml") else None
        if text is None:
            continue
        text = text.replace(' fullCalcOnLoad="1"', "")
        for formula, value in results.items():
            text = re.sub(rf"(<f>{re.escape(formula)}</f>)<v\s*/>", rf"\1<v>{value}</v>", text)
        parts[name] = text.encode("utf-8", "surrogateescape")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_formulas_without_results_are_refused_by_cell(demo_store: PlanStore,
                                                     exported: Path) -> None:
    product, event, cells = script_edit(exported, demo_store)
    result = import_plan(demo_store, xlsx=exported)
    assert not result.ok and not result.applied
    found = sorted(f"{e.sheet}!{e.column}{e.row}" for e in result.errors
                   if e.code == "formula_not_calculated")
    assert found == sorted(cells) and len(result.errors) == 3
    assert {e.value for e in result.errors} == {"=200+30", "=1+0.2", "=300000+100000"}
    line = next(line for line in result_lines(result) if "=200+30" in line)
    assert "recalculate" in line and "Excel" in line
    assert demo_store.get(Product, product.uuid) == product
    assert demo_store.get(Event, event.uuid) == event


def test_formulas_excel_calculated_and_saved_are_read_by_their_result(
        demo_store: PlanStore, exported: Path) -> None:
    product, event, _ = script_edit(exported, demo_store)
    calculated(exported, {"200+30": "230", "1+0.2": "1.2", "300000+100000": "400000"})
    result = import_plan(demo_store, xlsx=exported)
    assert result.applied, result.errors
    assert demo_store.get(Product, product.uuid).unit_cost == 230
    assert demo_store.get(Event, event.uuid).uplift == pytest.approx(1.2)
    june = next(b for b in demo_store.budget_months() if b.month == 6)
    assert june.uv == 400_000


def test_a_placeholder_result_is_not_taken(demo_store: PlanStore, exported: Path) -> None:
    """A program that saves 0 and asks Excel to recalculate on opening (XlsxWriter's
    default) has not calculated: its 0 is no result."""
    product, _, _ = script_edit(exported, demo_store)
    calculated(exported, {"200+30": "0"})
    book_xml = zipfile.ZipFile(exported).read("xl/workbook.xml").decode()
    patched = book_xml.replace("<calcPr ", '<calcPr fullCalcOnLoad="1" ')
    parts = {n: zipfile.ZipFile(exported).read(n) for n in zipfile.ZipFile(exported).namelist()}
    parts["xl/workbook.xml"] = patched.encode()
    with zipfile.ZipFile(exported, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    result = import_plan(demo_store, xlsx=exported)
    assert "formula_not_calculated" in {e.code for e in result.errors}
    assert demo_store.get(Product, product.uuid) == product
