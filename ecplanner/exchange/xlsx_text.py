"""The one codec of text in workbook cells, both ways: every text the app holds is written
so that reading the cell gives it back exactly, and the import reads text cells only
through it.

Writing (``CellText.write``): a text is always a string cell, never a formula, with Excel's
quote prefix when it starts like one (``= + - @``, tab, CR), so that editing the cell in
Excel cannot turn it into one either (OWASP, "CSV injection"). XlsxWriter escapes what XML
cannot hold as OOXML's ``_xHHHH_`` (control characters, CR, U+FFFE/FFFF) and a literal
``_xHHHH_`` as ``_x005F_xHHHH_``, as Excel does. A text longer than a cell holds (32,767
UTF-16 units) is shown shortened: its beginning, then a marker line saying how many
characters are left out (``CellText.shown``). The hidden baseline sheet keeps it whole.

Reading: ``unescape`` undoes OOXML's escaping exactly; it is applied to the workbook's
shared strings as they are loaded (``xlsx_open``), since openpyxl leaves ``_x000D_`` as it
is and drops every ``x005F_``. ``text_of`` is a text cell's value as it is, surrounding
spaces and line breaks included. ``CellText.whole`` gives back what a shortened cell
stands for. The rule for a shortened cell the team edited: the edit of the shown part is
taken and the rest the plan kept is put back after it, as long as the marker line is
still there, unchanged, at the end; without it the import refuses the cell (the text is
then edited in the app), so a deleted marker never cuts a text short.

Text the store cannot hold (lone surrogates) never reaches a cell.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

CELL_LIMIT = 32_767  # Excel's limit for a cell, in UTF-16 code units
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(raw: str) -> str:
    """OOXML's escaped string (``ST_Xstring``) as the text it stands for: ``_x000D_`` is
    CR and ``_x005F_`` the underscore, so ``_x005F_x000D_`` is the text ``_x000D_``."""
    if "_x" not in raw:
        return raw
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)


def fits(text: str) -> bool:
    """The whole text fits in one cell."""
    return len(text) <= CELL_LIMIT // 2 or _utf16_len(text) <= CELL_LIMIT


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _head(text: str, units: int) -> str:
    """The longest beginning of ``text`` of at most ``units`` UTF-16 units."""
    data = text.encode("utf-16-le", "surrogatepass")[:2 * units]
    return data.decode("utf-16-le", "ignore")  # a pair cut in half is left out whole


def text_of(value: object) -> str:
    """A text cell's value as the text it holds, exactly (blank is ""); a number or date
    the team typed into a text column reads as it shows."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    return str(value)


class CellText:
    """The codec in the workbook's language (for the marker line of a shortened text):
    ``marker`` is a sentence with ``{n}``, the number of characters left out."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        before, _, after = marker.partition("{n}")
        self._tail = after
        self._marked = re.compile("\n" + re.escape(before) + r"\d+" + re.escape(after) + r"\Z")

    def _line(self, left_out: int) -> str:
        return "\n" + self.marker.replace("{n}", str(left_out))

    def _split(self, text: str) -> tuple[str, str]:
        """The shown beginning of a text that does not fit, and its marker line."""
        room = CELL_LIMIT - _utf16_len(self._line(len(text)))
        head = _head(text, room)
        return head, self._line(len(text) - len(head))

    def shown(self, text: str) -> str:
        """What the cell holds: the text, or its beginning and the marker line."""
        if fits(text):
            return text
        head, line = self._split(text)
        return head + line

    def is_shortened(self, cell: str) -> bool:
        """The cell ends with a marker line (it shows only the beginning of a text)."""
        return cell.endswith(self._tail) and self._marked.search(cell) is not None

    def whole(self, cell: str, exported: str) -> str | None:
        """The text a cell that showed ``exported`` shortened now stands for: ``exported``
        when untouched; the edited beginning followed by the rest when the team edited the
        shown part; None when the marker line was removed or changed."""
        head, line = self._split(exported)
        if not cell.endswith(line):
            return None
        return cell[:len(cell) - len(line)] + exported[len(head):]

    def write(self, sheet: Any, row: int, col: int, text: str, fmt: Any,
              quoted: Any) -> None:
        """Write ``text`` as text (``quoted``: ``fmt`` with the quote prefix)."""
        if not fits(text):
            text = self.shown(text)
        sheet.write_string(row, col, text, quoted if text.startswith(RISKY_STARTS) else fmt)
