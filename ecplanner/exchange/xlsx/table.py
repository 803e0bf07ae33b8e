"""A data sheet as a table: a header row, typed columns, filters, frozen header, widths.

``Table`` writes rows of plain values (str, int, float, date, datetime, None) with each
column's format; text always goes through the text codec (``xlsx_text``). Widths follow
the longest text written in a column (CJK counted double). A row may use another
``Layout`` (the Events sheet writes phase rows with date-times).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ecplanner.exchange.xlsx.style import (
    Styles,
    cell_width,
    excel_date,
    fit_widths,
    print_setup,
)

_MIN_WIDTH = 5.0
_HEADER_WIDTH = 16.0  # a longer header wraps (over as many lines as it needs)
_LINE_HEIGHT = 15.0


@dataclass(frozen=True)
class Col:
    """A column: its header key, number kind (``Styles.cell``) and fill (None: plain);
    ``width`` caps the column (longer text wraps); ``hidden`` for internal ids the
    re-import reads (not shown, not printed)."""

    key: str
    kind: str = "text"
    fill: str | None = None
    width: float | None = None
    hidden: bool = False


def _indent(indented: bool) -> dict[str, object]:
    return {"indent": 1} if indented else {}


class Layout:
    """The formats of one kind of row, resolved once."""

    def __init__(self, styles: Styles, cols: Sequence[Col], **extra: object) -> None:
        self.cols = tuple(cols)
        # text right of a (right-aligned) number is indented, not to run into it
        self.indent = tuple(c.kind == "text" and n > 0 and cols[n - 1].kind != "text"
                            for n, c in enumerate(cols))
        self.formats = tuple(styles.cell(c.kind, c.fill, **extra, **_indent(i))
                             for c, i in zip(cols, self.indent, strict=True))
        self.quoted = tuple(styles.quoted(f) for f in self.formats)
        self.filled = tuple(c.fill is not None for c in cols)
        wrapped = tuple(styles.cell(c.kind, c.fill, text_wrap=True, valign="top", **extra,
                                    **_indent(i)) for c, i in zip(cols, self.indent, strict=True))
        self.wrapped = tuple(zip(wrapped, (styles.quoted(f) for f in wrapped), strict=True))


class Table:
    """Writes one table from row ``top`` (the header) down, in columns ``0..len(cols)-1``.
    Each column is as wide as its widest shown value (numbers as their format shows them);
    text wider than a capped column wraps, and its row grows to hold it."""

    def __init__(self, sheet: Any, styles: Styles, cols: Sequence[Col], top: int = 0,
                 cap: float = 48) -> None:
        self.sheet = sheet
        self.styles = styles
        self.cols = tuple(cols)
        self.layout = Layout(styles, cols)
        self.top = top
        self.next_row = top + 1
        self.widths = [_MIN_WIDTH] * len(cols)
        # The largest size of number measured per (column, kind, negative): a number shows
        # no wider than one larger in size of the same kind and sign, so most numbers are
        # written without being formatted as text to be measured (20,000 products: ~10^6).
        self._measured: dict[tuple[int, str, bool], float] = {}
        self.caps = [c.width or cap for c in cols]
        self._heads: list[str] = []

    def header(self, texts: Sequence[str]) -> None:
        self._heads = list(texts)
        for col, text in enumerate(texts):
            if self.cols[col].kind != "text":
                fmt = self.styles.number_header
            else:
                fmt = self.styles.indented_header if self.layout.indent[col] \
                    else self.styles.header
            self.sheet.write_string(self.top, col, text, fmt)

    def row(self, values: Sequence[object], layout: Layout | None = None) -> int:
        """Write one row; returns its 0-based row number."""
        lay = layout or self.layout
        r = self.next_row
        self.next_row += 1
        sheet = self.sheet
        widths = self.widths
        write_text = self.styles.texts.write
        lines = 1
        for c, value in enumerate(values):
            if value is None or value == "":
                if lay.filled[c]:
                    sheet.write_blank(r, c, None, lay.formats[c])
                continue
            kind = type(value)
            if kind is str:
                text: str = value  # type: ignore[assignment]
                width = cell_width(text) + 1.5 * lay.indent[c] \
                    if len(text) * 2.3 + 3 > widths[c] else 0.0
                if width > self.caps[c]:
                    lines = max(lines, math.ceil((width - 1.5) / (self.caps[c] - 2)))
                    write_text(sheet, r, c, text, *lay.wrapped[c])
                    width = self.caps[c]
                else:
                    write_text(sheet, r, c, text, lay.formats[c], lay.quoted[c])
                widths[c] = max(widths[c], width)
            elif kind is float or kind is int:
                sheet.write_number(r, c, value, lay.formats[c])
                self._measure(c, lay.cols[c].kind, value)  # type: ignore[arg-type]
            elif isinstance(value, date | datetime):
                sheet.write_number(r, c, excel_date(value), lay.formats[c])
                self._measure(c, lay.cols[c].kind, 0)  # a date's width is its format's
            else:
                raise TypeError(f"cannot write {kind.__name__} to a cell")
        if lines > 1:
            sheet.set_row(r, _LINE_HEIGHT * lines)
        return r

    def _measure(self, c: int, kind: str, value: float) -> None:
        """Widen column ``c`` to show ``value`` as ``kind``, if it may be wider."""
        key = (c, kind, value < 0)
        size = abs(value)
        if size > self._measured.get(key, -1.0):
            self._measured[key] = size
            self.widths[c] = max(self.widths[c], cell_width(self.styles.shown(kind, value)))

    def finish(self, *, freeze_cols: int = 0, breaks: tuple[int, ...] = (),
               extra: Sequence[float] = ()) -> list[float]:
        """Filters over the table, header frozen, widths set, hidden columns hidden, print
        set-up (``extra``: the widths of columns drawn right of the table, ``breaks``
        where their pages may start). Returns the table's column widths."""
        last_col = len(self.widths) - 1
        self.sheet.autofilter(self.top, 0, max(self.next_row - 1, self.top), last_col)
        self.sheet.freeze_panes(self.top + 1, freeze_cols)
        head_lines = 1
        for col, text in enumerate(self._heads):
            need = cell_width(text) + 1.5 + 1.5 * self.layout.indent[col]  # bold, filter button
            fit = min(max(self.widths[col], need), max(_HEADER_WIDTH, self.widths[col]))
            self.widths[col] = fit
            if not self.cols[col].hidden:
                head_lines = max(head_lines, math.ceil(need / (fit - 1.5)))
        widths = fit_widths(self.sheet, self.widths, lo=_MIN_WIDTH, hi=max(self.caps))
        if head_lines > 1:
            self.sheet.set_row(self.top, _LINE_HEIGHT * head_lines)
        for col, spec in enumerate(self.cols):
            if spec.hidden:
                self.sheet.set_column(col, col, widths[col], None, {"hidden": True})
        printed = [0.0 if c.hidden else w for c, w in zip(self.cols, widths, strict=True)]
        print_setup(self.sheet, [*printed, *extra], self.next_row, header_rows=self.top + 1,
                    repeat_cols=freeze_cols, breaks=(len(self.cols), *breaks))
        return widths
