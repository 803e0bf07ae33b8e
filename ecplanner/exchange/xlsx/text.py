"""The one codec of text in workbook cells, both ways: every text the app holds is written
so that reading the cell gives it back exactly, and the import reads text cells only
through it.

Writing (``CellText.write``): a text is always a string cell, never a formula, with Excel's
quote prefix when it starts like one (``= + - @``, tab, CR), so that editing the cell in
Excel cannot turn it into one either (OWASP, "CSV injection"). XlsxWriter escapes what XML
cannot hold as OOXML's ``_xHHHH_`` (control characters, CR, U+FFFE/FFFF) and a literal
``_xHHHH_`` as ``_x005F_xHHHH_``, as Excel does. Three texts it cannot write as they are:

- one longer than a cell holds (32,767 UTF-16 units): the cell shows its beginning, then a
  marker line saying how many characters are left out;
- one where two such literals share an underscore (``_x005F_x000D_``): XlsxWriter escapes
  only the first, so the cell shows the text with that underscore doubled;
- one that starts with ``<r>`` and ends with ``</r>``: XlsxWriter takes it for a rich
  string's XML and writes it unescaped (a corrupt file), so it is given the XML of one
  plain run instead (``_stored``), which reads back as the text itself.

``CellText.shown`` is what the cell shows; the hidden baseline sheet keeps every text
whole, and a cell that still shows what was exported stands for the whole text.

Reading: ``unescape`` undoes OOXML's escaping exactly; it is applied to the workbook's
shared strings as they are loaded (``xlsx_open``), since openpyxl leaves ``_x000D_`` as it
is and drops every ``x005F_``. ``text_of`` is a text cell's value as it is, surrounding
spaces and line breaks included. ``CellText.whole`` gives back what a cell shown apart
from its text stands for. The rule for a shortened cell the team edited: the edit of the
shown part is taken and the rest the plan kept is put back after it, as long as the marker
line is still there, unchanged, at the end; without it the import refuses the cell (the
text is then edited in the app), so a deleted marker never cuts a text short. An edited
cell shown with a doubled underscore is the team's text as it reads.

Outside cells — the print header, the document properties — XlsxWriter escapes nothing
and room is short: ``one_line`` gives such a place a display copy of a text.

Text the store cannot hold (lone surrogates) never reaches a cell.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

CELL_LIMIT = 32_767  # Excel's limit for a cell, in UTF-16 code units
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_SHARED = re.compile(r"(_x[0-9A-Fa-f]{4}_)(?=x[0-9A-Fa-f]{4}_)")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BREAKS = re.compile(r"[\t\n\r]+")


def unescape(raw: str) -> str:
    """OOXML's escaped string (``ST_Xstring``) as the text it stands for: ``_x000D_`` is
    CR and ``_x005F_`` the underscore, so ``_x005F_x000D_`` is the text ``_x000D_``."""
    if "_x" not in raw:
        return raw
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)


def one_line(text: str, limit: int) -> str:
    """A display copy of ``text`` for a place outside cells: what XML cannot hold left
    out, line breaks and tabs as spaces, at most ``limit`` characters (cut with "…")."""
    line = _BREAKS.sub(" ", _NOT_XML.sub("", text))
    return line if len(line) <= limit else line[:limit - 1] + "…"


def _unshared(text: str) -> str:
    """``text`` with every underscore two ``_xHHHH_`` literals share doubled."""
    while "_x" in text and _SHARED.search(text):
        text = _SHARED.sub(r"\1_", text)
    return text


def _stored(text: str) -> str:
    """What XlsxWriter is given for a cell showing ``text``."""
    if not (text.startswith("<r>") and text.endswith("</r>")):
        return text
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<r><t xml:space="preserve">{escaped}</t></r>'


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _room(text: str) -> bool:
    return len(text) <= CELL_LIMIT // 2 or _utf16_len(text) <= CELL_LIMIT


def _head(text: str, units: int) -> str:
    """The longest beginning of ``text`` of at most ``units`` UTF-16 units."""
    data = text.encode("utf-16-le", "surrogatepass")[:2 * units]
    return data.decode("utf-16-le", "ignore")  # a pair cut in half is left out whole


def write_whole(sheet: Any, row: int, col: int, text: str) -> None:
    """Write a text known to be shown as it is, with no format (the hidden sheets)."""
    sheet.write_string(row, col, _stored(text))


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

    def _cut(self, text: str) -> tuple[int, str]:
        """How many characters of a text too long for a cell are shown, and the cell."""
        units = CELL_LIMIT - _utf16_len(self._line(len(text)))
        while True:
            head = _head(text, units)
            shown = _unshared(head) + self._line(len(text) - len(head))
            excess = _utf16_len(shown) - CELL_LIMIT
            if excess <= 0:
                return len(head), shown
            units -= excess

    def shown(self, text: str) -> str:
        """What the cell shows for ``text`` (``text`` itself but for the module
        docstring's cases)."""
        cell = _unshared(text)
        if _room(_stored(cell)):
            return cell
        return self._cut(text)[1]

    def apart(self, text: str) -> bool:
        """The cell shows something other than ``text`` itself."""
        return ("_x" in text or len(text) > CELL_LIMIT // 2 or text.startswith("<r>")) and \
            self.shown(text) != text

    def is_shortened(self, cell: str) -> bool:
        """The cell ends with a marker line (it shows only the beginning of a text)."""
        return cell.endswith(self._tail) and self._marked.search(cell) is not None

    def whole(self, cell: str, exported: str) -> str | None:
        """The text a cell that showed ``exported`` apart from it now stands for:
        ``exported`` when untouched; the team's text when edited, its edited beginning and
        the rest if shortened; None when a shortened cell's marker line was removed or
        changed."""
        if cell == self.shown(exported):
            return exported
        if _room(_stored(_unshared(exported))):
            return cell
        shown_chars = self._cut(exported)[0]
        line = self._line(len(exported) - shown_chars)
        if not cell.endswith(line):
            return None
        return cell[:len(cell) - len(line)] + exported[shown_chars:]

    def write(self, sheet: Any, row: int, col: int, text: str, fmt: Any,
              quoted: Any) -> None:
        """Write ``text`` as text (``quoted``: ``fmt`` with the quote prefix)."""
        if self.apart(text):
            text = self.shown(text)
        fmt = quoted if text.startswith(RISKY_STARTS) else fmt
        sheet.write_string(row, col, _stored(text), fmt)
