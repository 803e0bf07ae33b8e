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
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from ecplanner.exchange.xlsx_import_cells import Unreadable
from ecplanner.exchange.xlsx_text import unescape

Row = tuple[object, ...]
_HAS_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


class CannotOpen(Exception):
    """The file is not a workbook openpyxl can read."""


def _reader_class() -> type:
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
        from openpyxl.utils.exceptions import InvalidFileException

        try:
            with warnings.catch_warnings():  # team files carry extensions openpyxl warns about
                warnings.simplefilter("ignore")
                reader = _reader_class()(path, read_only=True, data_only=True)
                reader.read()
        except (OSError, zipfile.BadZipFile, KeyError, ValueError,
                InvalidFileException) as error:
            raise CannotOpen(str(error)) from error
        self._book: Any = reader.wb
        self._archive: zipfile.ZipFile = reader.archive
        self._parts = {sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()}
        self._recalculated = _asks_recalculation(self._archive.read(
            reader.parser.workbook_part_name))

    @property
    def sheetnames(self) -> list[str]:
        names: list[str] = self._book.sheetnames
        return names

    def values(self, name: str) -> Iterator[Row]:
        """The sheet's rows of cached values, as openpyxl reads them."""
        rows: Iterator[Row] = self._book[name].iter_rows(values_only=True)
        return rows

    def rows(self, name: str) -> list[Row]:
        """The sheet's rows (``rows[0]`` is row 1), a formula without a result its file
        can vouch for as ``Unreadable``."""
        rows = list(self.values(name))
        for (row, col), text in self._formulas(name).items():
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
