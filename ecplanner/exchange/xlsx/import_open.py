"""Opening a team-edited workbook for import: its sheets as rows of cell values.

openpyxl reads the workbook (read-only, cached values), with two things it does not do:

- text: the shared strings are decoded with OOXML's own rule (``xlsx_text.unescape``), so
  a cell reads back exactly the text Excel or the export wrote in it;
- formulas: a formula cell whose result the file does not hold reads, with cached values,
  as blank — a workbook written by a script or by a program that does not calculate (or
  that asks Excel to recalculate everything on opening, ``fullCalcOnLoad``, as XlsxWriter
  and openpyxl do: their cached results are placeholders). ``rows`` puts an ``Unreadable``
  in such a cell, which a reader refuses (``xlsx_import_sheet``) instead of taking as 0. Only
  sheets whose XML holds a formula element are parsed a second time, for the formulas.

Nothing a file holds gets past as an exception: the parts are checked before openpyxl
reads them (``xlsx_parts``: sizes, well-formed XML, no DTD), a sheet's rows are counted as
they are read (a cell at row 1,048,576 would otherwise pad a million rows), and whatever
openpyxl still raises on a damaged file is ``CannotOpen``, naming the part where known.
"""

from __future__ import annotations

import io
import re
import stat
import warnings
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from ecplanner.exchange.xlsx.import_cells import Unreadable
from ecplanner.exchange.xlsx.import_parts import PartRefused, check_parts
from ecplanner.exchange.xlsx.text import unescape

Row = tuple[object, ...]
_HAS_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384  # Excel's
MAX_CELLS = 50_000_000  # per sheet, blank ones included; a 20,000-product plan has ~2 million
# What openpyxl raises for a workbook it cannot make sense of, beyond the checks of
# ``xlsx_parts``: a missing part (KeyError), attributes and numbers it cannot convert
# (ValueError, TypeError, OverflowError: a 5,000-digit number, a date serial past 9999),
# references to nothing (IndexError, AttributeError).
_DAMAGED = (OSError, EOFError, zipfile.BadZipFile, zlib.error, KeyError, ValueError,
            TypeError, OverflowError, IndexError, AttributeError, SyntaxError)


class CannotOpen(Exception):
    """The file is not a workbook that can be read: ``code`` (``not_a_file``,
    ``unreadable_file``, ``file_too_large``, ``unreadable_part``, ``part_too_large``), the
    ``part`` and ``sheet`` where known, and what was found (``detail``)."""

    def __init__(self, code: str, detail: str, part: str = "", sheet: str = "") -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.part = part
        self.sheet = sheet


def _reader_class() -> type:
    # openpyxl takes ~300 ms to import: loaded when a workbook is imported, not at start-up
    from openpyxl.cell.text import Text
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS

    item = f"{{{SHEET_MAIN_NS}}}si"

    class ExactReader(ExcelReader):  # type: ignore[misc]
        """openpyxl's reader, with the shared strings decoded exactly."""

        def read_strings(self) -> None:
            part = self.package.find(SHARED_STRINGS)
            if part is None:
                return
            strings: list[str] = []
            with self.archive.open(part.PartName[1:]) as src:
                for _, node in iterparse(src):
                    if node.tag == item:
                        strings.append(unescape(Text.from_tree(node).content))
                        node.clear()
            self.shared_strings = strings

    return ExactReader


class TeamWorkbook:
    """A workbook opened for import; ``close`` it when done."""

    def __init__(self, path: Path) -> None:
        from openpyxl.utils.exceptions import InvalidFileException  # heavy: see _reader_class

        _check_file(path)
        try:
            with warnings.catch_warnings():  # team files carry extensions openpyxl warns about
                warnings.simplefilter("ignore")
                reader = _reader_class()(path, read_only=True, data_only=True)
                reader.read()
                self._parts: dict[str, str] = {
                    sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()}
            self._recalculated = _asks_recalculation(reader.archive.read(
                reader.parser.workbook_part_name))
        except (*_DAMAGED, InvalidFileException) as error:
            raise CannotOpen("unreadable_file", str(error) or type(error).__name__) from None
        self._book: Any = reader.wb
        self._archive: zipfile.ZipFile = reader.archive

    @property
    def sheetnames(self) -> list[str]:
        names: list[str] = self._book.sheetnames
        return names

    def values(self, name: str) -> list[Row]:
        """The sheet's rows of cached values, as openpyxl reads them (not padded to the
        size the sheet claims); raises ``CannotOpen`` for a sheet that cannot be read or
        holds more than ``MAX_ROWS`` rows or ``MAX_CELLS`` cells. A date cell whose number
        is no date reads as an error value (openpyxl's warning about it is not shown)."""
        sheet = self._book[name]
        sheet.reset_dimensions()
        rows: list[Row] = []
        cells = 0
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for row in sheet.iter_rows(values_only=True):
                    cells += len(row)
                    if len(rows) == MAX_ROWS or cells > MAX_CELLS:
                        raise CannotOpen("unreadable_part", f"more than {MAX_ROWS:,} rows "
                                         f"or {MAX_CELLS:,} cells", self._part(name), name)
                    rows.append(row)
        except _DAMAGED as error:
            raise CannotOpen("unreadable_part", str(error) or type(error).__name__,
                             self._part(name), name) from None
        return rows

    def _part(self, name: str) -> str:
        return self._parts.get(name, "").lstrip("/")

    def rows(self, name: str) -> list[Row]:
        """The sheet's rows (``rows[0]`` is row 1), a formula without a result its file
        can vouch for as ``Unreadable``."""
        rows = self.values(name)
        for (row, col), text in self._formulas(name).items():
            if row >= MAX_ROWS or col >= MAX_COLUMNS:  # its own reference, not its row's
                raise CannotOpen("unreadable_part", f"a formula placed at row {row + 1:,}, "
                                 f"column {col + 1:,}, past a sheet's last", self._part(name),
                                 name)
            while len(rows) <= row:
                rows.append(())
            cells = list(rows[row])
            cells += [None] * (col + 1 - len(cells))
            cells[col] = Unreadable("formula_not_calculated", text)
            rows[row] = tuple(cells)
        return rows

    def _formulas(self, name: str) -> dict[tuple[int, int], str]:
        """0-based (row, column) → formula, of the cells whose result is missing or a
        placeholder."""
        part = self._parts.get(name)
        if part is None:
            return {}
        data = self._archive.read(part)
        if _HAS_FORMULA.search(data) is None:
            return {}
        return _uncached(data, self._recalculated)

    def close(self) -> None:
        self._book.close()


def _check_file(path: Path) -> None:
    """Refuse what is not a regular file (a pipe would block the reading) and a workbook
    whose parts no parser should read (``xlsx_parts``)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise CannotOpen("not_a_file", "not a regular file")
        with zipfile.ZipFile(path) as archive:
            check_parts(archive)
    except PartRefused as refusal:
        raise CannotOpen(refusal.code, refusal.detail, refusal.part, refusal.sheet) from None
    except (OSError, zipfile.BadZipFile, EOFError, ValueError) as error:
        raise CannotOpen("unreadable_file", str(error) or type(error).__name__) from None


def _asks_recalculation(workbook_xml: bytes) -> bool:
    """The workbook asks to be recalculated on opening (read here: openpyxl assumes so
    when the file does not say)."""
    for _, node in iterparse(io.BytesIO(workbook_xml)):
        if node.tag.rpartition("}")[2] == "calcPr":
            return node.get("fullCalcOnLoad") in ("1", "true")
    return False


def _uncached(data: bytes, recalculated: bool) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    row = col = -1
    for event, node in iterparse(io.BytesIO(data), events=("start", "end")):
        tag = node.tag.rpartition("}")[2]
        if event == "start":
            if tag == "row":
                row = int(node.get("r", row + 2)) - 1
                col = -1
            elif tag == "c":
                row, col = _where(node.get("r"), row, col + 1)
            continue
        if tag == "c":
            formula = value = None
            for child in node:
                kind = child.tag.rpartition("}")[2]
                if kind == "f":
                    formula = child
                elif kind == "v":
                    value = child
            if formula is not None:
                cached = value is not None and (bool(value.text) or node.get("t") == "str")
                if recalculated or not cached:
                    found[row, col] = "=" + (formula.text or "")
            node.clear()
        elif tag == "row":
            node.clear()
    return found


def _where(ref: str | None, row: int, col: int) -> tuple[int, int]:
    """A cell's 0-based (row, column) from its reference (``B12``), or counted on."""
    match = _CELL_REF.fullmatch(ref or "")
    if match is None:
        return row, col
    number = 0
    for letter in match.group(1):
        number = number * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, number - 1
