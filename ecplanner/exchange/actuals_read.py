"""Reading a daily export into raw cells: CSV in any of the encodings platforms use, or .xlsx.

CSV encodings: UTF-8 with BOM (Excel's "CSV UTF-8"), plain UTF-8, then the legacy code pages
— GB18030 (a superset of GBK, what 生意参谋 and Windows China write) and CP932 (Shift_JIS, what
Rakuten RMS writes). Legacy bytes often decode without error under the wrong code page, so
the one whose header row is recognised best wins; ties go to GB18030.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ecplanner.exchange.actuals_headers import header_score
from ecplanner.exchange.actuals_values import cell_text

HEADER_SEARCH_ROWS = 20  # exports may put a title and the date range above the header
_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
_LEGACY_ENCODINGS = ("gb18030", "cp932")


class FileError(Exception):
    """The file as a whole cannot be read; ``code`` is e.g. ``unsupported_format``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class RawTable:
    """The file's cells, row by row (row 0 is the file's row 1); ``encoding`` None for .xlsx."""

    rows: list[list[object]]
    encoding: str | None


def read_table(path: Path, mapped: Collection[str]) -> RawTable:
    """Read ``path``; ``mapped`` headers count as recognised when choosing an encoding.

    Raises FileError: ``unsupported_format`` (e.g. legacy .xls: save it as .xlsx or CSV),
    ``unreadable_file``, ``unknown_encoding``.
    """
    suffix = path.suffix.lower()
    if suffix in _WORKBOOK_SUFFIXES:
        return RawTable(_read_workbook(path), None)
    if suffix not in _TEXT_SUFFIXES:
        raise FileError("unsupported_format")
    try:
        data = path.read_bytes()
    except OSError:
        raise FileError("unreadable_file") from None
    if data.startswith(codecs.BOM_UTF8):
        return RawTable(_split(data[len(codecs.BOM_UTF8):].decode("utf-8", "replace")), "utf-8-sig")
    try:
        return RawTable(_split(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, int, RawTable]] = []
    for rank, encoding in enumerate(_LEGACY_ENCODINGS):
        try:
            rows = _split(data.decode(encoding))
        except UnicodeDecodeError:
            continue
        candidates.append((_best_header_score(rows, mapped), -rank, RawTable(rows, encoding)))
    if not candidates:
        raise FileError("unknown_encoding")
    return max(candidates, key=lambda c: (c[0], c[1]))[2]


def _best_header_score(rows: list[list[object]], mapped: Collection[str]) -> int:
    return max(
        (header_score([cell_text(c) for c in row], mapped) for row in rows[:HEADER_SEARCH_ROWS]),
        default=0,
    )


def _split(text: str) -> list[list[object]]:
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _read_workbook(path: Path) -> list[list[object]]:
    import openpyxl  # heavy: loaded on first import, not at start-up

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        raise FileError("unreadable_file") from None
    try:
        sheet = workbook.worksheets[0]
        # Some exporters write a wrong size into the sheet; read every row regardless.
        sheet.reset_dimensions()
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
