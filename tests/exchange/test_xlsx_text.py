"""Text survives the workbook: what the app holds comes back from an untouched workbook
exactly (line breaks, control characters, surrounding spaces, formula-like starts, texts
longer than a cell), and the team's edits come back exactly too."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from ecplanner.domain.model import Event, Product
from ecplanner.domain.ops import Put
from ecplanner.exchange.cli_commands import import_plan
from ecplanner.exchange.plan_snapshot import PlanSnapshot, read_snapshot
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.exchange.xlsx.import_book import read_workbook_import
from ecplanner.exchange.xlsx.import_open import TeamWorkbook
from ecplanner.exchange.xlsx.style import Styles, safe_text
from ecplanner.exchange.xlsx.text import CELL_LIMIT, text_of, unescape
from ecplanner.exchange.xlsx.words import Words
from ecplanner.store.plan_store import PlanStore
from tests.exchange.sheet_cells import cell

TODAY = date(2026, 10, 1)
LONG = "长文本" * 13_334  # 40,002 characters: more than a cell holds
SHARED = "_x005F_x000D_x0041_"  # escape-like literals sharing underscores
TEXTS = ("第一行\r\n第二行", "a\x0bb", LONG, "\t=1", "  两边有空格  ", "=SUM(A1:A3)",
         "+86 138", "-折扣", "@所有人", "字面 _x000D_ 与 x005F_ 与 _x005F_", "🎉 emoji 🎉",
         "\x01\x1f\ufffe", "<r>x & y</r>", "<r>\r_x000D_</r>", SHARED)


def weird_plan(store: PlanStore) -> tuple[Event, Product]:
    """The demo plan with every imported text field of one event and one product odd."""
    event = next(e for e in store.events() if e.phases)
    product = sorted(store.products(), key=lambda p: p.code)[0]
    phases = tuple(replace(p, name=TEXTS[n % len(TEXTS)]) for n, p in enumerate(event.phases))
    event = replace(event, title=TEXTS[0], owner=TEXTS[1], notes=TEXTS[2], phases=phases)
    product = replace(product, code=TEXTS[3], name=TEXTS[4], category=TEXTS[5],
                      wave=TEXTS[9], owner=TEXTS[10], notes=TEXTS[2])
    others = [Put(replace(p, notes=TEXTS[n % len(TEXTS)]))
              for n, p in enumerate(store.products()) if p.uuid != product.uuid]
    store.write([Put(event), Put(product), *others])
    return event, product


def export(store: PlanStore, path: Path) -> PlanSnapshot:
    snapshot = read_snapshot(store, TODAY)
    write_workbook(snapshot, path)
    return snapshot



def test_an_untouched_workbook_gives_back_every_text_exactly(
        demo_store: PlanStore, tmp_path: Path) -> None:
    weird_plan(demo_store)
    path = tmp_path / "team.xlsx"
    snapshot = export(demo_store, path)
    result = read_workbook_import(path, snapshot)
    assert result.ok, result.errors
    assert result.changes == () and result.ops == ()


def test_every_text_reads_back_from_its_cell(tmp_path: Path) -> None:
    """Each cell on its own, written and read as the export and the import do (so a
    row without a baseline, or a new row, reads exactly what its cells say)."""
    import xlsxwriter

    path = tmp_path / "cells.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    styles = Styles(workbook, "CNY", Words("zh"))
    sheet = workbook.add_worksheet("texts")
    fitting = [text for text in TEXTS if text is not LONG]
    for row, text in enumerate(fitting):
        safe_text(sheet, row, 0, text, None, styles)
    workbook.close()
    book = TeamWorkbook(path)
    try:
        rows = book.rows("texts")
    finally:
        book.close()
    assert [text_of(row[0]) for row in rows] == [styles.texts.shown(t) for t in fitting]
    assert [t for t in fitting if styles.texts.shown(t) != t] == [SHARED]
    assert styles.texts.shown(SHARED) == "_x005F__x000D__x0041_"  # XlsxWriter would lose it


def test_a_text_longer_than_a_cell_is_shown_shortened_and_kept_whole(
        demo_store: PlanStore, tmp_path: Path) -> None:
    product = sorted(demo_store.products(), key=lambda p: p.code)[0]
    demo_store.write([Put(replace(product, notes=LONG))])
    path = tmp_path / "team.xlsx"
    export(demo_store, path)
    book = openpyxl.load_workbook(path)
    shown = cell(book, "商品", product.uuid, "备注").value
    assert len(shown.encode("utf-16-le")) // 2 <= CELL_LIMIT
    head, marker = shown.rsplit("\n", 1)
    assert LONG.startswith(head) and str(len(LONG) - len(head)) in marker

    cell(book, "商品", product.uuid, "备注").value = "改过的开头" + shown[5:]
    book.save(path)
    result = import_plan(demo_store, xlsx=path)
    assert result.applied, result.errors
    assert [c.key for c in result.changes] == [product.uuid]
    assert demo_store.get(Product, product.uuid).notes == "改过的开头" + LONG[5:]

    book = openpyxl.load_workbook(path)
    cell(book, "商品", product.uuid, "备注").value = head  # the marker line is gone
    book.save(path)
    result = import_plan(demo_store, xlsx=path)
    assert not result.ok and not result.applied
    assert [(e.code, e.sheet, e.header) for e in result.errors] == [
        ("shortened_text_edited", "商品", "备注")]


@pytest.mark.parametrize("text", ["  新负责人", "换行\n之后\t", "=不是公式"])
def test_the_teams_edit_comes_in_exactly(demo_store: PlanStore, tmp_path: Path,
                                        text: str) -> None:
    path = tmp_path / "team.xlsx"
    snapshot = export(demo_store, path)
    product = snapshot.products[0]
    book = openpyxl.load_workbook(path)
    owner = cell(book, "商品", product.uuid, "负责人")
    owner.value = text
    owner.data_type = "s"  # openpyxl would write "=…" as a formula
    book.save(path)
    result = import_plan(demo_store, xlsx=path)
    assert result.applied, result.errors
    assert demo_store.get(Product, product.uuid).owner == text


def test_unescape_is_ooxmls_own() -> None:
    assert unescape("a_x000D_b") == "a\rb"
    assert unescape("_x005F_x000D_") == "_x000D_"
    assert unescape("x005F_ stays") == "x005F_ stays"
    assert unescape("_x00zz_") == "_x00zz_"
