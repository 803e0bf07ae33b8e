"""A workbook with a value the plan cannot hold, or a part no parser should trust, is
refused before anything is written, naming the cell (or the part) and the value; the dry
run says the same as the import. Each case is one the adversarial pass of issue #17 found
crashing with a traceback."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from ecplanner.exchange.cli_commands import export_plan, import_plan, result_lines
from ecplanner.exchange.import_result import ImportResult
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.import_open import TeamWorkbook
from ecplanner.exchange.xlsx.import_parts import MAX_PART_BYTES
from ecplanner.store.plan_store import PlanStore
from tests.exchange.conftest import TODAY
from tests.exchange.workbook_parts import (
    number,
    part,
    replace_part,
    set_cell,
    set_value,
    sheet_part,
    typed_text,
)

EVENTS, PRODUCTS, CLEARANCE, BUDGET = "活动", "商品", "清仓", "投入产出"


@pytest.fixture(scope="module")
def book(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    store = PlanStore.open(demo_file)
    try:
        export_plan(store, xlsx=path)
    finally:
        store.close()
    return path.read_bytes()


def column(book: bytes, sheet: str, header: str) -> str:
    workbook = openpyxl.load_workbook(io.BytesIO(book), read_only=True)
    try:
        cells = next(workbook[sheet].iter_rows(max_row=1))
        return next(c.column_letter for c in cells if c.value == header)
    finally:
        workbook.close()


def budget_cell(book: bytes, key: str) -> str:
    """January's cell of the Budget row ``key``."""
    workbook = openpyxl.load_workbook(io.BytesIO(book), read_only=True)
    try:
        rows = list(workbook[BUDGET].iter_rows())
        month = next(c.column_letter for c in rows[0] if c.value == "1月")
        row = next(r[0].row for r in rows if r[0].value == key)
        return f"{month}{row}"
    finally:
        workbook.close()


def both(store: PlanStore, book: bytes, tmp_path: Path) -> ImportResult:
    """The dry run, then the import, as the command line runs them: the import's result,
    once the dry run said the same and a refused import left the plan as it was."""
    path = tmp_path / "in.xlsx"
    path.write_bytes(book)
    before = read_snapshot(store, TODAY)
    dry = import_plan(store, xlsx=path, dry_run=True)
    real = import_plan(store, xlsx=path)
    assert dry.errors == real.errors
    if not real.ok:
        assert read_snapshot(store, TODAY) == before
    assert all("\n" not in line and len(line) < 400 for line in result_lines(real))
    return real


@pytest.mark.parametrize(("sheet", "header", "raw", "code"), [
    (PRODUCTS, "首单量", "1E20", "too_large"),
    (PRODUCTS, "生产周期（天）", "1E20", "too_large"),
    (PRODUCTS, "生产周期（天）", "100000", "bad_days"),
    (CLEARANCE, "现有库存", "1E20", "too_large"),
    (EVENTS, "流量倍数", "1E300", "uplift_too_large"),
    (PRODUCTS, "吊牌价", "1E300", "amount_too_large"),
])
def test_a_number_the_plan_cannot_hold_is_refused_in_its_cell(
        demo_store: PlanStore, book: bytes, tmp_path: Path, sheet: str, header: str,
        raw: str, code: str) -> None:
    ref = f"{column(book, sheet, header)}2"
    real = both(demo_store, set_cell(book, sheet, ref, number(raw)), tmp_path)
    assert not real.ok and not real.applied
    issue = next(i for i in real.errors if f"{i.column}{i.row}" == ref)
    assert (issue.sheet, issue.code, issue.header) == (sheet, code, header)
    assert float(issue.value) == float(raw)


def test_a_budget_input_beyond_any_store_is_refused_in_its_cell(
        demo_store: PlanStore, book: bytes, tmp_path: Path) -> None:
    ref = budget_cell(book, "aov")
    real = both(demo_store, set_cell(book, BUDGET, ref, number("1E300")), tmp_path)
    issue = next(i for i in real.errors if f"{i.column}{i.row}" == ref)
    assert (issue.sheet, issue.code) == (BUDGET, "amount_too_large")


@pytest.mark.parametrize(("header", "typed", "code", "value"), [
    ("活动", "_xD800_大促", "bad_text", "\\ud800大促"),
    ("备注", "长" * 100_001, "text_too_long", "长" * 20),
    ("开始", "0001-01-13", "date_out_of_range", "0001-01-13"),
    ("结束", "9999-12-31", "date_out_of_range", "9999-12-31"),
])
def test_a_text_or_date_the_plan_cannot_hold_is_refused_in_its_cell(
        demo_store: PlanStore, book: bytes, tmp_path: Path, header: str, typed: str,
        code: str, value: str) -> None:
    ref = f"{column(book, EVENTS, header)}2"
    real = both(demo_store, typed_text(book, EVENTS, ref, typed), tmp_path)
    issue = next(i for i in real.errors if f"{i.column}{i.row}" == ref)
    assert issue.code == code and issue.value.startswith(value), issue


@pytest.mark.parametrize(("raw", "code"), [("1E300", "not_a_date"),
                                         ("-5", "date_out_of_range")])
def test_a_date_cell_holding_no_date_is_refused_in_its_cell(
        demo_store: PlanStore, book: bytes, tmp_path: Path, raw: str, code: str) -> None:
    """The cell keeps its date style: openpyxl reads the number as a date (1899 for -5),
    or as an error value with a warning the import does not pass on."""
    ref = f"{column(book, PRODUCTS, '上新日')}2"
    real = both(demo_store, set_value(book, PRODUCTS, ref, raw), tmp_path)
    issue = next(i for i in real.errors if f"{i.column}{i.row}" == ref)
    assert issue.code == code


def test_an_integer_too_long_to_read_names_its_sheet(demo_store: PlanStore, book: bytes,
                                                      tmp_path: Path) -> None:
    ref = f"{column(book, PRODUCTS, '首单量')}2"
    real = both(demo_store, set_cell(book, PRODUCTS, ref, number("9" * 5000)), tmp_path)
    [issue] = real.errors
    assert (issue.code, issue.sheet, issue.header) == (
        "unreadable_part", PRODUCTS, sheet_part(book, PRODUCTS))


_BOMB = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
         + b"".join(b'<!ENTITY %c "%s">' % (98 + n, b"&%c;" % (97 + n) * 10)
                    for n in range(8)) + b"]>")


def _truncated(body: bytes) -> bytes:
    return body[:len(body) // 2]


def _bomb(body: bytes) -> bytes:
    return _BOMB + body.split(b"?>", 1)[1].replace(b"<t", b"<t>&i;</t><t", 1)


def _bad_char(body: bytes) -> bytes:
    return body.replace(b"<v>", b"<v>&#1;", 1)


def _not_utf8(body: bytes) -> bytes:
    return body.replace(b"<sheetData>", b"<sheetData>\xff\xfe", 1)


@pytest.mark.parametrize(("where", "edit"), [
    ("xl/workbook.xml", _truncated),
    ("xl/styles.xml", _truncated),
    ("xl/sharedStrings.xml", _truncated),
    ("xl/sharedStrings.xml", _bomb),
    (EVENTS, _truncated),
    (EVENTS, _bad_char),
    (EVENTS, _bomb),
    (EVENTS, _not_utf8),
    ("_ecplanner", _truncated),
    ("xl/_rels/workbook.xml.rels", _truncated),
    ("[Content_Types].xml", _truncated),
])
def test_a_damaged_part_is_refused_in_one_line_naming_it(
        demo_store: PlanStore, book: bytes, tmp_path: Path, where: str,
        edit: object) -> None:
    name = where if "." in where else sheet_part(book, where)
    real = both(demo_store, replace_part(book, name, edit), tmp_path)  # type: ignore[arg-type]
    assert [(i.code, i.header) for i in real.errors] == [("unreadable_part", name)]
    assert real.errors[0].detail


def test_a_part_larger_than_any_workbook_is_refused_before_it_is_read(
        demo_store: PlanStore, book: bytes, tmp_path: Path) -> None:
    """A zip bomb: 600 kB that would unpack to more than ``MAX_PART_BYTES``."""
    name = sheet_part(book, EVENTS)
    body = part(book, name)
    padding = b" " * (MAX_PART_BYTES + 1 - len(body))
    bomb = body.replace(b"<sheetData>", b"<sheetData>" + padding, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            target.writestr(info.filename, bomb if info.filename == name
                            else source.read(info))
    assert len(out.getvalue()) < 2_000_000
    real = both(demo_store, out.getvalue(), tmp_path)
    assert [(i.code, i.sheet, i.header) for i in real.errors] == [
        ("part_too_large", EVENTS, name)]


def test_a_baseline_row_nested_beyond_any_plan_is_not_read(
        demo_store: PlanStore, book: bytes, tmp_path: Path) -> None:
    """The hidden sheet is JSON too; a row of 50,000 ``[`` counts as not exported."""
    name = sheet_part(book, "_ecplanner_base")
    deep = b'<c r="A2" t="inlineStr"><is><t>' + b"[" * 50_000 + b"</t></is></c>"

    def edit(body: bytes) -> bytes:
        start = body.index(b'<c r="A2"')
        return body[:start] + deep + body[body.index(b"</c>", start) + 4:]

    real = both(demo_store, replace_part(book, name, edit), tmp_path)
    assert real.ok, real.errors


def test_what_the_store_would_refuse_the_dry_run_refuses(demo_store: PlanStore, book: bytes,
                                                         tmp_path: Path) -> None:
    """An event moved to the last days the plan takes carries its tasks along, one of them
    past that window: the dry run names the task, as the write would refuse it."""
    start, end = column(book, EVENTS, "开始"), column(book, EVENTS, "结束")
    moved = typed_text(typed_text(book, EVENTS, f"{start}2", "2110-12-28"),
                       EVENTS, f"{end}2", "2110-12-31")
    real = both(demo_store, moved, tmp_path)
    assert not real.ok  # and the dry run said so (``both``)
    issue = next(i for i in real.errors if i.code == "date_out_of_range")
    assert issue.header.endswith(".due") and issue.value.startswith("2111-")


def test_a_sheet_claiming_every_row_and_column_is_read_as_it_is(
        demo_store: PlanStore, book: bytes, tmp_path: Path) -> None:
    """A sheet's ``<dimension>`` is not believed: its rows are not padded to 16,384 cells
    each (20,000 rows would take 2.6 GB)."""
    name = sheet_part(book, EVENTS)
    claim = replace_part(book, name, lambda body: re.sub(
        rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', body))
    (tmp_path / "claim.xlsx").write_bytes(claim)
    workbook = TeamWorkbook(tmp_path / "claim.xlsx")
    try:
        assert max(len(row) for row in workbook.values(EVENTS)) < 20
    finally:
        workbook.close()
    assert both(demo_store, claim, tmp_path).ok


def test_a_row_past_the_last_a_sheet_has_is_refused(demo_store: PlanStore, book: bytes,
                                                     tmp_path: Path) -> None:
    name = sheet_part(book, EVENTS)
    far = replace_part(book, name, lambda body: body.replace(
        b"</sheetData>", b'<row r="99999999999"><c r="A99999999999"><v>1</v></c></row>'
                         b"</sheetData>"))
    [issue] = both(demo_store, far, tmp_path).errors
    assert (issue.code, issue.header) == ("unreadable_part", name)


def test_a_sheet_listed_without_its_part_is_left_out_quietly(
        demo_store: PlanStore, book: bytes, tmp_path: Path) -> None:
    """openpyxl drops such a sheet with a warning the import does not pass on."""
    unlinked = replace_part(book, "xl/workbook.xml",
                            lambda body: body.replace(b' r:id="rId1"', b"", 1))
    assert both(demo_store, unlinked, tmp_path).ok


@pytest.mark.parametrize("ref", ["A99999999999", "XFE2"])
def test_a_formula_placed_beyond_the_last_row_or_column_is_refused(
        demo_store: PlanStore, book: bytes, tmp_path: Path, ref: str) -> None:
    """The formula's own reference, not its row's, says where it is: it is not followed
    to a cell no sheet has (it padded rows until memory ran out)."""
    name = sheet_part(book, EVENTS)
    far = replace_part(book, name, lambda body: body.replace(
        b"</row>", b'<c r="%s"><f>1+1</f></c></row>' % ref.encode(), 1))
    [issue] = both(demo_store, far, tmp_path).errors
    assert (issue.code, issue.header) == ("unreadable_part", name)
