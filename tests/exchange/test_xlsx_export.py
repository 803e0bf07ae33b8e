"""The team workbook as written: sheets, live budget formulas, safe text, layout."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from ecplanner.domain.budget.sheet import ROW_SPECS, RowKind
from ecplanner.domain.model import Event, EventKind
from ecplanner.exchange.plan_snapshot import PlanSnapshot, compute_results
from ecplanner.exchange.progress import ExportCancelled
from ecplanner.exchange.xlsx.baseline import BASE_SHEET
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.budget_formulas import MONTH_FORMULAS, TOTAL_COL
from ecplanner.exchange.xlsx.export import META_SHEET, write_workbook
from ecplanner.exchange.xlsx.style import safe_text, text_width
from ecplanner.exchange.xlsx.text import CellText
from ecplanner.exchange.xlsx.words import SHEETS, Words

INJECTION = '=HYPERLINK("http://x","y")'


@pytest.fixture(scope="module")
def workbook_path(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    evil = Event(INJECTION, EventKind.STORE_PROMO, date(2027, 5, 1), date(2027, 5, 2),
                 notes="@SUM(1)", owner="-2+3")
    snapshot = replace(demo_snapshot, events=(*demo_snapshot.events, evil))
    path = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    write_workbook(snapshot, path)
    return path


@pytest.fixture(scope="module")
def formulas(workbook_path: Path) -> Any:
    return openpyxl.load_workbook(workbook_path)


@pytest.fixture(scope="module")
def cached(workbook_path: Path) -> Any:
    return openpyxl.load_workbook(workbook_path, data_only=True)


def test_every_sheet_is_there_in_the_plans_language(formulas: Any) -> None:
    words = Words("zh")
    assert formulas.sheetnames == [*(words.sheet(k) for k in SHEETS), META_SHEET, BASE_SHEET]
    assert formulas[META_SHEET].sheet_state == "veryHidden"
    assert formulas[BASE_SHEET].sheet_state == "veryHidden"
    meta = {row[0]: row[1] for row in formulas[META_SHEET].iter_rows(values_only=True)}
    assert meta["format"] == "ecplanner-workbook" and meta["schema"] == "1"
    assert meta["baseline"] == BASE_SHEET
    assert formulas["活动"]["A1"].value == "活动" and formulas["商品"]["A1"].value == "款号"


FROM_CALENDAR = {"uplift", "held_share"}  # values the calendar gives the sheet


def test_budget_formulas_are_live_and_cache_the_apps_figures(
        formulas: Any, cached: Any, demo_snapshot: PlanSnapshot) -> None:
    sheet = compute_results(demo_snapshot).sheet
    rows = budget_rows()
    live, values = formulas["投入产出"], cached["投入产出"]
    checked = 0
    for row in sheet.rows:
        r = rows[row.key] + 1
        assert live.cell(r, 1).value == row.key
        for m, expected in enumerate((*row.months, row.total)):
            cell = live.cell(r, 3 + m)
            month_formula = row.kind is RowKind.COMPUTED and row.key not in FROM_CALENDAR
            total_formula = m == 12 and row.key not in ("annual_target", "cpc", "held_share")
            if month_formula or total_formula:
                assert isinstance(cell.value, str) and cell.value.startswith("="), (row.key, m)
                checked += 1
            got = values.cell(r, 3 + m).value
            if expected is None:
                assert got in (None, ""), (row.key, m)
            else:
                assert got == pytest.approx(expected, rel=1e-14), (row.key, m)
    assert checked >= 21 * 13
    gmv = rows["gmv"] + 1
    assert live.cell(gmv, 3).value == f"=C{rows['buyers'] + 1}*C{rows['aov'] + 1}"
    assert live.cell(gmv, TOTAL_COL + 1).value == f"=SUM(C{gmv}:N{gmv})"


def test_every_computed_row_has_a_formula() -> None:
    computed = {s.key for s in ROW_SPECS if s.kind is RowKind.COMPUTED} - FROM_CALENDAR
    assert computed == set(MONTH_FORMULAS)


def test_inputs_are_marked_and_legend_explains(formulas: Any) -> None:
    live = formulas["投入产出"]
    uv = live.cell(budget_rows()["uv"] + 1, 3)
    gmv = live.cell(budget_rows()["gmv"] + 1, 3)
    assert uv.fill.fgColor.rgb.endswith("FFF2CC")
    assert not gmv.fill.fgColor.rgb.endswith("FFF2CC")
    texts = [c.value for c in live["B"] if c.value]
    assert "输入项：可修改，重新导入时读取" in texts


def test_text_that_looks_like_a_formula_is_stored_as_text(formulas: Any) -> None:
    events = formulas["活动"]
    found = [row for row in events.iter_rows() if row[0].value == INJECTION]
    assert found, "the event row is missing"
    cell = found[0][0]
    assert cell.data_type == "s" and cell.quotePrefix
    owner, notes = found[0][9], found[0][10]
    assert (owner.value, owner.data_type) == ("-2+3", "s")
    assert (notes.value, notes.data_type) == ("@SUM(1)", "s")


def test_data_sheets_have_frozen_headers_filters_and_print_setup(formulas: Any) -> None:
    for name in ("活动", "商品", "清仓", "分工"):
        sheet = formulas[name]
        assert sheet.freeze_panes is not None and sheet.freeze_panes[-1] == "2", name
        assert sheet.auto_filter.ref, name
        assert sheet.page_setup.orientation == "landscape", name
        fitted = sheet.sheet_properties.pageSetUpPr.fitToPage  # else at a scale, in pages
        assert fitted or (sheet.page_setup.scale >= 60 and len(sheet.col_breaks.brk)), name
        assert sheet.print_title_rows == "$1:$1", name
    events = formulas["活动"]
    assert events.cell(2, 5).number_format == "yyyy-mm-dd"
    assert formulas["清仓"].cell(2, 7).number_format == "0.0%"
    assert formulas["商品"].cell(2, 8).number_format.startswith('"¥"')


def test_calendar_fills_event_days_and_shades_holidays(formulas: Any,
                                                      demo_snapshot: PlanSnapshot) -> None:
    sheet = formulas["年历"]
    anniversary = next(e for e in demo_snapshot.events if e.title == "店庆")
    merged = [str(r) for r in sheet.merged_cells.ranges]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "店庆"]
    assert len(cells) == 1
    cell = cells[0]
    assert cell.fill.fgColor.rgb.endswith(anniversary.color[1:])
    assert f"{cell.coordinate}:{cell.offset(0, 4).coordinate}" in merged  # April 8–12
    first_may = [c for row in sheet.iter_rows() for c in row if c.comment and
                 "劳动节" in c.comment.text]
    assert first_may, "May Day is not named"
    assert sheet.page_setup.orientation == "landscape"


def test_column_widths_count_chinese_double() -> None:
    assert text_width("abc") == 3
    assert text_width("法式碎花连衣裙") == 14
    assert text_width("ＡB") == 3


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int, str, object]] = []

    def write_string(self, row: int, col: int, text: str, fmt: object) -> None:
        self.calls.append((row, col, text, fmt))


class _Styles:
    texts = CellText("[{n}]")

    def quoted(self, fmt: object) -> str:
        return f"quoted({fmt})"


def test_safe_text_quotes_every_risky_start() -> None:
    sheet = _Recorder()
    for text in ("=1+1", "+1", "-1", "@A1", "\tx", "\rx", "plain", "1=1"):
        safe_text(sheet, 0, 0, text, "fmt", _Styles())  # type: ignore[arg-type]
    formats = [fmt for *_, fmt in sheet.calls]
    assert formats == ["quoted(fmt)"] * 6 + ["fmt", "fmt"]


def test_english_and_japanese_plans_get_their_own_words(
        demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    for locale, sheet, header in (("ja_JP", "イベント", "イベント"), ("en_US", "Events", "Event")):
        info = replace(demo_snapshot.info, locale=locale, currency="JPY")
        small = replace(demo_snapshot, info=info, events=demo_snapshot.events[:5],
                        tasks=(), products=demo_snapshot.products[:3], stock_plans=())
        path = tmp_path / f"{locale}.xlsx"
        write_workbook(small, path)
        book = openpyxl.load_workbook(path, read_only=True)
        assert book[sheet]["A1"].value == header
        book.close()


def test_cancelled_export_leaves_no_file(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"

    def cancel(done: int, total: int, stage: str) -> None:
        if stage == "products":
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        write_workbook(demo_snapshot, target, cancel)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_is_an_os_error(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_workbook(demo_snapshot, tmp_path / "missing" / "plan.xlsx")
