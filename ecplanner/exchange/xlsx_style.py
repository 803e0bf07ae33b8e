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
from ecplanner.exchange.xlsx_text import CellText
from ecplanner.exchange.xlsx_words import Words

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


def excel_date(day: date) -> float:
    """Excel's serial number of a date or datetime (1900 date system)."""
    serial = float(day.toordinal() - _EXCEL_EPOCH)
    if isinstance(day, datetime):
        serial += (day.hour * 3600 + day.minute * 60 + day.second) / 86400
    return serial


def text_width(text: str) -> int:
    """Display width in Excel character units: CJK and full-width characters count 2."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


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
        self.header = self.get(bold=True, bg_color=HEADER_FILL, bottom=1, text_wrap=True,
                               valign="top")
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

    def quoted(self, fmt: Any) -> Any:
        """``fmt`` with Excel's quote prefix (the cell stays text when edited)."""
        return self.get(**self._props.get(id(fmt), {}), quote_prefix=True)


def safe_text(sheet: Any, row: int, col: int, text: str, fmt: Any, styles: Styles) -> None:
    """Write ``text`` as text, never as a formula, through the codec (``xlsx_text``)."""
    styles.texts.write(sheet, row, col, text, fmt, styles.quoted(fmt))


def print_setup(sheet: Any, *, header_rows: int = 1, paper: int = 9) -> None:
    """Landscape, one page wide, header rows repeated on every page (paper 9 = A4)."""
    sheet.set_landscape()
    sheet.set_paper(paper)
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    if header_rows:
        sheet.repeat_rows(0, header_rows - 1)


def fit_widths(sheet: Any, widths: list[float], lo: float = 4, hi: float = 60) -> None:
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(max(width + 2, lo), hi))
