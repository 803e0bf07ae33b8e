"""The exported demo workbook read as a printout: text fits its column, headers sit over
their numbers, internal ids are hidden and out of print, nothing prints below 60%.

The workbook is read back with openpyxl (formulas not evaluated: a formula cell shows its
cached value). Widths are measured here with a small table of glyph widths of our own, not
with the exporter's: a column the exporter sized wrongly must show up.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, range_boundaries

from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.budget import budget_rows
from ecplanner.exchange.xlsx.export import write_workbook

pytestmark = pytest.mark.slow  # reads the demo workbook twice with openpyxl

# Widths in Excel character units (the width of "0" in the default font, Calibri 11).
_NARROW = set("il.,:;'|!()[]{}- /\\")
_WIDE = set("mwMW@%")
_PAPER_INCHES = {9: (8.27, 11.69), 8: (11.69, 16.54)}  # A4, A3: width, height (portrait)
_PIXELS_PER_UNIT = 7.0  # Calibri 11 at 96 dpi: width w spans about 7w + 5 pixels
_MIN_SCALE = 60


def glyph_width(text: str, size: float = 11, bold: bool = False) -> float:
    width = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            width += 2.0
        elif ch in _NARROW:
            width += 0.6
        elif ch in _WIDE:
            width += 1.4
        elif ch.isupper():
            width += 1.15
        else:
            width += 1.0
    return width * size / 11 * (1.08 if bold else 1.0)


def _section(fmt: str, value: float) -> str:
    sections = fmt.split(";")
    if value < 0 and len(sections) > 1:
        return sections[1]
    if value == 0 and len(sections) > 2:
        return sections[2]
    return sections[0]


def displayed(value: object, fmt: str) -> str:
    """The text Excel shows for ``value`` under number format ``fmt`` (the formats we use)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, datetime | date | time):
        return _date_text(value, fmt)
    if isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    if fmt == "General":
        return f"{number:.10g}"
    section = _section(fmt, number)
    token = re.search(r"[#0,.]*[0#][#0,.]*%?", re.sub(r'"[^"]*"', lambda m: "_" * len(
        m.group()), section))
    if token is None:
        return "".join(re.findall(r'"([^"]*)"', section))
    body = token.group()
    places = len(body.split(".")[1].rstrip("%")) if "." in body else 0
    shown = abs(number) * (100 if "%" in body else 1)
    text = f"{shown:,.{places}f}" if "," in body else f"{shown:.{places}f}"
    text += "%" if "%" in body else ""
    sign = "-" if number < 0 and len(fmt.split(";")) == 1 else ""
    out = sign + section[:token.start()] + text + section[token.end():]
    return out.replace('"', "")


def _date_text(value: date | time, fmt: str) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if fmt in ("General", ""):
        return value.isoformat()
    hour = value.hour if isinstance(value, datetime) else 0
    minute = value.minute if isinstance(value, datetime) else 0
    out = []
    after_hour = False
    for token in re.findall(r"yyyy|hh|mm|m|dd|d|.", fmt.lower()):
        part = {"yyyy": f"{value.year:04d}", "hh": f"{hour:02d}", "dd": f"{value.day:02d}",
                "d": str(value.day), "m": str(value.month),
                "mm": f"{minute:02d}" if after_hour else f"{value.month:02d}"}.get(token, token)
        after_hour = token == "hh" or (after_hour and token == ":")
        out.append(part)
    return "".join(out)


@pytest.fixture(scope="module")
def book_path(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layout") / "demo.xlsx"
    write_workbook(demo_snapshot, path)
    return path


@pytest.fixture(scope="module")
def book(book_path: Path) -> Any:
    return openpyxl.load_workbook(book_path)  # formats and formulas as written


@pytest.fixture(scope="module")
def cached(book_path: Path) -> Any:
    return openpyxl.load_workbook(book_path, data_only=True)  # formula cells: cached values


def _visible(book: Any) -> list[Any]:
    return [ws for ws in book.worksheets if ws.sheet_state == "visible"]


def _width(ws: Any, col: int) -> float:
    dim = ws.column_dimensions.get(get_column_letter(col))
    if dim is not None and dim.width:
        return float(dim.width)
    for dims in ws.column_dimensions.values():  # a range of columns is stored once
        if dims.min and dims.max and dims.min <= col <= dims.max and dims.width:
            return float(dims.width)
    return 8.43


def _hidden(ws: Any, col: int) -> bool:
    for dims in ws.column_dimensions.values():
        if dims.min and dims.max and dims.min <= col <= dims.max:
            return bool(dims.hidden)
    return False


def _merged_spans(ws: Any) -> dict[tuple[int, int], tuple[int, int]]:
    spans = {}
    for merged in ws.merged_cells.ranges:
        lo_col, lo_row, hi_col, hi_row = merged.bounds
        spans[(lo_row, lo_col)] = (lo_col, hi_col)
        for row in range(lo_row, hi_row + 1):
            for col in range(lo_col, hi_col + 1):
                spans.setdefault((row, col), (0, 0))  # covered: measured with its anchor
    return spans


def test_every_cell_fits_its_column(book: Any, cached: Any) -> None:
    too_wide = []
    for ws in _visible(book):
        values = cached[ws.title]
        spans = _merged_spans(ws)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None or cell.alignment.textRotation \
                        or _hidden(ws, cell.column):
                    continue
                span = spans.get((cell.row, cell.column), (cell.column, cell.column))
                if span == (0, 0):
                    continue
                if cell.alignment.wrap_text and _row_height(ws, cell.row) > 15.5:
                    continue  # wrapped over rows made tall enough: checked by the next test
                text = displayed(values.cell(cell.row, cell.column).value, cell.number_format)
                need = glyph_width(text, cell.font.sz or 11, bool(cell.font.b)) + 0.5
                have = sum(_width(ws, c) for c in range(span[0], span[1] + 1))
                if text and need > have:
                    too_wide.append(f"{ws.title}!{cell.coordinate} {text!r} {need:.1f}>{have:.1f}")
    per_sheet = Counter(line.split("!")[0] for line in too_wide)
    examples = {line.split("!")[0]: line for line in reversed(too_wide)}
    assert not too_wide, f"{dict(per_sheet)}: " + "; ".join(examples.values())


def _row_height(ws: Any, row: int) -> float:
    dim = ws.row_dimensions.get(row)
    return float(dim.height) if dim is not None and dim.height else 15.0


def test_wrapped_cells_have_rows_tall_enough(book: Any) -> None:
    short = []
    for ws in _visible(book):
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                    continue
                if cell.alignment.textRotation or _row_height(ws, cell.row) <= 15.5:
                    continue
                lines = glyph_width(cell.value, cell.font.sz or 11, bool(cell.font.b)) / max(
                    _width(ws, cell.column) - 1, 1)
                if _row_height(ws, cell.row) < 15 * (int(lines) + 1) - 1:
                    short.append(f"{ws.title}!{cell.coordinate}")
    assert not short, short[:10]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | date) and not isinstance(value, bool)


def _side(cell: Any, value: object) -> str:
    """Where the text of a cell sits: left, right or center."""
    horizontal = cell.alignment.horizontal or "general"
    if horizontal == "general":
        return "right" if _is_number(value) else "left"
    return {"centerContinuous": "center", "fill": "left", "justify": "left"}.get(
        horizontal, horizontal)


def _is_header(cell: Any) -> bool:
    fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fgColor else None
    return bool(cell.font.b) and isinstance(fill, str) and fill.upper().endswith("DCE6F1")


def test_headers_sit_over_their_numbers(book: Any, cached: Any) -> None:
    wrong = []
    for ws in _visible(book):
        values = cached[ws.title]
        for row in ws.iter_rows(max_row=min(ws.max_row, 400)):
            for head in row:
                if head.value is None or not _is_header(head) or head.alignment.textRotation:
                    continue
                below = ws.cell(head.row + 1, head.column)
                value = values.cell(below.row, below.column).value
                if not _is_number(value):
                    continue
                if _side(head, head.value) != _side(below, value):
                    wrong.append(f"{ws.title}!{head.coordinate} {head.value!r}")
    assert not wrong, wrong


def _id_columns(ws: Any) -> list[int]:
    """Columns holding uuids or row keys."""
    uuid = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-")
    found = set()
    for row in ws.iter_rows(max_row=min(ws.max_row, 60)):
        for cell in row:
            if isinstance(cell.value, str) and uuid.match(cell.value):
                found.add(cell.column)
    return sorted(found)


def _print_columns(ws: Any) -> tuple[int, int]:
    area = ws.print_area
    if not area:
        return 1, ws.max_column
    first = area[0] if isinstance(area, list) else area
    lo_col, _, hi_col, _ = range_boundaries(first.split("!")[-1].replace("$", ""))
    return lo_col, hi_col


def test_id_columns_are_hidden_and_not_printed(book: Any) -> None:
    """Ids stay in the sheet (re-import reads them), hidden: a hidden column is not printed,
    and the print area ends at the sheet's content."""
    printed = []
    for ws in _visible(book):
        lo, hi = _print_columns(ws)
        if _id_columns(ws) and not ws.print_area:
            printed.append(f"{ws.title}: no print area")
        for col in _id_columns(ws):
            if lo <= col <= hi and not _hidden(ws, col):
                printed.append(f"{ws.title}!{get_column_letter(col)}")
    assert _id_columns(book.worksheets[2]), "the Events sheet keeps its ids (re-import)"
    assert not printed, printed


def _printable_inches(ws: Any) -> float:
    setup = ws.page_setup
    paper = _PAPER_INCHES[int(setup.paperSize or 9)]
    across = paper[1] if setup.orientation == "landscape" else paper[0]
    margins = ws.page_margins
    return across - float(margins.left) - float(margins.right)


def test_no_page_prints_below_sixty_percent(book: Any) -> None:
    small = []
    for ws in _visible(book):
        setup = ws.page_setup
        lo, hi = _print_columns(ws)
        if ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage:
            wide = int(setup.fitToWidth if setup.fitToWidth is not None else 1)
            if wide == 0:
                continue  # no width limit: printed at 100%
            pixels = sum(_width(ws, c) * _PIXELS_PER_UNIT + 5 for c in range(lo, hi + 1)
                         if not _hidden(ws, c))
            scale = 100 * min(1.0, wide * _printable_inches(ws) * 96 / pixels)
        else:
            scale = int(setup.scale or 100)
        if scale < _MIN_SCALE:
            small.append(f"{ws.title}: {scale:.0f}%")
    assert not small, small


def test_headers_repeat_on_every_printed_page(book: Any) -> None:
    missing = [ws.title for ws in _visible(book)  # every sheet whose header row is frozen
               if ws.freeze_panes and not ws.print_title_rows]
    assert not missing, missing


def test_displayed_renders_the_formats_we_use() -> None:
    assert displayed(1234.6, "#,##0") == "1,235"
    assert displayed(0.125, "0.0%") == "12.5%"
    assert displayed(3.2, '0.00"×"') == "3.20×"
    assert displayed(-5, '"¥"#,##0;-"¥"#,##0') == "-¥5"
    assert displayed(datetime(2027, 10, 20, 20, 0), "yyyy-mm-dd hh:mm") == "2027-10-20 20:00"
    assert displayed(datetime(2027, 3, 8), "m-d") == "3-8"
    assert displayed(1, '"✓";"✗";"✗"') == "✓"
    assert glyph_width("投产比") == 6.0


def test_glyph_width_counts_cjk_double() -> None:
    assert glyph_width("活动") == 2 * glyph_width("00")


def test_calendar_bars_name_their_phases(book: Any, demo_snapshot: PlanSnapshot) -> None:
    """天猫双11's bar reads 预售（定金）, 尾款, 第一波… as the app's calendar does."""
    event = next(e for e in demo_snapshot.events if e.title == "天猫双11")
    calendar = book["年历"]
    labels = [str(c.value) for row in calendar.iter_rows() for c in row
              if isinstance(c.value, str) and c.fill.fgColor.rgb.endswith(event.color[1:])]
    assert labels and labels[0].startswith("天猫双11")
    for phase in event.phases:
        assert any(label.endswith(phase.name) for label in labels), (phase.name, labels)


def test_budget_charts_plot_target_gmv_spend_and_roi(book_path: Path) -> None:
    with zipfile.ZipFile(book_path) as parts:
        charts = [parts.read(name).decode() for name in parts.namelist()
                  if name.startswith("xl/charts/chart")]
    budget = "投入产出!"
    assert len(charts) == 2
    gmv, spend = sorted(charts, key=lambda xml: "lineChart" in xml)
    rows = {key: n + 1 for key, n in budget_rows().items()}  # Excel's 1-based rows
    for key in ("target", "gmv"):
        assert f"{budget}$C${rows[key]}:$N${rows[key]}" in gmv, key
    for key in ("spend_total", "roi"):
        assert f"{budget}$C${rows[key]}:$N${rows[key]}" in spend, key
    assert "barChart" in spend and "lineChart" in spend  # spend in bars, ROI a line
