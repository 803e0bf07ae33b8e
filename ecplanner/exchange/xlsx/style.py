"""Formats, column widths, print set-up and the way text reaches a cell.

Text reaches a cell only through the workbook's text codec (``xlsx_text.CellText``, as
``Styles.texts``): ``safe_text`` for a single cell, ``Table`` for rows. Dates are written as
Excel serial numbers with a date format, which is what ``write_datetime`` does, without
its per-cell conversion cost.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from typing import Any

from ecplanner.domain.currency import symbol_of
from ecplanner.exchange.xlsx.text import CellText
from ecplanner.exchange.xlsx.words import Words

_EXCEL_EPOCH = date(1899, 12, 30).toordinal()

HEADER_FILL = "#DCE6F1"
INPUT_FILL = "#FFF2CC"  # inputs the team may edit; re-import reads them
COMPUTED_FILL = "#F2F2F2"  # computed or read-only values
CALENDAR_FILL = "#E2EFDA"  # values that come from the calendar
WEEKEND_FILL = "#EDEDED"
HOLIDAY_FILL = "#F8CBAD"
MAKEUP_FILL = "#DDEBF7"
SHUTDOWN_FILL = "#FCE4D6"

_NO_DECIMALS = frozenset({"JPY", "KRW", "TWD"})

NUMBER_FORMATS = {
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "count": "#,##0",
    "decimal": "#,##0.00",
    "percent": "0.0%",
    "ratio": '0.00"×"',
    "flag": '"✓";"✗";"✗"',
    "week": "m-d",
}
_FIXED_SHOWN = {"date": "2000-00-00", "datetime": "2000-00-00 00:00", "week": "00-00",
                "flag": "✓"}


def excel_date(day: date) -> float:
    """Excel's serial number of a date or datetime (1900 date system)."""
    serial = float(day.toordinal() - _EXCEL_EPOCH)
    if isinstance(day, datetime):
        serial += (day.hour * 3600 + day.minute * 60 + day.second) / 86400
    return serial


class _CharWidths(dict[str, int]):
    """A character's display width, looked up once per character (a workbook of 20,000
    products measures ~10^6 texts, most of them Chinese or Japanese)."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_CHAR_WIDTHS = _CharWidths()


def text_width(text: str) -> int:
    """Display width in Excel character units: CJK and full-width characters count 2."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def money_format(currency: str, decimals: bool) -> str:
    symbol = symbol_of(currency)
    places = ".00" if decimals and currency.upper() not in _NO_DECIMALS else ""
    if symbol is None:
        return f'#,##0{places} "{currency}"'
    return f'"{symbol}"#,##0{places};-"{symbol}"#,##0{places}'


class Styles:
    """Cached XlsxWriter formats. ``cell(kind, fill)`` is the format of a data cell:
    kind is a ``NUMBER_FORMATS`` key, ``money``, ``price`` (money with cents) or ``text``.
    Formats cost: each formatted cell carries its style in the file (about a third more
    time per cell), so cells that look right without one get none. ``texts`` is the text
    codec in the workbook's language."""

    def __init__(self, workbook: Any, currency: str, words: Words) -> None:
        self._workbook = workbook
        self.texts = CellText(words.legend("shortened"))
        self._cache: dict[tuple[tuple[str, object], ...], Any] = {}
        self._props: dict[int, dict[str, object]] = {}
        self._numbers = dict(NUMBER_FORMATS, money=money_format(currency, False),
                             price=money_format(currency, True))
        self._symbol = symbol_of(currency) or f" {currency}"
        self._cents = currency.upper() not in _NO_DECIMALS
        self.header = self.get(bold=True, bg_color=HEADER_FILL, bottom=1, text_wrap=True,
                               valign="top")
        # over a column of numbers: on the same side as them
        self.number_header = self.get(bold=True, bg_color=HEADER_FILL, bottom=1,
                                      text_wrap=True, valign="top", align="right")
        self.indented_header = self.get(bold=True, bg_color=HEADER_FILL, bottom=1,
                                        text_wrap=True, valign="top", indent=1)
        self.title = self.get(bold=True, font_size=14)
        self.bold = self.get(bold=True)

    def get(self, **props: object) -> Any:
        key = tuple(sorted(props.items()))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._workbook.add_format(dict(props))
            self._props[id(found)] = dict(props)
        return found

    def cell(self, kind: str, fill: str | None = None, **extra: object) -> Any:
        """None for plain text: a cell without a format is cheaper to write and read."""
        props: dict[str, object] = dict(extra)
        if kind != "text":
            props["num_format"] = self._numbers[kind]
        if fill:
            props["bg_color"] = fill
        return self.get(**props) if props else None

    def shown(self, kind: str, value: float) -> str:
        """About the text a number of ``kind`` shows: what its column must be wide for."""
        if kind in _FIXED_SHOWN:
            return _FIXED_SHOWN[kind]
        if kind == "percent":
            return f"{value * 100:.1f}%"
        if kind == "ratio":
            return f"{value:.2f}×"
        places = 2 if kind == "decimal" or (kind == "price" and self._cents) else 0
        text = f"{value:,.{places}f}"
        return self._symbol + text if kind in ("money", "price") else text

    def quoted(self, fmt: Any) -> Any:
        """``fmt`` with Excel's quote prefix (the cell stays text when edited)."""
        return self.get(**self._props.get(id(fmt), {}), quote_prefix=True)


def safe_text(sheet: Any, row: int, col: int, text: str, fmt: Any, styles: Styles) -> None:
    """Write ``text`` as text, never as a formula, through the codec (``xlsx_text``)."""
    styles.texts.write(sheet, row, col, text, fmt, styles.quoted(fmt))


A4, A3 = 9, 8
_PRINTABLE_PX = {A4: (11.69 - 0.8) * 96, A3: (16.54 - 0.8) * 96}  # landscape, less margins
MIN_SCALE = 70  # a fixed scale when a sheet does not fit across at 60% or more
_FIT_FLOOR = 0.6
# Column breaks leave room: Excel adds padding to each width, and a reader without the
# workbook's font (LibreOffice without Carlito) measures wider; a page it finds too narrow
# would get a break of its own, leaving a page of a few columns.
_SLACK = 0.72


def column_pixels(width: float) -> float:
    """The printed width, at 100%, of a column ``width`` characters wide (Calibri 11)."""
    return width * 7 + 5


def cell_width(text: str, size: float = 11) -> float:
    """The column width that shows ``text`` whole: its display width with room for the
    font's wider glyphs (capitals, bold) and the cell's padding."""
    return text_width(text) * 1.12 * size / 11 + 1.5


def print_setup(sheet: Any, widths: list[float], rows: int, *, header_rows: int = 1,
                repeat_cols: int = 0, breaks: tuple[int, ...] = (),
                paper: int | None = None, centre: str = "") -> None:
    """Landscape, headers repeated on every page. ``widths`` are the printed columns'
    widths (0 for a hidden column), ``rows`` the rows used. A sheet that fits across A4
    (or A3) at 60% or more is fitted to one page wide; a wider one prints at ``MIN_SCALE``
    with column breaks at ``breaks`` (month or quarter starts; any column when none fits)
    and its ``repeat_cols`` first columns repeated on each page. The page header names the
    sheet (``centre``: more header text, in Excel's header codes)."""
    sheet.set_landscape()
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    sheet.set_header(f"&L&A{centre}")  # the sheet's name on every page
    sheet.set_footer("&R&P / &N")
    if header_rows:
        sheet.repeat_rows(0, header_rows - 1)
    sheet.print_area(0, 0, max(rows - 1, 0), max(len(widths) - 1, 0))
    total = sum(column_pixels(w) for w in widths if w)
    for size in ((paper,) if paper else (A4, A3)):
        if total * _FIT_FLOOR <= _PRINTABLE_PX[size]:
            sheet.set_paper(size)
            sheet.fit_to_pages(1, 0)
            return
    size = paper or A4
    sheet.set_paper(size)
    sheet.set_print_scale(MIN_SCALE)
    if repeat_cols:
        sheet.repeat_columns(0, repeat_cols - 1)
    sheet.set_v_pagebreaks(_column_breaks(widths, repeat_cols, breaks,
                                          _PRINTABLE_PX[size] * 100 / MIN_SCALE * _SLACK))


def quarter_breaks(mondays: list[date], first_col: int) -> tuple[int, ...]:
    """The columns of the weeks (headed by ``mondays``) in which a quarter begins."""
    return tuple(first_col + n for n in range(1, len(mondays))
                 if (mondays[n].month - 1) // 3 != (mondays[n - 1].month - 1) // 3)


def _column_breaks(widths: list[float], repeat_cols: int, breaks: tuple[int, ...],
                   room: float) -> list[int]:
    """Page breaks (the first column of each new page) filling each page up to ``room``
    pixels, at a preferred column where one fits in the page."""
    preferred = set(breaks)
    fixed = sum(column_pixels(w) for w in widths[:repeat_cols] if w)
    out: list[int] = []
    start = repeat_cols
    while start < len(widths):
        used = fixed
        end = start
        best = None
        while end < len(widths) and used + (column_pixels(widths[end]) if widths[end] else 0) \
                <= room:
            used += column_pixels(widths[end]) if widths[end] else 0
            end += 1
            if end in preferred:
                best = end
        if end >= len(widths):
            break
        cut = best if best is not None and best > start else max(end, start + 1)
        out.append(cut)
        start = cut
    return out


def fit_widths(sheet: Any, widths: list[float], lo: float = 4, hi: float = 60) -> list[float]:
    """Set the columns' widths (``widths`` already include padding); returns them."""
    set_to = [min(max(width, lo), hi) for width in widths]
    for col, width in enumerate(set_to):
        sheet.set_column(col, col, width)
    return set_to
