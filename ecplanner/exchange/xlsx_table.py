"""A data sheet as a table: a header row, typed columns, filters, frozen header, widths.

``Table`` writes rows of plain values (str, int, float, date, datetime, None) with each
column's format; text always goes through the text codec (``xlsx_text``). Widths follow
the longest text written in a column (CJK counted double). A row may use another
``Layout`` (the Events sheet writes phase rows with date-times).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ecplanner.exchange.xlsx_style import (
    Styles,
    excel_date,
    fit_widths,
    print_setup,
    text_width,
)

_KIND_WIDTH = {"date": 10, "datetime": 16, "money": 12, "price": 10, "count": 8,
               "decimal": 8, "percent": 7, "ratio": 7, "flag": 4, "week": 5}


@dataclass(frozen=True)
class Col:
    """A column: its header key, number kind (``Styles.cell``) and fill (None: plain)."""

    key: str
    kind: str = "text"
    fill: str | None = None
    width: float | None = None


class Layout:
    """The formats of one kind of row, resolved once."""

    def __init__(self, styles: Styles, cols: Sequence[Col], **extra: object) -> None:
        self.cols = tuple(cols)
        self.formats = tuple(styles.cell(c.kind, c.fill, **extra) for c in cols)
        self.quoted = tuple(styles.quoted(f) for f in self.formats)
        self.filled = tuple(c.fill is not None for c in cols)


class Table:
    """Writes one table from row ``top`` (the header) down, in columns ``0..len(cols)-1``."""

    def __init__(self, sheet: Any, styles: Styles, cols: Sequence[Col], top: int = 0) -> None:
        self.sheet = sheet
        self.styles = styles
        self.layout = Layout(styles, cols)
        self.top = top
        self.next_row = top + 1
        self.widths = [float(c.width or _KIND_WIDTH.get(c.kind, 4)) for c in cols]
        self._fixed = [c.width is not None for c in cols]

    def header(self, texts: Sequence[str]) -> None:
        for col, text in enumerate(texts):
            self.sheet.write_string(self.top, col, text, self.styles.header)
            if not self._fixed[col]:
                self.widths[col] = max(self.widths[col], min(text_width(text), 24))

    def row(self, values: Sequence[object], layout: Layout | None = None) -> int:
        """Write one row; returns its 0-based row number."""
        lay = layout or self.layout
        r = self.next_row
        self.next_row += 1
        sheet = self.sheet
        widths = self.widths
        write_text = self.styles.texts.write
        for c, value in enumerate(values):
            if value is None or value == "":
                if lay.filled[c]:
                    sheet.write_blank(r, c, None, lay.formats[c])
                continue
            kind = type(value)
            if kind is str:
                text: str = value  # type: ignore[assignment]
                write_text(sheet, r, c, text, lay.formats[c], lay.quoted[c])
                if len(text) * 2 > widths[c] and not self._fixed[c]:
                    widths[c] = max(widths[c], text_width(text))
            elif kind is float or kind is int:
                sheet.write_number(r, c, value, lay.formats[c])
            elif isinstance(value, date | datetime):
                sheet.write_number(r, c, excel_date(value), lay.formats[c])
            else:
                raise TypeError(f"cannot write {kind.__name__} to a cell")
        return r

    def finish(self, *, freeze_cols: int = 0, hi: float = 48, print_paper: int = 9) -> None:
        """Filters over the table, header frozen, widths set, print set-up."""
        last_col = len(self.widths) - 1
        self.sheet.autofilter(self.top, 0, max(self.next_row - 1, self.top), last_col)
        self.sheet.freeze_panes(self.top + 1, freeze_cols)
        fit_widths(self.sheet, self.widths, hi=hi)
        print_setup(self.sheet, header_rows=self.top + 1, paper=print_paper)
