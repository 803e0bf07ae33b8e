"""Opening a daily export as a stream of rows: CSV/TSV text (see ``actuals_text``) or .xlsx."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Any

from ecplanner.exchange.actuals.headers import locate_header
from ecplanner.exchange.actuals.rows import HEADER_SEARCH_ROWS, FileError, Row, Table
from ecplanner.exchange.actuals.text import open_text
from ecplanner.exchange.actuals.values import cell_text

_TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm"})
# What a damaged workbook raises from zipfile, zlib and the XML parser (SyntaxError's kin).
_DAMAGED = (OSError, zipfile.BadZipFile, zlib.error, KeyError, ValueError, EOFError, SyntaxError)


@contextmanager
def open_table(path: Path, mapped: Collection[str]) -> Iterator[Table]:
    """Open ``path``; ``mapped`` headers count as recognised when finding the header.

    Raises FileError, when opening or while the rows are read: ``unsupported_format`` (e.g.
    legacy .xls: save it as .xlsx or CSV), ``unreadable_file``, ``empty``, ``no_table``,
    ``not_text``, ``unknown_encoding``.
    """
    suffix = path.suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _WORKBOOK_SUFFIXES:
        raise FileError("unsupported_format")
    if not path.is_file():  # a folder, or a pipe that would block the read
        raise FileError("unreadable_file")
    opener = open_text if suffix in _TEXT_SUFFIXES else _open_workbook
    with opener(path, mapped) as table:
        yield table


@contextmanager
def _open_workbook(path: Path, mapped: Collection[str]) -> Iterator[Table]:
    import openpyxl  # heavy: loaded on first import, not at start-up

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _DAMAGED:
        raise FileError("unreadable_file") from None
    try:
        sheet = workbook.worksheets[0]
        # Some exporters write a wrong size into the sheet; read every row regardless.
        sheet.reset_dimensions()
        rows = _numbered(sheet.iter_rows(values_only=True))
        head = list(islice(rows, HEADER_SEARCH_ROWS))
        texts = [[cell_text(c) for c in cells] for _, cells in head]
        guess = locate_header(texts, mapped)
        if guess is None:
            raise FileError("no_table" if any(any(row) for row in texts) else "empty")
        number, header = head[guess.index]
        above = (sheet.title, *(" ".join(row) for row in texts[:guess.index]))
        yield Table(header, number, None, 0, chain(head[guess.index + 1:], rows), lambda: 0,
                    above)
    finally:
        workbook.close()


def _numbered(rows: Iterator[tuple[Any, ...]]) -> Iterator[Row]:
    """The sheet's rows numbered from 1; damage found on the way is the file's."""
    try:
        yield from enumerate(rows, start=1)
    except _DAMAGED:
        raise FileError("unreadable_file") from None
